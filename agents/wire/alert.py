"""The alert: one version of one merged alert, as subscribers read it on the alert topic and webhooks
receive it (docs/schemas.md, "Alerts"). The merge stage's alert table keeps the same bytes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agents.wire.codec import WireError, date_to_json, required_time, time_from_json, time_to_json
from agents.wire.trip import trip_from_json
from pipeline.records import MergedAlert, Source


def source_to_json(source: Source) -> dict[str, Any]:
    return {
        "article_id": source.article_id,
        "url": source.url,
        "source": source.source,
        "title": source.title,
        "language": source.language,
        "evidence": source.evidence,
        "published": time_to_json(source.published),
        "status": source.status,
        "confidence": source.confidence,
        "reported_at": time_to_json(source.reported_at),
    }


def source_from_json(value: Mapping[str, Any]) -> Source:
    return Source(
        article_id=str(value["article_id"]),
        url=value.get("url"),
        source=value.get("source"),
        title=str(value.get("title") or ""),
        evidence=str(value.get("evidence") or ""),
        published=time_from_json(value.get("published")),
        status=value["status"],
        confidence=float(value["confidence"]),
        reported_at=required_time(value["reported_at"]),
        language=value.get("language"),
    )


def alert_message(alert: MergedAlert) -> dict[str, Any]:
    """An alert version as subscribers read it on the alert topic."""
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
        "when": {
            "start": date_to_json(alert.when.start),
            "end": date_to_json(alert.when.end),
            "text": alert.when.text,
        },
        "status": alert.status,
        "confidence": alert.confidence,
        "corroboration": alert.corroboration,
        "evidence": alert.evidence,
        "attribution": alert.attribution,
        "first_seen": time_to_json(alert.first_seen),
        "updated_at": time_to_json(alert.updated_at),
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
            first_seen=required_time(message["first_seen"]),
            updated_at=required_time(message["updated_at"]),
            sources=tuple(source_from_json(source) for source in message["sources"]),
            changes=tuple(message.get("changes") or ()),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WireError("schema", f"not an alert message: {type(exc).__name__}: {exc}") from None
