"""Lexicons: word lists compile to the patterns the travel stage searches with."""

from __future__ import annotations

import re

import pytest

from pipeline.travel.lexicon import Lexicon, LexiconError, trie


def test_a_trie_matches_exactly_its_words() -> None:
    words = ["go", "gone", "going", "set off", "arriv", "attend", "a"]
    pattern = re.compile(trie(words))
    for word in words:
        assert pattern.fullmatch(word), word
    for other in ["goo", "gon", "set", "arrive", "at", ""]:
        assert not pattern.fullmatch(other), other


def test_a_trie_finds_the_same_word_starts_as_the_flat_alternation() -> None:
    words = "visit|visits|trip|is in|is|island|be at the|be"
    text = "the island is in talks; he is to visit, be at the trip and be visited"
    flat = [m.start() for m in re.finditer(rf"\b(?:{words})", text)]
    assert [m.start() for m in re.finditer(rf"\b{trie(words.split('|'))}", text)] == flat


def test_phrase_notation_choices_options_endings_and_references() -> None:
    lexicon = Lexicon(
        "en",
        {
            "be": ("is", "are"),
            "plan": ("{be} (set|due) to", "plans? to", "visit~", "(state )?trip", "lead _{0,2}delegation to"),
        },
    )
    found = lexicon.pattern("plan")
    for phrase in (
        "is set to",
        "are due to",
        "plan to",
        "plans to",
        "visiting",
        "trip",
        "state trip",
        "lead a large delegation to",
        "lead delegation to",
    ):
        assert found.fullmatch(phrase), phrase
    for phrase in ("was set to", "plant to", "state  ", "lead a very large business delegation to"):
        assert not found.fullmatch(phrase), phrase
    match = found.search("she is  set\nto go")  # any whitespace between words
    assert match is not None
    assert match.group(0) == "is  set\nto"
    assert not found.search("revisiting")  # whole words only


def test_a_language_without_spaces_joins_the_words_of_a_phrase() -> None:
    lexicon = Lexicon("zh", {"visit": ("将 (访问|出席)",)}, spaced=False)
    assert lexicon.search("visit", "习近平将出席峰会")
    assert not lexicon.search("visit", "习近平将 出席")


@pytest.mark.parametrize(
    "lists",
    [{"a": ("{b}",), "b": ("{a}",)}, {"a": ("(x|y",)}, {"a": ("{missing}",)}],
)
def test_a_broken_list_fails_when_the_lexicon_loads(lists: dict[str, tuple[str, ...]]) -> None:
    with pytest.raises(LexiconError):
        Lexicon("xx", lists)
