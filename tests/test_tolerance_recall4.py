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
    ("sebanyak 850 bus", Fraction(850), Fraction(850), False),              # a count in full: exact
    ("kapasitas 15.000 kursi", Fraction(15000), Fraction(15000), False),     # zeros too
    ("target 660.000 barel", Fraction("659999.5"), Fraction(660001), True),  # a measure: its last digit
    ("anggaran Rp 110 juta", Fraction(1095) * 10**5, Fraction(111) * 10**6, True),  # an input: as written
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


def test_as_written_a_result_in_money_may_be_rounded_at_its_zeros():
    iv = as_written(_claim("setara Rp 110 juta"), result=True)
    assert (iv.lo, iv.hi) == (Fraction(105) * 10**6, Fraction(120) * 10**6)
    iv = as_written(_claim("setara Rp 112 juta"), result=True)  # three digits: as written
    assert (iv.lo, iv.hi) == (Fraction(1115) * 10**5, Fraction(113) * 10**6)


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


def test_change_from_base_a_cut_size_stays_undetermined():
    # 510.000 -> 408.012 is 19,998 percent down: "19,9 persen" is that cut off, not rounded
    assert verdict_on(_base("19,9 persen", "510.000 unit"), "change", "19,9 persen") == {"undetermined"}


# --- product: a total beyond the rounding of its factors -----------------------------------------
def _gabah(total: str) -> str:
    return ("Banjir Demak\n\nBanjir merendam sawah dan menghancurkan sekitar 32.400 ton gabah. Dengan harga "
            f"gabah Rp 6.000 per kg, kerugian petani bisa mencapai {total}.")


@pytest.mark.parametrize("total, verdict", [
    ("Rp 194,4 miliar", "consistent"),
    ("Rp 194,9 miliar", "suspicious"),   # 0,26 percent off: within 2 percent, beyond any rounding
])
def test_units_cancel_beyond_rounding(total, verdict):
    text = _gabah(total).replace("sekitar 32.400", "32.400")
    assert verdict_on(text, "product", total, "units_cancel") == {verdict}


def test_units_cancel_hedged_total_meets_only_through_the_hedge():
    text = ("Neraca Dagang\n\nSurplus neraca perdagangan 2023 mencapai US$ 36,93 miliar. Dengan kurs Rp "
            "15.439 per dolar AS, surplus itu setara sekitar {}.")
    assert verdict_on(text.format("Rp 570 triliun"), "product", "sekitar Rp 570 triliun") == {"consistent"}
    assert verdict_on(text.format("Rp 530 triliun"), "product", "sekitar Rp 530 triliun") == {"suspicious"}


def test_units_cancel_prefers_the_total_that_fits_as_written():
    # the hedged total of another sentence meets 502,8 juta × Rp 226.000 only through "sekitar":
    # the plain one after it is the total, and agrees
    text = ("BPJS Kesehatan\n\nKebutuhan anggaran iuran selama setahun sekitar Rp 110,7 triliun. Sepanjang "
            "2022, BPJS Kesehatan membayar klaim Rp 113,5 triliun untuk 502,8 juta kunjungan, atau rata-rata "
            "sekitar Rp 226.000 per kunjungan.")
    assert verdict_on(text, "product", "Rp 113,5 triliun", "units_cancel") == {"consistent"}
    assert not verdict_on(text, "product", "sekitar Rp 110,7 triliun", "units_cancel") & {"suspicious", "inconsistent"}


@pytest.mark.parametrize("buses, seats, verdict", [
    ("850 bus", "38.250 kursi", "consistent"),
    ("850 bus", "38.210 kursi", "suspicious"),          # within 2 percent; 38.210 is no multiple of 45
    ("sekitar 850 bus", "38.210 kursi", "consistent"),  # about 850: 849 buses is one reading
])
def test_count_times_each_as_written(buses, seats, verdict):
    text = (f"Mudik Gratis\n\nPemerintah menyiapkan {buses} berkapasitas masing-masing 45 penumpang, atau "
            f"total {seats}.")
    assert verdict_on(text, "product", seats) == {verdict}


# --- rate: a hedged total beyond the rounding of rate × duration ---------------------------------
def _booster(total: str) -> str:
    return ("Vaksinasi\n\nSaat ini rata-rata 18.500 suntikan per hari. Jika laju tersebut terjaga selama "
            f"60 hari, akan ada tambahan {total}.")


@pytest.mark.parametrize("total, verdict", [
    ("sekitar 1,11 juta dosis", "consistent"),
    ("sekitar 1,1 juta dosis", "consistent"),
    ("sekitar 1,16 juta dosis", "suspicious"),   # within the hedge's 10 percent, not its digits
])
def test_rate_hedged_total_as_written(total, verdict):
    assert verdict_on(_booster(total), "rate", total) == {verdict}


# --- share: a hedged percent beyond the rounding of part / whole ---------------------------------
def _booster_share(percent: str) -> str:
    return ("Vaksinasi\n\nSebanyak 2.215.600 warga atau sekitar "
            f"{percent} dari 7.904.330 penerima dosis kedua sudah menerima booster.")


@pytest.mark.parametrize("percent, verdict", [
    ("28 persen", "consistent"),
    ("27 persen", "consistent"),    # 28,03: within two units of the last digit
    ("25 persen", "suspicious"),    # within the hedge's 10 percent, not its digits
])
def test_share_hedged_percent_as_written(percent, verdict):
    assert verdict_on(_booster_share(percent), "share", percent, within=True) == {verdict}


# --- product: a price for an item of a stated size, restated per unit -----------------------------
def _emas(total: str) -> str:
    return ("Harga Emas\n\nSejak awal Januari, ketika harga emas masih Rp 1.130.000 per gram, harganya sudah naik "
            f"17,3 persen. Untuk ukuran lebih besar, emas batangan 1 kilogram dibanderol {total} atau sekitar "
            "Rp 1.260.600 per gram. Pembelian emas 10 gram senilai Rp 12.745.000 dikenai pajak.")


@pytest.mark.parametrize("total, verdict", [
    ("Rp 1,26 miliar", "consistent"),
    ("Rp 1,22 miliar", "suspicious"),     # 1 kilogram is the bar's size, not 0,5 to 1,5 kilogram
    ("Rp 1,26 triliun", "inconsistent"),  # a scale slip
])
def test_sized_restatement(total, verdict):
    assert verdict_on(_emas(total), "product", total, "units_cancel") == {verdict}


def test_sized_restatement_needs_the_restating_word():
    # no "atau" joining the total to the price per gram: the size is read as written, and the other
    # sentence's price per gram, which 0,5 to 1,5 kilogram lets fit, is not an alarm
    text = _emas("Rp 1,22 miliar").replace(" atau sekitar Rp 1.260.600 per gram", "")
    assert not verdict_on(text, "product", "Rp 1,22 miliar") & {"suspicious", "inconsistent"}


def test_count_times_each_converts_the_amount_each_as_written():
    text = ("PLTS Terapung\n\nPLTS itu menghasilkan 245 GWh per tahun, cukup untuk memasok sekitar 50.000 rumah. "
            "Artinya, jatah listrik rata-rata untuk setiap rumah sekitar 4.900 kilowatt jam.")
    assert verdict_on(text, "product", "245 GWh per tahun") == {"consistent"}


# --- product: a conversion beyond the rounding of its figures; an allotment for each ---------------
def _hadiah(total: str) -> str:
    return ("Hadiah Turnamen\n\nJuara tunggal putra membawa pulang hadiah US$ 7.000. Dengan kurs Rp 15.600 per "
            f"dolar AS, hadiah itu setara {total}.")


@pytest.mark.parametrize("total, verdict", [
    ("Rp 109,2 juta", "consistent"),
    ("Rp 109,7 juta", "suspicious"),   # 0,46 percent off: within 2 percent, beyond any rounding
    ("Rp 110 juta", "undetermined"),   # Rp 109,2 juta rounded at its tens of millions: no alarm
])
def test_named_conversion_as_written(total, verdict):
    assert verdict_on(_hadiah(total), "product", total) == {verdict}


def _beras(total: str, each: str = "10 kilogram") -> str:
    return (f"Bantuan Pangan\n\nPemerintah melanjutkan bantuan beras {each} per bulan bagi 21,35 juta KPM. "
            f"Kebutuhan beras untuk program ini mencapai {total} setiap bulan.")


@pytest.mark.parametrize("total, each, verdict", [
    ("213.500 ton", "10 kilogram", "consistent"),
    ("213.100 ton", "10 kilogram", "suspicious"),    # 10 kilogram for each is 10, not 9,5 to 10,5
    ("213.100 ton", "sekitar 10 kilogram", "consistent"),  # a hedged amount each is no allotment
])
def test_count_for_each_measure_allotment_is_exact(total, each, verdict):
    assert verdict_on(_beras(total, each), "product", total, within=True) == {verdict}


# --- share: "X <things> dari Y <other things> yang ..., atau P persen" ------------------------------
@pytest.mark.parametrize("percent, verdict", [
    ("60 persen", "consistent"),
    ("20 persen", "inconsistent"),
    ("770 persen", "inconsistent"),
])
def test_share_of_other_things_with_a_describing_clause(percent, verdict):
    text = ("Bulu Tangkis\n\nIndonesia menutup turnamen dengan membawa pulang tiga gelar dari lima nomor yang "
            f"dipertandingkan, atau {percent}.")
    assert verdict_on(text, "share", percent) == {verdict}


def test_share_of_other_things_needs_the_part_no_larger_and_no_other_whole():
    # more schools than... a count of pupils from schools is no share of them
    text = ("Sekolah\n\nSebanyak 120 siswa dari 4 sekolah yang ikut lomba, atau 30 persen dari total peserta, lolos.")
    assert not verdict_on(text, "share", "30 persen dari total peserta", within=True) & {"inconsistent", "suspicious"}
    text = ("Sekolah\n\nSebanyak 12 siswa dari 40 sekolah yang diundang, atau 30 persen dari total peserta, hadir.")
    assert not verdict_on(text, "share", "30 persen", within=True) & {"inconsistent", "suspicious"}


# --- restatement: the body sentence that repeats the headline's words, off beyond rounding -----------
def _demak(body: str, extra: str = "") -> str:
    return ("Banjir Demak Meluas, 24.100 Warga Mengungsi dan 5.400 Hektare Sawah Terendam\n\n"
            "DEMAK, KOMPAS.com - Banjir kembali merendam belasan desa di Demak, Jawa Tengah.\n\n"
            f"Dinas Pertanian Demak mencatat {body} sawah terendam. {extra}")


def test_headline_against_the_body_sentence_repeating_its_words():
    assert verdict_on(_demak("5.400 hektare"), "restatement", "5.400 Hektare") == {"consistent"}
    assert verdict_on(_demak("5.900 hektare"), "restatement", "5.900 hektare") == {"suspicious"}


def test_headline_word_tie_needs_two_words_and_no_restatement():
    # one shared word ("sawah") ties nothing; and a body figure that restates the headline elsewhere
    # leaves the other one alone
    text = _demak("5.900 hektare").replace("sawah terendam", "sawah tergenang")
    assert not verdict_on(text, "restatement", "5.900 hektare") & {"suspicious", "inconsistent"}
    text = _demak("5.900 hektare", "Sebelumnya, 5.400 hektare lahan tergenang.")
    assert not verdict_on(text, "restatement", "5.900 hektare") & {"suspicious", "inconsistent"}


# --- restatement: a lead count off the headline in any digit, the headline restated later ------------
def _gempa(lead: str) -> str:
    return ("Gempa Cianjur: 318 Orang Meninggal\n\n"
            f"CIANJUR, KOMPAS.com - Hingga Rabu pagi, korban meninggal dunia tercatat {lead} dan 14 orang "
            "lainnya masih dinyatakan hilang.\n\n"
            "Bupati Cianjur menyebut seluruh 318 korban sudah dimakamkan.")


def test_lead_count_one_digit_off_anywhere_is_suspicious():
    assert verdict_on(_gempa("314 orang"), "restatement", "314 orang") == {"suspicious"}
    assert not verdict_on(_gempa("318 orang"), "restatement", "318 orang") & {"suspicious", "inconsistent"}


def test_lead_count_rounded_or_two_digits_is_no_typo():
    # "sekitar 310 orang" is a rounding, "31 orang" too short to call a typo
    assert not verdict_on(_gempa("sekitar 310 orang"), "restatement", "sekitar 310 orang") \
        & {"suspicious", "inconsistent"}
    assert not verdict_on(_gempa("314 orang").replace("318", "31").replace("314", "34"), "restatement", "34 orang") \
        & {"suspicious", "inconsistent"}


# --- multiple: a vague amount is no period's amount ----------------------------------------------------
def test_nth_period_total_ignores_vague_amounts():
    text = ("Insentif Prakerja\n\nBeberapa peserta telah menerima insentif bulan keempat. Sehingga secara total, "
            "peserta yang bersangkutan telah mendapatkan dana sebesar Rp 7,4 juta.\n\n"
            "Menangkan e-voucher senilai jutaan rupiah.")
    assert not verdict_on(text, "multiple", "Rp 7,4 juta", "nth_period_total")


# --- restatement: a scale slip of a one-digit figure ---------------------------------------------------
def _dosis(head: str, body: str) -> str:
    return (f"Vaksinasi Booster Baru 19,41 Persen, Dinkes Kejar {head} Dosis\n\n"
            f"MEDAN, KOMPAS.com - Untuk mengejar ketertinggalan, Dinkes menargetkan tambahan {body} booster "
            "dalam 60 hari ke depan.")


@pytest.mark.parametrize("head, body, verdict", [
    ("1 Juta", "1 juta dosis", "consistent"),
    ("1 Ribu", "1 juta dosis", "inconsistent"),   # the same digit under ribu and juta
])
def test_one_digit_scale_slip(head, body, verdict):
    assert verdict_on(_dosis(head, body), "restatement", f"{head} Dosis") == {verdict}


def test_one_digit_other_figure_is_no_scale_slip():
    # "2 juta" is not "1 ribu" slipped: other digits
    assert not verdict_on(_dosis("1 Ribu", "2 juta dosis"), "restatement", "1 Ribu Dosis") & {"inconsistent"}


# --- restatement: a later "lebih dari v" restating an earlier exact figure of its subject -------------
def _selisih(later: str, opener: str = "Selisihnya") -> str:
    return ("Hasil Pilpres\n\nKPU menetapkan hasil rekapitulasi suara nasional.\n\n"
            "Selisih perolehan pasangan pemenang dengan pesaing terdekatnya 55.242.785 suara.\n\n"
            f"\"{opener} {later}. Ini kemenangan yang jelas,\" kata seorang pengamat.")


@pytest.mark.parametrize("later, verdict", [
    ("lebih dari 55 juta suara", "consistent"),
    ("lebih dari 50 juta suara", "consistent"),     # cut down at its tens of millions
    ("lebih dari 51 juta suara", "suspicious"),     # true, but no writer cuts 55,2 juta to 51
    ("lebih dari 65 juta suara", "suspicious"),
    ("lebih dari 55 ribu suara", "inconsistent"),   # a scale slip
])
def test_body_floor(later, verdict):
    assert verdict_on(_selisih(later), "restatement", later) == {verdict}


def test_body_floor_needs_the_same_opening_word():
    # "Jumlah" is generic, another word is another subject, and a figure after a comma is not tied
    for opener in ("Jumlah suaranya", "Dukungannya"):
        assert not verdict_on(_selisih("lebih dari 51 juta suara", opener), "restatement", "lebih dari 51 juta suara")
    text = _selisih("lebih dari 51 juta suara", "Menurut dia, selisihnya")
    assert not verdict_on(text, "restatement", "lebih dari 51 juta suara")


# --- restatement: the headline said again under another subject; a bound restates only at its end -----
def _tpt(head: str) -> str:
    return (f"Pengangguran Turun Jadi 7,86 Juta Orang, TPT Agustus 2023 Sebesar {head}\n\n"
            "JAKARTA, KOMPAS.com - BPS mencatat jumlah pengangguran per Agustus 2023 sebanyak 7,86 juta orang.\n\n"
            "Tingkat pengangguran terbuka (TPT) tercatat 5,32 persen, turun dari 5,86 persen pada Agustus 2022.\n\n"
            "TPT tertinggi tercatat di Banten, 7,52 persen. Pemerintah menargetkan TPT kurang dari 4 persen.")


def test_headline_said_again_under_another_subject_agrees():
    assert verdict_on(_tpt("5,32 Persen"), "restatement", "5,32 Persen") == {"consistent"}


def test_a_bound_restates_no_plain_headline_figure_but_at_its_end():
    # "kurang dari 4 persen" holds 1,32 but restates nothing; the body's 5,32 is one digit off
    assert verdict_on(_tpt("1,32 Persen"), "restatement", "1,32 Persen") == {"suspicious"}
    text = ("Banjir Bandang, 17 Warga Meninggal\n\nSEMARANG, KOMPAS.com - Setidaknya 17 warga meninggal dunia "
            "akibat banjir bandang. Lima warga lain masih dicari.")
    assert verdict_on(text, "restatement", "17 Warga") == {"consistent"}


# --- restatement: a headline floor a thousand times below the body's total ------------------------------
def _kasus(head: str, total: str = "5.030.002 kasus") -> str:
    return (f"Kasus Covid-19 Bertambah 63.956, Total Kini {head}\n\n"
            "JAKARTA, KOMPAS.com - Ada 63.956 kasus baru dalam 24 jam terakhir. Dengan tambahan itu, total kasus "
            f"konfirmasi sejak awal pandemi menjadi {total}. Jawa Tengah mencatat 5.530 kasus.")


@pytest.mark.parametrize("head, verdict", [
    ("Lebih dari 5 Juta", "consistent"),
    ("Lebih dari 5 Ribu", "inconsistent"),   # the total, 5,03 juta, is the floor a thousand times over
])
def test_headline_floor_against_the_total(head, verdict):
    assert verdict_on(_kasus(head), "restatement", head) == {verdict}


def test_headline_floor_below_a_fitting_total_is_no_slip():
    # a total that the floor, cut down, holds: no slip, whatever else stands near
    assert verdict_on(_kasus("Lebih dari 5 Ribu", "5.530 kasus"), "restatement", "Lebih dari 5 Ribu") \
        == {"consistent"}


# --- change: a whole percent beside a finer one is read at the finer precision ----------------------------
def _bi_rate(size: str, new: str = "6 persen") -> str:
    return ("Suku Bunga\n\nBank Indonesia menahan suku bunga acuan BI-Rate di level "
            f"{new} setelah menaikkannya {size} dari 5,75 persen pada Oktober 2023.")


@pytest.mark.parametrize("size, new, verdict", [
    ("25 basis poin", "6 persen", "consistent"),
    ("21 basis poin", "6 persen", "inconsistent"),      # 6 persen beside 5,75 is 6,00: 25 bp
    ("75 basis poin", "6 persen", "inconsistent"),
    ("75 basis poin", "sekitar 6 persen", "consistent"),  # a hedged level: no such reading
])
def test_change_whole_percent_beside_a_finer_one(size, new, verdict):
    assert verdict_on(_bi_rate(size, new), "change", size) == {verdict}
