"""The sentence object the travel passes work on, and sentence splitting.

A :class:`Sentence` is one sentence of the title or body with everything the passes learn about it:
the tagger's mentions inside it, the leader references (``refs``, from the references pass), the
places it names (``places``), and, computed when first asked, its time expressions and who it says the
news comes from. Offsets in ``refs``, ``places`` and times are offsets in ``text``.

Splitting is per language (``languages/<code>``); :func:`split_at` is the shared engine: a sentence
ends at a boundary the language's pattern finds, unless the word before a full stop is an
abbreviation ("Mr.", "U.S.", "Jan.") or an initial. Line breaks always end a sentence, so captions,
headlines without a full stop and bullet lines never run into each other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from pipeline.records import Field, Mention

if TYPE_CHECKING:
    from pipeline.travel.languages import Language
    from pipeline.travel.timing import TimeExpression

# The kinds of mention a trip can go to (an adjective, "the Chinese side", only stands for one).
PLACE_KINDS = frozenset({"country", "city", "institution", "event"})
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower(text: str) -> str:
    """``text`` in lower case with every offset kept (a few letters, such as "İ", grow under str.lower)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


class Span(NamedTuple):
    start: int
    end: int
    text: str


def split_at(
    text: str, boundary: re.Pattern[str], abbreviation: Callable[[str, int], bool] | None = None
) -> list[Span]:
    """The sentences of ``text``: every line, cut where ``boundary`` matches (ends at the match's end).

    ``abbreviation(line, dot)`` says whether a full stop at ``dot`` ends an abbreviation instead.
    """
    spans: list[Span] = []
    append = spans.append
    offset = 0
    for line in text.split("\n"):
        if not line:
            offset += 1  # a paragraph's blank line (every other line of an article): no sentence, no scan
            continue
        ends = [
            match.end()
            for match in boundary.finditer(line)
            if abbreviation is None or line[match.start()] != "." or not abbreviation(line, match.start())
        ]
        ends.append(len(line))
        start = 0
        for end in ends:
            chunk = line[start:end]
            stripped = chunk.strip()
            if stripped:
                first = offset + start + len(chunk) - len(chunk.lstrip())
                append(Span(first, first + len(stripped), stripped))
            start = end
        offset += len(line) + 1
    return spans


def abbreviation_test(abbreviations: Collection[str]) -> Callable[[str, int], bool]:
    """A test for :func:`split_at`: is the word before the full stop at ``dot`` one of ``abbreviations``?"""
    longest = max(len(word) for word in abbreviations) + 1

    def is_abbreviation(line: str, dot: int) -> bool:
        if dot >= longest and line[dot - longest : dot].isalpha():
            return False  # a word longer than any abbreviation (the common case)
        word_start = dot
        while word_start > 0 and (line[word_start - 1].isalpha() or line[word_start - 1] == "."):
            word_start -= 1
            if dot - word_start >= longest:
                return False
        word = line[word_start:dot].lower()
        # an initial, or initials ("G.P. Koirala", "J.R.R. Tolkien")
        return word in abbreviations or all(len(part) == 1 and part.isalpha() for part in word.split("."))

    return is_abbreviation


How = str  # how a reference names its leader: "name", "title", "pronoun", "generic"


@dataclass(slots=True)
class Ref:
    """A reference to a watched leader in a sentence: a name, an office title, a pronoun, "the president"."""

    start: int
    end: int
    leader: str
    how: How


@dataclass(slots=True)
class Place:
    """A place a trip can go to: a country, a city or an institution standing for one, or an event."""

    start: int
    end: int
    country: str
    city: str | None
    event: str | None
    kind: str


# The kind of a sentence's ``context_event`` named further back than the language's reach: the one gathering of an
# article whose gatherings are all in one country ("... is expected to attend", far down a page of guests).
GATHERING_OF_ARTICLE = "gathering_of_article"


def placed_as_before(places: list[Place], before: Place | None) -> list[Place]:
    """``places`` with each event named again without a host of its own held where ``before`` (the same event,
    named in an earlier sentence: a sentence's ``context_event``) was: "the AU summit, which will be held in Addis
    Ababa. Trudeau will attend the AU summit"; an undated page's "G20峰会" after "在印尼巴厘岛举行的G20峰会". A
    gathering the gazetteer did not name (``before.event`` None: "Саммит Евразийского экономического союза,
    который состоится в Бишкеке", read by the languages that read such venues) places any event without a host,
    if named within the language's reach (far down a page, "the G7 summit" is another gathering)."""
    if before is None or not before.country or (before.event is None and before.kind == GATHERING_OF_ARTICLE):
        return places
    return [
        Place(place.start, place.end, before.country, before.city, place.event, "event_in")
        if place.event is not None and place.event == (before.event or place.event) and not place.country
        else place
        for place in places
    ]


@dataclass(slots=True, eq=False)
class Sentence:
    """One sentence of an article, and what the passes find in it (see the module docstring)."""

    index: int
    part: Field  # "title" or "body"
    offset: int  # where the sentence starts in that part's text
    text: str
    low: str
    language: Language
    mentions: list[Mention]
    named: list[str]  # the leaders named or titled in it, in order
    has_place: bool
    refs: list[Ref] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    context_event: Place | None = None  # the summit named just before: where "the summit" is (offsets -1)
    context_time: TimeExpression | None = None  # and its time, as that sentence gave it
    _times: list[TimeExpression] | None = None
    _attribution: tuple[str | None] | None = None
    _words: int = -1  # the lexicon's word bits in ``low`` (Lexicon.word_mask), -1 until first asked
    cues: dict[str, bool] = field(default_factory=dict)  # what the status rules asked of it as a whole, by name

    @property
    def words(self) -> int:
        """Which lexicon anchors begin a word of the sentence, as bits: a rule that needs lists whose
        anchors are all absent (``mask & words == 0``) cannot match (a false "yes" only costs a search)."""
        if self._words < 0:
            self._words = self.language.lexicon.word_mask(self.low)
        return self._words

    def may_have(self, names: tuple[str, ...]) -> bool:
        """Whether a phrase of one of the lexicon lists ``names`` can occur in the sentence at all."""
        mask = self.language.lexicon.mask(names)
        return mask < 0 or mask & self.words != 0

    def matches(self, pattern: re.Pattern[str], names: tuple[str, ...]) -> Iterator[re.Match[str]]:
        """``pattern.finditer(self.low)`` for a pattern made of the lexicon lists ``names``: none sought where
        :meth:`may_have` says no phrase of theirs can occur (one ``&``; the scan costs many times more)."""
        return pattern.finditer(self.low) if self.may_have(names) else iter(())

    def home(self, leader: str) -> str | None:
        """The country of ``leader`` as the tagger found it in the sentence (None if not named or titled in it)."""
        return next((m.country for m in self.mentions if m.entity == leader and m.country), None)

    @property
    def names_event(self) -> bool:
        """Whether the tagger found an event in it (a summit that "the summit" of a later sentence may be)."""
        return any(mention.kind == "event" for mention in self.mentions)

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Where the tagger's mentions are in the sentence (offsets in ``text``)."""
        return [(m.start - self.offset, m.end - self.offset) for m in self.mentions]

    @property
    def times(self) -> list[TimeExpression]:
        """The sentence's time expressions, but those that begin inside a leader's name ("明日" of "李在明日前")."""
        if self._times is None:
            names = [(m.start - self.offset, m.end - self.offset) for m in self.mentions if m.kind == "leader"]
            self._times = [
                time
                for time in self.language.find_times(self.text, self.low)
                if not any(start < time.start < end for start, end in names)
            ]
        return self._times

    @property
    def attribution(self) -> str | None:
        """Who the sentence says the news comes from ("the Kremlin", "his office"), if anyone."""
        if self._attribution is None:
            self._attribution = (self.language.attribution(self),)
        return self._attribution[0]
