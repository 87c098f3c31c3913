"""Equivalences the perf work of session 9 (pk9) relies on, written out here as the reference."""

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from checks.intervals import Interval, exact, from_quantity
from checks.model import Finding
from checks.registry import check_text
from checks.relations import _subject_head
from extract.claims import subject_head

ARTICLES = sorted((Path(__file__).resolve().parent.parent / "corpus" / "articles").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_trusted_findings_validate(path):
    """explain.finding builds its models without validation: each finding, its bounds, fix and
    spans read back through the validating constructors are the same, field for field and in JSON."""
    report = check_text(path.read_text(encoding="utf-8"), path.stem)
    for f in report.findings:
        again = Finding.model_validate(f.model_dump())
        assert again == f
        assert again.model_dump(mode="json") == f.model_dump(mode="json")


@pytest.mark.parametrize("x", ["0", "1.25", "-0.005", "1600000000000", "12.50", "-3", "1E+3", "7.0E-2"])
def test_exact_decimal_by_integer_ratio(x):
    """exact(Decimal) by its integer ratio is Fraction(Decimal)."""
    got = exact(Decimal(x))
    assert got == Fraction(Decimal(x)) and type(got) is Fraction
    assert (got.numerator, got.denominator) == (Fraction(Decimal(x)).numerator, Fraction(Decimal(x)).denominator)


class _Q:
    def __init__(self, value, precision, kind="percent", hedge="none"):
        self.value, self.precision, self.kind, self.hedge = value, precision, kind, hedge


@pytest.mark.parametrize("value,precision", [("1.25", "0.01"), ("-2.5", "0.1"), ("0", "0.5"), ("0.0", "1"),
                                             ("60000", "1"), ("-7", "1")])
def test_rounded_interval_as_before(value, precision):
    """A value rounded at its precision: [v - p/2, v + p/2), ends open toward zero's side as the
    comparisons with 0 had them (the numerator's sign is the value's)."""
    v, p = Fraction(Decimal(value)), Fraction(Decimal(precision))
    q = _Q(Decimal(value), Decimal(precision), kind="percent")
    assert from_quantity(q) == Interval(v - p / 2, v + p / 2, v <= 0, v >= 0)


@pytest.mark.parametrize("subject", ["jumlah penumpang KRL", "Total kursi", "harga emas Antam", "jumlah"])
def test_subject_head_cached_is_the_same(subject):
    """Doc.head's cached head word is subject_head's."""
    assert _subject_head(subject) == subject_head(subject)
