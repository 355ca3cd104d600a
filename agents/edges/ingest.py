"""``newswatch ingest``: poll RSS and Atom feeds and publish each new item once as a raw article.

Each feed is polled every ``interval`` seconds (``--once``: each feed once, then exit) with a
conditional GET (ETag, Last-Modified). New items, those whose URL or GUID was never published, are
published to the raw topic, their page fetched first when the feed asks for it (``fetch_pages``).

What was published is remembered in Kafka, in the compacted topic ``NEWSWATCH_TOPIC_SEEN``: a record
per item key, naming the feed that published the item and the item's first key, and one per feed with
its validators. An ingester reads it at start, so a restart, or another ingester host, neither
publishes an item again nor refetches an unchanged feed. The item is published before it is marked: a
crash in between publishes it again at the next poll, and the tag stage drops the repeat.

An item with nothing to know it by (no link, GUID or title: a feed cut off mid-item, most often) is not
remembered, so that it is read again when the feed is whole, and is counted as ``unidentified``. A feed
that is not well-formed XML is reported ``malformed``, not ``ok``, with what feedparser could read of it
published; its validators are not kept, so the next poll fetches it whole again rather than a 304.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import signal
import time
from collections.abc import Iterable
from dataclasses import dataclass

import orjson
from aiokafka import AIOKafkaProducer

from agents.edges.fetch import FetchError, SafeHttp
from agents.edges.topic_reader import read_topic
from agents.runtime.metrics import Metrics
from agents.runtime.settings import Settings
from agents.runtime.topics import create_topics
from agents.wire.codec import WireError
from agents.wire.raw import raw_article_from_json
from pipeline.cleaning.encoding import decode_bytes
from pipeline.ingest.feedlist import FeedSource
from pipeline.ingest.items import FeedItem, NotAFeedError, item_keys, parse_feed, raw_article

logger = logging.getLogger(__name__)

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"


@dataclass
class PollResult:
    feed: str
    outcome: str  # a fetch outcome (ok, not_modified, http_error, ...)
    published: int = 0
    seen: int = 0
    failed: int = 0
    unidentified: int = 0  # items with no link, GUID or title: not remembered, read again next poll


class SeenStore:
    """The items published and the feeds' validators, as kept in the compacted seen topic.

    ``SeenStore(feed_urls)`` then ``read(key, value)`` for each record; ``configured_items`` counts the
    items published by the feeds configured now, ``other_keys`` the keys remembered of other feeds (or
    written by a release whose records did not name their feed)."""

    def __init__(self, feed_urls: Iterable[str] = ()) -> None:
        self.items: set[str] = set()
        self.validators: dict[str, dict[str, str]] = {}
        self._configured = frozenset(feed_urls)
        self._configured_keys: set[str] = set()
        self._configured_firsts: set[str] = set()  # an item's first key stands for the item

    @classmethod
    async def load(cls, settings: Settings, feeds: tuple[FeedSource, ...]) -> SeenStore:
        store = cls(feed.url for feed in feeds)
        async for key, value, _stamp in read_topic(settings, settings.topic_seen, from_beginning=True, follow=False):
            store.read(key, value)
        return store

    def read(self, key: bytes | None, value: bytes | None) -> None:
        """Take in one record of the seen topic."""
        name = (key or b"").decode("utf-8", errors="replace")
        if name.startswith("item:"):
            self.items.add(name[5:])
            feed, first = _item_origin(value)
            if feed in self._configured:
                self._configured_keys.add(name[5:])
                self._configured_firsts.add(first or name[5:])
        elif name.startswith("feed:") and value:
            try:
                self.validators[name[5:]] = dict(orjson.loads(value))
            except (orjson.JSONDecodeError, TypeError, ValueError):
                logger.warning("Ignoring an unreadable validator record for %s", name[5:])

    @property
    def configured_items(self) -> int:
        return len(self._configured_firsts)

    @property
    def other_keys(self) -> int:
        return len(self.items) - len(self._configured_keys)

    def is_seen(self, keys: Iterable[str]) -> bool:
        return any(key in self.items for key in keys)


def item_record(feed: FeedSource, keys: list[str]) -> bytes:
    """The value of an item's records in the seen topic: the feed that published it and its first key."""
    return orjson.dumps({"feed": feed.url, "item": keys[0]})


def _item_origin(value: bytes | None) -> tuple[str | None, str | None]:
    """The feed and first key an item record names; (None, None) for a record of an earlier release (b"1")."""
    try:
        fields = orjson.loads(value or b"")
    except orjson.JSONDecodeError:
        return None, None
    if not isinstance(fields, dict):
        return None, None
    feed, first = fields.get("feed"), fields.get("item")
    return (feed if isinstance(feed, str) else None), (first if isinstance(first, str) else None)


class Ingester:
    """Polls feeds and publishes new items. ``await ingester.run_once()`` or ``run_forever(stop)``."""

    def __init__(
        self, settings: Settings, feeds: tuple[FeedSource, ...], http: SafeHttp, producer: object, metrics: Metrics
    ) -> None:
        self.settings = settings
        self.feeds = feeds
        self.http = http
        self.producer = producer
        self.seen = SeenStore()
        self.metrics = metrics

    async def start(self) -> None:
        self.seen = await SeenStore.load(self.settings, self.feeds)
        logger.info("Ingester %s", self.seen_summary())

    def seen_summary(self) -> str:
        """What the ingester remembers, for its start-up line: the configured feeds' items only."""
        summary = f"knows {self.seen.configured_items} published items of the {len(self.feeds)} configured feeds"
        if self.seen.other_keys:
            summary += (
                f" (and {self.seen.other_keys} item keys of other feeds, or from before records named their feed)"
            )
        return summary

    async def run_once(self) -> list[PollResult]:
        return list(await asyncio.gather(*(self.poll(feed) for feed in self.feeds)))

    async def run_forever(self, stop: asyncio.Event) -> None:
        await asyncio.gather(*(self._loop(feed, stop) for feed in self.feeds))

    async def _loop(self, feed: FeedSource, stop: asyncio.Event) -> None:
        await asyncio.sleep(random.uniform(0, min(5.0, feed.interval / 10)))  # spread the first polls
        while not stop.is_set():
            started = time.monotonic()
            await self.poll(feed)
            wait = max(0.0, feed.interval - (time.monotonic() - started))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=wait)

    async def poll(self, feed: FeedSource) -> PollResult:
        """Fetch ``feed`` once and publish its new items; never raises for a bad feed or a network error."""
        validators = self.seen.validators.get(feed.url, {})
        headers = {"Accept": FEED_ACCEPT}
        if validators.get("etag"):
            headers["If-None-Match"] = validators["etag"]
        if validators.get("last_modified"):
            headers["If-Modified-Since"] = validators["last_modified"]
        started = time.perf_counter()
        try:
            response = await self.http.request("GET", feed.url, headers=headers)
        except FetchError as exc:
            return self._done(feed, exc.outcome, started, f"{exc}")
        if response.not_modified:
            return self._done(feed, "not_modified", started)
        if response.status >= 400:
            return self._done(feed, "http_error", started, f"HTTP {response.status}")
        try:
            parsed = parse_feed(response.body, response.url, response.headers.get("content-type"))
        except NotAFeedError as exc:
            return self._done(feed, "not_a_feed", started, str(exc))
        if parsed.malformed:
            problem = f"{parsed.malformed}; publishing what could be read of its {len(parsed.items)} items"
            result = self._done(feed, "malformed", started, problem)
        else:
            result = self._done(feed, "ok", started)
        for item in reversed(parsed.items):  # feeds list the newest first: publish in the order they appeared
            await self._publish_item(feed, item, result)
        new_validators = {
            name: response.headers[header]
            for name, header in (("etag", "etag"), ("last_modified", "last-modified"))
            if response.headers.get(header)
        }
        # A malformed feed's validators are not kept: a 304 would keep its cut-off items from being read whole.
        if not parsed.malformed and new_validators and new_validators != validators:
            self.seen.validators[feed.url] = new_validators
            await self._send(self.settings.topic_seen, b"feed:" + feed.url.encode(), orjson.dumps(new_validators))
        if result.published or result.failed or result.unidentified:
            logger.info(
                "%s: %d new, %d seen, %d failed, %d unidentified (no link, GUID or title: read again next poll)",
                feed.name,
                result.published,
                result.seen,
                result.failed,
                result.unidentified,
            )
        return result

    async def _publish_item(self, feed: FeedSource, item: FeedItem, result: PollResult) -> None:
        keys = item_keys(item, feed)
        if not keys:  # nothing to remember it by; cut off mid-item, most often: it may be whole next poll
            result.unidentified += 1
            self.metrics.feed_items.labels(outcome="unidentified").inc()
            return
        if self.seen.is_seen(keys):
            result.seen += 1
            self.metrics.feed_items.labels(outcome="seen").inc()
            return
        self.seen.items.update(keys)  # claimed now: another feed listing the same story skips it
        page = await self._page(item) if feed.fetch_pages and item.url and not item.has_full_content else None
        article = raw_article(item, feed, page)
        data = orjson.dumps(article) if article is not None else b""
        try:
            # The key is the id the clean stage gives the article (wire/raw.py); an item that is no raw
            # article (a field too long, say) would only be dead-lettered there.
            key = raw_article_from_json(article).id if article is not None else None
        except WireError as exc:
            logger.warning("Item %s of %s is not a raw article: %s", item.url, feed.name, exc)
            key = None
        if key is None or len(data) > self.settings.max_message_bytes:
            self.seen.items.difference_update(keys)
            result.failed += 1
            self.metrics.feed_items.labels(outcome="page_failed").inc()
            return
        await self._send(self.settings.topic_raw, key.encode(), data)
        for item_key in keys:
            await self._send(self.settings.topic_seen, b"item:" + item_key.encode(), item_record(feed, keys))
        result.published += 1
        self.metrics.feed_items.labels(outcome="published").inc()

    async def _page(self, item: FeedItem) -> str | None:
        started = time.perf_counter()
        try:
            response = await self.http.request("GET", item.url or "", headers={"Accept": "text/html,*/*;q=0.5"})
        except FetchError as exc:
            logger.warning("Page %s not fetched (%s): using the feed's text", item.url, exc.outcome)
            return None
        finally:
            self.metrics.fetch_duration.observe(time.perf_counter() - started)
        if response.status >= 400 or not response.body:
            logger.warning("Page %s answered HTTP %d: using the feed's text", item.url, response.status)
            return None
        content_type = response.headers.get("content-type", "")
        charset = content_type.split("charset=", 1)[1].split(";")[0].strip() if "charset=" in content_type else None
        return decode_bytes(response.body, charset)

    async def _send(self, topic: str, key: bytes, value: bytes) -> None:
        await self.producer.send_and_wait(topic, value=value, key=key)  # type: ignore[attr-defined]

    def _done(self, feed: FeedSource, outcome: str, started: float, problem: str | None = None) -> PollResult:
        self.metrics.feed_fetches.labels(outcome=outcome).inc()
        self.metrics.fetch_duration.observe(time.perf_counter() - started)
        if problem:
            logger.warning("Feed %s (%s): %s: %s", feed.name, feed.url, outcome, problem)
        return PollResult(feed.name, outcome)


async def run_ingester(
    settings: Settings, feeds: tuple[FeedSource, ...], once: bool, metrics: Metrics
) -> list[PollResult]:
    """Run the ingester until SIGINT/SIGTERM (or, with ``once``, one poll of each feed)."""
    await create_topics(settings)
    producer = AIOKafkaProducer(
        **settings.kafka_client_options(),
        acks="all",
        enable_idempotence=True,
        max_request_size=settings.max_message_bytes + 1024 * 1024,
    )
    http = SafeHttp(settings)
    try:
        await producer.start()  # inside: a client that fails to start is still closed
        ingester = Ingester(settings, feeds, http, producer, metrics)
        await ingester.start()
        if once:
            return await ingester.run_once()
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        logger.info("Polling %d feeds; Ctrl-C stops", len(feeds))
        await ingester.run_forever(stop)
        return []
    finally:
        await http.aclose()
        await producer.stop()
