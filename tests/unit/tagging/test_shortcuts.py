"""The tagger's shortcuts (tests that are cheap enough to skip work) give the answer of the work they skip."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from datetime import date

import pytest

from pipeline.tagging import (
    _HIMSELF_BEFORE,
    _NOT_CURRENT,
    _OFFICE_BEFORE,
    _OTHER_OFFICE_BEFORE,
    Gazetteer,
    _capitalised_word_before,
    _Caseless,
    tag_article,
)
from pipeline.tagging.chinese import fold_chinese
from pipeline.tagging.fold import _LOWER_CASE_BLOCKS, _fold_char, _lower_case_folding, fold
from pipeline.tagging.gazetteer import Pattern, _Index
from tests.unit.conftest import make_article


def _chinese_index(*names: str) -> _Index:
    index = _Index("zh", frozenset(), fold_chinese)
    for name in names:
        index.add(name, Pattern("leader", name, "any", "XX"))
    index.compile()
    return index


def test_a_name_is_found_at_its_first_character_and_at_no_other_position_before_it() -> None:
    index = _chinese_index("特朗普", "普京", "俄")
    text = "美国总统特朗普会见普京和俄方"
    folded = index.fold(text)
    found = {at: match.text for at in range(len(text)) if (match := index.find_at(text, folded, at)) is not None}
    # "俄" is a one-character name: no longer name begins with it, and it is found all the same
    assert found == {4: "特朗普", 9: "普京", 12: "俄"}


def test_the_capitalised_word_a_text_ends_with_is_read_back_from_its_end() -> None:
    cases = ["", "x", "said", "met Amor", "AMOR", "McDonald", "the B", "Á" + "b" * 3, "Q" + "q" * 300, "q" * 300]
    for text in cases:
        expected = re.search(r"([A-Z][a-z]+)$", text)
        # the same word wherever the text ends, after other text too
        for before in ("", "Vice President Kamala Harris and "):
            padded = before + text + " Biden"
            got = _capitalised_word_before(padded, len(before) + len(text))
            assert got == (expected.group(1) if expected else None), text


def test_a_caseless_pattern_searched_in_lowered_text_answers_as_one_that_ignores_case() -> None:
    sentences = (
        "The former Vice President met DEPUTY PRIME MINISTER Jones, the UN Secretary-General, and Prime Minister ",
        "Talks with the Prime Minister. Mr. Then the Foreign Secretary, her Husband and Sen. Smith met President ",
        "Ex-Leader of the opposition, the Crown Prince and the ex-Premier; the Supreme Leader, the Grand Duke ",
        "La ex-présidente, the First Lady and the Home Secretary,\n\tsaid the Emir's ſecretary and King ",
    )
    for pattern in (_NOT_CURRENT, _OFFICE_BEFORE, _OTHER_OFFICE_BEFORE, _HIMSELF_BEFORE):
        ignoring_case = re.compile(pattern.pattern, re.IGNORECASE)
        for sentence in sentences:
            for end in range(len(sentence) + 1):
                for start in (max(0, end - 40), max(0, end - 20)):
                    window = sentence[start:end]
                    assert bool(pattern.search(window)) == bool(ignoring_case.search(window)), (pattern.pattern, window)


def test_a_caseless_pattern_must_be_written_in_lower_case_ascii() -> None:
    assert _Caseless(r"\bmr\W*$").search("said Mr. ") is not None
    for pattern in (r"[A-Z]\.", "King", "ſir"):
        with pytest.raises(ValueError, match="lower-case ASCII"):
            _Caseless(pattern)


def test_a_leader_is_elect_when_any_mention_says_so_not_only_the_first(gazetteer: Gazetteer) -> None:
    # Prabowo took office on 20 October 2024: in August he counts (about to take office) and may be called elect.
    text = "Prabowo Subianto arrived in Beijing on Monday for talks on trade and security. Later the president-elect "
    for called, elect in (("president-elect", True), ("visitor", False)):
        article = make_article(text.replace("president-elect", called) + "Prabowo met students.", date(2024, 8, 1))
        assert [(actor.id, actor.elect) for actor in tag_article(article, gazetteer).actors] == [
            ("prabowo-subianto", elect)
        ]


def test_folding_a_text_whole_or_by_its_accented_runs_folds_every_character_alike() -> None:
    english = "President Erdoğan met Aleksandar Vučić in Ankara on Tuesday, the “first” visit of a Serbian leader. "
    texts = (
        english * 3,  # runs of ASCII: the accented runs alone are folded
        "Президент России Владимир Путин встретился с Эрдоганом. ",  # another script: translated whole
        "Erdoğan’s ",
        "İSTANBUL Straße ØRESUND Ǆ ﬁ ",  # letters whose lower case is two characters, ligatures
    )
    for text in texts:
        expected = "".join(char if char.isascii() else _fold_char(char) for char in text).lower()
        assert fold(text) == expected
        assert len(fold(text)) == len(text)


def test_no_scan_runs_from_a_position_where_no_name_begins(monkeypatch: pytest.MonkeyPatch) -> None:
    index = _chinese_index("特朗普", "普京")
    scans: list[str] = []
    automaton = index._automaton

    class Spy:
        def __getattr__(self, name: str) -> object:
            return getattr(automaton, name)

        def iter_long(self, text: str) -> object:
            scans.append(text)
            return automaton.iter_long(text)

    monkeypatch.setattr(index, "_automaton", Spy())
    text = "美国总统特朗普会见普京"
    folded = index.fold(text)
    assert [index.find_at(text, folded, at) for at in (0, 1, 2, 3)] == [None] * 4
    assert scans == []  # a name further on ("特朗普") is not looked for
    assert index.find_at(text, folded, 4) is not None
    assert scans == ["特朗普会见普京"]


def test_a_text_in_another_script_is_folded_without_a_callback_per_word(monkeypatch: pytest.MonkeyPatch) -> None:
    folding = importlib.import_module("pipeline.tagging.fold")  # the module, not the function the package exports
    fold_run: Callable[[re.Match[str]], str] = folding._fold_run
    runs: list[str] = []

    def spy(match: re.Match[str]) -> str:
        runs.append(match.group())
        return fold_run(match)

    monkeypatch.setattr(folding, "_fold_run", spy)
    assert fold("президент Ёжиков ") == "президент ежиков "
    assert runs == []
    assert fold("The leaders of the two countries met on Tuesday in Ankara, said Erdoğan ").endswith("said erdogan ")
    assert runs == ["ğ"]


def test_a_text_that_folds_as_its_lower_case_is_folded_so_letter_for_letter() -> None:
    def by_character(text: str) -> str:
        return "".join(char if char.isascii() else _fold_char(char) for char in text).lower()

    lower_case_text, replacements = _lower_case_folding()
    assert {("й", "и"), ("ё", "е")} <= set(replacements)
    assert lower_case_text.fullmatch("Президент Ёжиков сказал: «Йошкар-Ола — 2026»") is not None
    assert lower_case_text.fullmatch("Erdoğan") is None  # an accent is folded character by character
    chars = [chr(code) for first, last in _LOWER_CASE_BLOCKS for code in range(first, last + 1)]
    for char in [*chars, "\u03a3"]:
        for text in (char, f"д{char}д", f"ΟΔΟ{char} ", f"Й{char}ё"):
            assert fold(text) == by_character(text), text
