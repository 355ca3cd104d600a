"""The metrics, read through a fresh registry: names, units and pre-created label values."""

from __future__ import annotations

import socket

import pytest
from prometheus_client import CollectorRegistry, generate_latest

from agents.runtime.metrics import Metrics, serve_metrics
from agents.runtime.settings import SettingsError


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


def test_an_address_that_cannot_be_served_is_one_sentence_naming_the_settings() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(SettingsError) as error:
            serve_metrics(Metrics(CollectorRegistry()), "127.0.0.1", port)
    message = str(error.value)
    assert message.startswith(
        f"cannot serve /metrics on 127.0.0.1:{port} (NEWSWATCH_METRICS_HOST, NEWSWATCH_METRICS_PORT)"
    )
    assert message.endswith("needs its own NEWSWATCH_METRICS_PORT (0 picks a free one).")
    assert "\n" not in message
