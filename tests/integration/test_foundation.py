"""The foundation on a real broker: a raw article goes through the worker to the next topic."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import orjson

from agents.runtime.settings import Settings
from tests.integration.kafka_helpers import WorkerProcess, consume, produce


def test_raw_article_comes_out_cleaned_and_tagged(
    settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    worker = start_worker()
    worker.wait_ready()
    article = {
        "id": "a-1",
        "url": "https://example.org/a",
        "title": "Hello",
        "text": "The ministers met in Geneva on Monday and agreed to meet again next month.",
    }
    asyncio.run(produce(settings, settings.topic_raw, [(b"a-1", orjson.dumps(article))]))
    records = asyncio.run(consume(settings, settings.topic_tagged, count=1, within=60))
    assert len(records) == 1
    assert records[0].key == b"a-1"
    assert orjson.loads(records[0].value)["id"] == "a-1"
