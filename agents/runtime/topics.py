"""What newswatch keeps on Kafka: its topics and its tables' changelogs, with their configuration.

Every process that writes or reads creates what is missing before it starts (faust's own topic
creation is not relied on: the topics and the tables' changelogs exist with the right partitions and
policies before any agent runs). ``newswatch topics`` does the same by hand. Topic names come from
the settings (one per role); the faust app declares them in agents/runtime/app.py.
"""

from __future__ import annotations

import logging
from typing import Final

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from agents.runtime.settings import Settings

logger = logging.getLogger(__name__)

REPEATS_TABLE: Final = "repeats"  # agents/stages/travel.py: what the repeat check remembers
TRIP_INDEX_TABLE: Final = "trip-index"  # agents/stages/merge.py: the alerts open per leader and country
ALERTS_TABLE: Final = "alerts"  # agents/stages/merge.py: each alert's latest version; changelog: the alert topic


def topic_configs(settings: Settings) -> dict[str, dict[str, str]]:
    """Topic name -> Kafka topic configuration, for every topic created up front."""
    week = str(7 * 24 * 3600 * 1000)
    month = str(30 * 24 * 3600 * 1000)
    largest = str(settings.largest_record_bytes)
    return {
        settings.topic_raw: {"retention.ms": week, "max.message.bytes": largest},
        settings.topic_clean: {"retention.ms": week, "max.message.bytes": largest},
        settings.topic_tagged: {"retention.ms": week, "max.message.bytes": largest},
        settings.topic_trips: {"retention.ms": month},
        # The alert topic is also the changelog of the merge stage's alert table (stages/merge.py): what
        # subscribers read is what a restarted worker restores. Alerts older than this are forgotten.
        settings.topic_alerts: {"retention.ms": str(180 * 24 * 3600 * 1000)},
        settings.topic_deadletters: {"retention.ms": month, "max.message.bytes": largest},
        settings.topic_seen: {"cleanup.policy": "compact"},
        # Changelogs of the tables (faust names them <app id>-<table>-changelog).
        changelog(settings, REPEATS_TABLE): {
            "cleanup.policy": "compact,delete",
            "retention.ms": str(int(settings.dedup_window_hours * 3600 * 1000) + 24 * 3600 * 1000),
        },
        changelog(settings, TRIP_INDEX_TABLE): {"cleanup.policy": "compact"},
    }


def changelog(settings: Settings, table: str) -> str:
    """The changelog topic faust names for ``table``."""
    return f"{settings.app_id}-{table}-changelog"


async def create_topics(settings: Settings) -> list[str]:
    """Create every newswatch topic that does not exist yet; returns the names it created."""
    admin = AIOKafkaAdminClient(**settings.kafka_client_options())
    try:
        await admin.start()  # inside: a client that fails to start is still closed
        existing = set(await admin.list_topics())
        wanted = [
            NewTopic(name, settings.topic_partitions, settings.topic_replication, topic_configs=config)
            for name, config in topic_configs(settings).items()
            if name not in existing
        ]
        if not wanted:
            return []
        response = await admin.create_topics(wanted)
        created = []
        for name, code, *_ in response.topic_errors:
            if code == 0:
                created.append(name)
            elif code != TopicAlreadyExistsError.errno:
                raise RuntimeError(f"Kafka refused to create topic {name!r} (error code {code}).")
        logger.info("Created topics %s", ", ".join(created))
        return created
    finally:
        await admin.close()
