"""checks/intervals.py: exact interval arithmetic and the intervals stated numbers stand for."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction as F
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.intervals import Interval, Tolerance, format_interval, from_quantity, smallest_change
from extract import extract_quantities
from extract.model import Quantity

JUTA, MILIAR, TRILIUN = 10**6, 10**9, 10**12


def qty(**fields) -> SimpleNamespace:
    base = dict(value=None, fraction=None, low=None, high=None, precision=None, hedge="none",
                vague=False)
    base.update(fields)
    return SimpleNamespace(**base)


def model(text: str, kind: str = "count", unit: str | None = "person", **fields) -> Quantity:
    return Quantity(id="q1", start=0, end=len(text), text=text, kind=kind, unit=unit, **fields)


# --- strategies ---------------------------------------------------------------------------------
numbers = st.fractions(min_value=-50, max_value=50, max_denominator=12)


@st.composite
def intervals(draw, bounded: bool = False) -> Interval:
    a, b = sorted((draw(numbers), draw(numbers)))
    lo_open, hi_open = draw(st.booleans()), draw(st.booleans())
    if a == b:
        lo_open = hi_open = False
    lo: F | None = a
    hi: F | None = b
    if not bounded:
        if draw(st.integers(0, 5)) == 0:
            lo = None
        if draw(st.integers(0, 5)) == 0:
            hi = None
    return Interval(lo, hi, lo_open, hi_open)


def samples(iv: Interval) -> list[F]:
    """Members of iv: included ends, points just inside open ends, the midpoint, far points."""
    out: list[F] = []
    if iv.lo is not None and iv.hi is not None:
        w = iv.hi - iv.lo
        out += [iv.lo + w / 1000, iv.hi - w / 1000, iv.midpoint(), iv.lo + w / 3]
    if iv.lo is not None:
        out += [iv.lo] if not iv.lo_open else []
        if iv.hi is None:
            out += [iv.lo + F(1, 1000), iv.lo + 1, iv.lo + 10**6]
    if iv.hi is not None:
        out += [iv.hi] if not iv.hi_open else []
        if iv.lo is None:
            out += [iv.hi - F(1, 1000), iv.hi - 1, iv.hi - 10**6]
    if iv.lo is None and iv.hi is None:
        out += [F(0), F(-7, 3), F(10**6)]
    if iv.is_point():
        out = [iv.lo]
    return [x for x in out if iv.contains(x)]


# --- arithmetic: sound ---------------------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(intervals(), intervals())
def test_add_sub_mul_contain_every_combination(x, y):
    s, d, p = x + y, x - y, x * y
    for a in samples(x):
        for b in samples(y):
            assert s.contains(a + b), (x, y, a, b, s)
            assert d.contains(a - b), (x, y, a, b, d)
            assert p.contains(a * b), (x, y, a, b, p)
    # tight: an included finite end is reached by some pair of members
    for result, op in ((s, F.__add__), (d, F.__sub__), (p, F.__mul__)):
        reached = {op(a, b) for a in samples(x) for b in samples(y)}
        for end, is_open in ((result.lo, result.lo_open), (result.hi, result.hi_open)):
            if end is not None and not is_open:
                assert end in reached, (x, y, result)


@settings(max_examples=200, deadline=None)
@given(intervals(), intervals())
def test_div_contains_every_quotient(x, y):
    if y.contains(0):
        with pytest.raises(ZeroDivisionError):
            x / y
        return
    q = x / y
    for a in samples(x):
        for b in samples(y):
            assert q.contains(a / b), (x, y, a, b, q)


# --- arithmetic: tight (closed bounded intervals reach their corner products) --------------------
@settings(max_examples=200, deadline=None)
@given(numbers, numbers, numbers, numbers)
def test_closed_results_are_tight(a, b, c, d):
    x, y = Interval.closed(min(a, b), max(a, b)), Interval.closed(min(c, d), max(c, d))
    corners = [u * v for u in (x.lo, x.hi) for v in (y.lo, y.hi)]
    assert x * y == Interval.closed(min(corners), max(corners))
    assert x + y == Interval.closed(x.lo + y.lo, x.hi + y.hi)
    assert x - y == Interval.closed(x.lo - y.hi, x.hi - y.lo)
    if not y.contains(0):
        quotients = [u / v for u in (x.lo, x.hi) for v in (y.lo, y.hi)]
        assert x / y == Interval.closed(min(quotients), max(quotients))


@pytest.mark.parametrize("got, want", [
    (Interval(1, 2, False, True) + Interval.closed(3, 4), Interval(4, 6, False, True)),
    (Interval(1, 2, True, False) - Interval(3, 4, False, True), Interval(-3, -1, True, False)),
    (Interval(0, 1, True, False) * Interval.closed(2, 3), Interval(0, 3, True, False)),
    (Interval(0, 1, False, True) * Interval(2, 3, True, True), Interval(0, 3, False, True)),
    (Interval.closed(-1, 2) * Interval.closed(-3, 1), Interval.closed(-6, 3)),
    (Interval(-1, 2, True, True) * Interval.closed(-3, 1), Interval(-6, 3, True, True)),
    (Interval.closed(0, 1) * Interval(1, None), Interval(0, None)),
    (Interval(0, 1, True) * Interval(1, None), Interval(0, None, True)),
    (Interval.closed(-1, 0) * Interval(1, None), Interval(None, 0)),
    (Interval.point(0) * Interval.whole(), Interval.point(0)),
    (1 / Interval(0, 2, True, False), Interval(F(1, 2), None)),
    (1 / Interval(-2, 0, False, True), Interval(None, F(-1, 2))),
    (1 / Interval(2, None), Interval(0, F(1, 2), True, False)),
    (Interval.closed(6, 12) / Interval.closed(2, 3), Interval.closed(2, 6)),
    (Interval.closed(1, 2).scale(-3), Interval.closed(-6, -3)),
    (Interval(1, 2, True, False).scale(F(1, 2)), Interval(F(1, 2), 1, True, False)),
    (Interval.closed(1, 2).scale(0), Interval.point(0)),
    (-Interval(1, 2, True, False), Interval(-2, -1, False, True)),
    (Interval.closed(1, 2) + 1, Interval.closed(2, 3)),
    (2 * Interval.closed(1, 2), Interval.closed(2, 4)),
    (10 - Interval.closed(1, 2), Interval.closed(8, 9)),
    (Decimal("1.5") * Interval.closed(2, 4), Interval.closed(3, 6)),
])
def test_arithmetic_examples(got, want):
    assert got == want


@pytest.mark.parametrize("divisor", [Interval.closed(-1, 1), Interval.closed(0, 2),
                                     Interval.point(0), Interval.whole(), Interval(None, 0)])
def test_division_by_interval_with_zero_raises(divisor):
    with pytest.raises(ZeroDivisionError):
        Interval.closed(1, 2) / divisor


# --- set operations ------------------------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(intervals(), intervals())
def test_intersection_hull_overlap_distance(x, y):
    both = x.intersection(y)
    assert (both is not None) == x.overlaps(y) == y.overlaps(x)
    h = x.hull(y)
    assert h.contains(x) and h.contains(y) and h == y.hull(x)
    for a in samples(x) + samples(y):
        assert (both is not None and both.contains(a)) == (x.contains(a) and y.contains(a))
    if both is not None:
        assert x.contains(both) and y.contains(both)
        assert x.distance(y) == 0
    assert x.distance(y) == y.distance(x) >= 0
    assert x.contains(x)


def test_open_and_closed_ends():
    half_open = Interval(1, 2, False, True)
    assert half_open.contains(1) and not half_open.contains(2)
    assert half_open.contains(F(19, 10)) and not half_open.contains(F(9, 10))
    assert Interval(1, 2, True, False).contains(2) and not Interval(1, 2, True, False).contains(1)
    assert not Interval(0, 1, False, True).overlaps(Interval.closed(1, 2))
    assert Interval.closed(0, 1).intersection(Interval.closed(1, 2)) == Interval.point(1)
    assert Interval(0, 1, False, True).distance(Interval.closed(1, 2)) == 0  # touching, apart
    assert Interval.closed(0, 1).distance(Interval.closed(3, 5)) == 2
    assert Interval.closed(3, 5).distance(Interval(None, 1)) == 2
    assert Interval.closed(1, 3).contains(Interval(1, 3, True, True))
    assert not Interval(1, 3, True, False).contains(Interval.closed(1, 3))
    assert Interval(1, None).contains(10**30) and not Interval(None, 1, True, True).contains(1)
    assert Interval(None, None, False, False) == Interval.whole()  # infinite ends are open
    assert Interval.closed(1, 3).width() == 2 and Interval.closed(1, 3).midpoint() == 2
    assert Interval(1, None).width() is None and Interval(1, None).midpoint() is None
    assert Interval.point(5).is_point() and not Interval.closed(1, 2).is_point()
    assert Interval(Decimal("1.5"), 2).lo == F(3, 2)
    with pytest.raises(ValueError):
        Interval(2, 1)
    with pytest.raises(ValueError):
        Interval(1, 1, True, False)


def test_floats_are_rejected():
    with pytest.raises(TypeError):
        Interval(0.5, 1)
    with pytest.raises(TypeError):
        Interval.point(1) + 0.5
    with pytest.raises(TypeError):
        Interval.point(1) * 0.5
    with pytest.raises(TypeError):
        Interval.closed(0, 1).contains(0.5)
    with pytest.raises(TypeError):
        Interval.closed(0, 1).scale(2.0)
    with pytest.raises(TypeError):
        Tolerance(approx=0.1)
    with pytest.raises(TypeError):
        from_quantity(qty(value=1.2, precision=Decimal("0.1")))
    with pytest.raises(TypeError):
        from_quantity(qty(value=Decimal("1.2"), precision=0.1))


# --- what stated numbers stand for: the seed examples --------------------------------------------
def test_written_precision_seed_examples():
    satu_koma_dua_juta = from_quantity(
        model("1,2 juta", value=Decimal("1200000"), precision=Decimal("100000")))
    assert satu_koma_dua_juta == Interval(F(115, 100) * JUTA, F(125, 100) * JUTA, False, True)
    rp = from_quantity(model("Rp 1,6 triliun", kind="money", unit="IDR",
                             value=Decimal("1600000000000"), precision=Decimal("100000000000")))
    assert rp == Interval(F(155, 100) * TRILIUN, F(165, 100) * TRILIUN, False, True)
    sixty_thousand = from_quantity(model("60.000", value=Decimal("60000"), precision=Decimal("1")))
    assert sixty_thousand == Interval.point(60000)


def test_seed_product_contains_stated_total():
    """1,2 juta people × Rp 600.000 – Rp 2,4 juta each is Rp 0,69 – 3 triliun, and holds 1,6 T."""
    people = from_quantity(qty(value=Decimal("1200000"), precision=Decimal("100000")))
    per_person = Interval.closed(600_000, 2_400_000)
    total = people * per_person
    assert total.lo == 690 * MILIAR and not total.lo_open  # 1,15 juta × 600.000
    assert total.hi == 3 * TRILIUN and total.hi_open       # 1,25 juta × 2,4 juta, excluded
    stated = from_quantity(qty(value=Decimal("1600000000000"), precision=Decimal("100000000000")))
    assert total.contains(stated) and total.overlaps(stated)
    assert smallest_change(total, stated) is None
    assert format_interval(total, "IDR") == "[Rp 0,69 triliun; Rp 3 triliun)"


def test_hedges():
    almost = from_quantity(qty(value=Decimal("12000000"), precision=Decimal("1000000"), hedge="almost"))
    assert almost == Interval.closed(F(108, 10) * JUTA, 12 * JUTA)
    assert from_quantity(qty(value=100, precision=1, hedge="approx")) == Interval.closed(90, 110)
    assert from_quantity(qty(value=100, precision=10, hedge="approx")) == Interval.closed(
        F(95 * 9, 10), F(105 * 11, 10))
    assert from_quantity(qty(value=5, precision=1, hedge="over")) == Interval(5, None, True)
    capped = Tolerance(open_cap=F(1, 2))
    assert from_quantity(qty(value=5, hedge="over"), capped) == Interval(5, F(15, 2), True, False)
    assert from_quantity(qty(value=5, hedge="under")) == Interval(0, 5, False, True)
    assert from_quantity(qty(value=-5, hedge="under")) == Interval(None, -5, True, True)
    assert from_quantity(qty(value=5, hedge="at_least")) == Interval(5, None)
    assert from_quantity(qty(value=5, hedge="at_most")) == Interval.closed(0, 5)
    assert from_quantity(qty(value=-5, hedge="almost")) == Interval.closed(-5, F(-9, 2))
    custom = Tolerance(approx=F(1, 5), almost=F(1, 20))
    assert from_quantity(qty(value=100, hedge="approx"), custom) == Interval.closed(80, 120)
    assert from_quantity(qty(value=100, hedge="almost"), custom) == Interval.closed(95, 100)
    with pytest.raises(ValueError):
        from_quantity(qty(value=1, hedge="perhaps"))


def test_ranges_vague_fractions_and_kinds():
    rng = qty(low=Decimal("600000"), high=Decimal("2400000"), precision=Decimal("100000"))
    assert from_quantity(rng) == Interval.closed(550_000, 2_450_000)
    assert from_quantity(qty(low=600_000, high=2_400_000)) == Interval.closed(600_000, 2_400_000)
    assert from_quantity(qty(low=60_000, high=80_000, precision=1)) == Interval.closed(60_000, 80_000)
    assert from_quantity(qty(low=10_000, high=100_000, vague=True)) == Interval.closed(10_000, 100_000)
    assert from_quantity(qty(fraction="2/3")) == Interval.point(F(2, 3))
    assert from_quantity(qty(value=Decimal("0.5"))) == Interval.point(F(1, 2))
    # integers of counts and money written in full are exact; a rounded percent is not
    assert from_quantity(model("23 persen", kind="percent", unit="percent", value=Decimal("23"),
                               precision=Decimal("1"))) == Interval(F(45, 2), F(47, 2), False, True)
    assert from_quantity(qty(kind="money", value=600_000, precision=1)) == Interval.point(600_000)
    # written precision mirrors around zero
    assert from_quantity(qty(value=Decimal("-1.2"), precision=Decimal("0.1"))) == Interval(
        F(-125, 100), F(-115, 100), True, False)
    with pytest.raises(ValueError):
        from_quantity(qty())


@pytest.mark.parametrize("text, want", [
    ("sebanyak 1,2 juta orang", Interval(1_150_000, 1_250_000, False, True)),
    ("Rp 1,6 triliun", Interval(1_550 * MILIAR, 1_650 * MILIAR, False, True)),
    ("60.000 orang", Interval.point(60_000)),
    ("hampir 12 juta penduduk", Interval.closed(10_800_000, 12_000_000)),
    ("belasan orang", Interval.closed(11, 19)),
    ("lebih dari 5 persen", Interval(5, None, True)),
])
def test_from_extracted_text(text, want):
    (q,) = extract_quantities(text)
    assert from_quantity(q) == want


# --- writing -------------------------------------------------------------------------------------
@pytest.mark.parametrize("iv, unit, lang, want", [
    (Interval.closed(720 * MILIAR, 2_880 * MILIAR), "IDR", "id", "Rp 0,72 triliun – Rp 2,88 triliun"),
    (Interval(1_150_000, 1_250_000, False, True), None, "id", "[1,15 juta; 1,25 juta)"),
    (Interval(1_150_000, 1_250_000, False, True), "person", "id", "[1,15 juta; 1,25 juta)"),
    (Interval.closed(600_000, 2_400_000), "IDR", "id", "Rp 600.000 – Rp 2,4 juta"),
    (Interval.point(1_600 * MILIAR), "IDR", "id", "Rp 1,6 triliun"),
    (Interval.point(60_000), "count:rumah", "id", "60.000"),
    (Interval.closed(1_450 * JUTA, 1_550 * JUTA), "USD", "en", "US$ 1,45 miliar – US$ 1,55 miliar"),
    (Interval.point(5), "EUR", "id", "EUR 5"),
    (Interval(F(45, 2), F(47, 2), False, True), "percent", "id", "[22,5 persen; 23,5 persen)"),
    (Interval(F(45, 2), F(47, 2), False, True), "percent", "en", "[22,5%; 23,5%)"),
    (Interval(5, None, True), "percent", "id", "> 5 persen"),
    (Interval(5, None), "percent", "en", "≥ 5%"),
    (Interval(None, 2 * JUTA, True, True), "IDR", "id", "< Rp 2 juta"),
    (Interval.whole(), None, "id", "(−∞; +∞)"),
    (Interval.closed(F(1, 3), F(2, 3)), None, "id", "0,3333 – 0,6667"),  # rounded outward
    (Interval.closed(4, 5), "tonne", "id", "4 ton – 5 ton"),
])
def test_format_interval(iv, unit, lang, want):
    assert format_interval(iv, unit, lang=lang) == want


def test_format_interval_rounds_outward_and_rates():
    assert format_interval(Interval.closed(F(2, 3), F(4, 3))) == "0,6666 – 1,334"
    assert format_interval(Interval.point(5), "tonne", per="day") == "5 ton per hari"
    assert format_interval(Interval.point(5), "tonne", "en", per="day") == "5 tonne per day"
    assert str(Interval(1_150_000, 1_250_000, False, True)) == "[1,15 juta; 1,25 juta)"
    with pytest.raises(ValueError):
        format_interval(Interval.point(1), lang="fr")


def test_smallest_change():
    target = Interval.closed(690 * MILIAR, 3 * TRILIUN)
    stated = Interval(F(155, 10) * TRILIUN, F(165, 10) * TRILIUN, False, True)  # "16 triliun"
    assert smallest_change(target, stated) == target
    assert stated.distance(target) == F(155, 10) * TRILIUN - 3 * TRILIUN
    assert smallest_change(target, Interval.point(TRILIUN)) is None


_END = st.one_of(st.none(), st.fractions(min_value=-5, max_value=5, max_denominator=4))


@given(_END, _END, st.booleans(), st.booleans(), _END, _END, st.booleans(), st.booleans())
def test_overlaps_is_a_nonempty_intersection(lo1, hi1, lo1_open, hi1_open, lo2, hi2, lo2_open, hi2_open):
    """`overlaps` decides from the ends what `intersection` builds: they must always agree."""
    def make(lo, hi, lo_open, hi_open):
        if lo is not None and hi is not None and (lo > hi or (lo == hi and (lo_open or hi_open))):
            return None
        return Interval(lo, hi, lo_open and lo is not None, hi_open and hi is not None)

    a, b = make(lo1, hi1, lo1_open, hi1_open), make(lo2, hi2, lo2_open, hi2_open)
    if a is None or b is None:
        return
    assert a.overlaps(b) == (a.intersection(b) is not None) == b.overlaps(a)
