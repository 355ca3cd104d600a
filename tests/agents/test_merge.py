"""The merge agent: each report is filed under its alert (routing) and merged into the alert's next version."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import orjson

from pipeline.tagging import Gazetteer
from tests.agents.conftest import Harness
from tests.agents.messages import raw_article, report_message, reports

PUBLISHED = datetime(2024, 10, 7, tzinfo=UTC)
ARRIVED = datetime(2024, 10, 7, 8, tzinfo=UTC)
# A plan his office announces: confirmed (docs/travel.md)
STORY = "President Emmanuel Macron will travel to Kenya in November, the Elysee said on Monday."


async def test_a_report_is_routed_to_its_alert_and_merged_into_version_one(
    running: Harness, gazetteer: Gazetteer
) -> None:
    [report] = reports(raw_article("m-1", STORY, PUBLISHED, source="Wire A"), gazetteer, ARRIVED)
    await running.agents.merge.put(report_message(report), key=report.trip_key.encode())
    assert running.runtime.tables.trip_index.get(report.trip_key.encode()) is not None
    alert = orjson.loads(running.runtime.tables.alerts[report.alert_id.encode()])  # changelog: the alert topic
    assert (alert["version"], alert["status"], alert["changes"]) == (1, "confirmed", ["new_alert"])
    assert [source["article_id"] for source in alert["sources"]] == ["m-1"]
    assert running.count("newswatch_alerts_total", status="confirmed") == 1
    assert running.count("newswatch_articles_total", stage="merge") == 1


async def test_a_second_outlet_is_version_two_and_a_replay_is_no_version(
    running: Harness, gazetteer: Gazetteer
) -> None:
    [first] = reports(raw_article("m-2", STORY, PUBLISHED, source="Wire A"), gazetteer, ARRIVED)
    second = dataclasses.replace(first, article_id="m-3", source="Wire B")
    for report in (first, second, first):
        await running.agents.merge.put(report_message(report), key=first.trip_key.encode())
    alert = orjson.loads(running.runtime.tables.alerts[first.alert_id.encode()])
    assert (alert["version"], alert["corroboration"]) == (2, 2)
    assert running.count("newswatch_alerts_total", status="confirmed") == 2


async def test_a_report_that_starts_no_alert_publishes_nothing(running: Harness, gazetteer: Gazetteer) -> None:
    past = "President Emmanuel Macron visited Kenya in 2019, officials recalled on Monday."
    found = reports(raw_article("m-4", past, PUBLISHED), gazetteer, ARRIVED)
    assert found
    assert not any(report.raises_alert for report in found)
    for report in found:
        await running.agents.merge.put(report_message(report), key=report.trip_key.encode())
    assert dict(running.runtime.tables.alerts.items()) == {}
    assert running.count("newswatch_articles_total", stage="merge") == len(found)


async def test_a_report_of_another_shape_is_dead_lettered(running: Harness) -> None:
    await running.agents.merge.put(b'{"alert_id": "tr-1"}', key=b"Q1|KE")
    await running.agents.merge.put(b"[]", key=b"Q1|KE")
    letters = running.sent.json(running.runtime.topics.deadletters)
    assert [(letter["stage"], letter["reason"]) for _, letter in letters] == [("merge", "schema"), ("merge", "schema")]
