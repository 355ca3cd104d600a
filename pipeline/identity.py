"""Article identity: a stable id from the article's normalised URL, else from its content.

The same story fetched as ``http://www.example.org/a/?utm_source=x#top`` and
``https://example.org/a`` gets one id, so a re-sent or re-scraped article is recognised downstream.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit, urlunsplit


def normalize_url(url: str) -> str:
    """The URL with tracking parameters, fragment, ``www.``, default port and trailing slash removed.

    Usage: ``normalize_url("HTTPS://www.Example.org/a/?utm_source=x&b=2&a=1#top")`` ->
    ``"https://example.org/a?a=1&b=2"``. Tracking-parameter removal and query sorting are courlan's.
    """
    from courlan import normalize_url as courlan_normalize

    try:
        cleaned = courlan_normalize(url.strip())
    except (ValueError, AttributeError):
        cleaned = url.strip()
    parts = urlsplit(cleaned)
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), host, path, parts.query, ""))


def derive_article_id(url: str | None, content: str) -> str:
    """``a-`` and 20 hex digits: from the normalised URL (scheme aside) when there is one, else the content."""
    if url and url.strip():
        normalised = normalize_url(url)
        key = "url:" + normalised.split("://", 1)[-1]
    else:
        key = "content:" + " ".join(content.split())
    return "a-" + hashlib.blake2b(key.encode(), digest_size=10).hexdigest()
