"""Clean stage: a raw article (HTML page or scraped text) becomes the story's clean text and metadata.

Usage: ``article = clean_article(raw)``; raises :class:`CleaningError` (with a ``reason`` code for the
dead-letter topic) when no story is left, so an empty article never travels downstream. An article
without a publication date takes the page's (the scraper's ``date`` marker), else its address's
(``/2023/07/25/``), else the date the HTML's metadata gives; with none of them, a ``date`` marker that
gives a year and a month only (``date 2018-04``), else an address that does (``/2022/05/slug``), gives its
month (``published_month``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from pipeline.cleaning.dates import date_from_url, month_from_url
from pipeline.cleaning.fingerprint import content_fingerprint, minhash_signature, near_duplicate_key
from pipeline.cleaning.html import extract_html
from pipeline.cleaning.language import detect_language, normalize_language
from pipeline.cleaning.normalize import normalize_inline, normalize_text
from pipeline.cleaning.scraped import Kind, Line, clean_scraped_text, unwrap_lines
from pipeline.records import Article, RawArticle

__all__ = ["CleaningError", "clean_article"]

MAX_TITLE_CHARS = 500
# A long feature is ~50,000 characters; past this the text is cut (at a paragraph or sentence end), so
# that a message built to hurt (one 5 MB line) costs the later stages no more than a long article.
MAX_TEXT_CHARS = 200_000

# Lines that are chrome wherever they stand, even inside what an HTML extractor kept as the article.
_HTML_CHROME = frozenset(
    {
        Kind.SHARE,
        Kind.TAG_LINE,
        Kind.INLINE_RELATED,
        Kind.MIN_READ,
        Kind.COOKIE,
        Kind.ADVERT,
        Kind.BANNER,
        Kind.DATELINE,
        Kind.BYLINE,
        Kind.NAVIGATION,
    }
)


class CleaningError(ValueError):
    """The article has no story to keep; ``reason`` is its dead-letter code (``empty_body``)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def clean_article(raw: RawArticle) -> Article:
    """The clean article for ``raw``: boilerplate removed, metadata filled in from the page when missing."""
    removed: tuple[str, ...] = ()
    title = normalize_inline(raw.title)[:MAX_TITLE_CHARS] if raw.title else None
    published = raw.published
    language = normalize_language(raw.language)
    byline = None
    marked_month = None  # a scraper's "date YYYY-MM" marker
    if raw.html is not None and raw.html.strip():
        from_url = None if published else date_from_url(raw.url)
        parts = extract_html(raw.html, url=raw.url, need_date=published is None and from_url is None)
        title = title or (normalize_inline(parts.title)[:MAX_TITLE_CHARS] if parts.title else None)
        paragraphs, removed = _strip_html_chrome(unwrap_lines(normalize_text(parts.text)), title)
        published = published or _midnight(from_url or parts.published)
        language = language or parts.language
        byline = normalize_inline(parts.byline) if parts.byline else None
    elif raw.text is not None and raw.text.strip():
        scraped = clean_scraped_text(raw.text, title=title)
        paragraphs, removed = list(scraped.paragraphs), scraped.removed
        title = title or scraped.title
        published = published or _midnight(scraped.published or date_from_url(raw.url))
        byline = scraped.byline
        marked_month = scraped.published_month
    else:  # the raw-article schema requires one of them (agents/wire/raw.py), so this is no story either
        paragraphs, removed = [], ()
    if not paragraphs:
        raise CleaningError("empty_body", "no story text is left after removing boilerplate")
    text = "\n\n".join(paragraphs)
    if len(text) > MAX_TEXT_CHARS:
        text, removed = _cut(text), (*removed, "truncated")
    signature = minhash_signature(text)
    return Article(
        id=raw.id,
        url=raw.url,
        source=raw.source,
        title=title or _first_words(paragraphs[0]),
        published=published,
        language=language or detect_language(text),
        byline=byline,
        text=text,
        fingerprint=content_fingerprint(text),
        near_duplicate_key=near_duplicate_key(signature),
        signature=signature,
        removed=removed,
        extra=raw.extra,
        published_month=None if published else (marked_month or month_from_url(raw.url)),
    )


def _cut(text: str) -> str:
    """``text`` cut to MAX_TEXT_CHARS, at the last paragraph or sentence end before the limit if any."""
    head = text[:MAX_TEXT_CHARS]
    end = max(head.rfind("\n\n"), head.rfind(". "))
    return head[: end + 1].rstrip() if end > MAX_TEXT_CHARS // 2 else head


def _strip_html_chrome(lines: list[Line], title: str | None) -> tuple[list[str], tuple[str, ...]]:
    kept: list[str] = []
    removed: list[str] = []
    title_key = title.lower().rstrip(".") if title else None
    has_prose = False
    for line in lines:
        if title_key and line.text.lower().rstrip(".") == title_key:
            removed.append("title")  # the headline repeated at the top of the body
            continue
        if not any(char.isalnum() for char in line.text):
            removed.append("navigation")
            continue
        if line.kind in _HTML_CHROME:
            removed.append(line.kind.value)
        else:
            has_prose = has_prose or line.kind is Kind.PROSE
            kept.append(line.text)
    # A page of menus and link lists has no sentence in it: there is no story to keep.
    return (kept if has_prose else []), tuple(removed)


def _midnight(day: date | None) -> datetime | None:
    return datetime(day.year, day.month, day.day, tzinfo=UTC) if day else None


def _first_words(paragraph: str, limit: int = 12) -> str:
    words = paragraph.split()
    return " ".join(words[:limit]) + ("..." if len(words) > limit else "")
