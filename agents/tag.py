"""Tag stage agent: clean articles in, tagged articles (actors, topics, mentions) out, keyed by article id.

Repeats are dropped here, before tagging: the clean topic is keyed by the near-duplicate key, so the
copies of a story meet in one partition, where the ``duplicates`` table remembers the articles seen
under each key within ``NEWSWATCH_DEDUP_WINDOW_HOURS`` (pipeline/cleaning/duplicates.py decides).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

from agents import wire
from agents.app import app, settings
from agents.deadletters import dead_letter
from agents.kafka_admin import DUPLICATES_TABLE
from agents.limits import time_limit
from agents.metrics import get_metrics
from agents.topics import clean_articles, table, tagged_articles
from agents.watchlist import shared_watchlist
from pipeline.cleaning.duplicates import check
from pipeline.tagging import tag_article

duplicates = table(DUPLICATES_TABLE)
window = timedelta(hours=settings.dedup_window_hours)
# When each near-duplicate key was last written by this worker, so that keys no article came back to
# within the window can be dropped from memory (the changelog's retention drops them from Kafka).
last_written: dict[bytes, float] = {}
SWEEP_EVERY = min(60.0, window.total_seconds() / 2)


@app.timer(interval=SWEEP_EVERY)
async def forget_old_articles() -> None:
    """Drop from memory the keys no article was written under within the window.

    Only this worker's copy: the entries are past the window, so no check would use them again. A key
    restored from the changelog after a restart gets a window from its first sweep.
    """
    now = time.time()
    horizon = now - window.total_seconds()
    store = duplicates.data
    for key in list(store.keys()):
        if last_written.setdefault(key, now) < horizon:
            del store[key]
            del last_written[key]
    get_metrics().dedup_keys.set(len(store))


@app.timer(interval=settings.watchlist_poll_seconds)
async def refresh_watchlist() -> None:
    await shared_watchlist().refresh()


def arrived_at(message: dict[str, Any], event: Any) -> datetime:
    """When the article reached newswatch: its raw message's timestamp (seconds), carried in the trace."""
    stamp = (message.get("trace") or {}).get("raw_ts") or event.message.timestamp
    return datetime.fromtimestamp(float(stamp), UTC)


@app.agent(clean_articles)
async def tag(stream: Any) -> None:
    metrics = get_metrics()
    async for event in stream.events():
        started = time.perf_counter()
        try:
            message = wire.loads(event.value)
            article = wire.article_from_message(message)
            key = event.key if isinstance(event.key, bytes) else article.near_duplicate_key.encode()
            stored = duplicates.get(key)
            seen = wire.seen_from_bytes(stored) if stored else ()
            origin = f"{event.message.partition}:{event.message.offset}"
            verdict = check(seen, article, arrived_at(message, event), origin, window)
            if verdict.seen != seen:
                duplicates[key] = wire.seen_to_bytes(verdict.seen)
                last_written[key] = time.time()
            if verdict.kind is not None:
                metrics.duplicates.labels(kind=verdict.kind).inc()
                continue
            with time_limit(settings.stage_timeout_seconds):
                tagged = tag_article(article, shared_watchlist().gazetteer)
        except Exception as exc:  # a verdict, never a stopped stream
            await dead_letter(event, stage="tag", error=exc)
            continue
        value = wire.dumps(wire.tagged_article_message(tagged, message.get("trace") or {}))
        await tagged_articles.send(key=article.id.encode(), value=value)
        metrics.stage_duration.labels(stage="tag").observe(time.perf_counter() - started)
        metrics.articles.labels(stage="tag").inc()
