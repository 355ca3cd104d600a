"""The worker's consumer fetches only the partitions faust reads: a partition faust pauses is paused in aiokafka too."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiokafka import TopicPartition
from faust.types import TP

from agents.runtime.app import WorkerConsumer, WorkerConsumerThread
from pipeline.tagging import Gazetteer
from tests.agents.conftest import make_harness


class RecordingClient:
    """Stands in for the aiokafka consumer of the consumer thread: its assignment, and what was paused."""

    def __init__(self, assigned: set[TopicPartition]) -> None:
        self.assigned = assigned
        self.paused: set[TopicPartition] = set()

    def assignment(self) -> set[TopicPartition]:
        return self.assigned

    def pause(self, *partitions: TopicPartition) -> None:
        assert all(isinstance(tp, TopicPartition) for tp in partitions)  # aiokafka refuses faust's TP
        self.paused.update(partitions)

    def resume(self, *partitions: TopicPartition) -> None:
        self.paused.difference_update(partitions)


async def test_a_partition_faust_pauses_is_no_longer_fetched_by_aiokafka(
    tmp_path: Path, gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # faust's pause only left a partition out of what it asked aiokafka for, and aiokafka went on fetching it: a
    # table's changelog, paused once recovered, came back with the worker's own writes, which nobody read; each
    # such unread fetch held back every fetch from its broker for aiokafka's prefetch backoff (0.1 s), once per
    # changelog partition in a worker's first seconds of traffic.
    app = make_harness(tmp_path, gazetteer).runtime.app
    consumer = app.consumer
    assert isinstance(consumer, WorkerConsumer)
    thread = consumer._thread
    assert isinstance(thread, WorkerConsumerThread)
    changelog = next(iter(app.tables.changelog_topics))
    client = RecordingClient({TopicPartition(changelog, 0), TopicPartition(changelog, 1), TopicPartition("raw", 0)})
    monkeypatch.setattr(thread, "_consumer", client)
    monkeypatch.setattr(thread, "thread_loop", asyncio.get_running_loop())  # the thread's loop, here the test's

    consumer.pause_partitions({TP(changelog, 0), TP(changelog, 1), TP("revoked", 0)})
    await asyncio.sleep(0)
    assert client.paused == {TopicPartition(changelog, 0), TopicPartition(changelog, 1)}  # only what it holds
    assert TP(changelog, 0) not in consumer._get_active_partitions()  # faust's own bookkeeping as before

    consumer.resume_partitions({TP(changelog, 1)})
    await asyncio.sleep(0)
    assert client.paused == {TopicPartition(changelog, 0)}
    assert TP(changelog, 1) in consumer._get_active_partitions()
