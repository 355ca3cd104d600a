"""Trip detection: which watched leader goes where, when, in what status, on whose word.

Sentence by sentence, over the title and clean body only (the boilerplate the clean stage removed is
never read), in passes over one :class:`~pipeline.travel.sentences.Sentence`:

1. references (:mod:`~pipeline.travel.references`): names, titles, pronouns, "the president";
2. pairing (the language's ``pairing``): traveller, trigger, destinations, hosting;
3. status (:mod:`~pipeline.travel.status` with the language's rule table);
4. time (:mod:`~pipeline.travel.timing` with the language's date reader);

then over the article (:mod:`~pipeline.travel.merge`). A sentence is analysed only if it names a
destination (or, in a language that reads it so, a trip that needs none: a leader hosting another at home,
setting off on a tour of a region), refers to a leader and has a travel word; most sentences stop at that
cheap test.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from pipeline.records import Field, Mention, Month, TaggedArticle, Trip, TripStatus, When
from pipeline.tagging.gazetteer import Gazetteer
from pipeline.travel import references
from pipeline.travel.dating import Dating
from pipeline.travel.languages import Language, language_for
from pipeline.travel.merge import (
    CalledOff,
    Found,
    attach_events,
    borrow_times,
    date_tour_legs,
    in_office,
    merge,
    to_trip,
    undate_plans_before_office,
)
from pipeline.travel.pairing import FALLBACK_TRIGGER, Pair, Trigger
from pipeline.travel.sentences import PLACE_KINDS, Place, Sentence
from pipeline.travel.status import decide
from pipeline.travel.timing import Tense, TimeExpression

# Unions a trip cannot go to as such: "at the invitation of the European Commission" names no country.
NOT_DESTINATIONS = frozenset({"EU"})
_LEADER_KINDS = frozenset({"leader", "title"})
# Bounds that keep one article's cost linear whatever it holds: no sentence of news is this long, and an
# article with more candidate sentences than this is not news either (a list, a dump, an attack).
MAX_SENTENCE_CHARS = 2_000
MAX_ANALYSED_SENTENCES = 400
# Double quotes read as spaces: 'will pay a "state visit" to China' is a state visit (offsets are kept).
_QUOTES = '"“”„«»'


def _unquoted(text: str) -> str:
    for quote in _QUOTES:
        if quote in text:
            text = text.replace(quote, " ")  # str.translate with a table is many times slower on long text
    return text


# The statuses a later sentence may update ("The visit has been postponed.", "The invitation was accepted.").
_UPDATABLE = ("invited", "planned", "confirmed")
_OWN_TIME_GAP = re.compile(r"\s*(?:\w{1,4}\s+)?")  # "India on April 1-3": a place's own time follows it closely
_HOW_CONFIDENCE = {"name": 0.9, "title": 0.85, "pronoun": 0.75, "generic": 0.75}
_STATUS_CONFIDENCE = {"planned": 0.0, "confirmed": 0.05}
_FALLBACK_DOUBT = 0.1  # no travel word joined the leader to the place


def detect_trips(tagged: TaggedArticle, gazetteer: Gazetteer, reference: date | None = None) -> list[Trip]:
    """Every trip of a watched leader the article reports, in any status.

    Usage: ``detect_trips(tagged, gazetteer)``; relative dates resolve against the article's
    publication date, or ``reference`` when the article has none (the time it arrived, say), else against
    the month of publication its address gives (``published_month``: "on May 10" resolves, "on Tuesday"
    does not); the arrival only stands for the day within that month (an archive read years later is
    not news of the day). With none, only dates that carry their own year resolve, and those named with
    their weekday whose year the traveller's terms and the article fix (:mod:`~pipeline.travel.dating`).
    """
    article = tagged.article
    language = language_for(article.language)
    if not any(mention.kind in _LEADER_KINDS for mention in tagged.mentions):
        return []  # no leader named or titled: no "he" or "the president" can stand for one either
    fields = _fields(tagged, language)
    if not any(language.travel_word.search(low or text) for _, text, low in fields):
        return []  # no sentence can pass the test below
    sentences = split_article(tagged, language, fields)
    dating = Dating.of(article, reference, gazetteer, sentences)
    day = dating.day
    gatherings = _may_name_gatherings(fields, language)
    context = references.Context()
    found: list[Found] = []
    analysed = 0
    for sentence in sentences:
        # The cheap test first: only a sentence that passes it is analysed, so only its places are read (and
        # those of a sentence naming an event, which "the summit" of a later sentence may stand for).
        # (the event named before: this sentence's own events, remembered below, are not before it)
        # (a sentence naming a gathering the gazetteer knows, "the G7 summit", means that one)
        noun = (
            references.gathering_noun(sentence)
            if language.gathering_of_article and context.gathering_nouns and not sentence.names_event
            else None
        )
        before = context.event_before(sentence.index, language.gathering_reach, language.gathering_of_article, noun)
        anaphor = _place_anaphor(sentence, language, context)
        candidate = (
            (sentence.has_place or anaphor is not None or before is not None or _placeless_trip(sentence, language))
            and len(sentence.text) <= MAX_SENTENCE_CHARS
            and analysed < MAX_ANALYSED_SENTENCES
            and _may_travel(sentence, language)
        )
        # (before the places are read: an event named again may be the one just located, "G20峰会" after
        # "在印尼巴厘岛举行的G20峰会" in an undated page, whose year gives no host)
        sentence.context_event, sentence.context_time = before or (None, None)
        # (a language that reads unnamed gatherings' venues reads the places of every sentence naming a gathering)
        if sentence.has_place and (
            candidate or sentence.names_event or (gatherings and references.gathering_noun(sentence) is not None)
        ):
            sentence.places = context.held_as_named(_located(sentence, language, gazetteer, dating.seen_from))
            context.remember_events(sentence, language.gathering_venue)
        if anaphor is not None and candidate:
            sentence.places = sorted([*sentence.places, anaphor], key=lambda place: place.start)
        if candidate and (sentence.places or sentence.context_event is not None or _placeless_trip(sentence, language)):
            analysed += 1
            sentence.refs = references.resolve(sentence, context, gazetteer, day)
            if sentence.refs:
                found += _analyse(sentence, language, gazetteer, dating)
        if found and found[-1].unit < sentence.index:
            found += _update_of_earlier(sentence, language, found)
            _date_earlier(sentence, language, found, dating)
        context.update(sentence)
    # a time told near the plan is surer than the month of another leg of the tour
    trips = borrow_times(
        attach_events(merge(found, day, _called_off(sentences, language, found)), sentences, gazetteer, day),
        sentences,
        dating.seen_from,
    )
    if language.tour_legs_share_a_month:
        trips = date_tour_legs(trips)
    trips = undate_plans_before_office(trips, gazetteer, day)
    elect = frozenset(actor.id for actor in tagged.actors if actor.elect)
    return [to_trip(item, gazetteer) for item in trips if in_office(item, gazetteer, day, elect)]


def _called_off(sentences: list[Sentence], language: Language, found: list[Found]) -> list[CalledOff]:
    """The leaders whose trip a sentence calls off or denies without naming where ("The state visit by Xi has been
    postponed."): read only in a sentence that names one leader with a plan in the article, and that gave no
    finding of that leader (its own words, with the destination, are read by the status pass); with the countries
    the sentence names otherwise ("致电委内瑞拉及智利两国总统,解释临时取消出访的原因")."""
    if language.called_off is None:
        return []
    planning = {item.leader for item in found if item.status in ("planned", "confirmed")}
    if not planning:
        return []
    # (a sentence whose own finding of the leader is a denial still denies the article's reports of his plans:
    # "denied reports that Trump was expected to visit the South Asian nation", of which "he would also visit
    # India after Islamabad" was one)
    told = {(item.unit, item.leader) for item in found if item.status != "denied"}
    result = []
    for sentence in sentences:
        named = set(sentence.named)
        if len(named) != 1 or sentence.named[0] not in planning or (sentence.index, sentence.named[0]) in told:
            continue
        status = language.called_off(sentence)
        if status is not None:
            countries = frozenset(place.country for place in sentence.places if place.country)
            result.append(CalledOff(sentence.named[0], status, countries))
    return result


def _may_name_gatherings(fields: list[tuple[Field, str, str]], language: Language) -> bool:
    """Whether the article may name a gathering the gazetteer does not know, whose venue the language reads: a
    first word of the lexicon's "gathering_noun" list is in it (substring tests: a regex over the whole text
    costs far more)."""
    if language.gathering_venue is None:
        return False
    anchors = language.lexicon.anchors("gathering_noun")
    if anchors is None:
        return True
    return any(anchor in (low or text.lower()) for _, text, low in fields for anchor in anchors)


def _placeless_trip(sentence: Sentence, language: Language) -> bool:
    """Whether a sentence is read although it names no place: a leader hosting another at home, a leader
    setting off on a tour of a region."""
    return language.placeless_trip is not None and language.placeless_trip(sentence)


def _place_anaphor(sentence: Sentence, language: Language, context: references.Context) -> Place | None:
    """ "invited him to visit the country": the country named last before it, in its sentence or the two before,
    that is no home of a leader named before it in the sentence ("Lula and his South African colleague
    Ramaphosa will also come to the country" is neither Brazil nor South Africa); failing that, in its sentence,
    one other than the home of the first leader, who is most often the one travelling ("Pakistan said Trump has
    accepted Khan's invitation to visit the country"; "Президент Узбекистана по приглашению турецкого коллеги
    посетит эту страну" is Turkey). A country's adjective counts ("the Russian leader would visit the
    country" is not Russia: he is the first leader)."""
    low = sentence.low
    if language.place_anaphor is None or not any(stem in low for stem in language.place_anaphor_stems):
        return None
    found = language.place_anaphor.search(low)
    if found is None:
        return None
    start, end = found.span("place")
    limit = sentence.offset + start
    homes = [m.country for m in sentence.mentions if m.kind in _LEADER_KINDS and m.start < limit and m.country]
    if found.groupdict().get("invited") is not None:
        # "Poroshenko invited his Kazakh counterpart to visit the country": the inviter's, the first leader named
        inviter = sentence.offset + found.start("invited")
        inviting = [m.country for m in sentence.mentions if m.kind in _LEADER_KINDS and m.start < inviter and m.country]
        if inviting and inviting[0] not in NOT_DESTINATIONS:
            return Place(start, end, inviting[0], None, None, "country")
    invitation = (
        language.lexicon.search("at_invitation", low, 0, start) if "at_invitation" in language.lexicon.lists else None
    )
    if invitation is not None:
        # "По приглашению Председателя КНР Си Цзиньпина Президент Узбекистана Мирзиёев посетит эту страну": the
        # country of the leader whose invitation it is, the first named after those words, when another (the
        # guest) follows ("По приглашению властей Ливана Эрдоган посетит эту страну": Erdogan is the guest)
        after = sentence.offset + invitation.end()
        named = [m for m in sentence.mentions if m.kind in _LEADER_KINDS and after <= m.start < limit]
        host = named[0].country if len({m.entity for m in named}) >= 2 else None
        if host and host not in NOT_DESTINATIONS:
            return Place(start, end, host, None, None, "country")
    if "meeting_object" in language.lexicon.lists and found.groupdict().get("regional") is None:
        # "Chavez is due to hold talks with Chinese President Hu Jintao during a two-day visit to the country": the
        # country of the leader met, who receives him
        for mention in sentence.mentions:
            where = mention.start - sentence.offset
            if mention.kind not in _LEADER_KINDS or where >= start or not mention.country:
                continue
            met = language.lexicon.search("meeting_object", low, max(0, where - 60), where)
            if (
                met is not None
                and where - met.end() <= 30
                and "," not in low[met.end() : where]
                and mention.country not in NOT_DESTINATIONS
                and mention.country not in homes[:1]
            ):
                return Place(start, end, mention.country, None, None, "country")
    earlier = [(sentence, limit)] + [
        (other, other.offset + len(other.text))
        for other, _ in reversed(context.earlier[-_PLACE_ANAPHOR_REACH:])
        if other.part == sentence.part
    ]
    passes = [(earlier, set(homes))]
    if found.groupdict().get("regional") is None:
        # (a country called by its region, "the African country", is one the story has named as no leader's home:
        # in "Ramaphosa will meet Chinese President Xi as the latter will pay a state visit to the African country"
        # the first leader's guess would give China)
        passes.append((earlier[:1], set(homes[:1])))
    for places, skipped in passes:
        for other, before in places:
            for mention in reversed(other.mentions):
                if (
                    mention.end <= before
                    and mention.kind in ("country", "city", "adjective")
                    and mention.country
                    and mention.country not in skipped
                    and mention.country not in NOT_DESTINATIONS
                    and not _leaders_home(mention, other)
                ):
                    return Place(start, end, mention.country, None, None, "country")
    return None


_PLACE_ANAPHOR_REACH = 2  # sentences back "the country" still finds the country named
_HOME_BEFORE = re.compile(r"['’]s\s[^,;]{0,60}$")  # "Libya's Presidential Council Chairman Mohamed al-Menfi"
_HOME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)  # "Adama Barrow of The Gambia"


def _leaders_home(mention: Mention, sentence: Sentence) -> bool:
    """Whether a country is named as the home of a leader beside it, which no "the country" after it means: "those
    who had landed in Nairobi were ... Libya's Presidential Council Chairman Mohamed al-Menfi. Akufo-Addo of Ghana
    will visit the country on Monday" is Kenya."""
    text, offset = sentence.text, sentence.offset
    for leader in sentence.mentions:
        if leader.kind not in _LEADER_KINDS or leader.country != mention.country:
            continue
        if leader.start >= mention.end and _HOME_BEFORE.match(text[mention.end - offset : leader.start - offset]):
            return True
        if leader.end <= mention.start and _HOME_AFTER.match(text[leader.end - offset : mention.start - offset]):
            return True
    return False


def _may_travel(sentence: Sentence, language: Language) -> bool:
    """Whether ``sentence`` has a travel word and refers to a leader (a name, a pronoun, "the president")."""
    low = sentence.low
    return language.travel_word.search(low) is not None and bool(
        sentence.named
        or language.pronoun.search(low)
        or (language.plural_pronoun is not None and language.plural_pronoun.search(low))
        or language.generic_title.search(low)
        or (language.plural_title is not None and language.plural_title.search(low))
        or (language.trip_anaphor is not None and language.trip_anaphor.match(low))
    )


def _fields(tagged: TaggedArticle, language: Language) -> list[tuple[Field, str, str]]:
    """The title and body to read, each with its lower-case form ("" if lower case changes its length)."""
    article = tagged.article
    fields: list[tuple[Field, str]] = [("title", article.title), ("body", article.text)]
    if _repeats_body(article.title, article.text):
        fields = fields[1:]  # a title made of the body's first words says nothing new (and is cut short)
    lowered = []
    for name, text in fields:
        low = _unquoted(language.lower(text))  # once per text: slices of it keep the offsets
        lowered.append((name, text, low if len(low) == len(text) else ""))  # "": lower each sentence alone
    return lowered


def split_article(
    tagged: TaggedArticle, language: Language, fields: list[tuple[Field, str, str]] | None = None
) -> list[Sentence]:
    """The title's and body's sentences, each with the tagger's mentions inside it."""
    by_field: dict[Field, list[Mention]] = {"title": [], "body": []}
    for mention in tagged.mentions:
        by_field[mention.field].append(mention)
    sentences: list[Sentence] = []
    for field_name, text, low in fields if fields is not None else _fields(tagged, language):
        mentions = by_field[field_name]
        position = 0
        for span in language.split(text):
            while position < len(mentions) and mentions[position].start < span.start:
                position += 1
            inside: list[Mention] = []
            named: list[str] = []
            has_place = False
            while position < len(mentions) and mentions[position].end <= span.end:
                mention = mentions[position]
                inside.append(mention)
                if mention.kind in _LEADER_KINDS:
                    named.append(mention.entity)
                elif mention.kind in PLACE_KINDS or mention.kind == "adjective":
                    has_place = True  # an adjective may name the country of an office's ceremony
                position += 1
            sentences.append(
                Sentence(
                    len(sentences),
                    field_name,
                    span.start,
                    span.text,
                    low[span.start : span.end] if low else _unquoted(language.lower(span.text)),
                    language,
                    inside,
                    named,
                    has_place,
                )
            )
    return sentences


def _repeats_body(title: str, body: str) -> bool:
    stem = title.removesuffix("...").removesuffix("…").strip()
    return bool(stem) and body.startswith(stem)


def _places(sentence: Sentence, gazetteer: Gazetteer, day: date | Month | None) -> list[Place]:
    places = []
    base = sentence.offset
    lexicon = sentence.language.lexicon
    ceremonies = "office_ceremony" in lexicon.lists
    offices = "organisation_office" in lexicon.lists
    for mention in sentence.mentions:
        if mention.kind == "adjective" and ceremonies and mention.country not in NOT_DESTINATIONS:
            # "the inauguration of the Honduran president", "宏都拉斯总统的就职典礼": the office's country
            end = mention.end - base
            if (
                lexicon.search("office_ceremony", sentence.low, end, end + 14) is not None
                or _place_of_adjective(sentence, mention.start - base, end)
                or _trip_of_adjective(sentence, mention.start - base, end)
            ):
                places.append(Place(mention.start - base, end, mention.country or "", None, None, "country"))
            continue
        if mention.kind not in PLACE_KINDS:
            continue
        start, end = mention.start - base, mention.end - base
        if mention.kind == "event":
            # The edition (and so the host) depends on the trip's year: _found settles it.
            event = gazetteer.events.get(mention.entity)
            if event is None or (
                offices and lexicon.pattern("organisation_office", before=r"\s*").match(sentence.low, end)
            ):
                continue  # "World Economic Forum founder Klaus Schwab", "世界经济论坛主席": the body, no gathering
            edition = None
            if day is not None:
                edition = event.edition(day.year) or event.edition(day.year + 1) or event.edition(day.year - 1)
            country = edition.country if edition else (event.country or "")
            places.append(Place(start, end, country, edition.city if edition else None, mention.entity, "event"))
        elif mention.country and mention.country not in NOT_DESTINATIONS:
            city = mention.entity if mention.kind == "city" else None
            places.append(Place(start, end, mention.country, city, None, mention.kind))
    return places


def _place_of_adjective(sentence: Sentence, start: int, end: int) -> bool:
    """ "for the Swiss city", "to the Italian capital": a place named by its country's adjective alone (not "the
    Chinese city of Harbin" or "the French capital Paris", where the place is named after it)."""
    lexicon = sentence.language.lexicon
    if "place_of_adjective" not in lexicon.lists:
        return False
    if lexicon.pattern("definite", after=r"\s+$").search(sentence.low, max(0, start - 8), start) is None:
        return False
    found = lexicon.pattern("place_of_adjective", before=r"\s+").match(sentence.low, end)
    if found is None:
        return False
    rest = sentence.text[found.end() : found.end() + 4]
    if not rest.startswith(" of ") and not rest[1:2].isupper():
        return True
    # "the Swiss resort of Buergenstock": the place named after it counts, when the gazetteer knows it
    after = sentence.offset + found.end()
    return not any(
        mention.kind in ("city", "country") and 0 < mention.start - after <= 5 for mention in sentence.mentions
    )


def _trip_of_adjective(sentence: Sentence, start: int, end: int) -> bool:
    """ "Following the Saudi visit, he will travel to the UK", "during his Indian trip": the trip's country named
    by its adjective (not "the Chinese visit to Washington" or "the Chinese visit of Macron": whose visit)."""
    lexicon = sentence.language.lexicon
    if "trip_of_adjective" not in lexicon.lists:
        return False
    if lexicon.pattern("determiner", after=r"\s+$").search(sentence.low, max(0, start - 8), start) is None:
        return False
    return (
        lexicon.pattern("trip_of_adjective", before=r"\s+", after=r"(?!\s+(?:to|of|by|in|from)\b)").match(
            sentence.low, end
        )
        is not None
    )


def _hostless(event_id: str | None, gazetteer: Gazetteer) -> bool:
    event = gazetteer.events.get(event_id or "")
    return event is not None and event.country is None and not event.editions


def _located(sentence: Sentence, language: Language, gazetteer: Gazetteer, day: date | Month | None) -> list[Place]:
    sentence.places = _places(sentence, gazetteer, day)
    places = language.locate_events(sentence)
    venues = {place.country for place in places if place.kind in ("country", "city") and place.country}
    hostless = {place.event for place in places if place.kind == "event" and _hostless(place.event, gazetteer)}
    if len(venues) == 1 and hostless:
        # "В Минске состоится заседание Совета глав государств СНГ": a summit without a fixed host is held
        # where its sentence says, when it names one country only
        city = next((place.city for place in places if place.city and place.country in venues), None)
        places = [
            Place(place.start, place.end, next(iter(venues)), city, place.event, "event_in")
            if place.kind == "event" and place.event in hostless
            else place
            for place in places
        ]
    if len(venues) == 1:
        # "will travel to Johannesburg, South Africa, to attend the G20 summit" in 2024: the edition held where the
        # sentence says (the G20 of 2025), not the one of the story's year (Brazil's)
        venue = next(iter(venues))
        places = [_edition_in(place, venue, gazetteer, day) if place.kind == "event" else place for place in places]
    return places


_EDITION_YEARS = (0, 1, -1, 2)  # the story's year, the next, the last, the one after: the edition meant


def _edition_in(place: Place, venue: str, gazetteer: Gazetteer, day: date | Month | None) -> Place:
    """``place`` (a recurring event) held in ``venue``, if one of its editions near ``day`` is held there."""
    event = gazetteer.events.get(place.event or "")
    if event is None or day is None or place.country == venue:
        return place
    for offset in _EDITION_YEARS:
        edition = event.edition(day.year + offset)
        if edition is not None and edition.country == venue:
            return Place(place.start, place.end, venue, edition.city, place.event, "event_in")
    return place


def _analyse(sentence: Sentence, language: Language, gazetteer: Gazetteer, dating: Dating) -> list[Found]:
    """The trips one sentence reports."""
    pairs = language.find_pairs(sentence)
    if not pairs:
        return []
    found: list[Found] = []
    # Where the sentence says someone is now ("currently in Beijing"): going on within it is the same trip.
    # Asked only of a plan (the only status it changes), once per sentence.
    here_now: list[tuple[int, str]] | None = None
    verbal_pairs: set[tuple[str, str]] = set()
    for pair in pairs:
        decision = decide(language.clues(pair, sentence, dating.day), language.tables)
        if decision.status is None:
            continue
        already: set[str] = set()
        if decision.status in ("planned", "confirmed"):
            if here_now is None:
                here_now = [(p.end, p.country) for p in sentence.places if language.here_now(sentence, p)]
            already = {country for end, country in here_now if end <= pair.trigger.start}
            if pair.trigger.kind != "host":
                # "is in China for a state visit that began on Thursday": the destination is where they are.
                already |= {place.country for place in pair.destinations if (place.end, place.country) in here_now}
        for place in _without_apposed_countries(pair.destinations, sentence.low):
            pair = _away_from_home(pair, place, sentence, gazetteer)
            key = (pair.traveller.leader, place.country)
            status: TripStatus = decision.status
            rule = decision.rule
            if status in ("planned", "confirmed") and place.country in already:
                status, rule = "ongoing", rule + "/already_there"  # "Putin, currently in Beijing, will go on to Harbin"
            if pair.trigger.kind == "noun" and key in verbal_pairs:
                continue  # "was in Pyongyang ... for his first visit to North Korea": the verb decides
            if pair.trigger.kind not in ("noun", "host"):
                verbal_pairs.add(key)
            results = _found(pair, place, status, rule, sentence, language, gazetteer, dating)
            if status in ("planned", "confirmed"):
                leg = _previous_leg(sentence, language, pair, place)
                for item in results:
                    item.after_leg = leg
            found.extend(results)
    return found


def _previous_leg(sentence: Sentence, language: Language, pair: Pair, place: Place) -> str | None:
    """The country of the leg the sentence says the trip to ``place`` follows: "After Japan, Modi will head to
    China" (Language.previous_leg)."""
    if language.previous_leg is None:
        return None
    for before in sentence.places:
        if before.end > pair.trigger.start or before.country == place.country or not before.country:
            continue
        if language.previous_leg.search(sentence.low, max(0, before.start - 40), before.start):
            return before.country
    return None


def _away_from_home(pair: Pair, place: Place, sentence: Sentence, gazetteer: Gazetteer) -> Pair:
    """ "Modi will meet Putin when he visits Russia": a pronoun read as a leader who would go to his own
    country stands for the leader named before it who would not (a trip home is no trip); ``pair`` as it is
    when there is none such."""
    traveller = pair.traveller
    if traveller.how != "pronoun" or _home(traveller.leader, gazetteer) != place.country:
        return pair
    for ref in reversed(sentence.refs):
        if (
            ref.end <= traveller.start
            and ref.how in ("name", "title")
            and ref.leader != traveller.leader
            and _home(ref.leader, gazetteer) not in (None, place.country)
        ):
            return replace(pair, traveller=replace(traveller, leader=ref.leader), how=pair.how + "/away_from_home")
    return pair


def _home(leader_id: str, gazetteer: Gazetteer) -> str | None:
    leader = gazetteer.leaders.get(leader_id)
    return leader.country if leader is not None else None


def _without_apposed_countries(places: tuple[Place, ...], text: str) -> tuple[Place, ...]:
    """``places`` but a country right after a city of its own ("Riyadh, Saudi Arabia"): one destination, whose
    time is the city's."""
    return tuple(
        place
        for index, place in enumerate(places)
        if not (
            index
            and place.kind == "country"
            and places[index - 1].kind == "city"
            and places[index - 1].country == place.country
            and text[places[index - 1].end : place.start] == ", "
        )
    )


def _found(
    pair: Pair,
    place: Place,
    status: TripStatus,
    rule: str,
    sentence: Sentence,
    language: Language,
    gazetteer: Gazetteer,
    dating: Dating,
) -> list[Found]:
    """The time pass: a finding per time of the trip (a past trip in 2017 and 2019 is two)."""
    text, times = sentence.low, _times_of(place, sentence, pair.trigger)
    day, seen_from = dating.day, dating.seen_from
    chosen = language.trip_times(times, text, place.end, pair.trigger.start, False)[:1]
    if not chosen and place.start < 0 and sentence.context_time is not None:
        chosen = [sentence.context_time]  # "the summit will be held in Delhi on September 9 and 10. ... will attend"
    if status in ("planned", "confirmed") and chosen and language.explicitly_past(chosen[0], day):
        if "," in text[place.end : chosen[0].start]:
            chosen = []  # "will visit Vietnam, his first visit since the one to China last year": another trip's time
        else:
            status, rule = "past", rule + "/time_gone"  # "was due to visit Moscow last week": its time has gone
    if status == "past" and chosen:
        chosen = language.trip_times(times, text, place.end, pair.trigger.start, True)
    tense: Tense = "past" if status in ("past", "ongoing") else "future"
    whens = [dating.resolve(time, tense, pair.traveller.leader) for time in chosen] or [When()]
    results = []
    for when in whens:
        where = place
        if place.kind == "event":
            event = gazetteer.events[place.event or ""]
            year = when.start.year if when.start else (seen_from.year if seen_from else None)
            if when.start is None and status in ("past", "ongoing") and event.country is None:
                continue  # "attended the Olympics": which ones, without a year, is anyone's guess
            edition = None
            if year is not None:
                edition = event.edition(year) or (None if when.start else event.edition(year + 1))
            if edition is None and event.country is None:
                continue
            if edition is not None:
                where = Place(place.start, place.end, edition.country, edition.city, place.event, place.kind)
            else:
                where = Place(place.start, place.end, event.country or "", None, place.event, place.kind)
        results.append(
            Found(
                pair.traveller.leader,
                where,
                status,
                when,
                _confidence(pair, where, status, when, sentence.attribution),
                sentence.text,
                sentence.attribution,
                sentence.index,
                rule,
                pair.describe(sentence.text),
                sentence.part == "title",
                recap=language.recap is not None and language.recap.match(sentence.text) is not None,
            )
        )
    return results


def _times_of(place: Place, sentence: Sentence, trigger: Trigger) -> list[TimeExpression]:
    """The times that can be a trip's to ``place``: not one told right after another country's place before it
    ("During his visit to India on April 1-3, Deuba invited Modi to visit Nepal": India's time, not Nepal's), unless
    that place is inside the travel words, the place left ("will leave Abuja on Monday for Washington")."""
    times = sentence.times
    if place.start < 0 or not times:
        return times
    return [
        time
        for time in times
        if time.end > place.start
        or not any(
            other.country != place.country
            and other.end <= time.start
            and not trigger.start <= other.start < trigger.end
            and _OWN_TIME_GAP.fullmatch(sentence.text, other.end, time.start) is not None
            for other in sentence.places
        )
    ]


def _confidence(pair: Pair, place: Place, status: TripStatus, when: When, attribution: str | None) -> float:
    score = _HOW_CONFIDENCE[pair.traveller.how]
    if pair.trigger.kind == FALLBACK_TRIGGER:
        score -= _FALLBACK_DOUBT
    score += _STATUS_CONFIDENCE.get(status, 0.0)
    if place.kind in ("event", "institution"):
        score -= 0.05
    if when.start is not None:
        score += 0.05
    if attribution:
        score += 0.03
    return round(max(0.05, min(0.99, score)), 2)


def _update_of_earlier(sentence: Sentence, language: Language, found: list[Found]) -> list[Found]:
    """ "Update: the visit has been postponed.": the plans of the sentences just before change status;
    "The invitation was accepted.": the invitations just before become plans."""
    recent = [item for item in found if sentence.index - item.unit <= 3 and item.status in _UPDATABLE]
    if not recent:
        return []  # nothing an update could change: its words are not read
    status = language.anaphoric_update(sentence)
    if status is None:
        return []
    countries = {m.country for m in sentence.mentions if m.kind in PLACE_KINDS and m.country}
    updated = ("invited",) if status == "planned" else ("planned", "confirmed")
    recent = [item for item in recent if item.status in updated]
    if countries:
        recent = [item for item in recent if item.place.country in countries]
    return [
        Found(
            item.leader,
            item.place,
            status,
            item.when,
            item.confidence,
            sentence.text,
            item.attribution,
            sentence.index,
            "update_of_earlier_trip",
            item.pairing,
            sentence.part == "title",
        )
        for item in recent
    ]


_DATE_EARLIER_REACH = 3  # sentences back: the plan, who said it, its purpose, then its date


def _date_earlier(sentence: Sentence, language: Language, found: list[Found], dating: Dating) -> None:
    """ "Визит состоится 4 ноября.": the undated plans of the sentences just before take that date."""
    if language.anaphoric_time is None:
        return
    undated = [
        item
        for item in found
        if sentence.index - item.unit <= _DATE_EARLIER_REACH
        and item.status in ("planned", "confirmed")
        and item.when.start is None
    ]
    if not undated:
        return  # no plan a date could be given to: its words are not read
    time = language.anaphoric_time(sentence)
    when = time.resolve(dating.seen_from, "future") if time is not None else None
    if when is None or when.start is None:
        return
    for item in undated:
        item.when = when


def domestic(trip: Trip, gazetteer: Gazetteer) -> bool:
    """A trip to the leader's own country, or to a region of it ("Hu Jintao ... in Hong Kong")."""
    home = _home(trip.leader.id, gazetteer)
    country = gazetteer.countries.get(trip.destination.country)
    return trip.destination.country == home or (country is not None and country.part_of == home)
