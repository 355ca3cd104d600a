"""Bytes to text, when what a page or message declares about its encoding may be wrong."""

from __future__ import annotations

import codecs


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data``: the declared encoding if the bytes fit it, else the detected one, else lossy UTF-8.

    Usage: ``decode_bytes(b"caf\\xe9", "utf-8")`` -> ``"café"`` (cp1252 bytes declared as UTF-8).
    """
    for encoding in (declared, "utf-8"):
        if not encoding:
            continue
        try:
            codecs.lookup(encoding)
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode("utf-8", errors="replace")
