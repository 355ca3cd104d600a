"""office_noun: the office word of a watchlist title."""

from __future__ import annotations

from pipeline.tagging.gazetteer import office_noun


def test_the_office_word_of_a_title() -> None:
    assert office_noun("Federal President of Germany") == "federal president"
    assert office_noun("Prime Minister (interim)") == "prime minister"


def test_a_title_is_read_once() -> None:
    # "the president" reads the titles of every leader it may stand for, sentence after sentence
    assert office_noun("President of the Russian Federation") is office_noun("President of the Russian Federation")
