"""The tagger's shortcuts (tests that are cheap enough to skip work) give the answer of the work they skip."""

from __future__ import annotations

import re

from pipeline.tagging import _capitalised_word_before
from pipeline.tagging.chinese import fold_chinese
from pipeline.tagging.gazetteer import Pattern, _Index


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
