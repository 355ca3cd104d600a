"""Hostile and malformed input through the pure pipeline: never a crash, always a verdict, bounded memory.

Property-based (hypothesis) over arbitrary JSON values and texts, and hand-picked cases built to hurt.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from datetime import date
from typing import Any, cast

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agents.cli.analyze import Analyzer
from agents.wire import WireError, decode_raw_article, loads, raw_article_from_json
from pipeline.cleaning import MAX_TEXT_CHARS, CleaningError, clean_article
from pipeline.ingest.feedlist import FeedSource
from pipeline.ingest.items import NotAFeedError, parse_feed
from pipeline.records import RawArticle
from pipeline.tagging import Gazetteer, tag_article
from pipeline.travel import detect_trips

TRICKY = st.characters(
    codec="utf-8",
    categories=["L", "M", "N", "P", "S", "Z", "Cc", "Cf"],  # letters to control and format characters
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(TRICKY, max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.sampled_from(["id", "url", "title", "text", "html", "published", "source", "x"]), JSON_VALUES, max_size=6
    )
)
def test_any_json_object_is_an_article_or_a_schema_error(value: dict[str, object]) -> None:
    raw, reason = verdict(lambda: raw_article_from_json(value))
    assert reason in (None, "schema")
    if raw is not None:
        _, reason = verdict(lambda: clean_article(raw))
        assert reason in (None, "empty_body")


def verdict(step: Callable[[], Any]) -> tuple[Any, str | None]:
    """What ``step`` returns, or the reason of the WireError or CleaningError it raised (others propagate)."""
    try:
        return step(), None
    except (WireError, CleaningError) as exc:
        return None, exc.reason


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_are_json_or_a_clear_reason(data: bytes) -> None:
    _, reason = verdict(lambda: loads(data, max_bytes=1000))
    assert reason in (None, "bad_json", "too_large")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(TRICKY, min_size=1, max_size=3000))
def test_any_text_goes_through_every_stage(gazetteer: Gazetteer, text: str) -> None:
    try:
        article = clean_article(RawArticle(id="h", text=text, title="A title", language="en"))
    except CleaningError:
        return
    tagged = tag_article(article, gazetteer)
    detect_trips(tagged, gazetteer, reference=date(2024, 5, 1))


@pytest.fixture(scope="module")
def analyzer(gazetteer: Gazetteer) -> Analyzer:
    return Analyzer(gazetteer, 10_000_000, ("planned", "confirmed"), 0.6, reference=date(2024, 5, 1))


def run(analyzer: Analyzer, line: str) -> tuple[dict[str, object], float]:
    tracemalloc.start()
    try:
        outcome = analyzer.analyze(1, line)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return outcome.result, peak / 1e6


def test_invalid_utf8_nul_bytes_and_deep_json() -> None:
    # Not UTF-8: decoded by charset detection (scrapers do send Latin-1), not refused.
    assert (
        decode_raw_article(b'{"text": "Le caf\xe9 de la gare \xe9tait ferm\xe9."}').text
        == "Le café de la gare était fermé."
    )
    with pytest.raises(WireError) as deep:
        decode_raw_article(b"[" * 100_000 + b"]" * 100_000)
    assert deep.value.reason == "bad_json"
    with pytest.raises(WireError) as large:
        decode_raw_article(b'{"text": "' + b"a" * 20_000_000 + b'"}', max_bytes=10_000_000)
    assert large.value.reason == "too_large"
    raw = decode_raw_article(
        orjson.dumps({"text": "Putin\x00 said\x00 nothing about a trip, his aide added on Monday."})
    )
    assert "\x00" not in clean_article(raw).text


def test_a_five_megabyte_line_is_cut_and_costs_bounded_memory(analyzer: Analyzer) -> None:
    line = orjson.dumps({"text": ("Putin will travel to China in October and " * 120_000)[:5_000_000]}).decode()
    result, peak_mb = run(analyzer, line)
    assert len(str(result["text"])) <= MAX_TEXT_CHARS
    assert peak_mb < 400


def test_html_with_a_hundred_thousand_nested_tags_is_a_verdict(analyzer: Analyzer) -> None:
    html = "<div>" * 100_000 + "<p>Putin will travel to China in October, the Kremlin said.</p>" + "</div>" * 100_000
    result, peak_mb = run(analyzer, orjson.dumps({"html": html}).decode())
    assert "error" in result or "text" in result
    assert peak_mb < 400


def test_zero_width_characters_do_not_hide_a_leader(analyzer: Analyzer) -> None:
    text = "Vla\u200bdimir Pu\u200dtin will travel to Ch\u2060ina in October, the Kremlin said on Tuesday."
    result, _ = run(analyzer, orjson.dumps({"text": text, "published": "2023-07-25"}).decode())
    alerts = cast(list[dict[str, dict[str, str]]], result["alerts"])
    assert [(a["leader"]["id"], a["destination"]["country"]) for a in alerts] == [("Q7747", "CN")]


def test_mixed_scripts_and_right_to_left_text(analyzer: Analyzer) -> None:
    text = (
        "\u202eanihC ot level lliw nituP\u202c. مرحبا بالعالم. Путин посетит Китай. 习近平将访问俄罗斯。\n\n"
        "Vladimir Putin will travel to China in October, the Kremlin said on Tuesday."
    )
    result, _ = run(analyzer, orjson.dumps({"text": text, "title": "Mixed", "published": "2023-07-25"}).decode())
    alerts = cast(list[dict[str, dict[str, str]]], result["alerts"])
    assert [a["leader"]["id"] for a in alerts] == ["Q7747"]


@pytest.mark.parametrize(
    "document",
    [
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]><rss version="2.0"><channel><title>&lol3;</title></channel></rss>',
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<rss version="2.0"><channel><item><title>&x;</title></item></channel></rss>',
    ],
)
def test_feeds_with_entities_are_refused(document: bytes) -> None:
    with pytest.raises(NotAFeedError, match="entities"):
        parse_feed(document, FeedSource("x", "https://x.example/rss").url)
