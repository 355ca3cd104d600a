"""Clean stage: raw articles in, clean articles out, keyed by article id."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from agents.runtime.app import Runtime
from agents.stages.frame import Send, Stage
from agents.wire.article import clean_article_message
from agents.wire.codec import dumps
from agents.wire.raw import decode_raw_article
from pipeline.cleaning import clean_article


def install(runtime: Runtime) -> Any:
    max_bytes = runtime.settings.max_message_bytes

    def handle(event: Any) -> Iterator[Send]:
        with stage.limit():
            raw = decode_raw_article(event.value, max_bytes)
            article = clean_article(raw)
        trace = {"raw_ts": event.message.timestamp}
        yield Send(runtime.topics.clean, article.id.encode(), dumps(clean_article_message(article, trace)))

    stage = Stage(runtime, "clean", runtime.topics.raw, handle)
    return stage.install()
