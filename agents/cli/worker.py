"""``newswatch worker``: create the topics, then run the faust app with every stage agent, until Ctrl-C.
``newswatch topics``: create the topics only.

With ``NEWSWATCH_WEBHOOKS_FILE`` set the worker also delivers alerts to the webhooks
(agents/edges/deliver.py); the file and the secrets it names are checked before anything starts.
"""

from __future__ import annotations

import asyncio
import gc

import click
import faust
import mode.loop
from prometheus_client import REGISTRY

from agents.cli.common import friendly_errors, settings_from_env
from agents.edges.deliver import register_delivery, secrets_for
from agents.runtime.app import build_runtime
from agents.runtime.metrics import Metrics, serve_metrics
from agents.runtime.observe import register_observers
from agents.runtime.settings import Settings, make_data_folder
from agents.runtime.topics import create_topics
from agents.runtime.watchlist import WatchedWatchlist
from agents.stages import install_stages, warm_up
from pipeline.delivery.webhooks import load_webhooks


def run_worker(settings: Settings) -> None:
    """Run a worker until SIGINT/SIGTERM. Every local configuration (webhooks and their secrets, the data
    folder, the watchlist) is checked before Kafka is contacted, so a bad file is reported at once even
    with the broker down; then the topics are created, with their configured partitions."""
    endpoints = load_webhooks(settings.webhooks_file) if settings.webhooks_file else ()
    secrets_for(endpoints, settings)
    make_data_folder(settings.data_dir / "faust")
    metrics = Metrics(REGISTRY)
    watchlist = WatchedWatchlist(settings.watchlist, metrics)
    asyncio.run(create_topics(settings))
    mode.loop.use("uvloop")  # the event loop in C: less time per message in the framework
    runtime = build_runtime(settings, metrics, watchlist)
    install_stages(runtime)
    warm_up(runtime)
    # What is loaded by now (watchlist, names, rules: ~400,000 objects) lives as long as the process. Out
    # of the collector's sight, a full collection no longer walks it: a pause of ~290 ms that messages
    # waited behind becomes under 1 ms (docs/operations.md).
    gc.collect()
    gc.freeze()
    register_observers(runtime)
    if endpoints:
        register_delivery(runtime, endpoints)
    serve_metrics(metrics, settings.metrics_host, settings.metrics_port)
    faust.Worker(runtime.app, loglevel=settings.log_level, quiet=True).execute_from_commandline()


@click.command()
@friendly_errors
def worker() -> None:
    """Run a worker: the articles (clean, tag), travel and merge agents, until Ctrl-C."""
    run_worker(settings_from_env())


@click.command()
@friendly_errors
def topics() -> None:
    """Create every newswatch topic that does not exist yet (with the configured partitions)."""
    created = asyncio.run(create_topics(settings_from_env()))
    click.echo(f"Created {len(created)} topics" + (f": {', '.join(created)}" if created else ""))
