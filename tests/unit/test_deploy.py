"""The deployment files, checked by reading them (no Docker engine runs here)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml
from prometheus_client import CollectorRegistry

from agents.runtime.metrics import Metrics
from agents.runtime.settings import FIELDS, load_settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES: dict[str, Any] = COMPOSE["services"]


def test_every_image_is_pinned_to_a_version() -> None:
    for name, service in SERVICES.items():
        image = service.get("image")
        assert image, f"{name} has no image"
        repository, _, tag = image.rpartition(":")
        assert repository, f"{name}: {image} names no repository"
        assert re.match(r"^v?\d+(\.\d+)+", tag), f"{name}: {image} is not pinned to a version"


def test_kafka_is_the_local_brokers_version() -> None:
    pom = (ROOT / "deploy" / "kafka" / "pom.xml").read_text()
    version = re.search(r"<kafka.version>([^<]+)</kafka.version>", pom).group(1)  # type: ignore[union-attr]
    assert SERVICES["kafka"]["image"] == f"apache/kafka:{version}"


def test_every_mounted_file_exists() -> None:
    for name, service in SERVICES.items():
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            if source.startswith("."):
                assert (ROOT / source).exists(), f"{name} mounts {source}, which is not in the repository"
    assert (ROOT / SERVICES["topics"]["build"] / "Dockerfile").exists()


def test_newswatch_environment_is_valid_settings() -> None:
    known = {field.variable for field in FIELDS}
    for name in ("topics", "worker", "ingester"):
        environment = SERVICES[name]["environment"]
        assert set(environment) <= known, f"{name}: unknown settings {set(environment) - known}"
        settings = load_settings({key: str(value) for key, value in environment.items()})
        host, port = settings.kafka_bootstrap.split(":")
        assert host == "kafka"
        assert f"INTERNAL://kafka:{port}" in SERVICES["kafka"]["environment"]["KAFKA_ADVERTISED_LISTENERS"]
        assert settings.metrics_host == "0.0.0.0"


def test_the_broker_takes_the_largest_record_newswatch_writes() -> None:
    environment = SERVICES["worker"]["environment"]
    settings = load_settings({key: str(value) for key, value in environment.items()})
    assert int(SERVICES["kafka"]["environment"]["KAFKA_MESSAGE_MAX_BYTES"]) >= settings.largest_record_bytes


def test_the_worker_scales_and_prometheus_scrapes_what_the_services_expose() -> None:
    worker = SERVICES["worker"]
    assert "ports" not in worker  # so that --scale worker=N works
    assert "container_name" not in worker
    port = SERVICES["worker"]["environment"]["NEWSWATCH_METRICS_PORT"]
    scrape = yaml.safe_load((ROOT / "deploy" / "prometheus" / "prometheus.yml").read_text())
    jobs = {job["job_name"]: job for job in scrape["scrape_configs"]}
    assert jobs["newswatch-worker"]["dns_sd_configs"][0] == {
        "names": ["worker"],
        "type": "A",
        "port": int(port),
        "refresh_interval": "15s",
    }
    assert jobs["newswatch-ingester"]["static_configs"][0]["targets"] == [f"ingester:{port}"]
    datasource = yaml.safe_load((ROOT / "deploy/grafana/provisioning/datasources/prometheus.yml").read_text())
    assert datasource["datasources"][0]["url"] == "http://prometheus:9090"
    assert "9090:9090" in SERVICES["prometheus"]["ports"][0]


def test_the_ingesters_feed_list_loads() -> None:
    from pipeline.ingest.feedlist import load_feeds

    assert load_feeds(ROOT / "deploy" / "newswatch" / "feeds.yaml")


def test_dockerfile_is_multi_stage_non_root_with_a_healthcheck() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert len(re.findall(r"^FROM ", dockerfile, re.M)) >= 2
    assert re.search(r"^USER (?!root)\w+", dockerfile, re.M)
    assert "HEALTHCHECK" in dockerfile
    assert all(re.match(r"FROM [\w./-]+:\d", line) for line in dockerfile.splitlines() if line.startswith("FROM"))


def test_the_dashboard_json_is_the_generators_output() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_dashboard
    finally:
        sys.path.pop(0)
    assert (ROOT / "deploy" / "grafana" / "dashboards" / "newswatch.json").read_text() == build_dashboard.render()


def test_every_metric_is_where_operators_look() -> None:
    """Each metric a worker or the ingester serves is on the dashboard or in a recording or alerting rule
    (a dashboard panel then reads the recording rule), and in docs/metrics.md."""
    looked_at = (ROOT / "deploy" / "grafana" / "dashboards" / "newswatch.json").read_text() + "".join(
        path.read_text() for path in (ROOT / "deploy" / "prometheus" / "rules").glob("*.yml")
    )
    documented = (ROOT / "docs" / "metrics.md").read_text()
    for family in Metrics(CollectorRegistry()).registry.collect():
        assert re.search(rf"\b{family.name}(_total|_bucket)?\b", looked_at), f"{family.name} is on no panel or rule"
        assert family.name in documented, f"{family.name} is not in docs/metrics.md"
