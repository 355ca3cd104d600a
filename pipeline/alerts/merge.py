"""Merging the reports of one trip into one alert, and deciding when subscribers hear of it.

``merge(current, report, alert_id)`` returns the next version of the alert, or None when the report
tells a subscriber nothing new. Something new is: the first report (``new_alert``), an article not
yet among the sources (``new_source``), a change of status (``status``: planned -> confirmed ->
cancelled, ...), a sharper date (``when``: "in October" -> "on October 17") or a destination city or
event learnt (``destination``). A report already
merged (the same article again, as after a restart) changes nothing, so no version is published twice.

Timestamps come from the reports (the time each article reached newswatch), never the clock, so the
same reports in the same order give the same versions, byte for byte.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from pipeline.records import MergedAlert, Source, TripReport, TripStatus, When

# A plan restated does not undo a confirmation; an invitation does not undo a plan.
_UPGRADES: dict[TripStatus, frozenset[TripStatus]] = {
    "confirmed": frozenset({"planned", "invited"}),
    "planned": frozenset({"invited"}),
    "ongoing": frozenset({"planned", "confirmed", "invited"}),
    "postponed": frozenset({"invited"}),
    "cancelled": frozenset({"invited"}),
}
MAX_SOURCES = 100


def next_status(current: TripStatus, reported: TripStatus, newer: bool) -> TripStatus:
    """The trip's status after a report saying ``reported`` (``newer``: it is the latest word)."""
    if reported == current or reported in _UPGRADES.get(current, frozenset()):
        return current
    if reported == "confirmed" and current == "planned":
        return "confirmed"  # a confirmation stands, whatever the order the reports came in
    return reported if newer else current


def sharper_when(current: When, reported: When) -> When:
    """``reported`` if it is a narrower window inside ``current`` (or ``current`` has none), else ``current``."""
    if reported.start is None or reported.end is None:
        return current
    if current.start is None or current.end is None:
        return reported
    inside = current.start <= reported.start and reported.end <= current.end
    narrower = (reported.end - reported.start) < (current.end - current.start)
    return reported if inside and narrower else current


def news_time(source: Source) -> datetime:
    """When a report's news is from: its article's publication time, else when it arrived.

    An old article re-sent today is old news: it does not undo a later cancellation.
    """
    return source.published or source.reported_at


def combined_confidence(sources: tuple[Source, ...]) -> float:
    """Independent reports corroborate: 1 - prod(1 - c), capped at 0.99."""
    doubt = 1.0
    for source in sources:
        doubt *= 1.0 - source.confidence
    return round(min(0.99, 1.0 - doubt), 2)


def source_of(report: TripReport) -> Source:
    if report.reported_at is None:
        raise ValueError("a report needs reported_at to be merged")
    return Source(
        article_id=report.article_id,
        url=report.url,
        source=report.source,
        title=report.title,
        evidence=report.trip.evidence,
        published=report.published,
        status=report.trip.status,
        confidence=report.trip.confidence,
        reported_at=report.reported_at,
        language=report.language,
    )


def merge(current: MergedAlert | None, report: TripReport, alert_id: str) -> MergedAlert | None:
    """The alert after ``report``, as its next version; None if there is nothing new to publish."""
    source = source_of(report)
    trip = report.trip
    if current is None:
        if not report.raises_alert:
            return None  # a cancellation of a trip we never alerted on
        return MergedAlert(
            alert_id=alert_id,
            version=1,
            leader=trip.leader,
            destination=trip.destination,
            when=trip.when,
            status=trip.status,
            confidence=combined_confidence((source,)),
            evidence=trip.evidence,
            attribution=trip.attribution,
            first_seen=source.reported_at,
            updated_at=source.reported_at,
            sources=(source,),
            changes=("new_alert",),
        )
    changes: list[str] = []
    known = {s.article_id for s in current.sources}
    sources = current.sources
    if source.article_id not in known:
        changes.append("new_source")
        if len(sources) < MAX_SOURCES:
            sources = (*sources, source)
    newer = news_time(source) >= max(news_time(s) for s in current.sources)
    status = next_status(current.status, trip.status, newer)
    if status != current.status:
        changes.append("status")
        if source.article_id in known:  # the same article, updated: keep its latest words
            sources = tuple(source if s.article_id == source.article_id else s for s in sources)
    when = sharper_when(current.when, trip.when)
    if when != current.when:
        changes.append("when")
    destination = current.destination
    if destination.city is None and trip.destination.city is not None:
        destination = replace(destination, city=trip.destination.city)
    if destination.event is None and trip.destination.event is not None:
        destination = replace(destination, event=trip.destination.event)
    if destination != current.destination:
        changes.append("destination")
    if not changes:
        return None
    return MergedAlert(
        alert_id=current.alert_id,
        version=current.version + 1,
        leader=current.leader,
        destination=destination,
        when=when,
        status=status,
        confidence=combined_confidence(sources),
        # The evidence and its source go together: the report that set the status.
        evidence=trip.evidence if "status" in changes else current.evidence,
        attribution=(trip.attribution if "status" in changes else current.attribution)
        or current.attribution
        or trip.attribution,
        first_seen=current.first_seen,
        updated_at=max(current.updated_at, source.reported_at),
        sources=sources,
        changes=tuple(changes),
    )
