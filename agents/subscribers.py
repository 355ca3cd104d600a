"""``newswatch alerts``: the alert topic as a subscriber sees it, filtered and printed.

Each record of the alert topic is one version of one alert (README, "Alerts out"). By default a line
or two per version for people; ``--json`` prints the records as they are, one per line, for programs.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from pipeline.records import TripStatus
from pipeline.tagging import Watchlist


@dataclass(frozen=True, slots=True)
class AlertFilter:
    """Which alerts to show: each given criterion must hold (an empty one always does)."""

    leaders: tuple[str, ...] = ()  # leader ids, or words of their names
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2 codes of the destination
    statuses: tuple[TripStatus, ...] = ()

    def accepts(self, alert: dict[str, Any]) -> bool:
        leader = alert.get("leader") or {}
        if self.leaders and not any(_leader_matches(wanted, leader) for wanted in self.leaders):
            return False
        country = ((alert.get("destination") or {}).get("country") or "").upper()
        if self.countries and country not in {code.upper() for code in self.countries}:
            return False
        return not self.statuses or alert.get("status") in self.statuses


def _leader_matches(wanted: str, leader: dict[str, Any]) -> bool:
    name = str(leader.get("name") or "").lower()
    return wanted == leader.get("id") or wanted.lower() in name


class AlertFormatter:
    """Alert versions as lines for people, with country and event names from the watchlist."""

    def __init__(self, watchlist: Watchlist) -> None:
        self.countries = {country.code: country.name for country in watchlist.countries}
        self.events = {event.id: event.name for event in watchlist.events}

    def lines(self, alert: dict[str, Any]) -> list[str]:
        destination = alert.get("destination") or {}
        code = str(destination.get("country") or "?")
        where = self.countries.get(code, code)
        if destination.get("city"):
            where += f" ({destination['city']})"
        parts = [f"{(alert.get('leader') or {}).get('name', '?')} -> {where}"]
        if destination.get("event"):
            parts.append(self.events.get(destination["event"], destination["event"]))
        parts.append(describe_when(alert.get("when") or {}))
        sources = len(alert.get("sources") or ())
        changes = ", ".join(alert.get("changes") or ())
        head = (
            f"{str(alert.get('updated_at', ''))[:16].replace('T', ' ')}  {str(alert.get('status', '?')).upper():9s} "
            + " | ".join(parts)
            + f"   [{alert.get('alert_id')} v{alert.get('version')}: {changes}; {sources} "
            + f"source{'s' if sources != 1 else ''}, confidence {alert.get('confidence')}]"
        )
        evidence = f'    "{alert.get("evidence", "")}"'
        if alert.get("attribution"):
            evidence += f" ({alert['attribution']})"
        return [head, evidence]


def describe_when(when: dict[str, Any]) -> str:
    """ "October 2023", "2023-10-17", "2023-10-21 to 2023-10-31", or "date not given"."""
    if not when.get("start"):
        return "date not given"
    start, end = date.fromisoformat(when["start"]), date.fromisoformat(when.get("end") or when["start"])
    if start == end:
        return start.isoformat()
    last_day = calendar.monthrange(start.year, start.month)[1]
    if start.day == 1 and end == start.replace(day=last_day):
        return start.strftime("%B %Y")
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    return f"{start.isoformat()} to {end.isoformat()}"


def parse_statuses(values: Iterable[str]) -> tuple[TripStatus, ...]:
    """``--status planned,confirmed --status cancelled`` -> the statuses, checked."""
    from agents.settings import TRIP_STATUSES

    words = [word.strip().lower() for value in values for word in value.split(",") if word.strip()]
    unknown = [word for word in words if word not in TRIP_STATUSES]
    if unknown:
        raise ValueError(f"unknown status {unknown[0]!r}: use {', '.join(TRIP_STATUSES)}")
    return tuple(status for status in TRIP_STATUSES if status in words)
