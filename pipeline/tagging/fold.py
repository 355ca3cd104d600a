"""Case and accent folding that keeps every character in place, so match offsets are text offsets.

"Erdoğan" and "Erdogan", "Zelenskyy" in capitals or not, fold alike; each character folds to exactly
one character, so a match found in the folded text starts and ends where it does in the original.
"""

from __future__ import annotations

import re
import unicodedata

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


# A text with this much ASCII in a row is mostly English with a few accented runs ("Erdoğan", "Vučić"): those are
# folded alone, and the rest lower-cased in C. Other text (Russian, a few words with an accent or a curly quote) is
# translated whole: one look-up a character beats a regex callback a word (Russian windows ~3x).
_ASCII_STRETCH = re.compile(r"[\x00-\x7f]{64}")


def fold(text: str) -> str:
    """``fold("Erdoğan's")`` -> ``"erdogan's"``, with ``len(fold(text)) == len(text)``."""
    if text.isascii():
        return text.lower()
    if _ASCII_STRETCH.search(text):
        return _NON_ASCII.sub(_fold_run, text).lower()
    return text.translate(_FOLDED).lower()
