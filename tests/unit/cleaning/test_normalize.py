from __future__ import annotations

from pipeline.cleaning.normalize import normalize_inline, normalize_lines, normalize_text


def test_curly_quotes_and_apostrophes_become_ascii() -> None:
    assert normalize_text("Putin\u2019s \u201cno limits\u201d") == 'Putin\'s "no limits"'


def test_zero_width_characters_cannot_hide_inside_a_name() -> None:
    assert normalize_text("Pu\u200btin and X\u200di Jin\ufeffping\u00ad") == "Putin and Xi Jinping"


def test_direction_marks_and_controls_are_dropped() -> None:
    assert normalize_text("\u202eabc\u202c\x00def\x07") == "abcdef"


def test_compatibility_forms_are_folded() -> None:
    assert normalize_text("\uff30\uff55\uff54\uff49\uff4e \ufb01ne\u2026") == "Putin fine..."


def test_full_width_punctuation_and_ellipses_read_as_nfkc_reads_them() -> None:
    assert normalize_text("习近平（主席）说：“欢迎……”！ＡＢ１２") == '习近平(主席)说:"欢迎......"!AB12'
    # a full-width letter then a combining accent: one letter, as NFKC composes it
    assert normalize_text("ｃａｆｅ\u0301 \ufb01…") == "caf\u00e9 fi..."


def test_spaces_collapse_but_paragraphs_stay() -> None:
    assert normalize_text("  one\u00a0\u00a0two \t three  \r\n\r\n\r\n\r\nfour  ") == "one two three\n\nfour"


def test_space_before_punctuation_goes() -> None:
    assert normalize_text("China , Putin .") == "China, Putin."


def test_inline_fields_are_one_line() -> None:
    assert normalize_inline(" Kremlin\nsays \u2018yes\u2019 ") == "Kremlin says 'yes'"


def test_right_to_left_text_is_kept() -> None:
    assert normalize_text("\u200fالرئيس يزور الصين\u200f") == "الرئيس يزور الصين"


def test_pinyin_printed_after_chinese_characters_is_dropped() -> None:
    assert normalize_text("國家主席習(xí)近平將出席會(huì )議") == "國家主席習近平將出席會議"
    assert normalize_text("發(fā)言人(Spokesman)表示") == "發言人(Spokesman)表示"


def test_each_line_is_trimmed_and_keeps_its_place() -> None:
    # A space ending one line and punctuation opening the next are two lines' business, not one gap.
    assert normalize_lines("  one  two \n\n\t three ,\nfive \n. six") == ["one two", "", "three,", "five", ". six"]
