"""The watchlist files: a bad file names file and line; the shipped data is complete and consistent."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest

from pipeline.tagging.watchlist import WatchlistError, load_watchlist

G20_MEMBERS = {
    "AR",
    "AU",
    "BR",
    "CA",
    "CN",
    "FR",
    "DE",
    "IN",
    "ID",
    "IT",
    "JP",
    "KR",
    "MX",
    "RU",
    "SA",
    "ZA",
    "TR",
    "GB",
    "US",
    "EU",
}
NATO_MEMBERS = {
    "AL",
    "BE",
    "BG",
    "CA",
    "HR",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IS",
    "IT",
    "LV",
    "LT",
    "LU",
    "ME",
    "NL",
    "MK",
    "NO",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
    "TR",
    "GB",
    "US",
}
BRICS_MEMBERS = {"BR", "RU", "IN", "CN", "ZA", "EG", "ET", "IR", "AE", "ID"}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "watchlist.yaml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            "leaders:\n  - id: x\n    name: X\n    country: Russia\n    offices: []\n",
            4,
            "must be an ISO 3166-1 alpha-2 code",
        ),
        (
            "leaders:\n  - id: x\n    name: X\n    country: RU\n    offices:\n"
            "      - {role: king, title: T, start: 2020-01-01}\n",
            6,
            "role must be one of",
        ),
        (
            "leaders:\n  - id: x\n    name: X\n    country: RU\n    offices:\n"
            "      - {role: other, title: T, start: soon}\n",
            6,
            "must be a date",
        ),
        (
            "leaders:\n  - id: x\n    name: X\n    country: RU\n    offices:\n"
            "      - {role: other, title: T, start: 2020-01-01, end: 2019-01-01}\n",
            6,
            "ends (2019-01-01) before",
        ),
        (
            "leaders:\n  - id: x\n    name: X\n    country: ZZ\n    offices:\n"
            "      - {role: other, title: T, start: 2020-01-01}\n",
            4,
            "not a country of the watchlist",
        ),
        ("leaders:\n  - id: x\n    nme: X\n", 3, "unknown field 'nme'"),
        ("leaders:\n  - id: x\n  name: [unclosed\n", 3, "not valid YAML"),
        ("themes:\n  - id: t\n    name: T\n    phrases: []\n", 2, "needs at least one phrase"),
        ("mode: merge\n", 1, "mode must be 'extend' or 'replace'"),
        ("countries:\n  - code: HK\n    name: Hong Kong\n    part_of: China\n", 4, "must be an ISO 3166-1"),
    ],
)
def test_a_bad_watchlist_names_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(WatchlistError) as error:
        load_watchlist([path])
    assert str(error.value).startswith(f"{path}:{line}: ")
    assert message in str(error.value)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(WatchlistError, match="cannot read"):
        load_watchlist([tmp_path / "nope.yaml"])


def test_a_user_file_extends_and_replaces_by_id(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "leaders:\n  - id: Q7747\n    name: Vladimir Putin\n    country: RU\n    aliases: [VVP]\n    offices:\n"
        "      - {role: head_of_state, title: President of Russia, start: 2000-05-07}\n",
    )
    watchlist = load_watchlist([path])
    putin = next(leader for leader in watchlist.leaders if leader.id == "Q7747")
    assert putin.aliases == ("VVP",)
    assert len(watchlist.leaders) == len(load_watchlist().leaders)


def test_replace_mode_replaces_the_sections_it_has(tmp_path: Path) -> None:
    path = write(tmp_path, "mode: replace\nthemes:\n  - id: t\n    name: T\n    phrases: [tea]\n")
    watchlist = load_watchlist([path])
    assert [theme.id for theme in watchlist.themes] == ["t"]
    assert len(watchlist.leaders) > 500


def test_every_iso_country_is_in_the_watchlist() -> None:
    pycountry = pytest.importorskip("pycountry") if False else __import__("pycountry")
    codes = {country.code for country in load_watchlist().countries}
    assert {country.alpha_2 for country in pycountry.countries} <= codes


def test_coverage_g20_and_at_least_40_further_countries() -> None:
    covered = {office.country for leader in load_watchlist().leaders for office in leader.offices}
    assert covered >= G20_MEMBERS
    assert covered >= NATO_MEMBERS
    assert covered >= BRICS_MEMBERS
    assert len(covered - G20_MEMBERS) >= 40


# Known vacancies and offices that do not exist, where a gap in coverage is the truth.
ALLOWED_GAPS = {
    ("AF", "head_of_government"): (date(2000, 1, 1), date(2001, 12, 22)),  # Taliban cabinet not listed
    ("AT", "head_of_state"): (date(2016, 7, 8), date(2017, 1, 26)),  # vacancy between elections
    ("IQ", "head_of_state"): (date(2003, 4, 9), date(2004, 6, 28)),  # Coalition Provisional Authority
    ("IQ", "head_of_government"): (date(2003, 4, 9), date(2004, 6, 28)),
    ("GE", "head_of_government"): (date(2000, 1, 1), date(2004, 2, 17)),  # post created in 2004
    ("RS", "head_of_state"): (date(2002, 12, 29), date(2004, 7, 11)),  # acting presidents
    ("ME", "head_of_state"): (date(2002, 11, 25), date(2003, 5, 22)),  # acting presidents
    # Kim Jong Il's death (December 2011) to Kim Jong Un's election as First Secretary (April 2012), which the
    # list gives by year only
    ("KP", "party_leader"): (date(2011, 7, 1), date(2012, 7, 8)),
    # States that became independent after 2000 (Timor-Leste, Kosovo, South Sudan).
    ("TL", "head_of_state"): (date(2000, 1, 1), date(2002, 7, 1)),
    ("TL", "head_of_government"): (date(2000, 1, 1), date(2002, 7, 1)),
    ("XK", "head_of_state"): (date(2000, 1, 1), date(2008, 7, 1)),
    ("XK", "head_of_government"): (date(2000, 1, 1), date(2008, 7, 1)),
    ("SS", "head_of_state"): (date(2000, 1, 1), date(2011, 7, 1)),
    ("SS", "head_of_government"): (date(2000, 1, 1), date(2011, 7, 1)),
    ("BB", "head_of_state"): (date(2000, 1, 1), date(2021, 11, 30)),  # a Commonwealth realm until 2021
    ("SM", "head_of_government"): (date(2000, 1, 1), date(2020, 1, 8)),  # secretaries of state before 2020 not listed
    # Transitions the dataset (years only) leaves open: juntas, civil wars, acting officeholders.
    ("BF", "head_of_government"): (date(2015, 7, 1), date(2016, 7, 1)),
    ("GN", "head_of_government"): (date(2006, 7, 1), date(2007, 7, 1)),
    ("LY", "head_of_state"): (date(2014, 1, 1), date(2016, 3, 30)),
    ("LY", "head_of_government"): (date(2014, 7, 1), date(2016, 7, 1)),
    ("NP", "head_of_government"): (date(2005, 7, 1), date(2006, 7, 1)),  # the king's direct rule
    ("SO", "head_of_state"): (date(2000, 1, 1), date(2000, 7, 1)),
    ("SO", "head_of_government"): (date(2000, 1, 1), date(2000, 7, 1)),
}
NO_HEAD_OF_GOVERNMENT = {"CH", "EU"}  # collegial executive; the EU is not a state
MAX_GAP = timedelta(days=120)


def test_offices_cover_2000_to_2025_without_long_gaps_or_overlaps() -> None:
    offices = defaultdict(list)
    for leader in load_watchlist().leaders:
        for office in leader.offices:
            if office.role != "other":
                offices[(office.country, office.role)].append((leader.id, office))
    problems = []
    for (country, role), held in offices.items():
        day, end, gap_start = date(2000, 1, 1), date(2025, 10, 1), None
        allowed = ALLOWED_GAPS.get((country, role))
        while day <= end:
            holders = [leader_id for leader_id, office in held if office.held_on(day)]
            full = {
                leader_id
                for leader_id, office in held
                if office.held_on(day) and not office.title.lower().startswith(("acting", "interim"))
            }
            if len(full) > 1:
                problems.append(f"{country} {role}: {sorted(full)} overlap on {day}")
            excused = allowed is not None and allowed[0] <= day < allowed[1]
            if not holders and not excused:
                gap_start = gap_start or day
            elif gap_start is not None:
                if day - gap_start > MAX_GAP:
                    problems.append(f"{country} {role}: nobody from {gap_start} to {day}")
                gap_start = None
            day += timedelta(days=7)
    for country in {code for code, _ in offices} - NO_HEAD_OF_GOVERNMENT:
        if (country, "head_of_state") not in offices and (country, "head_of_government") not in offices:
            problems.append(f"{country}: no office")
    assert not problems, "\n".join(problems[:20])


def test_ids_are_unique_and_aliases_not_empty() -> None:
    watchlist = load_watchlist()
    ids = [leader.id for leader in watchlist.leaders]
    assert len(ids) == len(set(ids))
    assert all(alias.strip() for leader in watchlist.leaders for alias in leader.aliases)


def test_a_one_word_leader_alias_that_is_a_place_counts_only_in_context() -> None:
    # A surname that is also a place of the countries file ("Liverpool", "Pereira", "Lagos") would make every
    # mention of the place a leader: tools/build_leaders.py drops it, or it is a context-only name. The
    # check fails when leaders.yaml was not rebuilt after the countries file gained cities.
    watchlist = load_watchlist()
    places = {
        name.lower()
        for country in watchlist.countries
        for name in (country.name, *country.names, country.capital or "", *country.cities)
    }
    context_only = {name.lower() for name in watchlist.context_only_names}
    assert [
        (leader.id, alias)
        for leader in watchlist.leaders
        for alias in leader.aliases
        if " " not in alias and alias.lower() in places and alias.lower() not in context_only
    ] == []


# ISO 3166-1 codes that are territories, not states: every other code, and Kosovo, is a UN member or
# observer state (the Holy See, Palestine) or Taiwan.
TERRITORIES = {
    *("AW", "AI", "AX", "AS", "AQ", "TF", "BQ", "BL", "BM", "BV", "CC", "CK", "CW", "CX", "KY", "EH", "FK", "FO"),
    *("GG", "GI", "GP", "GL", "GF", "GU", "HK", "HM", "IM", "IO", "JE", "MO", "MF", "MP", "MS", "MQ", "YT", "NC"),
    *("NF", "NU", "PN", "PR", "PF", "RE", "GS", "SH", "SJ", "PM", "SX", "TC", "TK", "UM", "VG", "VI", "WF"),
}


def test_every_state_has_its_leader_on_the_watchlist() -> None:
    pycountry = __import__("pycountry")
    states = ({country.alpha_2 for country in pycountry.countries} - TERRITORIES) | {"XK"}
    assert len(states) == 197  # 193 UN members, the Holy See, Palestine, Taiwan, Kosovo
    watchlist = load_watchlist()
    day = date(2025, 10, 1)
    held = {(office.country, office.role) for leader in watchlist.leaders for office in leader.offices_on(day)}
    leaderless = []
    for code in sorted(states):
        country = watchlist.country(code)
        assert country is not None, code
        if (code, country.leader_role) not in held:
            leaderless.append(f"{code} ({country.leader_role})")
    assert not leaderless, f"no leader on {day}: {', '.join(leaderless)}"


def test_a_special_administrative_region_is_part_of_its_country() -> None:
    countries = {country.code: country for country in load_watchlist().countries}
    assert (countries["HK"].part_of, countries["MO"].part_of, countries["FR"].part_of) == ("CN", "CN", None)
