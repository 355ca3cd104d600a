"""What an article's times are read from: the day it is news of, else the month of publication its address
gives, else what the article itself fixes.

The day is the publication date, else the time the message arrived (in the worker), but the arrival only
within the month the address gives, if it gives one (``Article.news_day``, which the tagger reads too).
Without a day, a month resolves what a month fixes ("on May 10", "next month"; :mod:`~pipeline.travel.timing`).
Without either, a date named with its weekday ("on Sunday, November 10") falls on that weekday only in a few
years: the one in which the traveller led, and, if several, that the article names, is the date's, when
exactly one year is left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from pipeline.records import Article, Month, When
from pipeline.tagging.gazetteer import Gazetteer
from pipeline.travel.merge import LEADING_ROLES
from pipeline.travel.sentences import Sentence
from pipeline.travel.timing import Tense, TimeExpression


@dataclass(slots=True)
class Dating:
    """An article's reference for its times: ``day`` (None: unknown) and ``seen_from``, what relative times
    resolve against (the day, else the month of publication)."""

    day: date | None
    seen_from: date | Month | None
    gazetteer: Gazetteer | None = None
    sentences: Sequence[Sentence] = ()
    _years: frozenset[int] | None = field(default=None, repr=False)

    @classmethod
    def of(
        cls,
        article: Article,
        arrived: date | None,
        gazetteer: Gazetteer | None = None,
        sentences: Sequence[Sentence] = (),
    ) -> Dating:
        """Usage: ``Dating.of(article, arrived, gazetteer, sentences)``."""
        day = article.news_day(arrived)
        return cls(day, day if day is not None else article.published_month, gazetteer, sentences)

    def resolve(self, time: TimeExpression, tense: Tense, leader: str | None = None) -> When:
        """When ``time`` is, for a trip in ``tense`` (of ``leader``, whose terms may fix the year of a weekday's
        date)."""
        when = time.resolve(self.seen_from, tense)
        if when.start is None and self.seen_from is None and leader is not None:
            year = self._year_of_weekday(time, leader)
            if year is not None:
                return replace(time, year=year).resolve(None, tense)
        return when

    def _year_of_weekday(self, time: TimeExpression, leader: str) -> int | None:
        years = time.weekday_years()
        if not years or self.gazetteer is None:
            return None
        offices = [office for office in self.gazetteer.leaders[leader].offices if office.role in LEADING_ROLES]
        day = time.day or 1
        month = time.month or 1
        years = [year for year in years if any(office.held_on(date(year, month, day)) for office in offices)]
        if len(years) > 1:
            years = [year for year in years if year in self.named_years]
        return years[0] if len(years) == 1 else None

    @property
    def named_years(self) -> frozenset[int]:
        """The years the article's times name ("November 11, 2024", "later in 2024")."""
        if self._years is None:
            self._years = frozenset(
                time.year for sentence in self.sentences for time in sentence.times if time.year is not None
            )
        return self._years
