"""Clean stage agent: raw articles in, clean articles out (keyed by article id)."""

from __future__ import annotations

import time
from typing import Any

from agents import wire
from agents.app import app, settings
from agents.deadletters import dead_letter
from agents.limits import time_limit
from agents.metrics import get_metrics
from agents.topics import clean_articles, raw_articles
from pipeline.cleaning import clean_article


@app.agent(raw_articles)
async def clean(stream: Any) -> None:
    metrics = get_metrics()
    async for event in stream.events():
        started = time.perf_counter()
        try:
            with time_limit(settings.stage_timeout_seconds):
                raw = wire.decode_raw_article(event.value, settings.max_message_bytes)
                article = clean_article(raw)
        except Exception as exc:  # a verdict, never a stopped stream
            await dead_letter(event, stage="clean", error=exc)
            continue
        trace = {"raw_ts": event.message.timestamp}
        await clean_articles.send(key=article.id.encode(), value=wire.dumps(wire.clean_article_message(article, trace)))
        metrics.stage_duration.labels(stage="clean").observe(time.perf_counter() - started)
        metrics.articles.labels(stage="clean").inc()
