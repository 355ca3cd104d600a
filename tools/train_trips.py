"""Train the learned trip scorer on the corpus's English dev split and write its weights.

    NEWSWATCH_SHARED_DIR=../shared python -m tools.train_trips [--out FILE] [--c C]

A logistic regression (scikit-learn, a dev dependency used only here) over the candidates and features
of tools/trip_candidates.py: for each (leader, destination country) candidate of an article, whether
the article announces that trip (a labelled planned or confirmed trip). The weights are written as
JSON (feature name -> weight, the intercept, the threshold), so that inference is a dot product in
pure Python (:func:`probability`). Deterministic: the same corpus and code give the same file.
Only the dev split is read; tools/eval_trips.py measures it (cross-validation, the fresh sets).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the tools' own modules, as tests import them
from trip_candidates import Candidate

ROOT = Path(__file__).resolve().parent.parent
C = 0.5  # inverse L2 strength: chosen a priori, small data (about 1,200 candidates) wants a firm prior
THRESHOLD = 0.5


def fit(candidates: list[Candidate], c: float = C) -> dict[str, Any]:
    """Weights for ``candidates`` (sklearn's lbfgs logistic regression, L2, deterministic)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([candidate.features for candidate in candidates])
    y = [int(candidate.label) for candidate in candidates]
    model = LogisticRegression(C=c, max_iter=5000, fit_intercept=False)  # "bias" is a feature
    model.fit(x, y)
    weights = {
        name: round(float(weight), 6)
        for name, weight in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(weight) >= 1e-6
    }
    return {"threshold": THRESHOLD, "c": c, "weights": weights}


def probability(features: dict[str, float], model: dict[str, Any]) -> float:
    """The scorer's probability that a candidate is an announced trip: a dot product and a logistic."""
    weights: dict[str, float] = model["weights"]
    total = sum(value * weights.get(name, 0.0) for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-total))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "tools" / "trip_scorer.json")
    parser.add_argument("--c", type=float, default=C)
    args = parser.parse_args()
    from trip_candidates import corpus_candidates

    from bench.realnews import load
    from pipeline.tagging import Gazetteer, load_watchlist

    articles = corpus_candidates(load("en", "dev"), Gazetteer(load_watchlist()))
    model = fit([c for article in articles for c in article.candidates], args.c)
    args.out.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n")
    top = sorted(model["weights"].items(), key=lambda item: -abs(item[1]))[:25]
    print(f"wrote {args.out}: {len(model['weights'])} weights; largest:")
    for name, weight in top:
        print(f"  {weight:+.3f}  {name}")


if __name__ == "__main__":
    main()
