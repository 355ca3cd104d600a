"""``newswatch worker``: create the topics, then run the faust app with every stage agent."""

from __future__ import annotations

import asyncio
import logging

from agents.settings import Settings, use_settings

logger = logging.getLogger(__name__)


def run_worker(settings: Settings) -> None:
    """Run a worker until SIGINT/SIGTERM. Topics are created first, with their configured partitions."""
    use_settings(settings)
    from agents.topics import create_topics

    asyncio.run(create_topics(settings))
    (settings.data_dir / "faust").mkdir(parents=True, exist_ok=True)

    import faust

    from agents import clean, merge, tag, travel  # noqa: F401  (registers the stage agents)
    from agents.app import app

    worker = faust.Worker(app, loglevel=settings.log_level, quiet=True)
    worker.execute_from_commandline()
