"""The references pass: every way a sentence points at a watched leader.

Names and office titles come from the tagger ("Putin", "the Russian president"). Pronouns ("he",
"his") stand for the nearest leader named before them in the sentence, else, when a fronted phrase
opens the sentence ("During his visit, Putin ..."), the leader after it, else the previous sentence's
subject. A bare "the president" is the nearest earlier leader in the sentence who holds such an office
on the article's date, then the previous sentence's subject, then whoever was named most recently.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from pipeline.tagging.fold import fold
from pipeline.tagging.gazetteer import Gazetteer, office_noun
from pipeline.travel.sentences import GATHERING_OF_ARTICLE, Place, Ref, Sentence
from pipeline.travel.timing import TimeExpression


@dataclass(slots=True)
class Context:
    """What earlier sentences said, for pronouns and "the president"."""

    last_subject: str | None = None
    recent: list[str] = field(default_factory=list)  # leader ids, most recent last
    # (sentence index, event, its time in that sentence), most recent last
    events: list[tuple[int, Place, TimeExpression | None]] = field(default_factory=list)
    # the noun each gathering was named with, by its place in ``events`` ("funeral", "summit")
    gathering_nouns: dict[int, str] = field(default_factory=dict)
    # the last NAMESAKE_REACH sentences, most recent last, each with its namesakes once asked for
    earlier: list[tuple[Sentence, dict[str, tuple[str, ...]] | None]] = field(default_factory=list)

    def given_names(self, surname: str, index: int) -> tuple[str, ...] | None:
        """The folded words written before ``surname`` ("obama" -> ("michelle",)) the last time one of the
        NAMESAKE_REACH sentences before sentence ``index`` wrote it, if one did. Read only when a sentence
        says a namesake may be meant (few do), so most sentences' namesakes are never looked for."""
        for number in range(len(self.earlier) - 1, -1, -1):
            sentence, namesakes = self.earlier[number]
            if index - sentence.index > NAMESAKE_REACH:
                break
            if namesakes is None:
                namesakes = _namesakes(sentence, len(sentence.text))
                self.earlier[number] = (sentence, namesakes)
            if surname in namesakes:
                return namesakes[surname]
        return None

    def update(self, sentence: Sentence) -> None:
        self.earlier.append((sentence, None))
        if len(self.earlier) > NAMESAKE_REACH:
            del self.earlier[0]
        if not sentence.named and self.last_subject is None:
            return  # nothing to remember, nobody to forget
        others = _other_people(sentence, 0, 60)
        if others and others[0] < _first_leader(sentence) and not _speaker(sentence, others[0]):
            self.last_subject = (
                None  # "Vice President Mike Pence will ... He will also ...": he is not the leader before
            )
        elif sentence.refs and sentence.refs[0].how in ("pronoun", "generic", "title"):
            # "He will meet Xi in Beijing", "the crown prince will meet Khan": the subject is still the one
            # "he" or "the crown prince" stands for, not the leader met (nor the one the tagger gave a bare
            # "глава государства")
            self.last_subject = sentence.refs[0].leader
        elif sentence.refs and _pronoun_before(sentence):
            # "While there, he will meet Lee": "he" stood for no leader, so neither does the next "he"
            self.last_subject = None
        elif not sentence.refs and _unnamed_subject(sentence):
            # "The president's day begins with breakfast with Prime Minister Putin." (not read for trips): the
            # subject is still the one "the president" stands for, not the leader named after it
            pass
        elif sentence.named and _owner_of_subject(sentence):
            # "Ruto's communications secretary explained that ... President Uhuru Kenyatta's ...": the subject is
            # no leader; "the President" after it is whoever was named last
            self.last_subject = None
        elif sentence.refs and _named_as_an_object_only(sentence):
            # "Argentina's leader will travel to the US to attend Trump's inauguration. He will then ...": the
            # subject is no leader named, and the one named owns the object; "he" is still the one before
            pass
        elif sentence.named:
            self.last_subject = _subject_named(sentence)
        self.recent.extend(sentence.named)

    def remember_events(self, sentence: Sentence, gathering_venue: Callable[[Sentence], Place | None] | None) -> None:
        """The events ``sentence`` names whose host is known, for "the summit" in the sentences after it; with
        none, the venue of a gathering the language reads in it ("встреча глав государств состоится в Ташкенте")."""
        for place in sentence.places:
            if place.event is not None and place.country:
                time = next((t for t in sentence.times if not t.reporting and t.start >= place.end), None)
                named = Place(-1, -1, place.country, place.city, place.event, "event_named_before")
                noun = gathering_noun(sentence, place.start, place.end + 25)  # "the BRICS summit"
                if noun is not None:
                    self.gathering_nouns[len(self.events)] = noun
                self.events.append((sentence.index, named, time or self._time_of(named)))
        if gathering_venue is None or any(place.event is not None and place.country for place in sentence.places):
            return
        venue = gathering_venue(sentence)
        if venue is not None:
            time = next((t for t in sentence.times if not t.reporting), None)
            named = Place(-1, -1, venue.country, venue.city, None, "event_named_before")
            noun = gathering_noun(sentence)
            if noun is not None:
                self.gathering_nouns[len(self.events)] = noun
            self.events.append((sentence.index, named, time))

    def held_as_named(self, places: list[Place]) -> list[Place]:
        """``places`` with each named event that has no host of its own held where the article last said it is,
        however far back: "Саммит ШОС в Самарканде ..." in the title, "В саммите ШОС ... будут участвовать" seven
        sentences on, in a page without a date (whose year gives no host)."""
        hosts = {place.event: place for _, place, _ in self.events if place.event is not None and place.country}
        if not hosts:
            return places
        return [
            Place(place.start, place.end, hosts[place.event].country, hosts[place.event].city, place.event, "event_in")
            if place.kind == "event" and not place.country and place.event in hosts
            else place
            for place in places
        ]

    def _time_of(self, event: Place) -> TimeExpression | None:
        """The time told when ``event`` was last named with one ("the COP27 summit later this month. ... the end of
        the COP27 summit": named again, it is still then)."""
        return next((time for _, place, time in reversed(self.events) if place == event and time is not None), None)

    def event_before(
        self, index: int, reach: int = 3, of_article: bool = False, noun: str | None = None
    ) -> tuple[Place, TimeExpression | None] | None:
        """The event named last in the ``reach`` sentences before sentence ``index``, with its time there; further
        back, if ``of_article``, the one gathering the article is about (kind ``GATHERING_OF_ARTICLE``): every
        event it named before is held in one country (a page listing who comes to a funeral names it once, then
        tells of each guest). A sentence that names a gathering by its noun (``noun``: "the funeral") means the
        last one named so, if any."""
        earlier = [(named, place, time) for named, place, time in self.events if named < index]
        if not earlier:
            return None
        if noun is not None:
            # "his attendance at the funeral", after "the summit in New York": the gathering of that noun, however
            # far back
            for position in range(len(earlier) - 1, -1, -1):
                if self.gathering_nouns.get(position) == noun:
                    return earlier[position][1], earlier[position][2]
        named, place, time = earlier[-1]
        if index - named <= reach:
            return place, time
        if of_article and len({other.country for _, other, _ in earlier}) == 1:
            return replace(place, kind=GATHERING_OF_ARTICLE), time
        return None


def _speaker(sentence: Sentence, start: int) -> bool:
    """Whether the person named at ``start`` is the one the sentence quotes ("Spokesman Sean Spicer said Trump will
    first visit Saudi Arabia. He will then ...": "he" is still Trump, the subject of what was said)."""
    source = sentence.attribution
    if source is None:
        return False
    at = sentence.text.find(source)
    return at <= start < at + len(source)


def _name_at(position: int, refs: list[Ref]) -> bool:
    """Whether a leader's name begins right after ``position`` (a space between)."""
    return any(ref.how == "name" and 0 < ref.start - position <= 1 for ref in refs)


def _first_leader(sentence: Sentence) -> float:
    """Where the first leader named or titled in ``sentence`` begins (infinity if none is)."""
    return min(
        (m.start - sentence.offset for m in sentence.mentions if m.kind in ("leader", "title")), default=float("inf")
    )


def resolve(sentence: Sentence, context: Context, gazetteer: Gazetteer, day: date | None) -> list[Ref]:
    """The leader references of ``sentence``, in order (offsets in the sentence)."""
    language, text, base = sentence.language, sentence.low, sentence.offset
    refs: list[Ref] = []
    for m in sentence.mentions:
        start, end = m.start - base, m.end - base
        if m.kind == "title":
            refs.append(
                Ref(start, end, _bare_title(start, end, m.entity, refs, sentence, context, gazetteer, day), "title")
            )
        elif m.kind == "leader" and not _namesake(start, end, m.entity, sentence, context, gazetteer):
            refs.append(Ref(start, end, m.entity, "name"))
    taken = [(ref.start, ref.end) for ref in refs]
    for match in language.pronoun.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        leader = _antecedent(match.start(), refs, sentence, context)
        if leader is not None:
            refs.append(Ref(match.start(), match.end(), leader, "pronoun"))
    if language.plural_subject is not None:
        previous = context.earlier[-1][0] if context.earlier else None
        refs.extend(language.plural_subject(sentence, [ref for ref in refs if ref.how in ("name", "title")], previous))
    if language.plural_title is not None:
        refs.extend(_plural_title(sentence, refs, context, gazetteer, day))
    # an office and its country before a name ("the President of Tajikistan Emomali Rahmon")
    described = [(m.start - base, m.end - base) for m in sentence.mentions if m.kind == "adjective"]
    for match in language.generic_title.finditer(text):
        if any(s <= match.start() < e or s < match.end() <= e for s, e in taken):
            continue
        if _name_at(match.end(), refs):
            continue  # "Pakistani PM Shehbaz Sharif": the office of the name right after it
        if any(match.start() < end and start < match.end() and _name_at(end, refs) for start, end in described):
            continue  # "the President of Tajikistan Emomali Rahmon", "президента Таджикистана Эмомали Рахмона"
        word = language.office_noun(fold(match.group("title")))
        leader = _title_antecedent(word, refs, match.start(), context, gazetteer, day)
        if leader is not None:
            refs.append(Ref(match.start(), match.end(), leader, "generic"))
    anaphor = language.trip_anaphor.match(text) if language.trip_anaphor is not None else None
    if anaphor is not None and context.last_subject is not None and not refs:
        refs.append(Ref(anaphor.start("trip"), anaphor.end("trip"), context.last_subject, "generic"))
    refs.sort(key=lambda ref: ref.start)
    return refs


def _plural_title(
    sentence: Sentence, refs: list[Ref], context: Context, gazetteer: Gazetteer, day: date | None
) -> list[Ref]:
    """A reference per country an office word in the plural lists ("встреча президентов России и США"): each
    country stands for its leader named in the sentence or before it (on the article's date, when known),
    unless that leader is named in the sentence anyway ("президентов России и США Владимира Путина и ...")."""
    pattern, joiner = sentence.language.plural_title, sentence.language.list_joiner
    assert pattern is not None
    assert joiner is not None
    base, text = sentence.offset, sentence.low
    countries = [
        (m.start - base, m.end - base, m.country) for m in sentence.mentions if m.kind == "country" and m.country
    ]
    named = {ref.leader for ref in refs}
    candidates = list(dict.fromkeys([*named, *context.recent[::-1]]))
    found: list[Ref] = []
    listed_end: int | None = None  # where the next country of a list starts
    for start, end, country in countries:
        if start != listed_end and not any(
            not text[title.end() : start].strip() for title in pattern.finditer(text, max(0, start - 40), start)
        ):
            listed_end = None
            continue
        for leader_id in candidates:
            leader = gazetteer.leaders.get(leader_id)
            if leader is None or leader.country != country:
                continue
            if day is not None and not any(office.leads for office in leader.offices_on(day)):
                continue
            if leader_id not in named:
                found.append(Ref(start, end, leader_id, "title"))
            break
        following = joiner.match(text, end)
        listed_end = following.end() if following is not None else None
    return found


def _bare_title(
    start: int,
    end: int,
    tagged: str,
    refs: list[Ref],
    sentence: Sentence,
    context: Context,
    gazetteer: Gazetteer,
    day: date | None,
) -> str:
    """The leader a title the tagger found stands for. The tagger gives a bare title ("глава государства") the
    leader named last; here, as for an untagged one, the nearest in the sentence comes first, then the previous
    sentence's subject ("Путин посетит КНДР по приглашению Ким Чен Ына. Затем глава государства посетит
    Вьетнам." is Putin's trip)."""
    match = sentence.language.generic_title.fullmatch(sentence.low, start, end)
    if match is None:
        return tagged
    word = sentence.language.office_noun(fold(match.group("title")))
    return _title_antecedent(word, refs, start, context, gazetteer, day) or tagged


def _antecedent(position: int, refs: list[Ref], sentence: Sentence, context: Context) -> str | None:
    before = [ref for ref in refs if ref.end <= position and ref.how in ("name", "title")]
    other = _other_people(sentence, 0, position)
    if other and (not before or other[-1] > before[-1].end):
        return None  # "Secretary Kerry announced that he will attend": someone not on the watchlist
    if before:
        reported = sentence.language.reported_subject
        speaker = reported(sentence, position, before) if reported is not None else None
        return speaker or before[-1].leader
    if sentence.language.fronted_possessive.match(sentence.low):
        after = [ref for ref in refs if ref.start > position and ref.how in ("name", "title")]
        if after:
            return after[0].leader
    return context.last_subject


NAMESAKE_REACH = 4  # sentences a full name tells whose a bare surname is


def _namesakes(sentence: Sentence, end: int) -> dict[str, tuple[str, ...]]:
    """Surname -> the capitalised words written just before it ("Mia Amor"), up to ``end``; words that say
    nothing of whose it is ("Ms.", "When") are passed over. A line in Title Case ("Biden Hosts Kishida At
    Camp David") says nothing of given names."""
    language = sentence.language
    if language.namesake is None:
        return {}
    words = sentence.text.split()
    if sum(word[:1].isupper() for word in words) * 10 > 7 * len(words):
        return {}
    longest: dict[int, re.Match[str]] = {}  # the surname's end -> the longest run of words before it
    for match in language.namesake.finditer(sentence.text, 0, end):
        if match.end("surname") <= end:
            longest.setdefault(match.end("surname"), match)
    named = [(m.start - sentence.offset, m.end - sentence.offset) for m in sentence.mentions if m.kind == "leader"]
    found: dict[str, tuple[str, ...]] = {}
    for _, match in sorted(longest.items()):
        if any(start <= match.start("given") < end for start, end in named):
            found[fold(match.group("surname"))] = ()  # the tagger's full name of the leader ("Mahmud Abbas")
            continue
        given = tuple(fold(word.rstrip(".")) for word in match.group("given").split())
        if not all(word in language.not_a_given_name for word in given):
            found[fold(match.group("surname"))] = given
    return found


def _namesake(start: int, end: int, leader_id: str, sentence: Sentence, context: Context, gazetteer: Gazetteer) -> bool:
    """ "Michelle Obama arrived in Haiti ... Obama is making a stop, where she ...": a bare surname whose last
    full name was someone else's (given names that are not the leader's, and no title), in a sentence that
    says so ("she", "Mrs"), is not the leader."""
    word = sentence.text[start:end]
    leader = gazetteer.leaders.get(leader_id)
    language = sentence.language
    if language.namesake is None or leader is None or not word.isalpha():
        return False
    if language.namesake_cue is not None and language.namesake_cue.search(sentence.text) is None:
        return False
    surname = fold(word)
    given = _namesakes(sentence, end).get(surname)
    if given is None:
        given = context.given_names(surname, sentence.index)
        if given is None:
            return False
    own = {fold(part) for name in (leader.name, *leader.aliases) for part in re.split(r"[\s-]+", name)}
    words = [part for word in given for part in word.split("-")]
    return bool(words) and not any(word in own or word in language.title_before_name for word in words)


def _unnamed_subject(sentence: Sentence) -> bool:
    """Whether a pronoun or a bare title ("he", "the president") comes before the first leader named; a title
    the tagger read as part of a name ("Президент Белоруссии Александр Лукашенко") is no bare title."""
    language, first = sentence.language, _first_leader(sentence)
    end = len(sentence.low) if first == float("inf") else int(first)
    tagged = [(m.start - sentence.offset, m.end - sentence.offset) for m in sentence.mentions]
    return any(
        not any(s <= match.start() < e for s, e in tagged)
        for pattern in (language.pronoun, language.generic_title)
        for match in pattern.finditer(sentence.low, 0, end)
    )


def _subject_named(sentence: Sentence) -> str:
    """The sentence's subject among the leaders it names: the first, or the first after a fronted phrase that
    names another ("At the invitation of President Xi Jinping, Lula will ...": Lula; languages that say so)."""
    fronted = sentence.language.fronted_phrase
    end = fronted(sentence) if fronted is not None else None
    if end is not None:
        after = next((ref.leader for ref in sentence.refs if ref.start >= end and ref.how in ("name", "title")), None)
        if after is not None:
            return after
    return sentence.named[0]


def _named_as_an_object_only(sentence: Sentence) -> bool:
    """Whether the only leader the sentence names is in its predicate, not its subject (languages that say so)."""
    test = sentence.language.object_only
    return test is not None and len(set(sentence.named)) == 1 and test(sentence, sentence.refs[0])


def _owner_of_subject(sentence: Sentence) -> bool:
    """Whether the sentence's first leader only owns its subject (languages that say so); read in sentences not
    analysed for trips too, whose references were not resolved (their first name then)."""
    test = sentence.language.owner_of_subject
    if test is None:
        return False
    if sentence.refs:
        return test(sentence, sentence.refs[0])
    first = min((m for m in sentence.mentions if m.kind == "leader"), key=lambda m: m.start, default=None)
    if first is None:
        return False
    base = sentence.offset
    return test(sentence, Ref(first.start - base, first.end - base, first.entity, "name"))


def _pronoun_before(sentence: Sentence) -> bool:
    """Whether a pronoun that stands for no leader comes before the sentence's first leader reference."""
    return sentence.language.pronoun.search(sentence.low, 0, sentence.refs[0].start) is not None


def _other_people(sentence: Sentence, start: int, end: int) -> list[int]:
    """Where people not on the watchlist are named between ``start`` and ``end`` ("Secretary Kerry")."""
    found = [match.span() for match in sentence.language.other_person.finditer(sentence.text, start, end)]
    if not found:
        return []
    base = sentence.offset
    leaders = [(m.start - base, m.end - base) for m in sentence.mentions if m.kind in ("leader", "title")]
    return [s for s, e in found if not any(ls < e and s < le for ls, le in leaders)]


def _title_antecedent(
    word: str, refs: list[Ref], position: int, context: Context, gazetteer: Gazetteer, day: date | None
) -> str | None:
    # Nearest in the sentence, then the previous sentence's subject ("Biden spoke to Xi. The president
    # will ..." is Biden), then whoever was named most recently.
    subject = [context.last_subject] if context.last_subject else []
    candidates = [ref.leader for ref in refs if ref.end <= position][::-1] + subject + context.recent[::-1]
    # each leader once, where first found: ``recent`` names a leader every time an article does, and a leader
    # whose offices do not fit the word fails again
    for leader_id in dict.fromkeys(candidates):
        leader = gazetteer.leaders.get(leader_id)
        if leader is None:
            continue
        offices = leader.offices_on(day) if day is not None else leader.offices
        nouns = [office_noun(office.title) for office in offices]
        if any(noun in _MONARCHS for noun in nouns):
            # a king who also heads the government is "the king", not "the prime minister" (Saudi Arabia)
            nouns = [noun for noun in nouns if noun in _MONARCHS]
        for noun in nouns:
            if word in noun or word == "leader" or noun in _OFFICE_SYNONYMS.get(word, ()):
                return leader_id
    return None


_MONARCHS = frozenset({"king", "queen", "emir", "sultan", "crown prince", "grand duke", "prince"})


# An office word and the watchlist's other words for the same office, beyond those that hold it ("president" of
# "federal president"): the Holy See's office is "Pope of the Holy See", or in older lists "Sovereign of ...".
# (A language's own spellings of an office word are its ``office_noun``'s: English "amir", "pontiff".)
_OFFICE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "premier": ("prime minister",),
    "pope": ("sovereign",),
}


def gathering_noun(sentence: Sentence, start: int = 0, end: int | None = None) -> str | None:
    """The first gathering noun of ``sentence`` (its language's lexicon list "gathering_noun": "funeral"), in
    ``sentence.low[start:end]``."""
    lexicon = sentence.language.lexicon
    if "gathering_noun" not in lexicon.lists:
        return None
    found = lexicon.search("gathering_noun", sentence.low, start, end)
    return None if found is None else found.group(0)
