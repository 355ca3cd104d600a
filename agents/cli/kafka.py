"""``newswatch kafka start|stop|status|fetch``: the local single-node broker (agents/cli/localkafka.py)."""

from __future__ import annotations

import asyncio
import sys

import click

from agents.cli.common import UserError, friendly_errors, settings_from_env
from agents.cli.localkafka import LocalKafka, answers_metadata, local_port
from agents.runtime.settings import Settings
from agents.runtime.topics import create_topics


@click.group()
def kafka() -> None:
    """Manage the local single-node Kafka broker (127.0.0.1, KRaft)."""


def local_broker(settings: Settings) -> LocalKafka:
    """The local broker the settings point at; a UserError when they point elsewhere."""
    port = local_port(settings.kafka_bootstrap)
    if port is None:
        raise UserError(
            f"NEWSWATCH_KAFKA_BOOTSTRAP is {settings.kafka_bootstrap}, not a broker on this machine: the "
            "local broker commands manage only 127.0.0.1:<port>."
        )
    return LocalKafka(port=port, data_dir=settings.data_dir, home=settings.kafka_home, heap_mb=settings.kafka_heap_mb)


@kafka.command("start")
@friendly_errors
def kafka_start() -> None:
    """Start the local broker (does nothing if it runs already) and print its address."""
    settings = settings_from_env()
    broker = local_broker(settings)
    was_running = broker.status().running
    status = broker.start()
    asyncio.run(create_topics(settings))
    state = "already running" if was_running else "started"
    click.echo(f"Kafka {state} at {status.bootstrap} (pid {status.pid}, log {status.log_file})")


@kafka.command("stop")
@friendly_errors
def kafka_stop() -> None:
    """Stop the local broker cleanly."""
    broker = local_broker(settings_from_env())
    if broker.stop():
        click.echo(f"Kafka at {broker.bootstrap} stopped")
    elif answers_metadata(broker.bootstrap):
        raise UserError(f"Kafka at {broker.bootstrap} runs, {_someone_elses(broker)}: stop it from there")
    else:
        click.echo(f"Kafka at {broker.bootstrap} was not running")


def _someone_elses(broker: LocalKafka) -> str:
    return f"not started from {broker.root.parent} (another checkout or NEWSWATCH_DATA_DIR started it)"


@kafka.command("status")
@friendly_errors
def kafka_status() -> None:
    """Say whether a broker runs at the local address; exit status 0 if one does, 1 if not."""
    broker = local_broker(settings_from_env())
    status = broker.status()
    if status.running:
        click.echo(f"Kafka running at {status.bootstrap} (pid {status.pid})")
    elif answers_metadata(broker.bootstrap):  # newswatch's commands will use it all the same
        click.echo(f"Kafka running at {status.bootstrap}, {_someone_elses(broker)}")
    else:
        click.echo(f"Kafka stopped ({status.bootstrap})")
        sys.exit(1)


@kafka.command("fetch")
@friendly_errors
def kafka_fetch() -> None:
    """Fetch the broker jars from Maven Central (done by `start` when needed)."""
    broker = local_broker(settings_from_env())
    broker.fetch()
    click.echo(f"Kafka jars ready in {broker.libs}")
