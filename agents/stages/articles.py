"""Articles: raw articles in; each cleaned and tagged, then published as a clean article (keyed by its id)
and as a tagged article (keyed by its near-duplicate key).

One agent runs both stages: tagging needs no state, so the article need not cross a topic between
them (the clean topic is for subscribers). Both messages are sent before the raw message's offset is
committed. A message that fails in tagging is dead-lettered with stage ``tag`` and its raw bytes (a
replay runs both stages again); its clean article is still published. The tagged topic is keyed by
the near-duplicate key so that the copies of a story meet in one partition of the travel stage, where
the repeat check runs (agents/stages/travel.py). An article without a publication date is tagged as of
the day it arrived (its raw message's Kafka timestamp), the day the travel stage reads its dates against.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from agents.runtime.app import Runtime
from agents.stages.frame import Send, Stage, arrived_at
from agents.wire.article import clean_article_message
from agents.wire.codec import dumps
from agents.wire.raw import decode_raw_article
from agents.wire.tagged import with_tags
from pipeline.cleaning import clean_article
from pipeline.tagging import tag_article


def install(runtime: Runtime) -> Any:
    topics, watchlist, max_bytes = runtime.topics, runtime.watchlist, runtime.settings.max_message_bytes

    @runtime.app.timer(interval=runtime.settings.watchlist_poll_seconds)
    async def refresh_watchlist() -> None:
        await watchlist.refresh()

    def handle(event: Any) -> Iterator[Send]:
        with stage.step("clean"):
            article = clean_article(decode_raw_article(event.value, max_bytes))
            clean = clean_article_message(article, {"raw_ts": event.message.timestamp})
        yield Send(topics.clean, article.id.encode(), dumps(clean))  # sent even if tagging then fails
        with stage.step("tag"):
            tagged = tag_article(article, watchlist.gazetteer, reference=arrived_at(clean, event).date())
        yield Send(topics.tagged, article.near_duplicate_key.encode(), dumps(with_tags(clean, tagged)))

    stage = Stage(runtime, "articles", topics.raw, handle, steps=("clean", "tag"))
    return stage.install()
