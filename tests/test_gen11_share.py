"""Session 11: share and change phrasings found missing on real news, each with sentences of our
own: a consistent version is confirmed, a version with one figure changed is an alarm, and the
look-alikes that are no such relation raise none."""

from __future__ import annotations

import pytest

from tests.findings_of import ALARM, alarms, verdicts


def _one(text: str, check: str, rule: str | None = None) -> tuple[str, tuple[str, ...]]:
    got = verdicts(text, check, rule)
    assert len(got) == 1, got
    return got[0]


# --- change: "dari semula A menjadi B" ---------------------------------------------------------------

@pytest.mark.parametrize("opener", ["semula", "sebelumnya", "awalnya", "yang semula", "yang sebelumnya"])
@pytest.mark.parametrize("size, verdict", [("Rp 4.000", "consistent"), ("Rp 6.000", "inconsistent")])
def test_a_word_naming_the_level_before_between_dari_and_a(opener, size, verdict):
    text = f"Harga beras premium naik {size} dari {opener} Rp 14.500 menjadi Rp 18.500 per kilogram."
    assert _one(text, "change", "size") == (verdict, ("Rp 14.500", "Rp 18.500 per kilogram", size))
    assert _one(text, "change", "direction")[0] == "consistent"


def test_a_reversed_direction_after_dari_semula_is_an_alarm():
    text = "Tiket kereta naik Rp 5.000 dari semula Rp 75.000 menjadi Rp 70.000."
    assert _one(text, "change", "direction")[0] == "inconsistent"


# --- change: a time, a verb or a filler between A and "menjadi B" -----------------------------------

@pytest.mark.parametrize("between", ["di tahun 2021 menjadi", "(Maret 2021) menjadi", "pada 2021, menjadi",
                                     "di bulan Maret naik menjadi", "menjadi sebesar"])
@pytest.mark.parametrize("pct, verdict", [("25 persen", "consistent"), ("35 persen", "inconsistent")])
def test_a_time_between_a_and_menjadi_b(between, pct, verdict):
    text = f"Jumlah pelanggan tumbuh {pct} dari 400.000 pelanggan {between} 500.000 pelanggan."
    assert _one(text, "change", "size") == (verdict, ("400.000 pelanggan", "500.000 pelanggan", pct))


@pytest.mark.parametrize("pct, verdict", [("20 persen", "consistent"), ("30 persen", "inconsistent")])
def test_menjadi_hanya(pct, verdict):
    text = f"Hasil tangkapan nelayan merosot {pct}, dari 2,50 ton menjadi hanya 2,00 ton sehari."
    assert _one(text, "change", "size")[0] == verdict


def test_a_size_across_zero_is_read_as_every_size_it_may_be():
    """ "dari 2 ton menjadi 1,5 ton": 2 may be 1,5 to 2,5, so the drop may be anything from 0 to 70
    persen; 25 persen is within it."""
    text = "Panen kebun itu turun 25 persen, dari 2 ton menjadi 1,5 ton."
    assert _one(text, "change", "size")[0] == "consistent"


# --- change: the size named before "dari A" by a clause --------------------------------------------

@pytest.mark.parametrize("pct, verdict", [("50 persen", "consistent"), ("40 persen", "inconsistent")])
def test_a_size_and_an_aside_in_brackets_before_dari(pct, verdict):
    text = f"Laba bersih perusahaan melonjak {pct} secara tahunan (year on year/yoy) dari Rp 80 miliar menjadi Rp 120 miliar."
    assert _one(text, "change", "size") == (verdict, ("Rp 80 miliar", "Rp 120 miliar", pct))


@pytest.mark.parametrize("pct, verdict", [("0,40 persen", "consistent"), ("0,80 persen", "inconsistent")])
def test_an_inflation_restated_as_the_index_rising(pct, verdict):
    text = (f"Bulan lalu terjadi inflasi sebesar {pct} atau terjadi kenaikan indeks harga konsumen (IHK) "
            "dari 105,00 pada Mei menjadi 105,42 pada Juni.")
    assert _one(text, "change", "size") == (verdict, ("105,00", "105,42", pct))


@pytest.mark.parametrize("pct, verdict", [("6 persen", "consistent"), ("9 persen", "inconsistent")])
def test_a_size_and_its_amount_restated_before_dari(pct, verdict):
    text = f"Pemerintah kota menaikkan tarif air sebesar {pct} atau Rp 300, dari Rp 5.000 menjadi Rp 5.300 per meter kubik."
    assert _one(text, "change", "size") == (verdict, ("Rp 5.000", "Rp 5.300 per meter kubik", pct))


@pytest.mark.parametrize("pct, verdict", [("12,5 persen", "consistent"), ("15,5 persen", "inconsistent")])
def test_a_size_in_a_clause_naming_the_change_by_its_noun(pct, verdict):
    text = f"Koperasi itu mencatat peningkatan anggota sebesar {pct} dari 8.000 orang di tahun 2022 menjadi 9.000 orang."
    assert _one(text, "change", "size") == (verdict, ("8.000 orang", "9.000 orang", pct))


def test_a_yearly_mean_is_no_size_of_the_whole_change():
    """ "meningkat rata-rata 4 persen" over four years is a mean per year: 60 to 70 is 16,7 persen in
    all, no alarm."""
    text = "Produksi garam meningkat rata-rata sebesar 4 persen, dari 60 ribu ton pada 2019 menjadi 70 ribu ton pada 2023."
    assert not alarms(text)
    assert verdicts(text, "change", "size") == []


def test_a_share_before_dari_a_menjadi_b_is_no_size():
    """ "porsi ... 30 persen, dari A menjadi B": a percent with no change word before it is not read
    as the change from A to B."""
    text = "Porsi belanja pegawai 30 persen, dari Rp 10 triliun menjadi Rp 12 triliun."
    assert verdicts(text, "change", "size") == []


# --- change: "dibandingkan dengan ... yang tercatat A" -----------------------------------------------

@pytest.mark.parametrize("pct, verdict", [("25 persen", "consistent"), ("35 persen", "inconsistent")])
def test_dibandingkan_dengan_before_a_long_name_of_the_base(pct, verdict):
    text = (f"Kunjungan wisatawan pada Juni mencapai 1.250.000 kunjungan atau naik {pct} dibandingkan dengan "
            "periode yang sama tahun lalu yang tercatat 1.000.000 kunjungan.")
    assert _one(text, "change", "change_from_base") == (verdict, ("1.000.000 kunjungan", "1.250.000 kunjungan", pct))


# --- share: part and whole both after the percent ---------------------------------------------------

@pytest.mark.parametrize("pct, verdict", [("90 persen", "consistent"), ("95 persen", "inconsistent")])
@pytest.mark.parametrize("link", ["yaitu", "yakni", "atau sebesar"])
def test_percent_then_part_of_named_whole(pct, verdict, link):
    text = f"Serapan anggaran dinas itu mencapai {pct}, {link} Rp 1,26 triliun dari pagu Rp 1,40 triliun."
    assert _one(text, "share") == (verdict, ("Rp 1,26 triliun", "Rp 1,40 triliun", pct))


@pytest.mark.parametrize("pct, verdict", [("5 persen", "consistent"), ("7 persen", "inconsistent")])
def test_percent_of_whole_then_part(pct, verdict):
    text = f"Ia meminta jatah {pct} dari Rp 300 miliar, yaitu Rp 15 miliar, kepada rekanan proyek."
    assert _one(text, "share") == (verdict, ("Rp 15 miliar", "Rp 300 miliar", pct))


def test_a_change_after_its_percent_is_no_part_of_a_whole():
    """ "naik 5 persen, yaitu Rp 10 miliar dari Rp 200 miliar" is a rise, not a share."""
    text = "Pendapatan naik 5 persen, yaitu Rp 10 miliar dari Rp 200 miliar tahun lalu."
    assert verdicts(text, "share") == []


def test_figures_of_two_units_after_a_percent_are_no_part_and_whole():
    text = "Kepatuhan mencapai 80 persen, yaitu 400 perusahaan dari Rp 2 triliun yang ditagih."
    assert verdicts(text, "share") == []


def test_a_part_larger_than_its_whole_is_no_share():
    text = "Ia meminta jatah 5 persen dari Rp 300 miliar, yaitu Rp 450 miliar untuk tahun depan."
    assert not [v for v, _ in verdicts(text, "share") if v in ALARM]


# --- share: the part in the sentence before, pointed back to ---------------------------------------

@pytest.mark.parametrize("opening", ["Realisasinya", "Artinya, sudah", "Jumlah tersebut setara"])
@pytest.mark.parametrize("pct, verdicts_of", [("30 persen", {"consistent"}), ("45 persen", ALARM)])
def test_a_percent_pointing_back_to_the_part_of_a_whole_after_it(opening, pct, verdicts_of):
    text = (f"Penyaluran pupuk bersubsidi hingga Mei mencapai 2,4 juta ton. {opening} {pct} dari total "
            "alokasi pupuk tahun ini yang sebesar 8 juta ton.")
    verdict, figures = _one(text, "share")
    assert verdict in verdicts_of and figures == ("2,4 juta ton", "8 juta ton", pct)


def test_a_percent_opening_on_no_word_pointing_back_takes_no_part_before():
    """ "Sebanyak 20 persen dari total Y" is a share of its own: the figure before is not its part."""
    text = "Pemerintah menyiapkan 500 unit rumah. Sebanyak 20 persen dari total 10.000 unit rumah itu untuk ASN."
    assert verdicts(text, "share") == []


def test_two_figures_in_the_sentence_before_leave_the_part_open():
    text = ("Penyaluran pupuk mencapai 2,4 juta ton, naik dari 2 juta ton. Realisasinya 45 persen dari "
            "total alokasi yang sebesar 8 juta ton.")
    assert not [v for v, _ in verdicts(text, "share") if v in ALARM]


# --- change: two sizes of one change, then the level reached -----------------------------------------

@pytest.mark.parametrize("sentence, pct_ok, pct_bad", [
    ("Harga minyak mentah naik US$2,40 atau {} menjadi US$82,40 per barel.", "3 persen", "2,4 persen"),
    ("Indeks ditutup melemah {} atau 60,00 poin ke level 5.940,00.", "1 persen", "0,6 persen"),
    ("Indeks LQ45 menguat 9,80 poin ({}) ke posisi 989,80.", "1 persen", "1,2 persen"),
    ("Harga cabai turun Rp 2.000 atau {} menjadi Rp 48.000 per kilogram.", "4 persen", "5 persen"),
])
def test_an_amount_and_a_percent_of_one_change_then_the_level(sentence, pct_ok, pct_bad):
    assert _one(sentence.format(pct_ok), "change", "two_sizes_to_level")[0] == "consistent"
    assert _one(sentence.format(pct_bad), "change", "two_sizes_to_level")[0] == "inconsistent"


def test_index_points_written_whole_are_rounded():
    """ "turun 7 poin (0,10%) ke 6.850": 7 poin may be 6,5 to 7,5 (0,095 to 0,109 persen)."""
    assert _one("IHSG dibuka turun 7 poin (0,10%) ke 6.850.", "change", "two_sizes_to_level")[0] == "consistent"


def test_the_least_percent_shown_is_no_alarm():
    """ "0,01%" for a change of 0,003 persen: the least the text can show, not a rounding."""
    text = "Dolar AS melemah 0,50 poin (0,01%) ke level Rp 16.250."
    assert not alarms(text)


def test_a_percent_far_from_its_amount_reads_two_things_no_alarm():
    """ "naik 0,09% atau 6.341 poin ke level 6.464,69": 6.341 was 6,341 in its source."""
    assert not alarms("Indeks naik tipis 0,09% atau 6.341 poin ke level 6.464,69.")


def test_two_sizes_with_no_verb_of_change_are_no_change():
    text = "Porsi saham itu 5 persen atau Rp 50 miliar menjadi Rp 1 triliun nilainya."
    assert verdicts(text, "change", "two_sizes_to_level") == []


# --- change: "turun sebanyak D", "naik sebesar Z": the verb before the size word ---------------------

def test_a_size_word_between_the_verb_and_the_size():
    text = ("Jumlah usaha tani sebanyak 18.000.000 unit, turun sebanyak 2.000.000 unit atau 10 persen "
            "dibandingkan dengan tahun 2013 yang sebanyak 20.000.000 unit.")
    got = verdicts(text, "change", "change_from_base")
    assert ("consistent", ("20.000.000 unit", "18.000.000 unit", "10 persen")) in got
    assert not alarms(text)


@pytest.mark.parametrize("pct, verdict", [("20 persen", "consistent"), ("30 persen", "inconsistent")])
def test_naik_sebesar_z_dibandingkan_a(pct, verdict):
    text = f"Laba bersih Rp 120,0 miliar, naik sebesar {pct} dibandingkan tahun lalu yang sebesar Rp 100,0 miliar."
    assert _one(text, "change", "change_from_base") == (verdict, ("Rp 100,0 miliar", "Rp 120,0 miliar", pct))


def test_a_ratio_worded_as_a_rise_is_no_alarm():
    """ "naik 115% dibandingkan target" for B = 115% of A: a share worded as a rise, not a wrong size."""
    text = "Penerimaan pajak mencapai Rp 1.150 triliun. Angka itu naik sebesar 115% dibandingkan target sebesar Rp 1.000 triliun."
    assert not alarms(text)
