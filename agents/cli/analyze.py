"""``newswatch analyze``: the pure pipeline over raw-article JSON lines, offline (no Kafka).

One output line per input line: the article as the pipeline sees it (clean text, ``actors``, ``topics``,
every ``trips`` the travel stage reads in it, and the ``alerts`` those raise), or an ``error`` object
with the line number, the article's id (when the line gets that far) and the reason. Blank lines are
not inputs and are skipped. A relative date ("next week") in an article without a publication date is
resolved against ``reference`` only if one is given: never against the day of the run. The tagger reads
the article on the same day as detection (who "the Russian president" is), as the worker does.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import click
import orjson

from agents.cli.common import friendly_errors, progress, settings_from_env
from agents.runtime.settings import Settings
from agents.wire.codec import WireError, loads
from agents.wire.raw import raw_article_from_json
from agents.wire.tagged import tagged_to_json
from agents.wire.trip import alert_to_json, trip_to_json
from pipeline.cleaning import CleaningError, clean_article
from pipeline.records import TripStatus
from pipeline.tagging import Gazetteer, load_watchlist, tag_article
from pipeline.travel import detect_trips, reports_for

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Outcome:
    line: int
    result: dict[str, Any]
    failed: bool


class Analyzer:
    """The pure pipeline for one watchlist: ``Analyzer(gazetteer, ...).analyze(line_number, line)``."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        max_bytes: int,
        alert_statuses: Iterable[TripStatus],
        min_confidence: float,
        reference: date | None = None,
        explain: bool = False,
    ) -> None:
        self.gazetteer = gazetteer
        self.max_bytes = max_bytes
        self.alert_statuses = tuple(alert_statuses)
        self.min_confidence = min_confidence
        self.reference = reference
        self.explain = explain

    def analyze(self, number: int, line: str) -> Outcome:
        article_id: str | None = None
        try:
            value = loads(line.encode("utf-8", errors="surrogateescape"), self.max_bytes)
            if isinstance(value, dict) and isinstance(value.get("id"), str):
                article_id = value["id"].strip() or None
            raw = raw_article_from_json(value)
            article_id = raw.id
            article = clean_article(raw)
            tagged = tag_article(article, self.gazetteer, self.reference)
            trips = detect_trips(tagged, self.gazetteer, self.reference)
            reports = reports_for(trips, article, self.alert_statuses, self.min_confidence)
        except (WireError, CleaningError) as exc:
            return self._error(number, article_id, exc.reason, str(exc))
        except Exception as exc:  # a bug must not stop the batch; the line says what happened
            logger.debug("analyze failed on line %d", number, exc_info=True)
            return self._error(number, article_id, "stage_error", f"{type(exc).__name__}: {exc}")
        result = tagged_to_json(tagged)
        result["trips"] = [trip_to_json(trip) for trip in trips]
        if self.explain:
            for shown, trip in zip(result["trips"], trips, strict=True):
                shown["explain"] = {"rule": trip.rule, "pairing": trip.pairing}
        result["alerts"] = [alert_to_json(report) for report in reports if report.raises_alert]
        return Outcome(number, result, False)

    def analyze_lines(self, lines: Iterable[str]) -> Iterator[Outcome]:
        for number, line in enumerate(lines, start=1):
            if line.strip():  # the line as publish reads it: without its end, which JSON errors would count
                yield self.analyze(number, line.rstrip("\r\n"))

    @staticmethod
    def _error(number: int, article_id: str | None, reason: str, message: str) -> Outcome:
        error = {"line": number, "id": article_id, "reason": reason, "message": message}
        return Outcome(number, {"error": error}, True)


def gazetteer_for(settings: Settings, watchlists: tuple[Path, ...]) -> Gazetteer:
    """The shipped watchlist extended by ``watchlists`` (default: NEWSWATCH_WATCHLIST)."""
    files = list(watchlists) or ([settings.watchlist] if settings.watchlist else [])
    return Gazetteer(load_watchlist(files))


@click.command()
@click.argument("source", default="-", type=click.File("r", encoding="utf-8", errors="surrogateescape"))
@click.option(
    "--output", "-o", default="-", type=click.File("w", encoding="utf-8"), help="Where to write (default stdout)."
)
@click.option(
    "--watchlist",
    "watchlists",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="A watchlist YAML file extending the shipped one (repeatable; default: NEWSWATCH_WATCHLIST).",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Say for each trip which status rule decided it and how traveller, trigger and place were paired.",
)
@friendly_errors
def analyze(source: Any, output: Any, watchlists: tuple[Path, ...], explain: bool) -> None:
    """Run the pipeline offline over raw-article JSON lines from SOURCE (a file, or - for stdin).

    Writes one JSON line per input line; a line that cannot be processed gives an "error" object with
    its line number and, when known, the article's id. Exit status 1 if any line failed. With
    --explain, each trip says why: {"rule": "status_table_rule/settling_rule", "pairing": "how: 'who' +
    'trigger' -> 'where'"} (docs/travel.md, "Why a trip was read so").
    """
    settings = settings_from_env()
    analyzer = Analyzer(
        gazetteer_for(settings, watchlists),
        settings.max_message_bytes,
        settings.alert_statuses,
        settings.alert_min_confidence,
        explain=explain,
    )
    failed = total = 0
    bar = progress(desc="analyze", unit=" articles")
    for outcome in analyzer.analyze_lines(source):
        output.write(orjson.dumps(outcome.result).decode() + "\n")
        total += 1
        failed += outcome.failed
        bar.update(1)
    bar.close()
    output.flush()
    if sys.stderr.isatty():
        click.echo(f"{total} lines, {failed} failed", err=True)
    sys.exit(1 if failed else 0)
