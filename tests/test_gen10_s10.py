"""Session 10: extraction and check changes, each with the sentences that show it (our own)."""

from __future__ import annotations

import pytest

from extract.claims import build_claims


@pytest.mark.parametrize("text, figure", [
    ("Korban tewas berjumlah 30 hanyalah perkiraan awal.", "30"),  # hanya + -lah
    ("Eselon 2 semuanya sudah dilantik.", "2"),                    # semua + -nya
    ("Ia mencetak 1 ataupun 2 gol.", "1"),                         # atau + -pun
    ("Dari 20 peserta, 12 jadinya tidak ikut.", "12"),             # jadi + -nya
])
def test_a_function_word_with_a_particle_on_it_is_no_counted_noun(text, figure):
    claim = next(c for c in build_claims(text) if c.text.startswith(figure))
    assert claim.text == figure and claim.unit is None


def test_a_counted_noun_that_merely_ends_like_a_particle_stays_one():
    units = {c.text: c.unit for c in build_claims("Ada 85 sekolah, 47 langkah dan 20 masalahnya.")}
    assert units == {"85 sekolah": "count:sekolah", "47 langkah": "count:langkah",
                     "20 masalahnya": "count:masalahnya"}


def test_a_classifier_before_a_suffixed_function_word_counts_the_classifier():
    c = next(c for c in build_claims("Sebanyak 30 unit pertamanya dikirim ke Jakarta."))
    assert (c.text, c.unit) == ("30 unit", "count:unit")


def _findings(text: str, check: str):
    from checks.registry import check_text

    r = check_text(text)
    texts = {c.id: c.text for c in r.claims}
    return [(f.rule, f.verdict, [texts[c] for c in f.claims]) for f in r.findings if f.check == check]


@pytest.mark.parametrize("each, verdict", [("50 ton", "consistent"), ("60 ton", "inconsistent")])
def test_a_total_sent_to_a_count_with_ke_and_an_amount_each(each, verdict):
    text = f"Pemerintah menyalurkan 2.000 ton beras ke 40 desa. Setiap desa menerima {each}."
    assert _findings(text, "product") == [("count_times_each", verdict, ["40 desa", each, "2.000 ton"])]


def test_ke_before_a_count_makes_no_amount_each_of_the_figure_before_it():
    """ "ke" names where a total goes, not who gets an amount each: with no amount each after,
    nothing is multiplied."""
    assert _findings("Ekspor 2 juta ton beras ke 40 negara, naik dari tahun lalu.", "product") == []
