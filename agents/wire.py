"""Wire schemas: the JSON that travels on newswatch's topics and out of ``newswatch analyze``.

Decoding validates at the edge and raises :class:`WireError` with a short ``reason`` (the dead-letter
reason and metrics label) and a sentence a user can act on. Encoding turns domain records into plain
JSON-ready dicts; field names here are the contract with subscribers, independent of Python names.
"""

from __future__ import annotations

import email.utils
import struct
from collections.abc import Mapping
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import Any, Final

import orjson

from pipeline.alerts.routing import IndexEntry
from pipeline.cleaning.duplicates import Seen, pack_signature, unpack_signature
from pipeline.cleaning.encoding import decode_bytes
from pipeline.identity import derive_article_id
from pipeline.records import (
    ActorTag,
    Article,
    Destination,
    Leader,
    Mention,
    MergedAlert,
    RawArticle,
    Source,
    TaggedArticle,
    TopicTag,
    Trip,
    TripReport,
    When,
)

RAW_FIELDS: Final = ("id", "url", "source", "title", "published", "language", "html", "text")
MAX_ID_CHARS: Final = 200
MAX_FIELD_CHARS: Final = 4096


class WireError(ValueError):
    """A message newswatch cannot read; ``reason`` is one of the dead-letter reasons."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def loads(data: bytes | str, max_bytes: int | None = None) -> Any:
    """Parse JSON bytes, repairing text that is not UTF-8; raises WireError(bad_json | too_large)."""
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


# -- raw articles ------------------------------------------------------------------------------


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


def raw_article_from_json(value: Any) -> RawArticle:
    """A raw article from a decoded JSON value; raises WireError(schema) naming the bad field."""
    if not isinstance(value, dict):
        raise WireError("schema", f"a raw article must be a JSON object, not {_json_type(value)}")
    fields: dict[str, str | None] = {}
    for name in RAW_FIELDS:
        item = value.get(name)
        if item is None:
            fields[name] = None
        elif not isinstance(item, str):
            raise WireError("schema", f"field '{name}' must be a string, not {_json_type(item)}")
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


def decode_raw_article(data: bytes, max_bytes: int | None = None) -> RawArticle:
    return raw_article_from_json(loads(data, max_bytes))


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def _json_type(value: Any) -> str:
    return {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
    }.get(type(value), "null")


# -- clean articles ----------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def article_to_json(article: Article) -> dict[str, Any]:
    """What subscribers and ``newswatch analyze`` see of a clean article."""
    return {
        "id": article.id,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "published": _iso(article.published),
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
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise WireError("schema", f"not a clean-article message: {type(exc).__name__}: {exc}") from None


# -- tagged articles ---------------------------------------------------------------------------


def actor_to_json(actor: ActorTag) -> dict[str, Any]:
    return {
        "id": actor.id,
        "name": actor.name,
        "country": actor.country,
        "mentions": actor.mentions,
        "first_offset": actor.first_offset,
        "in_title": actor.in_title,
        "in_lead": actor.in_lead,
    }


def topic_to_json(topic: TopicTag) -> dict[str, Any]:
    return {
        "id": topic.id,
        "name": topic.name,
        "kind": topic.kind,
        "mentions": topic.mentions,
        "first_offset": topic.first_offset,
        "in_title": topic.in_title,
        "in_lead": topic.in_lead,
    }


def tagged_to_json(tagged: TaggedArticle) -> dict[str, Any]:
    """What ``newswatch analyze`` shows of a tagged article."""
    result = article_to_json(tagged.article)
    result["actors"] = [actor_to_json(actor) for actor in tagged.actors]
    result["topics"] = [topic_to_json(topic) for topic in tagged.topics]
    return result


def tagged_article_message(tagged: TaggedArticle, trace: Mapping[str, Any]) -> dict[str, Any]:
    """The message on the tagged topic: the clean article, its tags, and the mentions travel reads."""
    message = clean_article_message(tagged.article, trace)
    message["actors"] = [actor_to_json(actor) for actor in tagged.actors]
    message["topics"] = [topic_to_json(topic) for topic in tagged.topics]
    message["mentions"] = [list(mention) for mention in tagged.mentions]
    return message


def tagged_from_message(message: Mapping[str, Any]) -> TaggedArticle:
    article = article_from_message(message)
    try:
        actors = tuple(
            ActorTag(
                a["id"],
                a["name"],
                a["country"],
                int(a["mentions"]),
                a["first_offset"],
                bool(a["in_title"]),
                bool(a["in_lead"]),
            )
            for a in message.get("actors", ())
        )
        topics = tuple(
            TopicTag(
                t["id"],
                t["name"],
                t["kind"],
                int(t["mentions"]),
                t["first_offset"],
                bool(t["in_title"]),
                bool(t["in_lead"]),
            )
            for t in message.get("topics", ())
        )
        mentions = tuple(Mention(*item) for item in message.get("mentions", ()))
    except (KeyError, TypeError, ValueError) as exc:
        raise WireError("schema", f"not a tagged-article message: {type(exc).__name__}: {exc}") from None
    return TaggedArticle(article, actors, topics, mentions)


# -- trips and alerts --------------------------------------------------------------------------


def _date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def trip_to_json(trip: Trip) -> dict[str, Any]:
    """A trip as ``newswatch analyze`` and the trips topic show it."""
    return {
        "leader": {"id": trip.leader.id, "name": trip.leader.name},
        "destination": {
            "country": trip.destination.country,
            "city": trip.destination.city,
            "event": trip.destination.event,
        },
        "when": {"start": _date(trip.when.start), "end": _date(trip.when.end), "text": trip.when.text},
        "status": trip.status,
        "confidence": trip.confidence,
        "evidence": trip.evidence,
        "attribution": trip.attribution,
    }


def alert_to_json(report: TripReport) -> dict[str, Any]:
    """An alert of one article (``newswatch analyze``): its id, then the trip's fields."""
    return {"alert_id": report.alert_id, **trip_to_json(report.trip)}


def _parse_date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _parse_time(value: Any) -> datetime | None:
    return parse_published(value) if value else None


def _required_time(value: Any) -> datetime:
    parsed = _parse_time(value)
    if parsed is None:
        raise ValueError("a timestamp is missing")
    return parsed


def trip_from_json(value: Mapping[str, Any]) -> Trip:
    leader, destination, when = value["leader"], value["destination"], value["when"]
    return Trip(
        leader=Leader(str(leader["id"]), str(leader["name"])),
        destination=Destination(str(destination["country"]), destination.get("city"), destination.get("event")),
        when=When(_parse_date(when.get("start")), _parse_date(when.get("end")), when.get("text")),
        status=value["status"],
        confidence=float(value["confidence"]),
        evidence=str(value["evidence"]),
        attribution=value.get("attribution"),
    )


def trip_report_message(report: TripReport) -> dict[str, Any]:
    """The message on the trips topic (internal): one article's report of one trip."""
    return {
        "alert_id": report.alert_id,
        "trip": trip_to_json(report.trip),
        "raises_alert": report.raises_alert,
        "article": {
            "id": report.article_id,
            "url": report.url,
            "source": report.source,
            "title": report.title,
            "published": _iso(report.published),
        },
        "reported_at": _iso(report.reported_at),
    }


def trip_report_from_message(message: Mapping[str, Any]) -> TripReport:
    try:
        article = message["article"]
        return TripReport(
            alert_id=str(message["alert_id"]),
            trip=trip_from_json(message["trip"]),
            raises_alert=bool(message["raises_alert"]),
            article_id=str(article["id"]),
            url=article.get("url"),
            source=article.get("source"),
            title=str(article.get("title") or ""),
            published=_parse_time(article.get("published")),
            reported_at=_required_time(message.get("reported_at")),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WireError("schema", f"not a trip-report message: {type(exc).__name__}: {exc}") from None


def source_to_json(source: Source) -> dict[str, Any]:
    return {
        "article_id": source.article_id,
        "url": source.url,
        "source": source.source,
        "title": source.title,
        "evidence": source.evidence,
        "published": _iso(source.published),
        "status": source.status,
        "confidence": source.confidence,
        "reported_at": _iso(source.reported_at),
    }


def alert_message(alert: MergedAlert) -> dict[str, Any]:
    """An alert as subscribers read it on the alert topic (documented in README)."""
    return {
        "alert_id": alert.alert_id,
        "version": alert.version,
        "changes": list(alert.changes),
        "leader": {"id": alert.leader.id, "name": alert.leader.name},
        "destination": {
            "country": alert.destination.country,
            "city": alert.destination.city,
            "event": alert.destination.event,
        },
        "when": {"start": _date(alert.when.start), "end": _date(alert.when.end), "text": alert.when.text},
        "status": alert.status,
        "confidence": alert.confidence,
        "corroboration": alert.corroboration,
        "evidence": alert.evidence,
        "attribution": alert.attribution,
        "first_seen": _iso(alert.first_seen),
        "updated_at": _iso(alert.updated_at),
        "sources": [source_to_json(source) for source in alert.sources],
    }


def alert_from_message(message: Mapping[str, Any]) -> MergedAlert:
    try:
        trip = trip_from_json({**message, "evidence": message.get("evidence") or ""})
        return MergedAlert(
            alert_id=str(message["alert_id"]),
            version=int(message["version"]),
            leader=trip.leader,
            destination=trip.destination,
            when=trip.when,
            status=trip.status,
            confidence=trip.confidence,
            evidence=trip.evidence,
            attribution=trip.attribution,
            first_seen=_required_time(message["first_seen"]),
            updated_at=_required_time(message["updated_at"]),
            sources=tuple(
                Source(
                    article_id=str(s["article_id"]),
                    url=s.get("url"),
                    source=s.get("source"),
                    title=str(s.get("title") or ""),
                    evidence=str(s.get("evidence") or ""),
                    published=_parse_time(s.get("published")),
                    status=s["status"],
                    confidence=float(s["confidence"]),
                    reported_at=_required_time(s["reported_at"]),
                )
                for s in message["sources"]
            ),
            changes=tuple(message.get("changes") or ()),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WireError("schema", f"not an alert message: {type(exc).__name__}: {exc}") from None


def index_to_json(entries: tuple[IndexEntry, ...]) -> list[dict[str, Any]]:
    """The routing index of one leader and country, as kept in the merge stage's table."""
    return [
        {
            "alert_id": entry.alert_id,
            "start": _date(entry.start),
            "end": _date(entry.end),
            "status": entry.status,
            "last_reported": _iso(entry.last_reported),
            "news_at": _iso(entry.news_at),
        }
        for entry in entries
    ]


def index_from_json(value: Any) -> tuple[IndexEntry, ...]:
    try:
        return tuple(
            IndexEntry(
                alert_id=str(item["alert_id"]),
                start=_parse_date(item.get("start")),
                end=_parse_date(item.get("end")),
                status=item["status"],
                last_reported=_required_time(item["last_reported"]),
                news_at=_required_time(item.get("news_at") or item["last_reported"]),
            )
            for item in value or ()
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WireError("schema", f"not a routing index: {type(exc).__name__}: {exc}") from None


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
