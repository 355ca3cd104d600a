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
import time
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
        for article in articles:  # one by one, as a wire would: the alerts' versions follow the news
            await producer.send_and_wait(settings.topic_raw, orjson.dumps(article), key=str(article["id"]).encode())
            await asyncio.sleep(0.3)
    finally:
        await producer.stop()


async def _follow_alerts(settings: Settings, stop: asyncio.Event) -> None:
    from agents.subscribers import AlertFormatter
    from agents.topic_reader import read_topic
    from pipeline.tagging import load_watchlist

    formatter = AlertFormatter(load_watchlist([settings.watchlist] if settings.watchlist else []))
    async for _key, value, _stamp in read_topic(settings, settings.topic_alerts, from_beginning=True, follow=True):
        click.echo("alert " + "\n      ".join(formatter.lines(orjson.loads(value))))
        if stop.is_set():
            return


async def _follow_deadletters(settings: Settings, stop: asyncio.Event) -> None:
    from agents.deadletters import describe
    from agents.topic_reader import read_topic

    async for _key, value, _stamp in read_topic(
        settings, settings.topic_deadletters, from_beginning=False, follow=True
    ):
        click.echo("dead  " + describe(orjson.loads(value)))
        if stop.is_set():
            return


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
    if not _wait_ready(worker, worker_log):
        _terminate(worker)
        if started_broker is not None:
            started_broker.stop()
        raise click.ClickException(f"the worker did not start; see {worker_log}")

    stop = asyncio.Event()

    async def main() -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        followers = [
            asyncio.create_task(_follow_alerts(settings, stop)),
            asyncio.create_task(_follow_deadletters(settings, stop)),
        ]
        await asyncio.sleep(1.0)
        articles = demo_articles()
        click.echo(f"Publishing {len(articles)} demo articles to {settings.topic_raw}; alerts appear below.")
        await _publish(settings, articles)
        click.echo("All published. Watching for alerts; press Ctrl-C to stop.")
        await stop.wait()
        for follower in followers:
            follower.cancel()
        await asyncio.gather(*followers, return_exceptions=True)

    try:
        asyncio.run(main())
    finally:
        click.echo("Stopping ...")
        _terminate(worker)
        if started_broker is not None:
            started_broker.stop()
        click.echo("Stopped.")


def _wait_ready(worker: subprocess.Popen[bytes], log_file: Path, timeout: float = 120.0) -> bool:
    """Wait until the worker has its partitions (faust logs "Worker ready"), so the demo's order holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and worker.poll() is None:
        if "Worker ready" in log_file.read_text(errors="replace"):
            return True
        time.sleep(0.3)
    return False


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
