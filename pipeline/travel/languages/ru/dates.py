"""Russian time expressions: "17-18 октября", "с 5 по 7 октября 2023 года", "в начале декабря", "на следующей
неделе", "в четверг", "осенью 2018 года", "через неделю", "два года назад".

Each is described with the language-neutral fields of :class:`~pipeline.travel.timing.TimeExpression`
and resolved by :mod:`pipeline.travel.timing`, as English ones are. Russian months are written in lower
case and inflect ("октябрь, октября, в октябре"), so every form is listed (``lexicon.MONTHS``); a
short form ("14 сен") counts only after a day.
"""

from __future__ import annotations

import re

from pipeline.travel.languages.ru.lexicon import (
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

_MONTH = r"(?P<month>" + trie(MONTHS) + r")\.?"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:-?(?:го|е|м))?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:-?(?:го|е|м))?"
_YEAR_WORD = r"(?:\s*(?:года|году|год|г\.|г\b|гг\.?))"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d)" + _YEAR_WORD + r"?)?"
# "в ноябре прошлого года", "в апреле следующего года": a month of the year before or after
_YEAR_STEP = r"\s+(?P<year_step>этого|текущего|прошлого|минувшего|следующего|будущего)\s+года"
_WHICH_YEAR = rf"(?:{_YEAR_STEP}|{_YEAR})"
_TO = r"\s*(?:-|–|—|−|по|и|до)\s*"
_STEP_WORD = (
    r"(?P<step>следующ\w*|будущ\w*|наступающ\w*|грядущ\w*|предстоящ\w*|эт(?:от|ом|ой|у|а|о|ого|ими?)|текущ\w*"
    r"|нынешн\w*|прошл\w*|минувш\w*|прошедш\w*|предыдущ\w*)"
)
_PART = r"(?P<part>начал[еоа]?|середин[еуы]|конц[еау]|конец|перв(?:ой|ую) половин[еуы]|втор(?:ой|ую) половин[еуы])"
_SEASON = r"(?P<season>" + "|".join(sorted(SEASON_WORDS, key=len, reverse=True)) + r")"
_WEEKDAY = r"(?P<weekday>" + trie(WEEKDAYS) + r")"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<monthnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("numeric", re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<monthnum>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b")),
    ("range", re.compile(rf"(?:\b(?:с|со|между)\s+)?\b{_DAY}(?:\s+{_MONTH2})?{_TO}{_DAY2}\s+{_MONTH}{_YEAR}(?!\w)")),
    ("date", re.compile(rf"\b{_DAY}\s+{_MONTH}{_YEAR}(?!\w)")),
    (
        "part_month",
        re.compile(
            rf"\b(?:в|во|к|до|на)\s+{_PART}\s+(?:(?P<week>первой|последней) недели\s+)?{_MONTH}{_WHICH_YEAR}(?!\w)"
        ),
    ),
    (
        "week_of_month",
        re.compile(rf"\b(?:в|на)\s+(?P<week>первую|вторую|последнюю) неделю\s+{_MONTH}{_WHICH_YEAR}(?!\w)"),
    ),
    (
        "month",
        re.compile(
            rf"\b(?:(?P<prep>в|во|на|к|до|с|по|до конца|с начала)\s+)?(?:{_STEP_WORD}\s+)?{_MONTH}{_WHICH_YEAR}(?!\w)"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:"
            rf"(?:(?:в|во|к|до)\s+{_PART}\s+)?(?:на|в|во|к|до|с)?\s*{_STEP_WORD}\s+(?P<unit>недел\w*|месяц\w*|год\w*|выходн\w*)"
            rf"|(?:в|во|к|до)\s+{_PART.replace('?P<part>', '?P<part2>')}\s+(?P<unit2>года|месяца|недели)"
            rf"|(?P<later>(?:позже|позднее)\s+(?:в\s+)?(?:этом|текущем)\s+(?:году|месяце))"
            r"|(?P<day_word>послезавтра|позавчера|сегодня|завтра|вчера|накануне)"
            r"|в\s+ближайш\w+\s+(?P<coming>дни|недели|месяцы)"
            r"|(?P<soon>в\s+ближайшее\s+время|в\s+скором\s+времени|в\s+обозримом\s+будущем)"
            rf"|(?:этой\s+|следующей\s+|прошлой\s+)?{_SEASON}(?:\s+(?P<season_step>этого|следующего|будущего|прошлого|текущего)\s+года"
            rf"|\s+(?P<season_year>(?:19|20)\d\d)(?:\s*(?:года|г\.?))?)?"
            r"|через\s+(?P<count>\d+|\w+)?\s*(?P<ahead>дн\w*|день|недел\w*|месяц\w*|год\w*|лет)"
            r"|(?P<count2>\d+|\w+)?\s*(?P<ago_unit>дн\w*|день|недел\w*|месяц\w*|год\w*|лет)\s+(?P<ago>назад|спустя)"
            r")(?!\w)"
        ),
    ),
    (
        "weekday",
        re.compile(
            # "в четверг", "в следующий четверг", "с четверга" (from Thursday on: its start), "намечен на четверг"
            rf"\b(?:(?:в|во|с|со|на)\s+|(?=следующ|ближайш|эт|прошл))(?:(?P<prep>следующ\w*|ближайш\w*|эт\w+|прошл\w*)\s+)?"
            rf"{_WEEKDAY}(?!\w)"
        ),
    ),
    (
        "year",
        re.compile(
            r"\b(?:(?P<prep>в|во|с|до|к|на|по|за)\s+)?(?:(?P<part>начале|середине|конце)\s+)?(?P<year>(?:19|20)\d\d)"
            + _YEAR_WORD
            + r"?(?![-/\d]|\.\d)"
        ),
    ),
]
# "заявил во вторник", "28 сентября Песков сообщил": the time of the saying, not of the trip.
_REPORTING_BEFORE = re.compile(LEXICON.pattern("reporting_verb").pattern + r"\s*(?:[\w-]+\s+){0,2}$")
_REPORTING_AFTER = re.compile(r"^[,\s]*(?:[\w.-]+\s+){0,6}?" + LEXICON.pattern("reporting_verb").pattern)
_CLOCK = re.compile(r"\s*[,|]?\s*(?:в\s+)?[0-2]?\d:[0-5]\d\b")
_CLOCK_BEFORE = re.compile(r"\b[0-2]?\d:[0-5]\d\s*[,|/]?\s*$")
_CLAUSE_START = re.compile(r"(?:^|[.;:!?]\s*|\bранее\s+|\bнапомним,?\s+|\bкак\s+)$")
_WORD_ANCHORS = re.compile(
    r"(?P<month>"
    + trie(sorted({form[:3] for form in MONTHS}))
    + r")|(?P<weekday>понедельн|вторн|сред|четверг|пятниц|суббот|воскресен)|(?P<relative>недел|месяц|год|выходн"
    r"|завтра|вчера|сегодня|накануне|ближайш|скором|обозрим|весн|лет|осен|зим|назад|спустя|через|позже|позднее)"
)
_NEEDS: dict[str, frozenset[str]] = {
    "iso": frozenset({"digit"}),
    "numeric": frozenset({"digit"}),
    "range": frozenset({"month", "digit"}),
    "date": frozenset({"month", "digit"}),
    "part_month": frozenset({"month"}),
    "week_of_month": frozenset({"month"}),
    "month": frozenset({"month"}),
    "relative": frozenset({"relative"}),
    "weekday": frozenset({"weekday"}),
    "year": frozenset({"digit"}),
}


def find_time_expressions(sentence: str, low: str | None = None) -> list[TimeExpression]:
    """Every time expression in ``sentence``, longest first where they overlap, in text order."""
    folded = lower(sentence) if low is None else low

    def build(kind: str, match: re.Match[str], start: int, end: int) -> TimeExpression | None:
        reporting = _reporting(folded, start, end)
        return _expression(kind, match.groupdict(), start, end, sentence[start:end], reporting)

    return scan_times(folded, _WORD_ANCHORS, _PATTERNS, _NEEDS, build)


def _reporting(low: str, start: int, end: int) -> bool:
    if _REPORTING_BEFORE.search(low, max(0, start - 40), start):
        return True
    if _CLOCK.match(low, end) or _CLOCK_BEFORE.search(low, max(0, start - 8), start):
        return True  # "16.08.2025, 17:32": when the page was written
    # "28 сентября пресс-секретарь Дмитрий Песков сообщил, что ...": a time opening a clause of saying
    return bool(_CLAUSE_START.search(low, max(0, start - 12), start)) and bool(
        _REPORTING_AFTER.match(low[end : end + 90])
    )


def _year(groups: dict[str, str | None]) -> int | None:
    year = groups.get("year")
    return int(year) if year else None


def _month(name: str | None) -> int | None:
    return MONTHS.get(name.rstrip(".")) if name else None


def _stem_step(word: str | None) -> int | None:
    if not word:
        return None
    for stem, step in STEPS.items():
        if word.startswith(stem):
            return step
    return None


def _part(word: str | None) -> str | None:
    if not word:
        return None
    for stem, part in sorted(PARTS.items(), key=lambda item: -len(item[0])):
        if word.startswith(stem):
            return part
    return None


def _count(word: str | None) -> int:
    if not word:
        return 1
    return int(word) if word.isdigit() else NUMBERS.get(word, 1)


def _unit(word: str) -> str:
    if word.startswith("недел"):
        return "week"
    if word.startswith("месяц"):
        return "month"
    if word.startswith(("дн", "день")):
        return "day"
    if word.startswith("выходн"):
        return "weekend"
    return "year"


def _expression(
    kind: str, groups: dict[str, str | None], start: int, end: int, text: str, reporting: bool
) -> TimeExpression | None:
    if kind in ("iso", "numeric"):
        month = int(groups["monthnum"] or 1)
        day = int(groups["day"] or 1)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return TimeExpression(start, end, text, "date", year=_year(groups), month=month, day=day, reporting=reporting)
    if kind == "date":
        word = (groups.get("month") or "").rstrip(".")
        if not 1 <= int(groups["day"] or 0) <= 31:
            return None
        return TimeExpression(
            start,
            end,
            text,
            "date",
            year=_year(groups),
            month=MONTHS[word],
            day=int(groups["day"] or 1),
            reporting=reporting,
        )
    if kind == "range":
        month = _month(groups["month"]) or 1
        first = _month(groups.get("month2")) or month
        day1, day2 = int(groups["day"] or 1), int(groups.get("day2") or groups["day"] or 1)
        if not (1 <= day1 <= 31 and 1 <= day2 <= 31) or (first == month and day2 < day1):
            return None
        return TimeExpression(
            start,
            end,
            text,
            "range",
            year=_year(groups),
            month=first,
            day=day1,
            end_month=month,
            end_day=day2,
            reporting=reporting,
        )
    if kind in ("month", "part_month", "week_of_month"):
        word = (groups.get("month") or "").rstrip(".")
        if word in SHORT_MONTHS and not text.endswith("."):
            return None  # "мар", "окт" alone are not months
        part = _part(groups.get("part"))
        if kind == "week_of_month":
            part = "late" if groups.get("week") == "последнюю" else "early"
        step = _stem_step(groups.get("step"))
        return TimeExpression(
            start,
            end,
            text,
            "month",
            year=_year(groups),
            year_step=_stem_step(groups.get("year_step")),
            month=MONTHS[word],
            step=step,
            part=part,  # type: ignore[arg-type]
            reporting=reporting,
        )
    if kind == "year":
        year = int(groups["year"] or 0)
        if not 1990 <= year <= 2040:
            return None
        return TimeExpression(start, end, text, "year", year=year, reporting=reporting)
    if kind == "weekday":
        prep = groups.get("prep") or ""
        step = 1 if prep.startswith("следующ") else -1 if prep.startswith("прошл") else None
        return TimeExpression(
            start,
            end,
            text,
            "weekday",
            weekday=WEEKDAYS[groups["weekday"] or "понедельник"],
            step=step,
            reporting=reporting,
        )
    return _relative(groups, start, end, text, reporting)


def _relative(groups: dict[str, str | None], start: int, end: int, text: str, reporting: bool) -> TimeExpression | None:
    def make(**fields: object) -> TimeExpression:
        return TimeExpression(start, end, text, "relative", reporting=reporting, **fields)  # type: ignore[arg-type]

    if groups.get("unit"):
        step = _stem_step(groups.get("step"))
        if step is None:
            return None
        return make(unit=_unit(groups["unit"] or ""), step=step, part=_part(groups.get("part")))
    if groups.get("unit2"):
        return make(unit=_unit(groups["unit2"] or ""), step=0, part=_part(groups.get("part2")))
    if groups.get("later"):
        unit = "year" if "год" in (groups["later"] or "") else "month"
        return make(unit=unit, step=0, part="later")
    if groups.get("day_word"):
        word = groups["day_word"] or "сегодня"
        step = {"сегодня": 0, "завтра": 1, "послезавтра": 2, "вчера": -1, "позавчера": -2, "накануне": -1}[word]
        return make(unit="day", step=step)
    if groups.get("coming"):
        unit = {"дни": "day", "недели": "week", "месяцы": "month"}[groups["coming"] or "дни"]
        return make(unit="coming", count=COMING_DAYS[unit])
    if groups.get("soon"):
        return make(unit="coming", count=COMING_DAYS["week"])
    if groups.get("season"):
        season = SEASON_WORDS[groups["season"] or "весной"]
        if groups.get("season_year"):
            return _season_of_year(season, int(groups["season_year"] or 0), start, end, text, reporting)
        step_word = groups.get("season_step") or text.split()[0]
        return make(unit=season, step=_stem_step(step_word))
    if groups.get("ahead"):
        return make(unit=_unit(groups["ahead"] or "день"), count=_count(groups.get("count")))
    if groups.get("ago_unit"):
        sign = -1 if groups.get("ago") == "назад" else 1
        return make(unit=_unit(groups["ago_unit"] or "день"), count=sign * _count(groups.get("count2")))
    return None


def _season_of_year(season: str, year: int, start: int, end: int, text: str, reporting: bool) -> TimeExpression:
    """ "осенью 2018 года": the season's months of that year, as a range of dates."""
    first, last = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}[season]
    last_day = {5: 31, 8: 31, 11: 30, 2: 28}[last]
    return TimeExpression(
        start, end, text, "range", year=year, month=first, day=1, end_month=last, end_day=last_day, reporting=reporting
    )


# -- which time belongs to a trip -----------------------------------------------------------------

# ", а в ноябре примет участие": a contrast opens another clause with its own time
_CLAUSE_BREAK = re.compile(r";|,\s*а\b|" + LEXICON.pattern("clause_break").pattern)
_SINCE_BEFORE = re.compile(
    r"\b(?:с|со)\s+(?:начала|момента|времени|времен|конца)\s+(?:[\w-]+\s+){0,4}$|\b(?:начиная|впервые)\s+(?:с|со|после)\s+$"
)
# "14 сентября по приглашению ... посетит": a time that opens the sentence dates its verb
_OPENS_CLAUSE = re.compile(r"(?:^|[.;:!?]\s*|\bнапомним,\s*)[\W\d]*$")
# "на парад Победы, который состоится 24 июня": the gathering's date is the trip's
_HELD_ON = re.compile(
    r",?\s*(?:котор\w+|где)\s+(?:[\w-]+\s+){0,3}?(?:состоится|состоятся|пройдет|пройдёт|пройдут|начнется|начнётся"
    r"|запланирован\w*|намечен\w*|будет проходить|проходит|открывается|откроется)\s+(?:[\w-]+\s+){0,3}?$"
)
# "в Минске состоится заседание СНГ, в котором примет участие Путин": the gathering's time is the trip's
_IN_WHICH = re.compile(r",\s*(?:в|во|на)\s+котор\w+")
_RELATIVE_OPEN = re.compile(r",\s*(?:котор\w+|где|когда)\b[^,]*$")


def _usable(times: list[TimeExpression], text: str) -> list[TimeExpression]:
    """The times that can date a trip: not a saying's ("заявил во вторник") nor a "since" ("с начала 2022 года")."""
    return [
        time
        for time in times
        if not time.reporting and not _SINCE_BEFORE.search(text, max(0, time.start - 40), time.start)
    ]


def time_for(start: int, end: int, times: list[TimeExpression], text: str) -> TimeExpression | None:
    """The time of the words from ``start`` to ``end``: the first one after them in the same clause, else
    the nearest before them that is not an aside's ("Путин, который был в Китае в мае, посетит ...")."""
    usable = _usable(times, text)
    for time in usable:
        if time.start >= end and time.start - end < 90 and not _CLAUSE_BREAK.search(text, end, time.start):
            return time
    before = [
        time
        for time in usable
        if time.end <= start
        and (start - time.end < 70 or (start - time.end < 160 and _OPENS_CLAUSE.search(text, 0, time.start)))
        and not _CLAUSE_BREAK.search(_IN_WHICH.sub(" ", text[time.end : start]))
        and not _in_relative_clause(time, start, text)
    ]
    return before[-1] if before else None


def _in_relative_clause(time: TimeExpression, start: int, text: str) -> bool:
    return bool(_RELATIVE_OPEN.search(text[max(0, time.start - 80) : time.start])) and "," in text[time.end : start]


def trip_times(
    times: list[TimeExpression], text: str, place_end: int, trigger_start: int, past: bool
) -> list[TimeExpression]:
    """The times of one trip to the place ending at ``place_end``: the one right after the place, else the
    trigger's; for a past trip given by years, each year ("в 2017 и 2019 годах": two trips)."""
    usable = _usable(times, text)
    chosen = [
        time
        for time in usable
        if time.start >= place_end
        and time.start - place_end < 60
        and (
            not _CLAUSE_BREAK.search(text, place_end, time.start)
            or _HELD_ON.fullmatch(text, place_end, time.start) is not None
        )
    ][:1]
    if not chosen:
        # "посетит 8 июля Москву", "в Москву 25 мая прибудет": a time between the verb and the place
        low, high = sorted((trigger_start, place_end))
        chosen = [
            time
            for time in usable
            if low <= time.start and time.end <= high and not _CLAUSE_BREAK.search(text, time.end, high)
        ][-1:]
    if not chosen:
        nearest = time_for(trigger_start, place_end, times, text)
        chosen = [nearest] if nearest is not None else []
    if not chosen:
        # "посетит Ашхабад, где примет участие в трехстороннем саммите ..., который запланирован на начало августа":
        # the date of the gathering the trip is for, told in its own clause
        chosen = [
            time
            for time in usable
            if 0 <= time.start - place_end < 200 and _GATHERING_DATED.search(text, max(0, time.start - 40), time.start)
        ][:1]
    return past_trip_times(chosen, usable, past)


_GATHERING_DATED = re.compile(LEXICON.pattern("gathering_dated").pattern + r"\s+$")
