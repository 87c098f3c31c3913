"""Equivalences the perf work of session 8 (pk8) relies on: the faster code against the plain
one it replaced, written out here as the reference."""

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from fractions import Fraction as F

from hypothesis import given, settings
from hypothesis import strategies as st

from checks.intervals import Interval, _common_scale, _magnitude, _number, format_interval
from extract.numerals import LEX, format_id, format_id_scaled


# --- the reference: intervals' number writing before session 8 -----------------------------------
def _ref_common_scale(x):
    if x < 1_000_000:
        return None, None
    word = format_id_scaled(x).rpartition(" ")[2]
    value = LEX.scales.get(word)
    return (word, F(value)) if value is not None else (None, None)


def _ref_significant_digits(x):
    den = x.denominator
    for p in (2, 5):
        while den % p == 0:
            den //= p
    if den != 1:
        return None
    k = 0
    while (x * 10**k).denominator != 1:
        k += 1
    return len(str(abs(x.numerator * 10**k // x.denominator)).rstrip("0"))


def _ref_magnitude(x):
    e = len(str(x.numerator)) - len(str(x.denominator))
    if F(10) ** e > x:
        e -= 1
    elif F(10) ** (e + 1) <= x:
        e += 1
    return e


def _ref_number(x, rounding):
    if x == 0:
        return "0"
    digits = _ref_significant_digits(x)
    if digits is not None and digits <= 6:
        return format_id(x)
    e = _ref_magnitude(abs(x)) - 3
    q = x / F(10) ** e
    n = {ROUND_FLOOR: q.__floor__(), ROUND_CEILING: q.__ceil__()}.get(rounding, round(q))
    return format_id(Decimal(n).scaleb(e))


_NUMBERS = st.one_of(
    st.fractions(max_denominator=10**6),
    st.builds(lambda n, e: F(n) * F(10) ** e, st.integers(-10**7, 10**7), st.integers(-12, 18)),
    st.builds(lambda p, k, s: F(10) ** p + s * F(1, 3 * 10**k),  # just under or over a scale
              st.integers(0, 16), st.integers(0, 30), st.sampled_from([-1, 1])),
)


@settings(max_examples=2000)
@given(_NUMBERS)
def test_number_writing_is_the_plain_one(x):
    for rounding in (ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_EVEN):
        assert _number(x, rounding) == _ref_number(x, rounding)
    if x > 0:
        assert _magnitude(x) == _ref_magnitude(x)
        assert _common_scale(x) == _ref_common_scale(x)


def test_an_interval_is_written_alike_in_every_unit_and_language():
    iv = Interval(F(1_150_000), F(12_500_001, 10), False, True)
    assert str(iv) == "[1,15 juta; 1,251 juta)"  # (the upper end rounded up to 4 digits)
    assert format_interval(iv, "IDR", "en", "day") == "[Rp 1,15 juta per day; Rp 1,251 juta per day)"
    assert format_interval(Interval(F(7), None, True), "percent", "en") == "> 7%"


def test_an_interval_hashes_as_the_dataclass_did():
    """Interval keeps its hash once worked out (both ends finite): the same value as the
    dataclass's hash of its fields, equal intervals alike, and nothing kept for an infinite end."""
    for iv in [Interval(F(1), F(2)), Interval(F(-3, 7), F(5), True, False), Interval.point(F(10) ** 12),
               Interval(None, F(2), True, True), Interval(F(2), None, True), Interval.whole()]:
        want = hash((iv.lo, iv.hi, iv.lo_open, iv.hi_open))
        assert hash(iv) == want and hash(iv) == want  # (the kept one too)
        assert hash(Interval(iv.lo, iv.hi, iv.lo_open, iv.hi_open)) == want
        assert ("_hash" in iv.__dict__) == (iv.lo is not None and iv.hi is not None)
        assert iv == Interval(iv.lo, iv.hi, iv.lo_open, iv.hi_open) and repr(iv).startswith("Interval(lo=")


def test_words_split_as_the_regex_does():
    """relations.words splits an ASCII text by a byte translation: the same words as the regex on
    the lower-cased text, on every character class and mixed texts (which keep the regex)."""
    import random
    import string

    from checks.relations import _WORD, words

    rnd = random.Random(8)
    alphabet = string.printable + "é–“”İıſK\u0307Σ½²"
    texts = [None, "", " ", "Rp1.000,50 (naik 5%)", "TIGA_belas\tdua\npuluh", "K\u212a"]
    texts += ["".join(rnd.choice(alphabet if k % 3 else string.printable) for _ in range(rnd.randint(0, 40)))
              for k in range(3000)]
    for t in texts:
        assert words(t) == _WORD.findall((t or "").lower()), t
