"""Tag stage agent: clean articles in, tagged articles (actors, topics, mentions) out, keyed by article id."""

from __future__ import annotations

import time
from typing import Any

from agents import wire
from agents.app import app, settings
from agents.deadletters import dead_letter
from agents.metrics import get_metrics
from agents.topics import clean_articles, tagged_articles
from agents.watchlist import WatchedWatchlist
from pipeline.tagging import tag_article

watchlist = WatchedWatchlist(settings.watchlist)


@app.timer(interval=settings.watchlist_poll_seconds)
async def refresh_watchlist() -> None:
    await watchlist.refresh()


@app.agent(clean_articles)
async def tag(stream: Any) -> None:
    metrics = get_metrics()
    async for event in stream.events():
        started = time.perf_counter()
        try:
            message = wire.loads(event.value)
            article = wire.article_from_message(message)
            tagged = tag_article(article, watchlist.gazetteer)
        except wire.WireError as exc:
            await dead_letter(event, stage="tag", reason=exc.reason, error=exc)
            continue
        except Exception as exc:
            await dead_letter(event, stage="tag", reason="stage_error", error=exc)
            continue
        value = wire.dumps(wire.tagged_article_message(tagged, message.get("trace") or {}))
        await tagged_articles.send(key=article.id.encode(), value=value)
        metrics.stage_duration.labels(stage="tag").observe(time.perf_counter() - started)
        metrics.articles.labels(stage="tag").inc()
