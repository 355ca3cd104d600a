"""The ingester's polls against feed servers on 127.0.0.1, its sends recorded instead of produced to Kafka."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime

import orjson
import pytest
from prometheus_client import CollectorRegistry

from agents.edges.fetch import SafeHttp
from agents.edges.ingest import Ingester, SeenStore, item_record
from agents.runtime.metrics import Metrics
from agents.runtime.settings import Settings, load_settings
from pipeline.ingest.feedlist import FeedSource
from tests.feeds import Item, rss
from tests.http_servers import Reply, ScriptedServer

WHEN = datetime(2024, 10, 7, 8, 0, tzinfo=UTC)
FIRST = Item("urn:test:1", "https://wire.example/1", "First", "The first story.\n\nMore of it.", WHEN)
SECOND = Item("urn:test:2", "https://wire.example/2", "Second", "The second story.\n\nMore of it.", WHEN)


class RecordingProducer:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes, bytes]] = []

    async def send_and_wait(self, topic: str, value: bytes, key: bytes) -> None:
        self.sent.append((topic, key, value))


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as running:
        yield running


@pytest.fixture
def settings() -> Settings:
    return load_settings(
        {
            "NEWSWATCH_FETCH_ALLOWED_NETWORKS": "127.0.0.0/8",
            "NEWSWATCH_FETCH_PER_HOST_DELAY_SECONDS": "0",
            "NEWSWATCH_FETCH_RETRIES": "0",
        }
    )


@pytest.fixture
async def http(settings: Settings) -> AsyncIterator[SafeHttp]:
    client = SafeHttp(settings)
    yield client
    await client.aclose()


def counted(metrics: Metrics, name: str, outcome: str) -> float:
    return metrics.registry.get_sample_value(name, {"outcome": outcome}) or 0.0


async def test_a_feed_cut_off_mid_item_is_malformed_and_its_cut_item_is_not_remembered(
    server: ScriptedServer, http: SafeHttp, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    whole = rss([SECOND, FIRST])
    cut = whole[: whole.rindex(b"<item>") + len(b"<item><gu")]  # the first (oldest) item cut off
    server.script("/rss", Reply(200, cut, {"ETag": '"cut"'}), Reply(200, whole, {"ETag": '"whole"'}))
    feed = FeedSource("Wire", server.url("/rss"))
    producer, metrics = RecordingProducer(), Metrics(CollectorRegistry())
    ingester = Ingester(settings, (feed,), http, producer, metrics)

    with caplog.at_level(logging.WARNING):
        result = await ingester.poll(feed)
    assert (result.outcome, result.published, result.seen, result.unidentified) == ("malformed", 1, 0, 1)
    assert any("malformed: not well-formed XML" in record.getMessage() for record in caplog.records)
    assert counted(metrics, "newswatch_feed_fetches_total", "malformed") == 1
    assert counted(metrics, "newswatch_feed_items_total", "unidentified") == 1
    assert counted(metrics, "newswatch_feed_items_total", "seen") == 0
    assert feed.url not in ingester.seen.validators  # a 304 next time would hide the cut item

    again = await ingester.poll(feed)
    assert "if-none-match" not in server.requests("/rss")[-1].headers
    assert (again.outcome, again.published, again.seen, again.unidentified) == ("ok", 1, 1, 0)
    raw = [orjson.loads(value)["url"] for topic, _key, value in producer.sent if topic == settings.topic_raw]
    assert raw == [SECOND.url, FIRST.url]


async def test_a_well_formed_feed_served_as_html_is_ok(
    server: ScriptedServer, http: SafeHttp, settings: Settings
) -> None:
    server.script("/rss", Reply(200, rss([FIRST]), {"Content-Type": "text/html; charset=utf-8"}))
    feed = FeedSource("Wire", server.url("/rss"))
    ingester = Ingester(settings, (feed,), http, RecordingProducer(), Metrics(CollectorRegistry()))
    result = await ingester.poll(feed)
    assert (result.outcome, result.published) == ("ok", 1)


async def test_published_items_are_remembered_with_their_feed(
    server: ScriptedServer, http: SafeHttp, settings: Settings
) -> None:
    server.script("/rss", Reply(200, rss([FIRST])))
    feed = FeedSource("Wire", server.url("/rss"))
    producer = RecordingProducer()
    await Ingester(settings, (feed,), http, producer, Metrics(CollectorRegistry())).poll(feed)
    records = [(key, value) for topic, key, value in producer.sent if topic == settings.topic_seen]
    assert len(records) == 2  # the item's URL and its GUID
    assert {orjson.loads(value)["feed"] for _key, value in records} == {feed.url}
    store = SeenStore([feed.url])
    for key, value in records:
        store.read(key, value)
    assert (store.configured_items, store.other_keys) == (1, 0)


def test_the_start_up_count_is_of_the_configured_feeds_items() -> None:
    kept, dropped = FeedSource("Kept", "https://kept.example/rss"), FeedSource("Dropped", "https://gone.example/rss")
    store = SeenStore([kept.url])
    for feed, keys in (
        (kept, ["url:kept.example/1", "guid:k:1"]),
        (kept, ["url:kept.example/2"]),
        (dropped, ["url:gone.example/1", "guid:d:1"]),
    ):
        for key in keys:
            store.read(b"item:" + key.encode(), item_record(feed, keys))
    store.read(b"item:url:old.example/1", b"1")  # written before records named their feed
    store.read(b"item:url:kept.example/2", item_record(kept, ["url:kept.example/2"]))  # read twice (not compacted)
    store.read(b"feed:" + kept.url.encode(), b'{"etag": "\\"v1\\""}')
    assert (store.configured_items, store.other_keys) == (2, 3)
    assert store.is_seen(["url:gone.example/1"])  # what other feeds published is still not published again
    assert store.validators == {kept.url: {"etag": '"v1"'}}
