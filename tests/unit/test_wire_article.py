"""The clean article on the wire: the month of publication of an undated article, and messages without it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from agents.wire import WireError
from agents.wire.article import article_from_message, clean_article_message
from agents.wire.tagged import tagged_from_message, with_tags
from pipeline.cleaning import clean_article
from pipeline.records import Month, RawArticle
from pipeline.tagging import Gazetteer, tag_article

STORY = "The president will travel to Brazil on May 10-11 for talks on trade, his office said."


def test_the_month_of_an_undated_article_travels_with_it() -> None:
    article = clean_article(RawArticle(id="t", url="https://news.example.com/2022/05/brazil-trip/", text=STORY))
    message = clean_article_message(article, {})
    assert message["published_month"] == "2022-05"
    assert article_from_message(message).published_month == Month(2022, 5)


def test_a_message_written_before_the_month_existed_reads_as_no_month() -> None:
    article = clean_article(RawArticle(id="t", url="https://news.example.com/2022/05/brazil-trip/", text=STORY))
    message = clean_article_message(article, {})
    del message["published_month"]
    assert article_from_message(message) == replace(article, published_month=None)


@pytest.mark.parametrize("month", ["2022-13", "May 2022", "2022-5", 202205])
def test_a_month_that_is_not_one_is_a_schema_error(month: object) -> None:
    article = clean_article(RawArticle(id="t", text=STORY))
    message = {**clean_article_message(article, {}), "published_month": month}
    with pytest.raises(WireError):
        article_from_message(message)


def test_the_month_reaches_the_travel_stage_through_the_tagged_topic(gazetteer: Gazetteer) -> None:
    article = clean_article(RawArticle(id="t", url="https://news.example.com/2022/05/brazil-trip/", text=STORY))
    message = with_tags(clean_article_message(article, {}), tag_article(article, gazetteer))
    assert tagged_from_message(message).article.published_month == Month(2022, 5)
