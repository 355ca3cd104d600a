"""The foundation on a real broker: a raw article goes through the worker to the next topic."""

from __future__ import annotations

from collections.abc import Callable

from agents.runtime.settings import Settings
from tests.integration.helpers_flow import publish, read_json
from tests.integration.kafka_helpers import WorkerProcess


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
    publish(settings, [article])
    [clean] = read_json(settings, settings.topic_clean, 1)
    assert (clean["_key"], clean["id"]) == ("a-1", "a-1")
    [tagged] = read_json(settings, settings.topic_tagged, 1)
    assert (tagged["_key"], tagged["id"]) == (tagged["near_duplicate_key"], "a-1")
