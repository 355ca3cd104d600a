"""Integration fixtures: a real single-node Kafka broker for the whole session, and worker processes.

The broker is the same local broker `newswatch kafka start` runs, on a free port with its own data
folder, stopped at the end of the session. Each test gets its own app id and topic names, so tests
never see each other's messages.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.cli.localkafka import LocalKafka, free_port
from agents.runtime.settings import Settings, load_settings
from tests.integration.kafka_helpers import WorkerProcess


@pytest.fixture(scope="session")
def kafka_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalKafka]:
    broker = LocalKafka(port=free_port(), data_dir=tmp_path_factory.mktemp("kafka"), heap_mb=768)
    broker.start(timeout=120)
    try:
        yield broker
    finally:
        broker.stop()


@pytest.fixture
def newswatch_env(kafka_broker: LocalKafka, tmp_path: Path) -> dict[str, str]:
    """Environment for newswatch processes of one test: its own app id, topics and data folder."""
    run = uuid.uuid4().hex[:8]
    env = {key: value for key, value in os.environ.items() if not key.startswith("NEWSWATCH_")}
    env.update(
        {
            "NEWSWATCH_KAFKA_BOOTSTRAP": kafka_broker.bootstrap,
            "NEWSWATCH_APP_ID": f"nw-{run}",
            "NEWSWATCH_TOPIC_RAW": f"t-{run}.raw",
            "NEWSWATCH_TOPIC_CLEAN": f"t-{run}.clean",
            "NEWSWATCH_TOPIC_TAGGED": f"t-{run}.tagged",
            "NEWSWATCH_TOPIC_TRIPS": f"t-{run}.trips",
            "NEWSWATCH_TOPIC_ALERTS": f"t-{run}.alerts",
            "NEWSWATCH_TOPIC_DEADLETTERS": f"t-{run}.deadletters",
            "NEWSWATCH_TOPIC_SEEN": f"t-{run}.seen",
            "NEWSWATCH_DATA_DIR": str(tmp_path / "data"),
            "NEWSWATCH_METRICS_PORT": "0",
            "NEWSWATCH_LOG_LEVEL": "info",
        }
    )
    return env


@pytest.fixture
def settings(newswatch_env: dict[str, str]) -> Settings:
    return load_settings(newswatch_env)


@pytest.fixture
def start_worker(newswatch_env: dict[str, str], tmp_path: Path) -> Iterator[object]:
    """Start `newswatch worker` processes; all are stopped when the test ends."""
    workers: list[WorkerProcess] = []

    def start(extra_env: dict[str, str] | None = None, name: str | None = None) -> WorkerProcess:
        env = dict(newswatch_env)
        env.update(extra_env or {})
        worker = WorkerProcess(env, tmp_path / f"{name or f'worker-{len(workers)}'}.log", load_settings(env))
        worker.start()
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop()
