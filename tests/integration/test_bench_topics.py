"""bench/e2e.py deletes a finished run's topics, and only that run's, so that every run of the bench meets a
broker holding one set of topics, as a service's broker does."""

from __future__ import annotations

import asyncio
import uuid

from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from agents.cli.localkafka import LocalKafka
from bench.e2e import delete_topics


async def _topics(bootstrap: str) -> set[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        return set(await admin.list_topics())
    finally:
        await admin.close()


async def _create(bootstrap: str, names: list[str]) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name, 1, 1) for name in names])
    finally:
        await admin.close()


def test_a_finished_run_leaves_no_topic_of_its_own_and_every_other_one(kafka_broker: LocalKafka) -> None:
    run = f"bench-lat-{uuid.uuid4().hex[:6]}"
    own = [f"{run}.raw", f"{run}.alerts", f"{run}-repeats-changelog", f"{run}-__assignor-__leader"]
    others = [f"{run}x.raw", f"other-{run}.raw"]  # another run whose name begins alike; a name that holds it
    asyncio.run(_create(kafka_broker.bootstrap, own + others))

    deleted = asyncio.run(delete_topics(kafka_broker.bootstrap, run))

    assert deleted == sorted(own)
    left = asyncio.run(_topics(kafka_broker.bootstrap))
    assert not left & set(own)
    assert set(others) <= left
