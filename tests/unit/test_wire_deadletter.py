"""The dead-letter record: what is kept of a failed message, which ones can be replayed, and why it failed."""

from __future__ import annotations

from datetime import UTC, datetime

from agents.runtime.deadletters import reason_for
from agents.runtime.limits import StageTimeoutError
from agents.wire import WireError
from agents.wire.deadletter import deadletter_record, original_bytes, replayable
from pipeline.cleaning import CleaningError

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def test_a_dead_letter_keeps_the_original_bytes_and_says_when() -> None:
    record = deadletter_record(
        stage="tag",
        reason="schema",
        error=ValueError("no title"),
        topic="t.clean",
        partition=3,
        offset=41,
        key=b"a-1",
        value=b'{"id": "a-1"}',
        max_bytes=1000,
        failed_at=T0,
    )
    assert (record["error_type"], record["failed_at"], record["truncated"]) == (
        "ValueError",
        "2024-05-01T12:00:00Z",
        False,
    )
    assert original_bytes(record) == (b"a-1", b'{"id": "a-1"}')


def test_dead_letters_of_the_alert_topic_and_cut_ones_are_not_replayable() -> None:
    def letter(stage: str, value: bytes, topic: str | None = "t.raw") -> dict[str, object]:
        return deadletter_record(
            stage=stage,
            reason="schema",
            error="x",
            topic=topic,
            partition=0,
            offset=1,
            key=b"k",
            value=value,
            max_bytes=10,
            failed_at=T0,
        )

    assert replayable(letter("clean", b"short"))
    assert not replayable(letter("clean", b"much longer than ten bytes"))  # cut at the limit
    assert not replayable(letter("deliver", b"{}", topic="t.alerts"))  # the merge table's changelog
    assert not replayable(letter("clean", b"x", topic=None))


def test_a_stage_failure_becomes_the_right_dead_letter_reason() -> None:
    assert reason_for(WireError("bad_json", "x")) == "bad_json"
    assert reason_for(CleaningError("empty_body", "x")) == "empty_body"
    assert reason_for(StageTimeoutError("slow")) == "timeout"
    assert reason_for(ZeroDivisionError("bug")) == "stage_error"
