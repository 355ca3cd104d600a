"""The pure pipeline, stage by stage (clean, tag, detect), one core, no Kafka, A/B against a baseline.

    python -m bench.pipeline [--articles N] [--rounds R] [--pairs P] [--baseline COMMIT] [--corpora LIST] [--no-write]

Corpora: the synthetic mix of ~5 KB text articles (bench/corpus.py, a fifth of them travel stories);
real news, the dev texts of each language of the labelled corpus (bench/realnews.py) in id order,
consecutive texts joined until an article holds at least 5,000 characters (:func:`assemble`; one
corpus per language); and the 181 real news pages of the article-extraction benchmark (HTML, so
cleaning extracts the body and finds title, date and language).

Each corpus is timed in subprocesses that alternate between the ``--baseline`` commit's ``pipeline/``
and ours (bench/baseline.py: baseline, ours, baseline, ours... ``--pairs`` times), so both run under
the same load on this noisy machine; a stage's cost is the median over every round of one side of the
mean CPU time per article in that round (the timing process's, see :func:`_rounds`), and the ratio is
baseline / ours (above 1: ours is faster). The timing code is ours on both sides and feature-checks the
pipeline it runs (fields of ``RawArticle``, ``detect_trips``'s keywords, which languages have names and
travel rules) rather than its version.

Last, plain ``trafilatura.extract(html, include_comments=False)`` (bench.extraction's) against our clean
stage on the same pages, alternating round by round in one process: cost per page and body F1 of both
against the benchmark's ground truth (bench/scoring.py).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import inspect
import json
import statistics
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from bench.corpus import text_articles
from bench.realnews import CorpusText
from bench.report import header, peak_rss_mb, table, write_section

ARTICLE_CHARS = 5000
STAGES = ("clean", "tag", "detect")
REAL_NEWS_LANGUAGES = ("en", "ru", "zh")
WARM_UP = 10  # articles, spread over the corpus, run through every stage before the clock starts


def assemble(texts: Sequence[CorpusText], size: int = ARTICLE_CHARS) -> list[tuple[CorpusText, ...]]:
    """Consecutive ``texts``, in the order given, grouped until a group holds ``size`` characters or more.

    Usage: ``assemble(sorted(load("en", "dev"), key=lambda t: t.id))``. Only the last group may be shorter.
    """
    groups: list[tuple[CorpusText, ...]] = []
    group: list[CorpusText] = []
    length = 0
    for text in texts:
        group.append(text)
        length += len(text.text) + (2 if len(group) > 1 else 0)
        if length >= size:
            groups.append(tuple(group))
            group, length = [], 0
    if group:
        groups.append(tuple(group))
    return groups


def _raw_article(**fields: Any) -> Any:
    """A ``RawArticle`` of the pipeline on the path, given only the fields it has (the baseline's may differ)."""
    from pipeline.records import RawArticle

    known = {field.name for field in dataclasses.fields(RawArticle)}
    return RawArticle(**{name: value for name, value in fields.items() if name in known})


def _real_news(language: str) -> list[Any]:
    from bench.realnews import load

    return joined_articles(language, sorted(load(language, "dev"), key=lambda text: text.id))


def joined_articles(language: str, texts: Sequence[CorpusText]) -> list[Any]:
    """``texts``, in the order given, joined into raw articles of :data:`ARTICLE_CHARS` or more (:func:`assemble`),
    each dated as its first text."""
    articles = []
    for number, group in enumerate(assemble(texts)):
        published = group[0].published
        articles.append(
            _raw_article(
                id=f"news-{language}-{number}",
                published=datetime(published.year, published.month, published.day, tzinfo=UTC) if published else None,
                language=language,
                text="\n\n".join(text.text for text in group),
            )
        )
    return articles


def _synthetic(count: int) -> list[Any]:
    return [
        _raw_article(
            id=article["id"],
            url=article["url"],
            source=article["source"],
            title=article["title"],
            published=datetime.fromisoformat(article["published"]),
            language=article["language"],
            text=article["text"],
        )
        for article in text_articles(count)
    ]


def _pages() -> list[Any]:
    from bench.extraction import DATASET, load

    _, pages = load(DATASET)
    return [_raw_article(id=key, html=page) for key, page in sorted(pages.items())]


def raw_corpus(corpus: str, count: int) -> list[Any]:
    """The raw articles of ``corpus``: ``mix`` (``count`` synthetic ones), ``news-<language>``, ``pages``."""
    if corpus == "mix":
        return _synthetic(count)
    if corpus == "pages":
        return _pages()
    return _real_news(corpus.removeprefix("news-"))


def _rounds(function: Callable[[Any], Any], items: list[Any], rounds: int) -> tuple[list[Any], list[float]]:
    """``function`` over ``items`` ``rounds`` times: the last round's outputs, and µs per item in each round.

    The clock is the process's CPU time: the work is single-threaded, and on this shared 2-core machine
    wall time also counts the time other processes hold the core.
    """
    outputs: list[Any] = []
    costs: list[float] = []
    for _ in range(rounds):
        gc.collect()
        started = time.process_time()
        outputs = [function(item) for item in items]
        costs.append((time.process_time() - started) / len(items) * 1e6)
    return outputs, costs


def stage_costs(raws: list[Any], gazetteer: Any, rounds: int) -> dict[str, list[float]]:
    """µs per article of each stage in each round (``total`` too); articles cleaning rejects are dropped."""
    from pipeline.cleaning import CleaningError, clean_article
    from pipeline.tagging import tag_article
    from pipeline.travel import detect_trips

    def clean(raw: Any) -> Any:
        try:
            return clean_article(raw)
        except CleaningError:
            return None

    detect_keywords = {"reference": None} if "reference" in inspect.signature(detect_trips).parameters else {}
    for raw in raws[:: max(1, len(raws) // WARM_UP)]:  # lazily loaded models and patterns stay out of the timing
        if (article := clean(raw)) is not None:
            detect_trips(tag_article(article, gazetteer), gazetteer, **detect_keywords)
    cleaned, clean_us = _rounds(clean, raws, rounds)
    articles = [article for article in cleaned if article is not None]
    tagged, tag_us = _rounds(lambda article: tag_article(article, gazetteer), articles, rounds)
    _, detect_us = _rounds(lambda one: detect_trips(one, gazetteer, **detect_keywords), tagged, rounds)
    # An article cleaning rejects costs its cleaning only: the later stages' costs are per article kept.
    kept = len(articles) / len(raws)
    total = [c + kept * (t + d) for c, t, d in zip(clean_us, tag_us, detect_us, strict=True)]
    return {"clean": clean_us, "tag": tag_us, "detect": detect_us, "total": total}


def measure(raws: list[Any], gazetteer: Any, rounds: int) -> dict[str, dict[str, float]]:
    """Per stage (and ``total``): articles/s and mean µs per article, medians over ``rounds``."""
    costs = stage_costs(raws, gazetteer, rounds)
    return {
        stage: {"per_second": 1e6 / statistics.median(costs[stage]), "mean_us": statistics.median(costs[stage])}
        for stage in (*STAGES, "total")
    }


def _languages_read() -> dict[str, list[str]]:
    """Which languages the pipeline on the path has names (tagging) and travel rules for."""
    import pipeline

    root = Path(pipeline.__file__).resolve().parent
    rules = root / "travel" / "languages"
    travel = sorted(path.name for path in rules.iterdir() if (path / "__init__.py").is_file()) if rules.is_dir() else []
    names = sorted(path.stem for path in (root / "data" / "names").glob("*.yaml"))
    return {"names": sorted({"en", *names}), "travel": travel or ["en"]}


def time_corpus(corpus: str, count: int, rounds: int) -> dict[str, Any]:
    """The subprocess's side of an A/B pair: stage costs of ``corpus`` with the pipeline on the path."""
    from pipeline.records import RawArticle
    from pipeline.tagging import Gazetteer, load_watchlist

    gazetteer = Gazetteer(load_watchlist())
    raws = raw_corpus(corpus, count)
    costs = stage_costs(raws, gazetteer, rounds)
    raw_fields = {field.name for field in dataclasses.fields(RawArticle)}
    sizes = [len(raw.text or raw.html or "") for raw in raws]
    return {
        **costs,
        "articles": len(raws),
        "kchars": statistics.mean(sizes) / 1000,
        "rss_mb": peak_rss_mb(),
        "reads": _languages_read(),
        "language_field": "language" in raw_fields,
    }


def time_extraction(rounds: int) -> dict[str, Any]:
    """Our clean stage against plain trafilatura on the 181 pages (bench.extraction's measure): µs per page, F1."""
    from bench.extraction import DATASET, load, measure
    from bench.scoring import score

    truth, pages = load(DATASET)
    outputs, rates = measure(pages, rounds)
    return {
        name: {
            "us": [1e6 / rate for rate in rates[label]],
            "f1": score((truth[key], text) for key, text in outputs[label].items())["f1"],
        }
        for name, label in (("ours", "newswatch clean stage"), ("trafilatura", "trafilatura.extract (plain)"))
    }


def _ms(us: float) -> str:
    return f"{us / 1000:.2f} ms"


def _speed_up(ratio: float) -> str:
    return f"{ratio:.2f}x" if ratio >= 0.1 else f"{ratio:.3f}x"


CORPORA = {
    "mix": "synthetic ~5 KB mix (bench/corpus.py)",
    **{
        f"news-{language}": f"real news {language}: dev texts joined to >= 5,000 chars"
        for language in REAL_NEWS_LANGUAGES
    },
    "pages": "181 HTML news pages",
}


def _subprocess(directory: Path, arguments: list[str]) -> dict[str, Any]:
    from bench.baseline import run_in

    return cast(dict[str, Any], run_in(directory, "bench.pipeline", arguments))


def ab(corpus: str, count: int, rounds: int, pairs: int, old: Path) -> dict[str, dict[str, Any]]:
    """Stage costs of ``corpus`` on each side (``baseline``: ``old``'s pipeline, ``ours``), alternating."""
    from bench.report import ROOT

    sides: dict[str, dict[str, Any]] = {"baseline": {}, "ours": {}}
    arguments = ["--time", corpus, "--articles", str(count), "--rounds", str(rounds)]
    for _ in range(pairs):
        for side, directory in (("baseline", old), ("ours", ROOT)):
            result = _subprocess(directory, arguments)
            for stage in (*STAGES, "total"):
                sides[side].setdefault(stage, []).extend(result[stage])
            sides[side]["rss_mb"] = max(sides[side].get("rss_mb", 0.0), result["rss_mb"])
            sides[side].update(
                articles=result["articles"],
                kchars=result["kchars"],
                reads=result["reads"],
                language_field=result["language_field"],
            )
    return sides


def _cost_rows(label: str, sides: dict[str, dict[str, Any]]) -> list[list[object]]:
    rows: list[list[object]] = []
    for stage in (*STAGES, "total"):
        mine, theirs = statistics.median(sides["ours"][stage]), statistics.median(sides["baseline"][stage])
        first = stage == "clean"
        rows.append(
            [
                label if first else "",
                f"{sides['ours']['articles']} x {sides['ours']['kchars']:.1f}k chars" if first else "",
                "**total**" if stage == "total" else stage,
                _ms(mine),
                _ms(theirs),
                f"**{_speed_up(theirs / mine)}**" if stage == "total" else _speed_up(theirs / mine),
            ]
        )
    return rows


def _reads(results: dict[str, dict[str, dict[str, Any]]]) -> str:
    any_corpus = next(iter(results.values()))
    ours, theirs = any_corpus["ours"]["reads"], any_corpus["baseline"]["reads"]
    note = (
        f"What each side reads: ours has names for {', '.join(ours['names'])} and travel rules for "
        f"{', '.join(ours['travel'])}; the baseline has names for {', '.join(theirs['names'])} and travel rules "
        f"for {', '.join(theirs['travel'])}."
    )
    if set(theirs["travel"]) < set(ours["travel"]):
        note += (
            " The baseline tags and reads an article in a language it lacks with the English names and rules, "
            "which find next to nothing there, so detection stops early: on those rows the baseline does far "
            "less work than ours and the comparison is not like for like."
        )
    if not any_corpus["baseline"]["language_field"]:
        note += " The baseline's raw article has no `language` field: its articles go without one."
    return note


def _extraction(rounds: int) -> str:
    from bench.report import ROOT

    result = _subprocess(ROOT, ["--time", "extraction", "--rounds", str(rounds)])
    ours, plain = result["ours"], result["trafilatura"]
    ours_us, plain_us = statistics.median(ours["us"]), statistics.median(plain["us"])
    return (
        "HTML extraction, our clean stage against plain `trafilatura.extract(html, include_comments=False)` "
        f"(bench.extraction's) on the 181 pages, alternating round by round in one process, CPU time, median of "
        f"{rounds} rounds:\n\n"
        + table(
            ["extractor", "per page", "body F1 (bench/scoring.py)"],
            [
                ["newswatch clean stage", _ms(ours_us), f"{ours['f1']:.4f}"],
                ["trafilatura.extract, include_comments=False", _ms(plain_us), f"{plain['f1']:.4f}"],
            ],
        )
        + f"\n\nSpeed ratio trafilatura / ours **{plain_us / ours_us:.2f}x** (issue 18 asks >= 1.2x), "
        f"F1 {ours['f1'] - plain['f1']:+.4f} (asks no loss)."
    )


def run(count: int, rounds: int, pairs: int, baseline: str, corpora: list[str]) -> str:
    from bench.baseline import checkout

    old = checkout(baseline)
    results = {corpus: ab(corpus, count, rounds, pairs, old) for corpus in corpora if corpus in CORPORA}
    rows = [row for corpus, sides in results.items() for row in _cost_rows(CORPORA[corpus], sides)]
    rates = [
        [
            CORPORA[corpus],
            *(f"{1e6 / statistics.median(sides[side]['total']):.0f}" for side in ("ours", "baseline")),
            *(f"{sides[side]['rss_mb']:.0f} MB" for side in ("ours", "baseline")),
        ]
        for corpus, sides in results.items()
    ]
    command = (
        f"python -m bench.pipeline --articles {count} --rounds {rounds} --pairs {pairs} --baseline {baseline} "
        f"--corpora {','.join(corpora)}"
    )
    section = header(
        "Pure pipeline, stage by stage (one core, no Kafka), A/B against the baseline",
        command,
        ["trafilatura", "pyahocorasick"],
    )
    if results:
        section += (
            f"\nCost per article, median over {rounds * pairs} rounds per side: {pairs} pairs of subprocesses "
            f"alternating baseline `{baseline}` and ours in this run, {rounds} rounds each, after a warm-up. "
            "speed-up = baseline / ours (above 1: ours is faster). `total` is clean + tag + detect per article "
            "(tag and detect weighted by the share of articles cleaning keeps): what one core does before any "
            "Kafka. Real news: each language's dev texts in id order, consecutive texts joined until an article "
            "holds 5,000 characters or more (Chinese: about three times as many bytes).\n\n"
            + table(["corpus", "articles x input size", "stage", "ours", f"baseline {baseline}", "speed-up"], rows)
            + "\n\n"
            + _reads(results)
            + "\n\n"
            + table(
                [
                    "corpus",
                    "articles/s, ours (total)",
                    f"articles/s, baseline {baseline}",
                    "peak RSS, ours",
                    f"peak RSS, baseline {baseline}",
                ],
                rates,
            )
            + "\n\nPeak RSS is the timing process's (ru_maxrss): the full shipped watchlist with every language's "
            "names, the corpus, and whatever its articles load (language rules, pymorphy3 for Russian, models "
            "for HTML extraction).\n"
        )
    if "extraction" in corpora:
        section += "\n" + _extraction(rounds) + "\n"
    return section


def main() -> None:
    from bench.baseline import DEFAULT_BASELINE

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500, help="articles of the synthetic mix")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per subprocess")
    parser.add_argument("--pairs", type=int, default=2, help="baseline/ours subprocess pairs per corpus")
    parser.add_argument("--baseline", default=DEFAULT_BASELINE)
    parser.add_argument(
        "--corpora",
        default=",".join([*CORPORA, "extraction"]),
        help="comma-separated: mix, news-en, news-ru, news-zh, pages, extraction (ours against plain trafilatura)",
    )
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    parser.add_argument("--time", help=argparse.SUPPRESS)  # run()'s subprocess: mix, news-<language>, pages, extraction
    args = parser.parse_args()
    unknown = set(args.corpora.split(",")) - {*CORPORA, "extraction"}
    if unknown:
        parser.error(f"unknown corpora: {', '.join(sorted(unknown))}")
    if args.time == "extraction":
        print(json.dumps(time_extraction(args.rounds)))
        return
    if args.time:
        print(json.dumps(time_corpus(args.time, args.articles, args.rounds)))
        return
    section = run(args.articles, args.rounds, args.pairs, args.baseline, args.corpora.split(","))
    print(section)
    if not args.no_write:
        write_section("pipeline", section)


if __name__ == "__main__":
    main()
