"""Reading a whole topic from the command line: from the start or the end, to its end or forever.

``newswatch alerts`` and ``newswatch deadletters`` read this way: without a consumer group (nothing is
committed, any number of readers may run), every partition assigned, and, unless following, stopping
once each partition reached the end it had when reading began.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from agents.runtime.settings import Settings


class TopicMissingError(Exception):
    """The topic does not exist (yet)."""


async def partitions_of(settings: Settings, topic: str) -> list[int]:
    """The partition numbers of ``topic``; raises TopicMissingError if there is no such topic."""
    admin = AIOKafkaAdminClient(**settings.kafka_client_options())
    try:
        await admin.start()  # inside: a client that fails to start is still closed
        [described] = await admin.describe_topics([topic])
    finally:
        await admin.close()
    numbers = [int(partition["partition"]) for partition in described.get("partitions") or ()]
    if described.get("error_code") or not numbers:
        raise TopicMissingError(topic)
    return numbers


async def read_topic(
    settings: Settings, topic: str, *, from_beginning: bool, follow: bool
) -> AsyncIterator[tuple[bytes | None, bytes, int]]:
    """Yield ``(key, value, timestamp_ms)`` of the records of ``topic`` in each partition's order."""
    numbers = await partitions_of(settings, topic)  # first: a consumer made before it raised was never closed
    consumer = AIOKafkaConsumer(
        **settings.kafka_client_options(),
        enable_auto_commit=False,
        fetch_max_bytes=settings.largest_record_bytes,
        max_partition_fetch_bytes=settings.largest_record_bytes,
    )
    try:
        await consumer.start()  # inside: a client that fails to start is still closed
        assigned = [TopicPartition(topic, number) for number in sorted(numbers)]
        consumer.assign(assigned)
        if from_beginning:
            await consumer.seek_to_beginning(*assigned)
        else:
            await consumer.seek_to_end(*assigned)
        ends = await consumer.end_offsets(assigned)
        while True:
            if not follow:
                positions = [await consumer.position(tp) for tp in assigned]
                if all(position >= ends[tp] for position, tp in zip(positions, assigned, strict=True)):
                    return
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                for record in records:
                    yield record.key, record.value or b"", record.timestamp
    finally:
        await consumer.stop()
