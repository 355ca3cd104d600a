"""The raw article: what scrapers, ``newswatch publish`` and the ingester put on the raw topic.

The one definition of an article's id: the ``id`` field when given, else one derived from its URL or,
without a URL, from its title and content (:func:`pipeline.identity.derive_article_id`).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, Final

from agents.wire.codec import WireError, json_type, loads, parse_published
from pipeline.identity import derive_article_id
from pipeline.records import RawArticle

RAW_FIELDS: Final = ("id", "url", "source", "title", "published", "language", "html", "text")
MAX_ID_CHARS: Final = 200
MAX_FIELD_CHARS: Final = 4096


def raw_article_from_json(value: Any) -> RawArticle:
    """A raw article from a decoded JSON value; raises WireError(schema) naming the bad field."""
    if not isinstance(value, dict):
        raise WireError("schema", f"a raw article must be a JSON object, not {json_type(value)}")
    fields: dict[str, str | None] = {}
    for name in RAW_FIELDS:
        item = value.get(name)
        if item is None:
            fields[name] = None
        elif not isinstance(item, str):
            raise WireError("schema", f"field '{name}' must be a string, not {json_type(item)}")
        elif name not in ("html", "text") and len(item) > MAX_FIELD_CHARS:
            raise WireError("schema", f"field '{name}' is longer than {MAX_FIELD_CHARS} characters")
        else:
            fields[name] = item
    html, text = fields["html"], fields["text"]
    if not (html and html.strip()) and not (text and text.strip()):
        raise WireError("schema", "a raw article needs a non-empty 'html' or 'text' field")
    published = None
    if fields["published"]:
        try:
            published = parse_published(fields["published"])
        except ValueError:
            raise WireError(
                "schema", f"field 'published' must be an ISO 8601 date or datetime, got {fields['published']!r}"
            ) from None
    article_id = (fields["id"] or "").strip()
    if len(article_id) > MAX_ID_CHARS:
        raise WireError("schema", f"field 'id' is longer than {MAX_ID_CHARS} characters")
    if not article_id:
        article_id = derive_article_id(fields["url"], (fields["title"] or "") + (html or text or ""))
    extra = {key: item for key, item in value.items() if key not in RAW_FIELDS}
    return RawArticle(
        id=article_id,
        url=_blank_to_none(fields["url"]),
        source=_blank_to_none(fields["source"]),
        title=_blank_to_none(fields["title"]),
        published=published,
        language=_blank_to_none(fields["language"]),
        html=html if html and html.strip() else None,
        text=text if not (html and html.strip()) else None,
        extra=MappingProxyType(extra),
    )


def decode_raw_article(data: bytes | None, max_bytes: int | None = None) -> RawArticle:
    """A raw-article message's bytes -> the raw article; raises WireError (bad_json, too_large, schema)."""
    return raw_article_from_json(loads(data, max_bytes))


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None
