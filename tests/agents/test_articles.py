"""The articles agent: raw articles in; clean articles out keyed by id and tagged articles out keyed by
their near-duplicate key, or a dead letter naming the stage that failed and why."""

from __future__ import annotations

import orjson

from tests.agents.conftest import Harness

STORY = "President Emmanuel Macron will travel to Kenya in November, the Elysee said on Monday."


async def test_a_raw_article_comes_out_clean_keyed_by_its_id_and_tagged_keyed_so_that_its_copies_meet(
    running: Harness,
) -> None:
    topics = running.runtime.topics
    raw = {"id": "c-1", "title": "Macron to visit Kenya", "published": "2024-10-07", "text": STORY}
    await running.agents.articles.put(orjson.dumps(raw), key=b"c-1", timestamp=1_728_288_000.0)
    [(key, clean)] = running.sent.json(topics.clean)
    assert key == b"c-1"
    assert (clean["id"], clean["title"], clean["published"]) == ("c-1", raw["title"], "2024-10-07T00:00:00Z")
    assert clean["text"] == STORY
    assert clean["trace"] == {"raw_ts": 1_728_288_000.0}
    [(key, tagged)] = running.sent.json(topics.tagged)
    assert key == tagged["near_duplicate_key"].encode()
    assert [actor["id"] for actor in tagged["actors"]] == ["Q3052772"]
    assert "KE" in {topic["id"] for topic in tagged["topics"]}
    assert tagged["signature"]  # the travel stage's repeat check reads it
    assert {name: tagged[name] for name in clean} == clean  # the clean article, as on the clean topic
    assert running.count("newswatch_articles_total", stage="clean") == 1
    assert running.count("newswatch_articles_total", stage="tag") == 1


async def test_an_undated_article_names_whoever_held_a_title_on_the_day_it_arrived(running: Harness) -> None:
    # No publication date: "the French president" is read on the day of the raw message's Kafka timestamp.
    undated = {"id": "c-4", "text": "The French president will travel to Kenya in November, his office said."}
    await running.agents.articles.put(orjson.dumps(undated), key=b"c-4", timestamp=1_728_288_000.0)  # 2024-10-07
    await running.agents.articles.put(orjson.dumps(undated | {"id": "c-5"}), key=b"c-5", timestamp=1_275_350_400.0)
    [macron, sarkozy] = [tagged["actors"] for _, tagged in running.sent.json(running.runtime.topics.tagged)]
    assert [actor["id"] for actor in macron] == ["Q3052772"]
    assert [actor["id"] for actor in sarkozy] == ["Q329"]  # 2010-06-01


async def test_a_message_that_is_no_raw_article_is_dead_lettered_and_the_next_one_goes_through(
    running: Harness,
) -> None:
    topics = running.runtime.topics
    await running.agents.articles.put(b"{not json", key=b"broken")
    await running.agents.articles.put(orjson.dumps({"id": "c-2", "text": 42}), key=b"c-2")
    await running.agents.articles.put(None, key=b"tombstone")  # a record with no value at all
    await running.agents.articles.put(orjson.dumps({"id": "c-3", "text": STORY}), key=b"c-3")
    letters = running.sent.json(topics.deadletters)
    assert [(key, letter["stage"], letter["reason"]) for key, letter in letters] == [
        (b"broken", "clean", "bad_json"),
        (b"c-2", "clean", "schema"),
        (b"tombstone", "clean", "bad_json"),
    ]
    assert "no value" in letters[2][1]["error"]
    assert [key for key, _ in running.sent.json(topics.clean)] == [b"c-3"]
    assert len(running.sent.json(topics.tagged)) == 1
    assert running.count("newswatch_deadletters_total", stage="clean", reason="bad_json") == 2
    assert running.count("newswatch_articles_total", stage="clean") == 1
