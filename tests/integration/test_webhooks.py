"""Webhook delivery from a worker to receivers on 127.0.0.1: signed, retried, filtered, dead-lettered."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import orjson
import pytest

from agents.runtime.settings import Settings
from pipeline.delivery.payload import verify
from tests.http_servers import Reply, ScriptedServer
from tests.integration.helpers_flow import publish, read_json
from tests.integration.kafka_helpers import WorkerProcess, wait_until
from tests.integration.stories import trip_articles

SECRET = "receiver-shared-key"


@pytest.fixture
def receiver() -> Iterator[ScriptedServer]:
    with ScriptedServer() as running:
        yield running


def requests_seen(receiver: ScriptedServer) -> int:
    return sum(len(receiver.requests(path)) for path in ("/verify", "/flaky", "/kenya", "/dead"))


def test_alerts_reach_each_endpoint_signed_retried_filtered_or_dead_lettered(
    settings: Settings, start_worker: Callable[..., WorkerProcess], receiver: ScriptedServer, tmp_path: Path
) -> None:
    receiver.script("/verify", Reply(204))
    receiver.script("/flaky", Reply(500), Reply(503), Reply(200))
    receiver.script("/kenya", Reply(200))
    receiver.script("/dead", Reply(200, delay=30))  # never answers within the timeout
    hooks = tmp_path / "webhooks.yaml"
    hooks.write_text(
        f"""webhooks:
  - {{name: verifier, url: "{receiver.url("/verify")}"}}
  - {{name: flaky, url: "{receiver.url("/flaky")}", statuses: [confirmed]}}
  - {{name: kenya-room, url: "{receiver.url("/kenya")}", format: slack, countries: [KE]}}
  - {{name: dead-end, url: "{receiver.url("/dead")}"}}
"""
    )
    worker = start_worker(
        {
            "NEWSWATCH_WEBHOOKS_FILE": str(hooks),
            "NEWSWATCH_WEBHOOK_SECRET": SECRET,
            "NEWSWATCH_WEBHOOK_TIMEOUT_SECONDS": "1",
            "NEWSWATCH_WEBHOOK_RETRIES": "2",
            "NEWSWATCH_FETCH_BACKOFF_SECONDS": "0.05",
            "NEWSWATCH_FETCH_ALLOWED_NETWORKS": "127.0.0.0/8",
        }
    )
    worker.wait_ready()
    assert wait_until(settings, lambda: "Webhook delivery ready" in worker.log())
    articles = trip_articles(3)  # Putin to Kenya, Chile, Vietnam
    publish(settings, articles)

    assert wait_until(settings, lambda: len(receiver.requests("/verify")) == 3, lambda: requests_seen(receiver))
    # The dead end is still working on its first alert: it holds up nobody else.
    assert len(receiver.requests("/dead")) < 3 * 3
    for request in receiver.requests("/verify"):
        assert verify(request.body, SECRET, request.headers, now=int(time.time()))
        alert = orjson.loads(request.body)
        assert request.headers["x-newswatch-alert-id"] == alert["alert_id"]
        assert alert["version"] == 1

    # One alert took three tries.
    assert wait_until(settings, lambda: len(receiver.requests("/flaky")) == 3 + 2, lambda: requests_seen(receiver))
    assert wait_until(settings, lambda: len(receiver.requests("/kenya")) >= 1, lambda: requests_seen(receiver))
    slack = receiver.requests("/kenya")
    assert len(slack) == 1
    assert orjson.loads(slack[0].body)["text"].startswith("CONFIRMED: Vladimir Putin to Kenya")

    letters = read_json(settings, settings.topic_deadletters, 3)
    assert all(letter["stage"] == "deliver" and letter["reason"] == "delivery_failed" for letter in letters)
    assert all(letter["details"]["endpoint"] == "dead-end" for letter in letters)
    assert all(letter["details"]["outcome"] == "timeout" and letter["details"]["attempts"] == 3 for letter in letters)
    assert SECRET not in worker.log()
    assert "/dead" not in worker.log()  # endpoint URLs (often tokens) are never logged


def test_a_worker_joining_a_webhook_deployment_leaves_the_first_one_delivering(
    settings: Settings, start_worker: Callable[..., WorkerProcess], receiver: ScriptedServer, tmp_path: Path
) -> None:
    receiver.script("/hook", Reply(200))
    hooks = tmp_path / "webhooks.yaml"
    hooks.write_text(f'webhooks:\n  - {{name: room, url: "{receiver.url("/hook")}"}}\n')
    env = {"NEWSWATCH_WEBHOOKS_FILE": str(hooks), "NEWSWATCH_FETCH_ALLOWED_NETWORKS": "127.0.0.0/8"}
    first = start_worker(env, name="first")
    first.wait_ready()
    assert wait_until(settings, lambda: "Webhook delivery ready" in first.log())
    publish(settings, trip_articles(6))  # alerts in several partitions: the first worker has them all
    assert wait_until(settings, lambda: len(receiver.requests("/hook")) == 6, lambda: len(receiver.requests()))
    second = start_worker(env, name="second")  # the delivery group moves some partitions to it
    second.wait_ready()
    assert wait_until(settings, lambda: "Webhook delivery ready" in second.log())
    time.sleep(3)  # a few commit rounds (one a second) of both workers after the move
    assert first.process is not None
    assert first.process.poll() is None, first.log()[-3000:]
    assert "Crashed" not in first.log()
