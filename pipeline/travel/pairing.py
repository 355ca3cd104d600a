"""The pairing pass: who travels, by which words, to where.

A :class:`Pair` joins a traveller (a leader reference), a trigger (the travel words: "will visit",
"Putin's trip to", "will host ... in") and the destinations that trigger governs, with the name of
the pairing that joined them (``subject``, ``possessor``, ``guest``...), which ``--explain`` prints.
Each language finds its pairs (``languages/<code>/pairing.py``); the types live here.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.travel.sentences import Place, Ref

# The trigger kind of a language's last resort: a leader's future verb and a place no travel word reached
# ("will attend the prayer breakfast in Washington"); its trips are the least sure.
FALLBACK_TRIGGER = "future_clause"


@dataclass(frozen=True, slots=True)
class Trigger:
    """Travel words in a sentence: offsets in it, the words (lower case), and the form they take.

    ``kind`` is one of the language's trigger kinds: a verb of movement (``move_verb``), "visit" as a
    verb (``visit_verb``), a trip noun (``noun``), "make/pay a visit" (``nominal_verb``), attendance
    (``attend_verb``), presence (``be_in``), an invitation (``invited``), its acceptance (``accept``),
    withdrawal (``withdraw``), departure (``left``), hosting (``host``: the guest travels), or, as a last
    resort, a future verb of presence before a place no travel word reached (``FALLBACK_TRIGGER``: "will attend
    the breakfast in").
    """

    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True, slots=True)
class Pair:
    traveller: Ref
    trigger: Trigger
    destinations: tuple[Place, ...]
    how: str  # the pairing's name: subject, possessor, by_agent, companion, guest, host_party, ...

    def describe(self, sentence_text: str) -> str:
        """``subject: 'Putin' + 'will visit' -> 'China'``: the pairing as ``--explain`` prints it."""
        who = sentence_text[self.traveller.start : self.traveller.end]
        what = sentence_text[self.trigger.start : self.trigger.end]
        where = ", ".join(
            sentence_text[place.start : place.end] if place.start >= 0 else f"({place.event}, named before)"
            for place in self.destinations
        )
        return f"{self.how}: {who!r} + {what!r} -> {where!r}"
