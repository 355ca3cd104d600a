"""English references: whom "he" stands for when it opens what a leader said ("Putin told Xi that he ..."), and
when a leader is named only in a sentence's predicate ("... to attend Trump's inauguration. He will ...")."""

from __future__ import annotations

import re

from pipeline.travel.languages.en.lexicon import LEXICON as L
from pipeline.travel.languages.en.pairing import FRONTED_CLAUSE, coordinated
from pipeline.travel.sentences import Ref, Sentence

# "said (that) he", "told Xi Jinping that he", "told reporters after meeting Xi that he": the reporting verb
# (with its object) right before a subject pronoun
_REPORTED = re.compile(
    r"\b(?:(?:told|assured|informed|promised)\s+(?:[\w.'’-]+\s+){1,6}?|" + L.source("reporting_verb") + r"\s+)"
    r"(?:that\s+)?$"
)
_SUBJECT_PRONOUN = re.compile(r"(?:he|she)\b")
_COORDINATOR = re.compile(r"(?:but|and|yet)(?:\s+(?:also|later|then))?")
# "thanked Putin", "met with Xi", "told President Xi": a leader who is the object, not the one who speaks
_OBJECT_BEFORE = re.compile(
    r"(?:" + L.source("object_verb") + r"|\bwith|\bto|\bby|\bfrom|\bfor)\s+(?:[\w.'’-]+\s+){0,4}$"
)


def reported_subject(sentence: Sentence, position: int, named: list[Ref]) -> str | None:
    """The leader a subject pronoun at ``position`` stands for when a reporting verb of a leader comes right
    before it: "Putin told Xi that he would visit" (Putin), "Biden thanked Putin and said he was ready to
    visit" (Biden). ``named`` are the names and titles before the pronoun; None when no such verb is there."""
    text = sentence.low
    if not named or not _SUBJECT_PRONOUN.match(text, position):
        return None
    verb = _REPORTED.search(text, max(0, position - 80), position)
    if verb is None:
        return None
    clause = max(text.rfind(",", 0, verb.start()), text.rfind(";", 0, verb.start()))
    speakers = [ref for ref in named if ref.end <= verb.start()]
    in_clause = [ref for ref in speakers if ref.start > clause]
    if not in_clause:
        between = text[clause + 1 : verb.start()].strip()
        if _COORDINATOR.fullmatch(between):
            # "Pashinyan regretted that Aliyev will not attend, but confirmed that he": the sentence's subject speaks
            for ref in speakers:
                if not _OBJECT_BEFORE.search(text, max(0, ref.start - 60), ref.start):
                    return ref.leader
            return None
        if between:
            return None  # "Milei, whose office said he": someone else speaks; "he" is the nearest leader
        in_clause = speakers  # "Biden, who met Modi on Monday, said he": the subject before the aside
    for ref in reversed(in_clause):
        if not _OBJECT_BEFORE.search(text, max(0, ref.start - 60), ref.start):
            return ref.leader
    return None


_POSSESSIVE = re.compile(r"['’]s\b")


def possessor_in_the_predicate(sentence: Sentence, first: Ref) -> bool:
    """Whether the leader ``first`` is named as the possessor of an object after the sentence's verb ("will
    travel to attend Trump's inauguration"): an auxiliary before the name, "'s" after it."""
    text = sentence.low
    return (
        first.how == "name"
        and _POSSESSIVE.match(text, first.end) is not None
        and L.search("auxiliary", text[: first.start]) is not None
    )


def owner_of_the_subject(sentence: Sentence, first: Ref) -> bool:
    """Whether the leader ``first``, opening the sentence, owns its subject, someone of his staff or family
    ("Ruto's communications secretary David Mugonyi explained ...", "Putin's spokesman said")."""
    return (
        first.how == "name"
        and not sentence.low[: first.start].strip(" \"“'‘")
        and _STAFF_AFTER.match(sentence.low, first.end) is not None
    )


_STAFF_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?" + L.pattern("of_other").pattern)


# "At the invitation of Prime Minister Lofven, Prime Minister Modi will ...": the host's phrase, up to its comma
_FRONTED_INVITATION = re.compile(L.pattern("fronted_invitation").pattern + r"[^,;]{3,100},")


def fronted_invitation(sentence: Sentence) -> int | None:
    """Where a fronted "At the invitation of ...," that opens the sentence ends, if it does; or a fronted clause
    ("Ahead of holding talks with Putin in Moscow on Saturday, Abe is scheduled to ...": Abe is the subject)."""
    found = _FRONTED_INVITATION.match(sentence.low) or FRONTED_CLAUSE.match(sentence.low)
    return found.end() if found is not None else None


# "they", the subject of a list of leaders
PLURAL_PRONOUN = re.compile(r"\b(?:" + L.source("plural_pronoun") + r")\b")
_AND_SPOUSE = re.compile(r"\s+" + L.pattern("and_spouse").pattern)


def plural_subject(sentence: Sentence, named: list[Ref], before: Sentence | None) -> list[Ref]:
    """A reference per leader a "they" among the first words of ``sentence`` stands for, when no leader is named
    before it: the last list of two or more leaders of the sentence ``before`` ("A and B", "A, President B and
    C"): "... a chance for Obama and Putin to get to know each other. Instead, they will hold a meeting in
    Mexico". (Within a sentence, the list before "they" is the subject already: "Macron and Abe have said they
    will attend"; and "Xi and Biden will be at odds when they meet in Peru" reports no trip.)"""
    match = PLURAL_PRONOUN.search(sentence.low)
    if (
        match is None
        or before is None
        or len(sentence.low[: match.start()].split()) > 1
        or any(ref.end <= match.start() for ref in named)
    ):
        return []
    listed: list[tuple[int, int, str]] = []
    for mention in before.mentions:
        if mention.kind != "leader":
            continue
        start, end = mention.start - before.offset, mention.end - before.offset
        if listed and not coordinated(before.low, listed[-1][1], start, before.spans, before.text):
            listed = []
        listed.append((start, end, mention.entity))
    leaders = list(dict.fromkeys(leader for _, _, leader in listed))
    if len(leaders) == 1 and _AND_SPOUSE.match(before.low, listed[-1][1]) is not None:
        # "It was expected the King and Queen would have overseas visits. They were due to travel to Canada"
        return [Ref(match.start(), match.end(), leaders[0], "pronoun")]
    if len(leaders) < 2:
        return []
    return [Ref(match.start(), match.end(), leader, "pronoun") for leader in leaders]
