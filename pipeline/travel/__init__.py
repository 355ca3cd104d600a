"""Travel stage: announced trips of watched leaders, and the reports that feed alerts.

Usage::

    trips = detect_trips(tagged, gazetteer)                   # every trip, any status
    reports = reports_for(trips, tagged.article, ALERT_STATUSES, min_confidence=0.6)
    alerts = [report for report in reports if report.raises_alert]

A trip to the leader's own country is no trip (a domestic visit). A report's ``alert_id`` depends
only on the leader, the destination country and the trip's month (or, without a date, the event and
its year, else the month the article appeared), so reports of one trip from several articles share it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime

from pipeline.records import ALERT_STATUSES, Article, TaggedArticle, Trip, TripReport, TripStatus
from pipeline.tagging.gazetteer import Gazetteer
from pipeline.travel import detect

__all__ = ["ALERT_STATUSES", "alert_id", "detect_trips", "raises_alert", "reports_for"]


def detect_trips(tagged: TaggedArticle, gazetteer: Gazetteer, reference: date | None = None) -> list[Trip]:
    """The trips ``tagged`` reports, domestic visits left out (see :mod:`pipeline.travel.detect`)."""
    trips = detect.detect_trips(tagged, gazetteer, reference)
    return [trip for trip in trips if not detect.domestic(trip, gazetteer)]


def trip_window(trip: Trip, published: date | None) -> str:
    """The time window that identifies a trip: its month, else its event's year, else the report's month."""
    if trip.when.start is not None:
        return trip.when.start.strftime("%Y-%m")
    if trip.destination.event is not None:
        return f"{trip.destination.event}:{(published or date.min).year}"
    return f"reported:{published.strftime('%Y-%m') if published else 'unknown'}"


def alert_id(trip: Trip, published: date | None) -> str:
    """``tr-`` and 16 hex digits, the same for the same leader, destination country and window."""
    key = "|".join((trip.leader.id, trip.destination.country, trip_window(trip, published)))
    return "tr-" + hashlib.blake2b(key.encode(), digest_size=8).hexdigest()


def raises_alert(trip: Trip, statuses: Iterable[TripStatus], min_confidence: float) -> bool:
    """Whether ``trip`` is worth an alert: in one of ``statuses`` and at least ``min_confidence`` sure."""
    return trip.status in set(statuses) and trip.confidence >= min_confidence


def reports_for(
    trips: Iterable[Trip],
    article: Article,
    statuses: Iterable[TripStatus],
    min_confidence: float,
    reported_at: datetime | None = None,
) -> list[TripReport]:
    """One report per trip of ``article``, each with its alert id and whether it raises an alert."""
    wanted = tuple(statuses)
    published = article.published.date() if article.published else None
    return [
        TripReport(
            alert_id=alert_id(trip, published),
            trip=trip,
            raises_alert=raises_alert(trip, wanted, min_confidence),
            article_id=article.id,
            url=article.url,
            source=article.source,
            title=article.title,
            published=article.published,
            reported_at=reported_at,
        )
        for trip in trips
    ]
