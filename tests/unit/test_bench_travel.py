"""bench/travel.py: the alerts scored again at another confidence threshold."""

from __future__ import annotations

from bench.travel import Quality


def test_a_threshold_keeps_the_candidates_at_or_above_it_and_counts_every_labelled_announcement() -> None:
    quality = Quality(candidates=[(0.95, True), (0.8, True), (0.8, False), (0.65, False), (0.9, False)], wanted=4)
    assert quality.at(0.6) == (2 / 5, 2 / 4)
    assert quality.at(0.8) == (2 / 4, 2 / 4)
    assert quality.at(0.9) == (1 / 2, 1 / 4)
    assert quality.at(0.99) == (1.0, 0.0)  # no alert at all: nothing wrong said, every announcement missed
