"""Relations found in session 9 (own sentences; each test fails without its change)."""

from __future__ import annotations

import pytest

from tests.findings_of import verdicts


# --- "4.500 ekor sapi, terdiri atas 3.000 ekor ... dan 1.500 ekor ...": parts by their classifier ---
@pytest.mark.parametrize("second,verdict", [("1.500 ekor", "consistent"), ("1.200 ekor", "inconsistent")])
def test_parts_counted_by_the_classifier_add_up_to_the_classified_whole(second, verdict):
    text = (f"Pemerintah menyiapkan 4.500 ekor sapi kurban, terdiri atas 3.000 ekor dari peternak lokal "
            f"dan {second} dari NTT.")
    assert verdicts(text, "sum") == [(verdict, ("3.000 ekor", second, "4.500 ekor sapi"))]


def test_parts_counted_by_the_classifier_of_another_noun_do_not_add_up():
    text = ("Pemerintah menyiapkan 4.500 ekor sapi kurban, terdiri atas 3.000 ekor kambing dari peternak "
            "lokal dan 1.500 ekor kambing dari NTT.")
    assert not verdicts(text, "sum")


# --- "4.500 ekor sapi ... Sebanyak 3.000 ekor di antaranya": the group by its classifier -----------
@pytest.mark.parametrize("part,verdict", [("3.000 ekor", "consistent"), ("5.000 ekor", "inconsistent")])
def test_di_antaranya_counted_by_the_classifier_is_a_part_of_the_classified_group(part, verdict):
    text = (f"Sebanyak 4.500 ekor sapi disiapkan untuk Idul Adha. Sebanyak {part} di antaranya berasal "
            f"dari peternak lokal.")
    assert verdicts(text, "subset", "among_after") == [(verdict, ("4.500 ekor sapi", part))]


# --- the total given to the count first, the amount each after it ---------------------------------
@pytest.mark.parametrize("text", [
    "Pemerintah menyalurkan bantuan Rp 7,52 triliun kepada 18,8 juta KPM, masing-masing {}.",
    "Pemerintah menyalurkan bantuan sebesar Rp 7,52 triliun kepada 18,8 juta KPM. Setiap KPM menerima {}.",
])
@pytest.mark.parametrize("amount,verdict", [("Rp 400.000", "consistent"), ("Rp 4.000", "inconsistent")])
def test_a_total_given_to_a_count_then_the_amount_each(text, amount, verdict):
    assert verdicts(text.format(amount), "product") == [
        (verdict, ("18,8 juta KPM", amount, "Rp 7,52 triliun"))]


def test_a_total_given_to_a_count_for_some_months_is_left_alone():
    text = "Pemerintah menyiapkan Rp 12 triliun bagi 10 juta KPM, masing-masing Rp 300 ribu selama 4 bulan."
    assert not verdicts(text, "product")


def test_a_measure_each_with_its_total_after_is_one_finding():
    text = "Bulog menyalurkan beras ke 40 desa. Setiap desa menerima 50 ton, sehingga totalnya 2.000 ton."
    assert verdicts(text, "product") == [("consistent", ("40 desa", "50 ton", "2.000 ton"))]


@pytest.mark.parametrize("amount,verdict", [("Rp 50 juta", "consistent"), ("Rp 5 juta", "inconsistent")])
def test_masing_masing_and_its_noun_open_the_sentence_of_the_amount_each(amount, verdict):
    text = f"Pemerintah menyalurkan bantuan Rp 2 miliar kepada 40 desa. Masing-masing desa mendapat {amount}."
    assert verdicts(text, "product") == [(verdict, ("40 desa", amount, "Rp 2 miliar"))]


def test_a_total_far_below_count_times_each_is_what_one_gets_in_all():
    text = ("Tahun ini bantuan menjangkau 20 juta KPM. Masing-masing KPM yang sudah menerima Rp 600 ribu "
            "akan mendapat tambahan Rp 900 ribu. Artinya, mereka menerima total Rp 1,5 juta tahun ini.")
    assert not verdicts(text, "product")


# --- a list opened by a colon right after its total -----------------------------------------------
@pytest.mark.parametrize("last,verdict", [("2 orang", "consistent"), ("4 orang", "inconsistent")])
def test_a_colon_after_the_total_opens_its_list(last, verdict):
    text = f"Tim SAR mengevakuasi 30 korban: 25 orang selamat, 3 orang meninggal, dan {last} hilang."
    assert verdicts(text, "sum") == [(verdict, ("25 orang", "3 orang", last, "30 korban"))]

