"""``newswatch analyze``: the pure pipeline over raw-article JSON lines, offline (no Kafka).

One output line per input line: the article as the pipeline sees it, or an ``error`` object with the
line number and reason. Blank lines are not inputs and are skipped.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from agents.wire import WireError, loads, raw_article_from_json, tagged_to_json
from pipeline.cleaning import CleaningError, clean_article
from pipeline.tagging import Gazetteer, tag_article

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Outcome:
    line: int
    result: dict[str, Any]
    failed: bool


class Analyzer:
    """The pure pipeline for one watchlist: ``Analyzer(gazetteer).analyze(line_number, line)``."""

    def __init__(self, gazetteer: Gazetteer, max_bytes: int) -> None:
        self.gazetteer = gazetteer
        self.max_bytes = max_bytes

    def analyze(self, number: int, line: str) -> Outcome:
        try:
            raw = raw_article_from_json(loads(line.encode("utf-8", errors="surrogateescape"), self.max_bytes))
            article = clean_article(raw)
            tagged = tag_article(article, self.gazetteer)
        except (WireError, CleaningError) as exc:
            return Outcome(number, {"error": {"line": number, "reason": exc.reason, "message": str(exc)}}, True)
        except Exception as exc:  # a bug must not stop the batch; the line says what happened
            logger.debug("analyze failed on line %d", number, exc_info=True)
            error = {"line": number, "reason": "stage_error", "message": f"{type(exc).__name__}: {exc}"}
            return Outcome(number, {"error": error}, True)
        return Outcome(number, tagged_to_json(tagged), False)

    def analyze_lines(self, lines: Iterable[str]) -> Iterator[Outcome]:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield self.analyze(number, line)
