"""The watchlist: leaders, countries, events and themes, loaded from YAML files users can edit.

The shipped files live in ``pipeline/data/``; a user's file extends them (same ``id`` replaces an
entry) or, with ``mode: replace`` at its top, replaces the sections it has. Every value is checked at
load; a bad file raises :class:`WatchlistError` naming the file and line, never a traceback.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Final, Literal

import yaml

from pipeline.configfile import ConfigError, YamlReader

DATA_DIR: Final = Path(__file__).resolve().parent.parent / "data"
DEFAULT_FILES: Final = tuple(
    DATA_DIR / name for name in ("countries.yaml", "leaders.yaml", "events.yaml", "themes.yaml")
)
# "party_leader": a ruling party's general secretary who leads the state (LABELLING.md counts one, as a China
# or Vietnam desk does: Tô Lâm's trips as the Communist Party's general secretary are the state's).
# "other": watched offices whose holders lead no state (the EU's presidents, a crown prince, Kenya's prime
# minister of 2008-2013): they are named and tagged, and their trips are not alerts.
ROLES: Final = ("head_of_state", "head_of_government", "party_leader", "other")
Role = Literal["head_of_state", "head_of_government", "party_leader", "other"]
SECTIONS: Final = ("leaders", "countries", "events", "themes", "context_only_names", "ignore_phrases")
# Offices that are watched but lead no state: an heir leads one only while holding another office
# (LABELLING.md counts "a crown prince who is prime minister").
HEIR_TITLES: Final = ("crown prince",)


class WatchlistError(ConfigError):
    """A watchlist file cannot be used; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Office:
    role: Role
    title: str
    country: str
    start: date
    end: date | None

    def held_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)

    @property
    def leads(self) -> bool:
        """Whether holding it makes its holder a leader (an heir's office does not)."""
        return not self.title.lower().startswith(HEIR_TITLES)


@dataclass(frozen=True, slots=True)
class LeaderEntry:
    id: str
    name: str
    country: str
    aliases: tuple[str, ...]
    offices: tuple[Office, ...]

    def offices_on(self, day: date) -> tuple[Office, ...]:
        return tuple(office for office in self.offices if office.held_on(day))


@dataclass(frozen=True, slots=True)
class CountryEntry:
    code: str
    name: str
    names: tuple[str, ...]  # other names: "Britain", "Türkiye", "the U.S."
    adjectives: tuple[str, ...]  # "Chinese", "Sino"
    capital: str | None
    cities: tuple[str, ...]
    institutions: tuple[str, ...]  # "the Kremlin"
    ambiguous_names: tuple[str, ...]  # names that are also common words or other places ("Jordan")
    leader_role: Role
    # the country a special administrative region belongs to ("HK": "CN"): its own leaders' trips there are
    # domestic
    part_of: str | None = None


@dataclass(frozen=True, slots=True)
class Edition:
    year: int
    country: str
    city: str | None
    start: date | None
    end: date | None


@dataclass(frozen=True, slots=True)
class EventEntry:
    id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None  # for events always held in one place (UNGA: US)
    city: str | None
    month: int | None  # usual month, when the event recurs at a fixed time of year
    editions: tuple[Edition, ...]

    def edition(self, year: int) -> Edition | None:
        for edition in self.editions:
            if edition.year == year:
                return edition
        if self.country is not None:
            return Edition(year, self.country, self.city, None, None)
        return None


@dataclass(frozen=True, slots=True)
class ThemeEntry:
    id: str
    name: str
    phrases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Watchlist:
    leaders: tuple[LeaderEntry, ...]
    countries: tuple[CountryEntry, ...]
    events: tuple[EventEntry, ...]
    themes: tuple[ThemeEntry, ...]
    context_only_names: frozenset[str] = field(default_factory=frozenset)
    ignore_phrases: tuple[str, ...] = ()

    def country(self, code: str) -> CountryEntry | None:
        return _index(self.countries, "code").get(code)


def _index(entries: Iterable[Any], key: str) -> dict[str, Any]:
    return {getattr(entry, key): entry for entry in entries}


@dataclass
class _Sections:
    leaders: dict[str, LeaderEntry] = field(default_factory=dict)
    countries: dict[str, CountryEntry] = field(default_factory=dict)
    events: dict[str, EventEntry] = field(default_factory=dict)
    themes: dict[str, ThemeEntry] = field(default_factory=dict)
    context_only_names: set[str] = field(default_factory=set)
    ignore_phrases: list[str] = field(default_factory=list)
    # Where each country code was used, to check it against the countries at the end.
    country_uses: list[tuple[str, Path, int, str]] = field(default_factory=list)


def load_watchlist(extra: Sequence[Path] = (), *, defaults: bool = True) -> Watchlist:
    """The shipped watchlist (``defaults``) extended by each of ``extra``, in order.

    Usage: ``load_watchlist([Path("my-watchlist.yaml")])``. Raises :class:`WatchlistError`.
    """
    sections = _Sections()
    for path in (*(DEFAULT_FILES if defaults else ()), *extra):
        _load_file(Path(path), sections)
    for code, path, line, where in sections.country_uses:
        if code not in sections.countries:
            raise WatchlistError(f"{path}:{line}: {where} is {code!r}, which is not a country of the watchlist")
    return Watchlist(
        leaders=tuple(sections.leaders.values()),
        countries=tuple(sections.countries.values()),
        events=tuple(sections.events.values()),
        themes=tuple(sections.themes.values()),
        context_only_names=frozenset(name.lower() for name in sections.context_only_names),
        ignore_phrases=tuple(sections.ignore_phrases),
    )


def _load_file(path: Path, sections: _Sections) -> None:
    reader = YamlReader(path, WatchlistError)
    root = reader.compose("the watchlist file")
    if root is None:
        return
    top = reader.mapping(root, "the watchlist file")
    reader.only(top, ("mode", *SECTIONS), "the watchlist file")
    mode = reader.optional_text(top, "mode", "the watchlist file") or "extend"
    if mode not in ("extend", "replace"):
        raise reader.error(top["mode"], f"mode must be 'extend' or 'replace', got {mode!r}")
    if mode == "replace":
        for name in SECTIONS:
            if name in top:
                getattr(sections, name).clear()
    if "countries" in top:
        for node in reader.sequence(top["countries"], "countries"):
            country = _country(reader, node)
            sections.countries[country.code] = country
    if "leaders" in top:
        for node in reader.sequence(top["leaders"], "leaders"):
            leader = _leader(reader, node, sections)
            sections.leaders[leader.id] = leader
    if "events" in top:
        for node in reader.sequence(top["events"], "events"):
            event = _event(reader, node, sections)
            sections.events[event.id] = event
    if "themes" in top:
        for node in reader.sequence(top["themes"], "themes"):
            theme = _theme(reader, node)
            sections.themes[theme.id] = theme
    if "ignore_phrases" in top:
        for node in reader.sequence(top["ignore_phrases"], "ignore_phrases"):
            sections.ignore_phrases.append(reader.text(node, "ignore_phrases"))
    if "context_only_names" in top:
        for node in reader.sequence(top["context_only_names"], "context_only_names"):
            sections.context_only_names.add(reader.text(node, "context_only_names"))


def _use_country(reader: YamlReader, sections: _Sections, node: yaml.Node, where: str) -> str:
    code = reader.country(node, where)
    sections.country_uses.append((code, reader.path, node.start_mark.line + 1, where))
    return code


def _leader(reader: YamlReader, node: yaml.Node, sections: _Sections) -> LeaderEntry:
    fields = reader.mapping(node, "a leader")
    reader.only(fields, ("id", "name", "country", "aliases", "offices"), "a leader")
    leader_id = reader.ident(reader.require(fields, "id", node, "a leader"), "leader id")
    where = f"leader {leader_id}"
    name = reader.text(reader.require(fields, "name", node, where), f"{where}.name")
    country = _use_country(reader, sections, reader.require(fields, "country", node, where), f"{where}.country")
    offices = []
    for office_node in reader.sequence(reader.require(fields, "offices", node, where), f"{where}.offices"):
        office = reader.mapping(office_node, f"{where}.offices[]")
        reader.only(office, ("role", "title", "country", "start", "end"), f"{where}.offices[]")
        role = reader.text(reader.require(office, "role", office_node, f"{where}.offices[]"), f"{where} role")
        if role not in ROLES:
            raise reader.error(office["role"], f"{where}: role must be one of {', '.join(ROLES)}, got {role!r}")
        title = reader.text(reader.require(office, "title", office_node, f"{where}.offices[]"), f"{where} title")
        office_country = (
            _use_country(reader, sections, office["country"], f"{where} office country")
            if "country" in office
            else country
        )
        start = reader.day(reader.require(office, "start", office_node, f"{where}.offices[]"), f"{where} start")
        end = reader.optional_day(office, "end", f"{where}.offices[]")
        if end is not None and end < start:
            raise reader.error(office_node, f"{where}: an office ends ({end}) before it starts ({start})")
        offices.append(Office(role, title, office_country, start, end))  # type: ignore[arg-type]
    if not offices:
        raise reader.error(node, f"{where} needs at least one office")
    return LeaderEntry(leader_id, name, country, reader.texts(fields, "aliases", where), tuple(offices))


def _country(reader: YamlReader, node: yaml.Node) -> CountryEntry:
    fields = reader.mapping(node, "a country")
    allowed = (
        "code",
        "name",
        "names",
        "adjectives",
        "capital",
        "cities",
        "institutions",
        "ambiguous_names",
        "leader_role",
        "part_of",
    )
    reader.only(fields, allowed, "a country")
    code = reader.country(reader.require(fields, "code", node, "a country"), "country code")
    where = f"country {code}"
    role = reader.optional_text(fields, "leader_role", where) or "head_of_state"
    if role not in ROLES:
        raise reader.error(fields["leader_role"], f"{where}: leader_role must be one of {', '.join(ROLES)}")
    return CountryEntry(
        code=code,
        name=reader.text(reader.require(fields, "name", node, where), f"{where}.name"),
        names=reader.texts(fields, "names", where),
        adjectives=reader.texts(fields, "adjectives", where),
        capital=reader.optional_text(fields, "capital", where),
        cities=reader.texts(fields, "cities", where),
        institutions=reader.texts(fields, "institutions", where),
        ambiguous_names=reader.texts(fields, "ambiguous_names", where),
        leader_role=role,  # type: ignore[arg-type]
        part_of=reader.country(fields["part_of"], f"{where}.part_of") if "part_of" in fields else None,
    )


def _event(reader: YamlReader, node: yaml.Node, sections: _Sections) -> EventEntry:
    fields = reader.mapping(node, "an event")
    reader.only(fields, ("id", "name", "aliases", "country", "city", "month", "editions"), "an event")
    event_id = reader.ident(reader.require(fields, "id", node, "an event"), "event id")
    where = f"event {event_id}"
    month = None
    if "month" in fields:
        month_text = reader.text(fields["month"], f"{where}.month")
        if not month_text.isdigit() or not 1 <= int(month_text) <= 12:
            raise reader.error(fields["month"], f"{where}.month must be a number from 1 to 12")
        month = int(month_text)
    editions = []
    for edition_node in reader.sequence(fields["editions"], f"{where}.editions") if "editions" in fields else []:
        edition = reader.mapping(edition_node, f"{where}.editions[]")
        reader.only(edition, ("year", "country", "city", "start", "end"), f"{where}.editions[]")
        year_text = reader.text(reader.require(edition, "year", edition_node, f"{where}.editions[]"), f"{where} year")
        if not year_text.isdigit():
            raise reader.error(edition["year"], f"{where}: year must be a number, got {year_text!r}")
        editions.append(
            Edition(
                year=int(year_text),
                country=_use_country(
                    reader,
                    sections,
                    reader.require(edition, "country", edition_node, f"{where}.editions[]"),
                    f"{where} edition country",
                ),
                city=reader.optional_text(edition, "city", where),
                start=reader.optional_day(edition, "start", where),
                end=reader.optional_day(edition, "end", where) or _month_end(edition.get("start")),
            )
        )
    # Without a country or editions the venue comes from the story ("the CIS summit in Dushanbe").
    country = _use_country(reader, sections, fields["country"], f"{where}.country") if "country" in fields else None
    return EventEntry(
        id=event_id,
        name=reader.text(reader.require(fields, "name", node, where), f"{where}.name"),
        aliases=reader.texts(fields, "aliases", where),
        country=country,
        city=reader.optional_text(fields, "city", where),
        month=month,
        editions=tuple(sorted(editions, key=lambda edition: edition.year)),
    )


def _month_end(node: yaml.Node | None) -> date | None:
    """The last day of the month, when a start was given as a month alone (``2023-07``)."""
    if not isinstance(node, yaml.ScalarNode):
        return None
    match = re.fullmatch(r"(\d{4})-(\d{2})", str(node.value).strip())
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    return date(year, month, calendar.monthrange(year, month)[1])


def _theme(reader: YamlReader, node: yaml.Node) -> ThemeEntry:
    fields = reader.mapping(node, "a theme")
    reader.only(fields, ("id", "name", "phrases"), "a theme")
    theme_id = reader.ident(reader.require(fields, "id", node, "a theme"), "theme id")
    where = f"theme {theme_id}"
    phrases = reader.texts(fields, "phrases", where)
    if not phrases:
        raise reader.error(node, f"{where} needs at least one phrase")
    return ThemeEntry(theme_id, reader.text(reader.require(fields, "name", node, where), f"{where}.name"), phrases)
