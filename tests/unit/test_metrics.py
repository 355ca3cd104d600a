"""The metrics, read through a fresh registry: names, units and pre-created label values."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, generate_latest

from agents.runtime.metrics import Metrics


def test_names_follow_the_prometheus_guide_and_labels_are_precreated() -> None:
    registry = CollectorRegistry()
    metrics = Metrics(registry)
    families = list(registry.collect())
    assert families
    for family in families:
        assert family.name.startswith("newswatch_")
        if family.type == "counter":
            assert all(sample.name.endswith(("_total", "_created")) for sample in family.samples), family.name
        if family.type == "histogram":
            assert family.name.endswith("_seconds")
    text = generate_latest(registry).decode()
    assert 'newswatch_articles_total{stage="clean"} 0.0' in text
    assert 'newswatch_deadletters_total{reason="too_large",stage="clean"} 0.0' in text
    assert 'newswatch_consumer_lag_messages{topic="raw"} 0.0' in text
    assert "newswatch_build_info{" in text
    metrics.articles.labels(stage="tag").inc(3)
    assert 'newswatch_articles_total{stage="tag"} 3.0' in generate_latest(registry).decode()


def test_a_fresh_registry_starts_from_zero() -> None:
    first, second = Metrics(CollectorRegistry()), Metrics(CollectorRegistry())
    first.alerts.labels(status="planned").inc()
    assert 'newswatch_alerts_total{status="planned"} 1.0' in generate_latest(first.registry).decode()
    assert 'newswatch_alerts_total{status="planned"} 0.0' in generate_latest(second.registry).decode()
