"""Publishing articles and reading alerts and dead letters, for the integration tests."""

from __future__ import annotations

import asyncio
from typing import Any

import orjson

from agents.runtime.settings import Settings
from tests.integration.kafka_helpers import produce, read, wait_drained


def publish(settings: Settings, articles: list[dict[str, Any]]) -> None:
    """Send raw-article dicts to the raw topic, keyed by id (a test's ``expected`` field is left out)."""
    messages = [
        (str(a["id"]).encode(), orjson.dumps({k: v for k, v in a.items() if k != "expected"})) for a in articles
    ]
    asyncio.run(produce(settings, settings.topic_raw, messages))


def read_json(settings: Settings, topic: str, count: int | None = None) -> list[dict[str, Any]]:
    """The records of ``topic`` as JSON objects (with their key under ``_key``): once ``count`` of them are
    there, or (``count`` None) all the topic holds now."""
    until = None if count is None else (lambda records: len(records) >= count)
    records = asyncio.run(read(settings, topic, until))
    return [orjson.loads(record.value) | {"_key": (record.key or b"").decode()} for record in records]


def alerts(settings: Settings, count: int) -> list[dict[str, Any]]:
    """The alert versions on the alert topic once there are ``count`` of them (a sign of progress)."""
    return read_json(settings, settings.topic_alerts, count)


def when_drained(settings: Settings, topic: str) -> list[dict[str, Any]]:
    """All records of ``topic`` once the workers have processed everything published so far."""
    wait_drained(settings)
    return read_json(settings, topic)
