"""A webhook the safe fetcher refuses: the dead letter and the log say why, never the address."""

from __future__ import annotations

from typing import Any

import orjson
from prometheus_client import CollectorRegistry

from agents.cli.deadletters import describe
from agents.edges.deliver import Delivery, Job
from agents.edges.fetch import SafeHttp
from agents.runtime.metrics import Metrics
from agents.runtime.settings import load_settings
from pipeline.delivery.webhooks import Endpoint


class Producer:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes]] = []

    async def send_and_wait(self, topic: str, value: bytes, **_: Any) -> None:
        self.sent.append((topic, value))


async def test_an_endpoint_on_a_private_address_is_dead_lettered_with_the_reason() -> None:
    settings = load_settings({"NEWSWATCH_WEBHOOK_RETRIES": "0"})
    endpoint = Endpoint("in-house", "http://127.0.0.1:9/hook?token=s3cret")
    delivery = Delivery(settings, (endpoint,), Metrics(CollectorRegistry()))
    alert = {"alert_id": "tr-0000000000000001", "version": 1}
    producer, http = Producer(), SafeHttp(settings)
    try:
        await delivery._deliver(endpoint, Job(0, 5, b"k", orjson.dumps(alert), alert), http, producer)
    finally:
        await http.aclose()
    [(topic, value)] = producer.sent
    letter = orjson.loads(value)
    assert (topic, letter["details"]["outcome"]) == (settings.topic_deadletters, "refused")
    why = "127.0.0.1 resolves to 127.0.0.1, a private or reserved address"
    assert letter["error"] == f"webhook in-house: refused ({why})"
    assert "s3cret" not in value.decode()
    assert describe(letter).count("webhook in-house") == 1
