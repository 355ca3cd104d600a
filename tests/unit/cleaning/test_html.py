"""HTML pages: main content and metadata, broken and hostile pages, other languages."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.cleaning import CleaningError, clean_article
from pipeline.cleaning.encoding import decode_bytes
from pipeline.records import RawArticle
from tests.fixtures import html_fixture


def test_article_body_without_navigation_share_tags_related_or_footer() -> None:
    article = clean_article(RawArticle(id="h", html=html_fixture("summit_article")))
    assert article.paragraphs[0].startswith("Australian Prime Minister Anthony Albanese will travel to Tonga")
    assert (
        article.paragraphs[-1]
        == "Officials said the prime minister would return to Canberra before the end of the week."
    )
    assert len(article.paragraphs) == 4
    for chrome in ("Subscribe now", "Share on", "Tags:", "Related stories", "Luxon", "All rights reserved", "Home"):
        assert chrome not in article.text


def test_metadata_comes_from_the_page_when_the_message_lacks_it() -> None:
    article = clean_article(RawArticle(id="h", html=html_fixture("summit_article")))
    assert article.title == "Albanese to attend Pacific forum in Tonga"
    assert article.byline == "Mara Keating"
    assert article.language == "en"
    assert article.published is not None
    assert article.published.date() in (date(2024, 8, 19), date(2024, 8, 20))


def test_metadata_in_the_message_wins() -> None:
    article = clean_article(RawArticle(id="h", html=html_fixture("summit_article"), title="Given title", language="fr"))
    assert article.title == "Given title"
    assert article.language == "fr"


def test_a_page_without_an_article_is_an_error_with_a_reason() -> None:
    with pytest.raises(CleaningError) as error:
        clean_article(RawArticle(id="h", html=html_fixture("navigation_only")))
    assert error.value.reason == "empty_body"


def test_broken_html_still_gives_its_text() -> None:
    broken = (
        "<html><body><div><p>Turkish President Recep Tayyip Erdogan will visit Germany next month, officials "
        "said on Friday in Ankara.<p>The visit was announced after a phone call <b>between the two leaders"
        "<div></span></body"
    )
    article = clean_article(RawArticle(id="h", html=broken))
    assert "Erdogan will visit Germany next month" in article.text
    assert "between the two leaders" in article.text


def test_a_non_english_page_keeps_its_text_and_language() -> None:
    article = clean_article(RawArticle(id="h", html=html_fixture("french_article")))
    assert article.language == "fr"
    assert "visite d'État au Japon" in article.text
    assert "Accueil" not in article.text


def test_non_utf8_bytes_declared_as_utf8_are_decoded_by_detection() -> None:
    page = html_fixture("french_article").encode("cp1252")
    text = decode_bytes(page, "utf-8")
    assert "président" in text
    assert "\ufffd" not in text
    article = clean_article(RawArticle(id="h", html=text))
    assert "Élysée" in article.text


def test_a_five_megabyte_page_is_cleaned() -> None:
    paragraph = "<p>Officials said the delegation would return to the capital after the talks ended on Friday.</p>"
    filler = "<div class='promo'><a href='/x'>Sponsored link</a></div>"
    page = "<html><body><article>" + (paragraph + filler) * (5_000_000 // (len(paragraph) + len(filler)))
    page += "</article></body></html>"
    article = clean_article(RawArticle(id="big", html=page))
    assert "the delegation would return" in article.text


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><p>Talks\x00 in\x0b Ankara\x1f ended\ufffe on Friday.</p></body></html>",
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd"/>\n<html><body><p>Talks ended.</p></body></html>',
        '<?xml version="1.0"?>\n<html lang="en"/>\n<body><p>Talks ended on Friday.</p></body>',
        "<html><body><p>Nothing to repair here.</p></body></html>",
    ],
)
def test_a_page_is_repaired_before_parsing_as_trafilatura_repairs_it(page: str) -> None:
    from trafilatura.utils import repair_faulty_html

    from pipeline.cleaning.html import _repaired

    assert _repaired(page, page[:50].lower()) == repair_faulty_html(page, page[:50].lower())


def test_characters_xml_forbids_do_not_reach_the_text() -> None:
    page = "<html><body><article><p>Officials said\x00 the delegation\x0b would return\x1f on Friday.</p></article>"
    article = clean_article(RawArticle(id="h", html=page + "</body></html>"))
    assert "the delegation would return on Friday" in article.text


def _page(body: str) -> str:
    return f"<html><head><title>Talks</title><style>p {{ color: red }}</style></head><body>{body}</body></html>"


STORY = (
    "<p>Turkish President Recep Tayyip Erdogan will visit Germany next month, officials said on Friday.</p>"
    "<p>The visit was announced after a phone call between the two leaders, the presidency said.</p>"
)


@pytest.mark.parametrize(
    "body",
    [
        f"<article>{STORY}<script>var a = 1;</script> and the tail after a script stays.</article>"
        "<aside><p>Most read: a story about something else entirely, with a long sentence.</p></aside>"
        "<footer><p>Copyright 2024 The Example Times. All rights reserved.</p></footer>",
        # the story's heading inside an aside: trafilatura's pruning of an infinite-scroll box looks for it
        f"<div class='infinite-scroll'><aside><h1>Erdogan to visit Germany</h1></aside>{STORY}</div>"
        "<div class='other'><p>A second story about the budget debate in parliament this week.</p></div>",
        # every paragraph inside an element trafilatura cleans: it falls back to the uncleaned tree
        f"<aside>{STORY}</aside><footer><p>Contact the newsroom for corrections.</p></footer>",
        f"<div>{STORY}</div><footer><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "articleBody": "Erdogan will visit Germany next month."}</script></footer>',
    ],
)
def test_the_body_is_trafilatura_s_on_the_page_as_parsed(body: str) -> None:
    import trafilatura

    from pipeline.cleaning.html import _load, _options, extract_html

    expected = trafilatura.extract(_load(_page(body)), options=_options(None)) or ""
    assert extract_html(_page(body)).text == expected
