"""Chinese time expressions: "11月27日至12月5日", "将于28日", "明年1月", "下周", "今年晚些时候", "周六(30日)".

Read on the folded sentence (Simplified characters, ASCII digits), with Chinese numerals too ("四月十八日").
Chinese news gives most dates as a day of the month alone ("外交部发言人23日宣布", "将于28日抵达"): such a
date has no month, and :mod:`pipeline.travel.timing` takes the month around the publication date. A time
that belongs to the report rather than the trip (a dateline "新华社北京11月23日电", "发言人23日宣布") is
marked ``reporting``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.travel.languages.zh.lexicon import (
    DAY_WORDS,
    DIGITS,
    LEXICON,
    PARTS,
    SEASONS,
    STEPS,
    WEEKDAYS,
    YEAR_STEPS,
)
from pipeline.travel.lexicon import trie
from pipeline.travel.timing import COMING_DAYS, Part, TimeExpression

_N = r"(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})"  # a month or a day ("廿七": 27; not "两": "两日访问" is two days)
_Y = r"(?:(?:19|20)\d\d|[一二〇零九][〇零一二三四五六七八九]{3})"  # a year: 2018, 二〇〇六
_S = r"\s*"  # "8 月 31 日": some outlets space the parts
# "2018年11月", "去年9月", "去年于9月" (the year may stand before the "于" that opens the date)
_YEAR_BEFORE = re.compile(rf"(?:(?P<year>{_Y}){_S}年|(?P<ystep>{'|'.join(YEAR_STEPS)})){_S}(?:于{_S})?$")
_YEAR_FIRST = frozenset({"range", "date", "month"})
_DAY_END = r"(?:日|(?<=\d)号|(?<=\d )号)"  # "27号", but "一号" is a name ("空军一号")
_TO = r"\s*(?:起\s*)?(?:至|到|-|–|—|~|、)\s*"  # "14日起至16日"
# what a number with "号" names when it is no day: an airport, a terminal, a line, a building, a gate, a decree
_NUMBERED = r"(?:机场|航站楼|楼|线|门|馆|厅|码头|站|公路|文件|令|台|坑|车|舰|卫星|院)"
_TIME_OF_DAY = r"(?:[上下]午|晚间?|晚上|凌晨|早上|早晨|中午|傍晚|深夜)?"
_PART_WORDS = "|".join(sorted(PARTS, key=len, reverse=True))
_PART = rf"(?P<part>{_PART_WORDS})"
_WEEKDAY = r"(?:周|星期|礼拜)(?P<weekday>[一二三四五六日天])"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?P<year>(?:19|20)\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)(?!\d)")),
    ("slash", re.compile(r"\(\s*(?P<month>[01]?\d)/(?P<day>[0-3]?\d)\s*\)")),  # 週四(1/22)
    # "3/29起出访", "4/5过境美国": Taiwan's month/day
    ("month_day_slash", re.compile(r"(?P<month>1[0-2]|0?[1-9])/(?P<day>[12]\d|3[01]|0?[1-9])(?![\d/])")),
    (
        "range",
        re.compile(
            rf"(?P<month>{_N}){_S}月{_S}(?P<day>{_N}){_S}{_DAY_END}?{_TIME_OF_DAY}{_TO}"
            rf"(?:(?P<month2>{_N}){_S}月{_S})?(?P<day2>{_N}){_S}{_DAY_END}"
        ),
    ),
    # "28日到11月4日": the first day's month is the last one's, or the one before
    (
        "range_into",
        re.compile(
            rf"(?P<day>{_N}){_S}{_DAY_END}{_TIME_OF_DAY}{_TO}"
            rf"(?P<month2>{_N}){_S}月{_S}(?P<day2>{_N}){_S}{_DAY_END}"
        ),
    ),
    ("date", re.compile(rf"(?P<month>{_N}){_S}月{_S}(?P<day>{_N}){_S}{_DAY_END}")),
    # "今(28)日", "周六(30日)": the day the parentheses give
    ("day", re.compile(rf"(?:今|{_WEEKDAY})\s*\(\s*(?P<day>\d{{1,2}})\s*(?:日|号)?\s*\)\s*日?")),
    # "上月8日至9日", "本月14日": a day of a month counted from the reference's
    (
        "month_day",
        re.compile(
            rf"(?P<mstep>本|这个|下个?|上个?)月{_S}(?P<day>{_N}){_S}{_DAY_END}?"
            rf"(?:{_TIME_OF_DAY}{_TO}(?P<day2>{_N}){_S})?{_DAY_END}"
        ),
    ),
    (
        "day_range",
        re.compile(rf"(?P<day>{_N}){_S}{_DAY_END}?{_TIME_OF_DAY}{_TO}(?P<day2>{_N}){_S}{_DAY_END}"),
    ),
    ("month", re.compile(rf"(?P<month>{_N}){_S}月份?{_PART}?(?![\d一二三四五六七八九十])")),
    # "22日", "27号"; but "伏努科沃2号机场", "1号航站楼", "3号线" are names
    ("day", re.compile(rf"(?P<day>{_N}){_S}{_DAY_END}(?![游内])(?!(?<=号){_NUMBERED})")),
    # "2030年可持续发展议程": a goal named by its year (lexicon list goal_after_year), no time of a trip
    (
        "year",
        re.compile(rf"(?P<year>{_Y}){_S}年(?!代|前|后|以前|以后|来|{LEXICON.source('goal_after_year')}){_PART}?"),
    ),
    ("weekday", re.compile(rf"(?P<wstep>本|这|下个?|上个?)?{_WEEKDAY}")),
    # "下周", "本月底", "上个星期": a week or a month counted from the reference's
    (
        "relative_step",
        re.compile(rf"(?P<step>本|这个?|下个?|上个?)(?P<unit>周末|周|星期|礼拜|月)(?P<upart>{_PART_WORDS})?"),
    ),
    # "两年前", "三天前" ("三天后" counts from an event named before, seldom from the report)
    (
        "relative_ago",
        re.compile(
            r"(?P<count>\d{1,3}|[一二三四五六七八九十两几数]{1,3})个?(?P<count_unit>天|日|周|星期|月|年)"
            r"(?P<ago>前|以前|之前)"
        ),
    ),
    (
        "relative",
        re.compile(
            # the literal words as tries: the engine then skips ahead on their first characters
            r"(?P<ystep>" + trie(YEAR_STEPS) + r")(?:(?P<season>[春夏秋冬])(?:季|天))?" + _PART + r"?"
            # (not "此前十二年内", "3年内": within so many years, no part of this one)
            r"|(?P<yearpart>(?<![\d〇零一二三四五六七八九十两几数多])年(?:初|中|底|末|内))"
            r"|(?P<monthpart>月(?:初|中|底|末))"
            r"|(?P<dayword>" + trie(DAY_WORDS) + r")"
            r"|(?P<coming>"
            + trie(("将于近日", "将在近日", "于近日", "近几天", "日内", "未来几天", "今后几天", "未来数日", "几天内"))
            + "|"
            + trie(("数日内", "未来几周", "数周内", "未来几个月", "数月内", "今后几个月"))
            + r")"
            r"|(?P<soon>近日|近期)(?=将|会|要|内|还将)"  # "近日将前往": soon
            r"|(?P<ago_word>日前)"
        ),
    ),
    ("season", re.compile(r"(?P<season>[春夏秋冬])(?:季|天)")),
]
# Cheap tests that say which patterns can match at all: the characters each one cannot do without.
_ANCHORS = re.compile(r"[月日号年周星礼前(/春夏秋冬]")
_NEEDS: dict[str, frozenset[str]] = {
    "slash": frozenset("("),
    "month_day_slash": frozenset("/"),
    "range": frozenset("月"),
    "range_into": frozenset("月"),
    "date": frozenset("月"),
    "day": frozenset("日号"),
    "month_day": frozenset("月"),
    "day_range": frozenset("日号"),
    "month": frozenset("月"),
    "year": frozenset("年"),
    "weekday": frozenset("周星礼"),
    "relative_step": frozenset("周星礼月"),
    "relative_ago": frozenset("前"),
    "season": frozenset("春夏秋冬"),
}
# Characters a pattern may not follow ("2019日" is no day, "为期3日" a length, "时隔7年" an interval): a test
# after the match, as a look-behind at a pattern's start would keep the engine from skipping ahead.
_NOT_AFTER: dict[str, str] = {
    "iso": "0123456789",
    "month_day_slash": "0123456789/",
    "range_into": "0123456789",
    "day_range": "0123456789",
    "day": "0123456789为期连续约第近",
    "relative_ago": "0123456789隔",
}
_REPORTING = re.compile(
    # "23日宣布", "11日的报道中说", "31日的记者会上", "昨日已公布": the time of a report, said, or of a report it names
    r"\)?\s*(?:\([^)]{0,12}\)\s*)?(?:的\s*)?(?:(?:"
    + LEXICON.source("reporting_adverb")
    + r")?(?:"
    + LEXICON.source("reporting_after")
    + r")|\d{1,2}:\d\d|在[^,;。]{0,12}?(?:记者会|发布会|说明会|吹风会|例行|专访|采访|受访)"
    # "10月25日,有消息称": the day a report came
    + r"|[,，]\s*有(?:消息|报道|报导|媒体|外媒|传言|传闻))"
)
_DIGIT_OR_WORD = re.compile(r"[\d一二三四五六七八九十〇零两廿卅月年周星礼今明昨前后本这下上近日未几数春夏秋冬]")


def number(text: str) -> int:
    """``number("二十九")`` -> 29, ``number("二〇〇六")`` -> 2006, ``number("17")`` -> 17."""
    if text.isdigit():
        return int(text)
    for word, value in (("廿", 20), ("卅", 30)):
        if text.startswith(word):
            return value + DIGITS.get(text[1:], 0)
    if "十" in text:
        tens, _, units = text.partition("十")
        return DIGITS.get(tens, 1) * 10 + DIGITS.get(units, 0)
    if all(char in DIGITS for char in text) and text:
        value = 0
        for char in text:
            value = value * 10 + DIGITS[char]
        return value
    return 3  # "几", "数": a few


def find_time_expressions(sentence: str, low: str | None = None) -> list[TimeExpression]:
    """Every time expression in ``sentence`` (read on ``low``, its folded form), in text order."""
    text = low if low is not None else sentence
    found: list[TimeExpression] = []
    if not _DIGIT_OR_WORD.search(text):
        return found
    taken: list[tuple[int, int]] = []
    present = set(_ANCHORS.findall(text))
    for kind, pattern in _PATTERNS:
        needs = _NEEDS.get(kind)
        if needs is not None and needs.isdisjoint(present):
            continue
        not_after = _NOT_AFTER.get(kind, "")
        for match in pattern.finditer(text):
            start, end = match.span()
            start += len(match.group(0)) - len(match.group(0).lstrip())
            if start >= end or any(start < e and s < end for s, e in taken):
                continue
            if start > 0 and text[start - 1] in not_after:
                continue
            groups = match.groupdict()
            if kind in _YEAR_FIRST:
                # "2018年11月27日", "明年1月": the year before the month, found looking back from it
                year = _YEAR_BEFORE.search(text, max(0, start - 8), start)
                if year is not None:
                    start, groups = year.start(), {**groups, **year.groupdict()}
            expression = _expression(kind, groups, start, end, sentence[start:end])
            if expression is None:
                continue
            if _REPORTING.match(text, end):
                expression = replace(expression, reporting=True)
            found.append(expression)
            taken.append((start, end))
    found.sort(key=lambda expression: expression.start)
    return found


def _int(value: str | None) -> int | None:
    return number(value) if value else None


def _valid(month: int | None, day: int | None) -> bool:
    return (month is None or 1 <= month <= 12) and (day is None or 1 <= day <= 31)


def _expression(kind: str, groups: dict[str, str | None], start: int, end: int, text: str) -> TimeExpression | None:
    year = _int(groups.get("year"))
    year_step = YEAR_STEPS.get(groups.get("ystep") or "")
    month, day = _int(groups.get("month")), _int(groups.get("day"))
    if not _valid(month, day) or (year is not None and not 1990 <= year <= 2040):
        return None
    if kind in ("iso", "slash", "month_day_slash", "date", "day"):
        return TimeExpression(start, end, text, "date", year=year, month=month, day=day, year_step=year_step)
    if kind == "month_day":
        day2 = _int(groups.get("day2"))
        return TimeExpression(
            start, end, text, "range" if day2 else "date", day=day, end_day=day2, step=STEPS[groups["mstep"] or "本"]
        )
    if kind == "range_into":
        month2, day2 = _int(groups.get("month2")), _int(groups.get("day2"))
        if month2 is None or day2 is None or not _valid(month2, day2):
            return None
        first = month2 if day is not None and day <= day2 else (month2 - 2) % 12 + 1
        return TimeExpression(start, end, text, "range", month=first, day=day, end_month=month2, end_day=day2)
    if kind in ("range", "day_range"):
        month2, day2 = _int(groups.get("month2")), _int(groups.get("day2"))
        if not _valid(month2, day2):
            return None
        return TimeExpression(
            start, end, text, "range", year=year, month=month, day=day, end_month=month2 or month, end_day=day2,
            year_step=year_step,
        )  # fmt: skip
    if kind == "month":
        return TimeExpression(
            start, end, text, "month", year=year, month=month, part=_part(groups), year_step=year_step
        )
    if kind == "year":
        return TimeExpression(start, end, text, "year", year=year, part=_part(groups))
    if kind == "weekday":
        step = STEPS.get(groups.get("wstep") or "")
        return TimeExpression(
            start, end, text, "weekday", weekday=WEEKDAYS[groups["weekday"] or "一"], step=step or None
        )
    if kind == "season":
        return TimeExpression(start, end, text, "relative", unit=SEASONS[groups["season"] or "春"])  # type: ignore[arg-type]
    return _relative(groups, start, end, text)


def _part(groups: dict[str, str | None]) -> Part | None:
    return PARTS.get(groups.get("part") or "")


def _relative(groups: dict[str, str | None], start: int, end: int, text: str) -> TimeExpression | None:
    def make(**fields: object) -> TimeExpression:
        return TimeExpression(start, end, text, "relative", **fields)  # type: ignore[arg-type]

    if groups.get("ystep"):
        step = YEAR_STEPS[groups["ystep"] or "今年"]
        if groups.get("season"):
            return make(unit=SEASONS[groups["season"] or "春"], step=step)
        return make(unit="year", step=step, part=_part(groups))
    if groups.get("yearpart"):
        return make(unit="year", step=0, part=PARTS[groups["yearpart"] or "年内"])
    if groups.get("unit"):
        unit = {"周末": "weekend", "月": "month"}.get(groups["unit"] or "", "week")
        return make(unit=unit, step=STEPS[groups["step"] or "本"], part=PARTS.get(groups.get("upart") or ""))
    if groups.get("monthpart"):
        return make(unit="month", step=0, part=PARTS[groups["monthpart"] or "月底"])
    if groups.get("dayword"):
        return make(unit="day", step=DAY_WORDS[groups["dayword"] or "今天"])
    if groups.get("soon"):
        return make(unit="coming", count=COMING_DAYS["day"])
    if groups.get("coming"):
        word = groups["coming"] or ""
        unit = "month" if "月" in word else "week" if "周" in word else "day"
        return make(unit="coming", count=COMING_DAYS[unit])
    if groups.get("ago_word"):
        return make(unit="day", count=-3)  # "日前": a few days ago
    if groups.get("count_unit"):
        unit = {"天": "day", "日": "day", "周": "week", "星期": "week", "月": "month", "年": "year"}[
            groups["count_unit"] or "天"
        ]
        return make(unit=unit, count=-number(groups.get("count") or "几"))
    return None


# -- which time belongs to a trip -----------------------------------------------------------------

_BREAK = re.compile(r"[;。!?]")
_COMMA = re.compile(r"[,:]")
_AFTER_BREAK = re.compile(r"[,;。!?]")  # a headline's colon does not part a trip from its date


def time_for(start: int, end: int, times: list[TimeExpression], text: str) -> TimeExpression | None:
    """The time of the travel words from ``start`` to ``end``: the nearest before them in their clause
    ("将于11月27日至12月5日对...进行国事访问"), or one clause back when the time opens it ("16日至18日，胡锦涛
    将访问俄罗斯"); else the first after them in the clause ("出席将于9月举行的峰会")."""
    usable = [time for time in times if not time.reporting]
    inside = [time for time in usable if start <= time.start and time.end <= end]
    if inside:
        return inside[0]  # "出席26日在马来西亚召开的峰会": the date stands between the verb and its place
    before = [time for time in usable if time.end <= start and start - time.end <= 50]
    if before and not _BREAK.search(text, before[-1].end, start):
        time = before[-1]
        commas = len(_COMMA.findall(text, time.end, start))
        if commas == 0 or (commas <= 2 and _opens_clause(time, text)):
            return time  # "16日至18日，胡锦涛将访问俄罗斯", "7月11日至22日将展开...,来回都将过境美国"
    after = [time for time in usable if time.start >= end and time.start - end <= 30]
    return after[0] if after and not _AFTER_BREAK.search(text, end, after[0].start) else None


# the words that put a time right after its subject: "胡锦涛将于", "定於", "拟于"
_AT_TIME = re.compile(r"(?:将|將|拟|擬|定|预定|預定)(?:于|於|在)$")


def _opens_clause(time: TimeExpression, text: str) -> bool:
    """Whether the time stands at the head of its clause, or right after its subject and "将于" (however long the
    subject: "【本报讯】中国国家主席胡锦涛将于9月5日启程，赴澳洲")."""
    clause = text[: time.start].rsplit(",", 1)[-1]
    return len(clause) <= 12 or (len(clause) <= 40 and _AT_TIME.search(clause) is not None)


def trip_times(
    times: list[TimeExpression], text: str, place_end: int, trigger_start: int, past: bool
) -> list[TimeExpression]:
    """The time of one trip to the place ending at ``place_end``: its trigger's (the time stands before the
    verb in Chinese: "18日至19日，胡锦涛将对斯洛伐克进行国事访问"), else one right after the place."""
    found = time_for(trigger_start, place_end, times, text)
    return [found] if found is not None else []
