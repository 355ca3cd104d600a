"""Tagging: precision and recall on the labelled set, throughput and memory with the full watchlist.

    python -m bench.tagging [--articles N] [--rounds R]

Quality: every text of tests/fixtures/tagging/labelled.yaml is normalised as the clean stage would and
tagged; actors (and, where labelled, countries and events) are compared with the labels, micro-averaged.
Real news (``language_costs``): every text of the real-news corpus goes through the clean stage and
``tag_article`` as in the service; its actors are compared with the text's ``leaders`` labels. Only
aggregate figures are printed.
Speed: the pure ``tag_article`` on a fixed corpus of ~5 KB clean articles, one core, median of rounds, in
the process's CPU time (on this shared machine wall time also counts other processes' turns on the core);
the baseline in the same run is a plain scan of the same texts with one compiled regular expression of
all leader names (the "one regex" approach the Aho-Corasick automaton replaces).
"""

from __future__ import annotations

import argparse
import gc
import re
import statistics
import time
import tracemalloc
from datetime import UTC, date, datetime
from typing import Any

import yaml

from bench.corpus import text_articles
from bench.report import ROOT, header, peak_rss_mb, table, write_section

LABELLED = ROOT / "tests" / "fixtures" / "tagging" / "labelled.yaml"


def labelled_article(item: dict[str, Any]) -> Any:
    from pipeline.cleaning.fingerprint import minhash_signature, near_duplicate_key
    from pipeline.cleaning.normalize import normalize_text
    from pipeline.records import Article

    text = normalize_text(item["text"])
    published = item.get("published")
    if isinstance(published, date):
        published = datetime(published.year, published.month, published.day, tzinfo=UTC)
    signature = minhash_signature(text)
    return Article(
        id="labelled",
        url=None,
        source=None,
        title="",
        published=published,
        language="en",
        byline=None,
        text=text,
        fingerprint="",
        near_duplicate_key=near_duplicate_key(signature),
        signature=signature,
    )


def quality(gazetteer: Any) -> dict[str, Any]:
    from pipeline.tagging import tag_article

    items = yaml.safe_load(LABELLED.read_text(encoding="utf-8"))["items"]
    counts = {"actors": [0, 0, 0], "topics": [0, 0, 0]}
    errors: list[str] = []
    for item in items:
        tagged = tag_article(labelled_article(item), gazetteer)
        got_actors = {actor.id for actor in tagged.actors}
        got_topics = {topic.id for topic in tagged.topics if topic.kind != "theme"}
        for name, got, expected in (
            ("actors", got_actors, set(item.get("actors") or [])),
            ("topics", got_topics, set(item.get("topics") or []) if "topics" in item else None),
        ):
            if expected is None:
                continue
            tp, fp, fn = len(got & expected), len(got - expected), len(expected - got)
            counts[name][0] += tp
            counts[name][1] += fp
            counts[name][2] += fn
            if fp or fn:
                errors.append(
                    f"{name}: {item['text'][:70]!r}: missing {sorted(expected - got)}, extra {sorted(got - expected)}"
                )
    result: dict[str, Any] = {"items": len(items), "errors": errors}
    for name, (tp, fp, fn) in counts.items():
        result[name] = {
            "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0,
            "tp": tp,
            "fp": fp,
            "fn": fn,
        }
    return result


def speed(gazetteer: Any, articles: list[Any], rounds: int) -> dict[str, Any]:
    from pipeline.tagging import tag_article

    names = sorted(
        {alias for leader in gazetteer.watchlist.leaders for alias in (leader.name, *leader.aliases)},
        key=len,
        reverse=True,
    )
    one_regex = re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b")
    ours, baseline, per_article = [], [], []
    for _ in range(rounds):
        gc.collect()
        started = time.process_time()
        for article in articles:
            one_regex.findall(article.text)
        baseline.append(len(articles) / (time.process_time() - started))
        started = time.process_time()
        for article in articles:
            before = time.process_time()
            tag_article(article, gazetteer)
            per_article.append(time.process_time() - before)
        ours.append(len(articles) / (time.process_time() - started))
    return {
        "ours": statistics.median(ours),
        "ours_rounds": ours,
        "baseline": statistics.median(baseline),
        "median_us": statistics.median(per_article) * 1e6,
        "bytes": statistics.mean(len(article.text.encode()) for article in articles),
    }


def run(count: int, rounds: int) -> str:
    from pipeline.cleaning import clean_article
    from pipeline.records import RawArticle
    from pipeline.tagging import Gazetteer, load_watchlist

    tracemalloc.start()
    rss_before = peak_rss_mb()
    started = time.perf_counter()
    gazetteer = Gazetteer(load_watchlist())
    build_seconds = time.perf_counter() - started
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    from agents.wire import parse_published

    articles = [
        clean_article(
            RawArticle(id=a["id"], text=a["text"], title=a["title"], published=parse_published(a["published"]))
        )
        for a in text_articles(count)
    ]
    measured = quality(gazetteer)
    timing = speed(gazetteer, articles, rounds)
    actors, topics = measured["actors"], measured["topics"]
    rows = [
        ["actors", f"{actors['precision']:.3f}", f"{actors['recall']:.3f}", actors["tp"], actors["fp"], actors["fn"]],
        [
            "countries and events",
            f"{topics['precision']:.3f}",
            f"{topics['recall']:.3f}",
            topics["tp"],
            topics["fp"],
            topics["fn"],
        ],
    ]
    watchlist = gazetteer.watchlist
    errors = "\n".join(f"- {line}" for line in measured["errors"]) or "- none"
    return (
        header(
            "Tagging: labelled set, throughput, memory, Russian and Chinese",
            f"python -m bench.tagging --articles {count} --rounds {rounds}",
            ["pyahocorasick", "pymorphy3", "opencc-python-reimplemented"],
        )
        + f"\nWatchlist: {len(watchlist.leaders)} leaders, {len(watchlist.countries)} countries, "
        f"{len(watchlist.events)} events, {len(watchlist.themes)} themes; {gazetteer.pattern_count()} patterns, "
        f"built in {build_seconds * 1000:.0f} ms, {traced_peak / 1e6:.1f} MB allocated while building "
        f"(process peak RSS {peak_rss_mb():.0f} MB, {rss_before:.0f} MB before loading).\n\n"
        f"Labelled set ({measured['items']} texts written for newswatch, tests/fixtures/tagging/labelled.yaml):\n\n"
        + table(["what", "precision", "recall", "TP", "FP", "FN"], rows)
        + f"\n\nThroughput on {count} text articles of ~{timing['bytes'] / 1000:.1f} KB, one core, CPU time, median of "
        f"{rounds} rounds: **{timing['ours']:.0f} articles/s** "
        f"({timing['median_us']:.0f} µs per article at the median; "
        f"rounds {' / '.join(f'{r:.0f}' for r in timing['ours_rounds'])}). Baseline in the same run, one regular "
        f"expression of all leader names: {timing['baseline']:.0f} articles/s (names only, no resolution); "
        f"ratio {timing['ours'] / timing['baseline']:.2f}x.\n\nWhere the labels and the tagger disagree:\n\n"
        f"{errors}\n\n" + language_costs(gazetteer, rounds)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    section = run(args.articles, args.rounds)
    print(section)
    write_section("tagging", section)


def language_costs(gazetteer: Any, rounds: int = 5) -> str:
    """Per-language cost and corpus leader tagging: ``tag_article`` on the real-news corpus.

    Cost: median µs per article over the dev texts of each language after the clean stage, scaled to
    ~5 KB of UTF-8 text, English in the same run as the baseline. Quality: leader precision and recall
    against each text's ``leaders`` labels, as the service would tag the text: a text the clean stage
    dead-letters has no actors, and a labelled leader who is not on the watchlist is a miss (both are
    also counted apart); the held-out split is only measured, in aggregate.
    """
    from bench.realnews import Resolver, load
    from pipeline.cleaning import CleaningError, clean_article
    from pipeline.tagging import tag_article

    resolver = Resolver(gazetteer)
    rows, costs = [], {}
    for language in ("en", "ru", "zh"):
        for split in ("dev", "heldout"):
            tp = fp = fn = unknown = dead = 0
            articles = []
            for text in load(language, split):
                want = resolver.leader_ids(text.leaders)
                missing = sum(1 for name in set(text.leaders) if resolver.leader(name) is None)
                unknown += missing
                try:
                    article = clean_article(text.raw_article())
                except CleaningError:
                    dead, fn = dead + 1, fn + len(want) + missing
                    continue
                articles.append(article)
                got = {actor.id for actor in tag_article(article, gazetteer).actors}
                tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got) + missing
            rows.append(
                [
                    language,
                    split,
                    f"{tp / max(1, tp + fp):.3f}",
                    f"{tp / max(1, tp + fn):.3f}",
                    tp,
                    fp,
                    fn,
                    unknown,
                    dead,
                ]
            )
            if split == "dev":
                per_kb = []
                for _ in range(rounds):
                    for article in articles:
                        started = time.process_time()
                        tag_article(article, gazetteer)
                        per_kb.append((time.process_time() - started) / max(1, len(article.text.encode())) * 1000)
                costs[language] = statistics.median(per_kb) * 5 * 1e6
    cost_rows = [[lang, f"{us:.0f}", f"{us / costs['en']:.2f}x"] for lang, us in costs.items()]
    return (
        "Leader tagging on the real-news corpus (clean stage, then `tag_article`; held-out measured only):\n\n"
        + table(
            [
                "language",
                "split",
                "precision",
                "recall",
                "TP",
                "FP",
                "FN",
                "labels not on the watchlist",
                "dead-lettered",
            ],
            rows,
        )
        + "\n\nCost per ~5 KB article by language (CPU time, median over dev texts, scaled by UTF-8 size; English "
        "is the baseline in the same run):\n\n"
        + table(["language", "µs per 5 KB", "vs English"], cost_rows)
        + f"\n\nPatterns: en {gazetteer.pattern_count('en')}, ru {gazetteer.pattern_count('ru')}, "
        f"zh {gazetteer.pattern_count('zh')}.\n"
    )


if __name__ == "__main__":
    main()
