"""Sentences of a text with their offsets, for the travel stage.

A sentence ends at ``.``, ``!`` or ``?`` (and any closing quote or bracket) followed by a space and a
capital, digit or opening quote, unless the word before the full stop is an abbreviation ("Mr.",
"U.S.", "Jan.") or an initial. Paragraph breaks always end a sentence.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_BOUNDARY = re.compile(r"""[.!?]["')\]]*(?=\s+["'(\[]?[A-Z0-9])""")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "capt",
        "maj",
        "sgt",
        "st",
        "mt",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "corp",
        "ltd",
        "co",
        "jr",
        "sr",
        "rev",
        "fr",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "a.m",
        "p.m",
        "d.c",
    ]
)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower(text: str) -> str:
    """``text`` in lower case with every offset kept (a few letters, such as "İ", grow under str.lower)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """``split_sentences("Mr. Putin left. He flew home.")`` -> two sentences, with offsets into ``text``."""
    sentences: list[Sentence] = []
    append = sentences.append
    offset = 0
    for paragraph in text.split("\n"):
        ends = [
            match.end()
            for match in _BOUNDARY.finditer(paragraph)
            if paragraph[match.start()] != "." or not _is_abbreviation(paragraph, match.start())
        ]
        ends.append(len(paragraph))
        start = 0
        for end in ends:
            chunk = paragraph[start:end]
            stripped = chunk.strip()
            if stripped:
                first = offset + start + len(chunk) - len(chunk.lstrip())
                append(Sentence(first, first + len(stripped), stripped))
            start = end
        offset += len(paragraph) + 1
    return sentences


def _is_abbreviation(paragraph: str, dot: int) -> bool:
    if dot >= 6 and paragraph[dot - 6 : dot].isalpha():
        return False  # a word of six letters or more: longer than any abbreviation (the common case)
    word_start = dot
    while word_start > 0 and (paragraph[word_start - 1].isalpha() or paragraph[word_start - 1] == "."):
        word_start -= 1
        if dot - word_start > 5:
            return False  # longer than any abbreviation
    word = paragraph[word_start:dot].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())
