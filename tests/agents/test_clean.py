"""The clean stage agent: raw articles in, clean articles out keyed by id, or a dead letter with why."""

from __future__ import annotations

import orjson

from tests.agents.conftest import Harness

STORY = (
    "Prime Minister Ada Example will travel to Norway in November for talks on fisheries, her office said "
    "on Monday. Officials expect an agreement on quotas to be signed in Oslo."
)


async def test_a_raw_article_comes_out_clean_keyed_by_its_id(running: Harness) -> None:
    topics = running.runtime.topics
    raw = {"id": "c-1", "title": "Example to visit Norway", "published": "2024-10-07", "text": STORY}
    await running.agents.clean.put(orjson.dumps(raw), key=b"c-1", timestamp=1_728_288_000.0)
    [(key, message)] = running.sent.json(topics.clean)
    assert key == b"c-1"
    assert (message["id"], message["title"], message["published"]) == ("c-1", raw["title"], "2024-10-07T00:00:00Z")
    assert message["text"] == STORY
    assert message["trace"] == {"raw_ts": 1_728_288_000.0}
    assert running.count("newswatch_articles_total", stage="clean") == 1


async def test_a_message_that_is_no_raw_article_is_dead_lettered_and_the_next_one_goes_through(
    running: Harness,
) -> None:
    topics = running.runtime.topics
    await running.agents.clean.put(b"{not json", key=b"broken")
    await running.agents.clean.put(orjson.dumps({"id": "c-2", "text": 42}), key=b"c-2")
    await running.agents.clean.put(orjson.dumps({"id": "c-3", "text": STORY}), key=b"c-3")
    letters = running.sent.json(topics.deadletters)
    assert [(key, letter["stage"], letter["reason"]) for key, letter in letters] == [
        (b"broken", "clean", "bad_json"),
        (b"c-2", "clean", "schema"),
    ]
    assert [key for key, _ in running.sent.json(topics.clean)] == [b"c-3"]
    assert running.count("newswatch_deadletters_total", stage="clean", reason="bad_json") == 1
