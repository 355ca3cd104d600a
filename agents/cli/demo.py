"""``newswatch demo`` (what ``make run`` runs): the whole service on the local broker, until Ctrl-C.

Starts the local broker (unless one answers already) and a worker, serves a news feed on 127.0.0.1
made from the demo's articles (agents/cli/demo_data/, written for newswatch), and runs the feed ingester
on it: every few seconds the feed shows two more items, as a live wire would. What comes out at the
end, the alerts and any dead letters, is printed as it appears. Ctrl-C stops everything it started.
Nothing leaves the machine.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from ipaddress import ip_network
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import click
import orjson
from aiokafka import AIOKafkaProducer
from prometheus_client import CollectorRegistry

from agents.cli.alerts import AlertFormatter
from agents.cli.common import client_settings, friendly_errors
from agents.cli.deadletters import describe
from agents.cli.localkafka import LocalKafka, answers_metadata, local_port
from agents.edges.fetch import SafeHttp
from agents.edges.ingest import Ingester
from agents.edges.topic_reader import read_topic
from agents.runtime.metrics import Metrics
from agents.runtime.settings import Settings, make_data_folder
from agents.runtime.topics import create_topics
from agents.wire.codec import parse_published
from pipeline.ingest.feedlist import FeedSource
from pipeline.tagging import load_watchlist

logger = logging.getLogger(__name__)

POLL_SECONDS = 3.0
ITEMS_PER_POLL = 2
# The feeds' port, the same on every run: an article's id is made from its URL, port included, so feeds on
# another port made the same stories new articles, and a demo run after the repeat window added each one
# to its old alert as a second source. Any free port serves when this one is taken.
FEED_PORT = 8719
# One feed per language, as the wires are: the Kremlin's and Beijing's news breaks in their own language.
FEEDS = {"en": "Demo Wire", "ru": "Демо-лента", "zh": "演示通讯社"}


def demo_articles() -> list[dict[str, Any]]:
    """The demo's articles, in the order the wire runs them (written for newswatch; see demo_data/)."""
    text = resources.files("agents.cli").joinpath("demo_data/articles.jsonl").read_text(encoding="utf-8")
    articles = [orjson.loads(line) for line in text.splitlines() if line.strip()]
    return sorted(articles, key=lambda article: str(article["published"]))


class DemoFeed:
    """RSS feeds on 127.0.0.1, one per language (``url_for``), that show the first ``visible`` of the demo
    articles in their language (newest first), and the articles' pages."""

    def __init__(self, articles: list[dict[str, Any]]) -> None:
        self.articles = articles
        self.visible = 0
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                body, kind = feed.respond(self.path)
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        try:
            self.server = ThreadingHTTPServer(("127.0.0.1", FEED_PORT), Handler)
        except OSError:
            self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def languages(self) -> list[str]:
        return [language for language in FEEDS if any(a["language"] == language for a in self.articles)]

    def url_for(self, language: str) -> str:
        return f"{self.base}/wire-{language}.xml"

    def page_url(self, article: dict[str, Any]) -> str:
        return f"{self.base}/story/{article['id']}"

    def respond(self, path: str) -> tuple[bytes, str]:
        for language in FEEDS:
            if path == f"/wire-{language}.xml":
                return self.rss(language), "application/rss+xml; charset=utf-8"
        for article in self.articles[: self.visible]:
            if path == f"/story/{article['id']}":
                return self.page(article).encode(), "text/html; charset=utf-8"
        return b"", "text/plain"

    def page(self, article: dict[str, Any]) -> str:
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in str(article["text"]).split("\n\n"))
        title = html.escape(str(article["title"]))
        return (
            f"<html><head><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
        )

    def rss(self, language: str) -> bytes:
        items = []
        for article in reversed(self.articles[: self.visible]):
            if article["language"] != language:
                continue
            paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in str(article["text"]).split("\n\n"))
            published = format_datetime(parse_published(str(article["published"])))
            items.append(
                f"<item><title>{escape(str(article['title']))}</title><link>{escape(self.page_url(article))}</link>"
                f'<guid isPermaLink="false">urn:newswatch-demo:{escape(str(article["id"]))}</guid>'
                f"<pubDate>{published}</pubDate><content:encoded><![CDATA[{paragraphs}]]></content:encoded></item>"
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{escape(FEEDS[language])}</title>'
            f"<link>{escape(self.url_for(language))}</link><language>{language}</language>"
            f"<description>newswatch demo feed</description>{''.join(items)}"
            "</channel></rss>"
        ).encode()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


async def _ingest(settings: Settings, feed: DemoFeed, stop: asyncio.Event) -> None:
    """Poll the demo feeds as ``newswatch ingest`` would, revealing two more items before each round."""
    logging.getLogger("agents.edges.ingest").setLevel(logging.WARNING)  # the demo prints its own line per poll
    local = replace(settings, fetch_allowed_networks=(ip_network("127.0.0.0/8"),), fetch_per_host_delay_seconds=0)
    producer = AIOKafkaProducer(**settings.kafka_client_options(), acks="all", enable_idempotence=True)
    http = SafeHttp(local)
    try:
        await producer.start()  # inside: a client that fails to start is still closed
        sources = tuple(
            FeedSource(FEEDS[language], feed.url_for(language), language=language, interval=POLL_SECONDS)
            for language in feed.languages
        )
        ingester = Ingester(local, sources, http, producer, Metrics(CollectorRegistry()))
        await ingester.start()
        while feed.visible < len(feed.articles) and not stop.is_set():
            feed.visible = min(len(feed.articles), feed.visible + ITEMS_PER_POLL)
            for source in sources:
                result = await ingester.poll(source)
                if result.published:
                    click.echo(
                        f"feed  {source.name} ({source.language}): {result.published} new item(s) published"
                        f" to {settings.topic_raw}"
                    )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=POLL_SECONDS)
        # A scraper of someone else's sends a broken message: it is kept, with why, and the stream goes on.
        await producer.send_and_wait(settings.topic_raw, b'{"id": "from-a-broken-scraper", "text": 42}')
    finally:
        await http.aclose()
        await producer.stop()


async def _follow_alerts(settings: Settings, stop: asyncio.Event) -> None:
    formatter = AlertFormatter(load_watchlist([settings.watchlist] if settings.watchlist else []))
    async for _key, value, _stamp in read_topic(settings, settings.topic_alerts, from_beginning=True, follow=True):
        click.echo("alert " + "\n      ".join(formatter.lines(orjson.loads(value))))
        if stop.is_set():
            return


async def _follow_deadletters(settings: Settings, stop: asyncio.Event) -> None:
    async for _key, value, _stamp in read_topic(
        settings, settings.topic_deadletters, from_beginning=False, follow=True
    ):
        click.echo("dead  " + describe(orjson.loads(value)))
        if stop.is_set():
            return


@click.command()
@friendly_errors
def demo() -> None:
    """The one-command demo (`make run`): local broker, worker and demo input, output until Ctrl-C."""
    run_demo(client_settings())


def run_demo(settings: Settings) -> None:
    started_broker: LocalKafka | None = None
    port = local_port(settings.kafka_bootstrap)
    if port is not None:
        broker = LocalKafka(
            port=port, data_dir=settings.data_dir, home=settings.kafka_home, heap_mb=settings.kafka_heap_mb
        )
        if broker.status().running or answers_metadata(broker.bootstrap):
            click.echo(f"Using the Kafka broker at {broker.bootstrap}.")
        else:
            click.echo(f"Starting the local Kafka broker at {broker.bootstrap} ...")
            broker.start()
            started_broker = broker
    asyncio.run(create_topics(settings))

    log_dir = make_data_folder(settings.data_dir / "demo")
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
        feed = DemoFeed(demo_articles())
        urls = ", ".join(feed.url_for(language) for language in feed.languages)
        click.echo(f"Serving the demo feeds at {urls}; ingesting them. Alerts appear below; Ctrl-C stops.")
        try:
            await _ingest(settings, feed, stop)
            if not stop.is_set():
                click.echo("The feed has nothing more. Still watching for alerts; press Ctrl-C to stop.")
            await stop.wait()
        finally:
            feed.close()
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


def _wait_ready(worker: subprocess.Popen[bytes], log_file: Path, silence: float = 120.0) -> bool:
    """Wait until the worker has its partitions (faust logs "Worker ready"), so the demo's order holds;
    give up if it exits or its log stays the same for ``silence`` seconds (a loaded machine is slow, not
    stuck)."""
    size, last_change = -1, time.monotonic()
    while worker.poll() is None and time.monotonic() - last_change < silence:
        log = log_file.read_text(errors="replace")
        if "Worker ready" in log:
            return True
        if len(log) != size:
            size, last_change = len(log), time.monotonic()
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
