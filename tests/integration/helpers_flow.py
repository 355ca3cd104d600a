"""Publishing articles and reading alerts and dead letters, for the integration tests."""

from __future__ import annotations

import asyncio
from typing import Any

import orjson

from agents.runtime.settings import Settings
from tests.integration.kafka_helpers import consume, produce


def publish(settings: Settings, articles: list[dict[str, Any]]) -> None:
    """Send raw-article dicts to the raw topic, keyed by id (a test's ``expected`` field is left out)."""
    messages = [
        (str(a["id"]).encode(), orjson.dumps({k: v for k, v in a.items() if k != "expected"})) for a in articles
    ]
    asyncio.run(produce(settings, settings.topic_raw, messages))


def read_json(
    settings: Settings, topic: str, count: int, within: float = 90, settle: float = 0
) -> list[dict[str, Any]]:
    """The records of ``topic`` as JSON objects (with their key under ``_key``), once ``count`` arrived."""
    records = asyncio.run(consume(settings, topic, count, within=within, settle=settle))
    return [orjson.loads(record.value) | {"_key": (record.key or b"").decode()} for record in records]


def alerts(settings: Settings, count: int, within: float = 90, settle: float = 0) -> list[dict[str, Any]]:
    return read_json(settings, settings.topic_alerts, count, within, settle)
