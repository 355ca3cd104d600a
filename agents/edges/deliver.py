"""Webhook delivery: the alert topic, posted to the endpoints of ``NEWSWATCH_WEBHOOKS_FILE``.

It runs in each worker (when a webhook file is set) with a consumer group of its own,
``<app id>-delivery``, so the workers share the alert topic's partitions. The first time the group
starts it begins at the end of the topic (configuring a webhook does not replay months of alerts);
after that it resumes where it left off.

Each endpoint has its own queue and task, so a slow or dead endpoint holds up only itself. A request
is signed (pipeline/delivery/payload.py), retried on timeouts, connection errors, 5xx, 408 and 429
with exponential backoff and jitter (honouring Retry-After), and after the last retry, or at once
for another 4xx, the alert goes to the dead-letter topic with the endpoint's name and the outcome.
An offset is committed once every endpoint is done with its alert: at least once, per endpoint.
Endpoint URLs (which often carry tokens) and secrets are never logged; endpoints are named.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError
from aiokafka.structs import OffsetAndMetadata

from agents.edges.fetch import FetchError, SafeHttp
from agents.runtime.app import Runtime
from agents.runtime.metrics import Metrics
from agents.runtime.settings import Settings
from agents.wire.deadletter import deadletter_record
from pipeline.delivery.payload import body_for, sign
from pipeline.delivery.webhooks import Endpoint, WebhookListError

logger = logging.getLogger(__name__)

QUEUE_SIZE = 1000
COMMIT_EVERY = 1.0  # seconds
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class Job:
    partition: int
    offset: int
    key: bytes | None
    value: bytes
    alert: dict[str, Any]


@dataclass
class _Progress:
    """Offsets of one partition read but not yet done by every endpoint."""

    pending: dict[int, int] = field(default_factory=dict)  # offset -> endpoints still working on it
    next_offset: int | None = None  # one past the last offset read

    def committable(self) -> int | None:
        return min(self.pending) if self.pending else self.next_offset


def secrets_for(endpoints: tuple[Endpoint, ...], settings: Settings) -> dict[str, str | None]:
    """Each endpoint's signing key; a named variable that is not set is a configuration error."""
    secrets: dict[str, str | None] = {}
    for endpoint in endpoints:
        if endpoint.secret_env:
            value = os.environ.get(endpoint.secret_env)
            if not value:
                raise WebhookListError(
                    f"{endpoint.secret_env_origin} names {endpoint.secret_env}, which is not set "
                    f"(the variable holding webhook {endpoint.name}'s signing key)"
                )
            secrets[endpoint.name] = value
        else:
            secrets[endpoint.name] = settings.webhook_secret.get() or None
    return secrets


class Delivery:
    """Delivers alerts to ``endpoints``. ``await delivery.run(stop)`` until ``stop`` is set."""

    def __init__(
        self,
        settings: Settings,
        endpoints: tuple[Endpoint, ...],
        metrics: Metrics,
        names: dict[str, dict[str, str]] | None = None,
    ) -> None:
        self.settings = settings
        self.endpoints = endpoints
        self.names = names or {}
        self.secrets = secrets_for(endpoints, settings)
        self.metrics = metrics
        self.queues: dict[str, asyncio.Queue[Job]] = {e.name: asyncio.Queue(QUEUE_SIZE) for e in endpoints}
        self.progress: dict[int, _Progress] = {}
        self.ready = asyncio.Event()

    async def run(self, stop: asyncio.Event) -> None:
        consumer = AIOKafkaConsumer(
            self.settings.topic_alerts,
            **self.settings.kafka_client_options(),
            group_id=f"{self.settings.app_id}-delivery",
            enable_auto_commit=False,
            auto_offset_reset="latest",
            # The same failover as the worker's own group (docs/operations.md).
            session_timeout_ms=int(self.settings.kafka_session_timeout_seconds * 1000),
            heartbeat_interval_ms=int(self.settings.kafka_heartbeat_seconds * 1000),
        )
        producer = AIOKafkaProducer(
            **self.settings.kafka_client_options(),
            max_request_size=self.settings.largest_record_bytes,
        )
        http = SafeHttp(self.settings, timeout=self.settings.webhook_timeout_seconds, retries=0, per_host_delay=0)
        await consumer.start()
        await producer.start()
        workers = [asyncio.create_task(self._endpoint_worker(endpoint, http, producer)) for endpoint in self.endpoints]
        try:
            await self._settle(consumer)
            logger.info("Webhook delivery ready: %s", ", ".join(e.name for e in self.endpoints))
            self.ready.set()
            last_commit = time.monotonic()
            while not stop.is_set():
                batch = await consumer.getmany(timeout_ms=500, max_records=100)
                for tp, records in batch.items():
                    for record in records:
                        await self._dispatch(Job(tp.partition, record.offset, record.key, record.value or b"", {}))
                if time.monotonic() - last_commit >= COMMIT_EVERY:
                    await self._commit(consumer)
                    last_commit = time.monotonic()
        finally:
            for worker in workers:
                worker.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
            with contextlib.suppress(Exception):
                await self._commit(consumer)
            await consumer.stop()
            await producer.stop()
            await http.aclose()

    async def _settle(self, consumer: Any) -> None:
        """Wait for partitions, and fix where a new group starts (the end), before saying ready."""
        while not consumer.assignment():
            await consumer.getmany(timeout_ms=200)  # joins the group; nothing is fetched without positions
        for tp in consumer.assignment():
            await consumer.position(tp)

    async def _dispatch(self, job: Job) -> None:
        progress = self.progress.setdefault(job.partition, _Progress())
        progress.next_offset = job.offset + 1
        try:
            alert = orjson.loads(job.value)
        except orjson.JSONDecodeError:
            return  # the alert topic holds only our JSON; nothing to deliver
        wanted = [endpoint for endpoint in self.endpoints if endpoint.wants.accepts(alert)]
        filtered = len(self.endpoints) - len(wanted)
        if filtered:
            self.metrics.webhook_deliveries.labels(outcome="filtered").inc(filtered)
        if not wanted:
            return
        progress.pending[job.offset] = len(wanted)
        full = Job(job.partition, job.offset, job.key, job.value, alert)
        for endpoint in wanted:
            await self.queues[endpoint.name].put(full)

    async def _commit(self, consumer: Any) -> None:
        """Commit what every endpoint is done with, in the partitions this worker still has. Another worker
        joining or leaving moves partitions at any time: a partition gone elsewhere is its new owner's to
        commit (it resumes from our last commit: a repeat at worst), and a commit that meets a rebalance
        is made again next time. Either used to crash the worker (IllegalStateError, CommitFailedError)."""
        assigned = consumer.assignment()
        offsets = {}
        for partition, progress in self.progress.items():
            tp = TopicPartition(self.settings.topic_alerts, partition)
            offset = progress.committable()
            if offset is not None and tp in assigned:
                offsets[tp] = OffsetAndMetadata(offset, "")
        if not offsets:
            return
        try:
            await consumer.commit(offsets)
        except (CommitFailedError, IllegalStateError) as exc:
            logger.info("Webhook delivery: commit put off by a rebalance (%s)", type(exc).__name__)

    async def _endpoint_worker(self, endpoint: Endpoint, http: SafeHttp, producer: Any) -> None:
        queue = self.queues[endpoint.name]
        while True:
            job = await queue.get()
            try:
                await self._deliver(endpoint, job, http, producer)
            except Exception:  # a bug must not stop the endpoint's deliveries
                logger.exception("Webhook %s: delivery of %s failed unexpectedly", endpoint.name, job.offset)
            finally:
                progress = self.progress[job.partition]
                left = progress.pending.get(job.offset, 1) - 1
                if left <= 0:
                    progress.pending.pop(job.offset, None)
                else:
                    progress.pending[job.offset] = left

    async def _deliver(self, endpoint: Endpoint, job: Job, http: SafeHttp, producer: Any) -> None:
        body = body_for(job.alert, endpoint.format, self.names)
        secret = self.secrets.get(endpoint.name)
        attempts = 1 + self.settings.webhook_retries
        outcome, status, detail = "connection_error", None, ""
        for attempt in range(1, attempts + 1):
            headers = {
                "Content-Type": "application/json",
                "X-Newswatch-Alert-Id": str(job.alert.get("alert_id", "")),
                "X-Newswatch-Alert-Version": str(job.alert.get("version", "")),
            }
            if secret:
                headers.update(sign(body, secret, int(time.time())))
            started = time.perf_counter()
            retry_after: float | None = None
            try:
                response = await http.request(
                    "POST", endpoint.url, headers=headers, content=body, retry_statuses=frozenset()
                )
                status = response.status
                if 200 <= response.status < 300:
                    self.metrics.webhook_deliveries.labels(outcome="delivered").inc()
                    return
                outcome, detail = f"http_{response.status}", f"HTTP {response.status}"
                retry_after = SafeHttp.retry_after(response.headers)
                retryable = response.status in RETRY_STATUSES
            except FetchError as exc:
                outcome, retryable = exc.outcome, exc.outcome in ("timeout", "connection_error")
                detail = str(exc) if "://" not in str(exc) else ""  # why, never an address (it may hold a token)
            finally:
                self.metrics.webhook_duration.observe(time.perf_counter() - started)
            if not retryable or attempt == attempts:
                break
            self.metrics.webhook_deliveries.labels(outcome="retried").inc()
            await http.sleep(max(retry_after or 0.0, http.backoff_delay(attempt)))
        self.metrics.webhook_deliveries.labels(outcome="failed").inc()
        logger.warning(
            "Webhook %s: alert %s v%s not delivered after %d attempt(s): %s%s",
            endpoint.name,
            job.alert.get("alert_id"),
            job.alert.get("version"),
            attempt,
            outcome,
            f" ({detail})" if detail else "",
        )
        record = deadletter_record(
            stage="deliver",
            reason="delivery_failed",
            error=f"webhook {endpoint.name}: {outcome}" + (f" ({detail})" if detail else ""),
            topic=self.settings.topic_alerts,
            partition=job.partition,
            offset=job.offset,
            key=job.key,
            value=job.value,
            max_bytes=self.settings.max_message_bytes,
            failed_at=datetime.now(UTC),
            details={"endpoint": endpoint.name, "outcome": outcome, "status": status, "attempts": attempt},
        )
        await producer.send_and_wait(self.settings.topic_deadletters, orjson.dumps(record), key=job.key)
        self.metrics.deadletters.labels(stage="deliver", reason="delivery_failed").inc()


def register_delivery(runtime: Runtime, endpoints: tuple[Endpoint, ...]) -> None:
    """Run webhook delivery in this worker, as a task of the runtime's app (started once it is ready)."""

    @runtime.app.task
    async def deliver_webhooks() -> None:
        watchlist = runtime.watchlist.gazetteer.watchlist
        names = {
            "countries": {country.code: country.name for country in watchlist.countries},
            "events": {event.id: event.name for event in watchlist.events},
        }
        await Delivery(runtime.settings, endpoints, runtime.metrics, names).run(asyncio.Event())
