"""Tag stage agent: clean articles in, tagged articles (actors, topics, mentions) out, keyed by their
near-duplicate key, so that the copies of a story meet in one partition of the travel stage, where the
repeat check runs (agents/travel.py).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

from agents import wire
from agents.app import app, settings
from agents.deadletters import dead_letter
from agents.limits import time_limit
from agents.metrics import get_metrics
from agents.topics import clean_articles, tagged_articles
from agents.watchlist import shared_watchlist
from pipeline.tagging import tag_article


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
            with time_limit(settings.stage_timeout_seconds):
                tagged = tag_article(article, shared_watchlist().gazetteer)
        except Exception as exc:  # a verdict, never a stopped stream
            await dead_letter(event, stage="tag", error=exc)
            continue
        value = wire.dumps(wire.tagged_article_message(tagged, message.get("trace") or {}))
        await tagged_articles.send(key=article.near_duplicate_key.encode(), value=value)
        metrics.stage_duration.labels(stage="tag").observe(time.perf_counter() - started)
        metrics.articles.labels(stage="tag").inc()
