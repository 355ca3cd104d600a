"""Does the learned trip scorer generalise? Rules alone against rules + scorer, on the same candidates.

    NEWSWATCH_SHARED_DIR=../shared python -m tools.eval_trips [--fresh DIR ...] [--c C]

1. Grouped 5-fold cross-validation on the English dev split: folds by text id, then by site (the URL's
   registered domain), so no text (or no outlet) is both trained and scored on.
2. Trained on all of dev, scored on the fresh sets (real news labelled before any detector ran on them,
   which the rules were tuned on and the scorer never saw): each ``DIR/*.jsonl`` given.

Alerts are scored as bench/travel.py scores them: a (leader, destination country) pair of a text is
right when the text labels a planned or confirmed trip for it; a labelled pair no candidate covers is
a miss either way. The scorer's alerts are its candidates with probability >= the threshold; "veto"
keeps only the rules' alerts the scorer also accepts, "add" keeps every rules alert and adds the
scorer's. The held-out split is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the tools' own modules, as tests import them
from train_trips import THRESHOLD, C, fit, probability
from trip_candidates import Article, Candidate

Decider = Callable[[Candidate], bool]


def prf(articles: list[Article], alert: Decider) -> tuple[float, float, float, int, int, int]:
    tp = fp = fn = 0
    for article in articles:
        fn += article.uncovered
        for candidate in article.candidates:
            said = alert(candidate)
            tp += said and candidate.label
            fp += said and not candidate.label
            fn += candidate.label and not said
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp, fp, fn


def line(name: str, figures: tuple[float, float, float, int, int, int]) -> str:
    p, r, f1, tp, fp, fn = figures
    return f"  {name:<14} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  TP {tp:3d} FP {fp:3d} FN {fn:3d}"


def deciders(chance: Callable[[Candidate], float], threshold: float = THRESHOLD) -> dict[str, Decider]:
    """Rules alone, the scorer alone, the scorer as a veto on the rules' alerts, and as an addition to them."""

    def scorer(c: Candidate) -> bool:
        return chance(c) >= threshold

    return {
        "rules": lambda c: c.rules_alert,
        "scorer": scorer,
        "veto": lambda c: c.rules_alert and scorer(c),
        "add": lambda c: c.rules_alert or scorer(c),
    }


def out_of_fold(articles: list[Article], group: Callable[[Article], str], c: float) -> dict[int, float]:
    """Each candidate's probability from a model trained on the other four folds (GroupKFold, by ``group``)."""
    from sklearn.model_selection import GroupKFold

    groups = [group(article) for article in articles]
    chances: dict[int, float] = {}
    for train, test in GroupKFold(n_splits=5).split(articles, groups=groups):
        model = fit([cand for i in train for cand in articles[i].candidates], c)
        for i in test:
            for cand in articles[i].candidates:
                chances[id(cand)] = probability(cand.features, model)
    return chances


def _lookup(chances: dict[int, float]) -> Callable[[Candidate], float]:
    return lambda candidate: chances[id(candidate)]


def status_of(candidate: Candidate) -> str:
    statuses = [s for s in ("confirmed", "planned") if f"rules={s}" in candidate.features]
    return statuses[0] if statuses else "added"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fresh", nargs="*", type=Path, default=[])
    parser.add_argument("--c", type=float, default=C)
    args = parser.parse_args()
    from trip_candidates import corpus_candidates

    from bench.realnews import _text, load
    from pipeline.tagging import Gazetteer, load_watchlist

    gazetteer = Gazetteer(load_watchlist())
    dev = corpus_candidates(load("en", "dev"), gazetteer)
    total = sum(len(a.candidates) for a in dev)
    positives = sum(c.label for a in dev for c in a.candidates)
    print(
        f"en dev: {len(dev)} texts, {total} candidates, {positives} of them labelled alerts, "
        f"{sum(a.uncovered for a in dev)} labelled alerts no candidate covers; C={args.c}"
    )
    by_site: dict[str, str] = {a.text_id: a.candidates[0].site if a.candidates else a.text_id for a in dev}
    for title, group in (("text id", lambda a: a.text_id), ("site", lambda a: by_site[a.text_id])):
        chance = _lookup(out_of_fold(dev, group, args.c))
        print(f"5-fold CV on en dev, grouped by {title}:")
        for name, decide in deciders(chance).items():
            print(line(name, prf(dev, decide)))
        for threshold in (0.3, 0.4, 0.6, 0.7, 0.8):
            print(line(f"scorer >= {threshold}", prf(dev, deciders(chance, threshold)["scorer"])))
    model = fit([c for a in dev for c in a.candidates], args.c)
    trained = deciders(lambda cand: probability(cand.features, model), model["threshold"])
    pooled: dict[str, list[Article]] = {}
    for path in args.fresh:
        texts = [_text(json.loads(row)) for row in path.read_text().splitlines() if row.strip()]
        fresh = corpus_candidates(texts, gazetteer)
        missed = sum(a.uncovered for a in fresh)
        print(f"trained on en dev, scored on {path.name} ({len(fresh)} texts, {missed} labelled alerts uncovered):")
        for name, decide in trained.items():
            print(line(name, prf(fresh, decide)))
            pooled.setdefault(name, []).extend(fresh)
            if name == "scorer":
                alerts = Counter(status_of(c) for a in fresh for c in a.candidates if decide(c))
                rules = Counter(status_of(c) for a in fresh for c in a.candidates if c.rules_alert)
                print(f"    alerts by the rules' status: rules {dict(rules)}, scorer {dict(alerts)}")
    if len(args.fresh) > 1:
        print("fresh sets pooled:")
        for name, decide in trained.items():
            print(line(name, prf(pooled[name], decide)))


if __name__ == "__main__":
    main()
