"""Names of the watchlist in other languages: ``pipeline/data/names/<language>.yaml``.

Each file gives, for one language, the words for the English watchlist's entries, keyed by its ids:
leaders by id (or, for a leader a later watchlist adds, by the English name), countries by ISO code
(names, adjectives, cities keyed by their English name, institutions, Chinese short forms), events
and themes by id, and the office words titles are made of. Entries for ids the loaded watchlist does
not have are left out, so a user's watchlist that replaces the leaders still loads. Every value is
checked at load; a bad file raises :class:`~pipeline.tagging.watchlist.WatchlistError` naming the file
and line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import yaml

from pipeline.configfile import YamlReader
from pipeline.tagging.watchlist import ROLES, Role, Watchlist, WatchlistError

NAMES_DIR: Final = Path(__file__).resolve().parent.parent / "data" / "names"
LANGUAGES: Final = ("ru", "zh")
_SECTIONS: Final = (
    "language",
    "offices",
    "bare_titles",
    "fixed_titles",
    "not_current",
    "former",
    "elect",
    "government",
    "someone_else",
    "state_forms",
    "context_only",
    "ignore",
    "short_forms",
    "short_form_phrases",
    "leaders",
    "meetings",
    "countries",
    "events",
    "themes",
)


@dataclass(frozen=True, slots=True)
class CountryNames:
    code: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...] = ()
    cities: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # English city name -> names
    institutions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # English name -> names
    ambiguous: tuple[str, ...] = ()  # names that are also other things: count only with support
    short_forms: tuple[str, ...] = ()  # Chinese one-character forms ("俄"), read only in short_form_phrases


@dataclass(frozen=True, slots=True)
class FixedTitle:
    """An office word that names one country's office: "国家主席" is China's president."""

    words: tuple[str, ...]
    country: str
    role: Role


@dataclass(frozen=True, slots=True)
class LanguageNames:
    language: str
    leaders: Mapping[str, tuple[str, ...]]  # leader id -> names
    countries: tuple[CountryNames, ...]
    events: Mapping[str, tuple[str, ...]]
    themes: Mapping[str, tuple[str, ...]]
    offices: Mapping[str, tuple[str, ...]]  # English office noun ("prime minister") -> words
    bare_titles: Mapping[Role, tuple[str, ...]]  # office words that alone mean the office of the leader named
    fixed_titles: tuple[FixedTitle, ...]
    not_current: tuple[str, ...]  # words before a title that make it someone else ("бывший", "前")
    former: tuple[str, ...]  # words before an office word that make it a past holder's ("前首相", "бывший премьер")
    elect: tuple[str, ...]  # words before a name that make it a leader about to take office ("候任总统")
    government: tuple[str, ...]  # words after a name that make it a leader's government ("石破政府")
    someone_else: tuple[str, ...]  # words right before a name that make it no leader's ("副总统赖清德")
    # words of a state's formal name between the country's name and an office word ("瑙鲁共和国总统")
    state_forms: tuple[str, ...]
    context_only: frozenset[str]
    ignore: tuple[str, ...]
    short_form_phrases: tuple[str, ...]
    # "川习会" (a Trump-Xi meeting): a phrase whose n-th character is the n-th leader's short form
    meetings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def load_names(
    path: Path, leader_ids: Mapping[str, str], countries: set[str], events: set[str], themes: set[str]
) -> LanguageNames:
    """One language's names file; ``leader_ids`` maps ids and English names to leader ids.

    Usage: ``load_names(NAMES_DIR / "ru.yaml", ...)`` (``load_watchlist`` does this for the shipped files).
    """
    reader = YamlReader(path, WatchlistError)
    root = reader.compose("the names file")
    if root is None:
        raise WatchlistError(f"{path}: the names file is empty")
    top = reader.mapping(root, "the names file")
    reader.only(top, _SECTIONS, "the names file")
    language = reader.text(reader.require(top, "language", root, "the names file"), "language")

    def word_lists(section: str) -> dict[str, tuple[str, ...]]:
        if section not in top:
            return {}
        return {
            key: _words(reader, node, f"{section}.{key}") for key, node in reader.mapping(top[section], section).items()
        }

    leaders: dict[str, tuple[str, ...]] = {}
    for key, names in word_lists("leaders").items():
        leader_id = leader_ids.get(key)
        if leader_id is not None:
            leaders[leader_id] = tuple(dict.fromkeys((*leaders.get(leader_id, ()), *names)))
    bare: dict[Role, tuple[str, ...]] = {}
    for role, words in word_lists("bare_titles").items():
        if role not in ROLES:
            raise reader.error(top["bare_titles"], f"bare_titles: {role!r} is not one of {', '.join(ROLES)}")
        bare[role] = words  # type: ignore[index]
    fixed = []
    for node in reader.sequence(top["fixed_titles"], "fixed_titles") if "fixed_titles" in top else []:
        fields = reader.mapping(node, "fixed_titles[]")
        reader.only(fields, ("words", "country", "role"), "fixed_titles[]")
        role = reader.choice(reader.require(fields, "role", node, "fixed_titles[]"), "fixed_titles[].role", ROLES)
        code = reader.country(reader.require(fields, "country", node, "fixed_titles[]"), "fixed_titles[].country")
        if code in countries:
            fixed.append(FixedTitle(_words(reader, fields["words"], "fixed_titles[].words"), code, role))  # type: ignore[arg-type]
    short_forms = word_lists("short_forms")
    meetings: dict[str, tuple[str, ...]] = {}
    for phrase, keys in word_lists("meetings").items():
        ids = tuple(leader_ids.get(key) for key in keys)
        if len(ids) > len(phrase):
            raise reader.error(top["meetings"], f"meetings.{phrase}: more leaders than characters")
        if all(ids):
            meetings[phrase] = ids  # type: ignore[assignment]
    return LanguageNames(
        language=language,
        leaders=leaders,
        countries=tuple(
            _country(reader, code_node, node, short_forms)
            for code_node, node in _items(reader, top, "countries")
            if str(code_node.value) in countries
        ),
        events={key: names for key, names in word_lists("events").items() if key in events},
        themes={key: names for key, names in word_lists("themes").items() if key in themes},
        offices=word_lists("offices"),
        bare_titles=bare,
        fixed_titles=tuple(fixed),
        not_current=reader.texts(top, "not_current", "the names file"),
        former=reader.texts(top, "former", "the names file"),
        elect=reader.texts(top, "elect", "the names file"),
        government=reader.texts(top, "government", "the names file"),
        someone_else=reader.texts(top, "someone_else", "the names file"),
        state_forms=reader.texts(top, "state_forms", "the names file"),
        context_only=frozenset(reader.texts(top, "context_only", "the names file")),
        ignore=reader.texts(top, "ignore", "the names file"),
        short_form_phrases=reader.texts(top, "short_form_phrases", "the names file"),
        meetings=meetings,
    )


def _items(reader: YamlReader, top: dict[str, yaml.Node], section: str) -> list[tuple[yaml.Node, yaml.Node]]:
    if section not in top:
        return []
    node = top[section]
    reader.mapping(node, section)  # checks the shape and duplicate keys
    for key_node, _ in node.value:
        reader.country(key_node, f"a key of {section}")
    return list(node.value)


def _words(reader: YamlReader, node: yaml.Node, where: str) -> tuple[str, ...]:
    if isinstance(node, yaml.ScalarNode):
        return (reader.text(node, where),)
    return tuple(reader.text(item, where) for item in reader.sequence(node, where))


def _country(
    reader: YamlReader, code_node: yaml.Node, node: yaml.Node, short_forms: Mapping[str, tuple[str, ...]]
) -> CountryNames:
    code = str(code_node.value)
    where = f"countries.{code}"
    fields = reader.mapping(node, where)
    reader.only(fields, ("names", "adjectives", "cities", "institutions", "ambiguous"), where)

    def named(key: str) -> dict[str, tuple[str, ...]]:
        if key not in fields:
            return {}
        return {
            name: _words(reader, value, f"{where}.{key}.{name}")
            for name, value in reader.mapping(fields[key], f"{where}.{key}").items()
        }

    return CountryNames(
        code=code,
        names=reader.texts(fields, "names", where),
        adjectives=reader.texts(fields, "adjectives", where),
        cities=named("cities"),
        institutions=named("institutions"),
        ambiguous=reader.texts(fields, "ambiguous", where),
        short_forms=short_forms.get(code, ()),
    )


def shipped_names(watchlist: Watchlist) -> tuple[LanguageNames, ...]:
    """The shipped names files (``pipeline/data/names/``), read against ``watchlist``'s ids."""
    leader_ids: dict[str, str] = {}
    for leader in watchlist.leaders:
        leader_ids.setdefault(leader.name, leader.id)
    for leader in watchlist.leaders:
        leader_ids[leader.id] = leader.id
    countries = {country.code for country in watchlist.countries}
    events = {event.id for event in watchlist.events}
    themes = {theme.id for theme in watchlist.themes}
    return tuple(
        load_names(NAMES_DIR / f"{language}.yaml", leader_ids, countries, events, themes) for language in LANGUAGES
    )
