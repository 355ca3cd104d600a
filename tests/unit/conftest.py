"""Shared by the pipeline unit tests: the shipped watchlist, and articles built as the clean stage would."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pipeline.cleaning.fingerprint import minhash_signature, near_duplicate_key
from pipeline.cleaning.normalize import normalize_inline, normalize_text
from pipeline.records import Article, TaggedArticle
from pipeline.tagging import Gazetteer, load_watchlist, tag_article


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer(load_watchlist())


def make_article(text: str, published: date | None = date(2024, 5, 1), title: str = "") -> Article:
    body = normalize_text(text)
    signature = minhash_signature(body)
    return Article(
        id="t",
        url=None,
        source=None,
        title=normalize_inline(title),
        language="en",
        byline=None,
        published=datetime(published.year, published.month, published.day, tzinfo=UTC) if published else None,
        text=body,
        fingerprint="",
        near_duplicate_key=near_duplicate_key(signature),
        signature=signature,
    )


@pytest.fixture
def tag(gazetteer: Gazetteer):  # type: ignore[no-untyped-def]
    def run(text: str, published: date | None = date(2024, 5, 1), title: str = "") -> TaggedArticle:
        return tag_article(make_article(text, published, title), gazetteer)

    return run
