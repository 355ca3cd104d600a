"""Breaking things on purpose on the real broker: every article processed, every alert once, no gaps.

Each test counts what went in (articles published), what was processed (distinct article ids on the
tagged topic) and what came out (alerts), and asserts the exact numbers.
"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from agents.cli.localkafka import LocalKafka, free_port
from agents.runtime.settings import Settings, load_settings
from tests.feeds import Item, rss
from tests.http_servers import Reply, ScriptedServer
from tests.integration.helpers_flow import alerts, publish, read_json, when_drained
from tests.integration.kafka_helpers import WorkerProcess, wait_until
from tests.integration.stories import filler_articles, interleave, trip_articles


def create_topics(env: dict[str, str]) -> None:
    result = subprocess.run([sys.executable, "-m", "agents.cli", "topics"], env=env, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr


def assert_each_trip_alerted_once_without_gaps(versions: list[dict[str, Any]], trips: list[dict[str, Any]]) -> None:
    by_alert: dict[str, list[int]] = defaultdict(list)
    for version in versions:
        by_alert[version["alert_id"]].append(version["version"])
    doubled = {key: numbers for key, numbers in by_alert.items() if len(numbers) != len(set(numbers))}
    assert doubled == {}
    gaps = {key: numbers for key, numbers in by_alert.items() if sorted(numbers) != list(range(1, len(numbers) + 1))}
    assert gaps == {}
    pairs = sorted((v["leader"]["id"], v["destination"]["country"]) for v in versions if v["version"] == 1)
    assert pairs == sorted(tuple(a["expected"]) for a in trips)


def processed_ids(settings: Settings) -> set[str]:
    """Distinct article ids on the tagged topic once the workers are through."""
    return {item["id"] for item in when_drained(settings, settings.topic_tagged)}


def scrape(port: int, name: str) -> float:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=3) as response:
            text = response.read().decode()
    except OSError:
        return -1.0
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith(name + " "))


def test_a_worker_killed_mid_stream_loses_nothing_and_its_merge_table_comes_back(
    settings: Settings, newswatch_env: dict[str, str], start_worker: Callable[..., WorkerProcess]
) -> None:
    trips = trip_articles(40, prefix="kill", padding=20)
    articles = interleave(trips, filler_articles(160, prefix="kill-news", padding=20))
    create_topics(newswatch_env)
    publish(settings, articles)
    victim = start_worker(name="victim")
    victim.wait_ready()
    alerts(settings, 5)  # under way
    victim.kill()  # SIGKILL: no goodbye, nothing flushed or committed
    survivor = start_worker(name="survivor")
    survivor.wait_ready()

    assert len(processed_ids(settings)) == len(articles)
    versions = read_json(settings, settings.topic_alerts)
    assert_each_trip_alerted_once_without_gaps(versions, trips)

    # The merge table was restored from the alert topic: a new report of a known trip is its version 2.
    first = versions[0]
    leader = next(a for a in trips if tuple(a["expected"]) == (first["leader"]["id"], first["destination"]["country"]))
    # (Only the first sentence: the rest of the story again would be dropped as a repeat.)
    again = dict(
        leader,
        id="kill-again",
        url="https://wire.example/kill/again",
        source="Another Wire",
        text=leader["text"].split("\n\n")[0].replace("officials said on Monday", "a spokesman said"),
    )
    publish(settings, [again])
    later = when_drained(settings, settings.topic_alerts)
    update = [v for v in later if v["alert_id"] == first["alert_id"]]
    assert [v["version"] for v in update] == [1, 2]


@pytest.fixture
def own_broker(tmp_path: Path) -> Iterator[LocalKafka]:
    """A broker of this test's own, which it may stop and start."""
    broker = LocalKafka(port=free_port(), data_dir=tmp_path / "own-kafka", heap_mb=512)
    broker.start(timeout=120)
    try:
        yield broker
    finally:
        broker.stop()


def test_a_broker_outage_under_load_is_survived_unattended(
    own_broker: LocalKafka, newswatch_env: dict[str, str], start_worker: Callable[..., WorkerProcess], tmp_path: Path
) -> None:
    env = newswatch_env | {"NEWSWATCH_KAFKA_BOOTSTRAP": own_broker.bootstrap}
    settings = load_settings(env)
    create_topics(env)
    trips = trip_articles(30, prefix="outage", padding=20)
    articles = interleave(trips, filler_articles(120, prefix="outage-news", padding=20))
    publish(settings, articles)
    t0 = time.time()
    items = [
        Item(
            f"urn:outage:{n}",
            f"https://feed.example/outage/{n}",
            f"Item {n}",
            f"Item {n} reports a quiet meeting on water and farming, the {n}th this year.",
            _utc(t0 - 3600 + n),
        )
        for n in range(10)
    ]
    with ScriptedServer() as feed:
        feed.script("/rss", Reply(200, rss(items[:5])))
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(f"feeds:\n  - {{name: Outage Wire, url: '{feed.url('/rss')}', interval: 5}}\n")
        ingester = subprocess.Popen(
            [sys.executable, "-m", "agents.cli", "ingest", "--feeds", str(feeds)],
            env=env | {"NEWSWATCH_FETCH_ALLOWED_NETWORKS": "127.0.0.0/8", "NEWSWATCH_METRICS_PORT": "0"},
            stdout=open(tmp_path / "ingester.log", "ab"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
        )
        try:
            worker = start_worker(env, name="through-outage")
            worker.wait_ready()
            alerts(settings, 3)
            logged, polls = len(worker.log()), len(feed.requests("/rss"))
            own_broker.stop()
            stopped = time.monotonic()
            feed.script("/rss", Reply(200, rss(items)))  # the feed moves on while the broker is away
            # Both feel the outage: the ingester reads the moved-on feed (and cannot publish it), the worker
            # loses its group coordinator.
            assert wait_until(
                settings,
                lambda: len(feed.requests("/rss")) > polls and "coordinator dead" in worker.log()[logged:],
            )
            # The outage outlasts the group session (twice the timeout in force), so that the worker's
            # membership is gone when the broker is back, as after a real outage.
            time.sleep(max(0.0, stopped + 2 * settings.kafka_session_timeout_seconds - time.monotonic()))
            own_broker.start(timeout=120)

            assert len(processed_ids(settings)) == len(articles) + len(items)
            versions = read_json(settings, settings.topic_alerts)
            assert_each_trip_alerted_once_without_gaps(versions, trips)
            raw = read_json(settings, settings.topic_raw)
            assert sorted({a.get("url", "") for a in raw if "feed.example" in a.get("url", "")}) == sorted(
                item.url for item in items
            )
            assert worker.process is not None
            assert worker.process.poll() is None  # still the same process
            assert ingester.poll() is None
        finally:
            ingester.terminate()
            ingester.wait(30)


def _utc(stamp: float) -> Any:
    return datetime.fromtimestamp(stamp, UTC)


def test_workers_scaled_up_and_down_mid_run_process_everything_and_count_rebalances(
    settings: Settings, newswatch_env: dict[str, str], start_worker: Callable[..., WorkerProcess]
) -> None:
    trips = trip_articles(40, prefix="scale", padding=30)
    articles = interleave(trips, filler_articles(200, prefix="scale-news", padding=30))
    create_topics(newswatch_env)
    port = free_port()
    first = start_worker({"NEWSWATCH_METRICS_PORT": str(port)}, name="first")
    first.wait_ready()
    publish(settings, articles)
    alerts(settings, 5)
    second = start_worker(name="second")  # 1 -> 2
    second.wait_ready()
    alerts(settings, 15)
    assert second.stop() == 0  # 2 -> 1
    assert len(processed_ids(settings)) == len(articles)
    versions = read_json(settings, settings.topic_alerts)
    assert_each_trip_alerted_once_without_gaps(versions, trips)
    assert wait_until(settings, lambda: scrape(port, "newswatch_rebalances_total") >= 3)  # start, join, leave


def test_a_webhook_down_all_run_dead_letters_every_alert_and_the_pipeline_keeps_pace(
    settings: Settings, start_worker: Callable[..., WorkerProcess], tmp_path: Path
) -> None:
    hooks = tmp_path / "webhooks.yaml"
    hooks.write_text(f'webhooks:\n  - {{name: down, url: "http://127.0.0.1:{free_port()}/hook"}}\n')
    worker = start_worker(
        {
            "NEWSWATCH_WEBHOOKS_FILE": str(hooks),
            "NEWSWATCH_WEBHOOK_RETRIES": "2",
            "NEWSWATCH_FETCH_BACKOFF_SECONDS": "0.05",
            "NEWSWATCH_FETCH_ALLOWED_NETWORKS": "127.0.0.0/8",
        }
    )
    worker.wait_ready()
    assert wait_until(settings, lambda: "Webhook delivery ready" in worker.log())
    trips = trip_articles(30, prefix="hook")
    articles = interleave(trips, filler_articles(70, prefix="hook-news"))
    publish(settings, articles)
    assert len(processed_ids(settings)) == len(articles)
    versions = read_json(settings, settings.topic_alerts)
    assert_each_trip_alerted_once_without_gaps(versions, trips)
    # Delivery has a consumer group of its own: its dead letters come as its retries run out.
    letters = read_json(settings, settings.topic_deadletters, len(trips))
    assert len(letters) == len(trips)
    assert Counter((x["stage"], x["reason"], x["details"]["outcome"]) for x in letters) == {
        ("deliver", "delivery_failed", "connection_error"): len(trips)
    }
    assert sorted(x["details"]["attempts"] for x in letters) == [3] * len(trips)
