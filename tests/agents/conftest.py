"""The agents tier: each stage agent driven through faust's ``agent.test_context()``, with memory stores.

A test gets a :class:`Harness`: a runtime built from its own settings (the app, topics and tables as a
worker builds them), a fresh metrics registry, and every topic's ``send`` replaced by a recorder, so
what an agent sends, dead letters included, is read back without a broker.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import orjson
import pytest
from prometheus_client import CollectorRegistry

from agents.runtime.app import Runtime, build_runtime
from agents.runtime.metrics import Metrics
from agents.runtime.settings import load_settings
from agents.runtime.watchlist import WatchedWatchlist
from agents.stages import Agents, install_stages, warm_up
from pipeline.tagging import Gazetteer, load_watchlist


@dataclass
class Sent:
    """What the agents sent, per topic name: (key, value) in order."""

    by_topic: dict[str, list[tuple[bytes | None, bytes]]] = field(default_factory=lambda: defaultdict(list))

    def json(self, topic: Any) -> list[tuple[bytes | None, Any]]:
        return [(key, orjson.loads(value)) for key, value in self.by_topic[topic.get_topic_name()]]


@dataclass
class Harness:
    runtime: Runtime
    agents: Agents
    sent: Sent

    def count(self, name: str, **labels: str) -> float:
        """A metric's value in this harness's registry."""
        value = self.runtime.metrics.registry.get_sample_value(name, labels)
        return 0.0 if value is None else value


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer(load_watchlist())


def make_harness(tmp_path: Path, gazetteer: Gazetteer, **environment: str) -> Harness:
    """A runtime of its own (app id, data folder, settings ``environment``) with the stage agents installed."""
    settings = load_settings(
        {"NEWSWATCH_APP_ID": f"agents-{uuid.uuid4().hex[:8]}", "NEWSWATCH_DATA_DIR": str(tmp_path), **environment}
    )
    metrics = Metrics(CollectorRegistry())
    runtime = build_runtime(settings, metrics, WatchedWatchlist(settings.watchlist, metrics, gazetteer))
    # As a worker does before its first message: what the pipeline loads on first use (seconds on a loaded
    # machine) is then not charged to the first test's stage time limit.
    warm_up(runtime)
    sent = Sent()
    for topic in fields(runtime.topics):
        _record_sends(getattr(runtime.topics, topic.name), sent)
    return Harness(runtime, install_stages(runtime), sent)


def _record_sends(topic: Any, sent: Sent) -> None:
    name = topic.get_topic_name()

    async def send(*, key: bytes | None = None, value: bytes, **_: Any) -> None:
        sent.by_topic[name].append((key, value))

    topic.send = send


@pytest.fixture
def harness(tmp_path: Path, gazetteer: Gazetteer) -> Harness:
    return make_harness(tmp_path, gazetteer)


@pytest.fixture
async def running(harness: Harness) -> AsyncIterator[Harness]:
    """The harness with every agent in its test context (``harness.agents.<stage>`` is the test wrapper)."""
    contexts = {agent.name: getattr(harness.agents, agent.name).test_context() for agent in fields(harness.agents)}
    wrappers = {}
    for name, context in contexts.items():
        wrappers[name] = await context.__aenter__()
    try:
        yield Harness(harness.runtime, Agents(**wrappers), harness.sent)
    finally:
        for context in contexts.values():
            await context.__aexit__(None, None, None)
