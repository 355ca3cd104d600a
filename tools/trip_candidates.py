"""Trip candidates and their features, for the learned trip scorer experiment (tools/train_trips.py).

A candidate is one (leader, destination country) pair of one article, the unit alerts are scored on:
every pair the rules report (in any status), and every pair the rules miss where a sentence the travel
passes analyse (a watched leader referred to, a destination, a travel word) holds a reference to the
leader and a place in that country. Nothing here tags or splits text: the sentences, references,
places, pairings and times are the travel passes' own, recorded while ``detect_trips`` runs.

Features are general (no article ids, no words beyond the language's lexicon): the status and rule the
rules gave, how the traveller is referred to, whether the leader comes first and before the travel
word, token distances, the lexicon's cue lists near the travel word, another leader nearer the place,
counts of leaders and places, title or first sentence, attribution, a date and whether it lies ahead of
or behind the publication date, and in how many sentences the pair occurs. Each candidate's features
are the maximum over its sentences (distances: the nearest).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from bench.realnews import CorpusText, Resolver
from pipeline.cleaning import CleaningError, clean_article
from pipeline.records import Trip
from pipeline.tagging import Gazetteer, tag_article
from pipeline.travel import detect, detect_trips
from pipeline.travel.dating import Dating
from pipeline.travel.languages import Language
from pipeline.travel.languages.en.pairing import TRIGGER
from pipeline.travel.merge import Found
from pipeline.travel.pairing import Pair, Trigger
from pipeline.travel.sentences import PLACE_KINDS, Place, Ref, Sentence
from pipeline.travel.status import decide

ALERTING = frozenset({"planned", "confirmed"})
MIN_CONFIDENCE = 0.6  # the worker's default, as bench/travel.py scores
STATUSES = ("planned", "confirmed", "invited", "postponed", "cancelled", "denied", "ongoing", "past")
# The lexicon lists read around the travel word: tense, modality, denial, hosting, who else travels.
CUES = (
    "future",
    "firm_future",
    "hedge",
    "hedge_source",
    "planning_verb",
    "plan_in_past",
    "explicit_future",
    "explicit_past",
    "past_verb",
    "perfect",
    "progressive",
    "arrival_verb",
    "departure_verb",
    "ended",
    "announcing",
    "invited",
    "invite_verb",
    "accepted",
    "hypothetical",
    "condition",
    "wish_before",
    "call_for",
    "ban",
    "remote",
    "cancel",
    "postpone",
    "deny",
    "ruled_out",
    "denied_report",
    "habit",
    "of_other",
    "companion",
    "aide_of",
    "host_verb",
    "host_meeting",
    "here_now_time",
    "would",
    "trip_noun",
    "reporting_verb",
)
# The lists read between the traveller and the travel word: someone else's trip, someone else speaking.
BETWEEN = ("of_other", "aide_of", "companion", "reporting_verb", "host_meeting", "invite_verb", "deny", "cancel")
WINDOW = 60  # characters either side of the travel word that count as "around" it
_TOKEN = re.compile(r"\w+")


@dataclass
class Candidate:
    text_id: str
    site: str
    leader: str
    country: str
    label: bool  # a labelled planned or confirmed trip of this leader to this country
    rules_alert: bool  # the rules alone raise an alert for it
    features: dict[str, float] = field(default_factory=dict)


@dataclass
class Article:
    """One corpus text's candidates, and how many of its labelled alerts no candidate covers."""

    text_id: str
    candidates: list[Candidate]
    uncovered: int  # labelled planned/confirmed pairs with no candidate: misses whatever the scorer says


@contextmanager
def _recording() -> Iterator[list[Sentence]]:
    """The sentences ``detect_trips`` analyses while the context is open (those with a leader, a
    destination and a travel word), in order."""
    seen: list[Sentence] = []
    original = detect._analyse

    def analyse(sentence: Sentence, language: Language, gazetteer: Gazetteer, dating: Dating) -> list[Found]:
        seen.append(sentence)
        return original(sentence, language, gazetteer, dating)

    detect._analyse = analyse
    try:
        yield seen
    finally:
        detect._analyse = original


def site_of(url: str | None) -> str:
    host = (url or "").split("//", 1)[-1].split("/", 1)[0].lower()
    host = host.removeprefix("www.")
    parts = host.split(".")
    return ".".join(parts[-2:]) if len(parts) >= 2 else host or "?"


def _tokens(text: str, start: int, end: int) -> int:
    if end < start:
        start, end = end, start
    return len(_TOKEN.findall(text, start, end))


def _bucket(tokens: int) -> float:
    return math.log1p(min(tokens, 40)) / math.log1p(40)


def sentence_features(sentence: Sentence, leader: str, place: Place, day: date | None) -> dict[str, float]:
    """What one sentence says of ``leader`` going to ``place`` (features named as in the weights file)."""
    language = sentence.language
    lexicon = language.lexicon
    low = sentence.low
    f: dict[str, float] = {}
    refs = [ref for ref in sentence.refs if ref.leader == leader]
    at = place.start if place.start >= 0 else 0
    ref: Ref = min(refs, key=lambda r: abs(r.start - at))
    f[f"how={ref.how}"] = 1.0
    # the travel word nearest the place (the sentence has one: it passed the cheap test)
    words = list(language.travel_word.finditer(low))
    trigger = min(words, key=lambda m: abs(m.start() - at)) if words else None
    pairs = [p for p in language.find_pairs(sentence) if p.traveller.leader == leader]
    paired = [p for p in pairs if any(d.country == place.country for d in p.destinations)]
    if paired:
        f["paired"] = 1.0
        f[f"pairing={paired[0].how}"] = 1.0
        f[f"trigger={paired[0].trigger.kind}"] = 1.0
        t_start, t_end = paired[0].trigger.start, paired[0].trigger.end
    elif trigger is not None:
        f["trigger=unpaired"] = 1.0
        t_start, t_end = trigger.start(), trigger.end()
        forced = _forced_status(sentence, ref, place, day)
        if forced is not None:
            f[f"forced={forced}"] = 1.0
    else:
        t_start = t_end = at
    first = min(sentence.refs, key=lambda r: r.start)
    if first.leader == leader and ref.start <= t_start:
        f["subject"] = 1.0
    if ref.start <= t_start:
        f["leader_before_trigger"] = 1.0
    if t_start <= at:
        f["trigger_before_place"] = 1.0
    f["far_leader_trigger"] = _bucket(_tokens(low, ref.end, t_start))
    if place.start >= 0:
        f["far_trigger_place"] = _bucket(_tokens(low, t_end, place.start))
    else:
        f["place_named_before"] = 1.0
    f[f"place={place.kind}"] = 1.0
    window = (max(0, t_start - WINDOW), min(len(low), t_end + WINDOW))
    for cue in CUES:
        if cue in lexicon.lists and sentence.may_have((cue,)):
            if lexicon.search(cue, low, *window) is not None:
                f[f"near:{cue}"] = 1.0
            elif lexicon.search(cue, low) is not None:
                f[f"in:{cue}"] = 1.0
    low_start, low_end = sorted((ref.end, t_start))
    for cue in BETWEEN:
        if sentence.may_have((cue,)) and lexicon.search(cue, low, low_start, low_end) is not None:
            f[f"between:{cue}"] = 1.0
    mine = abs(ref.start - at)
    if any(other.leader != leader and abs(other.start - at) < mine for other in sentence.refs):
        f["other_leader_nearer"] = 1.0
    leaders = {r.leader for r in sentence.refs}
    countries = {p.country for p in sentence.places if p.country}
    f["sentence_leaders"] = min(len(leaders), 4) / 4
    f["sentence_places"] = min(len(countries), 6) / 6
    if sentence.part == "title":
        f["title"] = 1.0
    elif sentence.index <= 1:
        f["first_sentence"] = 1.0
    if sentence.attribution:
        f["attribution"] = 1.0
    times = [t for t in sentence.times if not t.reporting]
    if times:
        f["date"] = 1.0
        if language.explicitly_past(times[0], day):
            f["date_past"] = 1.0
        ahead = times[0].resolve(day, "past").start
        if day is not None and ahead is not None and ahead > day:
            f["date_ahead"] = 1.0
    return f


def _forced_status(sentence: Sentence, ref: Ref, place: Place, day: date | None) -> str | None:
    """The status the language's rule table gives ``ref`` going to ``place`` if paired by the trigger nearest
    before the place (the pairing pass did not pair them): what the rules would say of the sentence."""
    language = sentence.language
    at = place.start if place.start >= 0 else len(sentence.low)
    triggers = [m for m in TRIGGER.finditer(sentence.low) if m.start() < at and m.lastgroup is not None]
    if not triggers:
        return None
    match = triggers[-1]
    trigger = Trigger(match.start(), match.end(), match.group(0), match.lastgroup or "noun")
    decision = decide(language.clues(Pair(ref, trigger, (place,), "forced"), sentence, day), language.tables)
    return decision.status or "no_rule"


def _merge(into: dict[str, float], new: dict[str, float]) -> None:
    for name, value in new.items():
        if name.startswith("far_"):
            into[name] = min(into.get(name, 1.0), value)
        else:
            into[name] = max(into.get(name, 0.0), value)


def rules_features(trips: list[Trip]) -> dict[str, float]:
    """What the rules said of the pair: its statuses, whether they alert, the rules that decided."""
    f: dict[str, float] = {}
    if not trips:
        f["rules=none"] = 1.0
        return f
    for trip in trips:
        f[f"rules={trip.status}"] = 1.0
        f[f"rule:{trip.rule.split('/')[0]}"] = 1.0
        if trip.status in ALERTING and trip.confidence >= MIN_CONFIDENCE:
            f["rules_alert"] = 1.0
    return f


def article_candidates(text: CorpusText, gazetteer: Gazetteer, resolver: Resolver) -> Article:
    """The candidates of one corpus text, labelled from its trips."""
    wanted: set[tuple[str, str]] = set()
    for label in text.trips:
        country = resolver.country(label.country)
        if country is None or label.status not in ALERTING:
            continue
        wanted.add((resolver.leader(label.leader) or f"unlisted:{label.leader}", country))
    try:
        tagged = tag_article(clean_article(text.raw_article()), gazetteer)
    except CleaningError:
        return Article(text.id, [], len(wanted))
    with _recording() as sentences:
        trips = detect_trips(tagged, gazetteer)
    day = tagged.article.published.date() if tagged.article.published else None
    by_pair: dict[tuple[str, str], list[Trip]] = {}
    for trip in trips:
        by_pair.setdefault((trip.leader.id, trip.destination.country), []).append(trip)
    per_pair: dict[tuple[str, str], dict[str, float]] = {}
    count: dict[tuple[str, str], int] = {}
    for sentence in sentences:
        for leader in dict.fromkeys(ref.leader for ref in sentence.refs):
            own = gazetteer.leaders[leader].country if leader in gazetteer.leaders else None
            here: set[tuple[str, str]] = set()
            for place in sentence.places:
                if place.country and place.country != own:
                    key = (leader, place.country)
                    _merge(per_pair.setdefault(key, {}), sentence_features(sentence, leader, place, day))
                    here.add(key)
            for key in here:
                count[key] = count.get(key, 0) + 1
            if sentence.context_event is not None and sentence.context_event.country != own:
                key = (leader, sentence.context_event.country)
                _merge(per_pair.setdefault(key, {}), sentence_features(sentence, leader, sentence.context_event, day))
                count[key] = count.get(key, 0) + 1
    article_leaders = {m.entity for m in tagged.mentions if m.kind in ("leader", "title")}
    article_countries = {m.country for m in tagged.mentions if m.kind in PLACE_KINDS and m.country}
    candidates = []
    for key in sorted(per_pair.keys() | by_pair.keys()):
        features = dict(per_pair.get(key, {"unseen_sentence": 1.0}))
        features["sentences"] = min(count.get(key, 0), 4) / 4
        features["article_leaders"] = min(len(article_leaders), 6) / 6
        features["article_places"] = min(len(article_countries), 10) / 10
        features["bias"] = 1.0
        features.update(rules_features(by_pair.get(key, [])))
        candidates.append(
            Candidate(text.id, site_of(text.url), key[0], key[1], key in wanted, "rules_alert" in features, features)
        )
    covered = {(c.leader, c.country) for c in candidates}
    return Article(text.id, candidates, len(wanted - covered))


def corpus_candidates(texts: list[CorpusText], gazetteer: Gazetteer) -> list[Article]:
    resolver = Resolver(gazetteer)
    return [article_candidates(text, gazetteer, resolver) for text in texts]
