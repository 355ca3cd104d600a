"""Feed lists, feed documents and items, pure."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.ingest.feedlist import FeedListError, FeedSource, load_feeds
from pipeline.ingest.items import NotAFeedError, item_keys, parse_feed, raw_article
from tests.feeds import Item, atom, rss

WHEN = datetime(2024, 10, 7, 8, 0, tzinfo=UTC)
STORY = Item(
    "urn:test:g-1",
    "https://wire.example/a?utm_source=rss",
    "Lula to visit Japan",
    "Lula will travel to Japan next month.\n\nTalks will cover trade.",
    WHEN,
)
FEED = FeedSource("Test Wire", "https://wire.example/rss.xml", language="en")


def test_rss_and_atom_items() -> None:
    for document in (rss([STORY]), atom([STORY])):
        [item] = parse_feed(document, FEED.url).items
        assert (item.guid, item.url, item.title, item.published) == (STORY.guid, STORY.url, STORY.title, WHEN)
        assert "Talks will cover trade." in (item.html or "")


def test_a_summary_only_feed_is_marked_for_page_fetching() -> None:
    [item] = parse_feed(
        rss([Item("g-2", "https://wire.example/b", "T", "One line.\n\nMore.", WHEN, full=False)]), FEED.url
    ).items
    assert not item.has_full_content


@pytest.mark.parametrize(
    "document",
    [
        b"<html><body><h1>Not found</h1></body></html>",
        b"\x00\x01\x02 binary",
        b"",
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><rss><channel>&b;</channel></rss>',
    ],
)
def test_what_is_not_a_feed_is_reported(document: bytes) -> None:
    with pytest.raises(NotAFeedError):
        parse_feed(document, FEED.url)


def test_a_truncated_feed_gives_what_it_can_and_nothing_without_content_is_published() -> None:
    [item] = parse_feed(b"<rss><channel><item><title>broken", FEED.url).items
    assert (item.url, item.html) == (None, None)
    assert raw_article(item, FEED) is None


def test_a_feed_cut_off_mid_item_is_malformed_and_its_last_item_has_nothing_to_know_it_by() -> None:
    document = rss([STORY, Item("g-3", "https://wire.example/c", "Second", "Text.", WHEN)])
    parsed = parse_feed(document[: document.rindex(b"<item>") + len(b"<item><gu")], FEED.url)
    assert (parsed.malformed or "").startswith("not well-formed XML")
    whole, cut = parsed.items
    assert whole.url == STORY.url
    assert item_keys(cut, FEED) == []


def test_a_well_formed_feed_is_not_malformed_whatever_its_media_type() -> None:
    assert parse_feed(rss([STORY]), FEED.url).malformed is None
    # text/html for a feed is what many servers send: feedparser notes it, the feed is fine
    assert parse_feed(rss([STORY]), FEED.url, "text/html; charset=utf-8").malformed is None
    assert parse_feed(rss([STORY]).replace(b"</channel></rss>", b""), FEED.url).malformed is not None


def test_item_keys_are_the_normalised_url_and_the_guid_in_its_feed() -> None:
    [item] = parse_feed(rss([STORY]), FEED.url).items
    keys = item_keys(item, FEED)
    assert keys[0] == "url:wire.example/a"
    other_feed = FeedSource("Other", "https://other.example/rss")
    assert item_keys(item, other_feed)[0] == keys[0]  # the same story in another feed
    assert item_keys(item, other_feed)[1] != keys[1]  # GUIDs are only unique within a feed


def test_raw_article_has_the_schema_fields() -> None:
    [item] = parse_feed(rss([STORY]), FEED.url).items
    article = raw_article(item, FEED)
    assert article is not None
    assert article["source"] == "Test Wire"
    assert article["url"] == STORY.url
    assert article["title"] == STORY.title
    assert article["published"] == "2024-10-07T08:00:00Z"
    assert article["language"] == "en"
    assert "<p>Lula will travel to Japan next month.</p>" in article["html"]
    assert raw_article(item, FEED, page_html="<html><p>The page</p></html>")["html"].startswith("<html>")  # type: ignore[index]


def test_feed_list_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text("feeds:\n  - name: A\n    url: https://a.example/rss\n  - name: B\n    url: ftp://b.example/x\n")
    with pytest.raises(FeedListError, match=r"feeds.yaml:5: feeds\[2\].url must be an http or https URL"):
        load_feeds(path)
    path.write_text("feeds:\n  - name: A\n    url: https://a.example/rss\n    interval: often\n")
    with pytest.raises(FeedListError, match=r"feeds.yaml:4: feeds\[1\].interval must be a number"):
        load_feeds(path)
    path.write_text("# nothing yet\nfeeds: []\n")
    with pytest.raises(FeedListError, match=r"feeds.yaml:2: feeds is empty: list at least one feed"):
        load_feeds(path)
    path.write_text("feeds:\n  - name: A\n    url: https://a.example/rss\n    interval: 60\n    fetch_pages: true\n")
    assert load_feeds(path) == (FeedSource("A", "https://a.example/rss", None, 60.0, True),)
