"""The worker's warm-up stories (agents/stages WARM_UP) take every language the travel stage reads all the way.

What a language builds on first use (its morphology, its rules' patterns and word masks) is built by the
warm-up only if a story in that language gets that far: to a trip of a watched leader whose status a rule
decided and whose date was read. A story that stops short (a title the watchlist no longer resolves, a
phrasing the rules no longer read) leaves that cost to the first real article, whose alert waits for it.
"""

from __future__ import annotations

from agents.stages import WARM_UP
from pipeline.cleaning import clean_article
from pipeline.tagging import Gazetteer, tag_article
from pipeline.travel import detect_trips
from pipeline.travel.languages import LANGUAGES


def test_there_is_a_warm_up_story_in_every_language_the_travel_stage_reads() -> None:
    assert all(raw.language is None for raw in WARM_UP)  # so that language identification is warmed up too
    assert sorted(clean_article(raw).language or "" for raw in WARM_UP) == sorted(LANGUAGES)


def test_each_warm_up_story_reaches_a_dated_trip_decided_by_a_rule(gazetteer: Gazetteer) -> None:
    for raw in WARM_UP:
        trips = detect_trips(tag_article(clean_article(raw), gazetteer), gazetteer)
        assert trips, raw.language
        assert all(trip.rule and trip.when.start is not None for trip in trips), (raw.language, trips)
