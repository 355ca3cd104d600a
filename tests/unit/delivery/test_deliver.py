"""A webhook the safe fetcher refuses: the dead letter and the log say why, never the address."""

from __future__ import annotations

from typing import Any

import orjson
from aiokafka import TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError
from aiokafka.structs import OffsetAndMetadata
from prometheus_client import CollectorRegistry

from agents.cli.deadletters import describe
from agents.edges.deliver import Delivery, Job, _Progress
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


class Consumer:
    """Partitions 1 and 3 assigned; partition 0 has moved to another worker."""

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.committed: list[dict[Any, Any]] = []

    def assignment(self) -> set[TopicPartition]:
        return {TopicPartition("newswatch.alerts", 1), TopicPartition("newswatch.alerts", 3)}

    async def commit(self, offsets: dict[Any, Any]) -> None:
        if self.error is not None:
            raise self.error
        self.committed.append(offsets)


def delivery_with_progress() -> Delivery:
    delivery = Delivery(load_settings({}), (), Metrics(CollectorRegistry()))
    delivery.progress = {0: _Progress(next_offset=7), 1: _Progress(pending={4: 1}, next_offset=6)}
    return delivery


async def test_a_commit_keeps_to_the_partitions_still_assigned() -> None:
    consumer = Consumer()
    await delivery_with_progress()._commit(consumer)
    assert consumer.committed == [{TopicPartition("newswatch.alerts", 1): OffsetAndMetadata(4, "")}]


async def test_a_commit_that_meets_a_rebalance_is_put_off_not_fatal() -> None:
    for error in (CommitFailedError("rebalanced"), IllegalStateError("Partition is not assigned")):
        await delivery_with_progress()._commit(Consumer(error))
