"""The article-extraction benchmark's scoring, written from its description.

Texts become ``\\w+`` tokens and then 4-token shingles (counted, as a multiset). Per document, true
positives, false positives and false negatives are shingle counts, normalised by their sum so long
documents weigh no more than short ones. Precision is averaged over documents with a prediction,
recall over documents with a ground truth, and F1 is the harmonic mean of those two averages.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)) if tokens[i : i + size])


def document_counts(truth: str, prediction: str) -> tuple[float, float, float]:
    expected, found = shingles(truth), shingles(prediction)
    tp = sum((expected & found).values())
    fp = sum((found - expected).values())
    fn = sum((expected - found).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(pairs: Iterable[tuple[str, str]]) -> dict[str, float]:
    """``pairs`` of (ground truth, prediction) -> precision, recall and F1 as the benchmark defines them."""
    counts = [document_counts(truth, prediction) for truth, prediction in pairs]
    precision = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall)}
