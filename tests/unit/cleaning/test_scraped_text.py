"""Scraped plain text: every story paragraph kept, every kind of boilerplate removed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.cleaning import MAX_TEXT_CHARS, CleaningError, clean_article
from pipeline.cleaning.normalize import normalize_text
from pipeline.cleaning.scraped import Kind, classify_line
from pipeline.records import RawArticle
from tests.fixtures import scraped_fixture, scraped_fixture_names


def clean_text(text: str, title: str | None = None) -> tuple[str, ...]:
    return clean_article(RawArticle(id="t", text=text, title=title)).paragraphs


@pytest.mark.parametrize("name", scraped_fixture_names())
def test_fixture_keeps_exactly_the_story_paragraphs(name: str) -> None:
    fixture = scraped_fixture(name)
    article = clean_article(RawArticle(id=name, text=fixture["raw"]))
    assert list(article.paragraphs) == [normalize_text(p) for p in fixture["story"]]
    for snippet in fixture["boilerplate"]:
        assert snippet.lower() not in article.text.lower(), snippet
    assert article.title == fixture["title"]
    if "byline" in fixture:
        assert article.byline == fixture["byline"]


def test_leading_date_line_is_the_publication_date_and_not_text() -> None:
    article = clean_article(RawArticle(id="t", text=scraped_fixture("seed_shaped")["raw"]))
    assert article.published == datetime(2023, 7, 25, tzinfo=UTC)
    assert "2023-07-25" not in article.text


def test_a_given_publication_date_wins_over_the_date_line() -> None:
    given = datetime(2023, 7, 26, 8, 0, tzinfo=UTC)
    article = clean_article(RawArticle(id="t", text=scraped_fixture("seed_shaped")["raw"], published=given))
    assert article.published == given


def test_related_block_teasers_about_other_trips_are_gone() -> None:
    text = clean_article(RawArticle(id="t", text=scraped_fixture("seed_shaped")["raw"])).text
    assert "first trip to Russia" not in text
    assert "next spring" not in text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Support The Daily Planet!", Kind.BANNER),
        ("Contribute today", Kind.BANNER),
        ("Subscribe to our newsletter for the day's top stories", Kind.BANNER),
        ("Share this article", Kind.SHARE),
        ("Facebook Twitter WhatsApp Email", Kind.SHARE),
        ("Home > World > Asia", Kind.NAVIGATION),
        ("Skip to main content", Kind.NAVIGATION),
        ("Read more about: China , Putin", Kind.TAG_LINE),
        ("Tags: India, United States", Kind.TAG_LINE),
        ("Read more", Kind.RELATED_MARKER),
        ("You may also like", Kind.RELATED_MARKER),
        ("Read more: Leaders meet in Geneva", Kind.INLINE_RELATED),
        ("4 Min read", Kind.MIN_READ),
        ("Leaders at talks in Moscow. kremlin.ru", Kind.CAPTION),
        ("The two presidents in Beijing (Photo: Reuters)", Kind.CAPTION),
        ("Photo: Jane Roe / Daily Planet", Kind.CAPTION),
        ("We use cookies to give you the best experience. Accept all", Kind.COOKIE),
        ("By Jane Roe and Ann Loe", Kind.BYLINE),
        ("Published July 3, 2023", Kind.DATELINE),
        ("Advertisement", Kind.ADVERT),
    ],
)
def test_boilerplate_lines_are_recognised(line: str, kind: Kind) -> None:
    assert classify_line(line) is kind


@pytest.mark.parametrize(
    "line",
    [
        "Support for the new trade agreement grew among lawmakers after the summit in Brussels.",
        "The statement was carried by Reuters and other agencies on Tuesday evening.",
        "He said he would share more details about the visit next week.",
        "Readers were asked to subscribe to the idea that the talks had failed, but few did.",
    ],
)
def test_story_sentences_that_use_boilerplate_words_are_prose(line: str) -> None:
    assert classify_line(line) is Kind.PROSE


def test_a_short_closing_sentence_of_the_story_is_kept() -> None:
    text = (
        "Prime Minister Jane Roe will travel to Ottawa next week for talks with the Canadian leader.\n\n"
        "The trip had been expected.\n\n"
        "Share this article"
    )
    assert clean_text(text)[-1] == "The trip had been expected."


def test_repeated_lines_are_kept_once() -> None:
    paragraph = "The talks will focus on trade, energy and the war in Ukraine, officials said on Monday."
    text = f"{paragraph}\n\nA second paragraph of the story follows here with more words in it.\n\n{paragraph}"
    assert clean_text(text).count(paragraph) == 1


def test_inline_read_more_link_inside_the_story_goes_but_the_story_continues() -> None:
    text = (
        "The president will visit Kenya in March for talks on trade and security cooperation.\n"
        "Read more: Kenya's leader calls for debt relief\n"
        "The visit will be his first to the region since taking office, aides said on Friday."
    )
    assert clean_text(text) == (
        "The president will visit Kenya in March for talks on trade and security cooperation.",
        "The visit will be his first to the region since taking office, aides said on Friday.",
    )


def test_a_page_of_navigation_only_is_an_error_with_a_reason() -> None:
    with pytest.raises(CleaningError) as error:
        clean_text("Home\nWorld\nBusiness\nSport\nShare this article\nSubscribe\nCookie settings")
    assert error.value.reason == "empty_body"


def test_blank_text_is_an_error_with_a_reason() -> None:
    with pytest.raises(CleaningError) as error:
        clean_article(RawArticle(id="t", text="   \n\n  "))
    assert error.value.reason == "no_content"


def test_a_five_megabyte_text_in_one_line_is_cleaned_and_cut_at_a_sentence_end() -> None:
    sentence = "Officials said the delegation would return to the capital after the talks ended. "
    text = sentence * (5_000_000 // len(sentence))
    article = clean_article(RawArticle(id="big", text=text))
    assert article.text.startswith("Officials said")
    assert MAX_TEXT_CHARS - len(sentence) <= len(article.text) <= MAX_TEXT_CHARS
    assert article.text.endswith("talks ended.")
    assert "truncated" in article.removed


def test_a_title_given_in_the_message_is_not_repeated_in_the_body() -> None:
    text = "Lula to visit Japan\n\nBrazil's president will travel to Japan next month for trade talks, his office said."
    article = clean_article(RawArticle(id="t", text=text, title="Lula to visit Japan"))
    assert article.paragraphs == (
        "Brazil's president will travel to Japan next month for trade talks, his office said.",
    )
    assert article.title == "Lula to visit Japan"
