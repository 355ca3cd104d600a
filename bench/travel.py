"""Travel: alert precision, recall and F1, ``when`` to the month, statuses, and the cost of detection.

    python -m bench.travel [--articles N] [--rounds R]

Quality, on the labelled travel set (tests/fixtures/travel/): each text is normalised as the clean stage
would, tagged and searched for trips. An alert counts as found when its leader and destination country
match a labelled planned or confirmed trip; ``when`` counts when the alert's start falls in the labelled
month. The dev split is what the rules were written against; the held-out split is only measured here
(its misses are counted, never listed, so nobody tunes on them).

Speed: the pure ``detect_trips`` on the bench corpus (bench/corpus.py) of ~5 KB articles, one core,
median of rounds. The baseline in the same run is ``tag_article`` on the same articles: the issue's
budget is what detection adds on top of tagging. Three corpora: the default mix (a fifth of the articles
are travel stories, the rest dense with leaders and places too) and the worst case (every article one),
both synthetic, and the real news pages of the extraction benchmark, which are mostly not about
politics and show what detection costs on an ordinary news stream.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import yaml

from bench.corpus import text_articles
from bench.report import ROOT, header, peak_rss_mb, percentile, table, write_section
from bench.tagging import labelled_article

TRAVEL = ROOT / "tests" / "fixtures" / "travel"
STATUSES = ["planned", "confirmed", "invited", "postponed", "cancelled", "denied", "ongoing", "past", "none"]


@dataclass
class Quality:
    items: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    when_ok: int = 0
    when_n: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_split(name: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = yaml.safe_load((TRAVEL / f"{name}.yaml").read_text(encoding="utf-8"))["items"]
    return items


def quality(items: list[dict[str, Any]], gazetteer: Any, list_errors: bool) -> Quality:
    """Alerts, ``when`` and statuses of ``items`` against their labels."""
    from pipeline.records import ALERT_STATUSES
    from pipeline.tagging import tag_article
    from pipeline.travel import detect_trips, reports_for

    result = Quality(items=len(items))
    for item in items:
        article = labelled_article(item)
        trips = detect_trips(tag_article(article, gazetteer), gazetteer)
        alerts = {
            (a.trip.leader.id, a.trip.destination.country): a
            for a in reports_for(trips, article, ALERT_STATUSES, 0.6)
            if a.raises_alert
        }
        labelled = {(t["leader"], t["country"]): t for t in item["trips"]}
        wanted = {key: t for key, t in labelled.items() if t["status"] in ALERT_STATUSES}
        for key in alerts.keys() & wanted.keys():
            result.tp += 1
            month = wanted[key].get("month")
            if month:
                result.when_n += 1
                start = alerts[key].trip.when.start
                if start is not None and start.strftime("%Y-%m") == str(month)[:7]:
                    result.when_ok += 1
                elif list_errors:
                    result.errors.append(
                        f"{item['id']}: when {alerts[key].trip.when.text!r} -> {start}, labelled {month}"
                    )
        extra, missed = alerts.keys() - wanted.keys(), wanted.keys() - alerts.keys()
        result.fp += len(extra)
        result.fn += len(missed)
        if list_errors and (extra or missed):
            result.errors.append(f"{item['id']}: {item['text'][:90]!r}: missed {sorted(missed)}, extra {sorted(extra)}")
        got = {(t.leader.id, t.destination.country): t.status for t in trips}
        for key in labelled.keys() | got.keys():
            result.confusion[(labelled[key]["status"] if key in labelled else "none", got.get(key, "none"))] += 1
    return result


def confusion_table(confusion: Counter[tuple[str, str]]) -> str:
    rows: list[list[object]] = [
        [expected, *(confusion[(expected, got)] or "." for got in STATUSES)] for expected in STATUSES
    ]
    return table(["labelled \\ detected", *STATUSES], rows)


def speed(gazetteer: Any, articles: list[Any], rounds: int) -> dict[str, Any]:
    from pipeline.tagging import tag_article
    from pipeline.travel import detect_trips

    tagged = [tag_article(article, gazetteer) for article in articles]
    ours, baseline, per_article = [], [], []
    for _ in range(rounds):
        gc.collect()
        started = time.perf_counter()
        for article in articles:
            tag_article(article, gazetteer)
        baseline.append((time.perf_counter() - started) / len(articles))
        started = time.perf_counter()
        for one in tagged:
            before = time.perf_counter()
            detect_trips(one, gazetteer)
            per_article.append(time.perf_counter() - before)
        ours.append((time.perf_counter() - started) / len(articles))
    return {
        "detect_ms": statistics.median(ours) * 1000,
        "rounds_ms": [r * 1000 for r in ours],
        "tag_ms": statistics.median(baseline) * 1000,
        "p50_ms": percentile(per_article, 0.5) * 1000,
        "p95_ms": percentile(per_article, 0.95) * 1000,
        "p99_ms": percentile(per_article, 0.99) * 1000,
        "trips": sum(len(detect_trips(one, gazetteer)) for one in tagged) / len(tagged),
        "bytes": statistics.mean(len(article.text.encode()) for article in articles),
    }


def real_articles() -> list[Any]:
    """The 181 real pages' ground-truth bodies as clean articles (one is empty once cleaned, and skipped)."""
    from datetime import UTC, datetime

    from bench.extraction import DATASET, load
    from pipeline.cleaning import CleaningError, clean_article
    from pipeline.records import RawArticle

    truth, _ = load(DATASET)
    articles = []
    for key, body in sorted(truth.items()):
        try:
            raw = RawArticle(id=key, text=body, published=datetime(2024, 6, 20, tzinfo=UTC))
            articles.append(clean_article(raw))
        except CleaningError:
            continue
    return articles


def run(count: int, rounds: int) -> str:
    from agents.wire import parse_published
    from pipeline.cleaning import clean_article
    from pipeline.records import RawArticle
    from pipeline.tagging import Gazetteer, load_watchlist

    gazetteer = Gazetteer(load_watchlist())
    splits = {name: quality(load_split(name), gazetteer, list_errors=name == "dev") for name in ("dev", "heldout")}
    timings = {}
    for label, share in (
        ("default mix, 1 in 5 a travel story", 0.2),
        ("worst case, every article a travel story", 1.0),
    ):
        articles = [
            clean_article(
                RawArticle(id=a["id"], text=a["text"], title=a["title"], published=parse_published(a["published"]))
            )
            for a in text_articles(count, travel_share=share)
        ]
        timings[label] = speed(gazetteer, articles, rounds)
    timings["real news pages (the extraction benchmark's article bodies, mostly not politics)"] = speed(
        gazetteer, real_articles(), rounds
    )
    quality_rows = [
        [
            name,
            q.items,
            f"{q.precision:.3f}",
            f"{q.recall:.3f}",
            f"{q.f1:.3f}",
            q.tp,
            q.fp,
            q.fn,
            f"{q.when_ok}/{q.when_n} ({q.when_ok / q.when_n:.0%})" if q.when_n else "-",
        ]
        for name, q in splits.items()
    ]
    speed_rows = [
        [
            label,
            f"{t['bytes'] / 1000:.1f} KB",
            f"{t['trips']:.1f}",
            f"**{t['detect_ms']:.2f} ms**",
            f"{t['p50_ms']:.2f} / {t['p95_ms']:.2f} / {t['p99_ms']:.2f} ms",
            f"{1000 / t['detect_ms']:.0f}",
            f"{t['tag_ms']:.2f} ms",
            f"{t['detect_ms'] / t['tag_ms']:.2f}x",
        ]
        for label, t in timings.items()
    ]
    errors = "\n".join(f"- {line}" for line in splits["dev"].errors) or "- none"
    return (
        header(
            "Travel: alerts on the labelled set, cost of detection",
            f"python -m bench.travel --articles {count} --rounds {rounds}",
            ["pyahocorasick"],
        )
        + "\nAlerts (leader and destination country must both match a labelled planned or confirmed trip; "
        "statuses planned and confirmed, confidence >= 0.6, the defaults):\n\n"
        + table(
            ["split", "texts", "precision", "recall", "F1", "TP", "FP", "FN", "when right to the month"], quality_rows
        )
        + "\n\nStatuses on the held-out split (every labelled or detected leader and country pair; "
        "`none`: not labelled, or not detected):\n\n"
        + confusion_table(splits["heldout"].confusion)
        + "\n\nStatuses on the dev split:\n\n"
        + confusion_table(splits["dev"].confusion)
        + f"\n\nCost per article on {count} articles, one core, median of {rounds} rounds (per-article "
        f"percentiles over all rounds); baseline in the same run: tagging the same articles. Process peak RSS "
        f"{peak_rss_mb():.0f} MB.\n\n"
        + table(
            [
                "corpus",
                "size",
                "trips/article",
                "detection",
                "p50 / p95 / p99",
                "articles/s",
                "tagging",
                "detection / tagging",
            ],
            speed_rows,
        )
        + "\n\nWhere the dev labels and the detector disagree (held-out disagreements are counted above, "
        f"not listed):\n\n{errors}\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    section = run(args.articles, args.rounds)
    print(section)
    write_section("travel", section)


if __name__ == "__main__":
    main()
