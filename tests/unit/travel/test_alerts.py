"""Alerts: which trips raise one, and an id that reports of the same trip share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pipeline.records import ALERT_STATUSES, TaggedArticle
from pipeline.tagging import Gazetteer
from pipeline.travel import detect_trips, reports_for

Tag = Callable[..., TaggedArticle]


def alert_ids(tag: Tag, gazetteer: Gazetteer, text: str, published: date, min_confidence: float = 0.6) -> list[str]:
    tagged = tag(text, published)
    trips = detect_trips(tagged, gazetteer)
    reports = reports_for(trips, tagged.article, ALERT_STATUSES, min_confidence)
    return [report.alert_id for report in reports if report.raises_alert]


def test_reports_of_one_trip_in_different_words_and_days_share_an_id(tag: Tag, gazetteer: Gazetteer) -> None:
    first = alert_ids(
        tag, gazetteer, "Putin is planning to visit China in October, the Kremlin said.", date(2023, 7, 25)
    )
    second = alert_ids(tag, gazetteer, "Vladimir Putin will travel to Beijing next month.", date(2023, 9, 20))
    third = alert_ids(tag, gazetteer, "Russia's president is expected in China on October 17.", date(2023, 10, 2))
    assert len(first) == 1
    assert first == second == third
    assert first[0].startswith("tr-")
    assert len(first[0]) == 3 + 16


def test_another_month_leader_or_country_is_another_trip(tag: Tag, gazetteer: Gazetteer) -> None:
    october = alert_ids(tag, gazetteer, "Putin will visit China in October.", date(2023, 7, 25))
    december = alert_ids(tag, gazetteer, "Putin will visit China in December.", date(2023, 7, 25))
    india = alert_ids(tag, gazetteer, "Putin will visit India in October.", date(2023, 7, 25))
    xi = alert_ids(tag, gazetteer, "Xi Jinping will visit Russia in October.", date(2023, 7, 25))
    assert len({*october, *december, *india, *xi}) == 4


def test_only_planned_and_confirmed_trips_above_the_threshold_raise_alerts(tag: Tag, gazetteer: Gazetteer) -> None:
    assert alert_ids(tag, gazetteer, "Putin last visited China in 2022.", date(2023, 7, 25)) == []
    assert alert_ids(tag, gazetteer, "Putin has been invited to visit India.", date(2023, 7, 25)) == []
    assert len(alert_ids(tag, gazetteer, "Putin will visit India in October.", date(2023, 7, 25))) == 1
    assert alert_ids(tag, gazetteer, "Putin will visit India in October.", date(2023, 7, 25), 0.999) == []
