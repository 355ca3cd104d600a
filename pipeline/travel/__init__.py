"""Travel stage: announced trips of watched leaders, and the alerts they raise.

Usage::

    trips = detect_trips(tagged, gazetteer)                   # every trip, any status
    alerts = alerts_for(trips, tagged.article, ALERT_STATUSES, min_confidence=0.6)

A trip to the leader's own country is no trip (a domestic visit). An alert's id depends only on the
leader, the destination country and the trip's month (or, without a date, the event and its year,
else the month the article appeared), so reports of one trip from several articles share it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date

from pipeline.records import ALERT_STATUSES, Alert, Article, TaggedArticle, Trip, TripStatus
from pipeline.tagging.gazetteer import Gazetteer
from pipeline.travel import detect

__all__ = ["ALERT_STATUSES", "alert_id", "alerts_for", "detect_trips"]


def detect_trips(tagged: TaggedArticle, gazetteer: Gazetteer, reference: date | None = None) -> list[Trip]:
    """The trips ``tagged`` reports, domestic visits left out (see :mod:`pipeline.travel.detect`)."""
    return detect.without_domestic(detect.detect_trips(tagged, gazetteer, reference), gazetteer)


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


def alerts_for(
    trips: Iterable[Trip], article: Article, statuses: Iterable[TripStatus], min_confidence: float
) -> list[Alert]:
    """The trips worth an alert: in one of ``statuses`` and at least ``min_confidence`` sure."""
    wanted = set(statuses)
    published = article.published.date() if article.published else None
    return [
        Alert(alert_id(trip, published), trip, article.id)
        for trip in trips
        if trip.status in wanted and trip.confidence >= min_confidence
    ]
