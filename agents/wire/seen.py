"""The articles the repeat check remembers under one near-duplicate key, packed for the travel stage's
``repeats`` table (kept in memory for the whole window, so packed rather than JSON)."""

from __future__ import annotations

import struct
from datetime import UTC, datetime
from typing import Final

from agents.wire.codec import WireError
from pipeline.cleaning.duplicates import Seen

# One remembered article in the travel stage's table, packed (it is kept in memory for the whole window):
# arrival time, signature and facts lengths, then the 32-bit signature and facts, and three
# length-prefixed texts.
_SEEN_HEAD: Final = struct.Struct(">dHH")
_SEEN_VERSION: Final = 2


def seen_to_bytes(seen: tuple[Seen, ...]) -> bytes:
    """The articles remembered under one near-duplicate key, as kept in the travel stage's table."""
    parts = [bytes([_SEEN_VERSION])]
    for item in seen:
        parts.append(_SEEN_HEAD.pack(item.seen_at.timestamp(), len(item.signature), len(item.facts)))
        parts.append(struct.pack(f">{len(item.signature) + len(item.facts)}I", *item.signature, *item.facts))
        for text in (item.article_id, item.fingerprint, item.origin):
            encoded = text.encode()
            parts.append(struct.pack(">I", len(encoded)) + encoded)
    return b"".join(parts)


def seen_from_bytes(value: bytes) -> tuple[Seen, ...]:
    try:
        if value[:1] != bytes([_SEEN_VERSION]):
            raise ValueError(f"unknown format {value[:1]!r}")
        seen: list[Seen] = []
        offset = 1
        while offset < len(value):
            at, size, told = _SEEN_HEAD.unpack_from(value, offset)
            offset += _SEEN_HEAD.size
            numbers = struct.unpack_from(f">{size + told}I", value, offset)
            offset += 4 * (size + told)
            texts: list[str] = []
            for _ in range(3):
                (length,) = struct.unpack_from(">I", value, offset)
                texts.append(value[offset + 4 : offset + 4 + length].decode())
                offset += 4 + length
            if offset > len(value):
                raise ValueError("truncated")
            seen.append(
                Seen(texts[0], texts[1], numbers[:size], numbers[size:], datetime.fromtimestamp(at, UTC), texts[2])
            )
        return tuple(seen)
    except (struct.error, ValueError) as exc:
        raise WireError("schema", f"not a duplicates entry: {type(exc).__name__}: {exc}") from None
