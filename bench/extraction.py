"""HTML cleaning against the article-extraction benchmark (181 pages with ground truth).

Runs our clean stage (``clean_article`` on a raw article holding only the page's HTML, so it must also
find title, date and language) and plain ``trafilatura.extract(html, include_comments=False)`` (the
benchmark's own trafilatura baseline) in the same process, interleaved over several rounds; prints and
records F1/precision/recall with the benchmark's scoring and docs/s of CPU time (median over rounds).

    python -m bench.extraction [--rounds N] [--dataset DIR]
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import time
from collections.abc import Callable
from pathlib import Path

from bench.report import SHARED, header, median, peak_rss_mb, table, write_section
from bench.scoring import score

DATASET = SHARED / "benchmarks" / "article-extraction"


def load(dataset: Path) -> tuple[dict[str, str], dict[str, str]]:
    truth = {
        key: value.get("articleBody", "")
        for key, value in json.loads((dataset / "ground-truth.json").read_text()).items()
    }
    pages = {}
    for path in sorted((dataset / "html").glob("*.html.gz")):
        with gzip.open(path, "rt", encoding="utf8") as handle:
            pages[path.name.split(".")[0]] = handle.read()
    return truth, pages


def ours(html: str) -> str:
    from pipeline.cleaning import CleaningError, clean_article
    from pipeline.records import RawArticle

    try:
        return clean_article(RawArticle(id="bench", html=html)).text
    except CleaningError:
        return ""


def plain_trafilatura(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "newswatch clean stage": ours,
    "trafilatura.extract (plain)": plain_trafilatura,
}


def measure(pages: dict[str, str], rounds: int) -> tuple[dict[str, dict[str, str]], dict[str, list[float]]]:
    """Each of :data:`EXTRACTORS` over every page, interleaved round by round: its outputs by page, and its
    pages per second of CPU time in each round (single-threaded work; on this shared 2-core machine wall
    time also counts other processes' turns on the core)."""
    for extractor in EXTRACTORS.values():  # warm-up: imports, model loading
        extractor(next(iter(pages.values())))
    rates: dict[str, list[float]] = {name: [] for name in EXTRACTORS}
    outputs: dict[str, dict[str, str]] = {}
    for _ in range(rounds):
        for name, extractor in EXTRACTORS.items():
            gc.collect()
            started = time.process_time()
            outputs[name] = {key: extractor(html) for key, html in pages.items()}
            rates[name].append(len(pages) / (time.process_time() - started))
    return outputs, rates


def run(rounds: int, dataset: Path) -> str:
    truth, pages = load(dataset)
    outputs, rates = measure(pages, rounds)
    rows = []
    results = {}
    for name in EXTRACTORS:
        metrics = score((truth[key], outputs[name][key]) for key in truth)
        results[name] = (metrics, median(rates[name]))
        rows.append(
            [
                name,
                f"{metrics['f1']:.4f}",
                f"{metrics['precision']:.4f}",
                f"{metrics['recall']:.4f}",
                f"{median(rates[name]):.1f}",
                " / ".join(f"{rate:.0f}" for rate in rates[name]),
            ]
        )
    (our_metrics, our_rate), (base_metrics, base_rate) = results.values()
    summary = (
        f"Ours vs plain trafilatura in the same run: F1 {our_metrics['f1']:.4f} vs {base_metrics['f1']:.4f} "
        f"({our_metrics['f1'] - base_metrics['f1']:+.4f}), speed ratio {our_rate / base_rate:.2f}x "
        f"(median docs/s {our_rate:.1f} vs {base_rate:.1f}). Peak RSS {peak_rss_mb():.0f} MB."
    )
    return (
        header(
            "HTML cleaning: article-extraction benchmark",
            f"python -m bench.extraction --rounds {rounds}",
            ["trafilatura", "lxml"],
        )
        + f"\n{len(pages)} pages; scoring: 4-gram shingles of `\\w+` tokens, per-document precision and recall "
        "averaged, F1 of the averages. docs per second of CPU time on one core, median of the rounds "
        "(each round listed).\n\n"
        + table(["extractor", "F1", "precision", "recall", "docs/s (median)", "docs/s per round"], rows)
        + f"\n\n{summary}\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--dataset", type=Path, default=DATASET)
    args = parser.parse_args()
    if not (args.dataset / "ground-truth.json").is_file():
        raise SystemExit(f"bench.extraction: no benchmark at {args.dataset} (set --dataset or NEWSWATCH_SHARED_DIR)")
    section = run(args.rounds, args.dataset)
    print(section)
    write_section("extraction", section)


if __name__ == "__main__":
    main()
