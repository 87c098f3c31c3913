"""Equivalences the perf work of session 7 (pk7a) relies on."""

from fractions import Fraction as F

from checks.intervals import Interval
from checks.restatement import _apart, _holds


def test_apart_only_when_the_midpoint_cannot_be_held():
    """restatement._apart passes over a body figure only when _holds by its midpoint is False."""
    ends = [None, F(0), F(1), F(2), F(3), F(5, 2)]
    shapes = []
    for lo in ends:
        for hi in ends:
            if lo is not None and hi is not None and lo > hi:
                continue
            for lo_open in (False, True):
                for hi_open in (False, True):
                    try:
                        shapes.append(Interval(lo, hi, lo_open, hi_open))
                    except ValueError:
                        pass
    for h in shapes:
        for b in shapes:
            if _apart(h, b):
                assert not _holds(h, b.midpoint())
