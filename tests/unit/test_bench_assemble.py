"""bench.pipeline's real-news corpus: dev texts joined, in the order given, into articles of 5,000+ characters."""

from __future__ import annotations

from bench.pipeline import assemble
from bench.realnews import CorpusText


def _text(number: int, length: int) -> CorpusText:
    words = f"Sentence {number} written for this test. " * (length // 20 + 1)
    return CorpusText(
        id=f"t{number:03}",
        language="en",
        url=None,
        published=None,
        split="dev",
        text=words[:length],
        leaders=(),
        trips=(),
    )


def _joined_length(group: tuple[CorpusText, ...]) -> int:
    return len("\n\n".join(text.text for text in group))


def test_every_article_but_the_last_holds_at_least_the_size() -> None:
    texts = [_text(number, 700 + 97 * (number % 13)) for number in range(60)]
    groups = assemble(texts, size=5000)
    assert len(groups) > 3
    assert all(_joined_length(group) >= 5000 for group in groups[:-1])


def test_an_article_stops_at_the_text_that_reaches_the_size() -> None:
    texts = [_text(number, 900 + 31 * number) for number in range(40)]
    for group in assemble(texts, size=5000)[:-1]:
        assert _joined_length(group[:-1]) < 5000


def test_texts_keep_their_order_and_none_is_lost_or_repeated() -> None:
    texts = [_text(number, 400 + 211 * (number % 7)) for number in range(50)]
    groups = assemble(texts, size=5000)
    assert [text.id for group in groups for text in group] == [text.id for text in texts]


def test_a_text_longer_than_the_size_is_an_article_of_its_own() -> None:
    texts = [_text(0, 1200), _text(1, 6000), _text(2, 5200), _text(3, 300)]
    assert [[text.id for text in group] for group in assemble(texts, size=5000)] == [
        ["t000", "t001"],
        ["t002"],
        ["t003"],
    ]
