"""Language detection for articles that do not say theirs."""

from __future__ import annotations

from pipeline.cleaning.language import detect_language


def test_a_one_line_chinese_brief_is_long_enough_to_tell() -> None:
    assert detect_language("习近平将访问法国。") == "zh"


def test_a_few_words_are_too_few_to_tell() -> None:
    assert detect_language("Putin in Kyiv") is None
    assert detect_language("普京访华") is None
