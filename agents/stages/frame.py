"""The one frame every stage agent runs in: decode -> call the pipeline -> count -> send, or dead-letter.

A stage is a :class:`Stage`: its name (the metrics and dead-letter label), the topic it reads, and a
``handle`` function from one event to the messages it sends. ``handle`` decodes the event with
agents/wire, calls the pipeline inside :meth:`Stage.limit` (the per-message time limit), counts what
is particular to the stage, and returns :class:`Send` items; the frame sends them, counts the article
and its time, and turns any exception into a dead letter, so one bad message never stops the stream.
Every event is yielded once it is done, which is what ``agent.test_context()`` waits for in tests.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from agents.runtime.app import Runtime
from agents.runtime.limits import time_limit


@dataclass(frozen=True, slots=True)
class Send:
    """A message for ``topic`` (a faust topic of the runtime)."""

    topic: Any
    key: bytes | None
    value: bytes


@dataclass(frozen=True, slots=True)
class Done:
    """What became of one event: the messages sent for it, or the error that dead-lettered it."""

    event: Any
    sent: tuple[Send, ...] = ()
    error: BaseException | None = None


Handle = Callable[[Any], Iterable[Send]]


class Stage:
    """One stage agent on the runtime's app: ``Stage(runtime, "tag", topics.clean, handle).install()``.

    ``counted`` False: the stage's messages are not articles (the merge stage's routing step), so they
    are not counted in ``newswatch_articles_total``.
    """

    def __init__(self, runtime: Runtime, name: str, source: Any, handle: Handle, *, counted: bool = True) -> None:
        self.runtime = runtime
        self.name = name
        self.source = source
        self.handle = handle
        self.counted = counted

    def limit(self) -> AbstractContextManager[None]:
        """The time limit on one message's pipeline call (``NEWSWATCH_STAGE_TIMEOUT_SECONDS``)."""
        return time_limit(self.runtime.settings.stage_timeout_seconds)

    def install(self, agent_name: str | None = None) -> Any:
        """Register the stage's agent on the app; returns the agent (tests drive it with ``test_context()``)."""

        async def run(stream: Any) -> AsyncIterator[Done]:
            async for done in self.process(stream):
                yield done

        return self.runtime.app.agent(self.source, name=agent_name or self.name)(run)

    async def process(self, stream: Any) -> AsyncIterator[Done]:
        metrics = self.runtime.metrics
        async for event in stream.events():
            started = time.perf_counter()
            try:
                sends = tuple(self.handle(event))
            except Exception as exc:  # a verdict, never a stopped stream
                await self.runtime.dead_letters.send(event, stage=self.name, error=exc)
                yield Done(event, error=exc)
                continue
            for send in sends:
                await send.topic.send(key=send.key, value=send.value)
            if self.counted:
                metrics.stage_duration.labels(stage=self.name).observe(time.perf_counter() - started)
                metrics.articles.labels(stage=self.name).inc()
            yield Done(event, sends)


def arrived_at(message: dict[str, Any], event: Any) -> datetime:
    """When the article reached newswatch: its raw message's Kafka timestamp (seconds), carried in the
    trace from stage to stage, else this message's own."""
    stamp = (message.get("trace") or {}).get("raw_ts") or event.message.timestamp
    return datetime.fromtimestamp(float(stamp), UTC)
