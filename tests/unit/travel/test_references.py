"""The references pass: what "the president" stands for."""

from __future__ import annotations

from datetime import date
from typing import Any

from pipeline.tagging import Gazetteer
from pipeline.travel import references
from pipeline.travel.references import Context


class _CountingLeaders(dict[str, Any]):
    def __init__(self, leaders: dict[str, Any]) -> None:
        super().__init__(leaders)
        self.asked: list[str] = []

    def get(self, key: str, default: Any = None) -> Any:
        self.asked.append(key)
        return super().get(key, default)


def test_the_president_is_the_latest_named_president_each_leader_checked_once(gazetteer: Gazetteer) -> None:
    leaders = _CountingLeaders(gazetteer.leaders)
    counting: Any = type("G", (), {"leaders": leaders})()
    # named again and again: a prime minister, then a president; "the president" is the president
    context = Context(recent=["Q7747", "Q1058", "Q1058", "Q1058", "Q1058"])
    found = references._title_antecedent("president", [], 0, context, counting, date(2023, 6, 1))
    assert found == "Q7747"  # Putin, after Modi four times
    assert leaders.asked == ["Q1058", "Q7747"]


def test_the_prime_minister_is_no_king_who_heads_the_government(gazetteer: Gazetteer) -> None:
    # King Salman named last, the Pakistani prime minister before him: "the prime minister" is Imran Khan
    context = Context(recent=["imran-khan", "king-salman"])
    found = references._title_antecedent("prime minister", [], 0, context, gazetteer, date(2018, 9, 18))
    assert found == "imran-khan"
    # (the king himself is still "the king")
    assert references._title_antecedent("king", [], 0, context, gazetteer, date(2018, 9, 18)) == "king-salman"
