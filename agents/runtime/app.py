"""The faust application of a worker, built from the settings: the app, its topics and tables, and the
services its agents share (metrics, watchlist, dead letters).

``build_runtime(settings, metrics)`` builds everything once and returns it as a :class:`Runtime`;
agents/stages/ registers the stage agents on it. Nothing is built at import, so a process (or a test)
can build as many as it needs, each from its own settings.

Keys are bytes and values are JSON bytes that the agents decode themselves, so a malformed message
reaches our code (and the dead-letter topic) instead of failing inside faust's deserialiser.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

import faust
from aiokafka import TopicPartition
from faust.tables import TableManager
from faust.tables.recovery import Recovery
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP

from agents.runtime.deadletters import DeadLetters
from agents.runtime.metrics import Metrics
from agents.runtime.settings import Settings
from agents.runtime.topics import ALERTS_TABLE, REPEATS_TABLE, TRIP_INDEX_TABLE
from agents.runtime.watchlist import WatchedWatchlist

# How often a worker commits what it has processed: after a crash, its successor reads again at most
# this much (the stages make a second reading harmless: docs/operations.md).
COMMIT_INTERVAL_SECONDS: Final = 1.0


@dataclass(frozen=True, slots=True)
class Topics:
    """The topics the agents read and write, declared once on the app (names from the settings)."""

    raw: Any
    clean: Any
    tagged: Any
    trips: Any
    alerts: Any
    deadletters: Any


@dataclass(frozen=True, slots=True)
class Tables:
    """The stages' state, each co-partitioned with the topic its stage reads (agents/runtime/topics.py)."""

    repeats: Any  # near-duplicate key -> the articles seen under it (wire/seen.py); read by the travel stage
    trip_index: Any  # leader|country -> the alerts open for the pair (wire/routing.py); the merge stage's
    alerts: Any  # alert id -> its latest version (wire/alert.py), in its leader|country's partition; the
    # merge stage's, whose changelog is the alert topic


@dataclass(frozen=True, slots=True)
class Runtime:
    """One worker's app and what its agents share."""

    settings: Settings
    app: faust.App
    topics: Topics
    tables: Tables
    metrics: Metrics
    watchlist: WatchedWatchlist
    dead_letters: DeadLetters


def broker_credentials(settings: Settings) -> Any:
    """faust credentials for the configured Kafka security protocol (None for PLAINTEXT)."""
    protocol = settings.kafka_security_protocol
    if protocol == "PLAINTEXT":
        return None
    if protocol == "SSL":
        return faust.SSLCredentials(settings.ssl_context())
    return faust.SASLCredentials(
        username=settings.kafka_sasl_username,
        password=settings.kafka_sasl_password.get(),
        mechanism=settings.kafka_sasl_mechanism,
        ssl_context=settings.ssl_context() if protocol == "SASL_SSL" else None,
    )


class WorkerProducer(faust_aiokafka.Producer):
    """faust's producer, with two guarantees faust leaves out (docs/operations.md):

    - Kafka's idempotence is on: the broker drops a batch the producer sends again because its
      acknowledgement was lost (a broker restarting mid-send), so a retry never writes an alert version,
      or any other record, twice. faust turns it on only inside transactions.
    - ``flush`` (which faust awaits before it commits offsets) returns only once every table write
      handed to the producer is acknowledged. faust queues table writes in a buffer whose flush gives
      up after 0.1 s without a send, which a stage busy on the event loop easily outlasts; an offset
      then committed before its message's table write was sent loses that write if the worker dies,
      and the alert table's writes are the alerts themselves.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._unacknowledged: set[asyncio.Future[Any]] = set()

    def _settings_extra(self) -> Any:
        return {**super()._settings_extra(), "acks": "all", "enable_idempotence": True}

    def send_soon(self, fut: Any) -> None:
        self._unacknowledged.add(fut)
        fut.add_done_callback(self._unacknowledged.discard)
        super().send_soon(fut)

    async def flush(self) -> None:
        await super().flush()
        if self._unacknowledged:  # each resolves when the broker acknowledged it (or it failed, logged)
            await asyncio.wait(set(self._unacknowledged))


class WorkerConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    """faust's aiokafka consumer thread, which can pause and resume partitions in the aiokafka consumer itself."""

    def set_paused(self, tps: Iterable[TP], paused: bool) -> None:
        """Pause (or resume) fetching ``tps`` in aiokafka, on the thread the consumer runs in."""
        partitions = [TopicPartition(tp.topic, tp.partition) for tp in tps]
        if partitions and self._consumer is not None:
            self.thread_loop.call_soon_threadsafe(self._set_paused, partitions, paused)

    def _set_paused(self, partitions: list[TopicPartition], paused: bool) -> None:
        consumer = self._consumer
        if consumer is None:
            return
        assigned = consumer.assignment()  # a partition revoked since is no longer the consumer's to pause
        chosen = [tp for tp in partitions if tp in assigned]
        if paused:
            consumer.pause(*chosen)
        else:
            consumer.resume(*chosen)


class WorkerConsumer(faust_aiokafka.Consumer):
    """faust's consumer, with two corrections (docs/operations.md):

    - Its seek to the committed offsets puts a partition the group never committed at its beginning (the
      ``earliest`` reset the app asks for). aiokafka's ``seek_to_committed`` leaves such a partition wherever its
      fetch had got to. When a worker was stopped before it committed a partition, its successor fetched from
      that partition while faust was still setting up the assignment; those messages never reached an agent,
      and the seek that was to rewind the stream left the partition past them: the reports on them were never
      merged, their alerts lost.
    - A partition faust pauses is paused in aiokafka too. faust's pause only leaves the partition out of what it
      asks aiokafka for, and aiokafka goes on fetching it: the tables' changelogs, paused once recovered, came
      back with the worker's own table writes, which nothing read. aiokafka sends one fetch at a time to a
      broker and holds the next one back while a fetched partition is unread, for up to its prefetch backoff
      (0.1 s): the first write to each changelog partition (12 by default) stopped the worker's reading for
      0.1 s, in its first seconds of traffic (a worker just started, or on fresh tables), and every message waited.
    """

    _thread: WorkerConsumerThread

    def _new_consumer_thread(self) -> WorkerConsumerThread:
        return WorkerConsumerThread(self, loop=self.loop, beacon=self.beacon)

    def pause_partitions(self, tps: Iterable[TP]) -> None:
        tpset = set(tps)
        super().pause_partitions(tpset)
        self._thread.set_paused(tpset, paused=True)

    def resume_partitions(self, tps: Iterable[TP]) -> None:
        tpset = set(tps)
        super().resume_partitions(tpset)
        self._thread.set_paused(tpset, paused=False)

    async def seek_to_committed(self) -> Mapping[TP, int]:
        committed = await super().seek_to_committed()
        changelogs = self.app.tables.changelog_topics
        never = [tp for tp, offset in committed.items() if not offset and tp.topic not in changelogs]
        if never:
            await self._thread.seek_to_beginning(*never)
        return committed


class WorkerRecovery(Recovery):
    """faust's table recovery, with the flow of messages held until the streams are at their committed offsets.

    After a rebalance faust resumes the flow to read the changelogs and leaves it on when it then resumes the
    source partitions and seeks them to their committed offsets. A worker restarted on a group with committed
    offsets therefore delivered messages from positions the seek was about to move, and the two raced: a
    restarted worker processed some raw messages twice and skipped one, whose offset it committed all the same
    (faust counts the committed offset itself as processed), so its article never reached an alert
    (faust-streaming issue #216 describes the race on the path without tables). Stopping the flow first makes
    faust's own order hold: partitions resumed, seek, then the flow resumed.
    """

    async def on_recovery_completed(self, generation_id: int = 0) -> None:
        self.app.consumer.stop_flow()
        await super().on_recovery_completed(generation_id)

    async def _resume_streams(self, generation_id: int = 0) -> None:
        self.app.consumer.stop_flow()
        await super()._resume_streams(generation_id)


class WorkerTableManager(TableManager):
    """faust's table manager, recovering with :class:`WorkerRecovery`."""

    @property
    def recovery(self) -> Recovery:
        if self._recovery is None:
            self._recovery = WorkerRecovery(self.app, self, beacon=self.beacon, loop=self.loop)
        return self._recovery


def create_app(settings: Settings) -> faust.App:
    """The faust app for ``settings``, without agents."""
    app = faust.App(
        settings.app_id,
        broker=[f"kafka://{server}" for server in settings.kafka_bootstrap.split(",")],
        broker_credentials=broker_credentials(settings),
        store="memory://",
        datadir=str(settings.data_dir / "faust" / settings.app_id),
        autodiscover=False,
        web_enabled=False,
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication,
        consumer_auto_offset_reset="earliest",
        producer_max_request_size=settings.largest_record_bytes,
        consumer_max_fetch_size=settings.largest_record_bytes,
        # ~5 KB articles: batches of a megabyte, sent after at most 5 ms (the default 16 KB batches hold 3).
        producer_max_batch_size=1024 * 1024,
        producer_linger=0.005,
        # Failover (docs/operations.md): how soon the group gives a silent worker's partitions to the others.
        broker_session_timeout=settings.kafka_session_timeout_seconds,
        broker_heartbeat_interval=settings.kafka_heartbeat_seconds,
        broker_commit_interval=COMMIT_INTERVAL_SECONDS,
        TableManager=WorkerTableManager,
    )
    app.transport.Producer = WorkerProducer  # type: ignore[misc]  # this app's transport only
    app.transport.Consumer = WorkerConsumer  # type: ignore[misc]
    return app


def build_runtime(settings: Settings, metrics: Metrics, watchlist: WatchedWatchlist | None = None) -> Runtime:
    """The app for ``settings`` with its topics and tables declared, and the services agents share.

    ``watchlist``: the watchlist already loaded from ``settings.watchlist`` (a worker loads it before it
    contacts Kafka, so a bad file is reported first; tests share one gazetteer), else it is loaded here.
    """
    app = create_app(settings)

    def topic(name: str) -> Any:
        return app.topic(
            name,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.topic_partitions,
        )

    def table(name: str, **options: Any) -> Any:
        # faust derives the changelog's serializers from key_type/value_type (bytes: raw); with a schema
        # alone, recovery would decode the changelog as JSON.
        return app.Table(
            name, default=None, key_type=bytes, value_type=bytes, partitions=settings.topic_partitions, **options
        )

    topics = Topics(
        raw=topic(settings.topic_raw),
        clean=topic(settings.topic_clean),
        tagged=topic(settings.topic_tagged),
        trips=topic(settings.topic_trips),
        alerts=topic(settings.topic_alerts),
        deadletters=topic(settings.topic_deadletters),
    )
    tables = Tables(
        repeats=table(REPEATS_TABLE),
        trip_index=table(TRIP_INDEX_TABLE),
        # Writing an alert's new version to the table is publishing it: the changelog is the alert topic.
        alerts=table(ALERTS_TABLE, changelog_topic=topics.alerts),
    )
    return Runtime(
        settings=settings,
        app=app,
        topics=topics,
        tables=tables,
        metrics=metrics,
        watchlist=watchlist or WatchedWatchlist(settings.watchlist, metrics),
        dead_letters=DeadLetters(topics.deadletters, metrics, settings.max_message_bytes),
    )
