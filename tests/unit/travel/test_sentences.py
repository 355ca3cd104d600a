from __future__ import annotations

from pipeline.travel.languages.en import split as split_sentences
from pipeline.travel.sentences import lower


def test_sentences_keep_offsets_and_skip_abbreviations_and_initials() -> None:
    text = "Mr. Putin left the U.S. embassy. He flew home!\n\nA new paragraph without a stop\nJ. Smith wrote."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Mr. Putin left the U.S. embassy.",
        "He flew home!",
        "A new paragraph without a stop",
        "J. Smith wrote.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_name_with_two_initials_is_not_cut_after_them() -> None:
    text = "Also attending will be caretaker Prime Minister G.P. Koirala of Nepal. He flew in."
    assert [s.text for s in split_sentences(text)] == [
        "Also attending will be caretaker Prime Minister G.P. Koirala of Nepal.",
        "He flew in.",
    ]


def test_lower_keeps_every_offset() -> None:
    for text in ("Putin Will VISIT", "İstanbul and ǅ", "ﬁnal Straße"):
        assert len(lower(text)) == len(text)
    assert lower("Putin Will VISIT") == "putin will visit"


def test_a_full_stop_glued_to_the_next_sentence_ends_it() -> None:
    text = "Trump will meet Moon Jae-in.After South Korea, he will fly to China. Visit www.PaperReprints.com today."
    assert [span.text for span in split_sentences(text)] == [
        "Trump will meet Moon Jae-in.",
        "After South Korea, he will fly to China.",
        "Visit www.PaperReprints.com today.",
    ]


def test_a_full_stop_glued_after_a_year_ends_the_sentence() -> None:
    text = "Kim went to Russia in 2019.The next summit will be in Moscow. It cost 3.5 million."
    assert [span.text for span in split_sentences(text)] == [
        "Kim went to Russia in 2019.",
        "The next summit will be in Moscow.",
        "It cost 3.5 million.",
    ]


def test_a_full_stop_glued_after_a_one_digit_day_ends_the_sentence() -> None:
    text = "Kishida may visit as early as May 7 and 8.The last visit was made by Abe in 2018. It cost 3.5 million."
    assert [span.text for span in split_sentences(text)] == [
        "Kishida may visit as early as May 7 and 8.",
        "The last visit was made by Abe in 2018.",
        "It cost 3.5 million.",
    ]
