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

# Written for newswatch: a story in each language read, for the stages to read once before the first real
# one. Each names a watched leader announcing a trip, so that it goes all the way: language identification
# (none is declared), tagging, pairing, the status rules, dates (tests/agents/test_warm_up.py holds them to it).
WARM_UP = tuple(
    RawArticle(id=f"warm-up-{number}", title=title, published=datetime(2024, 10, 7, tzinfo=UTC), text=text)
    for number, (title, text) in enumerate(
        (
            (
                "Leader to visit",
                "President Joe Biden will travel to Kenya in November for talks on trade, the White House said on "
                "Monday.",
            ),
            ("Визит", "Президент России Владимир Путин посетит Китай в ноябре, сообщил в понедельник Дмитрий Песков."),
            ("访问", "外交部发言人宣布，国家主席习近平将于11月对肯尼亚进行国事访问。"),
        )
    )
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
    """Run the pipeline once on each story of :data:`WARM_UP`, so that what it builds on first use (the
    language identifier, a language's morphology and its rules' patterns: over half a second on the first
    article with no declared language, a fifth before the first English trip's status was decided) is not
    waited for by the first real article, nor charged to its stage time limit."""
    for raw in WARM_UP:
        detect_trips(tag_article(clean_article(raw), runtime.watchlist.gazetteer), runtime.watchlist.gazetteer)
