"""Scaling and restarts on a real broker: work is shared, nothing is lost, no alert version is doubled."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable

from agents.runtime.settings import Settings
from tests.integration.helpers_flow import alerts, publish, read_json, when_drained
from tests.integration.kafka_helpers import WorkerProcess, wait_until
from tests.integration.stories import trip_articles


def assigned_raw_partitions(worker: WorkerProcess, topic: str) -> str:
    """The raw-topic partitions of the worker's latest assignment, as faust logs them ("{0-1}")."""
    found = re.findall(rf"\| {re.escape(topic)}\s+\| (\{{[^}}]*\}})", worker.log())
    return found[-1] if found else ""


def assert_each_trip_alerted_once(versions: list[dict[str, object]], expected: list[tuple[str, str]]) -> None:
    doubled = [key for key, count in Counter((v["alert_id"], v["version"]) for v in versions).items() if count > 1]
    assert doubled == []
    pairs = sorted((v["leader"]["id"], v["destination"]["country"]) for v in versions)  # type: ignore[index]
    assert pairs == sorted(expected)


def test_two_workers_share_the_partitions_and_process_everything_once(
    settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    first, second = start_worker(name="first"), start_worker(name="second")
    first.wait_ready()
    second.wait_ready()

    def shares() -> list[str]:
        return [assigned_raw_partitions(worker, settings.topic_raw) for worker in (first, second)]

    # Until the group has settled on sharing the partitions (each worker logs its assignment).
    assert wait_until(settings, lambda: not {"", "{}"} & set(shares()), lambda: len(first.log() + second.log()))
    articles = trip_articles(40, prefix="scale", padding=10)
    publish(settings, articles)
    versions = when_drained(settings, settings.topic_alerts)
    assert_each_trip_alerted_once(versions, [tuple(a["expected"]) for a in articles])
    tagged = read_json(settings, settings.topic_tagged)
    assert sorted(item["id"] for item in tagged) == sorted(a["id"] for a in articles)  # each article once


def test_a_worker_stopped_mid_stream_and_restarted_loses_nothing_and_doubles_no_alert(
    settings: Settings, newswatch_env: dict[str, str], start_worker: Callable[..., WorkerProcess]
) -> None:
    articles = trip_articles(40, prefix="restart", padding=60)
    created = subprocess.run([sys.executable, "-m", "agents.cli", "topics"], env=newswatch_env, timeout=120)
    assert created.returncode == 0
    publish(settings, articles[:30])
    worker = start_worker(name="before")
    worker.wait_ready()
    alerts(settings, 1)  # it is under way
    assert worker.stop() == 0  # SIGTERM: a clean stop
    publish(settings, articles[30:])
    again = start_worker(name="after")
    again.wait_ready()
    versions = when_drained(settings, settings.topic_alerts)
    assert_each_trip_alerted_once(versions, [tuple(a["expected"]) for a in articles])
