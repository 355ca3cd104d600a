"""The gazetteer: every name of the watchlist in one Aho-Corasick automaton (pyahocorasick).

One pass over the folded text finds all names at once: leaders and their aliases, countries (names,
adjectives, capitals, major cities, institutions), office titles ("Russian president", "prime
minister of India"), events and theme phrases. :meth:`Gazetteer.find` keeps matches that sit on word
boundaries with the right capitalisation, and of overlapping matches the leftmost longest, so
"Vladimir Putin" is one mention, not two.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property
from typing import Final, Literal, NamedTuple

import ahocorasick

from pipeline.cleaning.normalize import normalize_inline
from pipeline.tagging.chinese import fold_chinese
from pipeline.tagging.fold import fold
from pipeline.tagging.names import LanguageNames, shipped_names
from pipeline.tagging.russian import Mode, case_forms, release, with_adjective_inside
from pipeline.tagging.watchlist import CountryEntry, LeaderEntry, Role, Watchlist

PatternKind = Literal[
    "leader",  # a leader's name or alias
    "country",  # a country name
    "ambiguous_country",  # a country name that is also something else ("Jordan")
    "adjective",  # "Chinese", and combining forms ("Sino-")
    "city",
    "institution",
    "event",
    "theme",
    "title",  # an office: "Russian president" (entity: country, role set)
    "ignore",  # a phrase that contains a name but is about something else ("New Mexico")
    "compound",  # Chinese short forms in a phrase that makes them countries ("中俄", "访华"): see Entry.parts
]
Case = Literal["any", "capital", "exact"]

# Combining forms are adjectives only before a hyphen: "Sino-Russian", not "Sino" alone.
COMBINING_FORMS: Final = frozenset({"sino", "russo"})
HEAD_OF_STATE_WORDS: Final = (
    "president",
    "king",
    "queen",
    "emperor",
    "emir",
    "sultan",
    "monarch",
    "head of state",
    "supreme leader",
    "grand duke",
)
HEAD_OF_GOVERNMENT_WORDS: Final = ("prime minister", "premier", "chancellor", "pm", "taoiseach", "head of government")
# How many first letters of a word tell a spelling of a given name from another name ("Эммануэль" and
# "Эмманюэль" are one; "Джилл" and "Джо" are two).
NAME_START: Final = 3
_ACRONYM = re.compile(r"^[A-Z0-9.&+-]{2,}$")


@dataclass(frozen=True, slots=True)
class Pattern:
    kind: PatternKind
    entity: str  # leader id, country code, event id, theme id; for titles the country code
    case: Case
    country: str | None = None
    roles: tuple[Role, ...] = ()  # titles: the roles the office word can mean
    # A title without a country ("глава государства", "总统") means the office of the leader just named.


_PLACE_PRIORITY: Final = ("event", "institution", "city", "country", "adjective")


@dataclass(frozen=True, slots=True)
class Entry:
    """What one folded name means, worked out once when the gazetteer is built."""

    key: str
    patterns: tuple[Pattern, ...]
    leaders: tuple[str, ...]  # leader ids this name can refer to
    context_only: bool  # a common word or name: a leader only with context
    title: Pattern | None
    place: Pattern | None  # event, institution, city, country or adjective, in that order
    ambiguous: tuple[Pattern, ...]  # ambiguous country names
    theme: Pattern | None
    countries: frozenset[str]  # countries this name points at (for context)
    checks_case: bool
    exact: bool  # some pattern must match letter case exactly (an acronym)
    originals: tuple[str, ...]  # each pattern as written, for the case test
    length: int
    ignore: bool  # a phrase that is not about what its words name
    combining: bool  # "sino": an adjective only before a hyphen
    may_swallow_name: bool  # a title ending in a word that also opens a name ("Jordan's king" Abdullah)
    parts: tuple[tuple[int, Entry], ...] = ()  # a compound: (offset, one-character country entry) per short form

    @classmethod
    def of(
        cls,
        key: str,
        patterns: tuple[Pattern, ...],
        context_only: bool,
        originals: tuple[str, ...],
        name_openers: frozenset[str],
        parts: tuple[tuple[int, Entry], ...] = (),
    ) -> Entry:
        kinds = {pattern.kind: pattern for pattern in reversed(patterns)}
        return cls(
            key=key,
            patterns=patterns,
            leaders=tuple(dict.fromkeys(p.entity for p in patterns if p.kind == "leader")),
            context_only=context_only,
            title=kinds.get("title"),
            place=next((kinds[kind] for kind in _PLACE_PRIORITY if kind in kinds), None),
            ambiguous=tuple(p for p in patterns if p.kind == "ambiguous_country"),
            theme=kinds.get("theme"),
            countries=_shared(
                frozenset(
                    p.country
                    for p in patterns
                    if p.country
                    and p.kind in ("country", "adjective", "title", "city", "ambiguous_country", "institution")
                )
            ),
            checks_case=any(pattern.case != "any" for pattern in patterns),
            exact=any(pattern.case == "exact" for pattern in patterns),
            originals=originals,
            length=len(key),
            ignore=patterns[0].kind == "ignore",
            combining=key in COMBINING_FORMS,
            may_swallow_name="title" in kinds and bool(name_openers.intersection(key.replace("'s ", " ").split())),
            parts=parts,
        )


# "K. P. Sharma Oli", "K.P. Sharma Oli": initials with their stops, before the rest of the name
_INITIALS = re.compile(r"^(?:[A-Z]\.\s?){2,}(?=[A-Z][a-z])")


# "Ferdinand Marcos Jr.": a generational suffix, which the press also sets off by a comma
_GENERATION = re.compile(r" (?=(?:Jr|Sr)\.?$|(?:II|III|IV)$)")


def _spellings(name: str) -> tuple[str, ...]:
    """``name``, and as the press also writes it: without the stops of the initials it opens with ("K P Sharma
    Oli"), with a comma before its generational suffix ("Ferdinand Marcos, Jr.")."""
    forms = [name]
    initials = _INITIALS.match(name)
    if initials is not None:
        forms.append(" ".join(initials.group(0).replace(".", " ").split()) + " " + name[initials.end() :])
    forms += [_GENERATION.sub(", ", form) for form in forms if _GENERATION.search(form)]
    return tuple(forms)


@cache  # a few hundred distinct sets among some 66,000 entries: one object each, not one per entry (14 MB)
def _shared(countries: frozenset[str]) -> frozenset[str]:
    return countries


class Match(NamedTuple):
    start: int
    end: int
    text: str
    entry: Entry


_ACRONYM_ALIAS = re.compile(r"(?P<acronym>[A-Z][A-Z0-9+-]+) (?P<noun>summit)")


def _acronym_forms(aliases: Iterable[str]) -> list[str]:
    """ "Shanghai Cooperation Organization (SCO) summit": an event's long name with its acronym in brackets before
    "summit", as news first names it, from the aliases "SCO summit" and "Shanghai Cooperation Organization summit";
    and the bracketed acronym and noun alone, whatever long name comes before them ("Association of Southeast Asian
    Nations (ASEAN) Summit")."""
    forms: list[str] = []
    for alias in aliases:
        short = _ACRONYM_ALIAS.fullmatch(alias)
        if short is None:
            continue
        acronym, noun = short.group("acronym"), short.group("noun")
        forms.append(f"({acronym}) {noun}")
        for long in aliases:
            if long != alias and long.endswith(f" {noun}") and long.count(" ") >= 2:
                forms.append(f"{long.removesuffix(' ' + noun)} ({acronym}) {noun}")
    return forms


def _case_of(alias: str, default: Case) -> Case:
    letters = [char for char in alias if char.isalpha()]
    if letters and _ACRONYM.match(alias) and all(char.isupper() for char in letters):
        return "exact"
    return default


def _case_ok(found: str, original: str, case: Case) -> bool:
    if case == "any":
        return True
    if case == "exact":
        if any(char.isdigit() for char in original) and found[:1].isupper() and found.upper() == original.upper():
            return True  # "Cop26" as British papers write "COP26": a numbered acronym is no word
        return found == original or found.replace(".", "") == original.replace(".", "")
    # Capitalised patterns need a capital in the text ("May" the name, not "may" the verb);
    # patterns written in lower case ("al-Sisi", "von der Leyen") match either.
    return not original[:1].isupper() or found[:1].isupper()


_NON_WORD = re.compile(r"\W")


def _next_word_start(folded: str, start: int, end: int) -> int | None:
    """Where the first word after ``start`` begins inside ``folded[start:end]``, or None."""
    gap = _NON_WORD.search(folded, start, end - 1)
    return gap.end() if gap else None


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


@cache  # the watchlist's titles, a bounded set: "the president" reads each of its candidates' titles again
def office_noun(title: str) -> str:
    """The office word of a title: "Federal President of Germany" -> "federal president"."""
    head = re.split(r"\s+of\s+|\s+\(", title, maxsplit=1)[0]
    return fold(head.strip())


class _Index:
    """The patterns of one language, compiled into one automaton, and how its text is matched."""

    def __init__(self, language: str, context_only: frozenset[str], folder: Callable[[str], str]) -> None:
        self.language = language
        self.fold = folder
        self.context_only = context_only
        # Chinese is written without spaces: a name may touch the characters around it.
        self.spaceless = language == "zh"
        # What the names are built from, each pattern as written and the parts of compounds: emptied by
        # compile(), which leaves the automaton's entries the only copy.
        self.patterns: dict[str, list[Pattern]] = defaultdict(list)
        self.originals: dict[tuple[str, Pattern], str] = {}
        self.compounds: dict[str, tuple[tuple[int, Pattern], ...]] = {}
        self.size = 0  # how many names (folded) the automaton holds
        self.name_openers: frozenset[str] = frozenset()
        # Other languages' words for "former" before a title and for an office before a name; English
        # keeps its own patterns in pipeline.tagging.
        self.not_current: re.Pattern[str] | None = None
        self.office_before: re.Pattern[str] | None = None
        self.office_after: re.Pattern[str] | None = None
        # "英国前首相约翰逊": an office word made a past holder's; "候任总统普拉博沃": a leader about to take
        # office; "石破政府": a leader's government.
        self.former_office_before: re.Pattern[str] | None = None
        self.elect_before: re.Pattern[str] | None = None
        self.government_after: re.Pattern[str] | None = None
        self.someone_else_before: re.Pattern[str] | None = None
        # Leader id -> how the words of the leader's full names begin, folded ("влa", "вла" for "Владимир
        # Владимирович Путин"), for leaders the names file names in full: a word before the surname that
        # begins otherwise is someone else's given name ("Мелания Трамп"); spellings differ in their ends
        # ("Эммануэль"/"Эмманюэль", "Ангелы") more than in their first letters
        self.own_name_starts: dict[str, frozenset[str]] = {}
        # "共和国" in "瑙鲁共和国总统": a state's formal name between its country's name and an office word.
        self.state_form: re.Pattern[str] | None = None
        # "总统府", "总统大选": a phrase to ignore that opens with an office word, which a title may end in
        self.office_phrase: re.Pattern[str] | None = None
        # An entry with fewer patterns (a case test dropped the others), made when first met in a text.
        self._narrowed: dict[tuple[str, tuple[Pattern, ...]], Entry] = {}
        self._automaton = ahocorasick.Automaton()

    def add(self, text: str, pattern: Pattern) -> None:
        original = normalize_inline(text)
        key = self.fold(original)
        if not key:
            return
        self.patterns[key].append(pattern)
        self.originals[(key, pattern)] = original

    def add_compound(self, text: str, parts: tuple[tuple[int, Pattern], ...]) -> None:
        """A phrase whose short forms are countries ("中俄") or leaders ("川习会"): each part is a mention of
        its own."""
        pattern = Pattern("compound", text, "any")
        self.add(text, pattern)
        key = self.fold(normalize_inline(text))
        self.compounds[key] = parts
        for offset, part in parts:
            self.originals[(f"{key}#{offset}", part)] = text[offset]

    def compile(self) -> None:
        """Build the automaton, then drop what only building it needed."""
        for key, patterns in self.patterns.items():
            unique = tuple(dict.fromkeys(patterns))
            # "ignore" first, so that a phrase to ignore wins over a name with the same words.
            unique = tuple(sorted(unique, key=lambda pattern: pattern.kind != "ignore"))
            self._automaton.add_word(key, self._entry(key, unique))
        if self.patterns:
            self._automaton.make_automaton()
        self.size = len(self.patterns)
        self.patterns.clear()
        self.originals.clear()
        self.compounds.clear()

    def _entry(self, key: str, patterns: tuple[Pattern, ...]) -> Entry:
        originals = tuple(self.originals[(key, pattern)] for pattern in patterns)
        parts = tuple((offset, self._entry(f"{key}#{offset}", (part,))) for offset, part in self.compounds.get(key, ()))
        return Entry.of(key, patterns, key in self.context_only, originals, self.name_openers, parts)

    def _narrow(self, entry: Entry, patterns: tuple[Pattern, ...]) -> Entry:
        """``entry`` with only ``patterns``, some of its own: made once per name and subset."""
        narrowed = self._narrowed.get((entry.key, patterns))
        if narrowed is None:
            originals = tuple(
                original
                for pattern, original in zip(entry.patterns, entry.originals, strict=True)
                if pattern in patterns
            )
            narrowed = Entry.of(entry.key, patterns, entry.context_only, originals, self.name_openers, entry.parts)
            self._narrowed[(entry.key, patterns)] = narrowed
        return narrowed

    def _word_char(self, char: str) -> bool:
        """Whether ``char`` next to a match would make it part of a longer word."""
        if self.spaceless:
            return char.isascii() and char.isalnum()
        return char.isalnum() or char == "_"

    def _inside_word(self, folded: str, start: int, end: int, length: int) -> bool:
        """Whether the match at ``start:end`` is part of a longer word ("us" in "bus")."""
        if self.spaceless:
            # Only Latin letters and digits make words here, and only with each other: "G20" is not in "G200",
            # but 普京 may touch 总统, and "印度总理" a Latin name after it ("印度总理Narendra Modi").
            return (start > 0 and _latin(folded[start - 1]) and _latin(folded[start])) or (
                end < length and _latin(folded[end]) and _latin(folded[end - 1])
            )
        return (start > 0 and (folded[start - 1].isalnum() or folded[start - 1] == "_")) or (
            end < length and (folded[end].isalnum() or folded[end] == "_")
        )

    def find(self, text: str) -> list[Match]:
        """Matches in ``text``: on word boundaries, properly capitalised, leftmost-longest, no overlaps.

        The automaton's leftmost-longest scan (``iter_long``) runs in C; a longest match that runs into
        a word is replaced by the longest shorter one at its start that ends on a word's end ("Russia" in
        "Russia's presidential", where "Russia's president" is a title), if any (not in spaceless
        scripts). Otherwise, and after a match that fails the case test, the scan goes on from the next
        word that starts inside it, if any: a name starting after a letter would fail the boundary test
        anyway ("us" in "thus" hides no name).
        """
        if not self.size:
            return []
        folded = self.fold(text)
        length = len(text)
        matches: list[Match] = []
        append = matches.append
        iter_long = self._automaton.iter_long
        position = 0
        while position < length:
            restart = None
            for end_index, entry in iter_long(folded, position):
                end = end_index + 1
                start = end - entry.length
                if self._inside_word(folded, start, end, length):
                    # Not a word here ("us" in "bus", "president of the eu" in "...European"): a shorter name
                    # at the same start may be one ("Russia" in "Russia's presidential", "US" in "US
                    # presidential"), else a real name may start at a word inside it ("the eu..."), so scan
                    # again from there.
                    shorter = self._shorter_at(text, folded, start, end) if not self.spaceless else None
                    if shorter is not None:
                        append(shorter)
                        restart = shorter.end
                        break
                    restart = _next_word_start(folded, start, end)
                    if restart is None:
                        continue
                    break
                # A capitalised match passes every case test but an acronym's: the common case, made cheap.
                if entry.checks_case and (entry.exact or not text[start].isupper()):
                    found = text[start:end]
                    kept = tuple(
                        pattern
                        for pattern, original in zip(entry.patterns, entry.originals, strict=True)
                        if _case_ok(found, original, pattern.case)
                    )
                    if not kept:
                        restart = _next_word_start(folded, start, end)
                        if restart is None:
                            continue
                        break
                    if len(kept) != len(entry.patterns):
                        entry = self._narrow(entry, kept)
                if entry.ignore or (entry.combining and (end >= length or text[end] != "-")):
                    continue
                if entry.parts:
                    # "对俄罗斯": a short form that opens a full name ("俄罗斯") is read as that name.
                    for offset, part in entry.parts:
                        longer = self.find_at(text, folded, start + offset) if offset else None
                        if longer is not None and not longer.entry.parts and longer.end > start + offset + 1:
                            restart = start + offset
                            break
                        append(Match(start + offset, start + offset + 1, text[start + offset], part))
                    if restart is not None:
                        break
                    continue
                if entry.may_swallow_name and text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
                    split = self._split_title_before_name(text, folded, start, end)
                    if split:
                        matches.extend(split)
                        restart = split[-1].end
                        break
                if self.spaceless and entry.leaders:
                    # "参加尼加拉瓜": a longer name that starts inside a leader's ("尼加拉瓜", not Ghani's "加尼") is
                    # the word (but "赴英国事访问" keeps "英国": only a leader's name gives way)
                    inner = self._longer_inside(text, folded, start, end)
                    if inner is not None:
                        restart = inner
                        break
                    if entry.context_only and _opens_a_longer_name(folded, end):
                        # "基尔·斯塔默" (Keir Starmer): a given name, not Salva Kiir's common "基尔" (but a leader's
                        # own full name not listed, "普拉博沃·苏比延多", still names him)
                        continue
                append(Match(start, end, text[start:end], entry))
            if restart is None:
                break
            position = restart
        return matches

    def _shorter_at(self, text: str, folded: str, start: int, end: int) -> Match | None:
        """The longest plain match that starts at ``start`` (itself on a word's start) and ends on a word's end
        before ``end``, where a longer one ran into a word ("russia's president" in "Russia's presidential")."""
        if start > 0 and self._word_char(folded[start - 1]):
            return None
        best: Match | None = None
        for end_index, entry in self._automaton.iter(folded, start, end - 1):
            stop = end_index + 1
            if stop - len(entry.key) != start or (best is not None and stop <= best.end):
                continue
            if stop < len(folded) and self._word_char(folded[stop]):
                continue
            if entry.ignore or entry.parts or entry.combining or entry.may_swallow_name:
                continue
            if entry.checks_case and not text[start].isupper() and any(p.case != "any" for p in entry.patterns):
                continue
            best = Match(start, stop, text[start:stop], entry)
        return best

    def _longer_inside(self, text: str, folded: str, start: int, end: int) -> int | None:
        """Where a match longer than ``start..end`` starts inside it and runs past its end, if one does."""
        for at in range(start + 1, end):
            inner = self.find_at(text, folded, at)
            if inner is not None and inner.end > end and inner.end - at > end - start:
                return at
        return None

    def _split_title_before_name(self, text: str, folded: str, start: int, end: int) -> list[Match]:
        """ "Jordan's King Abdullah II": the title must not swallow a name that starts with its noun."""
        for word in re.finditer(r"(?<=[\s'])\w", text[start:end]):
            at = start + word.start()
            inner = self.find_at(text, folded, at)
            if inner is not None and inner.entry.leaders and inner.end > end:
                head = text[start:at].rstrip()
                qualifier = head[:-2] if head.endswith("'s") else head
                parts = [
                    Match(start + part.start, start + part.end, part.text, part.entry)
                    for part in self.find(qualifier)
                    if part.entry.place or part.entry.ambiguous
                ]
                return [*parts, inner]
        return []

    def find_at(self, text: str, folded: str, at: int) -> Match | None:
        """The longest match that starts exactly at ``at`` (boundaries and case checked)."""
        automaton = self._automaton
        if not (automaton.match(folded[at : at + 2]) or automaton.exists(folded[at : at + 1])):
            # No name begins with these two characters, nor is the first one a name: none starts at ``at``, and
            # the scan below, which would find one further on, is skipped (most positions inside a Chinese name).
            return None
        for end_index, entry in automaton.iter_long(folded[at : at + 120]):
            start = end_index - len(entry.key) + 1
            if start != 0:
                return None
            end = at + end_index + 1
            if end < len(text) and self._word_char(folded[end]) and (not self.spaceless or _latin(folded[end - 1])):
                return None
            if entry.checks_case and not text[at].isupper() and any(p.case != "any" for p in entry.patterns):
                return None
            return Match(at, end, text[at:end], entry)
        return None


def _opens_a_longer_name(folded: str, end: int) -> bool:
    """Whether a Chinese name ending at ``end`` is followed by "·" and more of a name: the first part of
    someone's transliterated full name ("基尔·斯塔默"), whose own full form would have matched as one."""
    return folded[end : end + 1] == "·" and "\u4e00" <= folded[end + 1 : end + 2] <= "\u9fff"


class Gazetteer:
    """Patterns of one watchlist, compiled; build once per watchlist (about a second with every language).

    English patterns come from the watchlist itself; each other language's from its names file
    (:mod:`pipeline.tagging.names`), keyed by the same ids, so a mention found in Russian or Chinese
    names the same leader, country or event as in English. ``names`` defaults to the shipped files.
    """

    def __init__(self, watchlist: Watchlist, names: Sequence[LanguageNames] | None = None) -> None:
        self.watchlist = watchlist
        self.leaders: dict[str, LeaderEntry] = {leader.id: leader for leader in watchlist.leaders}
        # The day each leader first took an office that leads a state (absent: none does, an heir's only).
        self.took_office: dict[str, date] = {
            leader.id: min(office.start for office in leader.offices if office.leads)
            for leader in watchlist.leaders
            if any(office.leads for office in leader.offices)
        }
        self.countries: dict[str, CountryEntry] = {country.code: country for country in watchlist.countries}
        self.events = {event.id: event for event in watchlist.events}
        self.themes = {theme.id: theme for theme in watchlist.themes}
        self.context_only = frozenset(fold(name) for name in watchlist.context_only_names)
        english = _Index("en", self.context_only, fold)
        self._index = english  # the English one, while it is built
        self._add_countries()
        self._add_leaders()
        self._add_titles()
        for event in watchlist.events:
            for alias in {event.name, *event.aliases, *_acronym_forms(event.aliases)}:
                pattern = Pattern("event", event.id, _case_of(alias, "capital"), event.country)
                self._add(alias, pattern)
                if alias[-1:].isalpha() and not alias.endswith("s") and " " in alias:
                    self._add(alias + "s", pattern)  # "the first two Belt and Road Forums"
        for theme in watchlist.themes:
            for phrase in theme.phrases:
                self._add(phrase, Pattern("theme", theme.id, _case_of(phrase, "any")))
        for phrase in watchlist.ignore_phrases:
            self._add(phrase, Pattern("ignore", "", "any"))
        # Leader names that begin with an office word ("King Abdullah", "Sheikh Tamim"), which a title
        # ("Jordan's king") may swallow.
        english.name_openers = frozenset(
            fold(alias.split()[0])
            for leader in watchlist.leaders
            for alias in (leader.name, *leader.aliases)
            if len(alias.split()) > 1
        ) & {"king", "queen", "sultan", "emperor", "sheikh", "emir", "crown", "grand", "president", "prime"}
        english.compile()
        self._indexes: dict[str, _Index] = {"en": english}
        self.languages: dict[str, LanguageNames] = {}
        for language_names in shipped_names(watchlist) if names is None else names:
            self.languages[language_names.language] = language_names
            self._indexes[language_names.language] = build_index(language_names, self)
        self._holders: dict[tuple[str, tuple[Role, ...], date], list[LeaderEntry]] = {}

    # -- building -------------------------------------------------------------------------------

    def _add(self, text: str, pattern: Pattern) -> None:
        self._index.add(text, pattern)

    def _add_countries(self) -> None:
        for country in self.watchlist.countries:
            ambiguous = {fold(name) for name in country.ambiguous_names}
            for name in (country.name, *country.names):
                kind: PatternKind = "ambiguous_country" if fold(name) in ambiguous else "country"
                self._add(name, Pattern(kind, country.code, _case_of(name, "capital"), country.code))
            for name in country.ambiguous_names:
                self._add(name, Pattern("ambiguous_country", country.code, _case_of(name, "capital"), country.code))
            for adjective in country.adjectives:
                if fold(adjective) in ambiguous:
                    continue
                self._add(adjective, Pattern("adjective", country.code, _case_of(adjective, "capital"), country.code))
            # In a fixed order, capital first: of two spellings that fold alike ("Brasilia", "Brasília") the
            # first named is the city's name in every process (a set's order changes with the hash seed).
            for city in dict.fromkeys([*((country.capital,) if country.capital else ()), *country.cities]):
                self._add(city, Pattern("city", city, _case_of(city, "capital"), country.code))
            for institution in country.institutions:
                self._add(institution, Pattern("institution", institution, "capital", country.code))

    def _add_leaders(self) -> None:
        for leader in self.watchlist.leaders:
            names = [leader.name, *leader.aliases]
            for alias in dict.fromkeys(spelling for name in names for spelling in _spellings(name)):
                pattern = Pattern("leader", leader.id, _case_of(alias, "capital"), leader.country)
                self._add(alias, pattern)
                if alias.startswith("Pope "):
                    self._add(f"His Holiness {alias.removeprefix('Pope ')}", pattern)  # a pope's style

    def office_roles(self) -> dict[tuple[str, str], set[Role]]:
        """Office words per country, from the titles its leaders held: ("RU", "president") -> head_of_state."""
        roles: dict[tuple[str, str], set[Role]] = defaultdict(set)
        for leader in self.watchlist.leaders:
            for office in leader.offices:
                noun = office_noun(office.title)
                roles[(office.country, noun)].add(office.role)
                if noun.endswith("president") and noun != "president":
                    roles[(office.country, "president")].add(office.role)
                if noun == "prime minister":
                    for synonym in ("premier", "pm"):
                        roles[(office.country, synonym)].add(office.role)
        for code, country in self.countries.items():
            roles[(code, "leader")].add(country.leader_role)
            roles[(code, "head of state")].add("head_of_state")
            roles[(code, "head of government")].add("head_of_government")
        return roles

    def _add_titles(self) -> None:
        for (code, noun), noun_roles in self.office_roles().items():
            holder_country = self.countries.get(code)
            if holder_country is None:
                continue
            country = holder_country
            pattern = Pattern("title", code, "any", code, tuple(sorted(noun_roles)))
            qualifiers = [*country.adjectives, *(name for name in (country.name, *country.names) if len(name) <= 12)]
            for qualifier in qualifiers:
                if fold(qualifier) in COMBINING_FORMS:
                    continue
                self._add(f"{qualifier} {noun}", pattern)
                self._add(f"{qualifier}'s {noun}", pattern)
                self._add(f"{qualifier}'s new {noun}", pattern)  # "Indonesia's new president": the holder that day
            for name in (country.name, *country.names):
                self._add(f"{noun} of {name}", pattern)
                self._add(f"{noun} of the {name}", pattern)

    # -- matching -------------------------------------------------------------------------------

    def find(self, text: str, language: str | None = "en") -> list[Match]:
        """Matches in ``text`` with the names of ``language`` (English for a language without names)."""
        index = self._indexes.get(language or "en") or self._indexes["en"]
        return index.find(text)

    def index_language(self, language: str | None) -> str:
        """The language whose names are matched in an article of ``language``."""
        return language if language in self._indexes else "en"

    def not_current(self, language: str) -> re.Pattern[str] | None:
        """Words before a title that make it not today's holder ("бывший", "前"); None for English."""
        return self._indexes[language].not_current

    def office_before(self, language: str) -> re.Pattern[str] | None:
        """An office word just before a name ("премьер Ли", "首相高市"); None for English."""
        return self._indexes[language].office_before

    def office_after(self, language: str) -> re.Pattern[str] | None:
        """An office word just after a name, in Chinese ("安倍首相"); None elsewhere."""
        return self._indexes[language].office_after

    def former_office_before(self, language: str) -> re.Pattern[str] | None:
        """ "前首相", "бывший премьер-министр Японии": an office word a past holder's, at the end of a text."""
        return self._indexes[language].former_office_before

    def elect_before(self, language: str) -> re.Pattern[str] | None:
        """ "候任总统", "избранный президент": a leader about to take office, at the end of a text."""
        return self._indexes[language].elect_before

    def government_after(self, language: str) -> re.Pattern[str] | None:
        """ "政府" in "石破政府": the government of the leader just named, at the start of a text."""
        return self._indexes[language].government_after

    def own_name_starts(self, language: str, leader_id: str) -> frozenset[str] | None:
        """How the words of the leader's full names in ``language`` begin (NAME_START letters, folded), if
        its names file names the leader in full (Russian only)."""
        return self._indexes[language].own_name_starts.get(leader_id)

    def someone_else_before(self, language: str) -> re.Pattern[str] | None:
        """ "副总统" in "副总统赖清德": the name that follows is not a leader's here, at the end of a text."""
        return self._indexes[language].someone_else_before

    def office_phrase(self, language: str) -> re.Pattern[str] | None:
        """ "总统府", "总统大选": an ignored phrase opening with an office word ("南非总统府" is no leader)."""
        return self._indexes[language].office_phrase

    def state_form(self, language: str) -> re.Pattern[str] | None:
        """ "共和国", "联邦政府": the words of a state's formal name after its country's name, the whole text."""
        return self._indexes[language].state_form

    def fold(self, text: str, language: str) -> str:
        return self._indexes[language].fold(text)

    # -- lookups --------------------------------------------------------------------------------

    def holders(self, country: str, roles: tuple[Role, ...], day: date) -> list[LeaderEntry]:
        """Leaders holding one of ``roles`` in ``country`` on ``day`` (acting ones last)."""
        key = (country, roles, day)
        cached = self._holders.get(key)
        if cached is None:
            cached = self._holders[key] = self._find_holders(country, roles, day)
            if len(self._holders) > 50_000:
                self._holders.clear()
        return cached

    def _find_holders(self, country: str, roles: tuple[Role, ...], day: date) -> list[LeaderEntry]:
        wanted = set(roles)
        found = [
            leader
            for leader in self._by_office_country.get(country, ())
            if any(o.country == country and o.role in wanted and o.held_on(day) for o in leader.offices)
        ]
        found.sort(
            key=lambda leader: any(
                "acting" in o.title.lower() or "interim" in o.title.lower()
                for o in leader.offices
                if o.country == country and o.held_on(day)
            )
        )
        return found

    @cached_property
    def _by_office_country(self) -> dict[str, list[LeaderEntry]]:
        index: dict[str, list[LeaderEntry]] = defaultdict(list)
        for leader in self.watchlist.leaders:
            for code in {office.country for office in leader.offices}:
                index[code].append(leader)
        return index

    def pattern_count(self, language: str = "en") -> int:
        return self._indexes[language].size


def build_index(names: LanguageNames, gazetteer: Gazetteer) -> _Index:
    """The patterns of one language's names file, with the same ids and kinds as the English ones.

    Russian names are added in every case form (:mod:`pipeline.tagging.russian`), Chinese ones
    folded to Simplified characters (:mod:`pipeline.tagging.chinese`); titles are made as in English,
    of the office words of the offices each country's leaders held and the country's adjectives and
    names: "российский президент", "президент России", "俄罗斯总统", "俄总统".
    """
    russian = names.language == "ru"
    folder = fold_chinese if names.language == "zh" else fold
    context_only = frozenset(folder(name) for name in names.context_only)
    if names.language == "zh":
        context_only |= gazetteer.context_only  # the watchlist's own common names, read in Latin letters too
    index = _Index(names.language, context_only, folder)

    # Chinese has no capitals: only Latin acronyms ("G20", "APEC") are matched by their case.
    default_case: Case = "any" if names.language == "zh" else "capital"

    def add(text: str, pattern: Pattern, mode: Mode) -> None:
        for form in case_forms(text, mode) if russian else (text,):
            index.add(form, pattern)

    by_code = {country.code: country for country in names.countries}
    short_forms = {form: country.code for country in names.countries for form in country.short_forms}
    for country in names.countries:
        code = country.code
        for name in (*country.names, *country.ambiguous):
            kind: PatternKind = "ambiguous_country" if name in country.ambiguous else "country"
            add(name, Pattern(kind, code, _case_of(name, default_case), code), "place")
        for adjective in country.adjectives:
            add(adjective, Pattern("adjective", code, _case_of(adjective, default_case), code), "all")
        for city, city_names in country.cities.items():
            for name in city_names:
                add(name, Pattern("city", city, _case_of(name, default_case), code), "place")
        for institution, institution_names in country.institutions.items():
            for name in institution_names:
                add(name, Pattern("institution", institution, _case_of(name, default_case), code), "place")
    for leader_id, leader_names in names.leaders.items():
        leader = gazetteer.leaders[leader_id]
        for name in leader_names:
            add(name, Pattern("leader", leader_id, _case_of(name, default_case), leader.country), "name")
        if russian:
            starts = frozenset(
                folder(part)[:NAME_START] for name in leader_names if " " in name for part in name.split()
            )
            if starts:
                index.own_name_starts[leader_id] = starts
    if names.language == "zh":
        # Chinese outlets leave many names in Latin letters ("澳洲总理Anthony Albanese", "Albanese表示"):
        # the watchlist's own spellings, capitalised as written.
        for leader in gazetteer.watchlist.leaders:
            for alias in dict.fromkeys([leader.name, *leader.aliases]):
                if alias.isascii():
                    add(alias, Pattern("leader", leader.id, _case_of(alias, "capital"), leader.country), "name")
    for event_id, event_names in names.events.items():
        event = gazetteer.events[event_id]
        for name in event_names:
            add(name, Pattern("event", event_id, _case_of(name, default_case), event.country), "all")
    for theme_id, phrases in names.themes.items():
        for phrase in phrases:
            add(phrase, Pattern("theme", theme_id, _case_of(phrase, "any")), "all")
    for (code, noun), noun_roles in gazetteer.office_roles().items():
        country_names = by_code.get(code)
        words = names.offices.get(noun)
        if country_names is None or not words:
            continue
        pattern = Pattern("title", code, "any", code, tuple(sorted(noun_roles)))
        for word in words:
            if russian:
                for adjective in country_names.adjectives:
                    add(f"{adjective} {word}", pattern, "place")
                    inside = with_adjective_inside(word, adjective)  # "главы российского государства"
                    if inside is not None:
                        add(inside, pattern, "place")
                for name in country_names.names:
                    for genitive in case_forms(name, "place", ("gent",)):
                        add(f"{word} {genitive}", pattern, "place")
            else:
                for qualifier in (*country_names.names, *country_names.short_forms):
                    add(f"{qualifier}{word}", pattern, "place")
    for fixed in names.fixed_titles:
        for word in fixed.words:
            add(word, Pattern("title", fixed.country, "any", fixed.country, (fixed.role,)), "place")
    for role, words in names.bare_titles.items():
        for word in words:
            add(word, Pattern("title", "", "any", None, (role,)), "place")
    for phrase in names.short_form_phrases:
        parts = tuple(
            (offset, Pattern("country", short_forms[char], "any", short_forms[char]))
            for offset, char in enumerate(phrase)
            if char in short_forms
        )
        if parts:
            index.add_compound(phrase, parts)
    for phrase, leader_ids in names.meetings.items():
        # "川习会": each leader's character is a mention of that leader.
        index.add_compound(
            phrase,
            tuple(
                (offset, Pattern("leader", leader_id, "any", gazetteer.leaders[leader_id].country))
                for offset, leader_id in enumerate(leader_ids)
            ),
        )
    for phrase in names.ignore:
        add(phrase, Pattern("ignore", "", "any"), "all")
    gap = r"[\s-]*" if names.language == "zh" else r"\w*[\s-]+"
    if names.not_current:
        # Russian words are given as stems ("бывш" for every form of "бывший").
        index.not_current = re.compile(f"(?:{'|'.join(map(re.escape, map(folder, names.not_current)))}){gap}$")
    office_words = {folder(word) for words in (*names.offices.values(), *names.bare_titles.values()) for word in words}
    if office_words:
        alternatives = "|".join(map(re.escape, sorted(office_words, key=len, reverse=True)))
        index.office_before = re.compile(f"(?:{alternatives}){gap}$")
        if names.language == "zh":
            index.office_after = re.compile(f"^(?:{alternatives})")  # "安倍首相": the office after the name
        if names.former:
            # "前首相", "前英国首相": a "former" word, at most a country (a few characters or words), the
            # office word (in Russian, any of its case forms, and a country in the genitive after it).
            former = "|".join(map(re.escape, map(folder, names.former)))
            between = r"[^\s。，,、；;]{0,8}?" if names.language == "zh" else r"\w*[\s-]+(?:[\w-]+\s+){0,2}?"
            office = f"(?:{alternatives})\\w*(?:[\\s-]+[\\w-]+){{0,2}}?" if russian else f"(?:{alternatives})"
            index.former_office_before = re.compile(f"(?:{former}){between}{office}{gap}$")
    if names.elect:
        index.elect_before = re.compile(f"(?:{'|'.join(map(re.escape, map(folder, names.elect)))})")
    if names.someone_else:
        others = "|".join(map(re.escape, map(folder, names.someone_else)))
        index.someone_else_before = re.compile(f"(?:{others}){gap}$")
    if names.language == "zh" and office_words:
        # Chinese titles are a country and an office word ("南非总统"); an ignored phrase that opens with that
        # word ("总统府", "总统大选") makes the title part of something else, though the title is the longer match.
        opening = sorted(
            (p for p in map(folder, names.ignore) if p.startswith(tuple(office_words))), key=len, reverse=True
        )
        if opening:
            index.office_phrase = re.compile("|".join(map(re.escape, opening)))
    if names.state_forms:
        forms = "|".join(map(re.escape, sorted(map(folder, names.state_forms), key=len, reverse=True)))
        index.state_form = re.compile(f"(?:{forms})+")
    if names.government:
        index.government_after = re.compile(f"^(?:{'|'.join(map(re.escape, map(folder, names.government)))})")
    if russian:
        release()
    index.compile()
    return index
