"""The trie helper behind the cheap word tests of the travel stage."""

from __future__ import annotations

import re

from pipeline.travel.grammar import trie


def test_a_trie_matches_exactly_its_words() -> None:
    words = ["go", "gone", "going", "set off", "arriv", "attend", "a"]
    pattern = re.compile(trie("|".join(words)))
    for word in words:
        assert pattern.fullmatch(word), word
    for other in ["goo", "gon", "set", "arrive", "at", ""]:
        assert not pattern.fullmatch(other), other


def test_a_trie_finds_the_same_word_starts_as_the_flat_alternation() -> None:
    words = "visit|visits|trip|is in|is|island|be at the|be"
    text = "the island is in talks; he is to visit, be at the trip and be visited"
    flat = [m.start() for m in re.finditer(rf"\b(?:{words})", text)]
    assert [m.start() for m in re.finditer(rf"\b{trie(words)}", text)] == flat
