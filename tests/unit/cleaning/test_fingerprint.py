from __future__ import annotations

from pipeline.cleaning.fingerprint import (
    content_fingerprint,
    is_near_duplicate,
    minhash_signature,
    near_duplicate_key,
    similarity,
)

STORY = (
    "President Jane Roe will travel to Nairobi next month for talks on trade and security, her office said on "
    "Monday. The visit is the first by a head of state from the region in a decade and is expected to include "
    "a stop at the port of Mombasa, where a new container terminal opened last year. Officials said the two "
    "governments would sign agreements on energy, agriculture and digital services, and that business leaders "
    "from both countries would join the delegation. Opposition lawmakers questioned the cost of the trip but "
    "said they supported closer ties with East Africa."
)
OTHER = (
    "Floods forced thousands of families from their homes in the river delta on Sunday after days of heavy "
    "rain, and emergency services warned that water levels would keep rising. Schools were closed and trains "
    "were cancelled across the region while volunteers filled sandbags along the embankments. Forecasters said "
    "the rain would ease by Wednesday but that the rivers could take a week to fall back."
)


def test_exact_copies_share_a_fingerprint_whatever_the_spacing_and_case() -> None:
    assert content_fingerprint(STORY) == content_fingerprint("  " + STORY.upper().replace(" ", "\n  "))
    assert content_fingerprint(STORY) != content_fingerprint(OTHER)


def test_a_lightly_edited_copy_is_a_near_duplicate() -> None:
    edited = STORY.replace("on Monday", "on Monday evening").replace("last year", "in 2023")
    assert similarity(minhash_signature(STORY), minhash_signature(edited)) >= 0.7
    assert is_near_duplicate(minhash_signature(STORY), minhash_signature(edited))


def test_an_unrelated_story_is_not_a_near_duplicate() -> None:
    assert similarity(minhash_signature(STORY), minhash_signature(OTHER)) < 0.1
    assert not is_near_duplicate(minhash_signature(STORY), minhash_signature(OTHER))


def test_near_duplicates_mostly_share_their_key() -> None:
    variants = [
        STORY.replace("Monday", day).replace("next month", when)
        for day in ("Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
        for when in ("next month", "in May", "in June", "soon")
    ]
    keys = [near_duplicate_key(minhash_signature(text)) for text in variants]
    most_common = max(keys.count(key) for key in set(keys))
    assert most_common >= 0.7 * len(variants)


def test_signature_is_deterministic_across_calls() -> None:
    assert minhash_signature(STORY) == minhash_signature(STORY)
    assert len(minhash_signature(STORY)) == 64
    assert list(minhash_signature(STORY)) == sorted(minhash_signature(STORY))


def test_tiny_texts_still_have_a_signature() -> None:
    assert minhash_signature("Putin visits") != ()
    assert minhash_signature("") == ()


CHINESE = (
    "新华社北京10月7日电 外交部发言人今天宣布，应巴西总统邀请，国家主席将于11月对巴西进行国事访问，"
    "并出席在里约热内卢举行的二十国集团领导人峰会。双方将签署经贸、能源和农业领域的合作文件。"
)


def test_chinese_copies_with_another_attribution_are_near_duplicates() -> None:
    copy = "据" + CHINESE.replace("今天宣布", "宣布")
    assert is_near_duplicate(minhash_signature(CHINESE), minhash_signature(copy))
    other = "今年夏天南方多地出现强降雨，部分河流水位超过警戒线，当地政府已组织群众转移，铁路部门调整了列车运行。"
    assert not is_near_duplicate(minhash_signature(CHINESE), minhash_signature(other))


def test_signature_values_fit_in_32_bits() -> None:
    assert all(0 <= value < 2**32 for value in minhash_signature(STORY + CHINESE))


def test_signature_holds_each_shingle_hash_once_in_ascending_order() -> None:
    # Sixteen words, twelve shingles, but only five different ones: the text repeats every five words.
    signature = minhash_signature("a b c d e a b c d e a b c d e a")
    assert len(signature) == 5
    assert list(signature) == sorted(signature)


def test_words_are_runs_of_word_characters_with_or_without_chinese_in_the_text() -> None:
    # Underscores and digits stay inside a word, other punctuation splits; Han characters are one word each.
    assert content_fingerprint("Élysée_2024, state-visit!") == content_fingerprint("élysée_2024 state visit")
    assert content_fingerprint("Élysée_2024, state-visit!") != content_fingerprint("élysée 2024 state visit")
    assert content_fingerprint("Élysée_2024访华 state-visit") == content_fingerprint("élysée_2024 访 华 state visit")
