"""pk10 perf work: the faster paths read exactly what the slower ones did."""

from __future__ import annotations

import random
import re
from fractions import Fraction

from checks.intervals import _ZERO, Interval, _ext_mul, _less_and_more_half
from checks.relations import Doc


def _reference_mul(x: Interval, o: Interval) -> Interval:
    """Interval.__mul__ as it was written before pk10: corners ordered as tuples by Fraction's
    own comparisons, min and max, then the openness of every corner of those values."""
    corners = []
    for a, a_closed in x._ends():
        for b, b_closed in o._ends():
            value = _ext_mul(a, b)
            taken = (a[0] == 0 and b[0] == 0 and a_closed and b_closed) or (
                (a == (0, _ZERO) and a_closed) or (b == (0, _ZERO) and b_closed))
            corners.append((value, taken))
    low = min(v for v, _ in corners)
    high = max(v for v, _ in corners)
    lo = None if low[0] != 0 else low[1]
    hi = None if high[0] != 0 else high[1]
    return Interval(lo, hi, not any(t for v, t in corners if v == low),
                    not any(t for v, t in corners if v == high))


def _random_interval(rng: random.Random) -> Interval:
    ends = [Fraction(0), Fraction(1), Fraction(-1), Fraction(1, 3), Fraction(-5, 2), Fraction(7), None]
    while True:
        lo, hi = rng.choice(ends), rng.choice(ends)
        try:
            return Interval(lo, hi, rng.random() < 0.5, rng.random() < 0.5)
        except ValueError:  # empty
            continue


def test_mul_reads_the_corners_as_before():
    rng = random.Random(10)
    for _ in range(3000):
        a, b = _random_interval(rng), _random_interval(rng)
        assert a * b == _reference_mul(a, b), (a, b)


def test_lower_has_reads_the_window_lower_cased():
    rx = re.compile("sisa|lebih")
    for text in ("Sisanya 5 orang, LEBIH dari itu.", "İstanbul: Sisanya 5 orang, lebih dari itu."):
        doc = Doc(text, [])
        for start in range(len(text)):
            for end in range(start, len(text) + 1):
                assert doc.lower_has(rx, start, end) == (rx.search(text[start:end].lower()) is not None)


def test_midpoint_is_the_operators_midpoint():
    rng = random.Random(11)
    for _ in range(3000):
        iv = _random_interval(rng)
        want = (iv.lo + iv.hi) / 2 if iv.lo is not None and iv.hi is not None else None
        got = iv.midpoint()
        assert got == want and (got is None or (got.numerator, got.denominator) == (want.numerator, want.denominator))


def test_less_and_more_half_are_the_operators_ends():
    rng = random.Random(12)
    for _ in range(3000):
        v = Fraction(rng.randint(-10**7, 10**7), rng.choice([1, 2, 3, 10, 100, 1000, 7]))
        p = Fraction(rng.choice([1, 5, 10, 100, 10**6]), rng.choice([1, 10, 100, 1000]))
        lo, hi = _less_and_more_half(v, p)
        assert (lo.numerator, lo.denominator) == ((v - p / 2).numerator, (v - p / 2).denominator)
        assert (hi.numerator, hi.denominator) == ((v + p / 2).numerator, (v + p / 2).denominator)
