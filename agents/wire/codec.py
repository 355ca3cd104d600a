"""The JSON every wire record is written in, and the error every decoder raises.

Decoding validates at the edge and raises :class:`WireError` with a short ``reason`` (the dead-letter
reason and metrics label) and a sentence a user can act on. Times are ISO 8601 in UTC with a ``Z``;
dates are ISO 8601 days.
"""

from __future__ import annotations

import email.utils
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import Any, Final

import orjson

from pipeline.cleaning.encoding import decode_bytes


class WireError(ValueError):
    """A message newswatch cannot read; ``reason`` is one of the dead-letter reasons."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


_BOM: Final = b"\xef\xbb\xbf"  # the UTF-8 byte order mark, which orjson refuses


def loads(data: bytes | str | None, max_bytes: int | None = None) -> Any:
    """Parse JSON bytes, repairing text that is not UTF-8; raises WireError(bad_json | too_large)."""
    if data is None:  # a record with no value: a Kafka tombstone (a producer "deleting" its key)
        raise WireError("bad_json", "the message has no value (a tombstone), not a JSON document")
    if isinstance(data, bytes) and data.startswith(_BOM):  # Windows editors and .NET writers start with one
        data = data[len(_BOM) :]
    elif isinstance(data, str) and data.startswith("\ufeff"):
        data = data[1:]
    if max_bytes is not None and len(data) > max_bytes:
        raise WireError("too_large", f"message of {len(data)} bytes exceeds the limit of {max_bytes} bytes")
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        if isinstance(data, bytes) and _not_utf8(data):
            try:
                return orjson.loads(decode_bytes(data))
            except orjson.JSONDecodeError:
                pass
        raise WireError("bad_json", f"not valid JSON: {exc}") from None


def _not_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def dumps(value: Any) -> bytes:
    return orjson.dumps(value, default=_default)


def _default(value: Any) -> Any:
    if isinstance(value, MappingProxyType):
        return dict(value)
    raise TypeError(f"cannot encode {type(value).__name__}")


def parse_published(value: str) -> datetime:
    """ISO 8601 date or datetime (or RFC 2822, as feeds write it) -> an aware datetime (UTC if none given)."""
    text = value.strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        try:
            parsed_date = date.fromisoformat(text)
            parsed = datetime(parsed_date.year, parsed_date.month, parsed_date.day)
        except ValueError:
            try:
                parsed = email.utils.parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                parsed = None
    if parsed is None:
        raise ValueError(value)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def time_to_json(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def time_from_json(value: Any) -> datetime | None:
    return parse_published(value) if value else None


def required_time(value: Any) -> datetime:
    parsed = time_from_json(value)
    if parsed is None:
        raise ValueError("a timestamp is missing")
    return parsed


def date_to_json(value: date | None) -> str | None:
    return value.isoformat() if value else None


def date_from_json(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def json_type(value: Any) -> str:
    """How a JSON value is named in an error message ("an object", "a string", ...)."""
    return {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
    }.get(type(value), "null")
