"""Feed documents (RSS, Atom) into items, and items into raw articles.

Parsing is feedparser's, always from bytes already fetched (given a string, feedparser would fetch it
itself) and with external entities off; a document declaring entities is refused before parsing, as
no feed needs them and they are how XML bombs start. A document that is not a feed (an HTML page, an
error page, garbage) is reported as such, never an exception. A feed that is not well-formed XML (cut
off mid-item, an unescaped ``&``) still gives the items feedparser could read, with the problem named,
so that the ingester can publish them and report the feed as malformed rather than ok.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pipeline.identity import normalize_url
from pipeline.ingest.feedlist import FeedSource

_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)


class NotAFeedError(ValueError):
    """The document is not an RSS or Atom feed (the message says what is wrong)."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    guid: str | None
    url: str | None
    title: str | None
    published: datetime | None
    html: str | None  # the item's content, or its summary when that is all there is
    has_full_content: bool  # the feed carries the article itself, not only a summary
    language: str | None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    items: list[FeedItem]
    malformed: str | None  # why the document is not well-formed, when it is not (its items may be partial)


def parse_feed(data: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """The items of the feed document ``data`` fetched from ``url``. Raises :class:`NotAFeedError`.

    Usage: ``parsed = parse_feed(body, url, content_type)``; ``parsed.malformed`` says what is wrong
    with a feed that is readable but not well-formed."""
    import feedparser

    if _ENTITY_DECLARATION.search(data[:65536]):
        raise NotAFeedError("the document declares XML entities, which feeds never need")
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=False, resolve_relative_uris=True)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise NotAFeedError(f"not an RSS or Atom feed{f' ({problem})' if problem else ''}")
    language = (parsed.feed.get("language") or None) if parsed.get("feed") else None
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    # feedparser's ThingsNobodyCaresAboutButMe are notes on a well-formed feed (a charset or media type
    # that the headers and the document disagree on, as many servers send), not malformations.
    if isinstance(problem, feedparser.ThingsNobodyCaresAboutButMe):
        problem = None
    return ParsedFeed(
        [_item(entry, language) for entry in parsed.entries],
        malformed=f"not well-formed XML ({problem})" if problem is not None else None,
    )


def _item(entry: Any, feed_language: str | None) -> FeedItem:
    content = entry.get("content") or []
    full: str | None = next((str(c.get("value")) for c in content if c.get("value")), None)
    summary: str | None = entry.get("summary") or None
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    published = datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else None
    return FeedItem(
        guid=(entry.get("id") or None),
        url=(entry.get("link") or None),
        title=(entry.get("title") or None),
        published=published,
        html=full or summary,
        has_full_content=full is not None and len(full) > len(summary or "") + 200,
        language=entry.get("language") or feed_language,
    )


def item_keys(item: FeedItem, feed: FeedSource) -> list[str]:
    """The keys that say an item was seen: its normalised URL (the same story in any feed) and its
    GUID within its feed. An item counts as seen when any of them was."""
    keys = []
    if item.url:
        keys.append("url:" + normalize_url(item.url).split("://", 1)[-1])
    if item.guid:
        scope = hashlib.blake2b(feed.url.encode(), digest_size=6).hexdigest()
        keys.append(f"guid:{scope}:{item.guid}")
    if not keys and item.title:
        keys.append("title:" + hashlib.blake2b(f"{feed.url}|{item.title}".encode(), digest_size=12).hexdigest())
    return keys


def raw_article(item: FeedItem, feed: FeedSource, page_html: str | None = None) -> dict[str, Any] | None:
    """The raw-article message for ``item`` (docs/schemas.md); None when it has nothing to read."""
    html = page_html or item.html
    if not html or not html.strip():
        return None
    article: dict[str, Any] = {"source": feed.name, "html": html}
    if item.url:
        article["url"] = item.url
    if item.title:
        article["title"] = item.title
    if item.published:
        article["published"] = item.published.isoformat().replace("+00:00", "Z")
    language = feed.language or item.language
    if language:
        article["language"] = language
    return article
