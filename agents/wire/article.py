"""The clean article: what the clean stage writes to the clean topic, and what ``analyze`` shows of it.

``published_month`` (``"2022-05"``, or null) is the month of publication of an article whose address gives
only a year and a month; a message written before the field existed lacks it and reads as null.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from agents.wire.codec import WireError, parse_published, time_to_json
from pipeline.cleaning.duplicates import pack_signature, unpack_signature
from pipeline.records import Article, Month


def article_to_json(article: Article) -> dict[str, Any]:
    """What subscribers and ``newswatch analyze`` see of a clean article."""
    return {
        "id": article.id,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "published": time_to_json(article.published),
        "published_month": str(article.published_month) if article.published_month else None,
        "language": article.language,
        "byline": article.byline,
        "text": article.text,
    }


def clean_article_message(article: Article, trace: Mapping[str, Any]) -> dict[str, Any]:
    """The message on the clean topic: the article, its fingerprints, and the trace of its journey."""
    message = article_to_json(article)
    message.update(
        {
            "fingerprint": article.fingerprint,
            "near_duplicate_key": article.near_duplicate_key,
            "signature": pack_signature(article.signature),
            "removed": list(article.removed),
            "extra": dict(article.extra),
            "trace": dict(trace),
        }
    )
    return message


def article_from_message(message: Mapping[str, Any]) -> Article:
    """The clean article in a message of the clean (or tagged) topic."""
    try:
        published = message.get("published")
        month = message.get("published_month")
        return Article(
            id=str(message["id"]),
            url=message.get("url"),
            source=message.get("source"),
            title=str(message["title"]),
            published=parse_published(published) if published else None,
            language=message.get("language"),
            byline=message.get("byline"),
            text=str(message["text"]),
            fingerprint=str(message["fingerprint"]),
            near_duplicate_key=str(message["near_duplicate_key"]),
            signature=unpack_signature(message["signature"]) if message.get("signature") else (),
            removed=tuple(message.get("removed", ())),
            extra=MappingProxyType(dict(message.get("extra") or {})),
            published_month=Month.parse(str(month)) if month else None,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise WireError("schema", f"not a clean-article message: {type(exc).__name__}: {exc}") from None
