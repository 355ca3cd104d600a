"""Trip detection: which watched leader goes where, when, in what status, on whose word.

Sentence by sentence, over the title and clean body only (the boilerplate the clean stage removed is
never read). A sentence is analysed only if it names a destination (a country, city, institution or
event the tagger found), refers to a leader (by name, office title, pronoun or "the president") and
contains a travel word; most sentences stop at that cheap test.

In an analysed sentence each travel trigger ("visit", "travel to", "arrived in", "attend", "Putin's
trip to") is paired with the destinations after it and with its traveller: the possessor of a trip
noun ("Xi's visit"), the leader after "by" ("a visit by Putin"), or the nearest leader reference to
its left that is a subject, not the owner of something else ("Putin's aide"). Hosting verbs turn
around: in "Xi will host Putin in Beijing" the guest travels. The words around the pair decide the
status (grammar.py); the time expression nearest the trigger gives ``when``. Trips of one article
that are the same trip are merged, and an event named in a nearby sentence ("when the Belt and Road
Forum takes place") is attached to the trip to its host country.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal, NamedTuple

from pipeline.records import Destination, Leader, Mention, TaggedArticle, Trip, TripStatus, When
from pipeline.tagging.fold import fold
from pipeline.tagging.gazetteer import Gazetteer, office_noun
from pipeline.travel import grammar as g
from pipeline.travel.sentences import Sentence, lower, split_sentences
from pipeline.travel.when import Tense, TimeExpression, find_time_expressions

How = Literal["name", "title", "pronoun", "generic"]
PLACE_KINDS = frozenset({"country", "city", "institution", "event"})
# Bounds that keep one article's cost linear whatever it holds: no sentence of news is this long, and an
# article with more candidate sentences than this is not news either (a list, a dump, an attack).
MAX_SENTENCE_CHARS = 2_000
MAX_ANALYSED_SENTENCES = 400
# A cheap test before any analysis: is there a travel word at all?
_TRAVEL_WORD = re.compile(
    r"\b"
    + g.trie(
        "visit|trip|travel|tour|fly|flies|flew|flown|head|go|went|gone|come|came|leav|left|depart|arriv|land|cross|"
        "stop|return|attend|particip|host|receiv|welcom|greet|meet|met|journey|stopover|invitation|withdr|stay|skip|"
        "pull|boycott|delegation|jet|set off|bound for|off to|take part|took part|is in|are in|was in|were in|be in|"
        "been in|be at the|due in|expected in|talks with|been to"
    )
)
_STATUS_CONFIDENCE = {"planned": 0.0, "confirmed": 0.05}


@dataclass(slots=True)
class _Ref:
    start: int  # offsets in the sentence
    end: int
    leader: str
    how: How


@dataclass(slots=True)
class _Place:
    start: int
    end: int
    country: str
    city: str | None
    event: str | None
    kind: str


@dataclass(slots=True)
class _Found:
    leader: str
    place: _Place
    status: TripStatus
    when: When
    confidence: float
    evidence: str
    attribution: str | None
    unit: int  # index of the sentence in the article
    event_year: int


@dataclass(slots=True)
class _Context:
    """What earlier sentences said, for pronouns and "the president"."""

    last_subject: str | None = None
    recent: list[str] = field(default_factory=list)  # leader ids, most recent last


def detect_trips(tagged: TaggedArticle, gazetteer: Gazetteer, reference: date | None = None) -> list[Trip]:
    """Every trip of a watched leader the article reports, in any status.

    Usage: ``detect_trips(tagged, gazetteer)``; relative dates resolve against the article's
    publication date, or ``reference`` when the article has none (the time it arrived, say).
    """
    article = tagged.article
    day = article.published.date() if article.published else reference
    if day is None:
        return []
    units = _units(tagged)
    context = _Context()
    found: list[_Found] = []
    analysed = 0
    for index, (sentence, mentions, named, has_place) in enumerate(units):
        if has_place and len(sentence.text) <= MAX_SENTENCE_CHARS and analysed < MAX_ANALYSED_SENTENCES:
            analysed += 1
            low = lower(sentence.text)
            if (named or g.PRONOUN.search(low) or g.GENERIC_TITLE.search(low)) and _TRAVEL_WORD.search(low):
                refs = _leader_refs(sentence, low, mentions, gazetteer, context, day)
                places = _places(mentions, sentence, gazetteer, day)
                if places and refs:
                    found += _analyse(sentence, low, refs, places, gazetteer, day, index)
        if found and found[-1].unit < index and _UPDATE_OPENING.match(sentence.text):
            found += _anaphoric_update(sentence, mentions, found, index)
        if named:
            context.last_subject = named[0]
            context.recent.extend(named)
    trips = _merge(found)
    trips = _attach_events(trips, units, gazetteer, day)
    return [_to_trip(item, gazetteer) for item in trips if _in_office(item, gazetteer, day)]


# The words ANAPHORIC_UPDATE can open with: a cheap test before lower-casing the sentence for it.
_UPDATE_OPENING = re.compile(r"(?i)(?:updated?|however|but|the|this|that|his|her|their)\b")


def _anaphoric_update(sentence: Sentence, mentions: list[Mention], found: list[_Found], index: int) -> list[_Found]:
    """ "Update: the visit has been postponed.": the plans of the sentences just before change status."""
    update = g.ANAPHORIC_UPDATE.match(lower(sentence.text))
    if update is None:
        return []
    word = update.group("update")
    status: TripStatus = "postponed" if word.startswith(("postpon", "delay", "put", "push")) else "cancelled"
    countries = {mention.country for mention in mentions if mention.kind in PLACE_KINDS and mention.country}
    recent = [item for item in found if index - item.unit <= 3 and item.status in ("planned", "confirmed")]
    if countries:
        recent = [item for item in recent if item.place.country in countries]
    return [replace(item, status=status, evidence=sentence.text, unit=index) for item in recent]


# -- the article as sentences with their mentions ------------------------------------------------


class _Unit(NamedTuple):
    sentence: Sentence
    mentions: list[Mention]  # offsets still in the field's text
    named: list[str]  # the leaders named (or titled) in it, in order
    has_place: bool


def _units(tagged: TaggedArticle) -> list[_Unit]:
    """The title's and body's sentences, each with its mentions."""
    article = tagged.article
    by_field: dict[str, list[Mention]] = {"title": [], "body": []}
    for mention in tagged.mentions:
        by_field[mention.field].append(mention)
    units: list[_Unit] = []
    fields = [("title", article.title), ("body", article.text)]
    if _repeats_body(article.title, article.text):
        fields = fields[1:]  # a title made of the body's first words says nothing new (and is cut short)
    for field_name, text in fields:
        mentions = by_field[field_name]
        position = 0
        for sentence in split_sentences(text):
            while position < len(mentions) and mentions[position].start < sentence.start:
                position += 1
            inside: list[Mention] = []
            named: list[str] = []
            has_place = False
            while position < len(mentions) and mentions[position].end <= sentence.end:
                mention = mentions[position]
                inside.append(mention)
                if mention.kind in _LEADER_KINDS:
                    named.append(mention.entity)
                elif mention.kind in PLACE_KINDS:
                    has_place = True
                position += 1
            units.append(_Unit(sentence, inside, named, has_place))
    return units


_LEADER_KINDS = frozenset({"leader", "title"})


def _repeats_body(title: str, body: str) -> bool:
    stem = title.removesuffix("...").removesuffix("…").strip()
    return bool(stem) and body.startswith(stem)


def _places(mentions: list[Mention], sentence: Sentence, gazetteer: Gazetteer, day: date) -> list[_Place]:
    places = []
    base = sentence.start
    for mention in mentions:
        if mention.kind not in PLACE_KINDS:
            continue
        start, end = mention.start - base, mention.end - base
        if mention.kind == "event":
            # The edition (and so the host) depends on the trip's year: _trips settles it.
            event = gazetteer.events.get(mention.entity)
            if event is None:
                continue
            edition = event.edition(day.year) or event.edition(day.year + 1) or event.edition(day.year - 1)
            country = edition.country if edition else ""
            places.append(_Place(start, end, country, edition.city if edition else None, mention.entity, "event"))
        elif mention.country:
            city = mention.entity if mention.kind == "city" else None
            places.append(_Place(start, end, mention.country, city, None, mention.kind))
    return places


def _leader_refs(
    sentence: Sentence, text: str, mentions: list[Mention], gazetteer: Gazetteer, context: _Context, day: date
) -> list[_Ref]:
    refs = [
        _Ref(m.start - sentence.start, m.end - sentence.start, m.entity, "name" if m.kind == "leader" else "title")
        for m in mentions
        if m.kind in ("leader", "title")
    ]
    taken = [(ref.start, ref.end) for ref in refs]
    for match in g.PRONOUN.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        leader = _antecedent(match.start(), refs, text, context)
        if leader is not None:
            refs.append(_Ref(match.start(), match.end(), leader, "pronoun"))
    for match in g.GENERIC_TITLE.finditer(text):
        if any(s <= match.start() < e or s < match.end() <= e for s, e in taken):
            continue
        leader = _title_antecedent(match.group("title"), refs, match.start(), context, gazetteer, day)
        if leader is not None:
            refs.append(_Ref(match.start(), match.end(), leader, "generic"))
    refs.sort(key=lambda ref: ref.start)
    return refs


def _antecedent(position: int, refs: list[_Ref], text: str, context: _Context) -> str | None:
    before = [ref for ref in refs if ref.end <= position and ref.how in ("name", "title")]
    if before:
        return before[-1].leader
    if g.FRONTED_POSSESSIVE.match(text):
        after = [ref for ref in refs if ref.start > position and ref.how in ("name", "title")]
        if after:
            return after[0].leader
    return context.last_subject


def _title_antecedent(
    title: str, refs: list[_Ref], position: int, context: _Context, gazetteer: Gazetteer, day: date
) -> str | None:
    # Nearest in the sentence, then the previous sentence's subject ("Biden spoke to Xi. The president
    # will ..." is Biden), then whoever was named most recently.
    subject = [context.last_subject] if context.last_subject else []
    candidates = [ref.leader for ref in refs if ref.end <= position][::-1] + subject + context.recent[::-1]
    word = fold(title)
    for leader_id in candidates:
        leader = gazetteer.leaders.get(leader_id)
        if leader is None:
            continue
        for office in leader.offices_on(day):
            noun = office_noun(office.title)
            if word in noun or (word == "premier" and noun == "prime minister") or word == "leader":
                return leader_id
    return None


# -- one sentence -------------------------------------------------------------------------------


def _analyse(
    sentence: Sentence, text: str, refs: list[_Ref], places: list[_Place], gazetteer: Gazetteer, day: date, unit: int
) -> list[_Found]:
    """The trips one sentence reports; ``text`` is the sentence in lower case (the patterns' form)."""
    original = sentence.text
    found: list[_Found] = []
    if g.BAN.search(text):
        return found
    # Pair triggers with destinations and travellers first: the time expressions and the attribution
    # are only worth finding in a sentence where a pair exists.
    candidates = []
    for trigger in sorted(_find_triggers(text), key=_is_noun):  # verbs first
        kind = trigger.lastgroup or "noun"
        if (
            kind in ("visit_verb", "nominal_verb", "move_verb")
            and _NOUN_LIKE.match(trigger.group(0))
            and _NOUN_CONTEXT.search(text[max(0, trigger.start() - 40) : trigger.start()])
        ):
            kind = "noun"  # "Xi's visit", "Erdogan's planned visit", "his return": a trip noun, not a verb
        destinations = _destinations_after(trigger.end(), places, text)
        if not destinations and g.THERE.match(text[trigger.end() :]):
            earlier = [place for place in places if place.end <= trigger.start()]
            destinations = earlier[-1:]
        if not destinations:
            continue
        travellers = _travellers(trigger, kind, refs, text)
        travellers += _companions(refs, travellers, text, trigger.start())
        if travellers:
            candidates.append((trigger, kind, destinations, travellers))
    hosts = list(g.HOST.finditer(text))
    if not candidates and not hosts:
        return found
    times = find_time_expressions(original, text)
    attribution = _attribution(original, refs, text)
    verbal_pairs: set[tuple[str, str]] = set()
    # Where the sentence says someone is now ("currently in Beijing"): going on within it is the same trip.
    here_now = [(place.end, place.country) for place in places if _here_now(text, place)]
    for trigger, kind, destinations, travellers in candidates:
        already = {country for end, country in here_now if end <= trigger.start()}
        # "is in China for a state visit that began on Thursday": the destination is where they are.
        already |= {place.country for place in destinations if (place.end, place.country) in here_now}
        for ref in travellers:
            status = _status(text, original, ref, trigger, kind, times, day)
            if status is None:
                continue
            for place in destinations:
                pair = (ref.leader, place.country)
                # "Putin, currently in Beijing, is expected to travel on to Harbin".
                place_status: TripStatus = (
                    "ongoing" if status in ("planned", "confirmed") and place.country in already else status
                )
                if kind == "noun" and pair in verbal_pairs:
                    continue  # "was in Pyongyang ... for his first visit to North Korea": the verb decides
                if kind != "noun":
                    verbal_pairs.add(pair)
                found.extend(
                    _trips(
                        ref,
                        place,
                        place_status,
                        text,
                        original,
                        trigger.start(),
                        times,
                        day,
                        attribution,
                        unit,
                        gazetteer,
                    )
                )
    for host in hosts:
        already = {country for end, country in here_now if end <= host.start()}
        for item in _hosted(host, refs, places, text, original, times, day, attribution, unit, gazetteer):
            # "Ramaphosa, in Washington since Monday, will meet Trump at the White House": there already.
            planned = item.status in ("planned", "confirmed") and item.place.country in already
            found.append(replace(item, status="ongoing") if planned else item)
    return found


def _is_noun(trigger: re.Match[str]) -> bool:
    return trigger.lastgroup == "noun"


def _find_triggers(text: str) -> list[re.Match[str]]:
    """TRIGGER's matches, tried only where a word that can begin one starts (much cheaper than finditer)."""
    matches: list[re.Match[str]] = []
    end = 0
    for start in g.TRIGGER_STARTS.finditer(text):
        if start.start() < end:
            continue
        match = g.TRIGGER.match(text, start.start())
        if match is not None:
            matches.append(match)
            end = match.end()
    return matches


_NOUN_LIKE = re.compile(r"(?:planned |upcoming )?(?:visit|visits|return|travel|travels|tour|tours)\b")
_NOUN_CONTEXT = re.compile(
    r"(?:'s?|\bwhose|\bhis|\bher|\btheir|\bits|\bthe|\ba|\ban)\s+(?:(?:planned|upcoming|forthcoming|first|second|last|"
    r"next|official|state|working|surprise|unannounced|long-awaited|recent|brief|short|historic|rare|expected|"
    r"proposed|possible|much-anticipated|third|fourth|fifth|\w+-day)\s+){0,2}$",
)
_AND = re.compile(r"\s*(?:,|and|,\s*and)\s*")


def _companions(refs: list[_Ref], travellers: list[_Ref], text: str, start: int) -> list[_Ref]:
    """ "..., accompanied by Ursula von der Leyen", "together with Macron and Draghi": they travel too."""
    if not travellers:
        return []
    companions: list[_Ref] = []
    for ref in refs:
        if ref in travellers or ref.how == "pronoun":
            continue
        if g.COMPANION.search(text[max(0, ref.start - 60) : ref.start]) or (
            companions and _AND.fullmatch(text[companions[-1].end : ref.start])
        ):
            companions.append(ref)
    return companions


def _destinations_after(position: int, places: list[_Place], text: str) -> list[_Place]:
    after = [place for place in places if place.start >= position]
    if not after:
        return []
    first = after[0]
    gap = text[position : first.start]
    if first.start - position > 70 or g.CLAUSE_BREAK.search(gap) or _FROM_BEFORE.search(gap) or _HOME.match(gap):
        return []  # "will fly home on Monday after a stop in Vietnam": home is where this trigger goes
    chosen = [first]
    for place in after[1:]:
        between = text[chosen[-1].end : place.start]
        if _REPORTER_AFTER.match(text[place.end : place.end + 30]):
            break  # "..., Downing Street said": a source, not a destination
        if g.CONNECTOR.match(between) or (
            place.country == first.country and not g.CLAUSE_BREAK.search(between) and place.start - chosen[-1].end < 60
        ):
            chosen.append(place)
        else:
            break
    return chosen


_REPORTER_AFTER = re.compile(r"^\s+(?:said|says|announced|confirmed|told|reported|added|stated)\b")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
_HOME = re.compile(r"\s+(?:back\s+)?home\b")
_ON_A_VISIT = re.compile(
    r"^(?:,\s*(?:who\s+)?|\s+)(?:(?:is|are|was|were)\s+)?(?:currently\s+|now\s+)?on\s+(?:a|an|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
_SET_FOR = re.compile(
    r"^\s+(?:(?:is|are)\s+)?(?:set|due|poised) for\s+(?:(?:a|an|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$"
)
_POSSESSIVE_GAP = re.compile(r"^(?:'s?|,\s*whose)\s+(?:[\w-]+\s+){0,3}$")  # "Putin's", "Putin, whose"
_WORDS_GAP = re.compile(r"^\s+(?:[\w-]+\s+){0,3}$")
_BY_BEFORE = re.compile(r"\bby\s+(?:[\w.'-]+\s+){0,4}$")


def _travellers(trigger: re.Match[str], kind: str, refs: list[_Ref], text: str) -> list[_Ref]:
    start = trigger.start()
    if kind == "noun":
        # "Putin's (planned) visit", "his visit": the possessor travels.
        for ref in reversed(refs):
            if ref.end > start:
                continue
            between = text[ref.end : start]
            if _POSSESSIVE_GAP.match(between):
                return [ref]
            if ref.how == "pronoun" and text[ref.start : ref.end] in ("his", "her") and _WORDS_GAP.match(between):
                return [ref]
        # "Albanese, who is on a six-day visit to China,", "Modi, on a two-day visit to Moscow,": there now;
        # "Ramaphosa set for state visit to Indonesia" (a headline): going.
        for ref in reversed(refs):
            if ref.end <= start and (_ON_A_VISIT.match(text[ref.end : start]) or _SET_FOR.match(text[ref.end : start])):
                return [ref]
        # "a visit by Putin to China", "a trip to Kyiv by Meloni"
        for ref in refs:
            if (
                ref.start >= trigger.end()
                and ref.start - trigger.end() < 60
                and _BY_BEFORE.search(text[trigger.end() : ref.start])
            ):
                return [ref]
        return _after_fronted_clause(start, refs, text)
    return _subjects(start, refs, text) or _after_fronted_clause(start, refs, text)


def _after_fronted_clause(start: int, refs: list[_Ref], text: str) -> list[_Ref]:
    """ "During a visit to Berlin last year, Ramaphosa signed ...": the subject follows the clause."""
    fronted = g.FRONTED_CLAUSE.match(text)
    if fronted is None or start >= fronted.end():
        return []
    after = [ref for ref in refs if ref.start >= fronted.end() and ref.start - fronted.end() < 40]
    return after[:1]


def _subjects(start: int, refs: list[_Ref], text: str) -> list[_Ref]:
    left = [ref for ref in refs if ref.end <= start]
    while left:
        ref = left[-1]
        gap = text[ref.end : start]
        gap = g.RELATIVE_CLAUSE.sub(",", gap)  # "Putin, who last visited Mongolia in 2019, will arrive"
        if g.POSSESSOR_OF_OTHER.match(text[ref.end : start + 30]) or _AIDE_OF.search(
            text[max(0, ref.start - 30) : ref.start]
        ):
            left.pop()
            continue
        if not _subject_gap(gap):
            return []
        subjects = [ref]
        # "Macron and Scholz will travel": coordinated subjects travel together.
        for other in reversed(left[:-1]):
            between = text[other.end : subjects[-1].start]
            if _AND.fullmatch(between):
                subjects.append(other)
            else:
                break
        return subjects
    return []


_GAP_WORDS = re.compile(r"[\w'-]+")
_AIDE_OF = re.compile(
    r"\b(?:aide|adviser|advisor|spokes\w+|envoy|wife|son|daughter|minister|secretary) (?:to|of|for) $"
)
_WHO_CLAUSE = re.compile(r",\s*(?:who|which)\s+(?:[\w-]+\s+){0,2}")
_OTHER_CLAUSE = re.compile(r"\b(?:who|which|where|while|but|because)\b")
_SECOND_VERB = re.compile(r"(?:,\s*|\b)(?:before|then|and then|and)\s*$")


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


def _status(
    text: str, original: str, ref: _Ref, trigger: re.Match[str], kind: str, times: list[TimeExpression], day: date
) -> TripStatus | None:
    """What the words around ``ref`` and ``trigger`` say of the trip (None: no trip, or not one we can tell)."""
    clause = _clause(text, min(ref.start, trigger.start()), trigger.end())
    before = text[max(0, ref.start - 80) : ref.start]
    gap = text[ref.end : trigger.start()] if ref.end <= trigger.start() else text[: trigger.start()][-60:]
    gap = g.RELATIVE_CLAUSE.sub(",", gap)
    # Only the verbs of this trigger: "received an invitation to visit China and would go there".
    gap = _NEXT_VERB.split(gap)[-1]
    trigger_text = trigger.group(0)
    verb_part = gap + " " + trigger_text
    if kind == "accept":
        return _planned_or_confirmed(text, original, times, trigger, day)
    if kind == "invited":
        if _ACCEPTS_AFTER.search(text[trigger.end() : trigger.end() + 100]):
            return _planned_or_confirmed(text, original, times, trigger, day)  # "... and is expected to attend"
        return "invited"
    if kind == "withdraw":
        return "cancelled"
    if kind == "left":
        return "past"  # "left Washington on Friday": had been there
    if kind == "nominal_verb" and _CONTINUES.match(trigger_text):
        return "past" if trigger_text.startswith("continued") else "ongoing"  # "continues his visit to China"
    if kind == "noun" and _CONTINUES_AFTER.match(text, trigger.end()):
        return "ongoing"  # "Putin's state visit to China continues on Friday in Harbin"
    if g.NEVER.search(gap):
        return None  # "has never visited Washington"
    if g.AFTER_PAST.search(text[max(0, trigger.start() - 40) : trigger.start()]) or _OUTCOME_OF.search(
        text[max(0, trigger.start() - 50) : trigger.start()]
    ):
        return "past"  # "after visiting Kenya", "months after his trip to Moscow"
    after_cues = _AFTER_CUES.search(text, trigger.end()) is not None
    if after_cues and _DID_NOT_HAPPEN.match(text, trigger.end()):
        return "cancelled"  # "the trip to Washington, planned for May, did not take place"
    if _DID_SO.match(text, trigger.end()) or (after_cues and _TOOK_PLACE.match(text, trigger.end())):
        return "past"  # "was expected to attend the summit in Hiroshima and did so", "; the visit took place ..."
    if (after_cues and _HABITUAL.match(text, trigger.end())) or _HABITUAL_BEFORE.search(gap):
        return None  # "who travels to Nigeria regularly": a habit, not a trip
    update = g.TRIP_UPDATE.search(text, trigger.end()) if after_cues else None
    if update is not None:
        word = update.group("update").lower()
        return "postponed" if word.startswith(("postpon", "delay", "put", "push")) else "cancelled"
    if g.DENIED_REPORT.search(before):
        return "denied"
    if kind == "noun" and ref.end <= trigger.start() and _ON_A_VISIT.match(text[ref.end : trigger.start()]):
        # "Albanese, who is on a six-day visit to China, will ...": there now, whatever the sentence goes on to.
        if g.FUTURE.search(gap):
            return _planned_or_confirmed(text, original, times, trigger, day)  # "will be on a visit to India"
        return "past" if _WAS.search(gap) else "ongoing"
    if _TO_END.search(gap) and g.CALL_BEFORE.search(before):
        return None
    # One search for the rarer cues of the clause; most sentences have none, and the five searches they
    # would each cost are skipped (``clause`` is part of ``text``, so none can match where this does not).
    cues = _CLAUSE_CUES.search(text) is not None
    if cues and g.DECLINED.search(clause):
        return "denied"
    if cues and g.ACCEPTED.search(clause):
        return _planned_or_confirmed(text, original, times, trigger, day)
    if g.INVITE_BEFORE.search(before) or g.INVITED.search(gap):
        return "invited"
    if (cues and g.CONDITION.search(clause)) or g.HYPOTHETICAL.search(gap):
        return None
    if (
        _WOULD.search(gap)
        and not g.REPORTED.search(before)
        and not g.REPORTED.search(text[max(0, ref.start - 30) : ref.start])
        and not _SAID_AFTER.search(text, trigger.end())  # "Putin would visit Vietnam, the Kremlin said"
    ):
        return None
    if (cues and g.CANCEL.search(clause)) or _PLAN_OVERTAKEN.search(verb_part):
        return "cancelled"  # "had been expected to travel to Israel, before the war": a plan that lapsed
    if cues and g.POSTPONE.search(clause):
        return "postponed"
    if g.DENY.search(verb_part) or (_REMOTE.search(text) and g.DENY.search(text[trigger.end() : trigger.end() + 60])):
        return "denied"
    if _RULED_OUT.search(clause) and g.DENY.search(clause):
        return "denied"
    time = _time_for(trigger.start(), trigger.end(), times, text)
    if g.FUTURE.search(verb_part):
        if _LEAVING.match(trigger_text):
            return "ongoing"  # "is set to return from China on Friday", "will end his visit to Germany"
        if kind == "be_in" and _UNTIL.search(text[trigger.end() : trigger.end() + 60]):
            return "ongoing"  # "will be in Beijing until Friday"
        return _planned_or_confirmed(text, original, times, trigger, day)
    if kind == "noun" and g.FUTURE_NOMINAL.search(text[max(0, trigger.start() - 30) : trigger.start() + 12]):
        aux = _AUXILIARY.search(text[trigger.end() : trigger.end() + 70])
        if aux is not None and aux.group(0) in _PAST_AUXILIARIES:
            return "past"  # "Modi's planned visit to Russia took place in July"
        return _planned_or_confirmed(text, original, times, trigger, day)
    if kind == "noun" and trigger_text.lower().startswith("return"):
        return "past"  # "on his return from Beijing"
    if kind == "noun" and ref.how == "pronoun" and _FUTURE_THEN.search(text[max(0, ref.start - 40) : ref.start]):
        return _planned_or_confirmed(text, original, times, trigger, day)  # "will follow his attendance at ..."
    # The traveller's own verb, not an aside's: "Lula, who is on his first trip to Asia, arrived in Tokyo".
    if g.PROGRESSIVE.search(g.RELATIVE_CLAUSE.sub(",", text[min(ref.start, trigger.start()) : trigger.end()])):
        # "is visiting France next week"; but in "Xi, who is visiting France, will go to Serbia on Sunday"
        # the time is the next verb's.
        if (
            time is not None
            and (time.resolve(day, "future").start or day) > day
            and not (_RELATIVE_OPEN.search(text, ref.end, trigger.start()) and "," in text[trigger.end() : time.start])
        ):
            return _planned_or_confirmed(text, original, times, trigger, day)
        return "ongoing"
    if g.LAST.search(verb_part) or g.PERFECT.search(verb_part):
        return "past"
    head = trigger_text.split()[0].lower() if kind != "noun" else ""
    gap_tail = gap.strip().split()[-1].lower() if gap.strip() else ""
    if g.PAST_VERB.match(trigger_text) or gap_tail in ("was", "were") or (kind == "be_in" and head in ("was", "were")):
        return _past_or_ongoing(text, trigger, time, day)
    if kind == "noun":
        # The first auxiliary after the trip noun: "Putin's visit ... will be", "Xi's visit ... was".
        aux = _AUXILIARY.search(text[trigger.end() : trigger.end() + 70])
        if _told_in_past(text, original, trigger, aux) and not (
            time is not None and _EXPLICIT_FUTURE.search(time.text.lower())
        ):
            return "past"  # "Lula described his trip to Beijing in April as ...", "Xi's visit to Paris in May marked"
        if aux is not None and aux.group(0) in _PAST_AUXILIARIES:
            return "past"
        if aux is not None and aux.group(0) == "would":
            return None  # "a trip to China by Biden would be seen as ...": a hypothetical
        if aux is not None:
            return _planned_or_confirmed(text, original, times, trigger, day)
        if time is not None and _explicitly_past(time, day):
            return "past"
        if time is not None:
            if (time.resolve(day, "future").start or day) >= day and not _nearer_behind(time, day, text, trigger):
                return _planned_or_confirmed(text, original, times, trigger, day)
            return "past"
        if g.PAST_COPULA.search(before):
            return "past"
        return None
    if gap.strip() == "to" and g.HEADLINE_BEFORE.match(original[: ref.start]):
        return _planned_or_confirmed(text, original, times, trigger, day)
    # No tense of its own ("was the first leader to visit Israel, in 2017"): an explicit past time decides.
    if time is not None and _explicitly_past(time, day):
        return "past"
    if _WAS_BEFORE.search(gap) and _TO_END.search(gap):
        return "past"
    # Present tense: "arrives in Paris on Sunday", "heads to New York on Monday", "is in Beijing".
    if time is not None:
        resolved = time.resolve(day, "future")
        if kind == "be_in" and _HERE_NOW.search(time.text.lower()):
            return "ongoing"  # "is in New York this week"
        if gap.strip() in ("", ",") and trigger_text.split()[0].endswith("ing") and resolved.start == day:
            return "ongoing"  # "Sunak, visiting Israel on Thursday, said": on the day of the report
        return (
            _planned_or_confirmed(text, original, times, trigger, day)
            if resolved.start and resolved.start >= day
            else "ongoing"
        )
    if kind == "be_in":
        return "ongoing"
    return None


_CLAUSE_CUES = re.compile("|".join(p.pattern for p in (g.DECLINED, g.ACCEPTED, g.CONDITION, g.CANCEL, g.POSTPONE)))
_NEXT_VERB = re.compile(
    r",\s*(?:and|then|before)\s|\band\s+(?=(?:would|will|then|later|also|(?:is|are) (?:expected|due|set|scheduled)"
    r" to)\b)"
)
_TO_END = re.compile(r"\bto\s*$")
_WOULD = re.compile(r"\bwould\b")
_SAID_AFTER = re.compile(r",\s*(?:[\w'.-]+\s+){1,6}?(?:said|says|announced|confirmed|told|added|reported)\b")
_REMOTE = re.compile(r"\b(?:rather than in person|by video ?link|virtually)\b")
_RULED_OUT = re.compile(r"\b(?:ruled out|denied|dismissed reports)\b")
_AUXILIARY = re.compile(
    r"\b(?:will|would|is expected|is due|is scheduled|is planned|is set|are scheduled|took place|ended|concluded|"
    r"wrapped up|finished|(?:was|were|had been|has been)(?! (?:confirmed|announced|scheduled|planned|arranged|"
    r"agreed|approved)\b))\b"
)
_ACCEPTS_AFTER = re.compile(
    r"\band (?:is|are) (?:expected|due|set) to (?:attend|go|travel|come)\b|\band (?:will|would|plans to|intends to|"
    r"has agreed to) (?:attend|go|travel|come)\b|\band (?:has|have) accepted\b"
)
_PLAN_OVERTAKEN = re.compile(
    r"\bhad (?:been (?:expected|due|scheduled|set|slated|planning|going)|planned|intended) to\b"
)
_HERE_NOW = re.compile(r"\b(?:this week|today|this weekend|tonight)\b")
_WAS_BEFORE = re.compile(r"\b(?:was|were|had)\b[^,;]{0,60}$")
_WAS = re.compile(r"\b(?:was|were)\b")
_WAS_IN = re.compile(r"\b(?:was|were) in\b")
_CLAUSE_END = re.compile(r";|\bbut\b")


# A past-tense verb of which the trip noun is the object ("used his visit") or the subject ("Xi's visit
# to Paris in May marked ..."); words that announce a trip ("confirmed his visit") say nothing of its time.
_PAST_FORM = r"(?:[a-z]+ed|made|took|began|spent|drew|brought|won|gave|saw|left|cut|met|held|led|came|went)"
_PAST_VERB_BEFORE = re.compile(rf"\b(?P<verb>{_PAST_FORM})\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}$")
_PAST_VERB_AFTER = re.compile(
    rf"\s+(?:to|in)\s+(?:(?!(?:is|are|was|were|will|would|has|have|had|be|been)\b)[\w'.-]+\s+){{1,5}}?"
    rf"(?P<verb>{_PAST_FORM})\b"
)
_ANNOUNCING = frozenset(
    [
        "announced",
        "confirmed",
        "scheduled",
        "planned",
        "arranged",
        "finalised",
        "finalized",
        "outlined",
        "unveiled",
        "discussed",
        "proposed",
        "mooted",
        "prepared",
        "previewed",
        "flagged",
        "disclosed",
        "revealed",
        "detailed",
        "agreed",
        "approved",
        "welcomed",
        "requested",
        "sought",
        "expected",
        "billed",
        "slated",
        "timed",
        "organised",
        "organized",
        "postponed",
        "delayed",
        "cancelled",
        "canceled",
        "rescheduled",
        "reported",
        "added",
        "said",
    ]
)


_EXPLICIT_FUTURE = re.compile(r"\b(?:next|coming|tomorrow|later this|upcoming)\b")


def _told_in_past(text: str, original: str, trigger: re.Match[str], aux: re.Match[str] | None) -> bool:
    before = _PAST_VERB_BEFORE.search(text, max(0, trigger.start() - 60), trigger.start())
    if before is not None and before.group("verb") not in _ANNOUNCING:
        return True
    after = _PAST_VERB_AFTER.match(text, trigger.end(), trigger.end() + 70)
    return (
        after is not None
        and after.group("verb") not in _ANNOUNCING
        and original[after.start("verb")].islower()  # not "the United States"
        and (aux is None or after.start("verb") <= trigger.end() + aux.start())
    )


_CALENDAR_KINDS = frozenset({"month", "part_month", "day_md", "day_dm", "range_md", "range_dm"})


def _nearer_behind(time: TimeExpression, day: date, text: str, trigger: re.Match[str]) -> bool:
    """A month or date without a year, and nothing to say which way: "the photos from Modi's visit to
    Kyiv in August", read in September, show the August just gone, not one eleven months ahead (a trip
    that far off is written "next August"). A present "is"/"are" after the trip noun speaks of a plan."""
    if time.kind not in _CALENDAR_KINDS or time.groups.get("year"):
        return False
    if _EXPLICIT_FUTURE.search(text, time.start, time.end + 20) or _IS_ARE.search(
        text, trigger.end(), trigger.end() + 70
    ):
        return False
    ahead, behind = time.resolve(day, "future").start, time.resolve(day, "past").start
    return ahead is not None and behind is not None and (day - behind).days <= 92 and (day - behind) < (ahead - day)


_IS_ARE = re.compile(r"\b(?:is|are)\b")


def _explicitly_past(time: TimeExpression, day: date) -> bool:
    if g.EXPLICIT_PAST.search(lower(time.text)):
        return True
    resolved = time.resolve(day, "past")
    return time.kind == "year" and resolved.start is not None and resolved.start.year < day.year


def _planned_or_confirmed(
    text: str, original: str, times: list[TimeExpression], trigger: re.Match[str], day: date
) -> TripStatus:
    if g.CONFIRM.search(text):
        return "confirmed"
    time = _time_for(trigger.start(), trigger.end(), times, text)
    if time is None or time.precision != "day":
        return "planned"
    attribution = _attribution(original, [], text)
    return "confirmed" if attribution and g.OFFICIAL.search(lower(attribution)) else "planned"


def _past_or_ongoing(text: str, trigger: re.Match[str], time: TimeExpression | None, day: date) -> TripStatus:
    if time is None or g.ENDED.search(text):
        return "past"
    resolved = time.resolve(day, "past")
    if resolved.start is None:
        return "past"
    age = (day - resolved.start).days
    arrival = bool(g.ARRIVAL.match(trigger.group(0))) or bool(_WAS_IN.search(trigger.group(0)))
    # Arrived a few days ago and not yet said to have left: still there.
    return "ongoing" if (arrival and 0 <= age <= 4) or age == 0 else "past"


def _clause(text: str, start: int, end: int) -> str:
    if ";" not in text and "but" not in text:
        return text
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    right_match = _CLAUSE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    return text[left:right]


def _time_for(start: int, end: int, times: list[TimeExpression], text: str = "") -> TimeExpression | None:
    usable = [time for time in times if not time.reporting]
    after = [
        time
        for time in usable
        if time.start >= end and time.start - end < 90 and not g.CLAUSE_BREAK.search(text[end : time.start])
    ]
    if after:
        return after[0]
    before = [
        time
        for time in usable
        if time.end <= start and start - time.end < 60 and not _in_relative_clause(time, start, text)
    ]
    return before[-1] if before else None


def _in_relative_clause(time: TimeExpression, start: int, text: str) -> bool:
    """ "Starmer, who was in Samoa last month, will attend ...": the time belongs to the aside."""
    return bool(_RELATIVE_OPEN.search(text[max(0, time.start - 80) : time.start])) and "," in text[time.end : start]


_DID_SO = re.compile(r"[^.;]{0,60}?\band (?:(?:he|she|they) )?(?:did so|did|went|was there|were there)\s*(?:[.,;]|$)")
_TOOK_PLACE_WORDS = r"\b(?:went ahead|took place|happened)\b"
_TOOK_PLACE = re.compile(
    r"[^.]{0,80}?\b(?:the|that|this|his|her|their) (?:visit|trip|tour|journey)\b[^.;]{0,30}?(?<!never )(?<!not )"
    + _TOOK_PLACE_WORDS
)
_HABIT_WORDS = (
    r"\b(?:regularly|often|frequently|routinely|every (?:year|summer|winter|spring|autumn)|each year|annually|"
    r"as a rule)\b"
)
_HABITUAL = re.compile(r"[^.;,]{0,40}?" + _HABIT_WORDS)
_HABITUAL_BEFORE = re.compile(r"\b(?:often|usually|regularly|frequently|routinely|rarely|seldom)\s+$")
_NOT_HAPPENED_WORDS = (
    r"\b(?:(?:did not|didn't|never|has not|hasn't|have not) (?:take place|taken place|took place|happen|happened|"
    r"materiali[sz]ed?|go ahead|gone ahead|went ahead)|fell through)\b"
)
_DID_NOT_HAPPEN = re.compile(r"[^.;]{0,60}?" + _NOT_HAPPENED_WORDS)
# The words these cues and TRIP_UPDATE need after the trigger, in one search: most sentences have none.
_AFTER_CUES = re.compile("|".join([_TOOK_PLACE_WORDS, _HABIT_WORDS, _NOT_HAPPENED_WORDS, g.TRIP_UPDATE.pattern]))
_PAST_AUXILIARIES = frozenset(
    ["was", "were", "took place", "had been", "has been", "ended", "concluded", "wrapped up", "finished"]
)
_FUTURE_THEN = re.compile(
    r"\b(?:will|'ll|is to|is set to|is due to|is expected to)\s+(?:follow|precede|continue|begin|start|extend|"
    r"come after|come before|coincide with)\s+$"
)
_CONTINUES = re.compile(r"continu\w* (?:his|her|their) (?:[\w-]+ ){0,3}?(?:visit|trip)\b")
_CONTINUES_AFTER = re.compile(r"(?:\s+(?:to|in)\s+(?:the\s+)?[\w'.-]+(?:\s+[\w'.-]+){0,2}?)?\s+(?:continues|goes on)\b")
_LEAVING = re.compile(r"return(?:s|ing)? from|(?:end|ends|wrap up|wraps up|conclude|concludes|cut short) ")
_UNTIL = re.compile(r"^(?:(?!\bfrom\b)[^,;]){0,40}?\b(?:until|till)\b")  # not "from Tuesday until Friday"


def _here_now(text: str, place: _Place) -> bool:
    """Whether the sentence says a leader is in ``place`` now: "currently in Beijing", "in Washington since
    Monday", "Putin, in China for a state visit,", "on the second day of his visit to China"."""
    before = text[max(0, place.start - 80) : place.start]
    if not before.endswith((" in ", " to ", " the ", ",in ")):
        return False  # every form below ends "in (the)" or "to (the)" just before the place
    if _ALREADY_IN.search(before) or _DAY_OF_VISIT.search(before):
        return True
    if _SINCE_AFTER.match(text, place.end):
        return bool(_IN_BEFORE.search(before))
    if _FOR_A_VISIT_AFTER.match(text, place.end) and _APPOSITIVE_IN_BEFORE.search(before):
        return True
    return bool(_VISIT_BEGAN_AFTER.match(text, place.end) and _IS_IN_BEFORE.search(before))


_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$")
_APPOSITIVE_IN_BEFORE = re.compile(r",\s*in\s+(?:the\s+)?$")
_IS_IN_BEFORE = re.compile(r"\b(?:is|are)\s+in\s+(?:the\s+)?$")
_SINCE_AFTER = re.compile(r"\s+since\b")
_FOR_A_VISIT_AFTER = re.compile(
    r"\s+(?:for|on)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour|stay)\b"
)
_VISIT_BEGAN_AFTER = re.compile(_FOR_A_VISIT_AFTER.pattern + r"\s+(?:that|which)\s+(?:began|started)\b")
_DAY_OF_VISIT = re.compile(
    r"\b(?:day|leg|stage|part) of (?:his|her|their) (?:[\w-]+\s+){0,3}(?:visit|trip|tour|stay) (?:to|in)\s+(?:the\s+)?$"
)
_ALREADY_IN = re.compile(r"\b(?:currently|already|now|still) in\s+(?:the\s+)?$")
_OUTCOME_OF = re.compile(
    r"\b(?:results?|outcomes?|lessons|fruits|success|impressions|deals|agreements) (?:of|from) "
    r"(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}$"
)
_RELATIVE_OPEN = re.compile(r",\s*(?:who|which|whose|where|[\w-]+ed)\b[^,]*$")  # ", who ...", ", re-elected on Sunday"


def _trips(
    ref: _Ref,
    place: _Place,
    status: TripStatus,
    text: str,
    original: str,
    trigger_start: int,
    times: list[TimeExpression],
    day: date,
    attribution: str | None,
    unit: int,
    gazetteer: Gazetteer,
) -> list[_Found]:
    usable = [time for time in times if not time.reporting]
    chosen = [time for time in usable if time.start >= place.end and time.start - place.end < 70]
    if not chosen:
        nearest = _time_for(trigger_start, place.end, times, text)
        chosen = [nearest] if nearest is not None else []
    if status in ("planned", "confirmed") and chosen and _explicitly_past(chosen[0], day):
        if "," in text[place.end : chosen[0].start]:
            chosen = []  # "will visit Vietnam, his first visit since the one to China last year": another trip's time
        else:
            status = "past"  # "was due to visit Moscow last week": whatever was planned, its time has gone
    tense: Tense = "past" if status in ("past", "ongoing") else "future"
    # "in 2017 and 2019": one past trip per year.
    if status == "past" and chosen and chosen[0].kind == "year":
        years = [
            time
            for time in usable
            if time.kind == "year"
            and time.start >= chosen[0].start
            and time.start - chosen[0].end < 12 + 30 * (time is not chosen[0])
        ]
        chosen = years or chosen[:1]
    else:
        chosen = chosen[:1]
    whens = [time.resolve(day, tense) for time in chosen] or [When()]
    results = []
    for when in whens:
        where = place
        if place.kind == "event":
            event = gazetteer.events[place.event or ""]
            year = when.start.year if when.start else day.year
            if when.start is None and status in ("past", "ongoing") and event.country is None:
                continue  # "attended the Olympics": which ones, without a year, is anyone's guess
            edition = event.edition(year) or (None if when.start else event.edition(year + 1))
            if edition is None:
                continue
            where = replace(place, country=edition.country, city=edition.city)
        confidence = _confidence(ref, where, status, when, attribution, unit)
        results.append(
            _Found(
                ref.leader,
                where,
                status,
                when,
                confidence,
                original,
                attribution,
                unit,
                when.start.year if when.start else day.year,
            )
        )
    return results


def _hosted(
    host: re.Match[str],
    refs: list[_Ref],
    places: list[_Place],
    text: str,
    original: str,
    times: list[TimeExpression],
    day: date,
    attribution: str | None,
    unit: int,
    gazetteer: Gazetteer,
) -> list[_Found]:
    """ "Xi will host Putin in Beijing": the guest travels, to where the meeting is."""
    verb = host.group("host")
    guests: list[_Ref] = []
    hosts: list[_Ref] = []  # named after the verb only in the passive; otherwise the subject, if it is a meeting
    passive = _PASSIVE_BEFORE.search(text, max(0, host.start() - 30), host.start()) and _BY.match(text, host.end())
    if passive:
        # "Xi will be hosted by Lula in Brasilia": the subject is the guest, the one after "by" the host.
        guests = _subjects(host.start(), refs, text)
        hosts = [ref for ref in refs if 0 <= ref.start - host.end() < 10][:1]
    else:
        for ref in refs:
            first_guest = not guests and 0 <= ref.start - host.end() < 40
            if first_guest or (guests and _AND.fullmatch(text[guests[-1].end : ref.start])):
                guests.append(ref)
    if not guests:
        return []
    after = max(ref.end for ref in guests + hosts)
    place = next(
        (
            p
            for p in places
            if p.start >= after and p.start - after < 80 and _LOCATIVE_BEFORE.search(text[after : p.start])
        ),
        None,
    )
    if place is None:
        return []
    meeting = verb.startswith(("meet", "met", "hold", "held"))
    travellers = guests + ((hosts if passive else _subjects(host.start(), refs, text)) if meeting else [])
    status = _host_status(text, host, times, day, place.end)
    if status is None:
        return []
    found = []
    for ref in travellers:
        found.extend(_trips(ref, place, status, text, original, host.start(), times, day, attribution, unit, gazetteer))
    return found


_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+$")
_BY = re.compile(r"\s+by\b")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|to|near|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
_IS_HOSTING = re.compile(r"\b(?:is|are) hosting\b")
_HOST_PRESENT = re.compile(r"(?:host|receive|welcome|greet|meet|hold)s?\b")
_HOST_PAST = re.compile(r"(?:hosted|received|welcomed|greeted|met|held)\b")


def _host_status(
    text: str, host: re.Match[str], times: list[TimeExpression], day: date, place_end: int
) -> TripStatus | None:
    before = text[max(0, host.start() - 40) : host.start()]
    verb = host.group(0)
    if g.HYPOTHETICAL.search(before) or g.CONDITION.search(text[: host.start()]):
        return None
    if g.CANCEL.search(text) or g.POSTPONE.search(text) or g.DENY.search(before):
        return None
    time = _time_for(host.start(), place_end, times, text)
    if g.FUTURE.search(before) or (
        _IS_HOSTING.search(before + verb) is None
        and _HOST_PRESENT.match(verb)
        and time is not None
        and (time.resolve(day, "future").start or day) > day
    ):
        return "planned" if not g.CONFIRM.search(text) else "confirmed"
    if _IS_HOSTING.search(before + verb):
        return "ongoing"
    if _HOST_PAST.match(verb):
        if time is None:
            return "past"
        resolved = time.resolve(day, "past").start
        # The host's welcome was today or yesterday: the guest is still there.
        return "ongoing" if resolved is not None and 0 <= (day - resolved).days <= 1 else "past"
    return None


_HOW_CONFIDENCE = {"name": 0.9, "title": 0.85, "pronoun": 0.75, "generic": 0.75}


def _confidence(ref: _Ref, place: _Place, status: TripStatus, when: When, attribution: str | None, unit: int) -> float:
    score = _HOW_CONFIDENCE[ref.how]
    score += _STATUS_CONFIDENCE.get(status, 0.0)
    if place.kind in ("event", "institution"):
        score -= 0.05
    if when.start is not None:
        score += 0.05
    if attribution:
        score += 0.03
    return round(max(0.05, min(0.99, score)), 2)


def _attribution(text: str, refs: list[_Ref], low: str | None = None) -> str | None:
    """Who the sentence ``text`` (as written) says the news comes from, if anyone (``low``: it lower-cased)."""
    if low is None:
        low = lower(text)
    if not _SOURCE_WORD.search(low):
        return None  # no reporting verb: no source (the patterns below are costly on long sentences)
    for pattern in g.ATTRIBUTION:
        for match in pattern.finditer(low):
            source = text[match.start("src") : match.end("src")].strip(" ,\"'")
            if not source or g.NOT_SOURCE.match(lower(source)) or len(source.split()) > 18:
                continue
            # The traveller's own words are not a source ("Lula said he had received ...").
            if _NAME_ONLY.match(source) and any(text[ref.start : ref.end] == source for ref in refs):
                continue
            return source
    return None


_SOURCE_WORD = re.compile(
    r"\b(?:said|says|announced|announces|confirmed|confirms|reported|reports|told|stated|added|"
    r"according to)\b"
)
_NAME_ONLY = re.compile(r"^(?:[A-Z][\w'.-]+\s?){1,4}$")


# -- one article ---------------------------------------------------------------------------------


def _when_rank(when: When) -> int:
    if when.start is None or when.end is None:
        return 99
    return (when.end - when.start).days


def _window(status: TripStatus, when: When) -> str:
    if status in ("past", "ongoing"):
        return f"{status}:{when.start.year if when.start else '?'}"
    return "open"


def _merge(found: list[_Found]) -> list[_Found]:
    # A leader who is in a country now, and goes on somewhere in it in the same sentence, is on one trip:
    # "will be in Beijing until Friday, before a stop in Harbin".
    here = {(item.unit, item.leader, item.place.country) for item in found if item.status == "ongoing"}
    found = [
        replace(item, status="ongoing")
        if item.status in ("planned", "confirmed") and (item.unit, item.leader, item.place.country) in here
        else item
        for item in found
    ]
    merged: dict[tuple[str, str, str], _Found] = {}
    for item in found:
        key = (item.leader, item.place.country, _window(item.status, item.when))
        current = merged.get(key)
        if current is None:
            merged[key] = item
            continue
        # Within one article the later word on a trip wins over the plan ("was due to visit, but the
        # trip was shelved"); otherwise the surer reading.
        rank = {"cancelled": 5, "postponed": 4, "denied": 3, "confirmed": 2, "planned": 1, "invited": 0}
        if rank.get(item.status, -1) != rank.get(current.status, -1):
            best = item if rank.get(item.status, -1) > rank.get(current.status, -1) else current
        else:
            best = item if item.confidence > current.confidence else current
        other = current if best is item else item
        when = item.when if _when_rank(item.when) < _when_rank(current.when) else current.when
        status: TripStatus = "confirmed" if "confirmed" in (item.status, current.status) else best.status
        place = best.place
        if place.event is None and other.place.event is not None:
            place = replace(place, event=other.place.event)
        if place.city is None and other.place.city is not None and other.place.country == place.country:
            place = replace(place, city=other.place.city)
        attribution = best.attribution or other.attribution
        confidence = max(best.confidence, other.confidence)
        # Built directly: dataclasses.replace costs several times more, and merging runs per repeated report.
        merged[key] = _Found(
            best.leader, place, status, when, confidence, best.evidence, attribution, best.unit, best.event_year
        )
    return list(merged.values())


def _attach_events(trips: list[_Found], units: list[_Unit], gazetteer: Gazetteer, day: date) -> list[_Found]:
    """An event named near a trip, held in its destination country, is what the trip is for."""
    result = []
    for trip in trips:
        if trip.status not in ("planned", "confirmed"):
            result.append(trip)
            continue
        place, when, attribution = trip.place, trip.when, trip.attribution
        for index in range(trip.unit, min(len(units), trip.unit + 3)):
            sentence, mentions = units[index].sentence, units[index].mentions
            for mention in mentions:
                if mention.kind != "event":
                    continue
                event = gazetteer.events.get(mention.entity)
                year = when.start.year if when.start else day.year
                edition = event.edition(year) if event else None
                if event is None or edition is None or edition.country != place.country:
                    continue
                if place.event is None:
                    place = replace(place, event=event.id, city=place.city or edition.city)
                if when.start is None and edition.start is not None:
                    when = When(edition.start, edition.end or edition.start, when.text)
                elif when.start is None:
                    near = [t for t in find_time_expressions(sentence.text) if not t.reporting]
                    if near:
                        when = near[0].resolve(day, "future")
                if index != trip.unit:
                    quoted = _attribution(sentence.text, [])
                    if quoted and quoted not in (attribution or ""):
                        attribution = f"{attribution}; {quoted}" if attribution else quoted
        if when.start is None and place.event is not None:
            event = gazetteer.events[place.event]
            if event.month is not None:
                year = day.year if event.month >= day.month else day.year + 1
                from pipeline.travel.when import _month_range

                start, end = _month_range(year, event.month)
                when = When(start, end, when.text)
        result.append(replace(trip, place=place, when=when, attribution=attribution))
    return result


def _in_office(item: _Found, gazetteer: Gazetteer, day: date) -> bool:
    """A leader travels as a leader only while in office (a former president's trip is not watched)."""
    leader = gazetteer.leaders[item.leader]
    when = item.when.start or day
    return bool(
        leader.offices_on(when)
        or leader.offices_on(day)
        or (item.when.end is not None and leader.offices_on(item.when.end))
    )


def _to_trip(item: _Found, gazetteer: Gazetteer) -> Trip:
    leader = gazetteer.leaders[item.leader]
    return Trip(
        leader=Leader(leader.id, leader.name),
        destination=Destination(item.place.country, item.place.city, item.place.event),
        when=item.when,
        status=item.status,
        confidence=item.confidence,
        evidence=item.evidence,
        attribution=item.attribution,
    )


def domestic(trip: Trip, gazetteer: Gazetteer) -> bool:
    leader = gazetteer.leaders.get(trip.leader.id)
    return leader is not None and trip.destination.country == leader.country


def without_domestic(trips: Iterable[Trip], gazetteer: Gazetteer) -> list[Trip]:
    return [trip for trip in trips if not domestic(trip, gazetteer)]
