"""The frame every stage runs in: a message over the time limit, or one the stage fails on, becomes a dead
letter with its reason, and the stream goes on."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import date
from pathlib import Path
from typing import Any, cast

import faust
import orjson
import pytest
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types.tuples import FutureMessage, PendingMessage, RecordMetadata

import agents.stages.articles
from agents.runtime.app import WorkerProducer
from pipeline.cleaning import clean_article
from pipeline.records import Article, RawArticle, TaggedArticle
from pipeline.tagging import Gazetteer, tag_article
from tests.agents.conftest import Harness, make_harness

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

    monkeypatch.setattr(agents.stages.articles, "clean_article", stuck_on_slow)
    slow = orjson.dumps({"id": "slow", "text": STORY})
    async with harness.agents.articles.test_context() as articles:
        await articles.put(slow, key=b"slow")
        [(key, letter)] = harness.sent.json(harness.runtime.topics.deadletters)
        assert (key, letter["stage"], letter["reason"], letter["error_type"]) == (
            b"slow",
            "clean",
            "timeout",
            "StageTimeoutError",
        )
        assert harness.count("newswatch_deadletters_total", stage="clean", reason="timeout") == 1
        await articles.put(orjson.dumps({"id": "next", "language": "en", "text": STORY}), key=b"next")
        assert [key for key, _ in harness.sent.json(harness.runtime.topics.clean)] == [b"next"]


async def test_a_stage_that_raises_dead_letters_the_message_as_its_stage_error_after_what_came_before_it(
    tmp_path: Path, gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness = make_harness(tmp_path, gazetteer)
    calls = 0

    def tag_once_badly(article: Article, watched: Gazetteer, reference: date | None = None) -> TaggedArticle:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise ZeroDivisionError("a bug in tagging")
        return tag_article(article, watched, reference)

    monkeypatch.setattr(agents.stages.articles, "tag_article", tag_once_badly)
    raw = orjson.dumps({"id": "boom", "published": "2024-10-07", "text": STORY})
    async with harness.agents.articles.test_context() as articles:
        await articles.put(raw, key=b"boom")
        await articles.put(raw, key=b"boom")
    [(key, letter)] = harness.sent.json(harness.runtime.topics.deadletters)
    # The tag stage failed on the raw message: replaying it runs both stages again.
    assert (key, letter["stage"], letter["reason"], letter["error_type"]) == (
        b"boom",
        "tag",
        "stage_error",
        "ZeroDivisionError",
    )
    assert letter["topic"] == harness.runtime.topics.raw.get_topic_name()
    # Its clean article was published before tagging failed; its tagged form only on the second try.
    assert [key for key, _ in harness.sent.json(harness.runtime.topics.clean)] == [b"boom", b"boom"]
    assert len(harness.sent.json(harness.runtime.topics.tagged)) == 1
    assert harness.count("newswatch_articles_total", stage="clean") == 2
    assert harness.count("newswatch_articles_total", stage="tag") == 1


def test_the_worker_producer_is_idempotent_so_a_retried_send_is_written_once(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    harness = make_harness(tmp_path, gazetteer)
    producer = harness.runtime.app.producer
    assert isinstance(producer, WorkerProducer)
    extra = producer._settings_extra()
    assert (extra["enable_idempotence"], extra["acks"]) == (True, "all")


async def test_the_worker_producer_flush_waits_until_every_table_write_is_acknowledged(
    tmp_path: Path, gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # faust flushes the producer before it commits offsets; a table write still in its buffer then (faust's
    # own flush gives up after 0.1 s) would be lost with the worker, and an alert with it.
    harness = make_harness(tmp_path, gazetteer)
    producer = harness.runtime.app.producer
    assert isinstance(producer, WorkerProducer)

    async def flushes_nothing(self: faust_aiokafka.Producer) -> None:
        return None

    monkeypatch.setattr(faust_aiokafka.Producer, "flush", flushes_nothing)
    table_write = FutureMessage(cast(PendingMessage, None))  # what faust's table hands the producer
    producer.send_soon(table_write)
    flushing = asyncio.ensure_future(producer.flush())
    for _ in range(20):
        await asyncio.sleep(0)
    assert not flushing.done()  # the write is not acknowledged: no commit may follow yet
    table_write.set_result(cast(RecordMetadata, None))  # the broker acknowledged it
    await flushing
    assert not producer._unacknowledged


async def test_an_event_cut_off_before_its_messages_are_sent_is_not_acked(tmp_path: Path, gazetteer: Gazetteer) -> None:
    # A worker stopping cancels its agents: the event in hand must stay unacked (its offset uncommitted, so
    # the next worker processes it again); faust's own iteration would ack it on the way out.
    harness = make_harness(tmp_path, gazetteer)
    sending, never = asyncio.Event(), asyncio.Event()
    in_hand: list[Any] = []

    async def stuck(**_: Any) -> None:
        in_hand.append(faust.current_event())
        sending.set()
        await never.wait()

    harness.runtime.topics.clean.send = stuck
    raw = orjson.dumps({"id": "cut", "language": "en", "text": STORY})
    async with harness.agents.articles.test_context() as articles:
        put = asyncio.ensure_future(articles.put(raw, key=b"cut"))
        await asyncio.wait_for(sending.wait(), 60)
    put.cancel()
    [event] = in_hand
    assert event is not None
    assert not event.message.acked


async def test_an_agents_log_builds_its_message_only_for_a_level_its_logger_writes(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    # faust logs every value an agent yields at debug level: building the message for a dropped record cost CPU.
    log = harness.agents.articles.log
    built: list[str] = []
    formatter = log.formatter
    assert formatter is not None

    def spy(severity: int, message: str, *args: Any, **kwargs: Any) -> str:
        built.append(message)
        return str(formatter(severity, message, *args, **kwargs))

    log.formatter = spy
    caplog.set_level(logging.INFO, logger=log.logger.name)
    log.debug("dropped %r", 1)
    assert built == []
    caplog.set_level(logging.DEBUG, logger=log.logger.name)
    log.debug("written %r", 2)
    assert built == ["written %r"]
    assert "written 2" in caplog.text
