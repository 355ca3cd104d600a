"""Case and accent folding that keeps every character in place, so match offsets are text offsets.

"Erdoğan" and "Erdogan", "Zelenskyy" in capitals or not, fold alike; each character folds to exactly
one character, so a match found in the folded text starts and ends where it does in the original.
"""

from __future__ import annotations

import re
import unicodedata

_FOLDED: dict[int, str] = {}


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


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(match: re.Match[str]) -> str:
    run = match.group()
    table = _FOLDED
    for char in run:
        if ord(char) not in table:
            table[ord(char)] = _fold_char(char)
    return run.translate(table)


# A text this long without this much ASCII in a row is written in another script (Cyrillic): nearly every
# character is folded, and one translation of the whole text beats one per word (Russian tagging ~1.2x).
_WHOLE_TEXT_CHARS = 200
_ASCII_STRETCH = re.compile(r"[\x00-\x7f]{64}")


def fold(text: str) -> str:
    """``fold("Erdoğan's")`` -> ``"erdogan's"``, with ``len(fold(text)) == len(text)``."""
    if text.isascii():
        return text.lower()
    if len(text) < _WHOLE_TEXT_CHARS or _ASCII_STRETCH.search(text):
        # Non-ASCII characters come in short runs ("ğ", "Vučić"): fold those, lower-case the rest in C.
        return _NON_ASCII.sub(_fold_run, text).lower()
    table = _FOLDED
    for char in set(text):
        if ord(char) not in table and not char.isascii():
            table[ord(char)] = _fold_char(char)
    return text.translate(table).lower()  # ASCII characters are not in the table: translate keeps them
