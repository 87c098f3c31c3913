"""Property tests: numbers written the Indonesian way read back exactly."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st
from num2words import num2words

from extract.numerals import format_id, parse_numeral

SETTINGS = settings(max_examples=300, deadline=None)


@SETTINGS
@given(st.integers(min_value=0, max_value=10**15))
@example(0)
@example(10**15)
@example(1_000_001)
@example(1_100_000)
@example(10_011)
@example(999_999_999_999_999)
def test_words_round_trip(n):
    words = num2words(n, lang="id")
    parsed = parse_numeral(words)
    assert parsed is not None, words
    assert parsed.value == Decimal(n), words
    assert parsed.words


@SETTINGS
@given(st.decimals(min_value=-(10**12), max_value=10**12, places=6, allow_nan=False, allow_infinity=False))
@example(Decimal("0.000001"))
@example(Decimal("-0.5"))
@example(Decimal("1234567.890000"))
def test_format_id_round_trip(d):
    s = format_id(d)
    parsed = parse_numeral(s)
    assert parsed is not None, s
    assert parsed.value == d, s
    assert "." not in s.partition(",")[2]  # "," is the decimal mark, "." only groups thousands


@SETTINGS
@given(st.integers(min_value=-(10**18), max_value=10**18))
@example(1000)
@example(-1_200_000)
@example(999)
def test_dot_thousands_round_trip(n):
    s = f"{n:,}".replace(",", ".")
    parsed = parse_numeral(s)
    assert parsed is not None, s
    assert parsed.value == Decimal(n), s
    assert parsed.precision == Decimal(1), s
