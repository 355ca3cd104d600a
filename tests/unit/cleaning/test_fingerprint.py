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
