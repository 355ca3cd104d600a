"""Helpers for the integration tests: produce, read a topic, wait for the pipeline, run worker processes.

Nothing here sleeps for a fixed time or gives up after a fixed time: a wait lasts while there is
progress (new records, a growing log, fewer messages left to process) and gives up only after
:func:`patience` seconds without any, a figure derived from the settings in force, so a loaded machine
makes the tests slower, never red.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import ConsumerRecord

from agents.edges.topic_reader import partitions_of
from agents.runtime.app import COMMIT_INTERVAL_SECONDS
from agents.runtime.labels import CONSUMED_TOPICS, PIPELINE_STAGES
from agents.runtime.settings import Settings

POLL = 0.2  # seconds between two looks at a condition

Records = list[ConsumerRecord[bytes, bytes]]


def patience(settings: Settings) -> float:
    """The longest a healthy worker goes without visible progress: the group noticing a lost member (the
    session timeout and a heartbeat), one message at the stage time limit for each pipeline stage (more
    than the agents need: the articles agent runs two stages under one limit) and one more for a worker's
    start, silent in its log while it loads the watchlist and runs its warm-up stories, and a commit
    interval. Waits give up after this long without progress."""
    return (
        settings.kafka_session_timeout_seconds
        + settings.kafka_heartbeat_seconds
        + (len(PIPELINE_STAGES) + 1) * settings.stage_timeout_seconds
        + COMMIT_INTERVAL_SECONDS
    )


async def produce(settings: Settings, topic: str, messages: Sequence[tuple[bytes | None, bytes]]) -> None:
    producer = AIOKafkaProducer(**settings.kafka_client_options(), max_request_size=64 * 1024 * 1024, linger_ms=5)
    await producer.start()
    try:
        for key, value in messages:
            await producer.send(topic, value=value, key=key)
        await producer.flush()
    finally:
        await producer.stop()


def _consumer(settings: Settings) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(
        **settings.kafka_client_options(),
        enable_auto_commit=False,
        isolation_level="read_committed",
        fetch_max_bytes=64 * 1024 * 1024,
        max_partition_fetch_bytes=64 * 1024 * 1024,
    )


async def _partitions(settings: Settings, topic: str) -> list[TopicPartition]:
    return [TopicPartition(topic, number) for number in await partitions_of(settings, topic)]


async def read(settings: Settings, topic: str, until: Callable[[Records], bool] | None = None) -> Records:
    """The records of ``topic`` from its beginning: until ``until(records)`` holds, or (``until`` None) up
    to the end the topic has now. Gives up after :func:`patience` seconds without a new record."""
    consumer = _consumer(settings)
    await consumer.start()
    records: Records = []
    try:
        assigned = await _partitions(settings, topic)
        consumer.assign(assigned)
        await consumer.seek_to_beginning(*assigned)
        ends = await consumer.end_offsets(assigned) if until is None else {}
        last_progress = time.monotonic()
        while True:
            if until is not None and until(records):
                return records
            if until is None:
                positions = [await consumer.position(tp) for tp in assigned]
                if all(position >= ends[tp] for position, tp in zip(positions, assigned, strict=True)):
                    return records
            batch = await consumer.getmany(timeout_ms=int(POLL * 1000))
            for partition_records in batch.values():
                records.extend(partition_records)
            if batch:
                last_progress = time.monotonic()
            elif time.monotonic() - last_progress > patience(settings):
                return records
    finally:
        await consumer.stop()


async def unprocessed(settings: Settings) -> int:
    """How many messages of the topics the workers consume their group has not committed yet."""
    topics = [settings.topics()[role] for role in CONSUMED_TOPICS]
    admin = AIOKafkaAdminClient(**settings.kafka_client_options())
    consumer = _consumer(settings)
    await admin.start()
    await consumer.start()
    try:
        committed = await admin.list_consumer_group_offsets(settings.app_id)
        partitions = [tp for topic in topics for tp in await _partitions(settings, topic)]
        ends = await consumer.end_offsets(partitions)
        done = {tp: meta.offset for tp, meta in committed.items()}
        return sum(max(0, end - max(0, done.get(tp, 0))) for tp, end in ends.items())
    finally:
        await consumer.stop()
        await admin.close()


def wait_drained(settings: Settings) -> None:
    """Wait until the workers have processed and committed every message on their topics, twice in a row
    (what they sent on the way has then reached its topic). Fails after :func:`patience` seconds in which
    the number left did not fall."""
    left, calm, last_progress = None, 0, time.monotonic()
    while calm < 2:
        now_left = asyncio.run(unprocessed(settings))
        if left is None or now_left < left:
            last_progress = time.monotonic()
        left = now_left
        calm = calm + 1 if left == 0 else 0
        if time.monotonic() - last_progress > patience(settings):
            raise AssertionError(f"the pipeline stopped with {left} messages not processed")
        time.sleep(POLL)


def wait_until(
    settings: Settings, condition: Callable[[], bool], progress: Callable[[], object] = lambda: None
) -> bool:
    """Whether ``condition()`` came to hold; gives up after :func:`patience` seconds in which ``progress()``
    (a figure that changes while things move, e.g. a log's length) did not change."""
    last, last_progress = progress(), time.monotonic()
    while not condition():
        now = progress()
        if now != last:
            last, last_progress = now, time.monotonic()
        elif time.monotonic() - last_progress > patience(settings):
            return condition()
        time.sleep(POLL)
    return True


class WorkerProcess:
    """`newswatch worker` in a subprocess, its output in a log file."""

    def __init__(self, env: dict[str, str], log_file: Path, settings: Settings) -> None:
        self.env = env
        self.log_file = log_file
        self.settings = settings
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self._log = open(self.log_file, "ab")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "agents.cli", "worker"],
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self) -> None:
        """Wait until the worker logged that it is ready (partitions assigned, tables recovered), as long as
        it is alive and its log grows."""
        if not wait_until(self.settings, lambda: self._exited() or "Worker ready" in self.log(), self._log_size):
            silent = patience(self.settings)
            raise AssertionError(f"worker not ready and silent for {silent:g} s:\n{self.log()[-4000:]}")
        if self._exited():
            raise AssertionError(f"worker exited with {self.process and self.process.returncode}:\n{self.log()}")

    def _exited(self) -> bool:
        return self.process is not None and self.process.poll() is not None

    def _log_size(self) -> int:
        return self.log_file.stat().st_size

    def log(self) -> str:
        return self.log_file.read_text(errors="replace")

    def stop(self) -> int | None:
        """SIGTERM, and SIGKILL if the worker has not stopped after :func:`patience` seconds."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(patience(self.settings))
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self._log.close()
        return self.process.returncode

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
