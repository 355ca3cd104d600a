"""bench/travel.py: the alerts scored again at another confidence threshold; why alerts are wrong or missed."""

from __future__ import annotations

from types import SimpleNamespace

from bench.travel import Quality, _why_missed, _why_wrong


def test_a_threshold_keeps_the_candidates_at_or_above_it_and_counts_every_labelled_announcement() -> None:
    quality = Quality(candidates=[(0.95, True), (0.8, True), (0.8, False), (0.65, False), (0.9, False)], wanted=4)
    assert quality.at(0.6) == (2 / 5, 2 / 4)
    assert quality.at(0.8) == (2 / 4, 2 / 4)
    assert quality.at(0.9) == (1 / 2, 1 / 4)
    assert quality.at(0.99) == (1.0, 0.0)  # no alert at all: nothing wrong said, every announcement missed


def test_a_wrong_alert_is_put_down_to_status_destination_a_trip_not_told_or_an_unlabelled_leader() -> None:
    labelled = {("putin", "CN"): ["past trip"], ("xi", "RU"): ["planned trip"]}
    leaders = {"putin", "xi", "modi"}
    assert _why_wrong(("putin", "CN"), labelled, leaders) == "status"
    assert _why_wrong(("xi", "KZ"), labelled, leaders) == "destination"
    assert _why_wrong(("modi", "JP"), labelled, leaders) == "no trip"
    assert _why_wrong(("biden", "JP"), labelled, leaders) == "leader"


def test_a_missed_alert_is_put_down_to_status_destination_no_trip_tagging_or_the_watchlist() -> None:
    tagged = SimpleNamespace(actors=(SimpleNamespace(id="putin"), SimpleNamespace(id="xi")))
    detected = {("putin", "CN"): ["past trip"], ("xi", "KZ"): ["planned trip"]}
    alerts = {("xi", "KZ")}
    assert _why_missed(("putin", "CN"), detected, alerts, tagged) == "status"
    assert _why_missed(("xi", "RU"), detected, alerts, tagged) == "destination"
    assert _why_missed(("putin", "IN"), detected, alerts, tagged) == "no trip"
    assert _why_missed(("modi", "JP"), detected, alerts, tagged) == "untagged"
    assert _why_missed(("unlisted:Someone", "JP"), detected, alerts, tagged) == "unlisted"
