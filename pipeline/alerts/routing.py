"""Which alert a trip report belongs to.

Reports of one leader's trips to one country are routed together, with a small index of the alerts
already open for that pair. The id a report computes from its own words (leader, country, month)
is enough when two reports give the same month; the index also catches what the id cannot:

* an undated report ("Putin has called off his visit to China") updates the open alert for that
  leader and country, and an undated plan joins it;
* a dated report joins an open alert whose dates it overlaps, or an undated one, sharpening it;
* a report of the trip under way or done ("arrived in Beijing") updates the alert only when its date
  falls in the alert's window; an undated past visit ("has visited China many times") never does;
* an invitation only joins an alert of its own id; a report with no alert to join starts one only if
  it raises an alert (planned or confirmed, confident enough), and is otherwise dropped.

Time is the reports' own: when they arrived, and for which news is newer, when their articles were
published. An archive replayed through newswatch is read as the news it was, on its dates.

Routing is a pure function of the index and the report, so a report replayed after a restart goes to
the same alert again (where merging finds nothing new).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from pipeline.records import TripReport, TripStatus

CLOSED: frozenset[TripStatus] = frozenset({"cancelled", "denied", "past"})
NEGATIONS: frozenset[TripStatus] = frozenset({"cancelled", "postponed", "denied"})
# An open alert with no dates stops attracting undated reports after this long without news.
UNDATED_OPEN_FOR = timedelta(days=60)
# A dated trip stays open this long after its last day (late reports of it, "returned from ...").
AFTER_TRIP = timedelta(days=7)
# Index entries older than this are forgotten.
FORGET_AFTER = timedelta(days=120)


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """What routing remembers of one alert of a leader and country."""

    alert_id: str
    start: date | None
    end: date | None
    status: TripStatus
    last_reported: datetime  # when the latest report arrived
    news_at: datetime  # the publication time of the latest news (arrival time when unknown)


@dataclass(frozen=True, slots=True)
class Routing:
    """Where a report goes (``alert_id`` None: nowhere) and the pair's index afterwards."""

    alert_id: str | None
    entries: tuple[IndexEntry, ...]


def route(entries: tuple[IndexEntry, ...], report: TripReport) -> Routing:
    """Route ``report`` given the index ``entries`` of its leader and country.

    ``report.reported_at`` must be set (the time the article reached newswatch).
    """
    now = _reported_at(report)
    entries = tuple(entry for entry in entries if not _forgotten(entry, now))
    target = _match(entries, report, now)
    if target is None:
        if not report.raises_alert:
            return Routing(None, entries)
        when = report.trip.when
        entry = IndexEntry(report.alert_id, when.start, when.end, report.trip.status, now, report.published or now)
        return Routing(report.alert_id, (*entries, entry))
    updated = tuple(_update(entry, report, now) if entry is target else entry for entry in entries)
    return Routing(target.alert_id, updated)


def _reported_at(report: TripReport) -> datetime:
    if report.reported_at is None:
        raise ValueError("a report needs reported_at to be routed")
    return report.reported_at


def _match(entries: tuple[IndexEntry, ...], report: TripReport, now: datetime) -> IndexEntry | None:
    same_id = [entry for entry in entries if entry.alert_id == report.alert_id]
    if same_id:
        return same_id[0]
    status = report.trip.status
    if status == "invited":
        return None
    when = report.trip.when
    news = report.published or now  # dates are compared in the news's own time
    day = news.date()
    live = [entry for entry in entries if _live(entry, news)]
    if status in ("planned", "confirmed") or status in NEGATIONS:
        if when.start is not None and when.end is not None:
            live = [e for e in live if e.start is None or _overlaps(e.start, e.end, when.start, when.end)]
    elif status in ("ongoing", "past"):
        start = when.start or (day if status == "ongoing" else None)
        end = when.end or start
        if start is None or end is None:
            return None  # "has visited China before": no date, no trip of ours
        live = [
            e
            for e in live
            if (e.start is None and status == "ongoing")
            or (e.start is not None and _overlaps(e.start - AFTER_TRIP, (e.end or e.start) + AFTER_TRIP, start, end))
        ]
    else:
        return None
    return max(live, key=lambda entry: entry.last_reported, default=None)


def _live(entry: IndexEntry, news: datetime) -> bool:
    """Whether the alert is still open for news of time ``news``."""
    if entry.status in CLOSED:
        return False
    if entry.end is not None:
        return entry.end + AFTER_TRIP >= news.date()
    return news - entry.news_at <= UNDATED_OPEN_FOR


def _forgotten(entry: IndexEntry, now: datetime) -> bool:
    last_day = entry.end or entry.last_reported.date()
    return now - entry.last_reported > FORGET_AFTER and now.date() - last_day > FORGET_AFTER


def _overlaps(a_start: date, a_end: date | None, b_start: date, b_end: date) -> bool:
    return a_start <= b_end and b_start <= (a_end or a_start)


def _update(entry: IndexEntry, report: TripReport, now: datetime) -> IndexEntry:
    from pipeline.alerts.merge import next_status, sharper_when
    from pipeline.records import When

    news_at = report.published or now
    status = next_status(entry.status, report.trip.status, news_at >= entry.news_at)
    when = sharper_when(When(entry.start, entry.end), report.trip.when)
    return replace(
        entry,
        status=status,
        start=when.start,
        end=when.end,
        last_reported=max(now, entry.last_reported),
        news_at=max(news_at, entry.news_at),
    )
