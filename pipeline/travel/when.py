"""When a trip happens: English time expressions found in a sentence, resolved against a reference date.

The reference is the article's publication date, never the clock. Expressions without a year ("in
October", "on Tuesday") resolve forwards for a future trip and backwards for a past one, so "in March"
in a July article is next March for "will visit" and last March for "visited". The result keeps the
words as written. A time that belongs to the reporting verb ("the Kremlin said on Tuesday") is
marked so the trip does not take it.

Dates are read with our own patterns rather than dateparser: the job here is to find which words
in a sentence are a time, how precise it is (a day, a month, a season), and which way it points for
the trip's tense, and dateparser's single datetime answer cannot say any of that.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from pipeline.records import When
from pipeline.travel.grammar import trie
from pipeline.travel.sentences import lower

Tense = Literal["future", "past"]
Precision = Literal["day", "week", "month", "season", "year", "open"]

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: index
    for index, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "several": 3}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_TO = r"\s*(?:-|–|to|and|through|until)\s*"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<monthnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    (
        "range_dm",
        re.compile(rf"\b(?:from\s+|between\s+)?{_DAY}(?:\s+{_MONTH2})?{_TO}{_DAY2}\s+(?:of\s+)?{_MONTH}{_YEAR}\b"),
    ),
    ("range_md", re.compile(rf"\b(?:from\s+|between\s+)?{_MONTH}\s+{_DAY}{_TO}(?:{_MONTH2}\s+)?{_DAY2}\b{_YEAR}")),
    ("day_dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}\b")),
    ("day_md", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:-|–)){_YEAR}")),
    (
        "part_month",
        re.compile(
            rf"\b(?P<part>early|mid|late|the end of|the start of|the beginning of|the middle of|end of|start of|"
            rf"beginning of|middle of)[\s-]+{_MONTH}{_YEAR}\b"
        ),
    ),
    ("month", re.compile(rf"\b(?:in|this|next|last|during|by|since|until|from|for|of)?\s*{_MONTH}{_YEAR}\b")),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>(?:early |later |late |the end of |the start of |by the end of |"
            r"at the end of |at the start of |at the beginning of )?(?:this|next|last|the coming|the following)\s+"
            r"(?:week|weekend|month|year|spring|summer|autumn|fall|winter)|later (?:this|in the) (?:week|month|year)|"
            r"(?:the )?day after tomorrow|tomorrow|tonight|today|yesterday|"
            r"in the coming (?:days|weeks|months)|in (?:the )?(?:spring|summer|autumn|fall|winter)|"
            r"in (?:a|one|two|three|four|five|six|ten|several|\d+) (?:days?|weeks?|months?)(?: time)?|"
            r"(?:a|one|two|three|four|five|six|ten|several|\d+) (?:days?|weeks?|months?|years?) (?:ago|later))\b"
        ),
    ),
    ("weekday", re.compile(rf"\b(?P<prep>on|this|next|last|coming)?\s*{_WEEKDAY}\b")),
    (
        "year",
        re.compile(
            r"\b(?P<prep>in|since|during|by|until|of|for|early|late|mid-?)?\s*(?P<year>(?:19|20)\d\d)\b"
            r"(?![-/]\d)"
        ),
    ),
]
# "the Kremlin said on Tuesday": the time of the saying, not of the trip.
_REPORTING = re.compile(
    r"\b(?:said|says|say|announced|announces|confirmed|confirms|told [\w\s]{0,25}?|reported|reports|added|"
    r"stated|declared|wrote|tweeted|posted|briefed [\w\s]{0,20}?|commented)\s*(?:on\s*)?$"
)


@dataclass(frozen=True, slots=True)
class TimeExpression:
    start: int
    end: int
    text: str
    kind: str
    groups: dict[str, str | None]
    reporting: bool  # belongs to a reporting verb ("said on Tuesday")

    def resolve(self, reference: date, tense: Tense) -> When:
        """The dates this expression means, for a trip in ``tense``, seen from ``reference``."""
        start, end = _resolve(self, reference, tense)
        return When(start, end, self.text)

    @property
    def precision(self) -> Precision:
        return _PRECISION.get(self.kind, "month")


_PRECISION: dict[str, Precision] = {
    "iso": "day",
    "range_dm": "day",
    "range_md": "day",
    "day_dm": "day",
    "day_md": "day",
    "weekday": "day",
    "part_month": "month",
    "month": "month",
    "year": "year",
}


# Cheap tests that say which patterns can match at all; most sentences need one or two of them. The word
# anchors are one pass (a month's first letters, a weekday, a relative word), each match named by its group.
_WORD_ANCHORS = re.compile(
    r"\b(?:(?P<month>"
    + trie("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
    + r")|(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|(?P<relative>"
    + trie(
        "today|tonight|tomorrow|yesterday|week|weekend|month|year|years|spring|summer|autumn|fall|winter|coming|"
        "days|weeks|months|ago"
    )
    + r"\b))"
)
_DIGIT = re.compile(r"\d")
_NEEDS: dict[str, frozenset[str]] = {
    "iso": frozenset({"digit"}),
    "range_dm": frozenset({"month", "digit"}),
    "range_md": frozenset({"month", "digit"}),
    "day_dm": frozenset({"month", "digit"}),
    "day_md": frozenset({"month", "digit"}),
    "part_month": frozenset({"month"}),
    "month": frozenset({"month"}),
    "relative": frozenset({"relative"}),
    "weekday": frozenset({"weekday"}),
    "year": frozenset({"digit"}),
}


def find_time_expressions(sentence: str, low: str | None = None) -> list[TimeExpression]:
    """Every time expression in ``sentence``, longest first where they overlap, in text order.

    ``low`` is ``lower(sentence)`` where the caller has it already."""
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    if low is None:
        low = lower(sentence)  # the patterns are lower case (see grammar.py); capitals are read from ``sentence``
    present = {match.lastgroup or "" for match in _WORD_ANCHORS.finditer(low)}
    if _DIGIT.search(low):
        present.add("digit")
    if not present:
        return found
    for kind, pattern in _PATTERNS:
        if not _NEEDS[kind] <= present:
            continue
        for match in pattern.finditer(low):
            start, end = match.span()
            text = sentence[start:end].strip()
            if not text:
                continue
            start = start + (len(match.group(0)) - len(match.group(0).lstrip()))
            if any(start < e and s < end for s, e in taken):
                continue
            groups = match.groupdict()
            if kind == "month" and not _plausible_month(sentence, match, groups):
                continue
            if kind == "year" and not _plausible_year(groups):
                continue
            reporting = bool(_REPORTING.search(low[max(0, start - 40) : start]))
            found.append(TimeExpression(start, end, text, kind, groups, reporting))
            taken.append((start, end))
    found.sort(key=lambda expression: expression.start)
    return found


_MONTH_PREPOSITION = re.compile(r"(?:in|this|next|last|during|by|since|until|from|for|of)\s")


def _plausible_month(sentence: str, match: re.Match[str], groups: dict[str, str | None]) -> bool:
    word = (groups.get("month") or "").rstrip(".")
    text = match.group(0).strip()
    # "May" the month needs a preposition or a year; "may" the verb is lower case and common.
    if word == "may":
        return bool(_MONTH_PREPOSITION.match(text)) or bool(groups.get("year"))
    # Short forms ("Mar", "Jun") only with a capital and next to a number, to avoid "mar" and "sept".
    if word in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"):
        return bool(groups.get("year")) and sentence[match.start("month")].isupper()
    return sentence[match.start("month")].isupper()


def _plausible_year(groups: dict[str, str | None]) -> bool:
    year = int(groups.get("year") or 0)
    return 1990 <= year <= 2040


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _pick_year(month: int, day: int | None, reference: date, tense: Tense) -> int:
    candidate = date(reference.year, month, min(day or 1, calendar.monthrange(reference.year, month)[1]))
    if tense == "future":
        if day is None:
            return reference.year if month >= reference.month else reference.year + 1
        return reference.year if candidate >= reference - timedelta(days=1) else reference.year + 1
    if day is None:
        return reference.year if month <= reference.month else reference.year - 1
    return reference.year if candidate <= reference + timedelta(days=1) else reference.year - 1


def _safe_date(year: int, month: int, day: int) -> date:
    return date(year, month, min(max(day, 1), calendar.monthrange(year, month)[1]))


def _resolve(expression: TimeExpression, reference: date, tense: Tense) -> tuple[date, date]:
    kind, groups = expression.kind, expression.groups
    text = expression.text.lower()
    if kind == "iso":
        day = _safe_date(int(groups["year"] or 0), int(groups["monthnum"] or 1), int(groups["day"] or 1))
        return day, day
    if kind in ("range_dm", "range_md", "day_dm", "day_md"):
        month = MONTHS[(groups["month"] or "").lower().rstrip(".")]
        other = MONTHS[(groups["month2"] or "").lower().rstrip(".")] if groups.get("month2") else month
        # "30 September to 2 October" (month2 comes first) and "June 30 to July 2" (month2 comes last).
        first_month, last_month = (other, month) if kind == "range_dm" else (month, other)
        day1 = int(groups["day"] or 1)
        day2 = int(groups.get("day2") or day1)
        year = int(groups["year"] or 0) if groups.get("year") else _pick_year(first_month, day1, reference, tense)
        start = _safe_date(year, first_month, day1)
        end = _safe_date(year if last_month >= first_month else year + 1, last_month, day2)
        return start, max(start, end)
    if kind in ("part_month", "month"):
        month = MONTHS[(groups["month"] or "").lower().rstrip(".")]
        if groups.get("year"):
            year = int(groups["year"] or 0)
        elif text.startswith("next "):
            year = reference.year if month > reference.month else reference.year + 1
        elif text.startswith("last "):
            year = reference.year if month < reference.month else reference.year - 1
        elif text.startswith("this "):
            year = reference.year
        else:
            year = _pick_year(month, None, reference, tense)
        first, last = _month_range(year, month)
        part = (groups.get("part") or "").lower()
        if part in ("early", "the start of", "the beginning of", "start of", "beginning of"):
            return first, first + timedelta(days=9)
        if part in ("mid", "the middle of", "middle of"):
            return first + timedelta(days=10), first + timedelta(days=19)
        if part in ("late", "the end of", "end of"):
            return first + timedelta(days=20), last
        return first, last
    if kind == "year":
        year = int(groups["year"] or 0)
        return date(year, 1, 1), date(year, 12, 31)
    if kind == "weekday":
        return _resolve_weekday(
            WEEKDAYS[(groups["weekday"] or "").lower()], (groups.get("prep") or "").lower(), reference, tense
        )
    return _resolve_relative(text, reference, tense)


def _resolve_weekday(weekday: int, prep: str, reference: date, tense: Tense) -> tuple[date, date]:
    delta = (weekday - reference.weekday()) % 7
    if prep == "next":
        day = reference + timedelta(days=delta or 7)
    elif prep == "last":
        day = reference - timedelta(days=(reference.weekday() - weekday) % 7 or 7)
    elif tense == "future":
        day = reference + timedelta(days=delta)
    else:
        day = reference - timedelta(days=(reference.weekday() - weekday) % 7)
    return day, day


def _week(reference: date, weeks: int) -> tuple[date, date]:
    monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=weeks)
    return monday, monday + timedelta(days=6)


def _resolve_relative(text: str, reference: date, tense: Tense) -> tuple[date, date]:
    year, month = reference.year, reference.month
    text = re.sub(r"^(by |at )", "", text)
    text = re.sub(r"^later in the ", "later this ", text)  # "later in the week" is later this week
    prefix = ""
    for candidate in ("early ", "later ", "late ", "the end of ", "the start of ", "the beginning of ", "end of "):
        if text.startswith(candidate):
            prefix, text = candidate.strip(), text[len(candidate) :]
            break
    if text in ("today", "tonight"):
        return reference, reference
    if text == "tomorrow":
        return reference + timedelta(days=1), reference + timedelta(days=1)
    if text.endswith("day after tomorrow"):
        return reference + timedelta(days=2), reference + timedelta(days=2)
    if text == "yesterday":
        return reference - timedelta(days=1), reference - timedelta(days=1)
    words = text.split()
    if (
        len(words) >= 2
        and words[0] in ("this", "next", "last", "the")
        and words[-1] in ("week", "weekend", "month", "year", "spring", "summer", "autumn", "fall", "winter")
    ):
        step = {"this": 0, "next": 1, "last": -1}.get(words[0], 1)
        unit = words[-1]
        if unit == "week":
            start, end = _week(reference, step)
            if prefix == "later":
                start = max(start, reference)
            return start, end
        if unit == "weekend":
            saturday = reference + timedelta(days=(5 - reference.weekday()) % 7) + timedelta(weeks=max(step, 0))
            return saturday, saturday + timedelta(days=1)
        if unit == "month":
            target_month = month + step
            target_year = year + (target_month - 1) // 12
            target_month = (target_month - 1) % 12 + 1
            first, last = _month_range(target_year, target_month)
            if prefix == "early" or prefix in ("the start of", "the beginning of"):
                return first, first + timedelta(days=9)
            if prefix in ("late", "the end of", "end of"):
                return first + timedelta(days=20), last
            if prefix == "later":
                return max(first, reference), last
            return first, last
        if unit == "year":
            target = year + step
            if prefix == "early" or prefix in ("the start of", "the beginning of"):
                return date(target, 1, 1), date(target, 3, 31)
            if prefix in ("late", "the end of", "end of"):
                return date(target, 10, 1), date(target, 12, 31)
            if prefix == "later":
                return max(date(target, 1, 1), reference), date(target, 12, 31)
            return date(target, 1, 1), date(target, 12, 31)
        return _season(unit, reference, tense, step)
    if text.startswith("later this "):
        return _resolve_relative_later(text.rsplit(" ", 1)[-1], reference)
    if text.startswith("in the coming"):
        unit = text.rsplit(" ", 1)[-1]
        span = {"days": 7, "weeks": 30, "months": 120}[unit]
        return reference, reference + timedelta(days=span)
    season = re.match(r"in (?:the )?(spring|summer|autumn|fall|winter)", text)
    if season:
        return _season(season.group(1), reference, tense, 0)
    amount = re.match(r"in (\w+) (day|week|month)s?", text) or re.match(
        r"(\w+) (day|week|month|year)s? (ago|later)", text
    )
    if amount:
        count = NUMBERS.get(amount.group(1), int(amount.group(1)) if amount.group(1).isdigit() else 1)
        if amount.group(2) == "year":
            year = reference.year + (-count if text.endswith("ago") else count)
            return date(year, 1, 1), date(year, 12, 31)
        days = count * {"day": 1, "week": 7, "month": 30}[amount.group(2)]
        day = reference - timedelta(days=days) if text.endswith("ago") else reference + timedelta(days=days)
        return day, day
    return reference, reference


def _resolve_relative_later(unit: str, reference: date) -> tuple[date, date]:
    if unit == "week":
        return reference, _week(reference, 0)[1]
    if unit == "month":
        return reference, _month_range(reference.year, reference.month)[1]
    return reference, date(reference.year, 12, 31)


def _season(name: str, reference: date, tense: Tense, step: int) -> tuple[date, date]:
    first_month, last_month = SEASONS[name]
    year = reference.year + step
    if step == 0 and tense == "future" and reference.month > (last_month if last_month >= first_month else 12):
        year += 1
    if step == 0 and tense == "past" and reference.month < first_month and first_month != 12:
        year -= 1
    if first_month > last_month:  # winter spans the new year
        end_year = year + 1
        return date(year, first_month, 1), _month_range(end_year, last_month)[1]
    return date(year, first_month, 1), _month_range(year, last_month)[1]
