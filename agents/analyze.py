"""``newswatch analyze``: the pure pipeline over raw-article JSON lines, offline (no Kafka).

One output line per input line: the article as the pipeline sees it (clean text, ``actors``, ``topics``,
every ``trips`` the travel stage reads in it, and the ``alerts`` those raise), or an ``error`` object
with the line number and reason. Blank lines are not inputs and are skipped.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from agents.wire import WireError, alert_to_json, loads, raw_article_from_json, tagged_to_json, trip_to_json
from pipeline.cleaning import CleaningError, clean_article
from pipeline.records import TripStatus
from pipeline.tagging import Gazetteer, tag_article
from pipeline.travel import detect_trips, reports_for

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Outcome:
    line: int
    result: dict[str, Any]
    failed: bool


class Analyzer:
    """The pure pipeline for one watchlist: ``Analyzer(gazetteer, ...).analyze(line_number, line)``.

    Articles without a publication date have their relative dates ("next week") resolved against
    ``reference`` (by default the day of the run).
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        max_bytes: int,
        alert_statuses: Iterable[TripStatus],
        min_confidence: float,
        reference: date | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.max_bytes = max_bytes
        self.alert_statuses = tuple(alert_statuses)
        self.min_confidence = min_confidence
        self.reference = reference or datetime.now(UTC).date()

    def analyze(self, number: int, line: str) -> Outcome:
        try:
            raw = raw_article_from_json(loads(line.encode("utf-8", errors="surrogateescape"), self.max_bytes))
            article = clean_article(raw)
            tagged = tag_article(article, self.gazetteer)
            trips = detect_trips(tagged, self.gazetteer, self.reference)
            reports = reports_for(trips, article, self.alert_statuses, self.min_confidence)
        except (WireError, CleaningError) as exc:
            return Outcome(number, {"error": {"line": number, "reason": exc.reason, "message": str(exc)}}, True)
        except Exception as exc:  # a bug must not stop the batch; the line says what happened
            logger.debug("analyze failed on line %d", number, exc_info=True)
            error = {"line": number, "reason": "stage_error", "message": f"{type(exc).__name__}: {exc}"}
            return Outcome(number, {"error": error}, True)
        result = tagged_to_json(tagged)
        result["trips"] = [trip_to_json(trip) for trip in trips]
        result["alerts"] = [alert_to_json(report) for report in reports if report.raises_alert]
        return Outcome(number, result, False)

    def analyze_lines(self, lines: Iterable[str]) -> Iterator[Outcome]:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield self.analyze(number, line)
