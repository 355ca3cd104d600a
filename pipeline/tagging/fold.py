"""Case and accent folding that keeps every character in place, so match offsets are text offsets.

"Erdoğan" and "Erdogan", "Zelenskyy" in capitals or not, fold alike; each character folds to exactly
one character, so a match found in the folded text starts and ends where it does in the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final

_SPECIAL = {"ø": "o", "đ": "d", "ł": "l", "ı": "i", "æ": "a", "œ": "o", "þ": "t", "ð": "d", "ħ": "h"}


def _fold_char(char: str) -> str:
    lowered = char.lower()
    if len(lowered) != 1:
        lowered = char
    if lowered in _SPECIAL:
        return _SPECIAL[lowered]
    decomposed = unicodedata.normalize("NFKD", lowered)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    if len(base) == 1:
        return _SPECIAL.get(base, base)
    return lowered if len(lowered) == 1 else char


class _FoldTable(dict[int, str]):
    """Code point -> its folded character, each worked out the first time a text has it: ``str.translate`` then
    reads every character's in C (ASCII characters map to themselves: lower-casing them is left to ``lower``)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = self[code] = char if char.isascii() else _fold_char(char)
        return folded


_FOLDED = _FoldTable()
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_FOLDED)


# Of the texts the lower-case shortcut below does not take, one with this much ASCII in a row is mostly English with
# a few accented runs ("Erdoğan", "Vučić"): those are folded alone, and the rest lower-cased in C. Any other (a few
# words with an accent, Cyrillic with a Latin accent) is translated whole: one look-up a character beats a regex
# callback a word.
_ASCII_STRETCH = re.compile(r"[\x00-\x7f]{64}")


# Code points read for the shortcut below: Latin-1 to Cyrillic, and general punctuation (dashes, quotes, spaces).
_LOWER_CASE_BLOCKS: Final = ((0x80, 0x52F), (0x2000, 0x206F))
_SIGMA: Final = "\u03a3"  # the one letter whose lower case depends on the letters around it ("ς" at a word's end)


@cache
def _lower_case_folding() -> tuple[re.Pattern[str], tuple[tuple[str, str], ...]]:
    """A text of these characters folds as its lower case does, but for the letters it replaces there.

    Most characters of the blocks above fold to their lower case ("Д" -> "д", "—"): a text of those and ASCII
    folds as ``text.lower()``, in C. A few Cyrillic letters fold otherwise ("Й" and "й" -> "и", "ё" -> "е"):
    each is replaced in the lowered text, which is exact when every letter lowering to it folds alike, no
    other character lowers to it and it is no other's fold; letters that are not so are left out of the
    pattern, and a text with them (or any other character) is folded character by character."""

    def simple(char: str) -> bool:
        lowered = char.lower()
        return char != _SIGMA and len(lowered) == 1 and lowered.lower() == lowered and _fold_char(char) == lowered

    chars = [chr(code) for first, last in _LOWER_CASE_BLOCKS for code in range(first, last + 1)]
    plain = {char for char in chars if simple(char)}
    folds: dict[str, set[str]] = {}  # a Cyrillic lower-case letter -> the folds of the letters lowering to it
    for char in chars:
        lowered = char.lower()
        if char not in plain and len(lowered) == 1 and 0x400 <= ord(lowered) <= 0x4FF:
            folds.setdefault(lowered, set()).add(_fold_char(char))
    lowered_plain = {char.lower() for char in plain}
    replaced = {
        lowered: next(iter(targets))
        for lowered, targets in folds.items()
        if len(targets) == 1 and lowered not in lowered_plain and next(iter(targets)) == next(iter(targets)).lower()
    }
    replaced = {lowered: target for lowered, target in replaced.items() if target not in replaced}
    members = sorted(plain | {char for char in chars if len(char.lower()) == 1 and char.lower() in replaced})
    pattern = re.compile(f"[\\x00-\\x7f{''.join(map(re.escape, members))}]*")
    return pattern, tuple(sorted(replaced.items()))


def fold(text: str) -> str:
    """``fold("Erdoğan's")`` -> ``"erdogan's"``, with ``len(fold(text)) == len(text)``."""
    if text.isascii():
        return text.lower()
    lower_case_text, replacements = _lower_case_folding()
    if lower_case_text.fullmatch(text):
        # A Russian text, say: lower-cased in C, then its few letters that fold otherwise (~10x).
        lowered = text.lower()
        for letter, folded in replacements:
            if letter in lowered:
                lowered = lowered.replace(letter, folded)
        return lowered
    if _ASCII_STRETCH.search(text):
        return _NON_ASCII.sub(_fold_run, text).lower()
    return text.translate(_FOLDED).lower()
