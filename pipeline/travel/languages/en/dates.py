"""English time expressions: "on October 17", "17-18 October 2023", "in late May", "next week", "on Tuesday".

Found with our own patterns rather than dateparser: the job is to find which words of a sentence are
a time, how precise it is, and which way it points for the trip's tense, which dateparser's single
datetime answer cannot say. Resolving them to dates is :mod:`pipeline.travel.timing`'s, for every language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.travel.languages.en.lexicon import (
    HOLIDAYS,
    LEXICON,
    MONTHS,
    NUMBERS,
    PARTS,
    SEASON_WORDS,
    SHORT_MONTHS,
    STEPS,
    WEEKDAYS,
)
from pipeline.travel.lexicon import trie
from pipeline.travel.sentences import lower
from pipeline.travel.timing import COMING_DAYS, TimeExpression, past_trip_times, scan_times

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_TO = r"\s*(?:-|–|to|and|through|until)\s*"
# "from Tuesday 22nd November to Thursday 24th November": the second day's weekday, inside the range
_WEEKDAY_IN_RANGE = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_PART = r"(?P<part>" + "|".join(sorted(PARTS, key=len, reverse=True)) + r")"
_STEP = r"(?P<step>this|next|last|the coming|the following)"
_UNIT = r"(?P<unit>week|weekend|month|year|spring|summer|autumn|fall|winter)"
_NUMBER = "|".join(sorted(NUMBERS, key=len, reverse=True)) + r"|\d+"
_COUNT = rf"(?P<count>{_NUMBER})"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<monthnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    (
        "range_dm",
        re.compile(
            rf"\b(?:from\s+|between\s+)?{_DAY}(?:\s+{_MONTH2})?{_TO}{_WEEKDAY_IN_RANGE}{_DAY2}\s+(?:of\s+)?{_MONTH}{_YEAR}\b"
        ),
    ),
    (
        "range_md",
        re.compile(
            rf"\b(?:from\s+|between\s+)?{_MONTH}\s+{_DAY}{_TO}{_WEEKDAY_IN_RANGE}(?:{_MONTH2}\s+)?{_DAY2}\b{_YEAR}"
        ),
    ),
    ("day_dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}\b")),
    ("day_md", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:-|–)){_YEAR}")),
    ("part_month", re.compile(rf"\b{_PART}[\s-]+{_MONTH}{_YEAR}\b")),
    ("month", re.compile(rf"\b(?P<prep>in|this|next|last|during|by|since|until|from|for|of)?\s*{_MONTH}{_YEAR}\b")),
    (
        "relative",
        re.compile(
            # "earlier this month" is in the expression, so that it reads as gone by (rules.explicitly_past)
            rf"\b(?:(?:(?P<part>early|earlier|later|late|the end of|the start of|by the end of|at the end of|"
            rf"at the start of|at the beginning of) )?{_STEP}\s+{_UNIT}"
            # "at the end of the month": of this one
            r"|(?P<part_the>(?:(?:at|by|towards?) )?the (?:end|start|beginning|middle) of)"
            r" the (?P<unit_the>week|month|year)"
            rf"|(?P<later>later (?:this|in the) (?:week|month|year))"
            rf"|(?P<day_word>(?:the )?day after tomorrow|tomorrow|tonight|today|yesterday)"
            # "in the coming weeks", "within days", "over the next few days", "for the next nine days"
            rf"|(?:(?:in|within|over|during|for) (?:the )?(?:coming|next) (?:(?P<coming_count>{_NUMBER}|few) )?"
            r"|within (?:a few )?)(?P<coming>days|weeks|months)"
            rf"|in (?:the )?(?P<season>spring|summer|autumn|fall|winter)"
            rf"|in {_COUNT} (?P<ahead>days?|weeks?|months?)(?: time)?"
            rf"|(?P<count2>{_NUMBER}) (?P<ago_unit>days?|weeks?|months?|years?) "
            rf"(?P<ago>ago|later)"
            r")\b"
        ),
    ),
    (
        "holiday",
        re.compile(
            r"\b(?:before|by|after|at|around|over|for|until|ahead of)\s+(?P<holiday>"
            + "|".join(sorted(HOLIDAYS, key=len, reverse=True))
            + r")(?:'s)?\b"
        ),
    ),
    ("weekday", re.compile(rf"\b(?P<prep>on|this|next|last|coming)?\s*{_WEEKDAY}\b")),
    (
        "year",
        re.compile(
            r"\b(?P<prep>in|since|during|by|until|of|for|early|late|mid-?)?\s*(?P<year>(?:19|20)\d\d)\b(?![-/]\d)"
        ),
    ),
]
# "the Kremlin said on Tuesday": the time of the saying, not of the trip.
_REPORTING = re.compile(
    r"(?:"
    + LEXICON.pattern("reporting_verb").pattern
    + r"|"
    + LEXICON.pattern("reporting_verb_with_object").pattern
    + r"[\w\s]{0,25}?|"
    # "Speaking aboard Air Force One on Thursday, Trump says he will ...": the time of the speaking
    + LEXICON.pattern("speaking").pattern
    + r"[^,;]{0,60}?)\s*(?:here\s+)?(?:on\s*)?$"  # "announced here on Thursday": where the saying was, then when
)
# "Peskov on Tuesday said": the saying's time stands before its verb.
_SAID_AFTER = LEXICON.pattern("reporting_verb_after_time", before=r"\s+")
# "On January 14, Dahal said he would visit India", "In September, at the summit, Sunak confirmed he would attend":
# a time that opens the sentence before its speaker and the saying is the saying's. The speaker's words hold no
# verb of their own ("On Monday, Modi will visit France and said ..." keeps Monday the trip's).
_SAID_AFTER_SPEAKER = LEXICON.pattern(
    "reporting_verb_after_time",
    before=r"\s*,\s*(?:(?!(?:will|would|shall|is|are|was|were|has|have|had|and|but|to|who|which)\b)[\w'’.-]+,?\s+){1,12}?",
)
# "BEIJING, Nov. 22 (Xinhua) -", "Istanbul [Turkey], August 5 (ANI):": a dateline's date is the report's.
_PLACE_WORDS = r"[A-Z][\w.'’/-]*(?:\s+[A-Z][\w.'’/-]*)*"  # one way only to split the words: no backtracking
_DATELINE_PLACE = re.compile(rf"\s*{_PLACE_WORDS}(?:,\s*{_PLACE_WORDS}|\s*\[{_PLACE_WORDS}\])*,\s*")
_DATELINE_END = re.compile(r"\s*(?:\([^()]{1,40}\)\s*[:\-–—]?|[:\-–—]\s)")
# Cheap tests that say which patterns can match at all; most sentences need one or two of them.
_WORD_ANCHORS = re.compile(
    r"\b(?:(?P<month>"
    + trie(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
    + r")|(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|(?P<relative>"
    + trie(
        [
            "today",
            "tonight",
            "tomorrow",
            "yesterday",
            "week",
            "weekend",
            "month",
            "year",
            "years",
            "spring",
            "summer",
            "autumn",
            "fall",
            "winter",
            "coming",
            "days",
            "weeks",
            "months",
            "ago",
        ]
    )
    + r"\b)|(?P<holiday>christmas|new year))"
)
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
    "holiday": frozenset({"holiday"}),
}
_MONTH_PREPOSITION = re.compile(r"(?:in|this|next|last|during|by|since|until|from|for|of)\s")


_OLD_YEAR_PREP = frozenset({"in", "since", "during"})


def find_time_expressions(sentence: str, low: str | None = None) -> list[TimeExpression]:
    """Every time expression in ``sentence``, longest first where they overlap, in text order."""
    folded = lower(sentence) if low is None else low

    def build(kind: str, match: re.Match[str], start: int, end: int) -> TimeExpression | None:
        groups = match.groupdict()
        if kind == "month" and not _plausible_month(sentence, match, groups):
            return None
        if kind == "year":
            # (a year of the last century only after a preposition: "Fidel Castro's trip to Venezuela in 1959", not
            # "1500 delegates")
            year = int(groups["year"] or 0)
            if not (1990 <= year <= 2040 or (1900 <= year < 1990 and groups["prep"] in _OLD_YEAR_PREP)):
                return None
        reporting = bool(
            _REPORTING.search(folded, max(0, start - 100), start)
            or _SAID_AFTER.match(folded, end)
            or (_OPENING.fullmatch(folded, 0, start) is not None and _SAID_AFTER_SPEAKER.match(folded, end) is not None)
            or (start < 50 and _DATELINE_PLACE.fullmatch(sentence, 0, start) and _DATELINE_END.match(sentence, end))
        )
        return _expression(kind, groups, start, end, sentence[start:end], reporting)

    times = _weekdays_of_dates(scan_times(folded, _WORD_ANCHORS, _PATTERNS, _NEEDS, build), folded, sentence)
    return _appositions_of_saying(_years_of_dates(times, folded, sentence), folded)


_APPOSITION = re.compile(r"[\s,(]*")
_WEEKDAY_BEFORE_DATE = re.compile(r"[\s,]*")


def _joined(
    times: list[TimeExpression], join: Callable[[TimeExpression, TimeExpression], TimeExpression | None]
) -> list[TimeExpression]:
    """``times`` with each one that ``join`` joins to the one before it (the joined expression, or None) merged."""
    merged: list[TimeExpression] = []
    for time in times:
        joined = join(merged[-1], time) if merged else None
        if joined is None:
            merged.append(time)
        else:
            merged[-1] = joined
    return merged


def _weekdays_of_dates(times: list[TimeExpression], low: str, sentence: str) -> list[TimeExpression]:
    """ "on Monday, June 3", "Monday 3 June": the weekday names the date that follows it, which says the day;
    read alone, the weekday would be the next Monday after the report, weeks before the date. The date keeps the
    weekday's name (``weekday``): in an undated report, a weekday is the news of the day either way."""

    def join(before: TimeExpression, time: TimeExpression) -> TimeExpression | None:
        if not (
            before.kind == "weekday"
            and time.kind in ("date", "range")
            and _WEEKDAY_BEFORE_DATE.fullmatch(low, before.end, time.start)
        ):
            return None
        return replace(
            time,
            start=before.start,
            text=sentence[before.start : time.end],
            weekday=before.weekday,
            reporting=before.reporting or time.reporting,
        )

    return _joined(times, join)


_OF_THE_YEAR = re.compile(r",?\s*(?:of\s+)?")


def _years_of_dates(times: list[TimeExpression], low: str, sentence: str) -> list[TimeExpression]:
    """ "in August last year", "on May 5 next year", "in March of this year": the year after a date or month is
    that date's year, relative to the report's (read alone, "in August" would be the coming one)."""

    def join(before: TimeExpression, time: TimeExpression) -> TimeExpression | None:
        if not (
            before.kind in ("date", "range", "month")
            and before.year is None
            and before.step is None
            and time.kind == "relative"
            and time.unit == "year"
            and time.part is None
            and time.step in (-1, 0, 1)
            and _OF_THE_YEAR.fullmatch(low, before.end, time.start)
        ):
            return None
        return replace(
            before,
            end=time.end,
            text=sentence[before.start : time.end],
            year_step=time.step,
            reporting=before.reporting or time.reporting,
        )

    return _joined(times, join)


def _appositions_of_saying(times: list[TimeExpression], low: str) -> list[TimeExpression]:
    """ "said on Saturday, November 9", "said today (25 January)": a time right after the saying's is the saying's."""
    for index in range(1, len(times)):
        before, time = times[index - 1], times[index]
        if before.reporting and not time.reporting and _APPOSITION.fullmatch(low, before.end, time.start):
            times[index] = replace(time, reporting=True)
    return times


def _plausible_month(sentence: str, match: re.Match[str], groups: dict[str, str | None]) -> bool:
    word = (groups.get("month") or "").rstrip(".")
    text = match.group(0).strip()
    # "May" the month needs a preposition or a year; "may" the verb is lower case and common.
    if word == "may":
        return bool(_MONTH_PREPOSITION.match(text)) or bool(groups.get("year"))
    if word in SHORT_MONTHS:
        return bool(groups.get("year")) and sentence[match.start("month")].isupper()
    return sentence[match.start("month")].isupper()


def _year(groups: dict[str, str | None]) -> int | None:
    year = groups.get("year")
    return int(year) if year else None


def _month(name: str | None) -> int | None:
    return MONTHS[name.rstrip(".")] if name else None


def _expression(
    kind: str, groups: dict[str, str | None], start: int, end: int, text: str, reporting: bool
) -> TimeExpression:
    if kind == "iso":
        return TimeExpression(
            start,
            end,
            text,
            "date",
            year=_year(groups),
            month=int(groups["monthnum"] or 1),
            day=int(groups["day"] or 1),
            reporting=reporting,
        )
    if kind in ("day_dm", "day_md"):
        return TimeExpression(
            start,
            end,
            text,
            "date",
            year=_year(groups),
            month=_month(groups["month"]),
            day=int(groups["day"] or 1),
            reporting=reporting,
        )
    if kind in ("range_dm", "range_md"):
        month = _month(groups["month"])
        other = _month(groups.get("month2")) or month
        # "30 September to 2 October" (month2 comes first), "June 30 to July 2" (month2 comes last).
        first, last = (other, month) if kind == "range_dm" else (month, other)
        return TimeExpression(
            start,
            end,
            text,
            "range",
            year=_year(groups),
            month=first,
            day=int(groups["day"] or 1),
            end_month=last,
            end_day=int(groups.get("day2") or groups["day"] or 1),
            reporting=reporting,
        )
    if kind in ("month", "part_month"):
        prep = (groups.get("prep") or "").strip()
        return TimeExpression(
            start,
            end,
            text,
            "month",
            year=_year(groups),
            month=_month(groups["month"]),
            step=STEPS.get(prep),
            part=PARTS.get(groups.get("part") or "") if kind == "part_month" else None,  # type: ignore[arg-type]
            reporting=reporting,
        )
    if kind == "year":
        return TimeExpression(start, end, text, "year", year=_year(groups), reporting=reporting)
    if kind == "holiday":
        month, day = HOLIDAYS[groups["holiday"] or "christmas"]
        return TimeExpression(start, end, text, "date", month=month, day=day, reporting=reporting)
    if kind == "weekday":
        return TimeExpression(
            start,
            end,
            text,
            "weekday",
            weekday=WEEKDAYS[groups["weekday"] or "monday"],
            step=STEPS.get(groups.get("prep") or "") if groups.get("prep") in ("next", "last") else None,
            reporting=reporting,
        )
    return _relative(groups, start, end, text, reporting)


def _relative(groups: dict[str, str | None], start: int, end: int, text: str, reporting: bool) -> TimeExpression:
    def make(**fields: object) -> TimeExpression:
        return TimeExpression(start, end, text, "relative", reporting=reporting, **fields)  # type: ignore[arg-type]

    if groups.get("unit"):
        unit = SEASON_WORDS.get(groups["unit"] or "", groups["unit"])
        return make(unit=unit, step=STEPS[groups["step"] or "this"], part=PARTS.get(groups.get("part") or ""))
    if groups.get("unit_the"):
        return make(unit=groups["unit_the"], step=0, part=PARTS[(groups["part_the"] or "").split(" ", 1)[-1]])
    if groups.get("later"):
        return make(unit=(groups["later"] or "").rsplit(" ", 1)[-1], step=0, part="later")
    if groups.get("day_word"):
        word = (groups["day_word"] or "").removeprefix("the ")
        step = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "day after tomorrow": 2}[word]
        return make(unit="day", step=step)
    if groups.get("coming"):
        unit = (groups["coming"] or "days").rstrip("s")
        number = groups.get("coming_count")
        if number is None or number in ("few", "several", "a"):
            return make(unit="coming", count=COMING_DAYS[unit])
        return make(unit="coming", count=_count(number) * {"day": 1, "week": 7, "month": 30}[unit])
    if groups.get("season"):
        return make(unit=SEASON_WORDS[groups["season"] or "spring"], step=None)
    if groups.get("ahead"):
        count = _count(groups.get("count"))
        return make(unit=(groups["ahead"] or "day").rstrip("s"), count=count)
    count = _count(groups.get("count2"))
    sign = -1 if groups.get("ago") == "ago" else 1
    return make(unit=(groups.get("ago_unit") or "day").rstrip("s"), count=sign * count)


def _count(word: str | None) -> int:
    if not word:
        return 1
    return int(word) if word.isdigit() else NUMBERS.get(word, 1)


# -- which time belongs to a trip -----------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r";|" + LEXICON.pattern("clause_break").pattern)
# "to visit Smolensk on the anniversary of the crash that killed the president in 2010": the crash's time
_PAST_RELATIVE = re.compile(r"\bthat\s+[\w-]+ed\b")
_BREAK_BEFORE_TIME = re.compile(_CLAUSE_BREAK.pattern + "|" + _PAST_RELATIVE.pattern)
# "his trip to India, which begins on Friday": a relative clause that gives the trip's own start
_OWN_START = re.compile(r"[^,;]{0,60},\s*(?:which|that)\s+(?:will\s+)?(?:begins?|starts?|opens?|kicks? off)\s+")
_LEG_AFTER = re.compile(r"[,;(]|\b(?:then|later|after|before|followed|and|or)\b")  # another leg, or another place
# "from July 25 to 28, taking him to Cameroon": the tour's time, before the list of its legs
_TAKING_TO_PLACE = re.compile(r",\s*" + LEXICON.pattern("taking_to").pattern + r"\s+[^;]*")
_RELATIVE_OPEN = re.compile(r",\s*(?:who|which|whose|where|[\w-]+ed)\b[^,]*$")  # ", who ...", ", re-elected on Sunday"


def time_for(start: int, end: int, times: list[TimeExpression], text: str) -> TimeExpression | None:
    """The time of the words from ``start`` to ``end``: the first one after them in the same clause, else
    the nearest before them that is not an aside's ("Starmer, who was in Samoa last month, will attend")."""
    usable = _own_times(times, text)
    for time in usable:
        if (
            time.start >= end
            and time.start - end < 90
            and (not _BREAK_BEFORE_TIME.search(text, end, time.start) or _OWN_START.fullmatch(text, end, time.start))
        ):
            return time
    before = [
        time
        for time in usable
        if time.end <= start
        and start - time.end < 60
        and not _in_relative_clause(time, start, text)
        and not _CONSEQUENCE.search(text, time.end, start)
    ]
    if before:
        return before[-1]
    # "On April 22, the Presidents of Russia and Azerbaijan, ..., who will arrive in Russia, will hold talks": a time
    # that opens the sentence, set off by a comma, is the whole sentence's
    return next(
        (
            time
            for time in usable
            if time.end <= start and _OPENING.fullmatch(text, 0, time.start) and text.startswith(",", time.end)
        ),
        None,
    )


_OPENING = re.compile(r"\s*(?:(?:on|in|from)\s+)?")
# "confirmed his attendance earlier this month, meaning that his first trips will include": the consequence is a
# clause of its own, whose trip the time of the news before it is not
_CONSEQUENCE = re.compile(r",\s*(?:meaning|which means|which meant)\b")


def _own_times(times: list[TimeExpression], text: str) -> list[TimeExpression]:
    """The times a trip may take: not a report's, nor a period's start ("the first visit since 2019", "its main
    trading partner since 2009", "his first official visit to Australia since taking over from his predecessor in
    late May": the time gone by since then, not the trip's)."""
    return [
        time
        for time in times
        if not time.reporting
        and not time.text.lower().startswith("since")
        and not _SINCE_CLAUSE.search(text, max(0, time.start - 80), time.start)
    ]


_SINCE_CLAUSE = re.compile(r"\bsince\s+[a-z]+ing\b[^,;.]{0,70}$", re.IGNORECASE)


def _in_relative_clause(time: TimeExpression, start: int, text: str) -> bool:
    return bool(_RELATIVE_OPEN.search(text[max(0, time.start - 80) : time.start])) and "," in text[time.end : start]


def trip_times(
    times: list[TimeExpression], text: str, place_end: int, trigger_start: int, past: bool
) -> list[TimeExpression]:
    """The times of one trip to the place ending at ``place_end``: the one right after the place, else the last
    between the trigger and the place ("will travel on Monday to Tanzania"), else the trigger's; for a past trip
    given by years, each year ("in 2017 and 2019": two trips)."""
    usable = _own_times(times, text)
    chosen = [
        time
        for time in usable
        if time.start >= place_end
        and time.start - place_end < 70
        and not _PAST_RELATIVE.search(text, place_end, time.start)
    ][:1]
    if not chosen:
        chosen = [
            time
            for time in usable
            if time.start > trigger_start
            and time.end < place_end
            and (
                _TAKING_TO_PLACE.fullmatch(text, time.end, place_end) is not None
                or (
                    _LEG_AFTER.search(text, time.end, place_end)
                    is None  # not "this weekend for Europe and then Australia"
                    and _CLAUSE_BREAK.search(text, time.end, place_end) is None
                )
            )
        ][-1:]
    if not chosen:
        nearest = time_for(trigger_start, place_end, times, text)
        chosen = [nearest] if nearest is not None else []
    return past_trip_times(chosen, usable, past)
