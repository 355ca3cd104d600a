"""The service on a real broker: raw articles in, merged and versioned alerts out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from agents.runtime.settings import Settings
from tests.fixtures import scraped_fixture
from tests.integration.helpers_flow import publish, when_drained
from tests.integration.kafka_helpers import WorkerProcess
from tests.integration.stories import trip_articles


def test_seed_shaped_article_gives_one_alert(settings: Settings, start_worker: Callable[..., WorkerProcess]) -> None:
    worker = start_worker()
    worker.wait_ready()
    publish(
        settings,
        [
            {
                "id": "seed-1",
                "url": "https://ledger.example/putin",
                "source": "Eastern Ledger",
                "text": scraped_fixture("seed_shaped")["raw"],
            }
        ],
    )
    [alert] = when_drained(settings, settings.topic_alerts)
    assert alert["_key"] == alert["alert_id"]
    assert alert["version"] == 1
    assert alert["leader"] == {"id": "Q7747", "name": "Vladimir Putin"}
    assert alert["destination"]["country"] == "CN"
    assert alert["destination"]["event"] == "belt-and-road-forum"
    assert alert["when"]["start"] == "2023-10-01"
    assert alert["status"] == "planned"
    assert [s["article_id"] for s in alert["sources"]] == ["seed-1"]
    assert alert["sources"][0]["source"] == "Eastern Ledger"
    # Stamped with the time the article arrived (today), not the story's date.
    arrived = datetime.fromisoformat(alert["first_seen"])
    assert abs(datetime.now(UTC) - arrived) < timedelta(hours=1)
    assert alert["updated_at"] == alert["first_seen"]
    reports = when_drained(settings, settings.topic_trips)
    assert {(report["article"]["id"], report["article"]["language"]) for report in reports} == {("seed-1", "en")}


def test_three_reports_of_one_trip_share_one_alert_and_a_cancellation_updates_it(
    settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    worker = start_worker()
    worker.wait_ready()
    reports = [
        (
            "r-1",
            "Balkan Daily",
            "2024-04-02",
            "Chinese President Xi Jinping is planning to visit Serbia in May, "
            "the foreign ministry in Belgrade said on Tuesday.",
        ),
        (
            "r-2",
            "Danube Post",
            "2024-04-20",
            "Xi Jinping will travel to Serbia next month for talks on investment "
            "and infrastructure, officials told reporters.",
        ),
        (
            "r-3",
            "Adriatic Times",
            "2024-05-02",
            "Serbia is preparing to welcome Xi Jinping, who is expected in "
            "Belgrade on May 7, the presidency announced.",
        ),
    ]
    for article_id, outlet, published, text in reports:  # one after the other, in the order published
        publish(settings, [{"id": article_id, "source": outlet, "published": published, "text": text}])
        when_drained(settings, settings.topic_alerts)
    versions = when_drained(settings, settings.topic_alerts)
    assert len({v["alert_id"] for v in versions}) == 1
    assert [v["version"] for v in versions] == [1, 2, 3], [v["changes"] for v in versions]
    assert sorted(s["article_id"] for s in versions[-1]["sources"]) == ["r-1", "r-2", "r-3"]
    assert versions[-1]["corroboration"] == 3
    assert versions[-1]["when"]["start"] == "2024-05-07"  # the sharper date won
    assert versions[-1]["destination"]["city"] == "Belgrade"

    publish(
        settings,
        [
            {
                "id": "r-4",
                "source": "Balkan Daily",
                "published": "2024-05-04",
                "text": "Xi Jinping has called off his visit to Serbia, officials in Belgrade said.",
            }
        ],
    )
    versions = when_drained(settings, settings.topic_alerts)
    assert [(v["version"], v["status"]) for v in versions][-1] == (4, "cancelled")
    assert len({v["alert_id"] for v in versions}) == 1


def test_many_trips_each_give_exactly_one_alert(settings: Settings, start_worker: Callable[..., WorkerProcess]) -> None:
    worker = start_worker()
    worker.wait_ready()
    articles = trip_articles(30)
    publish(settings, articles)
    versions = when_drained(settings, settings.topic_alerts)
    assert sorted((v["leader"]["id"], v["destination"]["country"]) for v in versions) == sorted(
        tuple(a["expected"]) for a in articles
    )
    assert all(v["version"] == 1 for v in versions)
