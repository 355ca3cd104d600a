"""Trips and trip reports: what ``analyze`` shows of an article's trips, and the trips topic (internal),
where the travel stage puts one article's report of one trip for the merge stage."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agents.wire.codec import (
    WireError,
    date_from_json,
    date_to_json,
    required_time,
    time_from_json,
    time_to_json,
)
from pipeline.records import Destination, Leader, Trip, TripReport, When


def trip_to_json(trip: Trip) -> dict[str, Any]:
    """A trip as ``newswatch analyze`` and the trips topic show it."""
    return {
        "leader": {"id": trip.leader.id, "name": trip.leader.name},
        "destination": {
            "country": trip.destination.country,
            "city": trip.destination.city,
            "event": trip.destination.event,
        },
        "when": {"start": date_to_json(trip.when.start), "end": date_to_json(trip.when.end), "text": trip.when.text},
        "status": trip.status,
        "confidence": trip.confidence,
        "evidence": trip.evidence,
        "attribution": trip.attribution,
    }


def trip_from_json(value: Mapping[str, Any]) -> Trip:
    leader, destination, when = value["leader"], value["destination"], value["when"]
    return Trip(
        leader=Leader(str(leader["id"]), str(leader["name"])),
        destination=Destination(str(destination["country"]), destination.get("city"), destination.get("event")),
        when=When(date_from_json(when.get("start")), date_from_json(when.get("end")), when.get("text")),
        status=value["status"],
        confidence=float(value["confidence"]),
        evidence=str(value["evidence"]),
        attribution=value.get("attribution"),
    )


def alert_to_json(report: TripReport) -> dict[str, Any]:
    """An alert of one article (``newswatch analyze``): its id, then the trip's fields."""
    return {"alert_id": report.alert_id, **trip_to_json(report.trip)}


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
            "published": time_to_json(report.published),
            "language": report.language,
        },
        "reported_at": time_to_json(report.reported_at),
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
            published=time_from_json(article.get("published")),
            reported_at=required_time(message.get("reported_at")),
            language=article.get("language"),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WireError("schema", f"not a trip-report message: {type(exc).__name__}: {exc}") from None
