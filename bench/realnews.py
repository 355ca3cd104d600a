"""The real-news corpus (``../shared/corpus/news-{en,ru,zh}.jsonl``): texts, labels and splits.

The texts are the outlets' words, kept outside the repository; this module only reads them. Labels
name leaders by their English Wikipedia title and countries by their common English short name;
:class:`Resolver` maps both onto watchlist ids so that quality figures compare like with like.
The ``heldout`` split is only ever measured: benches report its aggregate figures, never its texts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from bench.report import SHARED

CORPUS = SHARED / "corpus"
LANGUAGES = ("en", "ru", "zh")
Split = Literal["dev", "heldout"]


@dataclass(frozen=True, slots=True)
class LabelledTrip:
    leader: str
    country: str | None
    city: str | None
    event: str | None
    when: str | None
    status: str


@dataclass(frozen=True, slots=True)
class CorpusText:
    id: str
    language: str
    url: str | None
    published: date | None
    split: Split
    text: str
    leaders: tuple[str, ...]
    trips: tuple[LabelledTrip, ...]

    def raw_article(self) -> Any:
        """The text as a scraper would hand it to newswatch: a raw article with url and date."""
        from pipeline.records import RawArticle

        published = (
            datetime(self.published.year, self.published.month, self.published.day, tzinfo=UTC)
            if self.published
            else None
        )
        return RawArticle(id=self.id, url=self.url, published=published, language=self.language, text=self.text)


def load(language: str, split: Split | None = None, directory: Path = CORPUS) -> list[CorpusText]:
    """``load("en", "dev")``: the corpus texts of one language, of one split or both."""
    path = directory / f"news-{language}.jsonl"
    if not path.exists():
        raise SystemExit(f"{path} is missing: the real-news corpus lives in ../shared/corpus beside the repo")
    texts = [_text(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [text for text in texts if split is None or text.split == split]


def _text(row: dict[str, Any]) -> CorpusText:
    return CorpusText(
        id=row["id"],
        language=row["language"],
        url=row.get("url"),
        published=date.fromisoformat(row["published"]) if row.get("published") else None,
        split=row["split"],
        text=row["text"],
        leaders=tuple(row.get("leaders") or ()),
        trips=tuple(
            LabelledTrip(
                leader=trip["leader"],
                country=trip.get("destination_country"),
                city=trip.get("destination_city"),
                event=trip.get("event"),
                when=trip.get("when"),
                status=trip["status"],
            )
            for trip in row.get("trips") or ()
        ),
    )


class Resolver:
    """Label names -> watchlist ids: leaders by name or alias, countries by name (folded)."""

    def __init__(self, gazetteer: Any) -> None:
        from pipeline.tagging.fold import fold

        self._fold = fold
        self.leaders: dict[str, str] = {}
        for leader in gazetteer.leaders.values():
            for name in (leader.name, *leader.aliases):
                self.leaders.setdefault(fold(name), leader.id)
        for leader in gazetteer.leaders.values():
            self.leaders[fold(leader.name)] = leader.id  # a full name wins over another's alias
        self.countries: dict[str, str] = {}
        for country in gazetteer.countries.values():
            for name in (country.name, *country.names):
                self.countries.setdefault(fold(name), country.code)
        for country in gazetteer.countries.values():
            self.countries[fold(country.name)] = country.code

    def leader(self, name: str) -> str | None:
        return self.leaders.get(self._fold(name))

    def country(self, name: str | None) -> str | None:
        return self.countries.get(self._fold(name)) if name else None

    def leader_ids(self, names: Iterable[str]) -> set[str]:
        return {found for name in names if (found := self.leader(name)) is not None}
