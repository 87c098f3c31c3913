"""Conformance scoring on a small generated Duckling-style corpus (not the shared one)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checks.evaluate import DIFFERENCES, format_conformance, load_differences, run_conformance

SRC = "test"
ROWS = [
    {"dimension": "numeral", "text": "5 ribu", "value": 5000, "unit": None},
    {"dimension": "numeral", "text": "1,1", "value": 1.1, "unit": None},
    {"dimension": "numeral", "text": "3M", "value": 3000000, "unit": None},  # documented difference
    {"dimension": "numeral", "text": "sepuluh", "value": 11, "unit": None},  # a wrong expectation
    {"dimension": "ordinal", "text": "ketiga", "value": 3, "unit": None},
    {"dimension": "amount_of_money", "text": "Rp 20", "value": 20, "unit": "IDR"},
    {"dimension": "amount_of_money", "text": "$10", "value": 10, "unit": "$"},
    {"dimension": "amount_of_money", "text": "kurang dari 7 euro", "value": None, "unit": "EUR", "max": 7},
    {"dimension": "amount_of_money", "text": "lebih dari Rp33000", "value": None, "unit": "IDR", "min": 33000},
    {"dimension": "amount_of_money", "text": "10-20 dolar", "value": None, "unit": "$", "min": 10, "max": 20},
    {"dimension": "amount_of_money", "text": "20 dolar", "value": 20, "unit": "EUR"},  # wrong unit
]
DIFFS = [
    {"dimension": "numeral", "text": "3M", "duckling": "3000000", "cekangka": "3000000000",
     "reason": "M after a number is miliar in Indonesian usage"},
    {"dimension": "numeral", "text": "9M", "duckling": "9000000", "cekangka": "9000000000",
     "reason": "not in this corpus: stale"},
]


def _write(path: Path, rows: list) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) if not isinstance(r, str) else r
                              for r in rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def result(tmp_path) -> dict:
    corpus = _write(tmp_path / "duckling.jsonl", [dict(r, source=SRC) for r in ROWS] + ["{oops", ""] +
                    [{"dimension": "time", "text": "besok", "value": None}])
    diffs = _write(tmp_path / "differences.jsonl", DIFFS)
    return run_conformance(str(corpus), differences_file=diffs)


def test_counts(result):
    assert result["total"] == len(ROWS)
    assert result["passed"] == len(ROWS) - 3
    assert result["failed"] == 3
    assert result["bad_lines"] == 1
    assert [s["dimension"] for s in result["skipped"]] == ["time"]
    assert result["pass_rate"] == pytest.approx((len(ROWS) - 3) / len(ROWS))
    assert result["documented_differences"] == 1
    assert result["pass_rate_excluding_differences"] == pytest.approx((len(ROWS) - 3) / (len(ROWS) - 1))
    assert result["by_dimension"]["ordinal"] == {"total": 1, "passed": 1}
    assert result["by_dimension"]["amount_of_money"] == {"total": 6, "passed": 5}


def test_differences_and_failures(result):
    (diff,) = result["differences"]
    assert diff["text"] == "3M" and "miliar" in diff["reason"] and "3000000000" in diff["got"]
    fails = {f["text"]: f for f in result["failures"]}
    assert set(fails) == {"sepuluh", "20 dolar"}
    assert "value=10" in fails["sepuluh"]["got"]
    assert any("unit" in p for p in fails["20 dolar"]["problems"])
    assert [s["text"] for s in result["stale_differences"]] == ["9M"]


def test_interval_checks(tmp_path):
    rows = [
        # right bound, wrong direction: "kurang dari" is under, Duckling's max says so too
        {"dimension": "amount_of_money", "text": "kurang dari 7 euro", "value": None, "unit": "EUR", "min": 7},
        {"dimension": "amount_of_money", "text": "10-20 dolar", "value": None, "unit": "$", "min": 10, "max": 30},
    ]
    r = run_conformance(str(_write(tmp_path / "c.jsonl", rows)), differences_file=tmp_path / "none.jsonl")
    assert r["passed"] == 1  # the cue word decides the direction: under, as we say
    (fail,) = r["failures"]
    assert fail["text"] == "10-20 dolar" and "range" in fail["problems"][0]


def test_format(result):
    text = format_conformance(result, "text")
    assert "pass rate" in text and "target >= 95%" in text
    assert "3M" in text and "miliar" in text and "sepuluh" in text and "9M" in text
    back = json.loads(format_conformance(result, "json"))
    assert back["total"] == result["total"]
    with pytest.raises(ValueError):
        format_conformance(result, "html")


def test_project_differences_file():
    diffs = load_differences(DIFFERENCES)
    assert diffs, DIFFERENCES
    for (dim, text), row in diffs.items():
        assert dim in ("numeral", "ordinal", "amount_of_money")
        assert text and len(row["reason"]) > 20


def test_missing_corpus(tmp_path):
    with pytest.raises(OSError):
        run_conformance(str(tmp_path / "missing.jsonl"))
