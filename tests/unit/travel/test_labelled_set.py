"""The dev split of the labelled travel set as a regression gate (the held-out split is only benched)."""

from __future__ import annotations

from bench.travel import load_split, quality
from pipeline.tagging import Gazetteer


def test_dev_split_alert_precision_recall_and_when(gazetteer: Gazetteer) -> None:
    result = quality(load_split("dev"), gazetteer, list_errors=True)
    assert result.items >= 200
    assert result.precision >= 0.95, result.errors
    assert result.recall >= 0.95, result.errors
    assert result.when_ok >= 0.95 * result.when_n, result.errors
