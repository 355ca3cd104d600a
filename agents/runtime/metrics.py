"""Every Prometheus metric of newswatch, in one place, built against a replaceable registry.

Names follow the Prometheus guide: ``newswatch_<noun>_<unit>``, counters end in ``_total``, durations
are ``_seconds`` histograms. Labels come from small fixed sets (agents/runtime/labels.py) and are
pre-created, so a dashboard shows zeros rather than gaps. A process builds one ``Metrics(REGISTRY)``
and hands it to what counts; tests build ``Metrics(CollectorRegistry())``.
"""

from __future__ import annotations

import errno
import logging
import platform
from importlib.metadata import PackageNotFoundError, version
from typing import Final

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server

from agents.runtime.labels import (
    CONSUMED_TOPICS,
    DEADLETTER_REASONS,
    DEADLETTER_STAGES,
    DELIVERY_OUTCOMES,
    DUPLICATE_KINDS,
    FETCH_OUTCOMES,
    ITEM_OUTCOMES,
    PIPELINE_STAGES,
    TRIP_STATUSES,
    WATCHLIST_OUTCOMES,
)
from agents.runtime.settings import SettingsError

logger = logging.getLogger(__name__)

# Seconds: article stages take ~1 ms on text and tens of ms on HTML; end to end adds Kafka hops.
STAGE_BUCKETS: Final = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
LATENCY_BUCKETS: Final = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0)
HTTP_BUCKETS: Final = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "unknown"


class Metrics:
    """The metrics of one process."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry
        self.articles = Counter(
            "newswatch_articles_total", "Articles that passed a pipeline stage.", ["stage"], registry=registry
        )
        self.stage_duration = Histogram(
            "newswatch_stage_duration_seconds",
            "Time a stage spent on one message.",
            ["stage"],
            buckets=STAGE_BUCKETS,
            registry=registry,
        )
        self.end_to_end = Histogram(
            "newswatch_end_to_end_latency_seconds",
            "From an article's arrival on the raw topic to its alert on the alert topic.",
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.duplicates = Counter(
            "newswatch_duplicates_total",
            "Articles dropped as repeats of one already seen.",
            ["kind"],
            registry=registry,
        )
        self.dedup_keys = Gauge(
            "newswatch_dedup_keys",
            "Near-duplicate keys the repeat check of this worker remembers (dropped once past the window).",
            registry=registry,
        )
        self.trips = Counter(
            "newswatch_trips_total", "Trips detected in articles, by status.", ["status"], registry=registry
        )
        self.alerts = Counter(
            "newswatch_alerts_total", "Alert versions published, by status.", ["status"], registry=registry
        )
        self.alerts_by_leader_country = Counter(
            "newswatch_alerts_by_leader_country_total",
            "Alert versions published, by the travelling leader's country (ISO 3166-1 alpha-2).",
            ["country"],
            registry=registry,
        )
        self.deadletters = Counter(
            "newswatch_deadletters_total",
            "Messages sent to the dead-letter topic.",
            ["stage", "reason"],
            registry=registry,
        )
        self.feed_fetches = Counter(
            "newswatch_feed_fetches_total", "Feed fetches, by outcome.", ["outcome"], registry=registry
        )
        self.feed_items = Counter(
            "newswatch_feed_items_total",
            "Feed items, by what the ingester did with them.",
            ["outcome"],
            registry=registry,
        )
        self.fetch_duration = Histogram(
            "newswatch_fetch_duration_seconds",
            "Time of one feed or page request.",
            buckets=HTTP_BUCKETS,
            registry=registry,
        )
        self.webhook_deliveries = Counter(
            "newswatch_webhook_deliveries_total",
            "Webhook delivery attempts, by outcome.",
            ["outcome"],
            registry=registry,
        )
        self.webhook_duration = Histogram(
            "newswatch_webhook_duration_seconds",
            "Time of one webhook request.",
            buckets=HTTP_BUCKETS,
            registry=registry,
        )
        self.consumer_lag = Gauge(
            "newswatch_consumer_lag_messages",
            "Messages on a topic not yet processed by this worker's assigned partitions.",
            ["topic"],
            registry=registry,
        )
        self.rebalances = Counter(
            "newswatch_rebalances_total", "Consumer group rebalances this worker took part in.", registry=registry
        )
        self.watchlist_reloads = Counter(
            "newswatch_watchlist_reloads_total",
            "Watchlist (re)loads by the workers, by outcome.",
            ["outcome"],
            registry=registry,
        )
        self.watchlist_leaders = Gauge(
            "newswatch_watchlist_leaders", "Leaders on the watchlist in use.", registry=registry
        )
        self.build_info = Gauge(
            "newswatch_build_info",
            "Always 1; the labels say which versions run.",
            ["version", "faust", "aiokafka", "python"],
            registry=registry,
        )
        self._precreate()

    def _precreate(self) -> None:
        for stage in PIPELINE_STAGES:
            self.articles.labels(stage=stage)
            self.stage_duration.labels(stage=stage)
        for kind in DUPLICATE_KINDS:
            self.duplicates.labels(kind=kind)
        for status in TRIP_STATUSES:
            self.trips.labels(status=status)
            self.alerts.labels(status=status)
        for stage in DEADLETTER_STAGES:
            for reason in DEADLETTER_REASONS:
                self.deadletters.labels(stage=stage, reason=reason)
        for outcome in FETCH_OUTCOMES:
            self.feed_fetches.labels(outcome=outcome)
        for outcome in ITEM_OUTCOMES:
            self.feed_items.labels(outcome=outcome)
        for outcome in DELIVERY_OUTCOMES:
            self.webhook_deliveries.labels(outcome=outcome)
        for role in CONSUMED_TOPICS:
            self.consumer_lag.labels(topic=role)
        for outcome in WATCHLIST_OUTCOMES:
            self.watchlist_reloads.labels(outcome=outcome)
        self.build_info.labels(
            version=_version("newswatch"),
            faust=_version("faust-streaming"),
            aiokafka=_version("aiokafka"),
            python=platform.python_version(),
        ).set(1)


def serve_metrics(metrics: Metrics, host: str, port: int) -> int:
    """Serve ``/metrics`` on ``host:port`` in a background thread; returns the port (useful with port 0).
    Raises :class:`SettingsError` naming the settings when the address cannot be served (a second worker
    on one host, most often)."""
    try:
        server, _thread = start_http_server(port, addr=host, registry=metrics.registry)
    except OSError as exc:
        hint = ""
        if exc.errno == errno.EADDRINUSE:
            hint = "; a second worker or ingester on one host needs its own NEWSWATCH_METRICS_PORT (0 picks a free one)"
        raise SettingsError(
            f"cannot serve /metrics on {host}:{port} (NEWSWATCH_METRICS_HOST, NEWSWATCH_METRICS_PORT): "
            f"{exc.strerror or exc}{hint}."
        ) from None
    bound = int(server.server_address[1])
    logger.info("Serving metrics on http://%s:%d/metrics", host, bound)
    return bound
