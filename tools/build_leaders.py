"""Regenerate pipeline/data/leaders.yaml from a public list of state leaders and tools/leader_extras.yaml.

    python tools/build_leaders.py DIR

DIR is the fetched dataset's ``Page/`` folder, holding List_of_state_leaders_in_the_21st_century.md and
"List_of_state_leaders_in_the_20th_century_(1951–2000).md" (for the terms that ended in 2000).

Dataset: English Wikipedia, "List of state leaders in the 21st century" and "... in the 20th century
(1951–2000)" (heads of state, heads of government and ruling-party general secretaries of every state,
with their years in office), as plain text in github.com/chinapedia/wikipedia.abstract.en, folder
``Page/``, at commit 4f3e897da088cbe89a4f1d4cba3fa2e439c3721b (converted from the Wikipedia dump of
2019-07-20). Licence: Wikipedia text, CC BY-SA 4.0
(https://creativecommons.org/licenses/by-sa/4.0/); the watchlist takes names, offices and years from it.

The list gives years, not days: where one holder follows another in the same year, the change is put
at an even split of that year (mid-year for one change), so that offices never overlap; a start or end
with no neighbour is put at 1 July. tools/leader_extras.yaml adds what the list cannot serve: the
entries curated by hand before (exact dates and aliases for 83 countries and the EU; they win over the
list for the offices they hold), the Wikipedia titles of names the list gives short ("Fahd" is "Fahd of
Saudi Arabia"), aliases news uses, and every change after the dump date, as one dated line each.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml

from pipeline.tagging.fold import fold

ROOT = Path(__file__).resolve().parent.parent
EXTRAS = ROOT / "tools" / "leader_extras.yaml"
COUNTRIES = ROOT / "pipeline" / "data" / "countries.yaml"
OUTPUT = ROOT / "pipeline" / "data" / "leaders.yaml"
DATASET = "github.com/chinapedia/wikipedia.abstract.en, folder Page/"
DATASET_FILES = (
    "List_of_state_leaders_in_the_21st_century.md",
    "List_of_state_leaders_in_the_20th_century_(1951–2000).md",
)
DATASET_COMMIT = "4f3e897da088cbe89a4f1d4cba3fa2e439c3721b"
DATASET_DATE = "2019-07-20"
FIRST_YEAR = 2000

# Heading words of the list's sections, and of the titles in its lines, by the role they stand for.
_HEAD_OF_STATE = re.compile(
    r"president|heads? of state|monarch|king|queen|emir|sultan|sovereign|pope|druk gyalpo|grand duke|prince|"
    r"chairm[ae]n|supreme leader|guide of the revolution|yang di-pertuan agong|governor-general",
    re.IGNORECASE,
)
_HEAD_OF_GOVERNMENT = re.compile(
    r"prime minister|premier|chancellor|heads? of government|chief executive|council of ministers|state counsellor",
    re.IGNORECASE,
)
_PARTY_LEADER = re.compile(r"general secretar|first secretar|party", re.IGNORECASE)
# Sections that are not the state's own leaders: foreign envoys, co-princes, rotating pairs.
_NOT_A_LEADER = re.compile(
    r"high representative|co-prince|captains? regent|governorate|paramount leader|contesting|in rebellion|disputed|"
    r"presidential council|\bmembers?\b|secretary-general|eternal",
    re.IGNORECASE,
)
_TERM = re.compile(r"([^,()]*?)\s*\((\d{4})(?:\s*[–-]\s*(\d{4}|present))?\)")
_BULLET = re.compile(r"^(:+)\*\s*(.*)$")


@dataclass(frozen=True, slots=True)
class Term:
    """One line of the list: a person, the title held, and the years (``end`` None: in office)."""

    block: str
    name: str
    title: str
    role: str
    start: int
    end: int | None


@dataclass
class Leader:
    id: str
    name: str
    country: str
    aliases: list[str] = field(default_factory=list)
    offices: list[dict[str, Any]] = field(default_factory=list)
    auto_surname: bool = False  # its surname alias was made here, not written by hand


# -- reading the list -------------------------------------------------------------------------------


def parse_state_leaders(text: str) -> list[Term]:
    """Every term in the list's country blocks: ``- Angola`` then ``:*Presidents`` then ``::*Name, Title (Y–Y)``."""
    terms: list[Term] = []
    block: str | None = None
    sections: dict[int, str] = {}
    pending: tuple[int, str] | None = None  # a name on its own line, its titles on the deeper lines below
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("-   "):
            block, sections, pending = _block_name(line[4:]), {}, None
            continue
        if block is None:
            continue
        if line and not line.startswith((":", " ")) and not line.startswith("_"):
            block = None  # a region heading ("Africa: East") or the references
            continue
        bullet = _BULLET.match(line)
        if bullet is None:
            continue
        depth, body = len(bullet.group(1)), bullet.group(2).strip()
        for level in [level for level in sections if level >= depth]:
            del sections[level]
        if not _TERM.search(body):
            # A heading ("Presidents (complete list)"), or a name whose titles follow one level down.
            sections[depth] = body
            pending = None if re.search(r"[(–]", body) else (depth, body.rstrip(",: "))
            continue
        name, rest = _split_name(body)
        if not name and pending is not None and depth > pending[0]:
            name = pending[1]
        if not name:
            continue
        heading = " ".join(sections[level] for level in sorted(sections))
        for title, start, end in _terms(rest):
            title = title or _heading_title(sections)  # "Fidel Castro, (1965–2011)" under its office's heading
            role = role_of(heading, title)
            if role is None:
                continue
            # "(2003)": held within one year; "(2017–present)": in office at the dump date.
            last = None if end == "present" else int(end or start)
            terms.append(Term(block, name, title, role, int(start), last))
    return terms


def _block_name(text: str) -> str:
    name = re.split(r"\s*\(complete list\)|\s+–\s*$|, has limited|, \(Recognized", text)[0]
    return name.strip(" –").strip()


def _heading_title(sections: dict[int, str]) -> str:
    """The office a heading names, in the singular: "First Secretaries of the Party" -> "First Secretary of ..."."""
    heading = re.split(r"\s*\(complete list\)|\s+–", sections[max(sections)])[0] if sections else ""
    office, _, rest = heading.partition(" of ")
    office = re.sub(r"ies\b", "y", re.sub(r"men\b", "man", office))
    office = re.sub(r"(?<=[a-z])s\b", "", office)
    return f"{office} of {rest}" if rest else office


def _split_name(body: str) -> tuple[str, str]:
    """ "Mahmoud Abbas, Acting President (2005–2008), President (2008–present)" -> name, the rest."""
    first = _TERM.search(body)
    comma = body.find(",")
    if comma == -1 or (first is not None and first.start() < comma and "(" in body[:comma]):
        return "", body
    return body[:comma].strip(), body[comma + 1 :].strip()


def _terms(rest: str) -> Iterator[tuple[str, str, str | None]]:
    for match in _TERM.finditer(rest):
        title = re.sub(r"[_*]", "", match.group(1)).strip(" ,")
        yield title, match.group(2), match.group(3)


def role_of(heading: str, title: str) -> str | None:
    """The role a line's title stands for, read with its section's heading ("Chairman" of the "Council
    of Ministers" heads the government); ``None`` for offices that are not the state's own leader."""
    text = f"{title} {heading}"
    if _NOT_A_LEADER.search(text):
        return None
    if _HEAD_OF_GOVERNMENT.search(text):
        return "head_of_government"
    if _PARTY_LEADER.search(text):
        return "party_leader"
    if _HEAD_OF_STATE.search(text):
        return "head_of_state"
    return None


# -- dates ------------------------------------------------------------------------------------------


def dated(terms: list[Term]) -> list[tuple[Term, date, date | None]]:
    """Days for the years of one office's holders, in the list's order, without overlaps between them.

    A change inside a year (one holder's last year is the next one's first) falls at an even split of
    that year: mid-year for one change, at thirds for two, and so on.
    """
    # A term within one year goes before a longer one starting that year: "(2000)", then "(2000–2004)".
    ordered = sorted(terms, key=lambda term: (term.start, term.end or 9999))
    boundaries: dict[int, date] = {}  # index i: the day term i ends and term i + 1 starts
    per_year: dict[int, list[int]] = defaultdict(list)
    for index, (term, following) in enumerate(pairwise(ordered)):
        if term.end is not None and term.end == following.start:
            per_year[term.end].append(index)
    for year, indexes in per_year.items():
        for position, index in enumerate(indexes, start=1):
            boundaries[index] = date(year, 1, 1) + timedelta(days=round(365 * position / (len(indexes) + 1)))
    result = []
    for index, term in enumerate(ordered):
        start = boundaries.get(index - 1, date(term.start, 7, 1))
        end: date | None = None
        if term.end is not None:
            end = boundaries.get(index, date(term.end, 7, 1))
            if end <= start:
                end = max(start, date(term.end, 12, 31))
        result.append((term, start, end))
    return result


# -- names ------------------------------------------------------------------------------------------

_PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "la", "le", "al", "el"}
_NO_SURNAME = re.compile(r"\b(?:bin|ibn|bint|binti|of|ul|Pope|King|Sheikh|Sultan|Emir)\b|\b[Aa]l (?=[A-Z])")


def slug(name: str) -> str:
    """ "Nông Đức Mạnh" -> "nong-duc-manh" (letters that do not decompose fold as the tagger folds them)."""
    ascii_name = unicodedata.normalize("NFKD", fold(name)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def surname_alias(name: str) -> str | None:
    """The family name news uses alone: "Hakainde Hichilema" -> "Hichilema"; none for Arabic-style names.

    Names built with "bin", "of", "Al" and the like ("Tamim bin Hamad Al Thani") and one-word names
    have no surname to use alone; a surname with a particle keeps it ("Ursula von der Leyen" -> "von
    der Leyen" is not produced: the particle makes the last word alone unsafe).
    """
    words = name.split()
    if len(words) < 2 or _NO_SURNAME.search(name) or words[-2].lower() in _PARTICLES:
        return None
    last = _ARTICLE.sub("", words[-1])  # "al-Bashir" -> "Bashir"
    if len(last) < 4 or not last[0].isupper() or last.rstrip(".").isupper() or "." in last:
        return None
    return last


_ARTICLE = re.compile(r"\b([AaEe]l)[- ](?=[A-Z])")


def article_variants(name: str) -> list[str]:
    """The spellings news uses for an Arabic article: "Omar al-Bashir" -> "Omar al Bashir", "Omar el-Bashir",
    "Omar el Bashir", "Omar Bashir" (the name itself is not repeated)."""
    if not _ARTICLE.search(name):
        return []
    variants = [_ARTICLE.sub(article, name) for article in ("al-", "al ", "el-", "el ", "")]
    return [variant for variant in dict.fromkeys(variants) if variant.lower() != name.lower()]


# -- building ---------------------------------------------------------------------------------------


def country_codes(countries: list[dict[str, Any]], overrides: dict[str, str]) -> dict[str, str]:
    codes = {}
    for country in countries:
        for name in (country["name"], *country.get("names", [])):
            codes[_key(name)] = country["code"]
    codes.update({_key(name): code for name, code in overrides.items()})
    return codes


def _key(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()


def build(dataset_text: str, extras: dict[str, Any], countries: list[dict[str, Any]]) -> list[Leader]:
    """The watchlist's leaders: curated entries, then the list's terms where no curated office serves."""
    codes = country_codes(countries, extras.get("blocks", {}))
    country_names = {country["code"]: country["name"] for country in countries} | extras.get("title_names", {})
    titles: dict[str, str] = extras.get("names", {})
    skip = set(extras.get("skip", []))
    leaders: dict[str, Leader] = {}
    by_name: dict[str, str] = {}
    for entry in extras.get("leaders", []):
        leader = Leader(
            entry["id"], entry["name"], entry["country"], list(entry.get("aliases", [])), list(entry["offices"])
        )
        leaders[leader.id] = leader
        for name in (leader.name, *leader.aliases):
            by_name.setdefault(_key(name), leader.id)
    curated = {
        (office.get("country", leader.country), office["role"])
        for leader in leaders.values()
        for office in leader.offices
        if not office.get("end") or _day(office["end"]).year >= FIRST_YEAR
    }

    offices: dict[tuple[str, str], list[Term]] = defaultdict(list)
    seen: set[tuple[str, str, str, int, int | None]] = set()  # the two lists repeat the terms that span 2000
    for term in parse_state_leaders(dataset_text):
        code = codes.get(_key(term.block))
        if code is None or term.name in skip or (term.end is not None and term.end < FIRST_YEAR):
            continue
        name = titles.get(term.name, term.name)
        if (code, term.role, name, term.start, term.end) in seen:
            continue
        seen.add((code, term.role, name, term.start, term.end))
        offices[(code, term.role)].append(Term(code, name, term.title, term.role, term.start, term.end))
    for (code, role), terms in sorted(offices.items()):
        if (code, role) in curated:
            continue
        for term, start, end in dated(terms):
            leader = _leader_for(term.name, code, leaders, by_name)
            office: dict[str, Any] = {"role": role, "title": _office_title(term.title, country_names[code])}
            office.update({"start": start, "end": end} if end else {"start": start})
            if code != leader.country:
                office["country"] = code
            leader.offices.append(office)
    earlier = set()
    for code, role, name, title, start, end, aliases in extras.get("earlier", []):
        leader = _leader_for(name, code, leaders, by_name, surname=False)
        leader.aliases.extend(alias for alias in aliases if alias not in leader.aliases)
        leader.offices.append({"role": role, "title": title, "start": start, "end": end})
        earlier.add(leader.id)
    for change in extras.get("changes", []):
        _apply_change(change, leaders, by_name, country_names)
    for code, role, name, start, *end in extras.get("terms", []):
        _set_term(leaders, by_name, (code, role, name), _day(start), _day(end[0]) if end else None)
    for code, role, end in extras.get("ends", []):
        _end_office(leaders, code, role, _day(end))
    for code in extras.get("presidents_lead_government", []):
        _heads_of_state_lead_government(leaders, code)
    for name, aliases in extras.get("aliases", {}).items():
        leader_id = by_name.get(_key(name))
        if leader_id is None:
            raise SystemExit(f"{EXTRAS}: aliases for {name!r}, who is not on the watchlist")
        leaders[leader_id].aliases.extend(alias for alias in aliases if alias not in leaders[leader_id].aliases)
    for leader in leaders.values():
        known = {_key(alias) for alias in (leader.name, *leader.aliases)}
        leader.aliases.extend(variant for variant in article_variants(leader.name) if _key(variant) not in known)
    _guard_surnames(leaders, extras, countries)
    hand_written = {entry["id"] for entry in extras.get("leaders", [])} | earlier
    return [leader for leader in leaders.values() if leader.id in hand_written or _since(leader, FIRST_YEAR)]


def _guard_surnames(leaders: dict[str, Leader], extras: dict[str, Any], countries: list[dict[str, Any]]) -> None:
    """Surnames taken from the list that would match other things: a place ("Nepal") is dropped; a given
    name ("James", "Charles"), a short one or a common word ("Friday") counts only in context."""
    places = {
        _key(name)
        for country in countries
        for name in (
            country["name"],
            *country.get("names", []),
            country.get("capital") or "",
            *country.get("cities", []),
        )
    }
    given = {_key(leader.name.split()[0]) for leader in leaders.values()}
    common = {_key(word) for word in extras.get("common_words", [])}
    context_only: list[str] = extras.setdefault("context_only_names", [])
    for leader in leaders.values():
        surname = surname_alias(re.sub(r"\s*\([^)]*\)$", "", leader.name))
        if not leader.auto_surname or surname is None:
            continue
        if _key(surname) in places:
            leader.aliases.remove(surname)
        elif (_key(surname) in given or _key(surname) in common or len(surname) <= 4) and surname not in context_only:
            context_only.append(surname)


def _leader_for(
    name: str, code: str, leaders: dict[str, Leader], by_name: dict[str, str], *, surname: bool = True
) -> Leader:
    leader_id = by_name.get(_key(name))
    if leader_id is not None:
        return leaders[leader_id]
    leader_id = slug(name)
    if leader_id in leaders:
        leader_id = f"{leader_id}-{code.lower()}"
    # "David Thompson (Barbadian politician)": the title's disambiguation is not in news text.
    plain = re.sub(r"\s*\([^)]*\)$", "", name)
    alias = surname_alias(plain) if surname else None
    aliases = [*([plain] if plain != name else []), *([alias] if alias else [])]
    leader = Leader(leader_id, name, code, aliases, auto_surname=alias is not None)
    leaders[leader_id] = leader
    by_name[_key(name)] = leader_id
    return leader


def _apply_change(
    change: list[Any], leaders: dict[str, Leader], by_name: dict[str, str], country_names: dict[str, str]
) -> None:
    """``[ZM, head_of_state, Hakainde Hichilema, President, 2021-08-24]``: ends whoever held the office then."""
    code, role, name, title, start, *rest = change
    end = rest[0] if rest else None
    start_day = _day(start)
    for leader in leaders.values():
        for office in leader.offices:
            if office.get("country", leader.country) != code or office["role"] != role:
                continue
            office_end = _day(office["end"]) if office.get("end") else None
            if _day(office["start"]) < start_day and (office_end is None or office_end > start_day):
                office["end"] = start_day
    leader = _leader_for(name, code, leaders, by_name)
    office = {"role": role, "title": _office_title(title, country_names[code]), "start": start}
    if end:
        office["end"] = end
    if code != leader.country:
        office["country"] = code
    leader.offices.append(office)


def _set_term(
    leaders: dict[str, Leader], by_name: dict[str, str], office_of: tuple[str, str, str], start: date, end: date | None
) -> None:
    """Exact days for a term the list dates by years only (its year of start finds it)."""
    code, role, name = office_of
    leader = leaders.get(by_name.get(_key(name), ""))
    offices = (
        []
        if leader is None
        else [
            office
            for office in leader.offices
            if office.get("country", leader.country) == code
            and office["role"] == role
            and _day(office["start"]).year == start.year
        ]
    )
    if len(offices) != 1:
        raise SystemExit(f"{EXTRAS}: terms: {name} held no single {role} office of {code} starting in {start.year}")
    offices[0]["start"] = start
    offices[0].pop("end", None)
    if end is not None:
        offices[0]["end"] = end


def _end_office(leaders: dict[str, Leader], code: str, role: str, end: date) -> None:
    """Ends whoever held the office on ``end``; the office stays vacant (abolished, or no successor)."""
    for leader in leaders.values():
        for office in leader.offices:
            held = office.get("country", leader.country) == code and office["role"] == role
            if held and not office.get("end") and _day(office["start"]) < end:
                office["end"] = end


def _heads_of_state_lead_government(leaders: dict[str, Leader], code: str) -> None:
    """Presidential systems: each head of state's term heads the government too, where nobody else did."""

    def spans(role: str) -> list[tuple[Leader, dict[str, Any], date, date]]:
        return [
            (leader, office, _day(office["start"]), _day(office["end"]) if office.get("end") else date.max)
            for leader in leaders.values()
            for office in leader.offices
            if office.get("country", leader.country) == code and office["role"] == role
        ]

    governments = sorted((start, end) for _, _, start, end in spans("head_of_government"))
    for leader, office, start, end in spans("head_of_state"):
        for piece_start, piece_end in _subtract(start, end, governments):
            piece: dict[str, Any] = {**office, "role": "head_of_government", "start": piece_start}
            piece.pop("end", None)
            if piece_end != date.max:
                piece["end"] = piece_end
            leader.offices.append(piece)


def _subtract(start: date, end: date, taken: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """The parts of [start, end) that none of the sorted ``taken`` spans covers."""
    pieces = []
    for taken_start, taken_end in taken:
        if taken_end <= start or taken_start >= end:
            continue
        if taken_start > start:
            pieces.append((start, taken_start))
        start = max(start, taken_end)
    if start < end:
        pieces.append((start, end))
    return pieces


def _day(value: Any) -> date:
    if isinstance(value, date):
        return value
    parts = [int(part) for part in str(value).split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _since(leader: Leader, year: int) -> bool:
    return any(office.get("end") is None or _day(office["end"]).year >= year for office in leader.offices)


def _office_title(title: str, country: str) -> str:
    """ "President" -> "President of Zambia"; a title that names its country already stays as it is."""
    title = _title(title)
    bare = country.removeprefix("the ")
    return title if bare in title else f"{title} of {country}"


def _title(title: str) -> str:
    """ "Prime minister" -> "Prime Minister", "Chairmen" -> "Chairman"; other words as the list writes them."""
    title = re.sub(r"men\b", "man", title[:1].upper() + title[1:])
    return re.sub(r"\bprime minister\b", "Prime Minister", title, flags=re.IGNORECASE)


# -- writing ----------------------------------------------------------------------------------------


def _scalar(value: Any) -> str:
    text = value.isoformat() if isinstance(value, date) else str(value)
    plain = re.fullmatch(r"[\w\u00C0-\u024F\u1E00-\u1EFF][\w\u00C0-\u024F\u1E00-\u1EFF .'’()-]*", text)
    if plain and yaml.safe_load(text) == text and not text.endswith(" ") and text.lower() not in ("yes", "no"):
        return text
    if isinstance(value, date) or re.fullmatch(r"\d{4}(-\d{2}){0,2}", text):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _flow(items: Iterable[str], width: int = 0) -> str:
    """A YAML flow list; with ``width``, wrapped onto indented lines of about that many characters."""
    line, lines = "", []
    for item in (_scalar(item) for item in items):
        if width and line and len(line) + len(item) > width:
            lines.append(line + ",")
            line = ""
        line = f"{line}, {item}" if line else item
    return "[" + "\n  ".join([*lines, line]) + "]"


def render(leaders: list[Leader], extras: dict[str, Any], header: str) -> str:
    lines = [header.rstrip(), ""]
    lines.append("# Surnames and short names that are also common words or shared by many people: they count as a")
    lines.append('# leader only when the article names that leader in full or by office ("President Lee").')
    lines.append(f"context_only_names: {_flow(extras.get('context_only_names', []), width=100)}")
    lines.append("")
    lines.append("# Places and things named after leaders (airports, libraries): not a mention of the leader.")
    lines.append(f"ignore_phrases: {_flow(extras.get('ignore_phrases', []), width=100)}")
    lines.append("")
    lines.append("leaders:")
    current = None
    for leader in sorted(leaders, key=lambda leader: (leader.country, min(_day(o["start"]) for o in leader.offices))):
        if leader.country != current:
            current = leader.country
            lines.append(f"# {'-' * 93}")
        lines.append(f"- id: {_scalar(leader.id)}")
        lines.append(f"  name: {_scalar(leader.name)}")
        lines.append(f"  country: {leader.country}")
        if leader.aliases:
            lines.append(f"  aliases: {_flow(dict.fromkeys(leader.aliases))}")
        lines.append("  offices:")
        for office in sorted(leader.offices, key=lambda office: _day(office["start"])):
            fields = [f"role: {office['role']}", f"title: {_scalar(office['title'])}"]
            if office.get("country") and office["country"] != leader.country:
                fields.append(f"country: {office['country']}")
            fields.append(f"start: {_scalar(office['start'])}")
            if office.get("end"):
                fields.append(f"end: {_scalar(office['end'])}")
            lines.append("    - {" + ", ".join(fields) + "}")
    return "\n".join(lines) + "\n"


HEADER = f"""\
# Leaders of the newswatch watchlist: heads of state and heads of government of every UN member and
# observer state (Holy See, Palestine), Taiwan and Kosovo, and ruling-party general secretaries who lead
# the state, for every officeholder in office from 2000 on, with their terms; and the EU's presidents.
#
# GENERATED by tools/build_leaders.py: edit tools/leader_extras.yaml and re-run, or add entries to your
# own watchlist file (same id replaces). Sources:
# - English Wikipedia, "List of state leaders in the 21st century" and "... in the 20th century
#   (1951–2000)", by the Wikipedia contributors, licence CC BY-SA 4.0, as plain text in
#   {DATASET} at commit
#   {DATASET_COMMIT} (Wikipedia dump of {DATASET_DATE}). It gives years only: where a
#   change's day is not known, it is put mid-year (or at an even split of the year).
# - By hand, tools/leader_extras.yaml: the entries curated before the dataset (83 countries and the EU,
#   exact dates, Wikidata ids, aliases), Wikipedia titles for short names, aliases, 58 leaders of before
#   2000 still named in the news, and every change after {DATASET_DATE}, checked for currency up to
#   {{checked}} (the successions known then; docs/watchlist.md lists the 2026 changes that were not
#   confirmed and so are not in).
#
# Format (docs/watchlist.md): id (Wikidata id where we are sure of it, else a slug of the name), name
# (the English Wikipedia title), country (ISO 3166-1 alpha-2), aliases (surname, other spellings),
# offices: role (head_of_state | head_of_government | party_leader | other), title, country (defaults to the
# leader's), start, end (YYYY-MM-DD, or YYYY-MM where only the month is certain; no end: in office).
"""


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    dataset_text = "\n".join((Path(sys.argv[1]) / name).read_text(encoding="utf-8") for name in DATASET_FILES)
    extras = yaml.load(EXTRAS.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # "NO" is Norway
    countries = yaml.load(COUNTRIES.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["countries"]
    leaders = build(dataset_text, extras, countries)
    header = HEADER.replace("{checked}", str(extras["checked_up_to"]))
    OUTPUT.write_text(render(leaders, extras, header), encoding="utf-8")
    print(f"wrote {len(leaders)} leaders of {len({leader.country for leader in leaders})} countries to {OUTPUT}")


if __name__ == "__main__":
    main()
