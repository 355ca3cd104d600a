"""The travel stage's memory of seen articles, packed for its table: round trip, size, corrupt values."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from agents.wire import WireError
from agents.wire.seen import seen_from_bytes, seen_to_bytes
from pipeline.cleaning.duplicates import Seen, pack_signature

T0 = datetime(2024, 5, 1, 12, 30, 15, 250000, tzinfo=UTC)

seens = st.builds(
    Seen,
    article_id=st.text(min_size=1, max_size=80),
    fingerprint=st.text(alphabet="0123456789abcdef", min_size=32, max_size=32),
    signature=st.lists(st.integers(0, 2**32 - 1), max_size=64).map(tuple),
    facts=st.lists(st.integers(0, 2**32 - 1), max_size=40).map(tuple),
    seen_at=st.integers(0, 10**6).map(lambda ms: T0 + timedelta(milliseconds=ms)),
    origin=st.from_regex(r"[0-9]{1,3}:[0-9]{1,12}", fullmatch=True),
)


@given(st.lists(seens, max_size=5).map(tuple))
def test_what_is_packed_is_what_is_unpacked(seen: tuple[Seen, ...]) -> None:
    assert seen_from_bytes(seen_to_bytes(seen)) == seen


def test_a_remembered_article_costs_less_than_its_json() -> None:
    item = Seen("article-0123456789", "0f" * 16, tuple(range(2**31, 2**31 + 64)), tuple(range(12)), T0, "3:1234567")
    packed = seen_to_bytes((item,))
    as_json = orjson.dumps(
        [
            {
                "id": item.article_id,
                "fingerprint": item.fingerprint,
                "signature": pack_signature(item.signature),
                "facts": list(item.facts),
                "seen_at": T0.isoformat(),
                "origin": item.origin,
            }
        ]
    )
    assert len(packed) < 0.75 * len(as_json)


@pytest.mark.parametrize(
    "value", [b"", b"[]", b"\x01\x00\x01", seen_to_bytes((Seen("a", "b", (1, 2), (3,), T0, "0:1"),))[:-1]]
)
def test_a_corrupt_value_is_a_schema_error(value: bytes) -> None:
    with pytest.raises(WireError) as error:
        seen_from_bytes(value)
    assert error.value.reason == "schema"
