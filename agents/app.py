"""The one faust application of newswatch, configured from the process settings.

Stage modules (``agents.clean``, ``agents.tag``, ...) register their agents on :data:`app`; topics are
declared in :mod:`agents.topics`. ``newswatch worker`` (see :mod:`agents.worker`) imports them and runs it.
"""

from __future__ import annotations

from typing import Any

import faust

from agents.settings import Settings, current_settings


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


def create_app(settings: Settings) -> faust.App:
    """Build the faust app for ``settings`` (agents are attached by the stage modules)."""
    return faust.App(
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
    )


settings = current_settings()
app = create_app(settings)
