"""The one frame every stage agent runs in: decode -> call the pipeline -> count -> send, or dead-letter.

An agent reads one topic and runs one or more pipeline stages on each message before it sends: an
article is cleaned and tagged in one agent, since nothing needs it partitioned otherwise (only a
topic an agent must read from, for its table's partitioning, is a hop). It is a :class:`Stage`: the
agent's name, the topic it reads, and a ``handle`` function from one event to the messages it sends.
``handle`` decodes the event with agents/wire and runs each pipeline stage inside ``stage.step(name)``,
which counts the article and its time under that stage's name (``newswatch_articles_total{stage}``)
and names the stage a failure is dead-lettered from; it returns :class:`Send` items. The frame runs
``handle`` under the per-message time limit, sends what it yielded, and turns any exception into a
dead letter naming the stage it came from, so one bad message never stops the stream; what ``handle``
yielded before the failure is still sent. An event is acked only once what it made is sent (never by
faust on a stop in mid-event), then yielded, which is what ``agent.test_context()`` waits for in tests.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from mode.utils.logging import CompositeLogger

from agents.runtime.app import Runtime
from agents.runtime.limits import StageTimeoutError, time_limit


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


class LevelCheckedLog(CompositeLogger):
    """mode's logger of a service (a faust agent's ``agent.log``), which builds its prefix only for a level its
    logger writes. faust logs each value an agent yields at debug level, one per event here, and mode builds the
    prefix (the agent's label) before the logger drops the record: 9 µs per event, 1.3 µs with the check
    (timeit); py-spy ``--gil`` found ~1% of a worker's samples there."""

    def log(self, severity: int, message: str, *args: Any, **kwargs: Any) -> None:
        if self.logger.isEnabledFor(severity):
            kwargs.setdefault("stacklevel", 3)  # the caller of ``debug``/``info``, as mode reports it
            super().log(severity, message, *args, **kwargs)


class Stage:
    """One agent on the runtime's app: ``Stage(runtime, "travel", topics.tagged, handle).install()``.

    ``handle`` wraps each pipeline stage it runs in :meth:`step`; a failure outside any step is the
    agent's first stage's (``steps[0]``, by default the agent's name).
    """

    def __init__(
        self, runtime: Runtime, name: str, source: Any, handle: Handle, *, steps: tuple[str, ...] = ()
    ) -> None:
        self.runtime = runtime
        self.name = name
        self.source = source
        self.handle = handle
        self.steps = steps or (name,)
        self._current = self.steps[0]
        metrics = runtime.metrics
        # Label lookups once, not per message.
        self._counters = {
            step: (metrics.articles.labels(stage=step), metrics.stage_duration.labels(stage=step))
            for step in self.steps
        }

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        """Run one pipeline stage of the message in hand: a failure inside is this stage's, and when it
        ends well the article is counted, with its time, under ``name``."""
        articles, duration = self._counters[name]
        self._current = name
        started = time.perf_counter()
        yield
        duration.observe(time.perf_counter() - started)
        articles.inc()

    def install(self) -> Any:
        """Register the agent on the app; returns it (tests drive it with ``test_context()``)."""

        async def run(stream: Any) -> AsyncIterator[Done]:
            async for done in self.process(stream):
                yield done

        agent: Any = self.runtime.app.agent(self.source, name=self.name)(run)  # a faust Agent, a mode Service
        agent.log = LevelCheckedLog(agent.log.logger, formatter=agent.log.formatter)
        return agent

    async def process(self, stream: Any) -> AsyncIterator[Done]:
        limit = self.runtime.settings.stage_timeout_seconds
        # Acked by hand once its messages are sent: faust acks the event in hand when the agent is cancelled
        # (a worker stopping), and its offset is then committed though its messages were never sent.
        stream = stream.noack()
        async for event in stream.events():
            self._current = self.steps[0]
            sends: list[Send] = []
            error: BaseException | None = None
            try:
                with time_limit(limit):
                    for send in self.handle(event):
                        sends.append(send)
            except (Exception, StageTimeoutError) as exc:  # a verdict, never a stopped stream
                error = exc
            # What the stages before a failure made is sent (a clean article whose tagging failed is
            # still on the clean topic); the failure is dead-lettered after it.
            for send in sends:
                await send.topic.send(key=send.key, value=send.value)
            if error is not None:
                await self.runtime.dead_letters.send(event, stage=self._current, error=error)
            await stream.ack(event)
            yield Done(event, tuple(sends), error)


def arrived_at(message: dict[str, Any], event: Any) -> datetime:
    """When the article reached newswatch: its raw message's Kafka timestamp (seconds), carried in the
    trace from stage to stage, else this message's own."""
    stamp = (message.get("trace") or {}).get("raw_ts") or event.message.timestamp
    return datetime.fromtimestamp(float(stamp), UTC)
