"""Prometheus on the real thing: the rule files pass promtool, and every dashboard query and recording
rule returns data from a real Prometheus scraping a worker and an ingester fed through the broker."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from agents.cli.localkafka import free_port
from agents.runtime.settings import Settings
from tests.feeds import Item, rss
from tests.http_servers import Reply, ScriptedServer
from tests.integration.helpers_flow import publish
from tests.integration.kafka_helpers import WorkerProcess, wait_drained, wait_until
from tests.integration.stories import trip_articles

ROOT = Path(__file__).resolve().parents[2]
PROMETHEUS_DIR = ROOT / "deploy" / "prometheus"
RULES = sorted((PROMETHEUS_DIR / "rules").glob("*.yml"))


def tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: `make test` installs Debian's prometheus package"
    return path


def test_rule_files_and_config_pass_promtool() -> None:
    for command in (
        [tool("promtool"), "check", "config", str(PROMETHEUS_DIR / "prometheus.yml")],
        [tool("promtool"), "check", "rules", *map(str, RULES)],
        [tool("promtool"), "test", "rules", str(PROMETHEUS_DIR / "tests" / "alerts_test.yml")],
    ):
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def feed_server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server


def query(port: int, expr: str) -> dict[str, Any]:
    url = f"http://127.0.0.1:{port}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    with urllib.request.urlopen(url, timeout=10) as response:
        return dict(json.loads(response.read()))


def ready(port: int) -> bool:
    """Whether the Prometheus on ``port`` answers yet (on a loaded machine it may still be starting)."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/ready", timeout=10) as response:
            return bool(response.status == 200)
    except OSError:  # refused, reset, or a 503 while it loads (urllib's errors are OSErrors)
        return False


def dashboard_queries() -> list[tuple[str, str]]:
    board = json.loads((ROOT / "deploy" / "grafana" / "dashboards" / "newswatch.json").read_text())
    return [(panel["title"], target["expr"]) for panel in board["panels"] for target in panel.get("targets", [])]


def recording_rules() -> list[tuple[str, str]]:
    rules = []
    for path in RULES:
        for group in yaml.safe_load(path.read_text())["groups"]:
            rules += [(rule["record"], rule["expr"]) for rule in group["rules"] if "record" in rule]
    return rules


def test_every_dashboard_query_and_recording_rule_returns_data(
    settings: Settings,
    newswatch_env: dict[str, str],
    start_worker: Callable[..., WorkerProcess],
    feed_server: ScriptedServer,
    tmp_path: Path,
) -> None:
    worker_port, ingester_port, prometheus_port = free_port(), free_port(), free_port()
    feed_server.script("/hooks", Reply(204))
    hooks = tmp_path / "webhooks.yaml"
    hooks.write_text(f'webhooks:\n  - {{name: ops, url: "{feed_server.url("/hooks")}"}}\n')
    local = {"NEWSWATCH_FETCH_ALLOWED_NETWORKS": "127.0.0.0/8", "NEWSWATCH_FETCH_PER_HOST_DELAY_SECONDS": "0"}
    worker = start_worker(local | {"NEWSWATCH_METRICS_PORT": str(worker_port), "NEWSWATCH_WEBHOOKS_FILE": str(hooks)})
    worker.wait_ready()

    feed_server.script(
        "/rss",
        Reply(
            200,
            rss(
                [
                    Item(
                        "urn:p:1",
                        "https://wire.example/p/1",
                        "Quiet day",
                        "Nothing happened in the capital today.",
                        time_now(),
                    )
                ]
            ),
        ),
    )
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - {{name: Local, url: '{feed_server.url('/rss')}', interval: 5}}\n")
    ingester = subprocess.Popen(
        [sys.executable, "-m", "agents.cli", "ingest", "--feeds", str(feeds)],
        env=newswatch_env | local | {"NEWSWATCH_METRICS_PORT": str(ingester_port)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    config = tmp_path / "prometheus.yml"
    config.write_text(
        yaml.safe_dump(
            {
                "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
                "rule_files": [str(path) for path in RULES],
                "scrape_configs": [
                    {"job_name": "newswatch-worker", "static_configs": [{"targets": [f"127.0.0.1:{worker_port}"]}]},
                    {"job_name": "newswatch-ingester", "static_configs": [{"targets": [f"127.0.0.1:{ingester_port}"]}]},
                ],
            }
        )
    )
    prometheus = subprocess.Popen(
        [
            tool("prometheus"),
            f"--config.file={config}",
            f"--storage.tsdb.path={tmp_path / 'tsdb'}",
            f"--web.listen-address=127.0.0.1:{prometheus_port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_until(settings, lambda: "Webhook delivery ready" in worker.log())
        articles = trip_articles(5)
        publish(settings, articles)
        publish(settings, [{"id": "broken", "text": 42}, articles[0]])  # a dead letter and a repeat
        wait_drained(settings)
        assert wait_until(settings, lambda: ready(prometheus_port)), "Prometheus never came up"
        checks = dashboard_queries() + recording_rules()
        missing: list[str] = [name for name, _ in checks]

        def answered() -> bool:
            missing[:] = []
            for name, expr in checks:
                answer = query(prometheus_port, expr)
                assert answer["status"] == "success", f"{name}: {expr}: {answer}"
                if not answer["data"]["result"]:
                    missing.append(f"{name}: {expr}")
            return not missing

        wait_until(settings, answered, lambda: len(missing))
        assert missing == []
        assert float(query(prometheus_port, 'sum(up{job=~"newswatch-.*"})')["data"]["result"][0]["value"][1]) == 2
    finally:
        prometheus.terminate()
        ingester.terminate()
        prometheus.wait(30)
        ingester.wait(30)


def time_now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC)
