"""The gold corpus: every annotation resolves, and extraction scores stay above the floors
pinned in corpus/baseline.json."""

from __future__ import annotations

import json

import pytest

from checks.scoring import METRICS, load_gold, run_eval
from conftest import CORPUS
from extract.model import HEDGES, OTHER_KINDS, QUANTITY_KINDS

BASELINE = json.loads((CORPUS / "baseline.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def result():
    return run_eval()


def test_gold_annotations_resolve():
    articles = load_gold()
    assert len(articles) >= 26  # the seed and at least 25 articles of our own
    for art in articles:
        for g in art.gold:
            assert art.text[g.start:g.end] == g.data["mention"]
            assert g.kind in QUANTITY_KINDS + OTHER_KINDS
            if g.kind in QUANTITY_KINDS:
                assert g.data.get("hedge", "none") in HEDGES
                assert g.data.get("subject") is None or g.data["subject"] in art.text


@pytest.mark.parametrize("metric", METRICS)
def test_score_floor(result, metric):
    assert result["metrics"][metric] >= BASELINE[metric] - 1e-9, (
        f"{metric} fell to {result['metrics'][metric]:.3f} (floor {BASELINE[metric]})")


def test_targets(result):
    m = result["metrics"]
    assert m["quantity_f1"] >= 0.97 and m["value_unit"] >= 0.98
