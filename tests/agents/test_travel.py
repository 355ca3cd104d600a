"""The travel stage agent: tagged articles in, trip reports out; repeats dropped with what they told."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pipeline.tagging import Gazetteer
from tests.agents.conftest import Harness
from tests.agents.messages import RAW_TS, raw_article, tagged_message
from tests.briefs import brief

PUBLISHED = datetime(2024, 10, 7, tzinfo=UTC)


async def test_each_trip_is_reported_keyed_by_leader_and_country_with_the_articles_language(
    running: Harness, gazetteer: Gazetteer
) -> None:
    key, value = tagged_message(raw_article("v-1", brief("Emmanuel Macron", "Kenya", "November"), PUBLISHED), gazetteer)
    await running.agents.travel.put(value, key=key)
    [(report_key, report)] = running.sent.json(running.runtime.topics.trips)
    assert report_key == b"Q3052772|KE"
    assert (report["trip"]["status"], report["trip"]["when"]["start"]) == ("confirmed", "2024-11-01")
    assert report["raises_alert"] is True
    assert (report["article"]["id"], report["article"]["language"]) == ("v-1", "en")
    assert report["reported_at"] == "2024-10-07T08:00:00Z"  # the raw message's Kafka timestamp
    assert running.count("newswatch_trips_total", status="confirmed") == 1


async def test_templated_briefs_about_other_leaders_go_on_and_a_copy_is_dropped(
    running: Harness, gazetteer: Gazetteer
) -> None:
    briefs = [
        raw_article("macron", brief("Emmanuel Macron", "Kenya", "November"), PUBLISHED),
        raw_article("ramaphosa", brief("Cyril Ramaphosa", "Kenya", "November"), PUBLISHED),
        raw_article("macron-copy", brief("Emmanuel Macron", "Kenya", "November"), PUBLISHED, source="Another Wire"),
    ]
    for article in briefs:
        # All under one key, as if every brief had the same near-duplicate key: the check must tell them apart.
        await running.agents.travel.put(tagged_message(article, gazetteer)[1], key=b"one-key")
    reported = [report["article"]["id"] for _, report in running.sent.json(running.runtime.topics.trips)]
    assert reported == ["macron", "ramaphosa"]
    assert running.count("newswatch_duplicates_total", kind="exact") == 1
    assert running.runtime.tables.repeats.get(b"one-key") is not None


async def test_an_undated_article_reads_next_week_from_the_time_it_reached_kafka(
    running: Harness, gazetteer: Gazetteer
) -> None:
    text = "Prime Minister Narendra Modi will travel to Brazil next week for talks on trade, officials said."
    key, value = tagged_message(raw_article("undated", text, None), gazetteer)
    arrived = datetime.fromtimestamp(RAW_TS, UTC).date()
    await running.agents.travel.put(value, key=key)
    [(_, report)] = running.sent.json(running.runtime.topics.trips)
    start = date.fromisoformat(report["trip"]["when"]["start"])
    assert arrived < start <= date.fromordinal(arrived.toordinal() + 14)


async def test_a_replayed_message_is_not_its_own_repeat(running: Harness, gazetteer: Gazetteer) -> None:
    key, value = tagged_message(raw_article("v-2", brief("Cyril Ramaphosa", "Peru", "November"), PUBLISHED), gazetteer)
    await running.agents.travel.put(value, key=key, partition=1)
    running.agents.travel.sent_offset = 0  # the same partition and offset again: a worker replaying its input
    await running.agents.travel.put(value, key=key, partition=1)
    assert len(running.sent.json(running.runtime.topics.trips)) == 2
    assert running.count("newswatch_duplicates_total", kind="exact") == 0


async def test_a_president_elect_called_so_in_the_tagged_message_travels_as_a_leader(
    running: Harness, gazetteer: Gazetteer
) -> None:
    # the tag stage's "elect" crosses the tagged topic: without it, the trip of a leader yet to take office is dropped
    text = "President-elect Donald Trump will travel to Paris on Saturday for the reopening of the cathedral."
    key, value = tagged_message(raw_article("elect", text, datetime(2024, 12, 5, tzinfo=UTC)), gazetteer)
    await running.agents.travel.put(value, key=key)
    [(report_key, _)] = running.sent.json(running.runtime.topics.trips)
    assert report_key == b"Q22686|FR"
