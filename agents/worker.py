"""``newswatch worker``: create the topics, then run the faust app with every stage agent.

With ``NEWSWATCH_WEBHOOKS_FILE`` set the worker also delivers alerts to the webhooks (agents/deliver.py);
the file and the secrets it names are checked before anything starts.
"""

from __future__ import annotations

import asyncio
import logging

from agents.settings import Settings, use_settings

logger = logging.getLogger(__name__)


def run_worker(settings: Settings) -> None:
    """Run a worker until SIGINT/SIGTERM. Topics are created first, with their configured partitions."""
    use_settings(settings)
    from agents.deliver import register_delivery, secrets_for
    from agents.kafka_admin import create_topics
    from pipeline.delivery.webhooks import load_webhooks

    endpoints = load_webhooks(settings.webhooks_file) if settings.webhooks_file else ()
    secrets_for(endpoints, settings)
    asyncio.run(create_topics(settings))
    (settings.data_dir / "faust").mkdir(parents=True, exist_ok=True)

    import faust
    import mode.loop

    mode.loop.use("uvloop")  # the event loop in C: less time per message in the framework
    from agents import clean, merge, tag, travel  # noqa: F401  (registers the stage agents)
    from agents.app import app
    from agents.metrics import serve_metrics
    from agents.observe import register_observers

    serve_metrics(settings.metrics_host, settings.metrics_port)
    register_observers(app, settings)
    if endpoints:
        register_delivery(app, settings, endpoints)
    worker = faust.Worker(app, loglevel=settings.log_level, quiet=True)
    worker.execute_from_commandline()
