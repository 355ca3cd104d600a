"""The demo's articles (agents/cli/demo_data/) tell the story README.md promises `make run` shows."""

from __future__ import annotations

import orjson

from agents.cli.analyze import Analyzer
from agents.cli.demo import DemoFeed, demo_articles
from pipeline.tagging import Gazetteer


def test_the_lula_trip_is_planned_then_confirmed_with_a_sharper_date(gazetteer: Gazetteer) -> None:
    analyzer = Analyzer(gazetteer, 10_000_000, ("planned", "confirmed"), 0.6)
    lula = []
    for number, article in enumerate(demo_articles(), start=1):
        result = analyzer.analyze(number, orjson.dumps(article).decode()).result
        lula += [
            (result["id"], trip["status"], trip["when"]["start"], trip["when"]["end"])
            for trip in result["trips"]
            if trip["destination"]["country"] == "JP"
        ]
    first, *_, last = lula
    assert first[1:] == ("planned", "2024-06-01", "2024-06-30")  # "next month", his office said
    assert last[1:] == ("confirmed", "2024-06-02", "2024-06-02")  # the foreign ministry: "arrive ... on June 2"
    assert all(status == "planned" for _, status, _, _ in lula[:-1])  # the wire copy too, so it repeats the first


def test_the_demo_feeds_keep_their_addresses_from_one_run_to_the_next() -> None:
    # An article's id comes from its URL, port included: a story served at another address is another
    # article, which a run after the repeat window added to its old alert as a second source.
    first = DemoFeed(demo_articles())
    address = first.page_url(demo_articles()[0])
    first.close()
    second = DemoFeed(demo_articles())
    try:
        assert second.page_url(demo_articles()[0]) == address
    finally:
        second.close()
