"""Failover: how long after a worker is killed (SIGKILL) newswatch processes news again.

    python -m bench.failover [--trials N]

On a local broker of its own, for each setting below, N trials of two scenarios:

* **alone**: the only worker is killed and a new one started at once (as a supervisor restarts it);
* **one of two**: one of two workers is killed; the other must take its partitions over.

Right after the kill, one announcement is published to each of the raw topic's partitions (so that some
land on the killed worker's share). The figure is the time from the kill to the last of their alerts
on the alert topic: processing again, everywhere. Each trial also checks that no alert version came
out twice and that every announcement was alerted. The baseline, measured in the same run, is faust's
default session timeout (60 s), which issue 17 found at 57-63 s.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.partitioner import murmur2

from agents.cli.localkafka import LocalKafka, free_port
from agents.edges.topic_reader import partitions_of
from agents.runtime.settings import Settings, load_settings
from agents.runtime.topics import create_topics
from bench.report import header, table
from tests.briefs import BRIEF_COUNTRIES, PRESIDENTS, brief


@dataclass(frozen=True, slots=True)
class Variant:
    name: str
    environment: dict[str, str]


VARIANTS = (
    Variant("baseline: faust's 60 s session timeout", {"NEWSWATCH_KAFKA_SESSION_TIMEOUT_SECONDS": "60"}),
    Variant("newswatch defaults: 8 s session, 1 s heartbeat", {}),
)


class Worker:
    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.log = log
        with open(log, "ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "agents.cli", "worker"],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def ready(self) -> bool:
        return "Worker ready" in self.log.read_text(errors="replace")

    def kill(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.kill()


def wait(condition: object, what: str, within: float = 300.0) -> None:
    deadline = time.monotonic() + within
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit(f"bench.failover: {what} did not happen within {within:g} s")
        time.sleep(0.1)


def environment(broker: LocalKafka, workdir: Path, extra: dict[str, str]) -> dict[str, str]:
    run = uuid.uuid4().hex[:8]
    env = {key: value for key, value in os.environ.items() if not key.startswith("NEWSWATCH_")}
    env.update(
        {
            "NEWSWATCH_KAFKA_BOOTSTRAP": broker.bootstrap,
            "NEWSWATCH_APP_ID": f"failover-{run}",
            "NEWSWATCH_DATA_DIR": str(workdir / run),
            "NEWSWATCH_METRICS_PORT": "0",
            "NEWSWATCH_LOG_LEVEL": "info",
            **{
                f"NEWSWATCH_TOPIC_{role.upper()}": f"failover-{run}.{role}"
                for role in ("raw", "clean", "tagged", "trips", "alerts", "deadletters", "seen")
            },
            **extra,
        }
    )
    return env


def announcements(settings: Settings, batch: int) -> list[tuple[bytes, bytes]]:
    """One brief per raw partition (keys chosen so), none announced before in this run."""
    messages: list[tuple[bytes, bytes]] = []
    pairs = [(leader, country) for leader in PRESIDENTS for country, _code in BRIEF_COUNTRIES]
    covered: set[int] = set()
    for number, (leader, country) in enumerate(pairs[batch * 40 :]):
        key = f"b{batch}-{number}".encode()
        partition = _partition(key, settings.topic_partitions)
        if partition in covered:
            continue
        covered.add(partition)
        value = {"id": key.decode(), "published": "2024-10-01", "text": brief(leader, country)}
        messages.append((key, orjson.dumps(value)))
        if len(covered) == settings.topic_partitions:
            break
    return messages


def _partition(key: bytes, partitions: int) -> int:
    # The default partitioner of Kafka clients: murmur2 of the key, positive, modulo the partitions.
    return int(murmur2(key) & 0x7FFFFFFF) % partitions


async def _publish(settings: Settings, messages: list[tuple[bytes, bytes]]) -> None:
    producer = AIOKafkaProducer(**settings.kafka_client_options(), linger_ms=0)
    await producer.start()
    try:
        for key, value in messages:
            await producer.send(settings.topic_raw, value=value, key=key)
        await producer.flush()
    finally:
        await producer.stop()


async def _alerts_for(settings: Settings, ids: set[str]) -> tuple[float, list[dict[str, object]]]:
    """Wait until an alert sourced from each of ``ids`` is on the alert topic; returns when the last
    arrived (monotonic) and every alert read."""
    consumer = AIOKafkaConsumer(**settings.kafka_client_options(), enable_auto_commit=False)
    await consumer.start()
    try:
        numbers = await partitions_of(settings, settings.topic_alerts)
        assigned = [TopicPartition(settings.topic_alerts, number) for number in numbers]
        consumer.assign(assigned)
        await consumer.seek_to_beginning(*assigned)
        waiting, seen, last = set(ids), [], time.monotonic()
        deadline = time.monotonic() + 300
        while waiting and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=50)
            for records in batch.values():
                for record in records:
                    alert = orjson.loads(record.value)
                    seen.append(alert)
                    for source in alert["sources"]:
                        if source["article_id"] in waiting:
                            waiting.discard(source["article_id"])
                            last = time.monotonic()
        if waiting:
            raise SystemExit(f"bench.failover: no alert for {sorted(waiting)} within 300 s")
        return last, seen
    finally:
        await consumer.stop()


def trial(broker: LocalKafka, workdir: Path, variant: Variant, scenario: str) -> float:
    env = environment(broker, workdir, variant.environment)
    settings = load_settings(env)
    asyncio.run(create_topics(settings))
    count = 1 if scenario == "alone" else 2

    workers = [Worker(env, workdir / f"{env['NEWSWATCH_APP_ID']}-{n}.log") for n in range(count)]
    try:
        wait(lambda: all(worker.ready() for worker in workers), "workers ready")
        warm = announcements(settings, 0)
        asyncio.run(_publish(settings, warm))
        asyncio.run(_alerts_for(settings, {key.decode() for key, _ in warm}))  # every partition owned, warm
        fresh = announcements(settings, 1)
        killed_at = time.monotonic()
        workers[0].kill()
        if scenario == "alone":
            workers[0] = Worker(env, workdir / f"{env['NEWSWATCH_APP_ID']}-0-again.log")
        asyncio.run(_publish(settings, fresh))
        last, seen = asyncio.run(_alerts_for(settings, {key.decode() for key, _ in fresh}))
        versions = Counter((alert["alert_id"], alert["version"]) for alert in seen)
        doubled = [key for key, times in versions.items() if times > 1]
        if doubled:
            raise SystemExit(f"bench.failover: alert versions published twice: {doubled}")
        return last - killed_at
    finally:
        for worker in workers:
            worker.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=3, help="Trials of each scenario and setting.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newswatch-failover-") as folder:
        workdir = Path(folder)
        broker = LocalKafka(port=free_port(), data_dir=workdir / "kafka", heap_mb=768)
        broker.start(timeout=180)
        try:
            rows = []
            for variant in VARIANTS:
                trials = 1 if variant is VARIANTS[0] else args.trials
                for scenario in ("alone", "one of two"):
                    figures = [trial(broker, workdir, variant, scenario) for _ in range(trials)]
                    rows.append(
                        (
                            variant.name,
                            scenario,
                            trials,
                            f"{statistics.median(figures):.1f}",
                            f"{max(figures):.1f}",
                        )
                    )
                    print(rows[-1], file=sys.stderr)
        finally:
            broker.stop()
    print(header("Failover after SIGKILL", f"python -m bench.failover --trials {args.trials}", ("faust-streaming",)))
    print(
        table(
            ("setting", "killed", "trials", "kill -> processing again, median (s)", "worst (s)"),
            rows,
        )
    )


if __name__ == "__main__":
    main()
