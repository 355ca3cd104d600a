"""Repeated stories: exact and near duplicates within the window, updates, replays, and what a story tells."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipeline.cleaning import clean_article
from pipeline.cleaning.duplicates import Seen, Verdict, check, pack_signature, story_facts, unpack_signature
from pipeline.records import Article, RawArticle
from pipeline.tagging import Gazetteer, tag_article
from pipeline.travel import detect_trips
from tests.briefs import BRIEF_COUNTRIES, PRESIDENTS, brief

STORY = (
    "The prime minister will travel to Nairobi next week for talks on trade and climate finance, "
    "her office said on Monday. The visit is the first by a head of government from the country "
    "in a decade, and officials expect agreements on energy, ports and farming to be signed."
)
WINDOW = timedelta(hours=72)
T0 = datetime(2024, 5, 1, tzinfo=UTC)
NO_FACTS: tuple[int, ...] = ()


def article(article_id: str, text: str) -> Article:
    return clean_article(RawArticle(id=article_id, text=text, published=T0))


def test_exact_near_new_and_window() -> None:
    first = check((), article("a", STORY), NO_FACTS, T0, "0:1", WINDOW)
    assert first.kind is None
    assert check(first.seen, article("b", STORY), NO_FACTS, T0, "0:2", WINDOW).kind == "exact"
    copy = STORY.replace("on Monday", "on Monday, according to a statement")
    near = check(first.seen, article("c", copy), NO_FACTS, T0, "0:3", WINDOW)
    assert (near.kind, near.duplicate_of) == ("near", "a")
    other = "Heavy rain flooded three provinces and closed the main road to the coast for two days."
    assert check(first.seen, article("d", other), NO_FACTS, T0, "0:4", WINDOW).kind is None
    late = T0 + WINDOW + timedelta(seconds=1)
    assert check(first.seen, article("b", STORY), NO_FACTS, late, "0:5", WINDOW).kind is None


def test_an_updated_story_is_read_again_and_a_replay_is_not_its_own_duplicate() -> None:
    first = check((), article("a", STORY), NO_FACTS, T0, "0:1", WINDOW)
    updated = article("a", STORY + " Update: the visit has been postponed.")
    update = check(first.seen, updated, NO_FACTS, T0, "0:2", WINDOW)
    assert update.kind is None
    assert [item.fingerprint for item in update.seen] != [item.fingerprint for item in first.seen]
    assert check(first.seen, article("a", STORY), NO_FACTS, T0, "0:1", WINDOW).kind is None


def test_signatures_pack_and_unpack() -> None:
    signature = article("a", STORY).signature
    assert unpack_signature(pack_signature(signature)) == signature


def test_the_same_words_telling_something_more_are_not_a_repeat() -> None:
    first = check((), article("a", STORY), (1, 2), T0, "0:1", WINDOW)
    assert check(first.seen, article("b", STORY), (1, 2, 3), T0, "0:2", WINDOW).kind is None
    assert check(first.seen, article("c", STORY), (2,), T0, "0:3", WINDOW).kind == "exact"


class Reader:
    """Articles through clean, tag, travel and the repeat check, as the worker runs them.

    All under one key, so that every article is compared with every other (whether two texts meet
    under one near-duplicate key is fingerprint.py's business, tested there).
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.seen: tuple[Seen, ...] = ()
        self.read = 0

    def verdict(self, article_id: str, text: str, published: datetime = T0) -> Verdict:
        clean = clean_article(RawArticle(id=article_id, text=text, published=published))
        tagged = tag_article(clean, self.gazetteer)
        facts = story_facts(tagged, detect_trips(tagged, self.gazetteer))
        self.read += 1
        verdict = check(self.seen, clean, facts, published, f"0:{self.read}", WINDOW)
        self.seen = verdict.seen
        return verdict


def test_two_hundred_briefs_from_one_template_are_two_hundred_stories(gazetteer: Gazetteer) -> None:
    reader = Reader(gazetteer)
    verdicts = [
        reader.verdict(f"brief-{n}-{m}", brief(leader, country))
        for n, leader in enumerate(PRESIDENTS)
        for m, (country, _code) in enumerate(BRIEF_COUNTRIES)
    ]
    assert [verdict.duplicate_of for verdict in verdicts] == [None] * 200


def test_a_brief_with_another_date_is_another_story(gazetteer: Gazetteer) -> None:
    reader = Reader(gazetteer)
    assert reader.verdict("oct", brief("Emmanuel Macron", "Kenya")).kind is None
    assert reader.verdict("nov", brief("Emmanuel Macron", "Kenya", month="November")).kind is None
    assert reader.verdict("again", brief("Emmanuel Macron", "Kenya", month="November")).kind == "exact"


SYNDICATED = (
    "Prime Minister Narendra Modi will travel to Brazil in November for talks on trade and energy, a "
    "spokesman for the foreign ministry told reporters on Monday. Officials expect agreements on ethanol, "
    "fertiliser and defence equipment, and a joint statement on reform of the United Nations Security Council. "
    "The visit will be Modi's first to Latin America since his re-election, and business leaders from both "
    "countries are expected to join the delegation for a forum on investment in Sao Paulo."
)


def test_a_syndicated_copy_with_its_own_dateline_and_attribution_is_a_repeat_either_way(
    gazetteer: Gazetteer,
) -> None:
    copy = "NEW DELHI, Oct 7 (Example Wire) - " + SYNDICATED.replace(
        "told reporters on Monday", "said on Monday, Example Wire reports"
    )
    for first, second in ((SYNDICATED, copy), (copy, SYNDICATED)):
        reader = Reader(gazetteer)
        assert reader.verdict("outlet-a", first).kind is None
        assert reader.verdict("outlet-b", second).duplicate_of == "outlet-a"


def test_a_shortened_copy_repeats_the_full_story_but_not_the_other_way(gazetteer: Gazetteer) -> None:
    full = SYNDICATED + " President Lula said he would welcome Modi in Brasilia and then host him in Argentina."
    reader = Reader(gazetteer)
    assert reader.verdict("full", full).kind is None
    assert reader.verdict("short", SYNDICATED).duplicate_of == "full"
    reader = Reader(gazetteer)
    assert reader.verdict("short", SYNDICATED).kind is None
    assert reader.verdict("full", full).kind is None  # it tells more: a second country
