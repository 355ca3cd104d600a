"""The status pass: an ordered table of named rules decides what a sentence says of one pairing.

A :class:`Rule` is a name, a test over the clues of one pairing (traveller, trigger, destination in
their sentence) and an outcome. The first rule of the table whose test passes decides; its name travels
with the trip (``Trip.rule``) so ``newswatch analyze --explain`` can say why. An outcome is a status,
``None`` (the words are no trip: a wish, a ban, a habit), or the name of a further table that settles
the details: ``"future"`` asks whether a plan is ``planned`` or ``confirmed``, ``"past_or_ongoing"``
whether a trip already begun is over.

Each language writes its tables (``languages/<code>/rules.py``) over its own :class:`Clues`, which
turn a pairing into the spans and cues its rules read; this module is only the engine.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from pipeline.records import TripStatus

if TYPE_CHECKING:
    from pipeline.travel.lexicon import Lexicon
    from pipeline.travel.pairing import Pair
    from pipeline.travel.sentences import Sentence
    from pipeline.travel.timing import TimeExpression

Outcome = str | None  # a TripStatus, None (no trip), or the name of a further table
Test = Callable[["Clues"], bool]


class Clues:
    """What the rules of a language may ask of one pairing; languages extend it with their own spans.

    Properties are computed when a rule first asks, and kept: most pairings are decided by the first
    few rules, and the costlier spans are never computed for them.
    """

    def __init__(self, pair: Pair, sentence: Sentence, day: date | None) -> None:
        self.pair = pair
        self.sentence = sentence
        self.day = day
        self.text = sentence.low
        self.original = sentence.text
        self.ref = pair.traveller
        self.trigger = pair.trigger
        self.kind = pair.trigger.kind

    @cached_property
    def time(self) -> TimeExpression | None:
        """The time expression that belongs to the trigger, if any (each language says which)."""
        return None

    def of_sentence(self, name: str, test: Callable[[Sentence], bool]) -> bool:
        """``test(sentence)``, a cue of the whole sentence: asked once, however many of its pairings are read."""
        cues = self.sentence.cues
        found = cues.get(name)
        if found is None:
            found = cues[name] = test(self.sentence)
        return found


@dataclass(frozen=True, slots=True)
class Rule:
    """``Rule("denied_report", "denied", test)``: when ``test(clues)`` holds, the trip is ``denied``.

    ``kinds`` limits the rule to triggers of those kinds ("noun", "host", ...); empty means every kind.
    ``needs`` names the lexicon lists without which the test cannot hold (a cheap word test skips it).
    """

    name: str
    outcome: Outcome
    test: Test
    kinds: frozenset[str] = frozenset()
    needs: tuple[str, ...] = ()  # lexicon lists the test reads: skipped when none can occur in the sentence


@dataclass(frozen=True, slots=True)
class Decision:
    status: TripStatus | None
    rule: str  # "rule" or "rule/settling rule"


STATUSES: frozenset[str] = frozenset(
    ["planned", "confirmed", "invited", "postponed", "cancelled", "denied", "ongoing", "past"]
)


class Tables:
    """A language's rule tables by name (``status`` first), each ready for the trigger kind at hand."""

    def __init__(self, tables: Mapping[str, tuple[Rule, ...]]) -> None:
        self.tables = dict(tables)
        self._by_kind: dict[tuple[str, str], tuple[tuple[Rule, int], ...]] = {}

    def rules(self, table: str, kind: str, lexicon: Lexicon) -> tuple[tuple[Rule, int], ...]:
        """The rules of ``table`` for triggers of ``kind``, each with the word bits its test needs (0: none)."""
        key = (table, kind)
        found = self._by_kind.get(key)
        if found is None:
            found = tuple(
                (rule, max(0, lexicon.mask(rule.needs)) if rule.needs else 0)  # -1: no word test
                for rule in self.tables[table]
                if not rule.kinds or kind in rule.kinds
            )
            self._by_kind[key] = found
        return found


def decide(clues: Clues, tables: Tables, table: str = "status") -> Decision:
    """The first rule of ``tables[table]`` that applies to ``clues``, followed into further tables."""
    names: list[str] = []
    outcome: Outcome = table
    sentence = clues.sentence
    lexicon = sentence.language.lexicon
    while outcome is not None and outcome not in STATUSES:
        for rule, needs in tables.rules(outcome, clues.kind, lexicon):
            # (the sentence's words are found when a rule first needs them: a table without word tests never does)
            if needs and not needs & sentence.words:
                continue  # none of the words its lists begin with is in the sentence
            if rule.test(clues):
                names.append(rule.name)
                outcome = rule.outcome
                break
        else:
            return Decision(None, "/".join(names) or "no_rule")
    return Decision(outcome, "/".join(names))  # type: ignore[arg-type]


def always(_: Clues) -> bool:
    return True


def every(*tests: Test) -> Test:
    """A test that holds when all of ``tests`` hold (cheapest first: they are tried in order)."""
    return lambda clues: all(test(clues) for test in tests)


def either(*tests: Test) -> Test:
    return lambda clues: any(test(clues) for test in tests)


def negate(test: Test) -> Test:
    return lambda clues: not test(clues)
