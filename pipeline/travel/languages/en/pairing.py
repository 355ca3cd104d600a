"""English pairing: which leader each travel trigger belongs to, and the destinations it governs.

A trigger governs the places right after it ("will visit Japan, Papua New Guinea and Australia"), or,
after "there", the place named before. Its traveller is the possessor of a trip noun ("Xi's visit",
"his visit", "a visit by Putin"), the leader of an appositive ("Modi, on a two-day visit to Moscow,"),
or the subject of a verb: the nearest leader to its left that is not the owner of someone else
("Putin's aide"), with the leaders coordinated with it ("Macron and Scholz will travel") and those
"accompanied by" it. Hosting turns around: in "Xi will host Putin in Beijing" the guest travels; in
"Xi will be hosted by Lula in Brasilia", Xi does; at a meeting both sides are there.
"""

from __future__ import annotations

import re

from pipeline.travel.languages.en.lexicon import LEXICON as L
from pipeline.travel.pairing import Pair, Trigger
from pipeline.travel.sentences import Place, Ref, Sentence

_KINDS = (
    ("invited", L.source("trigger_invited")),
    ("withdraw", L.source("trigger_withdraw")),
    ("left", L.source("trigger_left") + r"(?! for)(?= [a-z])"),
    ("accept", L.source("trigger_accept")),
    ("nominal_verb", L.source("trigger_nominal_verb")),
    ("visit_verb", L.source("trigger_visit_verb")),
    (
        "move_verb",
        L.source("there_verb")
        + r"(?= there\b)|"
        + L.source("trigger_move_verb")
        + "|"
        + L.source("trigger_first_stop")
        + rf"(?= [\w' .-]{{2,40}}? {L.source('first_stop_after')}\b)",
    ),
    ("attend_verb", L.source("trigger_attend_verb")),
    (
        "be_in",
        L.source("trigger_be_in")
        + "|"
        + L.source("trigger_be_at")
        + rf"(?= [\w-]+(?: [\w-]+)? {L.source('be_at_event')})",
    ),
    ("noun", L.source("trigger_noun")),
)
TRIGGER = re.compile(r"\b(?:" + "|".join(f"(?P<{kind}>{source})" for kind, source in _KINDS) + r")\b")
TRIGGER_STARTS = re.compile(r"\b(?:" + L.source("trigger_start") + r"|\w+-day)")
HOST = re.compile(r"\b(?P<host>" + L.source("host_verb") + r")\b")

_NOUN_LIKE = L.pattern("noun_like")
_NOUN_CONTEXT = re.compile(
    r"(?:'s?|\bwhose|\b" + L.source("determiner") + r")\s+(?:(?:" + L.source("trip_modifier") + r"|\w+-day)\s+){0,2}$"
)
_THERE = re.compile(r"\s+there\b")
_CLAUSE_BREAK = re.compile(r";|" + L.pattern("clause_break").pattern)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
_HOME = re.compile(r"\s+" + L.pattern("home").pattern)
_CONNECTOR = re.compile(r"^(?:\s|,|" + L.pattern("connector").pattern + r"|\w+day\b|\d+|-|–)*$")
_REPORTER_AFTER = re.compile(r"\s+" + L.pattern("reporter_after").pattern)
_ON_A_VISIT = re.compile(
    r"^(?:,\s*(?:who\s+)?|\s+)(?:(?:is|are|was|were)\s+)?(?:currently\s+|now\s+)?on\s+(?:a|an|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
_SET_FOR = re.compile(
    r"^\s+(?:(?:is|are)\s+)?"
    + L.pattern("set_for").pattern
    + r" for\s+(?:(?:a|an|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$"
)
_POSSESSIVE_GAP = re.compile(r"^(?:'s?|,\s*whose)\s+(?:[\w-]+\s+){0,3}$")  # "Putin's", "Putin, whose"
_WORDS_GAP = re.compile(r"^\s+(?:[\w-]+\s+){0,3}$")
_BY_BEFORE = re.compile(r"\bby\s+(?:[\w.'-]+\s+){0,4}$")
_FRONTED_CLAUSE = re.compile(r"^" + L.pattern("fronted_opener").pattern + r"[^,]{0,120},")
RELATIVE_CLAUSE = re.compile(r",\s*" + L.pattern("relative_pronoun").pattern + r"[^,;]*,")
_POSSESSOR_OF_OTHER = re.compile(
    r"'s?\s+(?:(?:[\w-]+\s+){0,2}"
    + L.pattern("of_other").pattern
    + r"|(?!(?:[\w-]+\s+){0,3}"
    + L.pattern("carries_leader").pattern
    + r"))"
)
_AIDE_OF = re.compile(L.pattern("aide_of").pattern + r" (?:to|of|for) $")
_WHO_CLAUSE = re.compile(r",\s*" + L.pattern("relative_pronoun").pattern + r"\s+(?:[\w-]+\s+){0,2}")
_OTHER_CLAUSE = L.pattern("other_clause")
_SECOND_VERB = re.compile(r"(?:,\s*|\b)" + L.source("second_verb") + r"\s*$")
_GAP_WORDS = re.compile(r"[\w'-]+")
AND = re.compile(r"\s*(?:,|and|,\s*and)\s*")
_COMPANION = re.compile(L.pattern("companion").pattern + r"\s+(?:[\w.'-]+\s+){0,5}$")
_PASSIVE_BEFORE = re.compile(L.pattern("passive_be").pattern + r"\s+$")
_BY = re.compile(r"\s+by\b")
_LOCATIVE_BEFORE = re.compile(L.pattern("locative").pattern + r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
_MEETING = re.compile(L.source("host_meeting") + r"\b")
_DESTINATION_WINDOW = 70


def find_pairs(sentence: Sentence) -> list[Pair]:
    """Every (traveller, trigger, destinations) of ``sentence``, verbs before trip nouns, then hosting."""
    text, refs, places = sentence.low, sentence.refs, sentence.places
    pairs: list[Pair] = []
    for trigger in _find_triggers(text):
        destinations = _destinations_after(trigger.end, places, text)
        if not destinations and _THERE.match(text, trigger.end):
            destinations = [place for place in places if place.end <= trigger.start][-1:]
        if not destinations:
            continue
        travellers = _travellers(trigger, refs, text)
        travellers += _companions(refs, [ref for ref, _ in travellers], text)
        pairs.extend(Pair(ref, trigger, tuple(destinations), how) for ref, how in travellers)
    for host in HOST.finditer(text):
        pairs.extend(_hosted(host, refs, places, text))
    return pairs


def _find_triggers(text: str) -> list[Trigger]:
    """TRIGGER's matches, tried only where a word that can begin one starts (much cheaper than finditer).

    Verbs come first, then the words that can only be trip nouns ("trip", "state visit"): a verb says more
    of the trip's status than a noun; "visit" read as a noun ("on a visit") keeps its place in the text.
    """
    triggers: list[Trigger] = []
    nouns: list[Trigger] = []
    end = 0
    for start in TRIGGER_STARTS.finditer(text):
        if start.start() < end:
            continue
        match = TRIGGER.match(text, start.start())
        if match is None:
            continue
        kind = match.lastgroup or "noun"
        if (
            kind in ("visit_verb", "nominal_verb", "move_verb")
            and _NOUN_LIKE.match(match.group(0))
            and _NOUN_CONTEXT.search(text, max(0, match.start() - 40), match.start())
        ):
            kind = "noun"  # "Xi's visit", "Erdogan's planned visit", "his return": a trip noun, not a verb
        (nouns if match.lastgroup == "noun" else triggers).append(
            Trigger(match.start(), match.end(), match.group(0), kind)
        )
        end = match.end()
    return triggers + nouns


def _destinations_after(position: int, places: list[Place], text: str) -> list[Place]:
    after = [place for place in places if place.start >= position]
    if not after:
        return []
    first = after[0]
    gap = text[position : first.start]
    if (
        first.start - position > _DESTINATION_WINDOW
        or _CLAUSE_BREAK.search(gap)
        or _FROM_BEFORE.search(gap)
        or _HOME.match(gap)
    ):
        return []  # "will fly home on Monday after a stop in Vietnam": home is where this trigger goes
    chosen = [first]
    for place in after[1:]:
        between = text[chosen[-1].end : place.start]
        if _REPORTER_AFTER.match(text, place.end, place.end + 30):
            break  # "..., Downing Street said": a source, not a destination
        if _CONNECTOR.match(between) or (
            place.country == first.country and not _CLAUSE_BREAK.search(between) and place.start - chosen[-1].end < 60
        ):
            chosen.append(place)
        else:
            break
    return chosen


def _travellers(trigger: Trigger, refs: list[Ref], text: str) -> list[tuple[Ref, str]]:
    start = trigger.start
    if trigger.kind == "noun":
        # "Putin's (planned) visit", "his visit": the possessor travels.
        for ref in reversed(refs):
            if ref.end > start:
                continue
            between = text[ref.end : start]
            if _POSSESSIVE_GAP.match(between):
                return [(ref, "possessor")]
            if ref.how == "pronoun" and text[ref.start : ref.end] in ("his", "her") and _WORDS_GAP.match(between):
                return [(ref, "possessor")]
        # "Albanese, who is on a six-day visit to China,", "Modi, on a two-day visit to Moscow,": there now;
        # "Ramaphosa set for state visit to Indonesia" (a headline): going.
        for ref in reversed(refs):
            if ref.end <= start and (_ON_A_VISIT.match(text[ref.end : start]) or _SET_FOR.match(text[ref.end : start])):
                return [(ref, "appositive")]
        # "a visit by Putin to China", "a trip to Kyiv by Meloni"
        for ref in refs:
            if (
                ref.start >= trigger.end
                and ref.start - trigger.end < 60
                and _BY_BEFORE.search(text[trigger.end : ref.start])
            ):
                return [(ref, "by_agent")]
        return [(ref, "fronted_subject") for ref in _after_fronted_clause(start, refs, text)]
    subjects = subjects_of(start, refs, text)
    if subjects:
        return [(ref, "subject") for ref in subjects]
    return [(ref, "fronted_subject") for ref in _after_fronted_clause(start, refs, text)]


def _after_fronted_clause(start: int, refs: list[Ref], text: str) -> list[Ref]:
    """ "During a visit to Berlin last year, Ramaphosa signed ...": the subject follows the clause."""
    fronted = _FRONTED_CLAUSE.match(text)
    if fronted is None or start >= fronted.end():
        return []
    after = [ref for ref in refs if ref.start >= fronted.end() and ref.start - fronted.end() < 40]
    return after[:1]


def subjects_of(start: int, refs: list[Ref], text: str) -> list[Ref]:
    """The subject(s) of the verb at ``start``: the nearest leader to its left, and those coordinated with it."""
    left = [ref for ref in refs if ref.end <= start]
    while left:
        ref = left[-1]
        gap = RELATIVE_CLAUSE.sub(",", text[ref.end : start])  # "Putin, who last visited Mongolia in 2019, will"
        if _POSSESSOR_OF_OTHER.match(text, ref.end, start + 30) or _AIDE_OF.search(
            text, max(0, ref.start - 30), ref.start
        ):
            left.pop()
            continue
        if not _subject_gap(gap):
            return []
        subjects = [ref]
        # "Macron and Scholz will travel": coordinated subjects travel together.
        for other in reversed(left[:-1]):
            if AND.fullmatch(text, other.end, subjects[-1].start):
                subjects.append(other)
            else:
                break
        return subjects
    return []


def _subject_gap(gap: str) -> bool:
    """Whether the words between a leader and a travel word can be the verb phrase of that leader."""
    if _WHO_CLAUSE.fullmatch(gap):
        return True  # "Lula, who visited China in April"
    if ";" in gap or _OTHER_CLAUSE.search(gap):
        return False
    words = _GAP_WORDS.findall(gap)
    if len(words) <= 14:
        return True
    # A second verb of the same subject: "begins a tour in Vietnam on Sunday, before stops in ...".
    return len(words) <= 28 and bool(_SECOND_VERB.search(gap))


def _companions(refs: list[Ref], travellers: list[Ref], text: str) -> list[tuple[Ref, str]]:
    """ "..., accompanied by Ursula von der Leyen", "together with Macron and Draghi": they travel too."""
    if not travellers:
        return []
    companions: list[Ref] = []
    for ref in refs:
        if ref in travellers or ref.how == "pronoun":
            continue
        if _COMPANION.search(text, max(0, ref.start - 60), ref.start) or (
            companions and AND.fullmatch(text, companions[-1].end, ref.start)
        ):
            companions.append(ref)
    return [(ref, "companion") for ref in companions]


def _hosted(host: re.Match[str], refs: list[Ref], places: list[Place], text: str) -> list[Pair]:
    """ "Xi will host Putin in Beijing": the guest travels, to where the meeting is."""
    guests: list[Ref] = []
    hosts: list[Ref] = []  # named after the verb only in the passive
    passive = _PASSIVE_BEFORE.search(text, max(0, host.start() - 30), host.start()) and _BY.match(text, host.end())
    if passive:
        # "Xi will be hosted by Lula in Brasilia": the subject is the guest, the one after "by" the host.
        guests = subjects_of(host.start(), refs, text)
        hosts = [ref for ref in refs if 0 <= ref.start - host.end() < 10][:1]
    else:
        for ref in refs:
            first_guest = not guests and 0 <= ref.start - host.end() < 40
            if first_guest or (guests and AND.fullmatch(text, guests[-1].end, ref.start)):
                guests.append(ref)
    if not guests:
        return []
    after = max(ref.end for ref in guests + hosts)
    place = next(
        (
            p
            for p in places
            if p.start >= after and p.start - after < 80 and _LOCATIVE_BEFORE.search(text, after, p.start)
        ),
        None,
    )
    if place is None:
        return []
    trigger = Trigger(host.start(), host.end(), host.group(0), "host")
    pairs = [Pair(ref, trigger, (place,), "passive_guest" if passive else "guest") for ref in guests]
    if _MEETING.match(host.group("host")):
        # At a meeting both sides are there: "Putin will meet Erdogan in Ankara" is a trip of each.
        others = hosts if passive else subjects_of(host.start(), refs, text)
        pairs += [Pair(ref, trigger, (place,), "meeting_party") for ref in others]
    return pairs
