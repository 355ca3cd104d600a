"""The Kafka topics and tables of the faust app, declared once (created up front by agents/kafka_admin.py).

Keys are bytes and values are JSON bytes that the agents decode themselves, so a malformed message
reaches our code (and the dead-letter topic) instead of failing inside faust's deserialiser.
"""

from __future__ import annotations

from typing import Any

import faust

from agents.app import app, settings


def table(name: str, **options: Any) -> Any:
    """A table of bytes keys and values (JSON we encode ourselves), partitioned like the topics.

    faust derives the changelog's serializers from ``key_type``/``value_type`` (bytes: raw); with a
    schema alone, recovery would decode the changelog as JSON.
    """
    return app.Table(
        name, default=None, key_type=bytes, value_type=bytes, partitions=settings.topic_partitions, **options
    )


def _topic(name: str, **options: Any) -> faust.TopicT:
    return app.topic(
        name,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=settings.topic_partitions,
        **options,
    )


raw_articles = _topic(settings.topic_raw)
clean_articles = _topic(settings.topic_clean)
tagged_articles = _topic(settings.topic_tagged)
trips = _topic(settings.topic_trips)
routed_trips = _topic(settings.topic_routed)
alerts = _topic(settings.topic_alerts)
deadletters = _topic(settings.topic_deadletters)
