"""The tag stage agent: clean articles in, tagged articles out keyed by their near-duplicate key."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.tagging import Gazetteer
from tests.agents.conftest import Harness
from tests.agents.messages import clean_message, raw_article

STORY = "President Emmanuel Macron will travel to Kenya in November, the Elysee said on Monday."


async def test_a_clean_article_comes_out_tagged_keyed_so_that_its_copies_meet(
    running: Harness, gazetteer: Gazetteer
) -> None:
    raw = raw_article("t-1", STORY, datetime(2024, 10, 7, tzinfo=UTC))
    await running.agents.tag.put(clean_message(raw), key=b"t-1")
    [(key, message)] = running.sent.json(running.runtime.topics.tagged)
    assert key == message["near_duplicate_key"].encode()
    assert [actor["id"] for actor in message["actors"]] == ["Q3052772"]
    assert "KE" in {topic["id"] for topic in message["topics"]}
    assert message["signature"]  # the travel stage's repeat check reads it
    assert message["trace"]["raw_ts"] > 0
    assert running.count("newswatch_articles_total", stage="tag") == 1


async def test_a_message_of_another_shape_is_dead_lettered_as_schema(running: Harness) -> None:
    await running.agents.tag.put(b'{"id": "t-2", "text": "no title, no fingerprint"}', key=b"t-2")
    [(key, letter)] = running.sent.json(running.runtime.topics.deadletters)
    assert (key, letter["stage"], letter["reason"]) == (b"t-2", "tag", "schema")
    assert running.sent.json(running.runtime.topics.tagged) == []
