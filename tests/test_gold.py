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
    assert m["quantity_f1"] >= 0.97 and m["value_unit"] >= 0.98 and m["subject"] >= 0.85


def test_seed_exactly():
    """Every quantity of the seed article with its value, unit, hedge, range, rate and
    precision as annotated; none of its dates, times or 'gelombang' numbers."""
    from decimal import Decimal

    from extract import extract_quantities

    seed = next(a for a in load_gold() if a.name.startswith("000_"))
    got = {(q.start, q.end): q for q in extract_quantities(seed.text)}
    gold_q = [g for g in seed.gold if g.kind in QUANTITY_KINDS]
    assert set(got) == {(g.start, g.end) for g in gold_q}
    for g in gold_q:
        q = got[(g.start, g.end)]
        for key in ("kind", "unit", "hedge", "per", "flags"):
            if key in g.data:
                assert (tuple(q.flags) if key == "flags" else getattr(q, key)) == \
                    (tuple(g.data[key]) if key == "flags" else g.data[key]), (g.data["mention"], key)
        for key in ("value", "low", "high", "precision"):
            if key in g.data:
                want = None if g.data[key] is None else Decimal(g.data[key])
                assert getattr(q, key) == want, (g.data["mention"], key)
