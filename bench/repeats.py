"""The repeat check on templated briefs and on real syndicated copies.

    python -m bench.repeats

* **Templated briefs**: the 200 wire briefs of issue 17 (10 presidents x 20 countries, one house style)
  through clean, tag, travel and the repeat check, all compared with all (one key): how many are read as
  stories of their own. Baseline in the same run: the check on words alone (no facts).
* **Real copies**: every pair of texts of the real-news corpus (each language, dev and held-out apart)
  whose words make them near-duplicates (MinHash similarity of 0.7 or more): how many the check still
  calls repeats, in either order. Held-out figures are counts only.
* **Cost**: the time ``story_facts`` and ``check`` add per article, against the pipeline's clean + tag +
  detect on the same articles (medians of 5 runs).
"""

from __future__ import annotations

import itertools
import statistics
import time
from datetime import UTC, datetime, timedelta

from agents.wire.raw import raw_article_from_json
from bench.realnews import LANGUAGES, load
from bench.report import header, table
from pipeline.cleaning import CleaningError, clean_article
from pipeline.cleaning.duplicates import Seen, check, story_facts
from pipeline.cleaning.fingerprint import NEAR_DUPLICATE_THRESHOLD, is_near_duplicate
from pipeline.records import Article, RawArticle
from pipeline.tagging import Gazetteer, load_watchlist, tag_article
from pipeline.travel import detect_trips
from tests.briefs import templated_briefs

WINDOW = timedelta(hours=24)
AT = datetime(2024, 10, 1, 12, tzinfo=UTC)


def read(articles: list[tuple[Article, tuple[int, ...]]]) -> int:
    """How many of ``articles`` the check reads as stories of their own, all under one key, in order."""
    seen: tuple[Seen, ...] = ()
    kept = 0
    for number, (article, facts) in enumerate(articles):
        verdict = check(seen, article, facts, AT, f"0:{number}", WINDOW)
        seen = verdict.seen
        kept += verdict.kind is None
    return kept


def analysed(gazetteer: Gazetteer, raw: RawArticle) -> tuple[Article, tuple[int, ...]]:
    article = clean_article(raw)
    tagged = tag_article(article, gazetteer)
    return article, story_facts(tagged, detect_trips(tagged, gazetteer))


def main() -> None:
    gazetteer = Gazetteer(load_watchlist())
    rows = []
    template = [analysed(gazetteer, raw_article_from_json(brief)) for brief in templated_briefs()]
    rows.append(("templated briefs (issue 17)", len(template), read(template), read([(a, ()) for a, _ in template])))
    print(header("Repeats: templated briefs and real copies", "python -m bench.repeats"))
    print(table(("input", "articles", "read as stories, with facts", "baseline: words only"), rows))

    copies = []
    for language in LANGUAGES:
        for split in ("dev", "heldout"):
            texts = []
            for text in load(language, split):
                try:
                    texts.append(analysed(gazetteer, text.raw_article()))
                except CleaningError:
                    continue
            pairs = [
                (first, second)
                for first, second in itertools.combinations(texts, 2)
                if is_near_duplicate(first[0].signature, second[0].signature)
            ]
            repeats = sum(read([first, second]) == 1 and read([second, first]) == 1 for first, second in pairs)
            copies.append((language, split, len(texts), len(pairs), repeats))
    print()
    print(
        table(
            (
                "language",
                "split",
                "texts",
                f"pairs near-duplicate by words (>= {NEAR_DUPLICATE_THRESHOLD})",
                "still repeats, either order",
            ),
            copies,
        )
    )

    sample = [text.raw_article() for text in load("en", "dev")][:200]
    pipeline_times, check_times = [], []
    for _ in range(5):
        started = time.perf_counter()
        done = []
        for raw in sample:
            try:
                article = clean_article(raw)
            except CleaningError:
                continue
            tagged = tag_article(article, gazetteer)
            done.append((article, tagged, detect_trips(tagged, gazetteer)))
        pipeline_times.append((time.perf_counter() - started) / len(done))
        started = time.perf_counter()
        read([(article, story_facts(tagged, trips)) for article, tagged, trips in done])
        check_times.append((time.perf_counter() - started) / len(done))
    print()
    print(
        table(
            ("per article (en dev, 200 texts)", "median of 5 (ms)"),
            [
                ("clean + tag + detect", f"{statistics.median(pipeline_times) * 1000:.2f}"),
                ("story_facts + check (one key, up to 32 kept)", f"{statistics.median(check_times) * 1000:.3f}"),
            ],
        )
    )


if __name__ == "__main__":
    main()
