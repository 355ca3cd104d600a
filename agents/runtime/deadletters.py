"""Dead letters: a message a stage cannot process is kept, with why, and the stream moves on.

The record itself is agents/wire/deadletter.py; :class:`DeadLetters` sends it and counts it.
``newswatch deadletters`` lists them and ``--replay`` sends them back where they came from.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from agents.runtime.labels import DEADLETTER_REASONS
from agents.runtime.limits import StageTimeoutError
from agents.runtime.metrics import Metrics
from agents.wire.codec import dumps
from agents.wire.deadletter import deadletter_record

logger = logging.getLogger(__name__)


def reason_for(error: BaseException | str) -> str:
    """The dead-letter reason of a stage's failure: the error's own (WireError, CleaningError), ``timeout``
    for a stage over its time limit, else ``stage_error`` (a bug, or input nobody foresaw)."""
    reason = getattr(error, "reason", None)
    if isinstance(reason, str) and reason in DEADLETTER_REASONS:
        return reason
    return "timeout" if isinstance(error, StageTimeoutError) else "stage_error"


class DeadLetters:
    """Sends failed messages to the dead-letter ``topic`` (a faust topic) and counts them."""

    def __init__(self, topic: Any, metrics: Metrics, max_bytes: int) -> None:
        self.topic = topic
        self.metrics = metrics
        self.max_bytes = max_bytes

    async def send(self, event: Any, *, stage: str, error: BaseException | str) -> None:
        """Send ``event``'s message to the dead-letter topic and count it; the caller moves on.

        Usage, in a stage: ``except Exception as exc: await dead_letters.send(event, stage="tag", error=exc)``.
        """
        reason = reason_for(error)
        message = event.message
        key = message.key if isinstance(message.key, bytes) else None
        record = deadletter_record(
            stage=stage,
            reason=reason,
            error=error,
            topic=message.topic,
            partition=message.partition,
            offset=message.offset,
            key=key,
            value=message.value if isinstance(message.value, bytes) else None,
            max_bytes=self.max_bytes,
            failed_at=datetime.now(UTC),
        )
        logger.warning(
            "Dead letter from %s: %s (%s) at %s[%s]@%s",
            stage,
            reason,
            record["error_type"],
            message.topic,
            message.partition,
            message.offset,
        )
        await self.topic.send(key=key, value=dumps(record))
        self.metrics.deadletters.labels(stage=stage, reason=reason).inc()
