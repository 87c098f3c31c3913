"""Recall of product, rate and multiple, round 2 (issue #4): more of the ways Indonesian news ties
a total to a count and an amount each, a rate to a duration, a ratio to two figures. Sentences
written for these tests; each rule has a consistent case, a planted error it must flag, and a
look-alike it must leave alone."""

from __future__ import annotations

import pytest

from checks.registry import check_text
from findings_of import verdicts as _verdicts
from findings_of import alarms as _alarms
from findings_of import verdict_on


def _verdict_on(text: str, check: str, figure: str, rule: str | None = None) -> set[str]:
    return verdict_on(text, check, figure, rule, within=True)


# --- product: average_each alarms when the total is tied to the group and far outside -------------
def _insentif(total: str, lead: str = "Dari jumlah penerima tersebut, ") -> str:
    return ("Bantuan Guru Honorer\n\n"
            "Dinas menyebut sudah ada 40.000 guru honorer yang menerima insentif tahun ini.\n\n"
            f"{lead}dana insentif yang sudah dicairkan mencapai {total}.\n\n"
            "Setiap guru menerima insentif Rp 300.000 untuk bulan pertama. Sehingga secara total, guru "
            "yang sudah mengajar enam bulan telah mendapatkan dana insentif sebesar Rp 1,8 juta.")


@pytest.mark.parametrize("total, verdict", [
    ("Rp 48 miliar", "consistent"),       # Rp 1,2 juta each on average: within Rp 300.000–1,8 juta
    ("Rp 48 triliun", "suspicious"),      # miliar→triliun
    ("Rp 98 miliar", "suspicious"),       # Rp 2,45 juta each: more than anyone gets
    ("Rp 48 juta", "suspicious"),         # Rp 1.200 each
])
def test_average_each_tied_total_far_outside_is_suspicious(total, verdict):
    assert verdict in _verdict_on(_insentif(total), "product", total, "average_each")


def test_average_each_untied_total_stays_undetermined():
    # no "dari jumlah penerima tersebut": the total need not be the group's
    text = _insentif("Rp 98 miliar", lead="Tahun lalu, ")
    assert _verdict_on(text, "product", "Rp 98 miliar", "average_each") <= {"undetermined"}


def test_average_each_with_a_top_amount_near_the_total_has_no_most():
    # "paling tinggi ... paling rendah": one member may get almost all of it
    text = ("Donasi Alumni\n\nPanitia mencatat 120 alumni tersebut memberikan sumbangan dana sebesar Rp 95 miliar "
            "dengan sumbangan paling tinggi mencapai Rp 60 miliar dan paling rendah Rp 1,5 juta.")
    assert not _alarms(text)


# --- product: "E bagi/untuk N X", "N X seharga E" and the total right after ------------------------
@pytest.mark.parametrize("total, verdict", [
    ("Rp 7,5 triliun", "consistent"), ("Rp 9,5 triliun", "suspicious"), ("Rp 7,5 miliar", "inconsistent")])
def test_an_amount_for_each_of_a_count(total, verdict):
    text = ("Bansos Pangan\n\nPemerintah menyiapkan bantuan Rp 500.000, bagi 15 juta keluarga penerima manfaat. "
            f"Anggarannya {total}.")
    assert verdict in _verdict_on(text, "product", total, "count_for_each")


@pytest.mark.parametrize("total, verdict", [("30.000 ton", "consistent"), ("80.000 ton", "suspicious")])
def test_a_measure_per_month_for_each_of_a_count(total, verdict):
    text = ("Beras Bulog\n\nPemerintah membagikan beras 15 kilogram per bulan bagi 2 juta keluarga. "
            f"Kebutuhan beras untuk program itu mencapai {total} setiap bulan.")
    assert verdict in _verdict_on(text, "product", total, "count_for_each")


@pytest.mark.parametrize("total, verdict", [("Rp 300 juta", "consistent"), ("Rp 800 juta", "suspicious")])
def test_a_price_after_a_count(total, verdict):
    text = ("Konser Amal\n\nPanitia mencatat 6.000 tiket kelas festival seharga Rp 50.000 terjual habis "
            f"dengan pemasukan {total}.")
    assert verdict in _verdict_on(text, "product", total, "count_for_each")


def test_a_total_for_the_group_is_no_amount_each():
    # "Rp 9 triliun untuk 3 juta keluarga" is the total for them: nothing to multiply
    text = ("Program Rumah\n\nPemerintah menganggarkan Rp 9 triliun untuk 3 juta keluarga. "
            "Anggarannya Rp 12 triliun termasuk biaya operasional.")
    assert not _alarms(text)


def test_the_total_must_follow_in_the_next_sentence_of_the_paragraph():
    # another sentence, with no figure, between the count and the total: no tie
    text = ("BLT\n\nSelain itu, bantuan sebesar Rp 600 ribu untuk sekitar 16 juta pekerja.\n"
            "Menteri menyatakan penyaluran akan dipercepat.\n"
            "Pemerintah mengalihkan subsidi BBM sebesar Rp 24,17 triliun untuk bantuan.")
    assert not _alarms(text)


# --- product: the amount each stated paragraphs before the count and its total -------------------
def _bansos(total: str) -> str:
    return ("Bantuan Tunai\n\nPemerintah menyalurkan bantuan tunai kepada 10 juta keluarga penerima manfaat (KPM). "
            "Setiap KPM mendapat Rp 150.000 per bulan untuk tiga bulan, yang dicairkan sekaligus sebesar "
            "Rp 450.000.\n\n"
            "Menteri mengatakan penyaluran dilakukan lewat bank dan kantor pos.\n\n"
            "Hingga Senin, bantuan telah diterima 4 juta KPM. Nilai bantuan yang tersalurkan Rp 1,8 triliun."
            ).replace("Rp 1,8 triliun", total)


@pytest.mark.parametrize("total, verdict", [
    ("Rp 1,8 triliun", "consistent"), ("Rp 6,8 triliun", "suspicious"), ("Rp 1,8 miliar", "suspicious")])
def test_an_amount_each_stated_elsewhere(total, verdict):
    assert verdict in _verdict_on(_bansos(total), "product", total, "each_elsewhere")


def test_an_amount_per_month_alone_bounds_only_from_below():
    # only "Rp 150.000 per bulan" for each: a total for several months is no alarm
    text = ("Bantuan Tunai\n\nSetiap KPM mendapat Rp 150.000 per bulan.\n\n"
            "Hingga Senin, bantuan telah diterima 4 juta KPM. Nilai bantuan yang tersalurkan Rp 2,4 triliun.")
    assert not _alarms(text)
    # not contradicted, but not confirmed either: the most one gets is open
    assert _verdict_on(text, "product", "Rp 2,4 triliun", "each_elsewhere") == {"undetermined"}


def test_average_each_with_one_amount_has_no_bounds():
    # one amount ("minimal Rp 2,5 juta") may be the least, the most or the usual
    text = ("Modal Usaha\n\nPerusahaan menyalurkan pinjaman modal kepada 110.000 orang nasabah. Dari jumlah tersebut, dana pinjaman modal "
            "yang disalurkan sekitar Rp 450 miliar. Setiap nasabah mendapatkan dana pinjaman modal minimal sebesar "
            "Rp 2,5 juta.")
    assert not _alarms(text)


def test_an_amount_each_elsewhere_is_for_people_not_things():
    # a fee per package and, later, a count of packages next to another fee: no tie
    text = ("Fee Bansos\n\nSetiap paket dikenai fee sebesar Rp 10.000.\n\n"
            "Perusahaan itu mendapat kuota sebanyak 90.000 paket. Ia lalu memberikan uang fee operasional Rp 100 juta.")
    assert not _alarms(text)


# --- product: a pack's price and the price per unit, restated ------------------------------------
@pytest.mark.parametrize("text, verdict", [
    ("Gula pasir dijual Rp 36.000 per bungkus 2 kg, atau setara Rp 18.000 per kg.", "consistent"),
    ("Gula pasir dijual Rp 86.000 per bungkus 2 kg, atau setara Rp 18.000 per kg.", "inconsistent"),
    ("Gula pasir dijual Rp 18.000 per kg atau Rp 36.000 per bungkus 2 kg.", "consistent"),
    ("Gula pasir dijual Rp 18.000 per kg atau Rp 36.000 per bungkus 3 kg.", "inconsistent"),
])
def test_a_pack_price_restated_per_unit(text, verdict):
    assert verdict in {v for v, _ in _verdicts("Harga Gula\n\n" + text, "product", "units_cancel")}


def test_two_prices_not_restated_are_no_pack_price():
    # "sedangkan" joins two prices, not one price said twice
    text = "Harga Gula\n\nGula curah dijual Rp 86.000 per bungkus 2 kg, sedangkan gula kristal Rp 18.000 per kg."
    assert not _alarms(text)


# --- product: a figure converted at an exchange rate, named not repeated ---------------------------
def _kurs(converted: str) -> str:
    return ("Neraca Dagang\n\nNeraca perdagangan sepanjang tahun surplus US$ 20 miliar. Capaian itu lebih rendah "
            "dibandingkan tahun sebelumnya yang surplus US$ 30 miliar. Dengan kurs rata-rata Rp 15.000 per dolar AS, "
            f"surplus tahun ini setara {converted}.")


@pytest.mark.parametrize("converted, verdict", [
    ("Rp 300 triliun", "consistent"), ("Rp 800 triliun", "suspicious"), ("Rp 300 miliar", "suspicious")])
def test_a_named_figure_converted_at_the_exchange_rate(converted, verdict):
    assert verdict in _verdict_on(_kurs(converted), "product", converted, "units_cancel")


def test_a_conversion_of_the_other_named_figure_is_consistent():
    assert "consistent" in _verdict_on(_kurs("Rp 450 triliun"), "product", "Rp 450 triliun", "units_cancel")


# --- product: a total and its amount per one side by side, the count elsewhere ---------------------
def _subsidi(total: str) -> str:
    return ("Penumpang Bus\n\nBus kota melayani 120 juta penumpang sepanjang tahun. Jumlah itu naik 20 persen "
            "dibandingkan tahun sebelumnya yang sebanyak 100 juta orang.\n\n"
            "Armada bus ditambah 50 unit pada tahun ini.\n\n"
            f"Subsidi untuk bus kota mencapai {total}, atau sekitar Rp 4.000 per penumpang.")


@pytest.mark.parametrize("total, verdict", [("Rp 480 miliar", "consistent"), ("Rp 480 juta", "suspicious")])
def test_a_total_and_its_amount_per_one_with_the_count_elsewhere(total, verdict):
    assert verdict in _verdict_on(_subsidi(total), "product", total, "count_elsewhere")


def test_a_scale_slip_off_every_count_near_is_suspicious():
    # this year's 120 juta and next year's target 130 juta: Rp 480 juta is ×1.000 off both
    text = _subsidi("Rp 480 juta") + " Tahun depan, operator menargetkan 130 juta penumpang."
    assert "suspicious" in _verdict_on(text, "product", "Rp 480 juta", "count_elsewhere")


def test_a_count_elsewhere_never_alarms_short_of_a_scale_slip():
    # which count is meant is open: Rp 980 miliar fits none, but no alarm
    assert not _alarms(_subsidi("Rp 980 miliar"))


# --- product: an amount for each of a named kind, the kind named again with its total --------------
def _rumah(total: str) -> str:
    return ("Bantuan Gempa\n\nGempa merusak 12.000 rumah, terdiri dari 4.000 rumah rusak berat dan 8.000 rusak "
            "ringan.\n\nPemerintah menjanjikan bantuan Rp 50 juta untuk setiap rumah rusak berat dan Rp 10 juta "
            f"untuk rusak ringan. Untuk rumah rusak berat saja, kebutuhan dananya sekitar {total}.")


@pytest.mark.parametrize("total, verdict", [
    ("Rp 200 miliar", "consistent"), ("Rp 700 miliar", "suspicious"), ("Rp 200 triliun", "inconsistent")])
def test_an_amount_for_each_of_a_named_kind(total, verdict):
    assert verdict in _verdict_on(_rumah(total), "product", total, "each_named")


def test_a_total_not_naming_the_kind_is_no_tie():
    text = _rumah("Rp 700 miliar").replace("Untuk rumah rusak berat saja, kebutuhan", "Secara keseluruhan, kebutuhan")
    assert not _alarms(text)


def test_a_price_not_far_below_its_total_is_no_amount_each_unless_a_scale_slip():
    # "seharga Rp 75.000 ... pemasukan Rp 675 ribu" for 9.000 tickets: ribu for juta
    text = ("Konser\n\nPanitia mencatat 9.000 tiket kelas festival seharga Rp 75.000 terjual habis dengan "
            "pemasukan Rp 675 ribu.")
    assert "inconsistent" in _verdict_on(text, "product", "Rp 675 ribu", "count_for_each")


# --- product: an average restating the total of the sentence before ("Artinya, ...") ---------------
@pytest.mark.parametrize("total, verdict", [("120 GWh per tahun", "consistent"), ("720 GWh per tahun", "inconsistent")])
def test_an_average_restating_the_total_before(total, verdict):
    text = (f"PLTS Atap\n\nPLTS itu mampu menghasilkan listrik {total}, cukup untuk memasok 40.000 rumah. "
            "Artinya, jatah listrik rata-rata untuk setiap rumah 3.000 kilowatt jam (kWh).")
    assert verdict in _verdict_on(text, "product", total, "count_times_each")


def test_an_average_not_restating_is_no_tie():
    text = ("PLTS Atap\n\nPLTS itu mampu menghasilkan listrik 720 GWh per tahun, cukup untuk memasok 40.000 rumah. "
            "Tahun lalu, jatah listrik rata-rata untuk setiap rumah 3.000 kilowatt jam (kWh).")
    assert not _alarms(text)


def test_the_body_total_is_preferred_to_the_headline():
    text = ("Bantuan Rp 42 Miliar untuk 100.000 Keluarga\n\nDinas sosial menyalurkan bantuan kepada 100.000 keluarga. "
            "Total dana yang dicairkan mencapai Rp 42 miliar, atau rata-rata sekitar Rp 420.000 per keluarga.")
    rep = check_text(text, "t")
    body = text.index("Rp 42 miliar")
    assert any(f.verdict == "consistent" and any(sp.start == body for sp in f.spans)
               for f in rep.findings if f.check == "product" and f.rule == "units_cancel")


# --- product: a total naming by a demonstrative the one quantity before its price ------------------
def _nilai(value: str) -> str:
    return ("Produksi Batu Bara\n\nSepanjang tahun, produksi tambang itu mencapai 40 juta ton. Tambang itu "
            "mempekerjakan 3.000 orang.\n\nDengan rata-rata harga jual US$ 80 per ton, nilai produksi tersebut "
            f"diperkirakan sekitar {value}. Ekspor ke Tiongkok saja senilai US$ 1,1 miliar.")


@pytest.mark.parametrize("value, verdict", [
    ("US$ 3,2 miliar", "consistent"), ("US$ 8,2 miliar", "suspicious"), ("US$ 3,2 juta", "suspicious")])
def test_a_value_named_by_a_demonstrative(value, verdict):
    assert verdict in _verdict_on(_nilai(value), "product", value, "units_cancel")


def test_a_value_without_a_demonstrative_stays_unjudged():
    assert not _alarms(_nilai("US$ 8,2 miliar").replace("nilai produksi tersebut", "nilai ekspor"))


# --- multiple: a ratio bounded on one side ----------------------------------------------------------
@pytest.mark.parametrize("before, verdict", [
    ("Rp 150 triliun", "consistent"), ("Rp 150 miliar", "suspicious"), ("Rp 250 triliun", "inconsistent")])
def test_more_than_n_times(before, verdict):
    text = (f"Subsidi Energi\n\nAnggaran subsidi energi membengkak lebih dari tiga kali lipat, dari {before} "
            "menjadi Rp 500 triliun.")
    assert verdict in _verdict_on(text, "multiple", "kali lipat")


# --- multiple: one figure in the ratio's sentence, the other stated before ---------------------------
def test_a_ratio_against_a_figure_compared_with():
    text = ("Kasus Harian\n\nDinas mencatat 8.950 kasus baru dalam 24 jam terakhir.\n\n"
            "Angka itu naik dibandingkan hari sebelumnya. Jika dibandingkan dengan Senin pekan lalu yang sebanyak "
            "4.600 kasus, penambahan hari ini hampir dua kali lipat.")
    assert "consistent" in _verdict_on(text, "multiple", "8.950 kasus", "ratio_to_one_before")


def test_a_ratio_naming_the_other_figure():
    text = ("Hadiah Turnamen\n\nSang juara berhak atas hadiah US$ 9.000. Sementara itu, runner-up memperoleh "
            "US$ 4.200, kurang dari separuh hadiah juara.")
    assert "consistent" in _verdict_on(text, "multiple", "US$ 9.000", "ratio_to_one_before")


@pytest.mark.parametrize("text", [
    # "separuh" of the season, not of a figure
    "Target\n\nTim itu meraih enam poin dari dua laga. Pelatih menargetkan 20 poin pada separuh perjalanan musim.",
    # the bare "dari" is no comparison
    "Data\n\nPeretas mencuri data 10 juta pelanggan. Data dicuri dari perusahaan yang memiliki 20 juta pelanggan, "
    "hampir separuh dari penduduk negara itu.",
])
def test_a_ratio_neither_compared_nor_named_finds_nothing(text):
    assert not _verdicts(text, "multiple", "ratio_to_one_before")


# --- rate --------------------------------------------------------------------------------------
@pytest.mark.parametrize("total, verdict", [
    ("sekitar 219 juta barel", "consistent"), ("sekitar 219 ribu barel", "inconsistent")])
def test_the_best_fitting_rate_a_little_further_back(total, verdict):
    # the rate three sentences back is the one meant; the target rate in the window fits worse
    text = ("Lifting Minyak\n\nRealisasi lifting minyak sepanjang tahun sebesar 600.000 barel per hari. "
            "Angka ini setara 92 persen dari target sebesar 650.000 bph. Realisasi kurang 50.000 bph dari target. "
            f"Jika dikalikan 365 hari, total minyak yang terangkut sekitar {total}.")
    got = _verdicts(text, "rate")
    assert any(v == verdict and total in texts for v, texts in got)
    if verdict == "consistent":
        assert any("600.000 barel per hari" in texts for v, texts in got if v == "consistent")


@pytest.mark.parametrize("total, verdict", [("315.000 porsi", "consistent"), ("311.000 porsi", "inconsistent"),
                                            ("315.400 porsi", "consistent")])
def test_a_whole_number_of_days_is_exact_and_a_round_rate_is_rounded(total, verdict):
    # 45.000 × 7 = 315.000; 311.000 is off; 315.400 is within the rate's rounding (45.000 ± 500)
    text = (f"Dapur Umum\n\nDapur umum menyiapkan 45.000 porsi per hari. Selama tujuh hari, total porsi yang "
            f"dibagikan {total}.")
    assert verdict in _verdict_on(text, "rate", total)


@pytest.mark.parametrize("total, verdict", [
    ("Rp 2.400 triliun", "consistent"), ("Rp 2.400 miliar", "inconsistent"), ("Rp 3.400 triliun", "inconsistent")])
def test_a_daily_figure_named_by_its_subject(total, verdict):
    text = ("Transaksi Bursa\n\nRata-rata nilai transaksi harian sepanjang tahun mencapai Rp 10 triliun. "
            f"Dengan 240 hari bursa, total nilai transaksi sepanjang tahun {total}.")
    assert verdict in _verdict_on(text, "rate", total)


@pytest.mark.parametrize("total, verdict", [
    ("sekitar 1,2 juta dosis", "consistent"), ("sekitar 1,2 ribu dosis", "inconsistent"),
    ("sekitar 3,2 juta dosis", "inconsistent")])
def test_the_rate_applied_by_the_duration_sentence(total, verdict):
    # "Jika laju tersebut terjaga selama D": the tie; suntikan and dosis count one thing
    text = ("Vaksinasi\n\nSaat ini, rata-rata 20.000 suntikan per hari diberikan di gerai vaksin. "
            f"Jika laju tersebut terjaga selama 60 hari, akan ada tambahan {total}.")
    assert verdict in _verdict_on(text, "rate", total)


@pytest.mark.parametrize("total, verdict", [
    ("1.400.000 kendaraan", "consistent"), ("1.900.000 kendaraan", "inconsistent")])
def test_an_average_over_a_duration_after_its_total(total, verdict):
    # the figure after "dibandingkan" is last year's, not the total the average divides
    text = (f"Arus Mudik\n\nJasa Marga mencatat {total} meninggalkan Jakarta selama periode mudik. Jumlah ini naik "
            "10 persen dibandingkan periode yang sama tahun lalu, yakni 1.270.000 kendaraan. Selama tujuh hari "
            "itu, rata-rata 200.000 kendaraan per hari keluar dari ibu kota.")
    assert verdict in _verdict_on(text, "rate", total)


def test_an_average_without_a_duration_in_its_sentence_is_no_tie():
    text = ("Arus Mudik\n\nJasa Marga mencatat 1.900.000 kendaraan meninggalkan Jakarta selama periode mudik. "
            "Pada puncak arus, rata-rata 200.000 kendaraan per hari keluar dari ibu kota.")
    assert not _alarms(text)
