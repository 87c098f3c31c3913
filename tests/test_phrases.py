"""The phrase tables in corpus/phrases/ are the extractor's spec: every line is a test."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extract import extract_quantities
from extract.model import QUANTITY_KINDS

from conftest import phrase_params

DECIMAL_FIELDS = ("value", "low", "high", "precision")


def _matches(expected: dict, q, text: str) -> list[str]:
    problems = []
    for key, want in expected.items():
        if key == "mention":
            got = text[q.start:q.end]
        elif key == "note":
            continue
        else:
            got = getattr(q, key)
        if key in DECIMAL_FIELDS:
            want = None if want is None else Decimal(want)
        if key == "flags":
            want, got = sorted(want), sorted(got)
        if got != want:
            problems.append(f"{key}: want {want!r}, got {got!r}")
    return problems


def _compare(expected: list[dict], got: list, text: str) -> None:
    lines = [f"  {q.kind} {text[q.start:q.end]!r} value={q.value} low={q.low} high={q.high} "
             f"unit={q.unit} hedge={q.hedge} per={q.per} rules={q.rules}" for q in got]
    assert len(got) == len(expected), (
        f"want {len(expected)} mentions {[e.get('mention') for e in expected]}, got:\n" + "\n".join(lines)
    )
    for e, q in zip(expected, got):
        problems = _matches(e, q, text)
        assert not problems, f"{e.get('mention')!r}: " + "; ".join(problems) + "\n" + "\n".join(lines)


@pytest.mark.parametrize("row", phrase_params())
def test_phrase(row):
    text = row["text"]
    got = extract_quantities(text)
    assert all(q.kind in QUANTITY_KINDS for q in got)
    _compare(row["expect"], got, text)
    if "all" in row:
        others = [q for q in extract_quantities(text, include_all=True) if q.kind not in QUANTITY_KINDS]
        _compare(row["all"], others, text)
    for q in got:
        assert text[q.start:q.end] == q.text
