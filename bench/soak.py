"""A soak run: the whole service at a steady rate for a long time, watched minute by minute.

    python -m bench.soak [--minutes M] [--rate R]

On a local broker of its own: a news feed served on 127.0.0.1 that gains items every few seconds,
polled by ``newswatch ingest``; a "scraper" publishing raw articles at R per second (5% announcing a
trip); one worker delivering alerts to a webhook receiver on 127.0.0.1. Every minute it prints the
articles processed, the consumer lag, the worker's resident memory and the webhook deliveries. The
worker's memory at the end must stay within 10% of its memory after the first minute.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaProducer

from agents.runtime.settings import load_settings
from agents.runtime.topics import create_topics
from bench.corpus import text_articles
from bench.e2e import Stack, announcement_articles, scrape
from bench.report import header, table, write_section


class Receiver:
    """A webhook receiver on 127.0.0.1 that counts what it gets."""

    def __init__(self) -> None:
        self.count = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                receiver.count += 1
                self.send_response(204)
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


class GrowingFeed:
    """An RSS feed on 127.0.0.1 that shows ``per_minute`` new items a minute (the latest 50)."""

    def __init__(self, per_minute: int) -> None:
        self.started = time.monotonic()
        self.per_minute = per_minute
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                body = feed.rss()
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/rss"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def rss(self) -> bytes:
        shown = int((time.monotonic() - self.started) / 60 * self.per_minute)
        items = "".join(
            f"<item><guid>urn:soak:{n}</guid><link>https://soak.example/{n}</link><title>Soak item {n}</title>"
            f"<pubDate>{datetime.now(UTC).strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
            f"<description>Item {n}: the council met about water and farming; {n % 97} members voted, "
            f"and the {n}th budget line was approved after {n % 13} hours of debate.</description></item>"
            for n in range(max(0, shown - 50), shown)
        )
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Soak</title>{items}</channel></rss>').encode()


def rss_mb(pid: int) -> float:
    try:
        match = re.search(r"VmRSS:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text())
    except OSError:
        return 0.0
    return int(match.group(1)) / 1024 if match else 0.0


async def scraper(bootstrap: str, topic: str, rate: float, seconds: float) -> int:
    """Publish at ``rate`` per second for ``seconds``: the corpus's articles, 5% of them announcements."""
    total = int(rate * seconds)
    announcements = announcement_articles(max(1, total // 20))
    ordinary = text_articles(total, seed=99, travel_share=0.0)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5, max_request_size=16 * 1024 * 1024)
    await producer.start()
    sent = 0
    try:
        started = time.monotonic()
        for number in range(total):
            delay = started + number / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            article = announcements.pop() if number % 20 == 0 and announcements else ordinary[number]
            article = dict(article, id=f"soak-{number}")
            await producer.send(topic, orjson.dumps(article), key=str(article["id"]).encode())
            sent += 1
        await producer.flush()
    finally:
        await producer.stop()
    return sent


def run(minutes: int, rate: float) -> str:
    rows: list[list[str]] = []
    with tempfile.TemporaryDirectory(prefix="newswatch-soak-") as tmp, Stack(Path(tmp)) as stack:
        receiver, feed = Receiver(), GrowingFeed(per_minute=120)
        hooks = Path(tmp) / "webhooks.yaml"
        hooks.write_text(f'webhooks:\n  - {{name: soak, url: "{receiver.url}"}}\n')
        feeds = Path(tmp) / "feeds.yaml"
        feeds.write_text(f"feeds:\n  - {{name: Soak Wire, url: '{feed.url}', interval: 10}}\n")
        local = {"NEWSWATCH_FETCH_ALLOWED_NETWORKS": "127.0.0.0/8", "NEWSWATCH_FETCH_PER_HOST_DELAY_SECONDS": "0"}
        env = stack.environment("soak", **local, NEWSWATCH_WEBHOOKS_FILE=str(hooks))
        asyncio.run(create_topics(load_settings(env)))
        [port] = stack.start_workers(env, 1)
        worker_pid = stack.workers[0].pid
        ingester = subprocess.Popen(
            [sys.executable, "-m", "agents.cli", "ingest", "--feeds", str(feeds)],
            env=env | {"NEWSWATCH_METRICS_PORT": "0"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        seconds = minutes * 60
        publisher = threading.Thread(
            target=lambda: asyncio.run(scraper(stack.broker.bootstrap, env["NEWSWATCH_TOPIC_RAW"], rate, seconds)),
            daemon=True,
        )
        publisher.start()
        started = time.monotonic()
        previous = 0.0
        try:
            for minute in range(1, minutes + 1):
                time.sleep(max(0.0, started + minute * 60 - time.monotonic()))
                values = scrape(port) or {}
                done = values.get('newswatch_articles_total{stage="clean"}', 0.0)
                lag = sum(v for k, v in values.items() if k.startswith("newswatch_consumer_lag_messages"))
                delivered = values.get('newswatch_webhook_deliveries_total{outcome="delivered"}', 0.0)
                keys = values.get("newswatch_dedup_keys", 0.0)
                row = [
                    str(minute),
                    f"{(done - previous) / 60:.1f}",
                    f"{lag:.0f}",
                    f"{rss_mb(worker_pid):.0f}",
                    f"{keys:.0f}",
                    f"{delivered:.0f}",
                    str(receiver.count),
                ]
                previous = done
                rows.append(row)
                print("  ".join(row), flush=True)
        finally:
            ingester.terminate()
            ingester.wait(30)
            publisher.join(timeout=30)
    first, last = float(rows[0][3]), float(rows[-1][3])
    growth = (last - first) / first if first else 0.0
    verdict = "within" if abs(growth) <= 0.10 else "NOT within"
    return (
        header(
            "Soak: the whole service at a steady rate",
            f"python -m bench.soak --minutes {minutes} --rate {rate:g}",
            ["faust-streaming", "aiokafka", "httpx"],
        )
        + f"\nA scraper publishing {rate:g} articles/s (5% announcing a trip), a feed gaining 2 items a second polled "
        "every 10 s by `newswatch ingest`, one worker delivering alerts to a webhook receiver, on a local broker.\n\n"
        + table(
            [
                "minute",
                "articles cleaned/s",
                "consumer lag",
                "worker RSS (MB)",
                "repeat-check keys",
                "webhooks delivered",
                "receiver got",
            ],
            rows,
        )
        + f"\n\nWorker memory after the first minute {first:.0f} MB, at the end {last:.0f} MB: {growth:+.1%}, "
        f"**{verdict} 10%**.\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=int, default=15)
    parser.add_argument("--rate", type=float, default=30)
    args = parser.parse_args()
    section = run(args.minutes, args.rate)
    print(section)
    write_section("soak", section)


if __name__ == "__main__":
    main()
