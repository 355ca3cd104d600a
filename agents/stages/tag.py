"""Tag stage: clean articles in, tagged articles (actors, topics, mentions) out.

Keyed by the near-duplicate key, so that the copies of a story meet in one partition of the travel
stage, where the repeat check runs (agents/stages/travel.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from agents.runtime.app import Runtime
from agents.stages.frame import Send, Stage
from agents.wire.article import article_from_message
from agents.wire.codec import dumps, loads
from agents.wire.tagged import tagged_article_message
from pipeline.tagging import tag_article


def install(runtime: Runtime) -> Any:
    watchlist = runtime.watchlist

    @runtime.app.timer(interval=runtime.settings.watchlist_poll_seconds)
    async def refresh_watchlist() -> None:
        await watchlist.refresh()

    def handle(event: Any) -> Iterator[Send]:
        message = loads(event.value)
        article = article_from_message(message)
        with stage.limit():
            tagged = tag_article(article, watchlist.gazetteer)
        value = dumps(tagged_article_message(tagged, message.get("trace") or {}))
        yield Send(runtime.topics.tagged, article.near_duplicate_key.encode(), value)

    stage = Stage(runtime, "tag", runtime.topics.clean, handle)
    return stage.install()
