"""The publication date an article's address carries, for articles that come without one."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pipeline.cleaning import clean_article
from pipeline.cleaning.dates import date_from_url, month_from_url
from pipeline.records import Month, RawArticle

STORY = "The president will travel to Brazil next month for talks on trade, his office said on Monday."


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.com/world/2023/07/25/putin-to-visit-china/", date(2023, 7, 25)),
        ("https://news.example.com/world/2023/7/5/putin-to-visit-china", date(2023, 7, 5)),
        ("https://news.example.com/2022-12-21/story/zelensky-in-washington", date(2022, 12, 21)),
        ("https://news.example.ru/amp/20190117/1549524412.html", date(2019, 1, 17)),
        ("http://world.example.cn/n/2013/0731/c232591-19201557.html", date(2013, 7, 31)),
        ("http://example.com/english/2018-11/03/c_137577828.htm", date(2018, 11, 3)),
        ("http://example.com/xwzx/201811/t20181123_12115188.htm", date(2018, 11, 23)),
    ],
)
def test_the_date_in_an_address_path_is_read(url: str, expected: date) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://english.example.com/2019/23/50610",  # month 23
        "https://news.example.com/2023/02/30/leap",  # no 30 February
        "https://news.example.com/news/2009/9/1441689",  # a year and a month, the day unknown
        "https://news.example.cn/newsDetail_forward_23696711",  # an id, not the year 2369
        "https://news.example.com/article/99999999",
        "https://news.example.com/?date=2023-07-25",  # the query is not the path
        "not a url at all",
        "",
        None,
    ],
)
def test_an_address_without_a_whole_possible_date_gives_none(url: str | None) -> None:
    assert date_from_url(url) is None


def test_an_undated_scraped_article_takes_the_date_of_its_address() -> None:
    raw = RawArticle(id="t", url="https://news.example.com/2023/07/25/brazil-trip", text=STORY)
    assert clean_article(raw).published == datetime(2023, 7, 25, tzinfo=UTC)


def test_the_pages_own_date_marker_wins_over_the_address() -> None:
    raw = RawArticle(id="t", url="https://news.example.com/2023/07/26/brazil-trip", text=f"date 2023-07-25 {STORY}")
    assert clean_article(raw).published == datetime(2023, 7, 25, tzinfo=UTC)


def test_a_given_publication_date_wins_over_the_address() -> None:
    given = datetime(2023, 7, 24, 9, 30, tzinfo=UTC)
    raw = RawArticle(id="t", url="https://news.example.com/2023/07/25/brazil-trip", text=STORY, published=given)
    assert clean_article(raw).published == given


def test_an_undated_page_whose_address_has_no_date_stays_undated() -> None:
    raw = RawArticle(id="t", url="https://news.example.com/world/brazil-trip", text=STORY)
    assert clean_article(raw).published is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.com/2022/05/president-to-visit-turkey-next-week/", Month(2022, 5)),
        ("https://news.example.com/news/2024/02/78b75ddb-pm-to-address-congress.html", Month(2024, 2)),
        ("https://news.example.com/news/2009/9/1441689", Month(2009, 9)),
        ("https://news.example.com/2021-11/summit-plans", Month(2021, 11)),
        ("https://english.example.com/2019/23/50610", None),  # month 23
        ("https://news.example.com/2022/10-things-to-know", None),  # a slug that begins with a number
        ("https://news.example.com/2020/arab-news/g20-summit", None),  # a year alone
        ("https://news.example.com/world/brazil-trip?yr=2022&mo=9", None),  # the query is not the path
        (None, None),
    ],
)
def test_an_address_with_a_year_and_a_month_gives_the_month(url: str | None, expected: Month | None) -> None:
    assert month_from_url(url) == expected


def test_an_undated_article_whose_address_gives_a_month_keeps_that_month() -> None:
    article = clean_article(RawArticle(id="t", url="https://news.example.com/2022/05/brazil-trip/", text=STORY))
    assert (article.published, article.published_month) == (None, Month(2022, 5))
    dated = RawArticle(id="t", url="https://news.example.com/2022/05/brazil-trip/", text=f"date 2022-05-03 {STORY}")
    assert clean_article(dated).published_month is None  # the day is known: the month says nothing more
