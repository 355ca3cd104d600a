"""The stage agents, in pipeline order: articles (clean, tag) -> travel -> merge (route, merge).

Each module registers its agent on a :class:`~agents.runtime.app.Runtime` with ``install(runtime)``,
through the one frame in :mod:`agents.stages.frame`; no business rule lives here (it is in pipeline/).
An agent reads a topic only where a table's partitioning needs it: the travel stage's repeat check is
keyed by the near-duplicate key, the merge stage's tables by leader and country.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from agents.runtime.app import Runtime
from agents.stages import articles, merge, travel
from pipeline.cleaning import clean_article
from pipeline.records import RawArticle
from pipeline.tagging import tag_article
from pipeline.travel import detect_trips

# Written for newswatch: a story for the stages to read once before the first real one.
WARM_UP = RawArticle(
    id="warm-up",
    title="Leader to visit",
    published=datetime(2024, 10, 7, tzinfo=UTC),
    text="The president will travel to Kenya in November for talks on trade, his office said on Monday.",
)


@dataclass(frozen=True, slots=True)
class Agents:
    """The faust agents of a worker (tests drive each with ``agent.test_context()``)."""

    articles: Any
    travel: Any
    merge: Any


def install_stages(runtime: Runtime) -> Agents:
    """Register every stage agent on the runtime's app."""
    return Agents(articles=articles.install(runtime), travel=travel.install(runtime), merge=merge.install(runtime))


def warm_up(runtime: Runtime) -> None:
    """Run the pipeline once on a story of our own, so that what it loads on first use (the language
    model, say: seconds on a busy machine) is not charged to the first article's stage time limit."""
    tagged = tag_article(clean_article(WARM_UP), runtime.watchlist.gazetteer)
    detect_trips(tagged, runtime.watchlist.gazetteer)
