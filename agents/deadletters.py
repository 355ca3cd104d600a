"""Dead letters: a message a stage cannot process is kept, with why, and the stream moves on.

A dead letter is a JSON object on the dead-letter topic holding the stage, a reason from
:data:`REASONS` (also the metrics label), the error type and message, where the message came from
(topic, partition, offset), and its original key and bytes (base64; cut at the size limit, with the
full size and SHA-256, so the dead-letter topic never holds giant records). ``newswatch deadletters``
lists them and ``--replay`` sends them back to the raw topic.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from datetime import UTC, datetime
from typing import Any, Final

logger = logging.getLogger(__name__)

REASONS: Final = (
    "bad_json",  # not JSON (or not text)
    "schema",  # JSON, but not the shape the stage reads
    "too_large",  # over NEWSWATCH_MAX_MESSAGE_BYTES
    "empty_body",  # no story left after cleaning
    "no_content",  # neither html nor text
    "stage_error",  # the stage raised: a bug or hostile input; the error type says which
    "timeout",  # the stage took longer than its limit on this message
    "delivery_failed",  # a webhook endpoint did not accept the alert after all retries
)
STAGES: Final = ("clean", "tag", "travel", "merge", "deliver")


def deadletter_record(
    *,
    stage: str,
    reason: str,
    error: BaseException | str,
    topic: str | None,
    partition: int | None,
    offset: int | None,
    key: bytes | None,
    value: bytes | None,
    max_bytes: int,
    failed_at: datetime | None = None,
    details: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The dead-letter JSON object for one failed message."""
    if reason not in REASONS:
        raise ValueError(f"unknown dead-letter reason {reason!r}")
    value = value or b""
    kept = value[:max_bytes]
    record: dict[str, Any] = {
        "stage": stage,
        "reason": reason,
        "error_type": error if isinstance(error, str) else type(error).__name__,
        "error": str(error)[:2000],
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "key": base64.b64encode(key).decode() if key is not None else None,
        "value": base64.b64encode(kept).decode(),
        "value_bytes": len(value),
        "value_sha256": hashlib.sha256(value).hexdigest(),
        "truncated": len(kept) < len(value),
        "failed_at": (failed_at or datetime.now(UTC)).isoformat().replace("+00:00", "Z"),
    }
    if details:
        record["details"] = details
    return record


def original_bytes(record: dict[str, Any]) -> tuple[bytes | None, bytes]:
    """The original key and value of a dead letter (the value may be cut: see ``truncated``)."""
    key = base64.b64decode(record["key"]) if record.get("key") else None
    return key, base64.b64decode(record.get("value") or "")


def reason_for(error: BaseException | str) -> str:
    """The dead-letter reason of a stage's failure: the error's own (WireError, CleaningError), ``timeout``
    for a stage over its time limit, else ``stage_error`` (a bug, or input nobody foresaw)."""
    from agents.limits import StageTimeoutError

    reason = getattr(error, "reason", None)
    if isinstance(reason, str) and reason in REASONS:
        return reason
    return "timeout" if isinstance(error, StageTimeoutError) else "stage_error"


async def dead_letter(
    event: Any,
    *,
    stage: str,
    error: BaseException | str,
    reason: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Send ``event``'s message to the dead-letter topic and count it; the caller moves on.

    Usage, in an agent: ``except Exception as exc: await dead_letter(event, stage="tag", error=exc)``.
    """
    reason = reason or reason_for(error)
    from agents.metrics import get_metrics
    from agents.settings import current_settings
    from agents.topics import deadletters
    from agents.wire import dumps

    message = event.message
    record = deadletter_record(
        stage=stage,
        reason=reason,
        error=error,
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        key=message.key if isinstance(message.key, bytes) else None,
        value=message.value if isinstance(message.value, bytes) else None,
        max_bytes=current_settings().max_message_bytes,
        details=details,
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
    await deadletters.send(key=message.key if isinstance(message.key, bytes) else None, value=dumps(record))
    get_metrics().deadletters.labels(stage=stage, reason=reason).inc()


def describe(record: dict[str, Any]) -> str:
    """One dead letter as a line for people."""
    origin = f"{record.get('topic')}[{record.get('partition')}]@{record.get('offset')}"
    size = f"{record.get('value_bytes', 0)} bytes" + (", cut" if record.get("truncated") else "")
    return (
        f"{str(record.get('failed_at', ''))[:19].replace('T', ' ')}  {record.get('stage')}/{record.get('reason')}  "
        f"{record.get('error_type')}: {str(record.get('error', ''))[:200]}  ({origin}, {size})"
    )


def replayable(record: dict[str, Any]) -> bool:
    """Whether the dead letter can be sent back where it came from: it holds the whole message, and it
    did not come from the alert topic (that topic is the merge table's changelog: an old version written
    to it again would be what a restarted worker restores)."""
    return not record.get("truncated") and record.get("stage") != "deliver" and bool(record.get("topic"))
