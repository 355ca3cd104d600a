"""``newswatch alerts``: the alert topic as a subscriber sees it, filtered and printed.

Each record of the alert topic is one version of one alert (docs/schemas.md, "Alerts"). By default a
line or two per version for people, with the languages its sources were written in; ``--json`` prints
the records as they are, one per line, for programs. The filter is the webhooks' own
(pipeline/delivery/filters.py).
"""

from __future__ import annotations

import asyncio
import calendar
from collections.abc import Iterable
from datetime import date
from typing import Any

import click
import orjson

from agents.cli.common import UserError, client_settings, friendly_errors
from agents.edges.topic_reader import TopicMissingError, read_topic
from agents.runtime.labels import TRIP_STATUSES
from pipeline.configfile import COUNTRY_CODE
from pipeline.delivery.filters import AlertFilter
from pipeline.records import TripStatus
from pipeline.tagging import Watchlist, load_watchlist


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
        sources = alert.get("sources") or ()
        languages = sorted({str(source.get("language")) for source in sources if source.get("language")})
        changes = ", ".join(alert.get("changes") or ())
        head = (
            f"{str(alert.get('updated_at', ''))[:16].replace('T', ' ')}  {str(alert.get('status', '?')).upper():9s} "
            + " | ".join(parts)
            + f"   [{alert.get('alert_id')} v{alert.get('version')}: {changes}; {len(sources)} "
            + f"source{'s' if len(sources) != 1 else ''}"
            + (f" ({', '.join(languages)})" if languages else "")
            + f", confidence {alert.get('confidence')}]"
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
    words = [word.strip().lower() for value in values for word in value.split(",") if word.strip()]
    unknown = [word for word in words if word not in TRIP_STATUSES]
    if unknown:
        raise ValueError(f"unknown status {unknown[0]!r}: use {', '.join(TRIP_STATUSES)}")
    return tuple(status for status in TRIP_STATUSES if status in words)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print each alert version as one JSON line.")
@click.option("--from-beginning", is_flag=True, help="Start at the oldest alert on the topic (default: new ones).")
@click.option("--follow", "-f", is_flag=True, help="Keep waiting for new alerts (default: stop at the end).")
@click.option("--limit", type=click.IntRange(min=1), help="Stop after this many alerts.")
@click.option("--leader", "leaders", multiple=True, help="Only this leader: an id or part of the name (repeatable).")
@click.option("--country", "countries", multiple=True, help="Only trips to this ISO country code (repeatable).")
@click.option("--status", "statuses", multiple=True, help="Only these statuses, e.g. planned,confirmed.")
@friendly_errors
def alerts(
    as_json: bool,
    from_beginning: bool,
    follow: bool,
    limit: int | None,
    leaders: tuple[str, ...],
    countries: tuple[str, ...],
    statuses: tuple[str, ...],
) -> None:
    """Show the travel alerts on the alert topic: each new version of each alert, as it comes."""
    settings = client_settings()
    try:
        wanted = AlertFilter.of(leaders, countries, parse_statuses(statuses))
    except ValueError as exc:
        raise UserError(f"--status: {exc}") from None
    for code in countries:  # a country's name would silently match no alert at all
        if not (code.isascii() and COUNTRY_CODE.match(code.strip().upper())):
            raise UserError(f"--country: {code!r} is not an ISO 3166-1 alpha-2 code such as CN")
    formatter = None if as_json else AlertFormatter(load_watchlist([settings.watchlist] if settings.watchlist else []))

    async def show() -> int:
        shown = 0
        async for _key, value, _stamp in read_topic(
            settings, settings.topic_alerts, from_beginning=from_beginning, follow=follow
        ):
            try:
                alert = orjson.loads(value)
            except orjson.JSONDecodeError:
                continue  # not ours: the alert topic holds only JSON alerts
            if not isinstance(alert, dict) or not wanted.accepts(alert):
                continue
            if formatter is None:
                click.echo(value.decode("utf-8", errors="replace"))
            else:
                click.echo("\n".join(formatter.lines(alert)))
            shown += 1
            if limit is not None and shown >= limit:
                break
        return shown

    try:
        shown = asyncio.run(show())
    except TopicMissingError:
        raise UserError(
            f"topic {settings.topic_alerts} does not exist yet: start a worker (`newswatch worker`) "
            "or create the topics (`newswatch topics`)"
        ) from None
    except KeyboardInterrupt:
        return
    if not shown and not as_json:
        hint = "" if from_beginning else " (--from-beginning shows earlier ones, --follow waits for new ones)"
        click.echo(f"No alerts{hint}.", err=True)
