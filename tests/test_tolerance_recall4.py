"""Tolerance and recall, round 4: a miss is told apart from rounding by the written digits
(`as_written`), not by a fixed share of the figure, and a hedged figure ("sekitar", "hampir") that
meets its relation only through the hedge's width is worth a look. Sentences written for these
tests; each rule has a case it must flag and a near-case it must leave alone."""

from __future__ import annotations

from fractions import Fraction

import pytest

from checks.intervals import Interval, as_written
from extract import extract_claims
from findings_of import verdict_on


def _claim(text: str):
    (c,) = [c for c in extract_claims(text) if c.kind != "date"][:1]
    return c


# --- as_written ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lo, hi, hi_open", [
    ("naik 30,7 persen", Fraction("30.65"), Fraction("30.8"), True),        # rounded or cut
    ("sebanyak 850 bus", Fraction(845), Fraction(860), True),               # two digits, then zeros
    ("sebanyak 1.230 kecelakaan", Fraction(1230), Fraction(1230), False),   # a count in full: exact
    ("harga Rp 10.000 per liter", Fraction("9999.5"), Fraction(10001), True),  # money: no zeros dropped
    ("bunga 3,50 persen", Fraction("3.495"), Fraction("3.51"), True),       # a zero after the comma is meant
    ("sekitar 1,11 juta dosis", Fraction(1090000), Fraction(1130000), False),
    ("sekitar 270 juta jiwa", Fraction(250000000), Fraction(290000000), False),
    ("sekitar 50.000 rumah", Fraction(45000), Fraction(55000), False),      # no narrower than the hedge
    ("hampir Rp 3,9 triliun", Fraction(3700) * 10**9, Fraction(3900) * 10**9, False),
])
def test_as_written(text, lo, hi, hi_open):
    iv = as_written(_claim(text))
    assert (iv.lo, iv.hi, iv.hi_open) == (lo, hi, hi_open)


def test_as_written_leaves_other_hedges_and_ranges_to_from_quantity():
    assert as_written(_claim("lebih dari 5 juta orang")) == Interval(Fraction(5000000), None, True, True)
    iv = as_written(_claim("antara 60.000 hingga 80.000 peserta"))
    assert (iv.lo, iv.hi) == (60000, 80000)


# --- change: a size that rounding cannot explain ------------------------------------------------
def _bbm(size: str) -> str:
    return ("Harga BBM\n\nHarga Pertalite naik dari Rp 7.650 menjadi Rp 10.000 per liter, atau naik "
            f"{size}. Pemerintah menyebut kenaikan itu tak terhindarkan.")


@pytest.mark.parametrize("size, verdict", [
    ("30,7 persen", "consistent"),
    ("30,3 persen", "suspicious"),   # 30,72 persen: within 5 percent of it, beyond any rounding
    ("31 persen", "consistent"),
])
def test_change_size_beyond_rounding_is_suspicious(size, verdict):
    assert verdict_on(_bbm(size), "change", size, "size") == {verdict}


def test_change_size_a_cut_price_stays_undetermined():
    # Rp 2.089 may be Rp 2.089,6 with its sen cut off: up to 4,5 persen, so 4,48 is possible
    text = ("Tarif Listrik\n\nTarif listrik golongan bisnis naik 4,48 persen dari Rp 2.000 per kWh "
            "menjadi Rp 2.089 per kWh mulai bulan depan.")
    assert verdict_on(text, "change", "4,48 persen", "size") == {"undetermined"}


def _base(size: str, before: str) -> str:
    return ("Penjualan Mobil\n\nPenjualan mobil sepanjang semester pertama mencapai 408.012 unit, "
            f"turun {size} dibandingkan periode yang sama tahun lalu yang mencapai {before}.")


def test_change_from_base_beyond_rounding_is_suspicious():
    # 506.427 -> 408.012 is 19,43 percent down: "19,5 persen" cannot be it
    assert verdict_on(_base("19,5 persen", "506.427 unit"), "change", "19,5 persen") == {"suspicious"}
    assert verdict_on(_base("19,4 persen", "506.427 unit"), "change", "19,4 persen") == {"consistent"}


def test_change_from_base_a_rounded_base_stays_undetermined():
    # "510.000 unit" may be rounded at its thousands: 19,5 to 20,2 percent, 19,9 fits
    assert verdict_on(_base("19,9 persen", "510.000 unit"), "change", "19,9 persen") == {"undetermined"}
