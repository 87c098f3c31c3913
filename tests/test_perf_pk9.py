"""Equivalences the perf work of session 9 (pk9) relies on, written out here as the reference."""

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.intervals import Interval, _cmp, exact, from_quantity
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


@given(st.fractions(), st.fractions())
@settings(max_examples=300, deadline=None)
def test_cmp_is_fraction_order(a, b):
    """intervals._cmp orders two Fractions as their own comparisons do."""
    assert _cmp(a, b) == (a > b) - (a < b)
    assert (_cmp(a, b) == 0) == (a == b)


@given(st.fractions(), st.fractions(), st.booleans(), st.booleans(), st.fractions(), st.fractions(),
       st.booleans(), st.booleans())
@settings(max_examples=300, deadline=None)
def test_interval_order_tests_as_before(a, b, ao, bo, c, d, co, do):
    """overlaps, is_point and the empty-interval test read by _cmp: as by Fraction comparisons."""
    lo, hi = min(a, b), max(a, b)
    if lo == hi and (ao or bo):
        with pytest.raises(ValueError):
            Interval(lo, hi, ao, bo)
        return
    x = Interval(lo, hi, ao, bo)
    assert x.is_point() == (lo == hi)
    lo2, hi2 = min(c, d), max(c, d)
    if lo2 == hi2 and (co or do):
        return
    y = Interval(lo2, hi2, co, do)
    assert x._lower_le(y) == _ref_lower_le(x, y) and x._upper_ge(y) == _ref_upper_ge(x, y)
    assert x.overlaps(y) == _ref_overlaps(x, y) == (x.intersection(y) is not None)
    for v in (c, d, a):
        assert x.contains(v) == (not (v < lo or (v == lo and ao)) and not (v > hi or (v == hi and bo)))


# --- the reference: Interval's order tests before session 9, by Fraction comparisons -------------
def _ref_lower_le(s, o):
    return s.lo < o.lo or (s.lo == o.lo and (not s.lo_open or o.lo_open))


def _ref_upper_ge(s, o):
    return s.hi > o.hi or (s.hi == o.hi and (not s.hi_open or o.hi_open))


def _ref_overlaps(s, o):
    lo_src = o if _ref_lower_le(s, o) else s
    hi_src = o if _ref_upper_ge(s, o) else s
    lo, hi = lo_src.lo, hi_src.hi
    return lo < hi or (lo == hi and not (lo_src.lo_open or hi_src.hi_open))
