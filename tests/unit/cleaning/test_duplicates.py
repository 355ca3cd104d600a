"""Repeated stories: exact and near duplicates within the window, updates, replays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipeline.cleaning import clean_article
from pipeline.cleaning.duplicates import check, pack_signature, unpack_signature
from pipeline.records import Article, RawArticle

STORY = (
    "The prime minister will travel to Nairobi next week for talks on trade and climate finance, "
    "her office said on Monday. The visit is the first by a head of government from the country "
    "in a decade, and officials expect agreements on energy, ports and farming to be signed."
)
WINDOW = timedelta(hours=72)
T0 = datetime(2024, 5, 1, tzinfo=UTC)


def article(article_id: str, text: str) -> Article:
    return clean_article(RawArticle(id=article_id, text=text))


def test_exact_near_new_and_window() -> None:
    first = check((), article("a", STORY), T0, "0:1", WINDOW)
    assert first.kind is None
    assert check(first.seen, article("b", STORY), T0, "0:2", WINDOW).kind == "exact"
    copy = STORY.replace("on Monday", "on Monday, according to a statement")
    near = check(first.seen, article("c", copy), T0, "0:3", WINDOW)
    assert (near.kind, near.duplicate_of) == ("near", "a")
    other = "Heavy rain flooded three provinces and closed the main road to the coast for two days."
    assert check(first.seen, article("d", other), T0, "0:4", WINDOW).kind is None
    assert check(first.seen, article("b", STORY), T0 + WINDOW + timedelta(seconds=1), "0:5", WINDOW).kind is None


def test_an_updated_story_is_read_again_and_a_replay_is_not_its_own_duplicate() -> None:
    first = check((), article("a", STORY), T0, "0:1", WINDOW)
    update = check(first.seen, article("a", STORY + " Update: the visit has been postponed."), T0, "0:2", WINDOW)
    assert update.kind is None
    assert [item.fingerprint for item in update.seen] != [item.fingerprint for item in first.seen]
    assert check(first.seen, article("a", STORY), T0, "0:1", WINDOW).kind is None


def test_signatures_pack_and_unpack() -> None:
    signature = article("a", STORY).signature
    assert unpack_signature(pack_signature(signature)) == signature


def test_one_line_stories_about_different_leaders_are_not_near_duplicates() -> None:
    first = check(
        (), article("a", "Giorgia Meloni will travel to Chile in November, officials said."), T0, "0:1", WINDOW
    )
    other = article("b", "Vladimir Putin will travel to Chile in November, officials said.")
    assert check(first.seen, other, T0, "0:2", WINDOW).kind is None
