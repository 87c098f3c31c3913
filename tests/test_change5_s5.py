"""Change and multiple recall, session 5: a change whose base or new figure the text names by a
word ("dari realisasi 2023", "dibandingkan rencana awal", "ketika harga masih ..."), a size stated
the sentence before, a headline difference, and ratios named by words. Each rule with a text that
agrees, texts with a planted error, and near-cases that must not alarm. All sentences are written
for these tests."""

from __future__ import annotations

import pytest

from tests.findings_of import ALARM, alarms, verdicts


def _change(text, rule=None):
    return verdicts(text, "change", rule)


def _multiple(text, rule=None):
    return verdicts(text, "multiple", rule)


# --- "B ... , turun D dari A": B the one figure of its clause before D --------------------------
_SOLE = ("Dinas Kesehatan mencatat 840 kasus demam berdarah selama musim hujan 2023, turun {d} dari "
         "1.000 kasus pada tahun sebelumnya.")


@pytest.mark.parametrize("d,verdict", [
    ("16 persen", "consistent"),
    ("66 persen", "inconsistent"),
    ("18 persen", "inconsistent"),
])
def test_the_one_figure_of_the_clause_before_the_size_is_the_new_figure(d, verdict):
    assert [v for v, _ in _change(_SOLE.format(d=d), "change_from_base")] == [verdict]


# --- "Angka harian tersebut naik D dibandingkan ... A": a cumulative total is no new figure -----
_DAILY = ("Kasus Harian Kembali Naik\n\nSatgas mencatat ada 4.800 kasus baru dalam 24 jam terakhir.\n\n"
          "Dengan tambahan itu, total kasus sejak awal pandemi menjadi {total}, dari sebelumnya 245.200 kasus.\n\n"
          "Angka harian tersebut naik {d} dibandingkan hari sebelumnya yang mencatat 4.000 kasus.")


@pytest.mark.parametrize("d,verdict", [("20 persen", "consistent"), ("70 persen", "inconsistent")])
def test_the_new_figure_of_a_days_change_is_not_the_cumulative_total(d, verdict):
    got = _change(_DAILY.format(total="250.000 kasus", d=d), "change_from_base")
    assert got == [(verdict, ("4.000 kasus", "4.800 kasus", d))]


@pytest.mark.parametrize("total,verdict", [("250.000 kasus", "consistent"), ("250.900 kasus", "inconsistent")])
def test_a_change_named_back_by_its_noun_is_the_figure_before(total, verdict):
    got = _change(_DAILY.format(total=total, d="20 persen"), "size_before")
    assert got == [(verdict, ("245.200 kasus", total, "4.800 kasus"))]


def test_a_scale_slip_of_the_figure_before_stays_the_new_figure():
    # regression: the look-back must not pass over "Rp1.022 juta" (a slip for Rp 1.022.000)
    text = ("Harga beli emas yang semula berada di kisaran Rp800 ribu kini sudah tembus Rp1 juta per gram. "
            "Tepatnya, Rp1.022 juta per gram pada Selasa pagi. Posisi itu melonjak Rp25 ribu dari "
            "sebelumnya Rp997 ribu per gram.")
    got = [texts for v, texts in _change(text) if v in ALARM]
    assert got and all("Rp800 ribu" not in t for t in got)


# --- "B, naik D dari realisasi 2022": a base named by a year ---------------------------------------
_YEARLY = ("Target Penumpang Bandara Naik\n\nSepanjang 2022, Bandara Kualanamu melayani 12,5 juta penumpang. Jumlah itu naik 40 persen "
           "dibandingkan 2021 yang sebanyak 8,9 juta orang. Rekor harian terjadi pada Jumat (29/4/2022) "
           "dengan 61.000 penumpang.\n\n"
           "Tahun ini, pengelola menargetkan {b} penumpang, naik sekitar {d} dari realisasi 2022.")


@pytest.mark.parametrize("b,d,verdict", [
    ("15 juta", "20 persen", "consistent"),
    ("15 juta", "70 persen", "inconsistent"),
    ("15 ribu", "20 persen", "inconsistent"),
])
def test_a_base_named_by_its_year(b, d, verdict):
    got = _change(_YEARLY.format(b=b, d=d), "change_from_named_base")
    assert got == [(verdict, ("12,5 juta penumpang", f"{b} penumpang", f"sekitar {d}"))]


def test_a_year_named_figure_of_another_thing_is_no_base():
    # the year's figure is a profit, the target a revenue: no pairing, no alarm
    text = ("Kinerja Perusahaan 2023\n\nSepanjang 2023, perusahaan mencatat laba bersih Rp 5 triliun. "
            "Dividen dibagikan pada Mei.\n\nTahun ini, pendapatan perusahaan ditargetkan Rp 20 triliun, "
            "naik 10 persen dari realisasi 2023.")
    assert not [v for v, _ in _change(text) if v in ALARM]


def test_a_base_named_by_a_word_no_figure_ties_is_no_alarm():
    # "periode yang sama tahun lalu": two figures before, neither named; nothing is said of them
    text = ("Realisasi belanja kartu kredit pemerintah pada 2019 mencapai Rp 240 miliar, kemudian meningkat "
            "menjadi Rp 750 miliar di 2022. Hingga triwulan II 2023 telah mencapai Rp 430 miliar, meningkat "
            "sekitar 90 persen dibandingkan periode yang sama tahun lalu.")
    assert not [v for v, _ in _change(text) if v in ALARM]
    assert not _change(text, "change_from_named_base")


# --- "Dengan demikian, ... lebih kecil D dibandingkan rencana awal" ---------------------------------
_PLAN = ("Belanja Daerah di Bawah Pagu\n\nRealisasi belanja daerah tahun lalu sebesar Rp 4,2 triliun. Angka itu di bawah pagu yang "
         "ditetapkan sebesar {a}.\n\nDengan demikian, realisasi belanja lebih kecil {d} dibandingkan "
         "rencana awal.")


@pytest.mark.parametrize("a,d,verdict", [
    ("Rp 5 triliun", "Rp 0,8 triliun", "consistent"),
    ("Rp 5 triliun", "Rp 1,8 triliun", "inconsistent"),
    ("Rp 5 miliar", "Rp 0,8 triliun", "inconsistent"),
])
def test_a_difference_from_a_base_named_by_a_word(a, d, verdict):
    got = _change(_PLAN.format(a=a, d=d), "change_from_named_base")
    assert got == [(verdict, ("Rp 4,2 triliun", a, d))]


def test_without_a_word_of_consequence_the_two_figures_before_are_no_tie():
    text = ("Tembok pembatas di tepi kali tingginya sekitar 2,5 meter, dan tebing di seberangnya 1,5 meter. "
            "Tanah kompleks itu memang lebih tinggi sekitar 2 meter daripada perumahan di seberangnya.")
    assert not _change(text, "change_from_named_base")


# --- "ketika harga ... masih A, harganya sudah naik D" ---------------------------------------------
_PAST = ("Harga Cabai Melonjak\n\nHarga cabai rawit merah di Pasar Kramat Jati dijual Rp 72.000 per kg pada Senin.\n\n"
         "Sejak awal Maret 2024, ketika harga cabai rawit merah masih Rp 48.000 per kg, harganya sudah naik {d}.")


@pytest.mark.parametrize("d,verdict", [
    ("50 persen", "consistent"),
    ("90 persen", "inconsistent"),
    ("53 persen", "inconsistent"),
])
def test_a_base_marked_as_the_level_before(d, verdict):
    got = _change(_PAST.format(d=d), "change_from_named_base")
    assert got == [(verdict, ("Rp 48.000 per kg", "Rp 72.000 per kg", d))]


# --- a headline difference against the body's pair -------------------------------------------------
_HEAD = ("Produksi Jagung Turun, Luas Tanam Menyusut {d} Hektare\n\n"
         "Luas tanam jagung tahun ini diperkirakan 2,31 juta hektare, turun 2,5 persen dari 2,37 juta "
         "hektare pada tahun sebelumnya.")


@pytest.mark.parametrize("d,verdict", [("60.000", "consistent"), ("90.000", "inconsistent")])
def test_a_headline_difference_against_the_body(d, verdict):
    got = _change(_HEAD.format(d=d), "change_from_named_base")
    assert got == [(verdict, ("2,31 juta hektare", "2,37 juta hektare", f"{d} Hektare"))]


# --- a percent stated before that fits an index's change -------------------------------------------
def test_a_percent_stated_before_fits_an_index_change():
    text = ("Inflasi Melandai\n\nBPS mencatat inflasi tahunan pada Desember 2023 sebesar 3,20 persen. Angka itu naik tipis "
            "dibandingkan bulan sebelumnya.\n\nIndeks Harga Konsumen naik dari 110,00 pada Desember 2022 "
            "menjadi 113,52 pada Desember 2023.")
    assert _change(text, "size_before") == [("consistent", ("110,00", "113,52", "3,20 persen"))]


def test_a_percent_with_a_base_of_its_own_is_not_the_size_before():
    text = ("Harga cabai rawit mencapai Rp 69.000 per kg, naik 9,52 persen dibandingkan pekan lalu. "
            "Harga bawang merah juga naik dari Rp 42.000 per kg menjadi Rp 46.000 per kg.")
    assert not _change(text, "size_before")


# --- multiple: ratios named by words ---------------------------------------------------------------
def test_a_ratio_with_no_figure_in_its_sentence():
    text = ("Persaingan Masuk SMA Negeri Ketat\n\nDari 9.000 pendaftar, hanya 2.000 calon siswa yang diterima.\n\nSetiap sekolah membuka 8 "
            "rombongan belajar. Dengan begitu, total kursi yang tersedia 2.000 kursi.\n\n"
            "\"Jumlah pendaftar lebih dari {r} kali lipat daya tampung,\" kata kepala dinas.")
    assert _multiple(text.format(r="empat"), "ratio_of_named") == [
        ("consistent", ("2.000 kursi", "9.000 pendaftar", "lebih dari empat kali lipat"))]
    assert not _multiple(text.format(r="lima"), "ratio_of_named")


def test_a_ratio_to_a_figure_named_by_a_word_of_its_sentence():
    # the figure's own subject is not "inflasi" ("(year on year)" stands between), five sentences back
    text = ("Inflasi Melandai\n\nBPS mencatat inflasi tahunan (year on year) pada Desember 2023 sebesar "
            "2,10 persen. Angka itu melandai 0,30 persen poin dibandingkan November.\n\nSecara bulanan, "
            "harga naik 0,40 persen. Indeks Harga Konsumen naik menjadi 115,20.\n\nInflasi 2023 berada "
            "dalam rentang sasaran 2 hingga 4 persen. Capaian itu juga kurang dari separuh inflasi 2022 "
            "yang mencapai 5,50 persen.")
    assert _multiple(text, "ratio_to_one_before") == [
        ("consistent", ("2,10 persen", "5,50 persen", "kurang dari separuh"))]


def test_a_headline_ratio_of_the_bodys_change():
    text = ("Penumpang Kapal Cepat 2023 Capai 1,2 Juta, Naik Lebih dari {r} Kali Lipat\n\n"
            "Pengelola pelabuhan mencatat penumpang kapal cepat sepanjang 2023 mencapai 1.204.000 "
            "penumpang. Jumlah itu naik 150 persen dibandingkan 2022 yang hanya 481.600 penumpang.")
    assert _multiple(text.format(r="Dua"), "headline_ratio_of_change") == [
        ("consistent", ("481.600 penumpang", "1.204.000 penumpang", "Lebih dari Dua Kali Lipat"))]
    assert [v for v, _ in _multiple(text.format(r="Tiga"), "headline_ratio_of_change")] == ["undetermined"]


# --- rate: an extra named by a change noun is the difference rate times the days ------------------
_EXTRA = ("Ongkos Makan Naik\n\nBiaya makan siang harian Rina kini Rp 35.000, atau Rp 5.000 lebih mahal "
          "dibandingkan sebelumnya yang Rp 30.000.\n\n\"Kalau kerja 22 hari, {named} saya jadi {t},\" ujarnya.")


@pytest.mark.parametrize("t,verdict", [
    ("Rp 110.000", "consistent"),
    ("Rp 610.000", "inconsistent"),
    ("Rp 115.000", "inconsistent"),
])
def test_an_extra_is_the_difference_rate_times_the_duration(t, verdict):
    got = verdicts(_EXTRA.format(named="tambahan pengeluaran", t=t), "rate")
    assert got == [(verdict, ("Rp 5.000", "22 hari", t))]


def test_a_total_not_named_an_extra_ties_no_one_rate():
    text = _EXTRA.format(named="pengeluaran makan", t="Rp 610.000")
    assert not [f for f in alarms(text) if f.check == "rate"]
