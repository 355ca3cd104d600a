from __future__ import annotations

from pipeline.identity import derive_article_id, normalize_url


def test_tracking_parameters_fragment_www_and_trailing_slash_are_dropped() -> None:
    assert normalize_url("HTTPS://www.Example.org:443/a/?utm_source=x&b=2&a=1#top") == "https://example.org/a?a=1&b=2"


def test_the_same_story_by_two_urls_gets_one_id() -> None:
    assert derive_article_id("http://www.example.org/a/?utm_campaign=z#c", "x") == derive_article_id(
        "https://example.org/a", "different content"
    )


def test_different_stories_get_different_ids() -> None:
    assert derive_article_id("https://example.org/a", "") != derive_article_id("https://example.org/b", "")


def test_without_url_the_id_comes_from_the_content() -> None:
    assert derive_article_id(None, "one  text") == derive_article_id("", "one text")
    assert derive_article_id(None, "one text") != derive_article_id(None, "another text")
    assert derive_article_id(None, "x").startswith("a-")
