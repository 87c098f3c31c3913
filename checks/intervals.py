"""Intervals: what a stated number stands for, and exact arithmetic on it.

Every number a text states stands for an interval of values it could mean: its written
precision ("1,2 juta" is anything that rounds to it, [1,15 juta; 1,25 juta)), widened or
bounded by its hedge ("hampir", "sekitar", "lebih dari"), or the range it states. This module
alone turns the extractor's fields (value, precision, hedge, low/high, vague) into such
intervals (`from_quantity`), computes with them exactly (`Interval`), and writes them back the
Indonesian way (`format_interval`).

Design decisions a checker relies on:

* Exact numbers only. Endpoints are `Fraction`s; ints and Decimals are converted exactly;
  a float anywhere (endpoint, operand, tolerance, quantity field) raises TypeError.
* `lo is None` is -infinity, `hi is None` is +infinity; infinite ends are always open.
  Intervals are never empty: constructing one raises ValueError, and `intersection` returns
  None when there is nothing in common.
* Arithmetic is tight and tracks open/closed ends: `[1, 2) + [3, 4]` is `[4, 6)`,
  `(0, 1] * [2, 3]` is `(0, 3]`. By convention 0 * infinity = 0 at the corners, which gives
  the right hull (`[0, 1] * [1, +inf)` is `[0, +inf)`).
* Division by an interval that contains 0 raises ZeroDivisionError (it does not return the
  whole line): "the derived value is unbounded" must become an explicit *undetermined* in the
  checker, never a silent "consistent". A divisor with 0 only as an open end is fine:
  `1 / (0, 2]` is `[1/2, +inf)`.
* Prefer undetermined over a false alarm: every choice below errs on the wide side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from functools import cache, lru_cache
from typing import Any

from extract.lang import load_table
from extract.numerals import _SCALE_NAMES, format_id, to_decimal

__all__ = [
    "Interval",
    "Tolerance",
    "exact",
    "format_interval",
    "from_quantity",
    "smallest_change",
]

Number = int | Fraction | Decimal


# --- exact numbers ------------------------------------------------------------------------------
def exact(x: Any) -> Fraction:
    """`x` as an exact Fraction: int, Fraction or finite Decimal; a float raises TypeError.

    Strings are accepted too, as written in the JSON contract: "1600000", "0.5", "2/3".
    """
    t = type(x)  # the common exact types first: isinstance against the numeric ABCs is slow
    if t is Fraction:
        return x
    if t is Decimal and x.is_finite():
        return Fraction(*x.as_integer_ratio())  # (what Fraction(x) does, less its ABC tests)
    if t is int:
        return Fraction(x)
    if isinstance(x, bool):
        raise TypeError(f"not a number: {x!r}")
    if isinstance(x, Fraction):
        return x
    if isinstance(x, int):
        return Fraction(x)
    if isinstance(x, Decimal):
        if not x.is_finite():
            raise ValueError(f"not a finite number: {x!r}")
        return Fraction(x)
    if isinstance(x, float):
        raise TypeError(f"floats are not exact; use Fraction or Decimal, not {x!r}")
    if isinstance(x, str):
        return Fraction(x.strip())
    raise TypeError(f"not an exact number: {x!r} ({type(x).__name__})")


def _opt(x: Any) -> Fraction | None:
    return None if x is None else exact(x)


def _cmp(a: Fraction, b: Fraction) -> int:
    """-1, 0 or 1 as a is below, equal to or above b (two Fractions): their terms cross-multiplied
    (denominators are positive), as Fraction's own comparisons do once they have asked the
    numbers.Rational ABC what b is; the ends of the intervals below are compared here, without
    that test. (The terms read by as_integer_ratio: one call a Fraction, where the numerator and
    denominator properties are one each.)"""
    an, ad = a.as_integer_ratio()
    bn, bd = b.as_integer_ratio()
    x, y = an * bd, bn * ad
    return (x > y) - (x < y)


# Extended numbers for the corners of a product: (sign of infinity or 0, finite value).
_Ext = tuple[int, Fraction]
_ZERO = Fraction(0)


def _ext_mul(a: _Ext, b: _Ext) -> _Ext:
    (ia, va), (ib, vb) = a, b
    if ia == 0 and ib == 0:
        return (0, va * vb)
    if ia == 0 or ib == 0:  # finite times infinite: 0 stays 0 (the hull convention)
        inf, fin = (ib, va) if ia == 0 else (ia, vb)
        if fin.numerator == 0:
            return (0, _ZERO)
        return (inf * (1 if fin.numerator > 0 else -1), _ZERO)
    return (ia * ib, _ZERO)


def _ext_cmp(a: _Ext, b: _Ext) -> int:
    """-1, 0 or 1 as the extended number a is below, equal to or above b: the order of the two
    tuples (the sign of infinity first, then the finite values, by _cmp)."""
    if a[0] != b[0]:
        return -1 if a[0] < b[0] else 1
    return _cmp(a[1], b[1])


# --- intervals ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Interval:
    """A non-empty interval of exact numbers.

    `lo`/`hi` are Fractions (ints and Decimals are converted exactly on construction);
    `lo=None` is -infinity and `hi=None` is +infinity, and infinite ends are always open.
    `lo_open`/`hi_open` say whether each finite end is excluded.
    """

    lo: Fraction | None
    hi: Fraction | None
    lo_open: bool = False
    hi_open: bool = False

    def __post_init__(self) -> None:
        lo, hi = self.lo, self.hi
        if type(lo) is not Fraction:  # (most ends come as Fractions already: kept as they are)
            lo = _opt(lo)
            object.__setattr__(self, "lo", lo)
        if type(hi) is not Fraction:
            hi = _opt(hi)
            object.__setattr__(self, "hi", hi)
        object.__setattr__(self, "lo_open", True if lo is None else bool(self.lo_open))
        object.__setattr__(self, "hi_open", True if hi is None else bool(self.hi_open))
        if lo is not None and hi is not None:
            order = _cmp(lo, hi)
            if order > 0 or (order == 0 and (self.lo_open or self.hi_open)):
                raise ValueError(f"empty interval: {self._math()}")

    def __hash__(self) -> int:
        """The dataclass's hash (of the four fields), kept once worked out when both ends are
        finite: two Fraction hashes are slow, and one interval is looked up several times in
        format_interval's cache (its bound, its steps in both languages). (A None end hashes
        differently in another process: such a hash is not kept, nor pickled.)"""
        got = self.__dict__.get("_hash")
        if got is None:
            got = hash((self.lo, self.hi, self.lo_open, self.hi_open))
            if self.lo is not None and self.hi is not None:
                object.__setattr__(self, "_hash", got)
        return got

    # constructors
    @classmethod
    def point(cls, x: Number) -> Interval:
        """The single exact value [x, x]."""
        v = exact(x)
        return cls(v, v)

    @classmethod
    def closed(cls, lo: Number | None, hi: Number | None) -> Interval:
        """[lo, hi] (a None end is infinite, hence open)."""
        return cls(lo, hi, False, False)

    @classmethod
    def whole(cls) -> Interval:
        """The whole line (-inf, +inf)."""
        return cls(None, None, True, True)

    # predicates and measures
    @property
    def bounded(self) -> bool:
        return self.lo is not None and self.hi is not None

    def is_point(self) -> bool:
        """True for a single value [x, x]."""
        return self.lo is not None and self.hi is not None and _cmp(self.lo, self.hi) == 0

    def width(self) -> Fraction | None:
        """hi - lo; None when the interval is unbounded."""
        return self.hi - self.lo if self.bounded else None  # type: ignore[operator]

    def midpoint(self) -> Fraction | None:
        """(lo + hi) / 2; None when the interval is unbounded. (From whole numbers, reduced once
        by Fraction: (ln·hd + hn·ld) / (2·ld·hd), the same Fraction as by its two operators.)"""
        lo, hi = self.lo, self.hi
        if lo is None or hi is None:
            return None
        (ln, ld), (hn, hd) = lo.as_integer_ratio(), hi.as_integer_ratio()
        return Fraction(ln * hd + hn * ld, 2 * ld * hd)

    def contains(self, x: Number | Interval) -> bool:
        """Whether a number lies in this interval, or a whole interval lies inside it."""
        if isinstance(x, Interval):
            return self._lower_le(x) and self._upper_ge(x)
        v = exact(x)
        if self.lo is not None:
            order = _cmp(v, self.lo)
            if order < 0 or (order == 0 and self.lo_open):
                return False
        if self.hi is not None:
            order = _cmp(v, self.hi)
            if order > 0 or (order == 0 and self.hi_open):
                return False
        return True

    def __contains__(self, x: Number | Interval) -> bool:
        return self.contains(x)

    def _lower_le(self, other: Interval) -> bool:  # self's lower bound is at or below other's
        if self.lo is None:
            return True
        if other.lo is None:
            return False
        order = _cmp(self.lo, other.lo)
        return order < 0 or (order == 0 and (not self.lo_open or other.lo_open))

    def _upper_ge(self, other: Interval) -> bool:  # self's upper bound is at or above other's
        if self.hi is None:
            return True
        if other.hi is None:
            return False
        order = _cmp(self.hi, other.hi)
        return order > 0 or (order == 0 and (not self.hi_open or other.hi_open))

    def intersection(self, other: Interval) -> Interval | None:
        """The values in both, or None when they have none in common."""
        other = _coerce(other)
        lo_src = other if self._lower_le(other) else self  # the tighter (higher) lower bound
        hi_src = other if self._upper_ge(other) else self  # the tighter (lower) upper bound
        lo, lo_open, hi, hi_open = lo_src.lo, lo_src.lo_open, hi_src.hi, hi_src.hi_open
        if lo is not None and hi is not None:
            if lo > hi or (lo == hi and (lo_open or hi_open)):
                return None
        return Interval(lo, hi, lo_open, hi_open)

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share at least one value (`intersection` is not None,
        decided from the ends alone: no interval is built)."""
        other = _coerce(other)
        lo_src = other if self._lower_le(other) else self
        hi_src = other if self._upper_ge(other) else self
        lo, hi = lo_src.lo, hi_src.hi
        if lo is None or hi is None:
            return True
        order = _cmp(lo, hi)
        return order < 0 or (order == 0 and not (lo_src.lo_open or hi_src.hi_open))

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both."""
        other = _coerce(other)
        lo_src = self if self._lower_le(other) else other
        hi_src = self if self._upper_ge(other) else other
        return Interval(lo_src.lo, hi_src.hi, lo_src.lo_open, hi_src.hi_open)

    def distance(self, other: Interval) -> Fraction:
        """The gap between two intervals: 0 when they overlap (or touch at an excluded point)."""
        other = _coerce(other)
        if self.overlaps(other):
            return _ZERO
        if self.hi is not None and other.lo is not None and self.hi <= other.lo:
            return other.lo - self.hi
        assert other.hi is not None and self.lo is not None
        return self.lo - other.hi

    # arithmetic
    def __neg__(self) -> Interval:
        return Interval(_neg(self.hi), _neg(self.lo), self.hi_open, self.lo_open)

    def __add__(self, other: Interval | Number) -> Interval:
        o = _coerce(other)
        lo = None if self.lo is None or o.lo is None else self.lo + o.lo
        hi = None if self.hi is None or o.hi is None else self.hi + o.hi
        return Interval(lo, hi, self.lo_open or o.lo_open, self.hi_open or o.hi_open)

    def __radd__(self, other: Number) -> Interval:
        return self + other

    def __sub__(self, other: Interval | Number) -> Interval:
        return self + (-_coerce(other))

    def __rsub__(self, other: Number) -> Interval:
        return _coerce(other) - self

    def __mul__(self, other: Interval | Number) -> Interval:
        o = _coerce(other)
        corners: list[tuple[_Ext, bool]] = []
        ends = o._ends()
        for a, a_closed in self._ends():
            a_zero = a_closed and a[0] == 0 and a[1].numerator == 0  # an included 0
            for b, b_closed in ends:
                value = _ext_mul(a, b)
                # a corner value is taken when both ends are finite and included, or when a
                # factor is an included 0 (then every value of the other factor gives 0)
                taken = (a[0] == 0 and b[0] == 0 and a_closed and b_closed) or a_zero \
                    or (b_closed and b[0] == 0 and b[1].numerator == 0)
                corners.append((value, taken))
        # the lowest and the highest corner, and whether any corner of that value is taken, in
        # one pass (compared by _ext_cmp: no Fraction comparison and its numeric ABC tests)
        (low, low_taken), rest = corners[0], corners[1:]
        high, high_taken = low, low_taken
        for v, t in rest:
            order = _ext_cmp(v, low)
            if order < 0:  # (below the lowest so far, so below the highest too)
                low, low_taken = v, t
                continue
            if order == 0:
                low_taken = low_taken or t
            order = _ext_cmp(v, high)
            if order > 0:
                high, high_taken = v, t
            elif order == 0:
                high_taken = high_taken or t
        lo = None if low[0] != 0 else low[1]
        hi = None if high[0] != 0 else high[1]
        return Interval(lo, hi, not low_taken, not high_taken)

    def __rmul__(self, other: Number) -> Interval:
        return self * other

    def __truediv__(self, other: Interval | Number) -> Interval:
        return self * _coerce(other).reciprocal()

    def __rtruediv__(self, other: Number) -> Interval:
        return _coerce(other) / self

    def reciprocal(self) -> Interval:
        """1 / self. Raises ZeroDivisionError when 0 is in the interval."""
        if self.contains(0):
            raise ZeroDivisionError(f"division by an interval containing 0: {self._math()}")

        def inv(x: Fraction | None) -> Fraction | None:
            return None if x is None or x == 0 else 1 / x

        # 0 is at most an open end here, so the interval lies on one side of it
        if self.lo is not None and self.lo >= 0:  # positive: 1/(0, b] = [1/b, +inf)
            lo = _ZERO if self.hi is None else inv(self.hi)
            return Interval(lo, inv(self.lo), self.hi_open, self.lo_open)
        hi = _ZERO if self.lo is None else inv(self.lo)  # negative: 1/[a, 0) = (-inf, 1/a]
        return Interval(inv(self.hi), hi, self.hi_open, self.lo_open)

    def scale(self, k: Number) -> Interval:
        """Every value times the exact number k (k may be negative or 0)."""
        return self * Interval.point(k)

    def _ends(self) -> list[tuple[_Ext, bool]]:
        lo: _Ext = (-1, _ZERO) if self.lo is None else (0, self.lo)
        hi: _Ext = (1, _ZERO) if self.hi is None else (0, self.hi)
        return [(lo, not self.lo_open), (hi, not self.hi_open)]

    def _math(self) -> str:
        lo = "-inf" if self.lo is None else str(self.lo)
        hi = "+inf" if self.hi is None else str(self.hi)
        return f"{'(' if self.lo_open else '['}{lo}, {hi}{')' if self.hi_open else ']'}"

    def __str__(self) -> str:
        return format_interval(self)


def _neg(x: Fraction | None) -> Fraction | None:
    return None if x is None else -x


def _coerce(x: Interval | Number) -> Interval:
    if isinstance(x, Interval):
        return x
    return Interval.point(x)


# --- from the extractor's fields ----------------------------------------------------------------
@dataclass(frozen=True)
class Tolerance:
    """How far hedges and rounding widen a stated number. All values exact (Fractions).

    approx = 1/10     "sekitar 100": every end widened by 10% of itself -> [90, 110]
    almost = 1/10     "hampir 12 juta": just below the value -> [10,8 juta; 12 juta]
    open_cap = None   "lebih dari v": (v, +inf); with a cap c, (v, v*(1+c))
    exact_integer_kinds = ("count", "money")
                      kinds whose integers written in full ("60.000 orang", "Rp 600.000",
                      precision 1) are exact; "23 persen" or "5 km" stay rounded, [22,5; 23,5).
                      A quantity with no `kind` is treated like a count.
    """

    approx: Fraction = Fraction(1, 10)
    almost: Fraction = Fraction(1, 10)
    open_cap: Fraction | None = None
    exact_integer_kinds: tuple[str, ...] = ("count", "money")

    def __post_init__(self) -> None:
        for name in ("approx", "almost", "open_cap"):
            value = getattr(self, name)
            if value is None and name == "open_cap":
                continue
            v = exact(value)
            if v < 0:
                raise ValueError(f"tolerance {name} must not be negative: {v}")
            object.__setattr__(self, name, v)
        if self.almost > 1:
            raise ValueError(f"tolerance almost must be at most 1: {self.almost}")
        object.__setattr__(self, "exact_integer_kinds", tuple(self.exact_integer_kinds))


DEFAULT_TOLERANCE = Tolerance()


def rounded_or_cut(q: Any, unit: Fraction | None = None) -> Interval | None:
    """What a plain positive figure stands for when its writer may have cut digits off instead of
    rounding them: [v - u/2, v + u), u the unit of its last written digit (`unit`, else its
    precision): "95%" is [94,5; 96) and holds 95,56. None for hedged, ranged or negative figures."""
    if getattr(q, "hedge", "none") != "none" or q.value is None or q.precision is None or q.value < 0:
        return None
    v = Fraction(q.value)
    u = Fraction(q.precision) if unit is None else unit
    return Interval(v - u / 2, v + u, False, True)


def from_quantity(q: Any, tolerance: Tolerance = DEFAULT_TOLERANCE) -> Interval:
    """The interval a stated quantity stands for (a Quantity, Claim, or anything with its fields).

    Reads `value` (or `fraction`, "n/d"), `low`, `high`, `precision`, `hedge`, `vague` and
    `kind`; missing attributes count as absent.

    1. The stated interval, before hedges:
       * a value with written precision p: [v - p/2, v + p/2) (rounding half up; mirrored,
         (v - p/2, v + p/2], for negative v). An integer written in full (p = 1) of a kind in
         `tolerance.exact_integer_kinds` is exact: "60.000" is [60.000, 60.000]. No precision
         (fractions, words): the exact point.
       * a range low..high: [low - p/2, high + p/2] closed, p the range's precision; exact bounds
         without precision, or for integers written in full as above.
       * a vague magnitude ("puluhan ribu", "belasan"): [low, high] closed. Closed, not
         [low, high), because the lexicon gives some vague counts inclusive bounds
         ("belasan" = 11..19), and a too-wide interval only costs an undetermined.
    2. The hedge:
       * approx ("sekitar"): both ends widened by `approx` of their own size, closed:
         "sekitar 100" -> [90, 110].
       * almost ("hampir"): just below the value in magnitude, precision ignored:
         [v - almost*|v|, v] -> "hampir 12 juta" = [10,8 juta; 12 juta] (for a range, v = high).
       * over ("lebih dari"): (v, +inf), or (v, v + open_cap*|v|) with a cap (v = low for ranges).
       * under ("kurang dari"): [0, v) for v >= 0, (-inf, v) below 0 (v = high for ranges).
       * at_least ("setidaknya"): [v, +inf) (or capped like over); at_most ("maksimal"): [0, v]
         for v >= 0, (-inf, v] below 0.
    """
    fields = (getattr(q, "value", None), getattr(q, "fraction", None), getattr(q, "low", None),
              getattr(q, "high", None), getattr(q, "precision", None), bool(getattr(q, "vague", False)),
              getattr(q, "hedge", None) or "none", getattr(q, "kind", None))
    if tolerance is DEFAULT_TOLERANCE and _CACHED_TYPES.issuperset(map(type, fields)):
        return _cached_interval(fields)  # the extractor's fields: seen before, likely
    return _interval(fields, tolerance)


# the field types whose equal values give equal intervals (a float must still raise)
_CACHED_TYPES = frozenset({Decimal, str, bool, type(None)})


@lru_cache(maxsize=1 << 14)
def _cached_interval(fields: tuple) -> Interval:
    return _interval(fields, DEFAULT_TOLERANCE)


def _interval(fields: tuple, t: Tolerance) -> Interval:
    """`from_quantity` on the quantity's fields (value, fraction, low, high, precision, vague,
    hedge, kind)."""
    value, fraction, low, high, p, vague, hedge, kind = fields
    value, low, high, p = _opt(value), _opt(low), _opt(high), _opt(p)
    if value is None and fraction is not None:
        value = exact(fraction)

    def exact_integers(*vs: Fraction) -> bool:
        return (p == 1 and all(v.denominator == 1 for v in vs)
                and (kind is None or kind in t.exact_integer_kinds))

    if value is not None:
        ref_lo = ref_hi = value
        is_range = False
        if p is None or p == 0 or exact_integers(value):
            base = Interval(value, value)
        else:  # rounding half away from zero; both ends open around 0 (the sign: the numerator's)
            base = Interval(*_less_and_more_half(value, p), value.numerator <= 0, value.numerator >= 0)
    elif low is not None or high is not None:
        ref_lo, ref_hi = low, high
        is_range = True
        if vague or p is None or p == 0 or exact_integers(*(v for v in (low, high) if v is not None)):
            half = _ZERO
        else:
            half = p / 2
        if low is not None and high is not None and low > high:
            low, high = high, low
            ref_lo, ref_hi = low, high
        base = Interval(None if low is None else low - half, None if high is None else high + half)
    else:
        raise ValueError("quantity has neither a value nor bounds")

    if hedge == "none":
        return base
    if hedge == "approx":
        return Interval(_widen(base.lo, -t.approx), _widen(base.hi, t.approx))
    if hedge == "almost":
        v = ref_hi if ref_hi is not None else ref_lo
        assert v is not None
        if v >= 0:
            lo = v - t.almost * v
            if is_range and base.lo is not None:
                lo = min(lo, base.lo)
            return Interval(lo, v)
        v = ref_lo if ref_lo is not None else v  # negative: magnitude just below |v|
        return Interval(v, v + t.almost * abs(v))
    if hedge in ("over", "at_least"):
        v = ref_lo if ref_lo is not None else base.lo
        if v is None:
            return Interval.whole()
        cap = None if t.open_cap is None else v + t.open_cap * abs(v)
        if cap is not None and cap == v:
            return Interval.point(v) if hedge == "at_least" else Interval(v, None, True)
        return Interval(v, cap, hedge == "over", False)
    if hedge in ("under", "at_most"):
        v = ref_hi if ref_hi is not None else base.hi
        if v is None:
            return Interval.whole()
        floor = _ZERO if v > 0 or (v == 0 and hedge == "at_most") else None
        return Interval(floor, v, False, hedge == "under")
    raise ValueError(f"unknown hedge: {hedge!r}")


def _less_and_more_half(v: Fraction, p: Fraction) -> tuple[Fraction, Fraction]:
    """v - p/2 and v + p/2, from whole numbers: (2·vn·pd ∓ pn·vd) / (2·vd·pd), each reduced by
    Fraction (the same Fractions as by its operators, without their type dispatch and three
    reductions)."""
    (vn, vd), (pn, pd) = v.as_integer_ratio(), p.as_integer_ratio()
    num, den, half = 2 * vn * pd, 2 * vd * pd, pn * vd
    return Fraction(num - half, den), Fraction(num + half, den)


def _widen(x: Fraction | None, rel: Fraction) -> Fraction | None:
    return None if x is None else x + rel * abs(x)


# --- fix suggestions ----------------------------------------------------------------------------
def smallest_change(target: Interval, stated: Interval) -> Interval | None:
    """Where the stated number would have to lie to agree with the derived `target`.

    None when no change is needed (the two overlap). Otherwise the answer is simply `target`
    itself: the stated value must move into it; how far is `stated.distance(target)`. Kept this
    simple on purpose: a fix suggestion names the consistent range, it does not pick a point.
    """
    if stated.overlaps(target):
        return None
    return target


# --- writing intervals --------------------------------------------------------------------------
_MONEY_SYMBOLS = {"IDR": "Rp", "USD": "US$"}  # display symbols; other codes are written as codes
_EN_UNITS = {"percent": "%", "percentage_point": " percentage points", "basis_point": " bp"}
_SIG_DIGITS = 4  # an end that is not short and exact is rounded outward to this many digits
_SHORT = 6       # significant digits an end may have and still be written exactly


@cache
def _unit_words() -> dict[str, str]:
    """The first Indonesian spelling of each unit, from extract/lang/id/units.toml."""
    table = load_table("units")
    words: dict[str, str] = {}
    for section in ("percent", "measure"):
        for name, spellings in table.get(section, {}).items():
            if spellings:
                words[name] = spellings[0]
    return words


@cache
def _per_word() -> str:
    return load_table("units")["rate"]["per_words"][0]


def _affixes(unit: str | None, lang: str) -> tuple[str, str]:
    if unit is None or unit == "person" or unit.startswith("count"):
        return "", ""
    if len(unit) == 3 and unit.isalpha() and unit.isupper():  # ISO 4217
        return _MONEY_SYMBOLS.get(unit, unit) + " ", ""
    if lang == "en":
        if unit in _EN_UNITS:
            return "", _EN_UNITS[unit]
        return "", " " + unit.replace("_", " ")
    word = _unit_words().get(unit, unit.replace("_", " "))
    return "", " " + word


@lru_cache(maxsize=8192)  # a finding writes each interval twice (its bound and its steps)
def format_interval(iv: Interval, unit: str | None = None, lang: str = "id",
                    per: str | None = None) -> str:
    """An interval written for a reader, numbers the Indonesian way in both languages.

    * a point: "Rp 1,6 triliun"; a closed interval: "Rp 0,72 triliun – Rp 2,88 triliun";
      any open end: "[1,15 juta; 1,25 juta)", "(5 persen; 10 persen]";
      one-sided: "> 5 persen", "≥ 5 persen", "< 5%", "≤ Rp 2 juta"; the whole line: "(−∞; +∞)".
    * ends of a million or more share the scale word of the larger end ("0,72 triliun"); smaller
      ends are written in full ("Rp 600.000 – Rp 2,4 juta").
    * ends are written exactly when short; otherwise rounded outward (lower end down, upper end
      up) to 4 significant digits, so the text never claims a narrower interval than `iv`.
    * unit: ISO money codes are prefixed ("Rp " for IDR, "US$ " for USD, "EUR " ...); "person"
      and "count:..." take no suffix; "percent" adds " persen" (id) or "%" (en); other units add
      their first Indonesian spelling from units.toml (id) or their canonical name (en).
    * per: a rate's denominator unit, added as " per hari" (id) / " per day" (en).
    """
    if lang not in ("id", "en"):
        raise ValueError(f"lang must be 'id' or 'en', not {lang!r}")
    prefix, suffix = _affixes(unit, lang)
    if per is not None:
        if lang == "en":
            suffix += " per " + per.replace("_", " ")
        else:
            suffix += f" {_per_word()} " + _unit_words().get(per, per.replace("_", " "))
    if iv.lo is None and iv.hi is None:
        return "(−∞; +∞)"
    lo, hi = _written_ends(iv)  # (the numbers alone, written once for every unit and language)
    if iv.is_point():
        return f"{prefix}{lo}{suffix}"
    if iv.hi is None:
        return ("> " if iv.lo_open else "≥ ") + f"{prefix}{lo}{suffix}"
    if iv.lo is None:
        return ("< " if iv.hi_open else "≤ ") + f"{prefix}{hi}{suffix}"
    lo, hi = f"{prefix}{lo}{suffix}", f"{prefix}{hi}{suffix}"
    if not iv.lo_open and not iv.hi_open:
        return f"{lo} – {hi}"
    return f"{'(' if iv.lo_open else '['}{lo}; {hi}{')' if iv.hi_open else ']'}"


@lru_cache(maxsize=8192)  # the same interval is written in both languages, often in several units
def _written_ends(iv: Interval) -> tuple[str | None, str | None]:
    """The numbers of `format_interval`, without unit: each finite end as written ("0,72
    triliun", "600.000"), the lower rounded down and the upper up (a point to the nearest); None
    for an infinite end."""
    ends = [abs(x) for x in (iv.lo, iv.hi) if x is not None]
    scale_word, scale = _common_scale(max(ends)) if ends else (None, None)

    def write(x: Fraction, rounding: str) -> str:
        if scale is not None and abs(x) >= 1_000_000:
            return f"{_number(x / scale, rounding)} {scale_word}"
        return _number(x, rounding)

    if iv.is_point():
        assert iv.lo is not None
        return write(iv.lo, ROUND_HALF_EVEN), None
    return (None if iv.lo is None else write(iv.lo, ROUND_FLOOR),
            None if iv.hi is None else write(iv.hi, ROUND_CEILING))


# the scale words written (as format_id_scaled picks them), largest first: (value, word, value)
_SCALES_DOWN = sorted(((Decimal(v.numerator), w, v) for w, v in _SCALE_NAMES.items()), reverse=True)


def _common_scale(x: Fraction) -> tuple[str | None, Fraction | None]:
    """The scale word `format_id_scaled` writes `x` with (x >= 1 million), and its value."""
    if x < 1_000_000:
        return None, None
    d = to_decimal(x)  # (compared as format_id_scaled compares it: 28 digits when it never ends)
    if d is None:
        d = Decimal(x.numerator) / Decimal(x.denominator)
    d = abs(d)
    for value, word, exact_value in _SCALES_DOWN:
        if d >= value:
            return word, exact_value
    return None, None


def _number(x: Fraction, rounding: str) -> str:
    """`x` written exactly when short, else rounded (by `rounding`) to a few significant digits."""
    if x == 0:
        return "0"
    exact = to_decimal(x)
    if exact is not None and len("".join(map(str, exact.as_tuple().digits)).rstrip("0")) <= _SHORT:
        return format_id(exact)  # (its significant digits: the coefficient's, less trailing zeros)
    num, den = x.numerator, x.denominator
    e = _magnitude(abs(x)) - (_SIG_DIGITS - 1)  # exponent of the last kept digit
    # x / 10**e as a fraction n / d of whole numbers, rounded by `rounding`
    n, d = (num, den * 10**e) if e >= 0 else (num * 10**-e, den)
    q, r = divmod(n, d)
    if rounding == ROUND_FLOOR:
        kept = q
    elif rounding == ROUND_CEILING:
        kept = q + (r != 0)
    else:  # half to even, as round(Fraction) does
        kept = q if 2 * r < d else q + 1 if 2 * r > d else q + (q % 2)
    return format_id(Decimal(kept).scaleb(e))


def _magnitude(x: Fraction) -> int:
    """floor(log10(x)) for x > 0, exactly (in whole numbers: x = num / den)."""
    num, den = x.numerator, x.denominator
    e = len(str(num)) - len(str(den))
    if (den * 10**e > num) if e >= 0 else (den > num * 10**-e):  # 10**e > x
        e -= 1
    elif (den * 10**(e + 1) <= num) if e + 1 >= 0 else (den <= num * 10**-(e + 1)):  # 10**(e+1) <= x
        e += 1
    return e


_DECIMAL_ZERO = re.compile(r"\d,\d*0(?!\d)")
# the hedges a figure read as written keeps near its digits ("sekitar", "hampir")
ROUNDING_HEDGES = ("approx", "almost")


def _zero_places(q: Any, digits: str) -> int:
    """How many zeros end a figure's written digits (of `digits`, its value in units of its last
    digit): 0 when a zero is written after the comma ("3,50 persen": that zero is meant)."""
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0 if zeros and _DECIMAL_ZERO.search(getattr(q, "text", "") or "") else zeros


def as_written(q: Any, tolerance: Tolerance = DEFAULT_TOLERANCE, result: bool = False) -> Interval | None:
    """What a writer who rounded (or cut off) at a figure's last significant digit can mean by
    it; None for a figure with neither value nor bounds. Used to tell a miss that rounding
    explains from one it cannot:

    * plain: [v - u/2, v + u) ("30,7 persen" is [30,65; 30,8): rounded or cut off), u the place
      of the last written digit, zeros included: a plain "15.000 kursi", "660.000 bph" or "80
      persen" is a capacity, a target, a share as written, not 14.500 to 16.000 (the article's
      own wider rounding is the checks' 2 or 5 percent, never an alarm); only a `result` (the
      total a check derives), money under a scale word to two digits, may be rounded at its last
      non-zero one ("setara Rp 110 juta" for Rp 109,2 juta: u = 10 juta). A count written in full
      is exact; money written in full may have had its sen cut off ("Rp1.699 per kWh" for Rp
      1.699,53), never its zeros ("Rp 10.000" is [9.999,5; 10.001)).
    * "sekitar v": within two units of v's last non-zero digit, and within the hedge's own width
      ("sekitar 1,11 juta" is 1,09-1,13 juta, "sekitar 270 juta" 250-290 juta, "sekitar 50.000"
      still 45.000-55.000); "hampir v": up to two units below v. Other hedges, ranges, vague and negative figures: `from_quantity`.
    """
    try:
        wide = from_quantity(q, tolerance)
    except (ValueError, TypeError, ZeroDivisionError):
        return None
    value = _opt(getattr(q, "value", None))
    p = _opt(getattr(q, "precision", None))
    hedge = getattr(q, "hedge", None) or "none"
    if value is None or p is None or p <= 0 or value <= 0 or getattr(q, "vague", False) \
            or (hedge != "none" and hedge not in ROUNDING_HEDGES):
        return wide
    kind = getattr(q, "kind", None)
    u = p
    m = value / p  # the written digits, as a whole number of units of the last one
    if m.denominator == 1:
        digits = str(m.numerator)
        zeros = _zero_places(q, digits)
        if zeros and (hedge != "none" or result and kind == "money" and p > 1 and len(digits) - zeros <= 2):
            u = p * Fraction(10) ** zeros
        elif hedge == "none" and p == 1 and kind != "money" and (kind is None or kind in tolerance.exact_integer_kinds):
            return wide  # a count written in full is exact
    if hedge == "none":
        return Interval(value - u / 2, value + u, False, True)
    near = Interval(value - 2 * u, value + (2 * u if hedge == "approx" else 0))
    return near.intersection(wide) or wide


def floor_as_written(q: Any) -> Interval | None:
    """What "lebih dari v" / "setidaknya v" can honestly restate: a figure above v by less than
    one unit of v's last non-zero digit ("lebih dari 55 juta" for 55.242.785: (55 juta; 56 juta];
    "lebih dari 50 juta": up to 60 juta), as a writer cutting a precise figure down writes it.
    None for other hedges, ranges, vague or non-positive figures."""
    hedge = getattr(q, "hedge", None) or "none"
    value, p = _opt(getattr(q, "value", None)), _opt(getattr(q, "precision", None))
    if hedge not in ("over", "at_least") or value is None or p is None or p <= 0 or value <= 0 \
            or getattr(q, "vague", False):
        return None
    m = value / p
    u = p * Fraction(10) ** _zero_places(q, str(m.numerator)) if m.denominator == 1 else p
    return Interval(value, value + u, hedge == "over", False)
