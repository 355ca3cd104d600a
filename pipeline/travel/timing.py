"""When a trip happens: time expressions, whatever the language that wrote them, resolved to dates.

Each language finds its own expressions (``languages/<code>/dates.py``) and describes each with the
same fields (a day, a month, a weekday, "next week", "in three days"...); resolving them is the same
for every language. The reference date is the article's publication date (or, without one, a date the
caller knows, such as when the message arrived), never the clock: without a reference, only
expressions that carry their own year resolve. A reference known to its month only (an address
``/2022/05/slug``) resolves what a month fixes ("on May 10", "next month", "later this year"), not a
weekday, "next week" or "in three days". Expressions without a year ("in October", "on
Tuesday") resolve forwards for a future trip and backwards for a past one, so "in March" in a July
article is next March for "will visit" and last March for "visited".
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from pipeline.records import Month, When

Tense = Literal["future", "past"]
Precision = Literal["day", "week", "month", "season", "year", "open"]
Kind = Literal["date", "range", "month", "year", "weekday", "relative"]
Unit = Literal["day", "week", "weekend", "month", "year", "spring", "summer", "autumn", "winter", "coming"]
Part = Literal["early", "mid", "late", "later"]

SEASONS: dict[str, tuple[int, int]] = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}
# The years a news story's dates can be in, where the words do not say which.
YEARS = range(1990, 2041)
# How far "in the coming days / weeks / months" reaches (a ``coming`` expression's ``count``).
COMING_DAYS = {"day": 7, "week": 30, "month": 120}


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """One time expression of a sentence: where it is, what it says, and whether a report's verb owns it.

    ``kind`` says which fields are set: ``date`` (``month``, ``day``, maybe ``year``), ``range``
    (``month``/``day`` to ``end_month``/``end_day``), ``month`` (``month``, maybe ``year``, ``part``,
    ``step``), ``year``, ``weekday`` (``weekday``, maybe ``step``), ``relative`` (``unit`` with ``step``
    -1/0/+1 for last/this/next, or ``count`` units from the reference, negative for "ago"). A date
    without ``month`` is a day of the month around the reference (Chinese "28日"), or, with ``step``, of
    the month that many away ("上月8日"); ``year_step`` gives a year relative to the reference's ("明年1月":
    January of the next year).
    """

    start: int
    end: int
    text: str
    kind: Kind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    weekday: int | None = None
    unit: Unit | None = None
    step: int | None = None
    count: int | None = None
    part: Part | None = None
    reporting: bool = False  # belongs to a reporting verb ("the Kremlin said on Tuesday")
    year_step: int | None = None  # the reference's year or one before or after ("в ноябре прошлого года")

    @property
    def counted_back(self) -> bool:
        """Whether it counts back from the reference: "last week", "two years ago", "в прошлом месяце"."""
        return (self.step is not None and self.step < 0) or (self.count is not None and self.count < 0)

    @property
    def precision(self) -> Precision:
        if self.kind in ("date", "range", "weekday"):
            return "day"
        if self.kind == "year":
            return "year"
        if self.kind == "month":
            return "month"
        if self.unit in ("day", "weekend"):
            return "day"
        if self.unit == "week":
            return "week"
        if self.unit in SEASONS:
            return "season"
        if self.unit == "year":
            return "year" if self.part is None else "season"
        return "month" if self.unit == "month" else "open"

    @property
    def has_year(self) -> bool:
        return self.year is not None or self.year_step is not None

    def weekday_years(self) -> list[int]:
        """The years in which a date named with its weekday and without its year ("Sunday, November 10") falls
        on that weekday: a few in a lifetime (the calendar repeats every 5, 6 or 11 years)."""
        if self.weekday is None or self.kind not in ("date", "range") or self.month is None or self.day is None:
            return []
        if self.has_year:
            return []
        month, day = self.month, self.day
        return [
            year
            for year in YEARS
            if day <= calendar.monthrange(year, month)[1] and date(year, month, day).weekday() == self.weekday
        ]

    def resolve(self, reference: date | Month | None, tense: Tense) -> When:
        """The dates this expression means for a trip in ``tense``, seen from ``reference`` (a day, a month
        whose day is unknown, or None: unknown)."""
        span = (
            _resolve_in_month(self, reference, tense)
            if isinstance(reference, Month)
            else _resolve(self, reference, tense)
        )
        return When(span[0], span[1], self.text) if span else When(None, None, self.text)


def month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


DAY_JUST_GONE = 31  # days


def day_just_gone(time: TimeExpression, day: date | None) -> bool:
    """Whether ``time`` is a day (or days) of the month before ``day``, named without its year: "will attend a meeting
    scheduled for April 28-29", quoted in a story of May 2 from a statement of the week before, is that meeting,
    gone; no one names a trip's day a year ahead without its year."""
    if day is None or time.kind not in ("date", "range") or time.year is not None or time.month is None:
        return False
    last_day = time.end_day if time.kind == "range" and time.end_day is not None else time.day
    if last_day is None:
        return False
    try:
        last = date(day.year, time.end_month or time.month, last_day)
        if last > day:
            last = date(day.year - 1, last.month, last.day)
    except ValueError:
        return False  # "February 29" of a year without it
    return 0 < (day - last).days <= DAY_JUST_GONE


def _pick_year(month: int, day: int | None, reference: date, tense: Tense) -> int:
    candidate = date(reference.year, month, min(day or 1, calendar.monthrange(reference.year, month)[1]))
    if tense == "future":
        if day is None:
            return reference.year if month >= reference.month else reference.year + 1
        # (a day just gone is that day, told in a stale announcement: "将于11月6日至7日前往" on a page of November 10)
        return reference.year if candidate >= reference - timedelta(days=DAY_JUST_GONE) else reference.year + 1
    if day is None:
        return reference.year if month <= reference.month else reference.year - 1
    return reference.year if candidate <= reference + timedelta(days=1) else reference.year - 1


def _safe_date(year: int, month: int, day: int) -> date:
    return date(year, month, min(max(day, 1), calendar.monthrange(year, month)[1]))


def _resolve(time: TimeExpression, reference: date | None, tense: Tense) -> tuple[date, date] | None:
    if time.kind in ("date", "range"):
        return _resolve_date(time, reference, tense)
    if time.kind == "month":
        return _resolve_month(time, reference, tense)
    if time.kind == "year":
        if time.year is None:
            return None
        return date(time.year, 1, 1), date(time.year, 12, 31)
    if reference is None:
        return None
    if time.kind == "weekday":
        return _resolve_weekday(time.weekday or 0, time.step, reference, tense)
    return _resolve_relative(time, reference, tense)


def _resolve_in_month(time: TimeExpression, month: Month, tense: Tense) -> tuple[date, date] | None:
    """What a month whose day is unknown fixes: the year of a date ("on May 10", by the month alone), a month
    ("next month", "in October"), a year, a season; not a weekday, a week, a day counted from the reference, or
    a day of the month without its month ("28日", unless counted by months: "上月8日")."""
    first = month.first
    if time.kind in ("date", "range"):
        if time.month is None:
            return _resolve_date(time, first, tense) if time.step is not None else None
        if time.year is None and time.year_step is None:
            time = replace(time, year=_pick_year(time.month, None, first, tense))
        return _resolve_date(time, first, tense)
    if time.kind in ("month", "year"):
        return _resolve(time, first, tense)
    if time.kind == "relative" and time.count is None and time.unit in ("month", "year", *SEASONS):
        return _resolve_relative(time, first, tense)
    return None


def _resolve_date(time: TimeExpression, reference: date | None, tense: Tense) -> tuple[date, date] | None:
    day1 = time.day or 1
    day2 = time.end_day or day1
    if time.month is not None:
        month = time.month
        last_month = time.end_month or month
        if time.year is not None:
            year = time.year
        elif reference is None:
            return None
        elif time.year_step is not None:
            year = reference.year + time.year_step
        elif tense == "future" and (last_month, day2) != (month, day1):
            # a range still running on the reference day is this one ("将于12月1至3日", read on the 3rd): the year
            # of its end
            end_year = _pick_year(last_month, day2, reference, tense)
            year = end_year if last_month >= month else end_year - 1
        else:
            year = _pick_year(month, day1, reference, tense)
    elif reference is not None:
        wraps = day2 < day1  # "30日至2日": into the next month
        if tense == "future" and not wraps and time.step is None:
            year, month = _month_of_day(day2, reference, tense, None)
        else:
            year, month = _month_of_day(day1, reference, tense, time.step)
        last_month = month % 12 + 1 if wraps else month
    else:
        return None
    start = _safe_date(year, month, day1)
    end = _safe_date(year if last_month >= month else year + 1, last_month, day2)
    return start, max(start, end)


def _month_of_day(day: int, reference: date, tense: Tense, step: int | None) -> tuple[int, int]:
    """The year and month of "the 28th": the reference's month, else the next (future) or the last (past);
    with ``step``, the month that many from the reference's ("上月8日": the 8th of last month)."""
    year, month = reference.year, reference.month
    if step is not None:
        target = month - 1 + step
        return year + target // 12, target % 12 + 1
    if tense == "future" and day < reference.day - 1:
        return (year + 1, 1) if month == 12 else (year, month + 1)
    if tense == "past" and day > reference.day + 1:
        return (year - 1, 12) if month == 1 else (year, month - 1)
    return year, month


def _resolve_month(time: TimeExpression, reference: date | None, tense: Tense) -> tuple[date, date] | None:
    month = time.month or 1
    if time.year is not None:
        year = time.year
    elif reference is None:
        return None
    elif time.year_step is not None:
        year = reference.year + time.year_step
    elif time.step == 1:
        year = reference.year if month > reference.month else reference.year + 1
    elif time.step == -1:
        year = reference.year if month < reference.month else reference.year - 1
    elif time.step == 0:
        year = reference.year
    else:
        year = _pick_year(month, None, reference, tense)
    first, last = month_range(year, month)
    return _part_of(first, last, time.part)


def _part_of(first: date, last: date, part: Part | None) -> tuple[date, date]:
    """The early, middle or late part of a month (ten days each) or of a year (its quarters)."""
    if (last - first).days > 40:
        year = first.year
        parts = {"early": (1, 3), "mid": (4, 9), "late": (10, 12)}
        if part in parts:
            return date(year, parts[part][0], 1), month_range(year, parts[part][1])[1]
        return first, last
    if part == "early":
        return first, first + timedelta(days=9)
    if part == "mid":
        return first + timedelta(days=10), first + timedelta(days=19)
    if part == "late":
        return first + timedelta(days=20), last
    return first, last


def _resolve_weekday(weekday: int, step: int | None, reference: date, tense: Tense) -> tuple[date, date]:
    delta = (weekday - reference.weekday()) % 7
    if step == 1:
        day = reference + timedelta(days=delta or 7)
    elif step == -1:
        day = reference - timedelta(days=(reference.weekday() - weekday) % 7 or 7)
    elif tense == "future":
        day = reference + timedelta(days=delta)
    else:
        day = reference - timedelta(days=(reference.weekday() - weekday) % 7)
    return day, day


def _week(reference: date, weeks: int) -> tuple[date, date]:
    monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=weeks)
    return monday, monday + timedelta(days=6)


def _resolve_relative(time: TimeExpression, reference: date, tense: Tense) -> tuple[date, date]:
    unit, step, part = time.unit, time.step, time.part
    if time.count is not None and unit in ("day", "week", "month", "year"):
        if unit == "year":
            year = reference.year + time.count
            return date(year, 1, 1), date(year, 12, 31)
        day = reference + timedelta(days=time.count * {"day": 1, "week": 7, "month": 30}[unit])
        return day, day
    if unit == "coming":
        return reference, reference + timedelta(days=time.count or 30)
    if unit == "day":
        day = reference + timedelta(days=step or 0)
        return day, day
    if unit == "week":
        start, end = _week(reference, step or 0)
        return (max(start, reference), end) if part == "later" else (start, end)
    if unit == "weekend":
        saturday = reference + timedelta(days=(5 - reference.weekday()) % 7) + timedelta(weeks=max(step or 0, 0))
        return saturday, saturday + timedelta(days=1)
    if unit == "month":
        target = reference.month + (step or 0)
        first, last = month_range(reference.year + (target - 1) // 12, (target - 1) % 12 + 1)
        if part == "later":
            return max(first, reference), last
        return _part_of(first, last, part)
    if unit == "year":
        target = reference.year + (step or 0)
        first, last = date(target, 1, 1), date(target, 12, 31)
        if part == "later":
            return max(first, reference), last
        return _part_of(first, last, part)
    if unit in SEASONS:
        return _season(unit, reference, tense, step)
    return reference, reference


def _season(name: str, reference: date, tense: Tense, step: int | None) -> tuple[date, date]:
    first_month, last_month = SEASONS[name]
    year = reference.year + (step or 0)
    if step in (None, 0) and tense == "future" and reference.month > (last_month if last_month >= first_month else 12):
        year += 1
    if step in (None, 0) and tense == "past" and reference.month < first_month and first_month != 12:
        year -= 1
    if first_month > last_month:  # winter spans the new year
        return date(year, first_month, 1), month_range(year + 1, last_month)[1]
    return date(year, first_month, 1), month_range(year, last_month)[1]


_DIGIT = re.compile(r"\d")


def scan_times(
    low: str,
    anchors: re.Pattern[str],
    patterns: Sequence[tuple[str, re.Pattern[str]]],
    needs: Mapping[str, frozenset[str]],
    build: Callable[[str, re.Match[str], int, int], TimeExpression | None],
) -> list[TimeExpression]:
    """The time expressions of a sentence, matched on ``low`` (its lower-cased form), in text order.

    A language gives its patterns longest first, each with the anchors it needs (the named groups of
    ``anchors`` found in the sentence, and "digit" for any digit), so that most patterns never run;
    a match overlapping one already taken is passed over. ``build(kind, match, start, end)`` makes the
    language's expression of a match, or None where the match is not a time after all.
    """
    found: list[TimeExpression] = []
    present = {match.lastgroup or "" for match in anchors.finditer(low)}
    if _DIGIT.search(low):
        present.add("digit")
    if not present:
        return found
    taken: list[tuple[int, int]] = []
    for kind, pattern in patterns:
        if not needs[kind] <= present:
            continue
        for match in pattern.finditer(low):
            start, end = match.span()
            raw = match.group(0)
            start += len(raw) - len(raw.lstrip())
            if start >= end or any(start < e and s < end for s, e in taken):
                continue
            expression = build(kind, match, start, end)
            if expression is not None:
                found.append(expression)
                taken.append((start, end))
    found.sort(key=lambda expression: expression.start)
    return found


def past_trip_times(chosen: list[TimeExpression], usable: list[TimeExpression], past: bool) -> list[TimeExpression]:
    """``chosen``, the time of one trip; for a past trip given by a year, each year listed with it ("in 2017
    and 2019", "в 2017 и 2019 годах": two trips)."""
    if not (past and chosen and chosen[0].kind == "year"):
        return chosen
    first = chosen[0]
    years = [
        time
        for time in usable
        if time.kind == "year" and time.start >= first.start and time.start - first.end < 12 + 30 * (time is not first)
    ]
    return years or chosen
