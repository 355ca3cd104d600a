"""Time expressions: found in a sentence, resolved against the publication date (never the clock)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.records import Month
from pipeline.travel.languages.en.dates import find_time_expressions

JULY = date(2023, 7, 25)  # a Tuesday


def resolve(sentence: str, tense: str = "future", reference: date | Month = JULY) -> tuple[date | None, date | None]:
    [expression] = [e for e in find_time_expressions(sentence) if not e.reporting]
    when = expression.resolve(reference, tense)  # type: ignore[arg-type]
    return when.start, when.end


@pytest.mark.parametrize(
    ("sentence", "tense", "expected"),
    [
        ("He will go in October.", "future", (date(2023, 10, 1), date(2023, 10, 31))),
        ("He will go in March.", "future", (date(2024, 3, 1), date(2024, 3, 31))),  # next March
        ("He went in March.", "past", (date(2023, 3, 1), date(2023, 3, 31))),  # last March
        ("He will go next week.", "future", (date(2023, 7, 31), date(2023, 8, 6))),
        ("He will go on Friday.", "future", (date(2023, 7, 28), date(2023, 7, 28))),
        ("He went on Friday.", "past", (date(2023, 7, 21), date(2023, 7, 21))),
        ("He will go later this month.", "future", (date(2023, 7, 25), date(2023, 7, 31))),
        ("He will go later in the week.", "future", (date(2023, 7, 25), date(2023, 7, 30))),
        ("He will go on 4 September.", "future", (date(2023, 9, 4), date(2023, 9, 4))),
        ("He will go from 12 to 14 November 2024.", "future", (date(2024, 11, 12), date(2024, 11, 14))),
        ("He will go in early December.", "future", (date(2023, 12, 1), date(2023, 12, 10))),
        ("He went there in 2019.", "past", (date(2019, 1, 1), date(2019, 12, 31))),
        ("He went there three years ago.", "past", (date(2020, 1, 1), date(2020, 12, 31))),
        ("He will go tomorrow.", "future", (date(2023, 7, 26), date(2023, 7, 26))),
        ("He will go at the end of the month.", "future", (date(2023, 7, 21), date(2023, 7, 31))),
        ("He will go by the end of the year.", "future", (date(2023, 10, 1), date(2023, 12, 31))),
        ("He will go in the coming weeks.", "future", (date(2023, 7, 25), date(2023, 8, 24))),
        ("He will go within days.", "future", (date(2023, 7, 25), date(2023, 8, 1))),
        ("He will go in coming weeks.", "future", (date(2023, 7, 25), date(2023, 8, 24))),
        ("He will tour Asia over the next few days.", "future", (date(2023, 7, 25), date(2023, 8, 1))),
        ("He will tour Asia for the next nine days.", "future", (date(2023, 7, 25), date(2023, 8, 3))),
        ("He will go in the next two weeks.", "future", (date(2023, 7, 25), date(2023, 8, 8))),
        ("He went there eight years ago.", "past", (date(2015, 1, 1), date(2015, 12, 31))),
        # a range still running on the reference day is this year's, not next year's
        ("He will be there from 20 to 26 July.", "future", (date(2023, 7, 20), date(2023, 7, 26))),
        # (days just gone, named ahead: a stale announcement of those days, not next year's)
        ("He will be there from 20 to 23 July.", "future", (date(2023, 7, 20), date(2023, 7, 23))),
    ],
)
def test_resolution(sentence: str, tense: str, expected: tuple[date, date]) -> None:
    assert resolve(sentence, tense) == expected


def test_the_same_words_resolve_against_each_articles_own_date() -> None:
    assert resolve("He will go next month.", reference=date(2020, 12, 3)) == (date(2021, 1, 1), date(2021, 1, 31))
    assert resolve("He will go next month.", reference=date(2031, 5, 3)) == (date(2031, 6, 1), date(2031, 6, 30))


@pytest.mark.parametrize(
    ("sentence", "tense", "expected"),
    [
        ("He will visit Turkey on May 10-11.", "future", (date(2022, 5, 10), date(2022, 5, 11))),
        ("He will visit Turkey on Sunday, May 15.", "future", (date(2022, 5, 15), date(2022, 5, 15))),
        ("He will visit Turkey in March.", "future", (date(2023, 3, 1), date(2023, 3, 31))),
        ("He visited Turkey in March.", "past", (date(2022, 3, 1), date(2022, 3, 31))),
        ("He visited Turkey on 3 December.", "past", (date(2021, 12, 3), date(2021, 12, 3))),
        ("He will visit Turkey next month.", "future", (date(2022, 6, 1), date(2022, 6, 30))),
        ("He will visit Turkey later this month.", "future", (date(2022, 5, 1), date(2022, 5, 31))),
        ("He will visit Turkey later this year.", "future", (date(2022, 5, 1), date(2022, 12, 31))),
        ("He will visit Turkey in the autumn.", "future", (date(2022, 9, 1), date(2022, 11, 30))),
        # the day is unknown: what counts from it stays unresolved
        ("He will visit Turkey next week.", "future", (None, None)),
        ("He will visit Turkey on Tuesday.", "future", (None, None)),
        ("He will visit Turkey tomorrow.", "future", (None, None)),
        ("He will visit Turkey in three days.", "future", (None, None)),
    ],
)
def test_a_reference_known_to_its_month_resolves_what_the_month_fixes(
    sentence: str, tense: str, expected: tuple[date | None, date | None]
) -> None:
    assert resolve(sentence, tense, reference=Month(2022, 5)) == expected


def test_a_date_named_with_its_weekday_falls_on_it_in_a_few_years() -> None:
    [time] = find_time_expressions("He will visit Turkey on Sunday, November 10.")
    assert time.weekday_years() == [1991, 1996, 2002, 2013, 2019, 2024, 2030]
    [time] = find_time_expressions("He will visit Turkey on Tuesday, February 29.")
    assert time.weekday_years() == [2000, 2028]
    [time] = find_time_expressions("He will visit Turkey on November 10.")
    assert time.weekday_years() == []
    [time] = find_time_expressions("He will visit Turkey on Sunday, November 10, 2024.")
    assert time.weekday_years() == []


def test_the_time_of_the_saying_is_not_the_time_of_the_trip() -> None:
    expressions = find_time_expressions("He will go to Paris in May, the ministry said on Tuesday.")
    assert [(e.text, e.reporting) for e in expressions] == [("in May", False), ("on Tuesday", True)]


@pytest.mark.parametrize(
    ("sentence", "reporting"),
    [
        ("On March 4, the premier said he would go to Paris.", True),
        ("In June, at the summit in Rome, the prime minister confirmed that she will attend.", True),
        # the time is the trip's when the words after it say it before the saying
        ("On Monday, the premier will go to Paris and said he was glad.", False),
        ("In June the premier, who said he was glad, will go to Paris.", False),
    ],
)
def test_a_time_opening_the_sentence_before_its_speaker_is_the_sayings(sentence: str, reporting: bool) -> None:
    assert find_time_expressions(sentence)[0].reporting is reporting


@pytest.mark.parametrize(
    "sentence",
    [
        "He will go to Paris in May, the spokesperson made the announcement on Tuesday.",
        # wire copy says where the saying was before when: "announced here on Tuesday", "said here Tuesday"
        "He will go to Paris in May, the ministry announced here on Tuesday.",
        "He will go to Paris in May, the spokesperson said here Tuesday.",
    ],
)
def test_the_time_of_an_announcement_made_here_is_the_sayings(sentence: str) -> None:
    first, saying = find_time_expressions(sentence)
    assert (first.text, first.reporting, saying.reporting) == ("in May", False, True)


@pytest.mark.parametrize(
    ("sentence", "reporting"),
    [
        ("BEIJING, Nov. 22 (Agency) - Xi will pay a visit to Spain.", True),
        ("Paris [France], August 5 (Agency): On his coming visit to France, he said nothing.", True),
        ("LONDON, June 4, 2023 - The prime minister will travel to Kenya.", True),
        # a sentence that begins with its time has no place before it
        ("On May 24 (Friday) the prime minister will travel to Kenya.", False),
    ],
)
def test_the_date_of_a_dateline_is_the_reports(sentence: str, reporting: bool) -> None:
    assert find_time_expressions(sentence)[0].reporting is reporting


def test_the_time_of_a_saying_told_by_its_participle_is_the_sayings() -> None:
    sentence = "The White House dispelled the rumours, announcing on Aug. 31 that he will visit France in November."
    assert [(e.text, e.reporting) for e in find_time_expressions(sentence)] == [
        ("Aug. 31", True),
        ("in November", False),
    ]
    sentence = "He will visit France, saying on Tuesday that the trip is needed."
    assert [(e.text, e.reporting) for e in find_time_expressions(sentence)] == [("on Tuesday", True)]


def test_the_time_of_a_press_briefing_is_the_sayings() -> None:
    sentence = (
        "Officials gave an update on his trip to Canberra during a pre-departure press briefing with the palace "
        "reporters at the palace on Tuesday."
    )
    assert [(e.text, e.reporting) for e in find_time_expressions(sentence)] == [("on Tuesday", True)]
    sentence = "During a press conference on Friday, he said he would go to Paris in May."
    assert [(e.text, e.reporting) for e in find_time_expressions(sentence)] == [("on Friday", True), ("in May", False)]


def test_a_date_beside_the_time_of_the_saying_is_the_sayings_too() -> None:
    expressions = find_time_expressions("He will go to Paris in May, the minister said today (25 April).")
    assert [(e.text, e.reporting) for e in expressions] == [("in May", False), ("today", True), ("25 April", True)]
    expressions = find_time_expressions("He will go to Paris, his office said on Saturday, November 9.")
    assert [(e.text, e.reporting) for e in expressions] == [("on Saturday, November 9", True)]
    expressions = find_time_expressions("He will go to Paris on Tuesday, 27 February 2024.")
    assert [(e.text, e.reporting) for e in expressions] == [("on Tuesday, 27 February 2024", False)]


def test_a_weekday_before_a_date_is_that_dates_not_the_next_one() -> None:
    # Published on Tuesday 25 July: "Monday" alone would be the 31st, the date says September.
    assert resolve("He will be in Paris on Monday, September 4.") == (date(2023, 9, 4), date(2023, 9, 4))
    assert resolve("He will be in Paris Monday 4 September.") == (date(2023, 9, 4), date(2023, 9, 4))
    # a range with a weekday on each day is one range
    assert resolve("He will visit Paris Monday September 4 through Wednesday September 6.") == (
        date(2023, 9, 4),
        date(2023, 9, 6),
    )
    assert resolve("He will visit Paris from Monday 4 September to Wednesday 6 September 2024.") == (
        date(2024, 9, 4),
        date(2024, 9, 6),
    )
    # a weekday that is not next to the date stays its own
    assert [e.text for e in find_time_expressions("On Monday he said he would go on September 4.")] == [
        "On Monday",
        "September 4",
    ]


def test_a_time_between_the_speaker_and_the_saying_is_the_sayings() -> None:
    expressions = find_time_expressions("The spokesman on Tuesday confirmed the visit to Paris in May.")
    assert [(e.text, e.reporting) for e in expressions] == [("on Tuesday", True), ("in May", False)]
    # a time before a trip's verb stays the trip's
    expressions = find_time_expressions("He on Tuesday travels to Paris.")
    assert [(e.text, e.reporting) for e in expressions] == [("on Tuesday", False)]


def test_may_the_verb_is_not_a_month() -> None:
    assert find_time_expressions("He may go to Paris.") == []
    assert [e.text for e in find_time_expressions("He will go in May.")] == ["in May"]


def test_offsets_point_into_the_sentence_as_written() -> None:
    sentence = "İstanbul talks: Erdoğan will go in October."  # "İ" grows under str.lower()
    [expression] = find_time_expressions(sentence)
    assert sentence[expression.start : expression.end] == "in October"


@pytest.mark.parametrize(
    ("sentence", "tense", "expected"),
    [
        ("He was to go to Paris in August last year.", "past", (date(2023, 8, 1), date(2023, 8, 31))),
        ("He went to Paris in January of last year.", "past", (date(2023, 1, 1), date(2023, 1, 31))),
        ("He will go to Paris on May 5 next year.", "future", (date(2025, 5, 5), date(2025, 5, 5))),
        ("He will go to Paris in March this year.", "future", (date(2024, 3, 1), date(2024, 3, 31))),
    ],
)
def test_the_year_after_a_date_is_that_dates(sentence: str, tense: str, expected: tuple[date, date]) -> None:
    assert resolve(sentence, tense, reference=date(2024, 7, 1)) == expected


def test_a_day_just_gone_named_ahead_is_that_day_not_one_a_year_on() -> None:
    # "will attend on July 1" in a story of July 10: a stale announcement, not next year's July 1
    assert resolve("will attend on July 1", reference=date(2024, 7, 10)) == (date(2024, 7, 1), date(2024, 7, 1))
    # (a day more than a month gone is next year's)
    assert resolve("will attend on May 1", reference=date(2024, 7, 10)) == (date(2025, 5, 1), date(2025, 5, 1))
