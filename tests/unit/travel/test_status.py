"""The status engine: rule tables and their word tests."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from pipeline.travel.lexicon import Lexicon
from pipeline.travel.status import Rule, Tables, decide

_LEXICON = Lexicon("en", {"ban": ("travel ban",), "future": ("will",)})


class _Sentence:
    """A sentence whose words are counted each time they are found."""

    def __init__(self, low: str) -> None:
        self.low = low
        self.language = SimpleNamespace(lexicon=_LEXICON)
        self.words_found = 0

    @property
    def words(self) -> int:
        self.words_found += 1
        return _LEXICON.word_mask(self.low)


def _clues(sentence: _Sentence) -> Any:
    return SimpleNamespace(sentence=sentence, kind="visit_verb", text=sentence.low)


def test_a_table_without_word_tests_never_finds_the_sentences_words() -> None:
    tables = Tables({"status": (Rule("future", "planned", lambda c: "will" in c.text),)})
    sentence = _Sentence("putin will visit china")
    assert decide(_clues(sentence), tables).status == "planned"
    assert sentence.words_found == 0


def test_a_word_test_skips_a_rule_whose_words_are_absent() -> None:
    tables = Tables(
        {
            "status": (
                Rule("travel_ban", None, lambda c: True, needs=("ban",)),
                Rule("future", "planned", lambda c: "will" in c.text, needs=("future",)),
            )
        }
    )
    assert decide(_clues(_Sentence("putin will visit china")), tables).rule == "future"
    assert decide(_clues(_Sentence("a travel ban: putin will not visit")), tables).rule == "travel_ban"
