"""Travel: alerts scored on the real-news corpus, statuses, ``when``, and the cost of detection.

    python -m bench.travel [--languages en,ru,zh] [--rounds R] [--baseline COMMIT] [--list-dev]

Quality, on ``../shared/corpus/news-{lang}.jsonl`` (real news texts as scraped, see bench/realnews.py):
each text goes through the clean stage, tagging and detection as a worker would run them, with the
text's publication date where the page shows one and no other reference date (the corpus does not say
when a page was read). An alert is a detected trip with status planned or confirmed and confidence >=
0.6 (the worker's defaults); it is right when a labelled planned or confirmed trip has the same leader
and destination country. ``when`` is right when the alert's start agrees with the label to the
month (to the year where the label only gives a year). The same alerts are scored again at higher
confidence thresholds, what an operator trades by raising ``NEWSWATCH_ALERT_MIN_CONFIDENCE``. The
per-status table counts every labelled or detected (leader, country) trip. The dev split is what the
rules learn from (``--list-dev`` lists its disagreements by id); the held-out split is only measured
here: its figures are aggregates, never listed.

Speed: ``detect_trips`` alone on tagged articles, one core, median of rounds, A/B against the
``--baseline`` commit's pipeline in the same run (bench/baseline.py; by default the commit this issue's
work started from): the corpus's dev texts, the 181 real news pages of the extraction benchmark, and
the synthetic default mix of bench/corpus.py.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from bench.realnews import CorpusText, Resolver, load
from bench.report import header, peak_rss_mb, table, write_section

STATUSES = ["planned", "confirmed", "invited", "postponed", "cancelled", "denied", "ongoing", "past", "none"]
ALERTING = frozenset({"planned", "confirmed"})
MIN_CONFIDENCE = 0.6
THRESHOLDS = (0.6, 0.7, 0.8, 0.9, 0.95)  # NEWSWATCH_ALERT_MIN_CONFIDENCE values an operator might set


@dataclass
class Quality:
    texts: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    when_ok: int = 0
    when_n: int = 0
    false_alarm_texts: int = 0  # texts without any announced trip that raised an alert
    quiet_texts: int = 0  # texts without any announced trip
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    # Every (leader, country) with a planned or confirmed trip detected, at any confidence: its highest
    # confidence and whether a labelled announcement agrees; with ``wanted``, the labelled announcements,
    # what scores the alerts at another threshold (:meth:`at`).
    candidates: list[tuple[float, bool]] = field(default_factory=list)
    wanted: int = 0
    # Why each wrong alert is wrong and each missed one is missed (:func:`_why_wrong`, :func:`_why_missed`).
    wrong: Counter[str] = field(default_factory=Counter)
    missed: Counter[str] = field(default_factory=Counter)

    def at(self, threshold: float) -> tuple[float, float]:
        """Precision and recall of the alerts with confidence >= ``threshold``."""
        tp = sum(1 for confidence, right in self.candidates if right and confidence >= threshold)
        fp = sum(1 for confidence, right in self.candidates if not right and confidence >= threshold)
        return (tp / (tp + fp) if tp + fp else 1.0), (tp / self.wanted if self.wanted else 1.0)

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


def _when_agrees(label: str, start: Any) -> bool:
    if start is None:
        return False
    precision = 4 if len(label) == 4 else 7
    return bool(start.isoformat()[:precision] == label[:precision])


def _confusion(labelled: list[str], detected: list[str], confusion: Counter[tuple[str, str]]) -> None:
    left, right = Counter(labelled), Counter(detected)
    same = left & right
    for status, count in same.items():
        confusion[(status, status)] += count
    rest_left = sorted((left - same).elements(), key=STATUSES.index)
    rest_right = sorted((right - same).elements(), key=STATUSES.index)
    for index in range(max(len(rest_left), len(rest_right))):
        confusion[
            (
                rest_left[index] if index < len(rest_left) else "none",
                rest_right[index] if index < len(rest_right) else "none",
            )
        ] += 1


WRONG_KINDS = {
    "status": "the trip is labelled, in a status that raises no alert",
    "destination": "the leader's labelled trips go elsewhere",
    "no trip": "the leader is labelled, with no trip in the text",
    "leader": "the leader is not labelled in the text",
}
MISSED_KINDS = {
    "status": "the trip was found, in a status that raises no alert (or below the confidence)",
    "destination": "the leader's alert went to another country",
    "no trip": "the leader was tagged; no trip of theirs to there was found",
    "untagged": "the leader was not tagged",
    "unlisted": "the leader is not on the watchlist",
}


def _why_wrong(key: tuple[str, str], labelled: dict[tuple[str, str], list[Any]], leaders: set[str]) -> str:
    leader = key[0]
    if key in labelled:
        return "status"
    if any(other == leader for other, _ in labelled):
        return "destination"
    return "no trip" if leader in leaders else "leader"


def _why_missed(key: tuple[str, str], detected: dict[tuple[str, str], list[Any]], alerts: set[Any], tagged: Any) -> str:
    leader = key[0]
    if leader.startswith("unlisted:"):
        return "unlisted"
    if key in detected:
        return "status"
    if any(other == leader for other, _ in alerts):
        return "destination"
    return "no trip" if any(actor.id == leader for actor in tagged.actors) else "untagged"


def score(texts: list[CorpusText], gazetteer: Any, list_errors: bool = False) -> Quality:
    """Alerts, ``when`` and statuses of ``texts`` against their labels."""
    from pipeline.cleaning import CleaningError, clean_article
    from pipeline.tagging import tag_article
    from pipeline.travel import detect_trips

    resolver = Resolver(gazetteer)
    result = Quality(texts=len(texts))
    for text in texts:
        try:
            tagged = tag_article(clean_article(text.raw_article()), gazetteer)
        except CleaningError:
            tagged = None
        trips = detect_trips(tagged, gazetteer) if tagged is not None else []
        detected: dict[tuple[str, str], list[Any]] = {}
        for trip in trips:
            detected.setdefault((trip.leader.id, trip.destination.country), []).append(trip)
        labelled: dict[tuple[str, str], list[Any]] = {}
        for label in text.trips:
            country = resolver.country(label.country)
            if country is None:
                continue  # "Europe", "Asia": no country to alert on
            leader = resolver.leader(label.leader) or f"unlisted:{label.leader}"
            labelled.setdefault((leader, country), []).append(label)
        alerts = {
            key
            for key, found in detected.items()
            if any(t.status in ALERTING and t.confidence >= MIN_CONFIDENCE for t in found)
        }
        wanted = {key for key, found in labelled.items() if any(t.status in ALERTING for t in found)}
        result.wanted += len(wanted)
        for key, reported in detected.items():
            confidences = [t.confidence for t in reported if t.status in ALERTING]
            if confidences:
                result.candidates.append((max(confidences), key in wanted))
        result.tp += len(alerts & wanted)
        result.fp += len(alerts - wanted)
        result.fn += len(wanted - alerts)
        leaders = resolver.leader_ids(text.leaders)
        result.wrong.update(_why_wrong(key, labelled, leaders) for key in alerts - wanted)
        result.missed.update(
            _why_missed(key, detected, alerts, tagged) if tagged is not None else "untagged" for key in wanted - alerts
        )
        if not wanted:
            result.quiet_texts += 1
            result.false_alarm_texts += bool(alerts)
        for key in alerts & wanted:
            whens = [t.when for t in labelled[key] if t.status in ALERTING and t.when]
            if whens:
                result.when_n += 1
                starts = [t.when.start for t in detected[key] if t.status in ALERTING]
                if any(_when_agrees(label, start) for label in whens for start in starts):
                    result.when_ok += 1
                elif list_errors:
                    result.errors.append(f"{text.id}: {key} when {starts} labelled {whens}")
        for key in labelled.keys() | detected.keys():
            _confusion(
                [t.status for t in labelled.get(key, [])],
                sorted({t.status for t in detected.get(key, [])}, key=STATUSES.index),
                result.confusion,
            )
        if list_errors:
            for key in sorted(alerts - wanted):
                found = next(t for t in detected[key] if t.status in ALERTING)
                statuses = [t.status for t in labelled.get(key, [])] or ["none"]
                result.errors.append(f"{text.id}: FP {key} {found.status} by {found.rule} (labelled {statuses})")
            for key in sorted(wanted - alerts):
                statuses = sorted({t.status for t in detected.get(key, [])}) or ["none"]
                rules = sorted({t.rule for t in detected.get(key, [])})
                result.errors.append(f"{text.id}: FN {key} detected {statuses} {rules}")
    return result


def confusion_table(confusion: Counter[tuple[str, str]]) -> str:
    rows: list[list[object]] = [
        [expected, *(confusion[(expected, got)] or "." for got in STATUSES)] for expected in STATUSES
    ]
    return table(["labelled \\ detected", *STATUSES], rows)


# -- speed ------------------------------------------------------------------------------------------


def _speed_articles(corpus: str) -> list[Any]:
    """Clean articles of one speed corpus: ``dev-en`` (a language's dev texts), ``news-en`` (the same texts
    joined into articles of 5,000 characters or more, bench.pipeline's), ``pages``, ``mix``."""
    from pipeline.cleaning import CleaningError, clean_article
    from pipeline.records import RawArticle

    if corpus.startswith("dev-"):
        raws = [text.raw_article() for text in load(corpus.removeprefix("dev-"), "dev")]
    elif corpus.startswith("news-"):
        raws = _joined_clean_texts(corpus.removeprefix("news-"))
    elif corpus == "pages":
        from bench.extraction import DATASET
        from bench.extraction import load as load_pages

        truth, _ = load_pages(DATASET)
        from datetime import UTC, datetime

        raws = [
            RawArticle(id=key, text=body, published=datetime(2024, 6, 20, tzinfo=UTC))
            for key, body in sorted(truth.items())
        ]
    else:
        from agents.wire import parse_published
        from bench.corpus import text_articles

        raws = [
            RawArticle(id=a["id"], text=a["text"], title=a["title"], published=parse_published(a["published"]))
            for a in text_articles(500, travel_share=0.2)
        ]
    articles = []
    for raw in raws:
        try:
            articles.append(clean_article(raw))
        except CleaningError:
            continue
    return articles


def _joined_clean_texts(language: str) -> list[Any]:
    """The dev texts of ``language``, each cleaned, joined in id order into articles of 5,000 characters or more.

    Joined after cleaning, so that every language's articles reach the detector at the same length: joined
    raw (bench.pipeline's), a page's trailing links and footers cut the texts after it, far more in some
    languages' pages than in others'.
    """
    from dataclasses import replace

    from bench.pipeline import joined_articles
    from pipeline.cleaning import CleaningError, clean_article

    cleaned = []
    for text in sorted(load(language, "dev"), key=lambda one: one.id):
        try:
            cleaned.append(replace(text, text=clean_article(text.raw_article()).text))
        except CleaningError:
            continue
    return joined_articles(language, cleaned)


def time_detection(corpus: str, rounds: int) -> dict[str, Any]:
    """Median cost (CPU time) of ``detect_trips`` per article of ``corpus``, with this process's pipeline."""
    import gc
    import time

    from pipeline.tagging import Gazetteer, load_watchlist, tag_article
    from pipeline.travel import detect_trips

    gazetteer = Gazetteer(load_watchlist())
    tagged = [tag_article(article, gazetteer) for article in _speed_articles(corpus)]
    for one in tagged:  # what detection builds on first use (a language's rules, patterns) stays out of the timing
        detect_trips(one, gazetteer)
    per_round = []
    for _ in range(rounds):
        gc.collect()
        started = time.process_time()
        for one in tagged:
            detect_trips(one, gazetteer)
        per_round.append((time.process_time() - started) / len(tagged) * 1000)
    return {"ms": per_round, "articles": len(tagged), "kb": statistics.mean(len(t.article.text) for t in tagged) / 1000}


def speed(baseline: str, rounds: int, languages: list[str]) -> tuple[list[list[object]], str]:
    """Detection cost per corpus, ours against ``baseline``'s, alternating subprocesses (A, B, A, B).

    Also a sentence comparing each language with English on articles of the same length (the dev texts
    joined to 5,000 characters or more): short texts carry the per-article cost on few characters, so only
    the joined articles compare languages per character.
    """
    from bench.baseline import checkout, run_in
    from bench.report import ROOT

    old = checkout(baseline)
    rows: list[list[object]] = []
    corpora = [(f"dev-{language}", f"real news: the corpus's {language} dev texts") for language in languages]
    corpora += [
        (f"news-{language}", f"real news: {language} dev texts, cleaned, joined to >= 5,000 characters")
        for language in languages
    ]
    corpora += [
        ("pages", "real news: the 181 pages of the extraction benchmark"),
        ("mix", "synthetic default mix (bench/corpus.py)"),
    ]
    per_kchar: dict[str, float] = {}
    for corpus, label in corpora:
        ours: list[float] = []
        theirs: list[float] = []
        size = articles = 0.0
        for _ in range(2):
            for directory, into in ((old, theirs), (ROOT, ours)):
                result = run_in(directory, "bench.travel", ["--time", corpus, "--rounds", str(rounds)])
                into.extend(result["ms"])  # type: ignore[arg-type]
                size, articles = result["kb"], result["articles"]  # type: ignore[assignment]
        mine, base = statistics.median(ours), statistics.median(theirs)
        per_kchar[corpus] = mine / size if size else 0.0
        rows.append(
            [
                label,
                int(articles),
                f"{size:.1f}k chars",
                f"**{mine:.3f} ms**",
                f"{mine / size:.3f} ms" if size else "-",
                f"{base:.3f} ms",
                f"{mine / base:.2f}x",
            ]
        )
    same_length = [
        f"{language} {per_kchar[f'news-{language}'] / per_kchar['news-en']:.2f}x"
        for language in languages
        if language != "en" and "en" in languages and per_kchar.get("news-en")
    ]
    note = (
        "Detection per 1,000 characters against English on articles of the same length (the joined rows): "
        + ", ".join(same_length)
        + ". A Chinese character holds more than an English letter, so per character is the strict comparison."
        if same_length
        else ""
    )
    return rows, note


def run(
    languages: list[str], rounds: int, baseline: str, list_dev: bool, splits: tuple[str, ...] = ("dev", "heldout")
) -> str:
    from pipeline.tagging import Gazetteer, load_watchlist

    gazetteer = Gazetteer(load_watchlist())
    quality_rows = []
    threshold_rows = []
    tables = []
    why_rows: list[list[object]] = []
    dev_errors: list[str] = []
    for language in languages:
        for split in splits:
            texts = load(language, split)  # type: ignore[arg-type]
            q = score(texts, gazetteer, list_errors=list_dev and split == "dev")
            dev_errors += q.errors
            quality_rows.append(
                [
                    language,
                    split,
                    q.texts,
                    f"{q.precision:.3f}",
                    f"{q.recall:.3f}",
                    f"{q.f1:.3f}",
                    q.tp,
                    q.fp,
                    q.fn,
                    f"{q.when_ok}/{q.when_n} ({q.when_ok / q.when_n:.0%})" if q.when_n else "-",
                    f"{q.false_alarm_texts}/{q.quiet_texts}",
                ]
            )
            threshold_rows.append(
                [language, split, *("P {:.3f} / R {:.3f}".format(*q.at(threshold)) for threshold in THRESHOLDS)]
            )
            tables.append(f"Statuses, {language} {split}:\n\n" + confusion_table(q.confusion))
            why_rows.append(
                [language, split, *(q.wrong[kind] for kind in WRONG_KINDS), *(q.missed[kind] for kind in MISSED_KINDS)]
            )
    if list_dev:
        print("\n".join(dev_errors), file=sys.stderr)
    speed_rows, same_length = speed(baseline, rounds, languages) if rounds else ([], "")
    return (
        header(
            "Travel: alerts on the real-news corpus, cost of detection",
            f"python -m bench.travel --languages {','.join(languages)} --rounds {rounds} --baseline {baseline}",
            ["pyahocorasick"],
        )
        + "\nAlerts (planned or confirmed, confidence >= 0.6; right when leader and destination country match a "
        "labelled planned or confirmed trip; `when` right to the month, or the year where the label gives only "
        "a year; last column: texts with no announced trip that raised an alert, of all such texts):\n\n"
        + table(
            [
                "language",
                "split",
                "texts",
                "precision",
                "recall",
                "F1",
                "TP",
                "FP",
                "FN",
                "when right",
                "alerts on texts without one",
            ],
            quality_rows,
        )
        + "\n\nThe same alerts at other confidence thresholds (`NEWSWATCH_ALERT_MIN_CONFIDENCE`; the default is "
        "0.6): what an operator trades by raising it. Measured, not tuned: the default was not chosen from it.\n\n"
        + table(["language", "split", *(f">= {threshold}" for threshold in THRESHOLDS)], threshold_rows)
        + "\n\nWhy alerts are wrong (FP) and missed (FN), counted by kind: "
        + "; ".join(f"FP {kind}: {meaning}" for kind, meaning in WRONG_KINDS.items())
        + "; "
        + "; ".join(f"FN {kind}: {meaning}" for kind, meaning in MISSED_KINDS.items())
        + ".\n\n"
        + table(
            ["language", "split", *(f"FP {kind}" for kind in WRONG_KINDS), *(f"FN {kind}" for kind in MISSED_KINDS)],
            why_rows,
        )
        + "\n\n"
        + "\n\n".join(tables)
        + (
            f"\n\nCost of `detect_trips` per article, one core, CPU time, median of {2 * rounds} rounds per side, "
            f"alternating with the baseline `{baseline}` in the same run. Process peak RSS {peak_rss_mb():.0f} MB.\n\n"
            + table(
                ["corpus", "articles", "mean size", "detection", "per 1,000 chars", f"baseline {baseline}", "ratio"],
                speed_rows,
            )
            + (f"\n\n{same_length}" if same_length else "")
            if speed_rows
            else ""
        )
        + "\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--languages", default="en")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline", default=None)
    parser.add_argument("--list-dev", action="store_true", help="list the dev split's disagreements on stderr")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    parser.add_argument("--dev-only", action="store_true", help="score the dev split only (while working on rules)")
    parser.add_argument("--time", help=argparse.SUPPRESS)  # speed()'s subprocess: dev-<language>, pages, mix
    args = parser.parse_args()
    if args.time:
        print(json.dumps(time_detection(args.time, args.rounds)))
        return
    from bench.baseline import DEFAULT_BASELINE

    splits = ("dev",) if args.dev_only else ("dev", "heldout")
    section = run(args.languages.split(","), args.rounds, args.baseline or DEFAULT_BASELINE, args.list_dev, splits)
    print(section)
    if not args.no_write:
        write_section("travel", section)


if __name__ == "__main__":
    main()
