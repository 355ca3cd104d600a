"""The raw-article schema at the edge: what is accepted, and the reason given for what is not."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest

from agents.wire import WireError, decode_raw_article, loads, raw_article_from_json


def raw(**fields: object) -> bytes:
    return orjson.dumps({"text": "A story.", **fields})


def reason(data: bytes | None, max_bytes: int | None = None) -> str:
    with pytest.raises(WireError) as error:
        decode_raw_article(data, max_bytes)
    return error.value.reason


def test_a_full_message_is_read_field_by_field() -> None:
    article = decode_raw_article(
        raw(id="x1", url="https://e.org/a", source="E", title="T", published="2023-07-25", language="en")
    )
    assert (article.id, article.url, article.source, article.title, article.language) == (
        "x1",
        "https://e.org/a",
        "E",
        "T",
        "en",
    )
    assert article.published == datetime(2023, 7, 25, tzinfo=UTC)
    assert article.text == "A story."


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2023-07-25T10:30:00Z", datetime(2023, 7, 25, 10, 30, tzinfo=UTC)),
        ("2023-07-25T13:30:00+03:00", datetime(2023, 7, 25, 10, 30, tzinfo=UTC)),
        ("2023-07-25T10:30:00", datetime(2023, 7, 25, 10, 30, tzinfo=UTC)),
        ("Tue, 25 Jul 2023 10:30:00 GMT", datetime(2023, 7, 25, 10, 30, tzinfo=UTC)),
    ],
)
def test_published_accepts_iso_dates_and_datetimes(published: str, expected: datetime) -> None:
    assert decode_raw_article(raw(published=published)).published == expected


def test_without_id_the_id_comes_from_the_url_and_is_stable() -> None:
    first = decode_raw_article(raw(url="https://www.e.org/story/?utm_source=feed"))
    second = decode_raw_article(raw(url="http://e.org/story", text="Edited story."))
    assert first.id == second.id
    assert first.id.startswith("a-")


def test_unknown_fields_are_kept_but_ignored() -> None:
    article = decode_raw_article(raw(section="World", scraper={"run": 7}))
    assert dict(article.extra) == {"section": "World", "scraper": {"run": 7}}


def test_html_wins_when_both_bodies_are_given() -> None:
    article = decode_raw_article(raw(html="<p>Page</p>"))
    assert article.html == "<p>Page</p>"
    assert article.text is None


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"not json", "bad_json"),
        (None, "bad_json"),  # a tombstone: a record with no value
        (b"[1, 2]", "schema"),
        (b'"text"', "schema"),
        (orjson.dumps({"title": "no body"}), "schema"),
        (orjson.dumps({"text": "   "}), "schema"),
        (orjson.dumps({"text": 5}), "schema"),
        (orjson.dumps({"text": "x", "title": ["a"]}), "schema"),
        (orjson.dumps({"text": "x", "published": "next Tuesday"}), "schema"),
        (b"[" * 5000 + b"]" * 5000, "bad_json"),
    ],
)
def test_bad_messages_give_a_reason(data: bytes, expected: str) -> None:
    assert reason(data) == expected


def test_the_schema_error_names_the_field() -> None:
    with pytest.raises(WireError, match="field 'title' must be a string, not a number"):
        raw_article_from_json({"text": "x", "title": 3})


def test_a_message_over_the_size_limit_is_too_large() -> None:
    assert reason(raw(text="x" * 2000), max_bytes=1000) == "too_large"


def test_a_leading_byte_order_mark_is_no_error() -> None:
    data = b"\xef\xbb\xbf" + raw(text="Putin will visit China in October.")
    assert decode_raw_article(data).text == "Putin will visit China in October."
    assert loads("\ufeff" + data[3:].decode()) == loads(data)


def test_json_that_is_not_utf8_is_repaired_by_detection() -> None:
    data = '{"text": "Le président se rendra à Pékin en octobre, a indiqué l\'Élysée."}'.encode("cp1252")
    assert "président" in (decode_raw_article(data).text or "")


def test_nul_bytes_in_text_are_accepted_here_and_dropped_by_cleaning() -> None:
    value = loads(orjson.dumps({"text": "Putin\u0000 visits"}))
    assert value["text"] == "Putin\u0000 visits"
