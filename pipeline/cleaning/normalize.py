"""Unicode, quote and whitespace normalisation, so every later stage sees one spelling of a text.

NFKC folds compatibility forms (full-width letters, ligatures, the one-character ellipsis); curly
quotes and apostrophes become ASCII so "Putin’s" and "Putin's" match alike; invisible characters
(zero-width joiners, soft hyphens, direction marks, BOMs) and control characters are dropped, so a
name cannot hide behind them; every kind of space becomes one ASCII space. Line breaks are kept.
Pinyin that some Chinese pages print after characters their font lacks ("習(xí)近平", "發(fā)言人") is
dropped, so the name and the words read whole again.
"""

from __future__ import annotations

import re
import unicodedata

_TRANSLATION: dict[int, str | None] = {}
for _code in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]:
    _TRANSLATION[_code] = None
_TRANSLATION.update({0x09: " ", 0x0D: "\n", 0x2028: "\n", 0x2029: "\n\n", 0x85: "\n"})
for _code in (0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0):
    _TRANSLATION[_code] = None
for _code in [*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2070), *range(0xFFF0, 0xFFF9)]:
    _TRANSLATION[_code] = None
for _code in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000):
    _TRANSLATION[_code] = " "
for _char in "‘’‚‛′`´":
    _TRANSLATION[ord(_char)] = "'"
for _char in "“”„‟″«»":
    _TRANSLATION[ord(_char)] = '"'
for _char in "‐‑‒−":
    _TRANSLATION[ord(_char)] = "-"

# str.translate looks every character up in the table; most texts hold only a few characters to change,
# so finding those with one character class and replacing them alone is about fifteen times faster.
_TO_TRANSLATE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TRANSLATION)) + "]")
_SPACES = re.compile("  +")  # a literal prefix lets the engine skip ahead (a class [ ] does not)
# "習(xí)近平": one syllable of pinyin, with its tone mark, in brackets right after a Chinese character
# (the bracket first, the character before it looked behind for: the engine then skips to each bracket)
_PINYIN_AFTER_HANZI = re.compile(r"\((?<=[\u3400-\u9fff]\()[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5} ?\)")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,.;:!?])(?=\s|$)")
_SPACED_PUNCT = tuple(" " + mark for mark in ",.;:!?")
_BLANK_LINES = re.compile(r"\n{3,}")
# Full-width forms ("，", "（", "Ａ") and the ellipsis are nearly all NFKC changes in a Chinese text. Each is
# spelled out first as its compatibility decomposition (so NFKC's result is the same), which leaves most such
# texts normalised already: a class finds them, and NFKC's slower pass over every character is spared.
_COMPATIBILITY: dict[int, str] = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)} | {0x2026: "..."}
_COMPATIBLE = re.compile("[\uff01-\uff5e\u2026]+")


def normalize_text(text: str) -> str:
    """Normalise ``text``; lines stay lines, and runs of blank lines become one blank line.

    Usage: ``normalize_text("Putin’s\u00a0visit\u200b")`` -> ``"Putin's visit"``.
    """
    return _BLANK_LINES.sub("\n\n", _normalized(text)).strip()


def normalize_lines(text: str) -> list[str]:
    """The normalised lines of ``text``, one for each of its lines (blank ones as ``""``), so line numbers hold.

    A line ends at ``\n``, ``\r\n``, ``\r``, U+2028 or NEL; a paragraph separator (U+2029) counts as a
    blank line between two lines.
    """
    return _normalized(text).split("\n")


def _normalized(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if not unicodedata.is_normalized("NFKC", text):
        text = _COMPATIBLE.sub(_spelled_out, text)
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
    text = _TO_TRANSLATE.sub(_translated, text)
    if "(" in text:
        text = _PINYIN_AFTER_HANZI.sub("", text)
    # After the table, a space and a line break are the only white space left, so each substitution runs
    # once over the whole text, not once a line; none of them reaches across a line break.
    text = _SPACES.sub(" ", text).replace(" \n", "\n").replace("\n ", "\n").strip(" ")
    if any(spaced in text for spaced in _SPACED_PUNCT):  # in few texts: a substring test is cheaper than a scan
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return text


def _spelled_out(match: re.Match[str]) -> str:
    return match.group().translate(_COMPATIBILITY)


def _translated(match: re.Match[str]) -> str:
    return _TRANSLATION[ord(match.group())] or ""


def normalize_inline(text: str) -> str:
    """Normalise a one-line field (a title, a byline): as :func:`normalize_text`, on one line."""
    return " ".join(normalize_text(text).split())
