"""The dead letter: a message a stage could not process, kept on the dead-letter topic with why.

A JSON object holding the stage, a reason (agents/runtime/labels.py, also the metrics label), the
error type and message, where the message came from (topic, partition, offset), and its original key
and bytes (base64; cut at the size limit, with the full size and SHA-256, so the dead-letter topic
never holds giant records).
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime
from typing import Any

from agents.runtime.labels import DEADLETTER_REASONS
from agents.wire.codec import time_to_json


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
    failed_at: datetime,
    details: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The dead-letter JSON object for one failed message."""
    if reason not in DEADLETTER_REASONS:
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
        "failed_at": time_to_json(failed_at),
    }
    if details:
        record["details"] = details
    return record


def original_bytes(record: dict[str, Any]) -> tuple[bytes | None, bytes]:
    """The original key and value of a dead letter (the value may be cut: see ``truncated``)."""
    key = base64.b64decode(record["key"]) if record.get("key") else None
    return key, base64.b64decode(record.get("value") or "")


def replayable(record: dict[str, Any]) -> bool:
    """Whether the dead letter can be sent back where it came from: it holds the whole message, and it
    did not come from the alert topic (that topic is the merge table's changelog: an old version written
    to it again would be what a restarted worker restores)."""
    return not record.get("truncated") and record.get("stage") != "deliver" and bool(record.get("topic"))
