"""Chinese text folded for matching: Traditional characters read as Simplified, one character for one.

Taiwan and Hong Kong outlets write 習近平, 俄羅斯, 美國, 臺灣; the Chinese names of the watchlist are
written in Simplified characters. Folding maps each Traditional character to its Simplified form with
OpenCC's character table (``TSCharacters.txt``, shipped inside the opencc-python-reimplemented wheel,
Apache-2.0), through one ``str.translate`` (none for a text with no character to fold): every character
folds to exactly one character, so match offsets are text offsets. Only single characters with a
single-character Simplified form are mapped (OpenCC's phrase tables, which can change a text's length,
are not used): names are read right, and a character with two readings (乾, 後) keeps OpenCC's first.
"""

from __future__ import annotations

import re
from array import array
from functools import lru_cache
from importlib.resources import files

from pipeline.tagging.fold import fold


@lru_cache(maxsize=1)
def _traditional_to_simplified() -> dict[int, str]:
    table: dict[int, str] = {}
    source = files("opencc") / "dictionary" / "TSCharacters.txt"
    for line in source.read_text(encoding="utf-8").splitlines():
        traditional, _, simplified = line.partition("\t")
        first = simplified.split(" ")[0] if simplified else ""
        if len(traditional) == 1 and len(first) == 1 and traditional != first:
            table[ord(traditional)] = first
    # Full-width Latin letters and digits ("Ｇ２０", lower-cased first: "ｇ２０") read as ASCII.
    for code in range(0xFF01, 0xFF5F):
        table.setdefault(code, chr(code - 0xFEE0).lower())
    # The dots outlets put inside a foreign name ("菲利普‧戴维斯", "菲利普•戴维斯") read as the names file's "·".
    for dot in "‧•・･∙⋅":
        table[ord(dot)] = "·"
    return table


def fold_chinese(text: str) -> str:
    """``fold_chinese("習近平訪問美國")`` -> ``"习近平访问美国"``, with ``len(result) == len(text)``."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is two characters ("İ")
        lowered = fold(text)
    return lowered.translate(_folding_table()) if _foldable().search(lowered) else lowered


@lru_cache(maxsize=1)
def _foldable() -> re.Pattern[str]:
    """A character that may fold (one :func:`_traditional_to_simplified` maps, or any past the Basic Multilingual
    Plane). The few words before or after a name that the tagger folds are mostly Simplified, with none of them:
    a search of this class spares those ``str.translate``, which looks every character up in the table (~3 us
    for 20 characters). The mapped characters past the plane are one range: in a class, the engine would test each of
    those one by one for every character it reads."""
    ranges: list[tuple[int, int]] = []
    for code in sorted(code for code in _traditional_to_simplified() if code <= 0xFFFF):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    members = "".join(
        re.escape(chr(first)) + (f"-{re.escape(chr(last))}" if last > first else "") for first, last in ranges
    )
    return re.compile(f"[{members}\U00010000-\U0010ffff]")


@lru_cache(maxsize=1)
def _folding_table() -> array[int]:
    """:func:`_traditional_to_simplified` as an array indexed by code point (each character's own where it does
    not fold): ``str.translate`` reads it several times faster than a dict, in 0.7 MB (code points past its end
    are left as they are, as a dict's missing keys are)."""
    mapping = _traditional_to_simplified()
    table = array("I", range(max(mapping) + 1))
    for code, simplified in mapping.items():
        table[code] = ord(simplified)
    return table


@lru_cache(maxsize=1)
def traditional_forms() -> dict[str, str]:
    """Each Simplified character and the Traditional ones that fold to it: ``traditional_forms()["访"] == "訪"``.

    For patterns that must read a text as written, in either script (the travel stage's names of people).
    """
    forms: dict[str, str] = {}
    for code, simplified in _traditional_to_simplified().items():
        if code < 0xFF01 or code > 0xFF5E:
            forms[simplified] = forms.get(simplified, "") + chr(code)
    return forms
