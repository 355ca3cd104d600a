"""Regenerate pipeline/data/names/{ru,zh}.yaml from Unicode CLDR (via Babel) and tools/names/{ru,zh}.yaml.

    python tools/build_names.py

CLDR's territory names (Babel's ``Locale("ru").territories``; CLDR data under the Unicode licence)
give every country's name in Russian and in Chinese, Simplified and Traditional (the Traditional
names, as Taiwan writes them, "南韓", "象牙海岸", are kept in Simplified characters: the tagger folds
Traditional text to Simplified before matching). tools/names/<language>.yaml adds what CLDR does not
know: the names news use ("РФ", "КНР", "美国"), Russian adjectives, cities, institutions, Chinese short
forms, leaders, events, themes and office words, all written for newswatch. No dataset with leaders'
Russian and Chinese names could be had here, so leaders are written by hand (see docs/languages.md);
a names file is keyed by watchlist ids, so names for new leaders are added there by hand, or by
extending this script with a dataset. For Chinese, the surname of each two-part full name is added as
a context-only name (``_with_surnames``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from babel import Locale

from pipeline.tagging.chinese import fold_chinese

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tools" / "names"
OUTPUT = ROOT / "pipeline" / "data" / "names"
LOCALES = {"ru": ("ru",), "zh": ("zh", "zh_Hant")}
NON_COUNTRIES = {"EU": "EU", "XK": "XK"}


def _cldr_names(language: str, code: str) -> list[str]:
    names = []
    for locale_name in LOCALES[language]:
        name = Locale.parse(locale_name).territories.get(code)
        if not name:
            continue
        name = re.sub(r"\s*[(（].*?[)）]\s*", "", name).strip()  # "Мьянма (Бирма)", "刚果（金）"
        if " - " in name or not name:
            continue  # "Конго - Киншаса": a disambiguation, not a name
        if language == "zh":
            # Traditional forms as the tagger reads them: folded to Simplified characters.
            name = "".join(
                simplified if not original.isascii() else original
                for original, simplified in zip(name, fold_chinese(name), strict=True)
            )
        names.append(name)
    return names


def build(language: str, codes: list[str]) -> dict[str, Any]:
    source = yaml.safe_load((SOURCES / f"{language}.yaml").read_text(encoding="utf-8"))
    hand = source.get("countries") or {}
    countries: dict[str, Any] = {}
    for code in codes:
        entry = dict(hand.get(code) or {})
        ambiguous = set(entry.get("ambiguous") or [])
        excluded = set(entry.pop("not_names", None) or [])
        names = [name for name in [*(entry.get("names") or []), *_cldr_names(language, NON_COUNTRIES.get(code, code))]]
        names = [name for name in dict.fromkeys(names) if name not in ambiguous and name not in excluded]
        if names:
            entry["names"] = names
        if entry:
            countries[code] = {
                key: entry[key]
                for key in ("names", "adjectives", "cities", "institutions", "ambiguous")
                if entry.get(key)
            }
    result = {key: value for key, value in source.items() if key != "countries"}
    order = [
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
    ]
    out = {key: result[key] for key in order if key in result}
    if language == "zh":
        out["leaders"], out["context_only"] = _with_surnames(
            out["leaders"], out["context_only"], countries, out["ignore"]
        )
    out["countries"] = countries
    for key in ("events", "themes"):
        if key in result:
            out[key] = result[key]
    return out


def _with_surnames(
    leaders: dict[str, list[str]], context_only: list[str], countries: dict[str, Any], ignore: list[str]
) -> tuple[dict[str, list[str]], list[str]]:
    """Chinese two-part names' surname ("菲利普·戴维斯": "戴维斯") as a name that needs context.

    Chinese news write a foreign leader's full name once, then the surname alone. The surname is added
    as context-only: it counts where the article names that leader in full, or puts an office word
    before it and the leader holds an office on the article's date ("总统戴维斯"). Left out: surnames
    of one or two characters (too many words hold them), a part that is another name's given name
    ("穆斯塔法·马德布利"), and words the file already gives to a leader, a place or the ignore list.
    """
    full_names = [name.split("·") for names in leaders.values() for name in names if "·" in name]
    taken = {name for names in leaders.values() for name in names} | set(ignore)
    taken |= {part for parts in full_names for part in parts[:-1]}
    for country in countries.values():
        taken.update(country.get("names") or [])
        taken.update(name for names in (country.get("cities") or {}).values() for name in names)
    with_surnames: dict[str, list[str]] = {}
    surnames: list[str] = []
    for key, names in leaders.items():
        parts = [name.split("·") for name in names]
        extra = [p[1] for p in parts if len(p) == 2 and len(p[1]) >= 3 and p[1] not in taken]
        with_surnames[key] = list(dict.fromkeys([*names, *extra]))
        surnames.extend(extra)
    return with_surnames, list(dict.fromkeys([*context_only, *surnames]))


def main() -> None:
    codes = [
        entry["code"]
        for entry in yaml.safe_load((ROOT / "pipeline" / "data" / "countries.yaml").read_text(encoding="utf-8"))[
            "countries"
        ]
    ]
    for language in LOCALES:
        data = build(language, codes)
        name = "Russian" if language == "ru" else "Chinese"
        header = (
            f"# Names of the newswatch watchlist in {name}, keyed by the English watchlist's ids.\n"
            "# Generated by tools/build_names.py from Unicode CLDR country names (via Babel; Unicode licence)\n"
            f"# and tools/names/{language}.yaml (written for newswatch). To change it, edit that file and\n"
            "# re-run the tool. Format and sources: docs/languages.md.\n"
        )
        path = OUTPUT / f"{language}.yaml"
        path.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
        leaders, countries = len(data.get("leaders") or {}), len(data["countries"])
        print(f"wrote {path.relative_to(ROOT)}: {leaders} leaders, {countries} countries")


if __name__ == "__main__":
    main()
