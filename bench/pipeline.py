"""The pure pipeline, stage by stage: clean, tag and detect, one core, no Kafka.

    python -m bench.pipeline [--articles N] [--rounds R]

Two inputs: the fixed corpus of ~5 KB text articles (bench/corpus.py, a fifth of them travel stories)
and the 181 real news pages of the article-extraction benchmark (HTML, so cleaning extracts the body
and finds title, date and language). For each stage: articles/s (median of rounds) and microseconds
per article at the median; the total is what one core does per article, the ceiling of a worker.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from typing import Any

from bench.corpus import text_articles
from bench.report import header, peak_rss_mb, table, write_section


def _timed(function: Callable[[Any], Any], items: list[Any], rounds: int) -> tuple[list[Any], dict[str, float]]:
    per_item: list[float] = []
    totals: list[float] = []
    outputs: list[Any] = []
    for _ in range(rounds):
        gc.collect()
        outputs = []
        started = time.perf_counter()
        for item in items:
            before = time.perf_counter()
            outputs.append(function(item))
            per_item.append(time.perf_counter() - before)
        totals.append(time.perf_counter() - started)
    return outputs, {
        "per_second": len(items) / statistics.median(totals),
        "median_us": statistics.median(per_item) * 1e6,
        "mean_us": statistics.median(totals) / len(items) * 1e6,
    }


def measure(raws: list[Any], gazetteer: Any, rounds: int) -> dict[str, dict[str, float]]:
    from pipeline.cleaning import CleaningError, clean_article
    from pipeline.tagging import tag_article
    from pipeline.travel import detect_trips

    def clean(raw: Any) -> Any:
        try:
            return clean_article(raw)
        except CleaningError:
            return None

    cleaned, clean_stats = _timed(clean, raws, rounds)
    articles = [article for article in cleaned if article is not None]
    tagged, tag_stats = _timed(lambda article: tag_article(article, gazetteer), articles, rounds)
    _, detect_stats = _timed(lambda one: detect_trips(one, gazetteer, reference=None), tagged, rounds)
    total_us = clean_stats["mean_us"] + tag_stats["mean_us"] + detect_stats["mean_us"]
    return {
        "clean": clean_stats,
        "tag": tag_stats,
        "detect": detect_stats,
        "total": {"per_second": 1e6 / total_us, "median_us": float("nan"), "mean_us": total_us},
        "count": {"per_second": float(len(articles)), "median_us": 0.0, "mean_us": 0.0},
    }


def run(count: int, rounds: int) -> str:
    from agents.wire import raw_article_from_json
    from bench.extraction import DATASET, load
    from pipeline.records import RawArticle
    from pipeline.tagging import Gazetteer, load_watchlist

    gazetteer = Gazetteer(load_watchlist())
    text = [raw_article_from_json(article) for article in text_articles(count)]
    results = {"~5 KB text articles": measure(text, gazetteer, rounds)}
    if (DATASET / "ground-truth.json").is_file():
        _, pages = load(DATASET)
        html = [RawArticle(id=key, html=page) for key, page in sorted(pages.items())]
        results["181 HTML news pages"] = measure(html, gazetteer, rounds)
    rows = []
    for corpus, stages in results.items():
        for stage in ("clean", "tag", "detect", "total"):
            stats = stages[stage]
            median = "" if stage == "total" else f"{stats['median_us']:.0f}"
            rows.append([corpus, stage, f"{stats['per_second']:.0f}", median, f"{stats['mean_us']:.0f}"])
    return (
        header(
            "Pure pipeline, stage by stage (one core, no Kafka)",
            f"python -m bench.pipeline --articles {count} --rounds {rounds}",
            ["trafilatura", "pyahocorasick"],
        )
        + f"\nMedian of {rounds} rounds; process peak RSS {peak_rss_mb():.0f} MB with the full watchlist loaded.\n\n"
        + table(["corpus", "stage", "articles/s", "µs per article (median)", "µs per article (mean)"], rows)
        + "\n\n`total` is clean + tag + detect per article on one core: the most a worker can do, "
        "before any Kafka.\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    section = run(args.articles, args.rounds)
    print(section)
    write_section("pipeline", section)


if __name__ == "__main__":
    main()
