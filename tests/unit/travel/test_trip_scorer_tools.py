"""tools/trip_candidates.py and tools/train_trips.py, the learned trip scorer experiment: candidates,
features and inference on self-written sentences (no score: real news is measured by tools/eval_trips.py)."""

from __future__ import annotations

import math
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from bench.realnews import CorpusText, LabelledTrip, Resolver
from pipeline.tagging import Gazetteer, load_watchlist

ROOT = Path(__file__).resolve().parents[3]
PUTIN_TO_CHINA = LabelledTrip("Vladimir Putin", "China", None, None, None, "planned")


@pytest.fixture(scope="module")
def tools() -> Iterator[tuple[ModuleType, ModuleType]]:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import train_trips
        import trip_candidates

        yield trip_candidates, train_trips
    finally:
        sys.path.pop(0)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer(load_watchlist())


def _text(body: str, *trips: LabelledTrip) -> CorpusText:
    return CorpusText("t1", "en", "https://www.example.com/news/1", date(2024, 3, 1), "dev", body, (), trips)


def _candidates(tools: tuple[ModuleType, ModuleType], gazetteer: Gazetteer, text: CorpusText) -> object:
    return tools[0].article_candidates(text, gazetteer, Resolver(gazetteer))


def test_a_plan_the_rules_alert_on_is_a_candidate_with_the_rules_status_and_the_sentence_features(
    tools: tuple[ModuleType, ModuleType], gazetteer: Gazetteer
) -> None:
    article = _candidates(tools, gazetteer, _text("Vladimir Putin will visit China next month.", PUTIN_TO_CHINA))
    (candidate,) = article.candidates  # type: ignore[attr-defined]
    assert (candidate.country, candidate.label, candidate.rules_alert) == ("CN", True, True)
    features = candidate.features
    assert {"how=name", "subject", "paired", "trigger=visit_verb", "near:future", "date_ahead"} <= features.keys()
    assert features["rules=confirmed"] == features["rules_alert"] == 1.0
    assert "rules=none" not in features
    assert article.uncovered == 0  # type: ignore[attr-defined]


def test_a_pair_the_rules_do_not_pair_is_still_a_candidate_with_what_lies_between(
    tools: tuple[ModuleType, ModuleType], gazetteer: Gazetteer
) -> None:
    article = _candidates(tools, gazetteer, _text("Putin's aide will travel to Japan in May."))
    (candidate,) = article.candidates  # type: ignore[attr-defined]
    assert (candidate.country, candidate.label, candidate.rules_alert) == ("JP", False, False)
    assert {"rules=none", "trigger=unpaired", "between:aide_of"} <= candidate.features.keys()
    assert any(name.startswith("forced=") for name in candidate.features)  # what the rule table says if paired


def test_a_labelled_plan_no_sentence_holds_counts_as_uncovered(
    tools: tuple[ModuleType, ModuleType], gazetteer: Gazetteer
) -> None:
    article = _candidates(tools, gazetteer, _text("Putin's aide will travel to Japan in May.", PUTIN_TO_CHINA))
    assert article.uncovered == 1  # type: ignore[attr-defined]


def test_a_nearer_other_leader_is_a_feature(tools: tuple[ModuleType, ModuleType], gazetteer: Gazetteer) -> None:
    text = _text("Putin spoke to Xi Jinping about the visit of officials to Japan.")
    by_leader = {c.leader: c.features for c in _candidates(tools, gazetteer, text).candidates}  # type: ignore[attr-defined]
    putin, xi = "Q7747", "Q15031"
    assert "other_leader_nearer" in by_leader[putin]
    assert "other_leader_nearer" not in by_leader[xi]


def test_the_probability_is_a_logistic_of_a_dot_product_over_known_features(
    tools: tuple[ModuleType, ModuleType],
) -> None:
    model = {"threshold": 0.5, "weights": {"subject": 2.0, "bias": -0.5}}
    chance = tools[1].probability({"subject": 1.0, "bias": 1.0, "unknown": 1.0}, model)
    assert chance == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert tools[1].probability({"bias": 1.0}, model) < 0.5


def test_fitting_learns_the_feature_that_marks_trips_the_same_way_every_time(
    tools: tuple[ModuleType, ModuleType],
) -> None:
    candidate = tools[0].Candidate
    rows = [
        candidate("t", "s", "L", "C", label, False, {"bias": 1.0, "marker" if label else "other": 1.0})
        for label in (True, False) * 10
    ]
    model = tools[1].fit(rows)
    assert model["weights"]["marker"] > 0 > model["weights"]["other"]
    assert tools[1].fit(rows) == model
