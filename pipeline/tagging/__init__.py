"""Tag stage: the actors (watched leaders) and topics (countries, events, themes) of a clean article.

Usage: ``tagged = tag_article(article, gazetteer)`` with ``gazetteer = Gazetteer(load_watchlist())``.

Names are found in one pass (:class:`~pipeline.tagging.gazetteer.Gazetteer`), then resolved with the
rest of the article: a surname shared by several leaders, or one that is also a common word ("May",
"Lee"), counts only when the article names one of them in full, says which country or office it
means ("President Lee", "King Abdullah of Jordan"), or, for family names, when only one of them held
office on the article's date. Office titles ("the Russian president") resolve to whoever held the
office on the article's date. Country names that are also other things ("Jordan", "Georgia") count
only when the article supports them. In English, a leader's bare surname after a namesake named in full
("Jill Biden", "Ivanka Trump") is the namesake's until the leader himself is named in full or by a title.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Any, Final, NamedTuple

from pipeline.records import ActorTag, Article, EntityKind, Field, Mention, TaggedArticle, TopicTag
from pipeline.tagging.fold import fold
from pipeline.tagging.gazetteer import (
    HEAD_OF_GOVERNMENT_WORDS,
    HEAD_OF_STATE_WORDS,
    NAME_START,
    Gazetteer,
    Match,
    Pattern,
    office_noun,
)
from pipeline.tagging.watchlist import Watchlist, WatchlistError, load_watchlist

__all__ = ["Gazetteer", "Watchlist", "WatchlistError", "load_watchlist", "tag_article"]

THEME_MIN_MENTIONS: Final = 2
_ABOUT_TO_TAKE_OFFICE: Final = timedelta(days=90)
# A leader called "president-elect" in the text: elections come up to a year before taking office.
_ELECT_TAKES_OFFICE: Final = timedelta(days=366)
_ELECT_WINDOW: Final = 30
_ELECT = re.compile(r"\b(?:elect|designate|incoming)\b", re.IGNORECASE)
# Capitalised words that may stand before a leader's surname without being a given name.
_NAME_OPENERS: Final = frozenset(
    fold(word)
    for phrase in (
        *HEAD_OF_STATE_WORDS,
        *HEAD_OF_GOVERNMENT_WORDS,
        "mr",
        "mrs",
        "ms",
        "dr",
        "madam",
        "madame",
        "sir",
        "sheikh",
        "prince",
        "crown",
        "general",
        "marshal",
        "chairman",
        "leader",
        "comrade",
        "tsar",
        "the",
        "when",
        "while",
        "but",
        "and",
        "after",
        "before",
        "as",
        "if",
        "why",
        "how",
        "what",
        "that",
        "this",
        "said",
        "says",
        "with",
        "for",
        "by",
        "in",
        "on",
        "at",
        "to",
        "from",
        "of",
        "said",
        "told",
        "met",
        "meets",
        "hosts",
        "premier",
        "president",
    )
    for word in phrase.split()
)


class _Caseless:
    """A case-insensitive pattern written in lower-case ASCII (escapes such as ``\\W`` aside). ASCII text is searched
    lowered, with the pattern compiled case-sensitive: the same answer, as an ASCII letter matches only itself and its
    capital, and some 2.5x faster on a long list of words, whose alternatives the engine then rules out by their
    first letter (it cannot so when it ignores case). Other text is searched with the case-insensitive pattern. A
    match is the lowered text's."""

    __slots__ = ("_caseless", "_lowered", "pattern")

    def __init__(self, pattern: str) -> None:
        if not pattern.isascii() or re.search("[A-Z]", re.sub(r"\\.", "", pattern)):
            raise ValueError(f"not a lower-case ASCII pattern: {pattern!r}")
        self.pattern = pattern
        self._caseless = re.compile(pattern, re.IGNORECASE)
        self._lowered = re.compile(pattern)

    def search(self, text: str) -> re.Match[str] | None:
        return self._lowered.search(text.lower()) if text.isascii() else self._caseless.search(text)


_NOT_CURRENT = _Caseless(
    r"\b(former|ex|late|then|outgoing|incoming|future|next|previous|would-be|prospective|one-time|onetime|vice|deputy|"
    r"past|deposed|ousted|exiled|a|an|any|every|no|each|another)\W*$",
)
_STATE_CUE_BEFORE = re.compile(
    r"\b(king|queen|emir|president|prime minister|premier|government|leader|people|capital|embassy|"
    r"republic|kingdom|state|foreign minister|ambassador) of (the )?$",
    re.IGNORECASE,
)
_STATE_CUE_AFTER = re.compile(
    r"^'s? (government|president|prime minister|premier|king|queen|emir|army|military|armed forces|"
    r"foreign|capital|parliament|economy|central bank|officials|leader|leadership|embassy|border|ministry|"
    r"cabinet|defence|defense|security|opposition|ruling)",
    re.IGNORECASE,
)
_TRAVEL_TO = re.compile(
    r"\b((visit|visits|visited|visiting|trip|travel|travels|traveled|travelled|fly|flies|flew|arrive|arrives|"
    r"arrived|head|heads|headed|go|goes|went|come|comes|came|coming) to|visit|visits|visited|visiting|tour|tours|toured"
    # "the visit of Putin to Turkey", "a trip by the president to Jordan"
    r"|(visit|visits|trip|trips|tour|journey) (of|by) (\S+ ){1,4}to) $",
    re.IGNORECASE,
)
# "Chad closed its border": a state speaks of "its" things; a person named Chad has his or hers.
_ITS_AFTER = re.compile(r"^[^.;!?]{0,60}?\bits\b", re.IGNORECASE)
# "Athens, Ga.", "Paris, Texas", "Holland, Mich.": a town of that name in a US state (AP's abbreviations, or the
# state's name where no list of places reads alike: not "Georgia", "Washington", "New York").
_US_STATE_AFTER = re.compile(
    r", (?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|"
    r"N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\.|"
    r"(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|"
    r"Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|"
    r"Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|"
    r"Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|"
    r"Virginia|West Virginia|Wisconsin|Wyoming)\b(?! and\b| or\b))"
)
# "Jordan Peterson", "Chad Smith": a capitalised word right after the name makes it a first name; not a day or month
# ("will visit Turkey Wednesday", "arrives in Jordan Monday")
_NAME_AFTER = re.compile(
    r"^ (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|"
    r"August|September|October|November|December)\b)[A-Z][a-z]"
)
_OFFICE_BEFORE = _Caseless(
    r"\b(president|prime minister|premier|chancellor|king|queen|emperor|emir|sultan|crown prince|"
    r"supreme leader|leader|taoiseach|pm|sheikh|grand duke)\W*$",
)


# "Vice President Joe Biden", "Foreign Secretary David Cameron", "First Lady Michelle Obama", "his wife
# Grace Mugabe", "UN Secretary-General António Guterres", "the UN secretary general, António Guterres": the
# name is someone's who does not lead a state, whatever else they were or will be ("General Secretary To Lam"
# and "First Secretary Díaz-Canel" lead a ruling party, and their state with it).
_OTHER_OFFICE_BEFORE = _Caseless(
    r"\b(?:first lady|first gentleman|vice[- ]president|deputy president|deputy prime minister|deputy premier|"
    r"vice premier|"
    r"(?:foreign|home|defen[cs]e|finance|interior|trade|economy) (?:secretary|minister)|secretary of state|"
    r"(?<!general )(?<!first )secretary|(?<!prime )(?<!first )minister|"
    r"senator|sen\.|congressman|congresswoman|governor|mayor|ambassador|"
    r"envoy|speaker|(?:secretary[- ]general|(?:un|u\.n\.) chief),?|"
    r"(?:his|her) (?:wife|husband|son|daughter|brother|sister|father|mother|widow))\s+$",
)
# "Saudi Crown Prince Mohammed bin Salman", "Mohammed bin Salman, the Crown Prince": an heir, who leads a
# state only while holding one of its offices.
_HEIR_BEFORE = re.compile(r"\bcrown prince\s+$", re.IGNORECASE)
# a name that is itself an heir's title: "Prince Charles", before he was king
_HEIR_NAME = re.compile(r"(?:crown\s+)?prince\b", re.IGNORECASE)
_HEIR_AFTER = re.compile(r"^[^,.;:\n]{0,30},\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+)?crown prince\b", re.IGNORECASE)
# "Sheikh Khaled bin Mohamed bin Zayed Al Nahyan": a leader's name after "bin" is the father's in a son's name.
_SON_OF_BEFORE = re.compile(r"\b(?:bin|ibn|bint)\s+$", re.IGNORECASE)
# "Foreign Minister Bilawal Bhutto-Zardari": a capitalised word and a hyphen before a surname make another
# family name (not a particle: "El-Sisi", "Al-Assad" are the leader's own)
_DOUBLE_BARREL_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]{2,})-$")
_NAME_PARTICLES = frozenset({"abu", "abd", "ben", "bin", "del", "des", "ibn", "van", "von"})
# "Republican nominee Donald Trump": a candidate, who is a leader only if he held office before.
_CANDIDATE_BEFORE = re.compile(r"\b(?:candidate|nominee)\s+$", re.IGNORECASE)
# A given name, then a middle initial or two, just before a surname ("Freundel J. Stuart", "Keith C. Mitchell")
_GIVEN_AND_INITIALS_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s*){1,2}$")
# A capitalised word just before a surname: a given name ("Michelle Obama", "Hunter Biden")
_GIVEN_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+$")
# "Мелания Трамп", "Джилл Байден": a capitalised Cyrillic word just before a surname (on the same line)
_RUSSIAN_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*)[ \t\u00a0]+$")
# and what must be near for it to be a given name, not a place or a source the gazetteer does not know ("в
# Африку Медведев", "По данным Зарубина Путин"): a woman or a relative ("она", "первая леди", "супруга", "сын")
_RUSSIAN_NAMESAKE_CUE = re.compile(
    r"(?i)(?<![\w-])(?:она|е[её]|ей|н[её]е|ней|ею|первая леди|первой леди|первую леди|госпож[аиеуо]й?|супруг\w*|"
    r"жен[аыеуо]й?|доч[ьк]\w*|дочер\w*|сын\w{0,3}|вдов[аыеуо]й?|внук\w*|внучк\w*)(?!\w)"
)
_NAMESAKE_CUE_REACH = (200, 150)  # characters before and after the name where the cue is looked for
# What ends the text before a sentence's first word: a capital there says nothing of a given name ("Ранее Путин")
_SENTENCE_BOUNDARY = tuple('.!?:…\n"«»„“”—–-(')
# "Mr. Biden", "President Biden": a bare surname that names the leader himself, not a namesake of his.
_HIMSELF_BEFORE = _Caseless(_OFFICE_BEFORE.pattern + r"|\bmr\.?\s*$")
# "Ivanka Trump, daughter of US President Donald Trump", "Melania Trump ... her husband, the President of the US,
# Donald Trump": the leader named as a namesake's kin, in the namesake's story
_KIN_BEFORE = re.compile(
    r"\b(?:wife|husband|spouse|widow|son|daughter|father|mother|brother|sister)(?:\s+of)?,?\s+"
    r"(?:(?:(?:[A-Z]\.){1,3}|[\w'’-]+),?\s+){0,5}$",
    re.IGNORECASE,
)
# "Mrs. Obama", "Ms. Mottley": a bare surname whose honorific leaves whose it is to its sentence (the travel
# stage's namesake cue), a woman leader's as well as a leader's wife's
_HONORIFIC_BEFORE = re.compile(r"\b(?:mrs|ms|miss|madame?|dr)\.?\s*$", re.IGNORECASE)
# "On Tuesday Biden said": a capitalised word before a surname that is a date's, not a given name
_DATE_WORDS: Final = frozenset(fold(word) for word in (*calendar.month_name[1:], *calendar.day_name))
# "Israel and Jordan", "Израиль и Иордания", "以色列、约旦和埃及".
_LIST_SEPARATOR = re.compile(r"\s*(?:,|and|or|,\s*and|и|или|、|，|和|与|及)\s*(?:the\s+)?")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# "президент России Владимир Путин": a capitalised word after a title in Russian is the holder's name.
_CAPITALISED_AFTER = re.compile(r"^\s+[А-ЯЁA-Z][\w'-]+")


def _capitalised_word_before(text: str, stop: int) -> str | None:
    """The word ``[A-Z][a-z]+`` that ``text[:stop]`` ends with, if it ends with one: read back from ``stop`` over
    the word's letters only, not a regular expression searched over the whole text before it."""
    start = stop
    while start > 0 and "a" <= text[start - 1] <= "z":
        start -= 1
    return text[start - 1 : stop] if 0 < start < stop and "A" <= text[start - 1] <= "Z" else None


class _Found(NamedTuple):
    field: Field
    match: Match


def tag_article(article: Article, gazetteer: Gazetteer, reference: date | None = None) -> TaggedArticle:
    """The article with its actors, topics and every mention the travel stage needs.

    The names matched are those of the article's language (English for a language without a names
    file); mentions carry the same ids in every language. Who holds an office ("the Russian president")
    is read on the article's publication date, or on ``reference`` when it has none (the day it arrived,
    say: the travel stage reads its relative dates against the same day), unless the month of publication
    its address gives is another (``Article.news_day``); with neither, a title names the one leader the
    article names who ever held that office, if there is one.
    """
    day = article.news_day(reference)
    language = gazetteer.index_language(article.language)
    found = [_Found("title", match) for match in gazetteer.find(article.title, language)]
    found += [_Found("body", match) for match in gazetteer.find(article.text, language)]
    resolver = _Resolver(gazetteer, article, day, found, language)
    mentions = resolver.resolve()
    actors, topics = _aggregate(mentions, article, gazetteer, resolver.called_elect(mentions))
    return TaggedArticle(article, actors, topics, tuple(mentions))


class _Resolver:
    def __init__(
        self, gazetteer: Gazetteer, article: Article, day: date | None, found: list[_Found], language: str = "en"
    ) -> None:
        self.gazetteer = gazetteer
        self.article = article
        self.day = day
        self.found = found
        self.language = language
        self._initials: dict[str, set[str]] | None = None  # leaders named, by their name's first character
        self._starts: dict[tuple[Field, int], int] | None = None  # (field, start) -> the first match there
        self._given_names: frozenset[tuple[str, str]] | None = None  # Russian: someone else's given names
        self._ends: set[tuple[Field, int]] | None = None  # (field, end) of every match

    def text(self, field: Field) -> str:
        return self.article.title if field == "title" else self.article.text

    def resolve(self) -> list[Mention]:
        """Mentions in text order (title first); one pass for the plain cases, then the ambiguous ones."""
        resolved: dict[int, Mention] = {}
        extra: dict[int, Mention] = {}
        titles: list[int] = []
        bare_titles: list[int] = []
        ambiguous_leaders: list[int] = []
        ambiguous_places: list[int] = []
        supported: set[str] = set()
        named: set[str] = set()
        other_role: set[str] = set()  # named once as someone else: "副总统赖清德 ... 赖清德表示"
        heirs: set[str] = set()  # named as an heir out of office: "Crown Prince Mohammed bin Salman ... bin Salman"
        namesakes: dict[int, str] = {}  # a namesake of a leader named in full: "Jill Biden", "First Lady Melania Trump"
        for index, (field, match) in enumerate(self.found):
            entry = match.entry
            if entry.title is not None and not entry.title.entity:
                bare_titles.append(index)
            elif entry.title is not None:
                # An office title names its country too ("the German chancellor" is about Germany).
                code = entry.title.entity
                extra[index] = Mention(field, match.start, match.end, match.text, "adjective", code, code)
                supported.add(code)
                titles.append(index)
            elif entry.leaders:
                if len(entry.leaders) == 1 and self._namesake_named(field, match, entry.leaders[0]):
                    namesakes[index] = entry.leaders[0]
                if self._other_office_before(field, match):
                    if len(entry.leaders) == 1:
                        other_role.add(entry.leaders[0])
                    continue
                if self._someone_else(field, match, entry.leaders):
                    continue
                if self._heir(field, match, entry.leaders):
                    if len(entry.leaders) == 1:
                        heirs.add(entry.leaders[0])
                    continue
                if self._not_yet_leader(field, match, entry.leaders):
                    continue
                if len(entry.leaders) == 1 and not entry.context_only:
                    leader = self.gazetteer.leaders[entry.leaders[0]]
                    resolved[index] = Mention(
                        field, match.start, match.end, match.text, "leader", leader.id, leader.country
                    )
                    named.add(leader.id)
                    supported.add(leader.country)
                else:
                    ambiguous_leaders.append(index)
            elif (entry.place is not None or entry.ambiguous) and self._us_town(field, match):
                continue
            elif entry.place is not None:
                place = entry.place
                resolved[index] = Mention(
                    field,
                    match.start,
                    match.end,
                    match.text,
                    place.kind,  # type: ignore[arg-type]
                    place.entity,
                    place.country,
                )
                if place.country and place.kind != "event":
                    supported.add(place.country)
            elif entry.ambiguous:
                ambiguous_places.append(index)
            elif entry.theme is not None:
                resolved[index] = Mention(field, match.start, match.end, match.text, "theme", entry.theme.entity)
        for index in titles:
            item = self.found[index]
            leader_id = self._resolve_title(item, item.match.entry.title, named)  # type: ignore[arg-type]
            if leader_id is not None:
                resolved[index] = self._leader_mention(item, leader_id, "title")
                named.add(leader_id)
        for index in ambiguous_leaders:
            item = self.found[index]
            leader_id = self._resolve_ambiguous_leader(index, item, named)
            if leader_id is not None:
                resolved[index] = self._leader_mention(item, leader_id, "leader")
                supported.add(self.gazetteer.leaders[leader_id].country)
            else:
                ambiguous_places.append(index)  # "Lagos" the city, when not Ricardo Lagos
        for index in ambiguous_places:
            mention = self._other_mention(self.found[index], supported, self._listed_with_a_country(index, resolved))
            if mention is not None:
                resolved[index] = mention
        for index in bare_titles:
            leader_id = self._resolve_bare_title(index, resolved)
            if leader_id is not None:
                resolved[index] = self._leader_mention(self.found[index], leader_id, "title")
        # A former leader the article names in another office ("Vice President X", "副总统赖清德") is that
        # office's holder in the rest of the article too ("X said"); a leader in office on its date is not.
        # An heir named as one out of a leader's office ("Crown Prince X") is no leader anywhere in it.
        for index, mention in list(resolved.items()):
            if mention.kind == "leader" and (
                mention.entity in heirs or (mention.entity in other_role and not self._in_office(mention.entity))
            ):
                del resolved[index]
        for index in self._namesakes_surnames(namesakes, resolved):
            del resolved[index]
        # self.found is in text order (title, then body), so this is too.
        mentions: list[Mention] = []
        for index in range(len(self.found)):
            mention = resolved.get(index)
            if mention is not None:
                mentions.append(mention)
            mention = extra.get(index)
            if mention is not None:
                mentions.append(mention)
        return mentions

    # -- leaders ----------------------------------------------------------------------------------

    def _other_office_before(self, field: Field, match: Match) -> bool:
        """ "副总统赖清德", "Speaker Tokayev": an office that is no leader's right before the name (the names
        file's ``someone_else``; English's list is ``_OTHER_OFFICE_BEFORE``)."""
        if self.language == "en":
            return bool(_OTHER_OFFICE_BEFORE.search(self.text(field)[max(0, match.start - 40) : match.start]))
        other = self.gazetteer.someone_else_before(self.language)
        if other is None:
            return False
        before = self.text(field)[max(0, match.start - 20) : match.start]
        return bool(other.search(self.gazetteer.fold(before, self.language)))

    def _heir(self, field: Field, match: Match, candidates: tuple[str, ...]) -> bool:
        """ "Saudi Crown Prince Mohammed bin Salman" in 2019, "Prince Charles" or either in an undated article: an
        heir, not a leader (LABELLING.md counts a crown prince only while he is prime minister)."""
        if self.language != "en":
            return False
        text = self.text(field)
        if not (
            _HEIR_NAME.match(match.text)
            or _HEIR_BEFORE.search(text[max(0, match.start - 20) : match.start])
            or _HEIR_AFTER.match(text[match.end : match.end + 60])
        ):
            return False
        day = self.day
        return day is None or not any(
            office.leads for leader_id in candidates for office in self.gazetteer.leaders[leader_id].offices_on(day)
        )

    def _in_office(self, leader_id: str) -> bool:
        return self.day is None or bool(self.gazetteer.leaders[leader_id].offices_on(self.day))

    def _not_yet_leader(self, field: Field, match: Match, candidates: tuple[str, ...]) -> bool:
        """A name read months or years before its bearer first took office names no leader yet; a
        president-elect about to take office still counts, and so does one called so ("president-elect
        Prabowo", "候任总统普拉博沃") up to a year before taking office (LABELLING.md counts presidents-elect)."""
        if self.day is None:
            return False
        took_office = self.gazetteer.took_office
        starts = [took_office.get(candidate, self.day) for candidate in candidates]
        if any(start <= self.day + _ABOUT_TO_TAKE_OFFICE for start in starts):
            return False
        elected = any(start <= self.day + _ELECT_TAKES_OFFICE for start in starts)
        return not (elected and self._called_elect(field, match.start, match.end))

    def called_elect(self, mentions: list[Mention]) -> frozenset[str]:
        """The leaders named as president-elect (designate, incoming) while yet to take office, up to a year
        before: their trips are a leader's already (the travel stage's ``in_office``)."""
        day = self.day
        if day is None:
            return frozenset()
        elect: set[str] = set()
        # Leaders in office that day, or with no office to take within the year: no mention of theirs is asked about.
        settled: set[str] = set()
        for mention in mentions:
            if mention.kind != "leader" or mention.entity in elect or mention.entity in settled:
                continue
            offices = [o for o in self.gazetteer.leaders[mention.entity].offices if o.leads and o.role != "other"]
            if any(office.held_on(day) for office in offices) or not any(
                day < o.start <= day + _ELECT_TAKES_OFFICE for o in offices
            ):
                settled.add(mention.entity)
            elif self._called_elect(mention.field, mention.start, mention.end):
                elect.add(mention.entity)
        return frozenset(elect)

    def _called_elect(self, field: Field, start: int, end: int) -> bool:
        text = self.text(field)
        around = text[max(0, start - _ELECT_WINDOW) : start] + " " + text[end : end + 20]
        if self.language == "en":
            return bool(_ELECT.search(around))
        elect = self.gazetteer.elect_before(self.language)
        return elect is not None and bool(elect.search(self.gazetteer.fold(around, self.language)))

    def _someone_else(self, field: Field, match: Match, candidates: tuple[str, ...]) -> bool:
        """ "Michelle Obama", "Prince Khalid bin Salman": a leader's name that names someone else here."""
        text = self.text(field)
        before = text[max(0, match.start - 40) : match.start]
        barrel = (
            _DOUBLE_BARREL_BEFORE.search(before) if before.endswith("-") and " " not in match.text.strip() else None
        )
        if barrel is not None:
            word = fold(barrel.group(1))
            return word not in _NAME_PARTICLES and all(word not in self._name_parts(leader) for leader in candidates)
        if not before[-1:].isspace():
            # Every test below needs whitespace right before the name (its pattern ends in \s+$): a name written
            # after none, as in Chinese or "(Obama", names no one else by them.
            return False
        if self.language == "ru":
            return self._russian_namesake(field, match, candidates)
        if _SON_OF_BEFORE.search(before):
            return True
        if _CANDIDATE_BEFORE.search(before):
            day = self.day
            return day is None or not any(
                office.start <= day for leader_id in candidates for office in self.gazetteer.leaders[leader_id].offices
            )
        given = _GIVEN_NAME_BEFORE.search(before)
        name = match.text.strip()
        if given is None or (" " in name and not name[0].islower()):
            # A full name as the watchlist spells it is the leader's; "bin Salman" is a family name
            # ("Prince Khalid bin Salman").
            return False
        word = fold(given.group(1))
        # Where the text before the given name ends, spaces left out (read in place: no copy of the text so far).
        stop = match.start - len(given.group(0))
        while stop > 0 and text[stop - 1].isspace():
            stop -= 1
        if word in _NAME_OPENERS or text.endswith((".", "!", "?", ":", '"'), 0, stop):
            return False  # a title ("President Obama") or the first word of a sentence ("When Obama ...")
        # The word before the given name too: a middle name between two of the leader's ("Mia Amor Mottley").
        words = {word}
        earlier = _capitalised_word_before(text, stop)
        if earlier:
            words.add(fold(earlier))
        # "Tayyip Erdogan", "Mia Amor Mottley": part of the leader's own name
        return all(not words & self._name_parts(leader_id) for leader_id in candidates)

    def _russian_namesake(self, field: Field, match: Match, candidates: tuple[str, ...]) -> bool:
        """ "Первая леди США Мелания Трамп", "Людмила Путина, бывшая супруга": a capitalised word before a bare
        surname that begins like none of the leader's given names, inside a sentence where a woman or a relative
        is spoken of, is someone else's given name; so is a sentence's first word that the article writes so
        elsewhere ("... супруга президента Джилл Байден. Джилл Байден посетила"). A place ("в Пекине Путин"), an
        office word or a sentence's first word on its own ("Ранее Путин") is none, and a leader the names file
        names by the surname only keeps it: which given names are the leader's is not known."""
        given = self._russian_given_name(field, match, candidates)
        if given is None:
            return False
        word, inside = given
        if inside and self._namesake_cue_near(field, match):
            return True
        return any((word, leader_id) in self._russian_given_names() for leader_id in candidates)

    def _russian_given_name(self, field: Field, match: Match, candidates: tuple[str, ...]) -> tuple[str, bool] | None:
        """The capitalised word right before a bare surname (folded) that may be someone else's given name, and
        whether it is inside a sentence rather than its first word."""
        if " " in match.text.strip():
            return None  # a full name
        text = self.text(field)
        given = _RUSSIAN_GIVEN_NAME_BEFORE.search(text[max(0, match.start - 40) : match.start])
        if given is None:
            return None
        start = match.start - len(given.group(0))
        word = self.gazetteer.fold(given.group(1), self.language)
        office = self.gazetteer.office_before(self.language)
        if office is not None and office.search(word + " "):
            return None  # "Председатель Си", "Премьер Ли"
        if self._ends is None:
            self._ends = {(f, m.end) for f, m in self.found}
        if (field, start + len(given.group(1))) in self._ends:
            return None  # a place or a name the gazetteer knows ("Казахстана Токаев", "Путиным Пезешкиан")
        starts = [self.gazetteer.own_name_starts(self.language, leader_id) for leader_id in candidates]
        if any(own is None for own in starts) or any(
            part[:NAME_START] in own for own in starts if own for part in word.split("-")
        ):
            return None
        opening = text[:start].rstrip(" \t\u00a0")
        return word, bool(opening) and not opening.endswith(_SENTENCE_BOUNDARY)

    def _namesake_cue_near(self, field: Field, match: Match) -> bool:
        reach_before, reach_after = _NAMESAKE_CUE_REACH
        window = (max(0, match.start - reach_before), match.end + reach_after)
        return _RUSSIAN_NAMESAKE_CUE.search(self.text(field), *window) is not None

    def _russian_given_names(self) -> frozenset[tuple[str, str]]:
        """(given name, leader id) for every given name the article writes inside a sentence, a woman or a
        relative spoken of near it, before a leader's bare surname: someone else's wherever it is written."""
        if self._given_names is None:
            pairs: set[tuple[str, str]] = set()
            for field, match in self.found:
                leaders = match.entry.leaders
                if not leaders or match.entry.title is not None:
                    continue
                given = self._russian_given_name(field, match, leaders)
                if given is not None and given[1] and self._namesake_cue_near(field, match):
                    pairs.update((given[0], leader_id) for leader_id in leaders)
            self._given_names = frozenset(pairs)
        return self._given_names

    def _namesake_named(self, field: Field, match: Match, leader_id: str) -> bool:
        """ "Jill Biden", "First Lady Melania Trump", "his son Hunter Biden": the leader's surname after a given name
        of the same line that is not his (English; ``_someone_else`` tells a given name from a title or a
        sentence's first word), unless the line is in Title Case or the leader's office comes before it."""
        if self.language != "en" or " " in match.text.strip():
            return False
        text = self.text(field)
        before = text[max(0, match.start - 40) : match.start]
        given = _GIVEN_NAME_BEFORE.search(before) if before[-1:].isspace() else None  # (as _someone_else needs)
        if given is None or "\n" in given.group(0) or fold(given.group(1)) in _DATE_WORDS:
            return False
        leader = self.gazetteer.leaders[leader_id]
        surnames = {fold(name.split()[-1]) for name in (leader.name, *leader.aliases) if " " in name.strip()}
        if fold(match.text.strip()) not in surnames or not self._someone_else(field, match, (leader_id,)):
            return False  # a one-word alias ("Jokowi"), a title or a sentence's first word before it
        # "Doubts Surface About Trump's Visit": a line in Title Case says nothing of given names
        end = text.find("\n", match.end)
        words = text[text.rfind("\n", 0, match.start) + 1 : len(text) if end < 0 else end].split()
        if sum(word[:1].isupper() for word in words) * 10 > 7 * len(words):
            return False
        # "President Adrzej Duda", "Prime Minister Binyamin Netanyahu": the leader's office before a given name
        # spelt another way is his
        before_given = text[max(0, match.start - len(given.group(0)) - 30) : match.start - len(given.group(0))]
        return not _OFFICE_BEFORE.search(before_given)

    def _namesakes_surnames(self, namesakes: dict[int, str], resolved: dict[int, Mention]) -> list[int]:
        """The bare surnames that name a namesake, not the leader: "Jill Biden ... It will be Biden's first visit
        as first lady" (LABELLING.md: a spouse is not the leader). After a namesake named in full, the bare surname
        is the namesake's until the leader himself is named in full or by a title ("President Joe Biden", "the
        president", "Mr. Biden"), but not as the namesake's kin ("Ivanka Trump, daughter of President Donald Trump");
        a leader so named before his namesake keeps his surname (in "President Trump and Melania Trump ... Trump
        will ...", Trump is the president), and a surname after an honorific ("Mrs. Obama", "Ms. Mottley") is left
        to its sentence (the travel stage's namesake cue)."""
        if not namesakes:
            return []
        claimed: set[str] = set()  # leaders whose bare surname is the namesake's here
        himself: set[str] = set()  # leaders named in full or by title so far
        dropped: list[int] = []
        for index in range(len(self.found)):
            leader_id = namesakes.get(index)
            if leader_id is not None:
                if leader_id not in himself:
                    claimed.add(leader_id)
                continue
            mention = resolved.get(index)
            if mention is None or mention.kind not in ("leader", "title"):
                continue
            field, match = self.found[index]
            text = self.text(field)
            before = text[max(0, match.start - 30) : match.start]
            if mention.entity in claimed and _KIN_BEFORE.search(text[max(0, match.start - 60) : match.start]):
                continue
            if mention.kind == "title" or " " in match.text.strip() or _HIMSELF_BEFORE.search(before):
                himself.add(mention.entity)
                claimed.discard(mention.entity)
            elif mention.entity in claimed and not _HONORIFIC_BEFORE.search(before):
                dropped.append(index)
        return dropped

    def _leader_mention(self, item: _Found, leader_id: str, kind: EntityKind) -> Mention:
        leader = self.gazetteer.leaders[leader_id]
        return Mention(item.field, item.match.start, item.match.end, item.match.text, kind, leader_id, leader.country)

    def _resolve_title(self, item: _Found, title: Pattern, named: set[str]) -> str | None:
        if not self._current(item) or self._office_phrase(item):
            return None
        after = self.text(item.field)[item.match.end : item.match.end + 40]
        # "Russian President Vladimir Putin": the name that follows is the mention, not the title;
        # "Russian President Ivan Petrov": someone not on the watchlist.
        if self.language == "en":
            if re.match(r"^-(?:elect|designate)\b", after, re.IGNORECASE):
                return None  # "Indonesia's president-elect": not the president in office
            next_word = re.match(r"^\s+([A-Z][\w'-]+)", after)
            if next_word is not None and next_word.group(1).lower() not in ("said", "says", "is", "was", "has", "will"):
                return None
        elif self._name_follows(item):
            return None
        day = self.day
        if day is None:
            # Undated: the one leader the article names by name who ever held that office ("Kazakhstan's
            # President Nursultan Nazarbayev ... Kazakhstan's president plans"), else no one.
            held = [
                leader_id
                for leader_id in named
                if any(
                    o.country == title.entity and o.role in title.roles and o.leads
                    for o in self.gazetteer.leaders[leader_id].offices
                )
            ]
            return held[0] if len(held) == 1 else None
        # "the Saudi crown prince" in 2019: the heir, no leader yet.
        holders = [
            h for h in self.gazetteer.holders(title.entity, title.roles, day) if any(o.leads for o in h.offices_on(day))
        ]
        return holders[0].id if holders else None

    def _name_follows(self, item: _Found) -> bool:
        """A name right after a title in Russian or Chinese ("президент России Владимир Путин", "总统普京")."""
        if self.language == "zh":
            # No spaces: an unknown name cannot be told from the next word, so only a watched leader's
            # name right after the title takes its place.
            return self._leader_follows(item)
        after = self.text(item.field)[item.match.end : item.match.end + 40]
        return self.language != "en" and bool(_CAPITALISED_AFTER.match(after))

    def _office_phrase(self, item: _Found) -> bool:
        """ "南非总统府", "美国总统大选": the title's office word opens a phrase to ignore, running past the title."""
        pattern = self.gazetteer.office_phrase(self.language)
        if pattern is None:
            return False
        match = item.match
        tail = self.gazetteer.fold(self.text(item.field)[match.start : match.end + 8], self.language)
        found = pattern.search(tail, 1)
        return found is not None and found.start() < match.end - match.start < found.end()

    def _current(self, item: _Found) -> bool:
        """Not "the former president", "бывший президент", "前总统"."""
        before = self.text(item.field)[max(0, item.match.start - 20) : item.match.start]
        if self.language == "en":
            return not _NOT_CURRENT.search(before)
        not_current = self.gazetteer.not_current(self.language)
        return not_current is None or not not_current.search(self.gazetteer.fold(before, self.language))

    def _leader_follows(self, item: _Found) -> bool:
        """Whether the first match starting right after ``item`` (or one character after) is a leader's name."""
        if self._starts is None:  # one pass over the matches, not one per title asked about
            self._starts = {}
            for index, other in enumerate(self.found):
                self._starts.setdefault((other.field, other.match.start), index)
        end = item.match.end
        after = [first for at in (end, end + 1) if (first := self._starts.get((item.field, at))) is not None]
        return bool(after) and bool(self.found[min(after)].match.entry.leaders)

    def _resolve_bare_title(self, position: int, resolved: dict[int, Mention]) -> str | None:
        """ "глава государства", "总统", "Путин ... президент": the office of the leader named just before."""
        item = self.found[position]
        title = item.match.entry.title
        if self.day is None or title is None or not self._current(item) or self._name_follows(item):
            return None
        country = self._state_before(position, resolved)
        if country is not None:
            # "应瑙鲁共和国总统邀请": that country's office, never the leader named before it.
            day = self.day
            holders = [
                h for h in self.gazetteer.holders(country, title.roles, day) if any(o.leads for o in h.offices_on(day))
            ]
            return holders[0].id if holders else None
        by_surname = self._by_surname(position, title.roles, resolved)
        if by_surname is not None:
            return by_surname
        for index in range(position - 1, -1, -1):
            mention = resolved.get(index)
            if mention is None or mention.kind not in ("leader", "title"):
                continue
            leader = self.gazetteer.leaders[mention.entity]
            if any(office.role in title.roles for office in leader.offices_on(self.day)):
                return leader.id
        return None

    def _state_before(self, position: int, resolved: dict[int, Mention]) -> str | None:
        """The country whose formal name ends right before the bare title at ``position`` ("瑙鲁共和国总统",
        "澳大利亚联邦政府总理"): the country's name, then only the words of a state's formal name."""
        state_form = self.gazetteer.state_form(self.language)
        if state_form is None or position == 0:
            return None
        item = self.found[position]
        country = resolved.get(position - 1)
        if country is None or country.kind != "country" or country.field != item.field:
            return None
        between = self.text(item.field)[country.end : item.match.start]
        return country.entity if state_form.fullmatch(self.gazetteer.fold(between, self.language)) else None

    def _by_surname(self, position: int, roles: tuple[str, ...], resolved: dict[int, Mention]) -> str | None:
        """ "黄总理", "尹总统": a Chinese surname before a bare title is the leader of that surname the article
        names (by a name that begins with it) and who holds that office, whoever was named last."""
        item = self.found[position]
        if self.language != "zh" or item.match.start == 0:
            return None
        surname = self.gazetteer.fold(self.text(item.field)[item.match.start - 1], self.language)
        if not _CJK.match(surname) or any(
            other.field == item.field and other.match.start < item.match.start <= other.match.end
            for other in self.found[max(0, position - 2) : position]
        ):
            return None  # no surname, or the end of a name or title found ("普京总统")
        if self._initials is None:
            # Leaders are all resolved before bare titles are: their names' first characters, once per article.
            self._initials = {}
            for mention in resolved.values():
                if mention.kind == "leader" and mention.text:
                    initial = self.gazetteer.fold(mention.text[0], self.language)
                    self._initials.setdefault(initial, set()).add(mention.entity)
        named = self._initials.get(surname, set())
        day = self.day
        holding = {
            leader_id
            for leader_id in named
            if day is not None
            and any(office.role in roles for office in self.gazetteer.leaders[leader_id].offices_on(day))
        }
        return next(iter(holding)) if len(holding) == 1 else None

    def _resolve_ambiguous_leader(self, position: int, item: _Found, named: set[str]) -> str | None:
        candidates = list(item.match.entry.leaders)
        # Named in full (or by title) elsewhere in the article.
        chosen = [leader_id for leader_id in candidates if leader_id in named]
        if len(chosen) == 1:
            return chosen[0]
        # The words around it: a country ("Jordan's King Abdullah") or an office ("President Lee").
        narrowed, by_office = self._by_context(position, item, chosen or candidates)
        if item.match.entry.context_only:
            # A common word or name ("May", "Lee") is a leader only when named by office.
            return narrowed[0] if by_office and len(narrowed) == 1 else None
        if len(narrowed) == 1:
            return narrowed[0]
        if self.day is None:
            return None
        # A family name ("Assad", "Aliyev"): whoever of them held office on the article's date.
        in_office = [leader_id for leader_id in narrowed if self.gazetteer.leaders[leader_id].offices_on(self.day)]
        return in_office[0] if len(in_office) == 1 else None

    def _by_context(self, position: int, item: _Found, candidates: list[str]) -> tuple[list[str], bool]:
        """Candidates that fit the country named around the mention and the office word before it."""
        text = self.text(item.field)
        window_start, window_end = max(0, item.match.start - 60), item.match.end + 40
        countries: set[str] = set()
        # Matches are in text order: look only at the neighbours.
        for step in (-1, 1):
            index = position + step
            while 0 <= index < len(self.found):
                other = self.found[index]
                if other.field != item.field or not (
                    window_start <= other.match.start and other.match.end <= window_end
                ):
                    break
                countries.update(other.match.entry.countries)
                index += step
        narrowed = candidates
        if countries:
            by_country = [c for c in candidates if self._leader_countries(c) & countries]
            if by_country:
                narrowed = by_country
        before = text[max(0, item.match.start - 30) : item.match.start]
        if self.language != "en":
            # "премьер Ли", "首相高市": an office word in the article's language; any office will do.
            folded_before = self.gazetteer.fold(text[max(0, item.match.start - 40) : item.match.start], self.language)
            after = self.gazetteer.fold(text[item.match.end : item.match.end + 8], self.language)
            office_before = self.gazetteer.office_before(self.language)
            office_after = self.gazetteer.office_after(self.language)
            former_before = self.gazetteer.former_office_before(self.language)
            government_after = self.gazetteer.government_after(self.language)
            former = former_before is not None and bool(former_before.search(folded_before))
            government = government_after is not None and bool(government_after.match(after))
            if not (
                former
                or government
                or (office_before is not None and office_before.search(self.gazetteer.fold(before, self.language)))
                or (office_after is not None and office_after.match(after))
            ):
                return narrowed, False
            holding = [c for c in narrowed if self.day is None or self.gazetteer.leaders[c].offices_on(self.day)]
            if holding:
                return holding, True
            if self.day is not None and (former or government):
                # "英国前首相约翰逊", "бывший премьер Японии Абэ", "石破政府": whoever of them held an office before.
                day = self.day
                past = [c for c in narrowed if any(o.start <= day for o in self.gazetteer.leaders[c].offices)]
                if past:
                    return past, True
            return narrowed, False
        own = self._own_given_name_before(before, narrowed)
        if own:
            return own, True  # "Freundel J. Stuart", "Dr. Keith C. Mitchell": the leader's given name and initials
        office = _OFFICE_BEFORE.search(before)
        if office is None:
            return narrowed, False
        word = fold(office.group(1))
        by_office = [c for c in narrowed if self._held_office_like(c, word)]
        return (by_office, True) if by_office else (narrowed, False)

    def _own_given_name_before(self, before: str, candidates: list[str]) -> list[str]:
        """The candidates whose given name stands before the surname with a middle initial or two between: a full
        name the watchlist spells without them ("Freundel J. Stuart" for Freundel Stuart)."""
        found = _GIVEN_AND_INITIALS_BEFORE.search(before)
        if found is None:
            return []
        word = fold(found.group(1))
        return [leader_id for leader_id in candidates if word in self._name_parts(leader_id)]

    def _name_parts(self, leader_id: str) -> set[str]:
        """Every word of the leader's names, folded ("tayyip", "mottley")."""
        leader = self.gazetteer.leaders[leader_id]
        return {fold(part) for name in (leader.name, *leader.aliases) for part in name.replace("-", " ").split()}

    def _leader_countries(self, leader_id: str) -> set[str]:
        leader = self.gazetteer.leaders[leader_id]
        return {leader.country, *(office.country for office in leader.offices)}

    def _held_office_like(self, leader_id: str, word: str) -> bool:
        leader = self.gazetteer.leaders[leader_id]
        offices = leader.offices_on(self.day) if self.day else leader.offices
        for office in offices:
            noun = office_noun(office.title)
            if word in noun or (word in ("premier", "pm") and noun == "prime minister"):
                return True
            if word == "leader":
                return True
        return False

    # -- places, events, themes -------------------------------------------------------------------

    def _listed_with_a_country(self, index: int, resolved: dict[int, Mention]) -> bool:
        """ "Israel and Jordan", "Chad, Niger and Mali": a name in a list of countries is a country."""
        field, match = self.found[index]
        for neighbour in (index - 1, index + 1):
            other = resolved.get(neighbour)
            if other is None or other.field != field or other.kind not in ("country", "city"):
                continue
            left, right = (other.end, match.start) if neighbour < index else (match.end, other.start)
            between = self.text(field)[left:right]
            if other.kind == "city" and neighbour < index and between.strip() == ",":
                continue  # "Atlanta, Georgia": the city's state or region, not a list
            if _LIST_SEPARATOR.fullmatch(between):
                return True
        return False

    def _us_town(self, field: Field, match: Match) -> bool:
        """ "Holland, Mich.", "Lebanon, N.H.": a town in a US state named like a country or a city abroad."""
        place = match.entry.place
        if place is not None and place.country == "US":
            return False
        return _US_STATE_AFTER.match(self.text(field), match.end) is not None

    def _other_mention(self, item: _Found, supported: set[str], listed: bool = False) -> Mention | None:
        match = item.match
        entry = match.entry
        place = entry.place
        if place is not None:
            kind: EntityKind = place.kind  # type: ignore[assignment]
            return Mention(item.field, match.start, match.end, match.text, kind, place.entity, place.country)
        ambiguous = entry.ambiguous
        if ambiguous:
            text = self.text(item.field)
            before = text[max(0, match.start - 40) : match.start]
            after = text[match.end : match.end + 80]
            if _NAME_AFTER.match(after) and not text[match.start : match.end].isupper():
                return None
            cue = bool(
                listed
                or _STATE_CUE_BEFORE.search(before)
                or _STATE_CUE_AFTER.search(after)
                or _TRAVEL_TO.search(before)
                or _ITS_AFTER.match(after)
            )
            for pattern in ambiguous:
                if cue or pattern.entity in supported:
                    return Mention(
                        item.field, match.start, match.end, match.text, "country", pattern.entity, pattern.entity
                    )
        theme = entry.theme
        if theme is not None:
            return Mention(item.field, match.start, match.end, match.text, "theme", theme.entity)
        return None


def _aggregate(
    mentions: list[Mention], article: Article, gazetteer: Gazetteer, elect: frozenset[str]
) -> tuple[tuple[ActorTag, ...], tuple[TopicTag, ...]]:
    lead_end = len(article.paragraphs[0]) if article.paragraphs else 0
    # group -> [count, first body offset, in title, in lead]
    groups: dict[tuple[str, str], list[Any]] = {}
    for field, start, _end, _text, kind, entity, country in mentions:
        if kind == "leader" or kind == "title":
            group = ("actor", entity)
        elif kind == "event" or kind == "theme":
            group = (kind, entity)
        elif country:
            group = ("country", country)
        else:
            continue
        facts = groups.get(group)
        if facts is None:
            facts = groups[group] = [0, None, False, False]
        facts[0] += 1
        if field == "title":
            facts[2] = True
        else:
            if facts[1] is None or start < facts[1]:
                facts[1] = start
            if start < lead_end:
                facts[3] = True

    actors: list[ActorTag] = []
    topics: list[TopicTag] = []
    for (group_kind, key), (count, first, in_title, in_lead) in groups.items():
        if group_kind == "actor":
            leader = gazetteer.leaders[key]
            actors.append(ActorTag(key, leader.name, leader.country, count, first, in_title, in_lead, key in elect))
        elif group_kind == "country":
            topics.append(TopicTag(key, gazetteer.countries[key].name, "country", count, first, in_title, in_lead))
        elif group_kind == "event":
            topics.append(TopicTag(key, gazetteer.events[key].name, "event", count, first, in_title, in_lead))
        elif count >= THEME_MIN_MENTIONS or in_title or in_lead:
            topics.append(TopicTag(key, gazetteer.themes[key].name, "theme", count, first, in_title, in_lead))

    def order(tag: ActorTag | TopicTag) -> tuple[int, int]:
        return (0 if tag.in_title else 1, tag.first_offset if tag.first_offset is not None else -1)

    actors.sort(key=order)
    topics.sort(key=order)
    return tuple(actors), tuple(topics)


# Office words a "title" pattern can mean, exported for the travel stage's pronoun resolution.
OFFICE_WORDS_BY_ROLE: Final = {"head_of_state": HEAD_OF_STATE_WORDS, "head_of_government": HEAD_OF_GOVERNMENT_WORDS}
