"""The frame every stage runs in: a message over the time limit, or one the stage fails on, becomes a dead
letter with its reason, and the stream goes on."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest

import agents.stages.clean
import agents.stages.tag
from agents.runtime.app import IdempotentProducer
from pipeline.cleaning import clean_article
from pipeline.records import Article, RawArticle, TaggedArticle
from pipeline.tagging import Gazetteer, tag_article
from tests.agents.conftest import make_harness
from tests.agents.messages import clean_message

STORY = "President Emmanuel Macron will travel to Kenya in November, the Elysee said on Monday."


async def test_a_message_over_the_stage_limit_is_a_timeout_and_the_next_one_is_processed(
    tmp_path: Path, gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The slow message never finishes by itself (how long a real one takes depends on the machine and
    # on the cleaner: tests/integration/test_hostile_agents.py sends a real one to a real worker).
    harness = make_harness(tmp_path, gazetteer, NEWSWATCH_STAGE_TIMEOUT_SECONDS="0.5")

    def stuck_on_slow(raw: RawArticle) -> Article:
        given_up = time.monotonic() + 120  # without a working limit the test fails rather than hangs
        while raw.id == "slow" and time.monotonic() < given_up:
            time.sleep(0.05)  # the time limit's signal interrupts the sleep
        return clean_article(raw)

    monkeypatch.setattr(agents.stages.clean, "clean_article", stuck_on_slow)
    slow = orjson.dumps({"id": "slow", "text": STORY})
    async with harness.agents.clean.test_context() as clean:
        await clean.put(slow, key=b"slow")
        [(key, letter)] = harness.sent.json(harness.runtime.topics.deadletters)
        assert (key, letter["stage"], letter["reason"], letter["error_type"]) == (
            b"slow",
            "clean",
            "timeout",
            "StageTimeoutError",
        )
        assert harness.count("newswatch_deadletters_total", stage="clean", reason="timeout") == 1
        await clean.put(orjson.dumps({"id": "next", "language": "en", "text": STORY}), key=b"next")
        assert [key for key, _ in harness.sent.json(harness.runtime.topics.clean)] == [b"next"]


async def test_a_pipeline_call_that_raises_dead_letters_the_message_as_a_stage_error(
    tmp_path: Path, gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness = make_harness(tmp_path, gazetteer)
    raw = RawArticle(id="boom", text=STORY, published=datetime(2024, 10, 7, tzinfo=UTC))
    calls = 0

    def tag_once_badly(article: Article, watched: Gazetteer) -> TaggedArticle:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise ZeroDivisionError("a bug in tagging")
        return tag_article(article, watched)

    monkeypatch.setattr(agents.stages.tag, "tag_article", tag_once_badly)
    async with harness.agents.tag.test_context() as tag:
        await tag.put(clean_message(raw), key=b"boom")
        await tag.put(clean_message(raw), key=b"boom")
    letters = harness.sent.json(harness.runtime.topics.deadletters)
    assert [(letter["stage"], letter["reason"], letter["error_type"]) for _, letter in letters] == [
        ("tag", "stage_error", "ZeroDivisionError")
    ]
    assert len(harness.sent.json(harness.runtime.topics.tagged)) == 1


def test_the_worker_producer_is_idempotent_so_a_retried_send_is_written_once(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    harness = make_harness(tmp_path, gazetteer)
    producer = harness.runtime.app.producer
    assert isinstance(producer, IdempotentProducer)
    extra = producer._settings_extra()
    assert (extra["enable_idempotence"], extra["acks"]) == (True, "all")
