"""``newswatch demo`` (what ``make run`` runs): the whole service on the local broker, until Ctrl-C.

Starts the local broker (unless one answers already), a worker process, and the demo input, then prints
what comes out at the end of the pipeline as it appears. Ctrl-C stops everything it started.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import subprocess
import sys
from importlib import resources
from pathlib import Path

import click
import orjson

from agents.settings import Settings

logger = logging.getLogger(__name__)


def demo_articles() -> list[dict[str, object]]:
    """The demo's input articles (written for newswatch; see agents/demo_data/)."""
    text = resources.files("agents").joinpath("demo_data/articles.jsonl").read_text(encoding="utf-8")
    return [orjson.loads(line) for line in text.splitlines() if line.strip()]


async def _publish(settings: Settings, articles: list[dict[str, object]]) -> None:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(**settings.kafka_client_options())
    await producer.start()
    try:
        for article in articles:
            await producer.send(settings.topic_raw, orjson.dumps(article), key=str(article["id"]).encode())
        await producer.flush()
    finally:
        await producer.stop()


async def _follow(settings: Settings, stop: asyncio.Event) -> None:
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(settings.topic_tagged, **settings.kafka_client_options(), auto_offset_reset="latest")
    await consumer.start()
    try:
        while not stop.is_set():
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                for record in records:
                    value = orjson.loads(record.value)
                    actors = ", ".join(actor["name"] for actor in value.get("actors", ()))
                    click.echo(f"out  {record.topic}: {value.get('title', '')} [{actors}]")
    finally:
        await consumer.stop()


def run_demo(settings: Settings) -> None:
    from agents.localkafka import LocalKafka, local_port
    from agents.topics import create_topics

    started_broker: LocalKafka | None = None
    port = local_port(settings.kafka_bootstrap)
    if port is not None:
        broker = LocalKafka(
            port=port, data_dir=settings.data_dir, home=settings.kafka_home, heap_mb=settings.kafka_heap_mb
        )
        if not broker.status().running:
            click.echo(f"Starting the local Kafka broker at {broker.bootstrap} ...")
            broker.start()
            started_broker = broker
    asyncio.run(create_topics(settings))

    log_dir = settings.data_dir / "demo"
    log_dir.mkdir(parents=True, exist_ok=True)
    worker_log = log_dir / "worker.log"
    click.echo(f"Starting a worker (log: {worker_log}) ...")
    worker = _spawn([sys.executable, "-m", "agents.cli", "worker"], worker_log)

    stop = asyncio.Event()

    async def main() -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        follower = asyncio.create_task(_follow(settings, stop))
        await asyncio.sleep(1.0)
        articles = demo_articles()
        await _publish(settings, articles)
        click.echo(f"in   {settings.topic_raw}: {len(articles)} demo articles published")
        click.echo("Watching for output; press Ctrl-C to stop.")
        await stop.wait()
        await follower

    try:
        asyncio.run(main())
    finally:
        click.echo("Stopping ...")
        _terminate(worker)
        if started_broker is not None:
            started_broker.stop()
        click.echo("Stopped.")


def _spawn(command: list[str], log_file: Path) -> subprocess.Popen[bytes]:
    with open(log_file, "ab") as log:
        return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def _terminate(process: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            process.wait()
