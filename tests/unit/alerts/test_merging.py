"""Alert merging, pure: routing reports to alerts and versioning the alerts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from pipeline.alerts import IndexEntry, merge, route
from pipeline.records import Destination, Leader, MergedAlert, Trip, TripReport, TripStatus, When
from pipeline.travel import alert_id

PUTIN = Leader("Q7747", "Vladimir Putin")
OCTOBER = When(date(2023, 10, 1), date(2023, 10, 31), "in October")


def report(
    article: str,
    status: TripStatus = "planned",
    when: When = OCTOBER,
    day: int = 1,
    month: int = 9,
    country: str = "CN",
    city: str | None = None,
    source: str | None = None,
    confidence: float = 0.9,
) -> TripReport:
    trip = Trip(PUTIN, Destination(country, city), when, status, confidence, f"evidence of {article}")
    published = datetime(2023, month, day, tzinfo=UTC)
    return TripReport(
        alert_id=alert_id(trip, published.date()),
        trip=trip,
        raises_alert=status in ("planned", "confirmed") and confidence >= 0.6,
        article_id=article,
        source=source or f"outlet of {article}",
        published=published,
        reported_at=published,
    )


def run(reports: list[TripReport]) -> list[MergedAlert]:
    """Route and merge ``reports`` in order, as the two agents do; the published versions."""
    index: tuple[IndexEntry, ...] = ()
    alerts: dict[str, MergedAlert] = {}
    published = []
    for item in reports:
        routing = route(index, item)
        index = routing.entries
        if routing.alert_id is None:
            continue
        alert = merge(alerts.get(routing.alert_id), item, routing.alert_id)
        if alert is not None:
            alerts[routing.alert_id] = alert
            published.append(alert)
    return published


def test_three_reports_of_one_trip_give_one_alert_with_three_sources_and_versions() -> None:
    versions = run([report("a"), report("b", day=5), report("c", day=9)])
    assert len({v.alert_id for v in versions}) == 1
    assert [v.version for v in versions] == [1, 2, 3]
    assert [len(v.sources) for v in versions] == [1, 2, 3]
    assert versions[0].changes == ("new_alert",)
    assert versions[1].changes == ("new_source",)
    assert versions[-1].corroboration == 3
    assert versions[-1].confidence > versions[0].confidence


def test_the_same_article_again_publishes_nothing() -> None:
    assert len(run([report("a"), report("a"), report("a")])) == 1


def test_an_undated_cancellation_updates_the_open_alert() -> None:
    versions = run([report("a"), report("b", status="cancelled", when=When(), day=20)])
    assert [(v.version, v.status) for v in versions] == [(1, "planned"), (2, "cancelled")]
    assert versions[1].alert_id == versions[0].alert_id
    assert versions[1].changes == ("new_source", "status")
    assert versions[1].evidence == "evidence of b"


def test_a_cancellation_of_a_trip_never_alerted_is_dropped() -> None:
    assert run([report("a", status="cancelled", when=When())]) == []


def test_a_sharper_date_is_an_update_and_an_undated_plan_joins_a_dated_one() -> None:
    day = When(date(2023, 10, 17), date(2023, 10, 17), "on October 17")
    versions = run([report("a", when=When()), report("b", when=OCTOBER, day=3), report("c", when=day, day=4)])
    assert len({v.alert_id for v in versions}) == 1
    assert [v.when for v in versions] == [When(), OCTOBER, day]
    assert "when" in versions[1].changes


def test_a_plan_restated_does_not_undo_a_confirmation() -> None:
    versions = run([report("a", status="confirmed"), report("b", status="planned", day=3)])
    assert [v.status for v in versions] == ["confirmed", "confirmed"]


def test_another_month_is_another_trip_and_a_past_visit_does_not_close_a_plan() -> None:
    march = When(date(2024, 3, 1), date(2024, 3, 31), "in March")
    versions = run(
        [
            report("a"),
            report("b", when=march, day=2),
            report("c", status="past", when=When(date(2019, 1, 1), date(2019, 12, 31), "in 2019"), day=3),
            report("d", status="past", when=When(), day=4),
        ]
    )
    assert len({v.alert_id for v in versions}) == 2
    assert all(v.status == "planned" for v in versions)


def test_arrival_within_the_window_makes_the_trip_ongoing() -> None:
    arrival = When(date(2023, 10, 17), date(2023, 10, 17), "on Tuesday")
    versions = run([report("a"), report("b", status="ongoing", when=arrival, day=17, month=10)])
    assert [v.status for v in versions] == ["planned", "ongoing"]


def test_a_city_learnt_later_is_an_update() -> None:
    versions = run([report("a"), report("a", city="Beijing")])
    assert [v.destination.city for v in versions] == [None, "Beijing"]
    assert versions[1].changes == ("destination",)


def test_versions_are_the_same_whatever_the_clock() -> None:
    first = run([report("a"), report("b", day=5)])
    second = run([report("a"), report("b", day=5)])
    assert first == second


def test_old_news_arriving_late_does_not_undo_a_cancellation() -> None:
    plan, cancel = report("a"), report("b", status="cancelled", when=When(), day=20)
    late_copy = replace(report("c"), reported_at=datetime(2023, 9, 25, tzinfo=UTC))  # published Sept 1
    versions = run([plan, cancel, late_copy])
    assert [v.status for v in versions] == ["planned", "cancelled", "cancelled"]


def test_an_archive_replayed_years_later_is_read_on_its_own_dates() -> None:
    later = datetime(2026, 11, 26, tzinfo=UTC)
    plan = replace(report("a"), reported_at=later)
    cancel = replace(report("b", status="cancelled", when=When(), day=20), reported_at=later)
    assert [v.status for v in run([plan, cancel])] == ["planned", "cancelled"]


def test_each_source_keeps_its_articles_language_and_evidence_as_written() -> None:
    russian = replace(report("ru-1"), language="ru")
    chinese = replace(report("zh-1", day=5), language="zh")
    [_, alert] = run([russian, chinese])
    assert [(s.article_id, s.language, s.evidence) for s in alert.sources] == [
        ("ru-1", "ru", "evidence of ru-1"),
        ("zh-1", "zh", "evidence of zh-1"),
    ]
