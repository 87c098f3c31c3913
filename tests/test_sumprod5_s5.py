"""Sum and product recall, session 5 (sumprod5): a list of where a group is spread, a difference
named by "Harga itu", valid + invalid ballots, contributions closed by "Sisanya", the stated
identity for the base year, a hedged sum read to its written digits, and count × amount per month
× months. Each with a text that agrees, planted errors, and near-cases that must not alarm. All
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.findings_of import verdicts


def _got(text, check, rule):
    return [v for v, _ in verdicts(text, check, rule)]


# --- a total, then the list of where the group is spread -----------------------------------------
_SPREAD = ("Hujan deras sejak Senin membuat 9.300 jiwa terpaksa mengungsi dari rumahnya. Pengungsi "
           "tersebar di 40 lokasi. Sebanyak {a} orang di gedung olahraga, 2.500 orang di sekolah, dan "
           "800 orang di rumah kerabat.")


@pytest.mark.parametrize("a,verdict", [
    ("6.000", "consistent"),
    ("60.000", "inconsistent"),  # a part over its total
    ("6.000.000", "inconsistent"),
])
def test_a_list_of_where_a_group_is_spread(a, verdict):
    assert _got(_SPREAD.format(a=a), "sum", "list_spread") == [verdict]


def test_a_spread_list_short_of_its_total_is_no_alarm():
    # the places named need not be all: only parts over the total alarm
    assert _got(_SPREAD.format(a="600"), "sum", "list_spread") == ["undetermined"]


@pytest.mark.parametrize("text", [
    # the list says it names only some places
    "Sebanyak 9.300 jiwa mengungsi. Pengungsi tersebar di 40 lokasi, antara lain 6.000 orang di "
    "gedung olahraga dan 2.500 orang di sekolah.",
    # no word of the group's root in the total's sentence
    "Sebanyak 9.300 jiwa terdampak banjir. Pengungsi tersebar di 40 lokasi. Sebanyak 6.000 orang di "
    "gedung olahraga, 2.500 orang di sekolah, dan 800 orang di rumah kerabat.",
    # no word of spreading: a list of its own
    "Sebanyak 9.300 jiwa terpaksa mengungsi. Pengungsi kini mulai pulang. Sebanyak 6.000 orang di "
    "gedung olahraga, 2.500 orang di sekolah, dan 800 orang di rumah kerabat.",
])
def test_no_spread_list_without_its_cues(text):
    assert not _got(text, "sum", "list_spread")


# --- "Harga itu lebih mahal D dibandingkan ... B" after the sentence stating A ------------------
_THIS = ("Gula pasir kini dijual Rp {a} per kg atau naik 5 persen dibandingkan pekan lalu. Harga itu "
         "lebih mahal Rp 1.500 dibandingkan harga acuan pemerintah yang ditetapkan Rp 16.000 per kg.")


@pytest.mark.parametrize("a,verdict", [
    ("17.500", "consistent"),
    ("18.500", "inconsistent"),
    ("17.500.000", "inconsistent"),
])
def test_a_difference_named_by_this_noun(a, verdict):
    assert _got(_THIS.format(a=a), "sum", "difference_stated") == [verdict]


def test_no_this_difference_when_the_first_figure_is_a_change():
    text = ("Harga gula naik Rp 1.000 per kg pekan ini. Harga itu lebih mahal Rp 1.500 dibandingkan "
            "harga acuan yang ditetapkan Rp 16.000 per kg.")
    assert not _got(text, "sum", "difference_stated")


# --- valid + invalid ballots = ballots cast ------------------------------------------------------
_TALLY = ("Secara keseluruhan, jumlah suara sah di provinsi itu mencapai {v} suara. Dari 3,1 juta "
          "pemilih dalam DPT, sekitar {c} juta orang menggunakan hak pilihnya. Sekitar 95.000 surat "
          "suara dinyatakan tidak sah.")


@pytest.mark.parametrize("v,c,verdict", [
    ("2.405.120", "2,5", "consistent"),
    ("2.405.120", "7,5", "inconsistent"),          # a leading digit
    ("24.051.200", "2,5", "inconsistent"),         # valid over the cast
])
def test_valid_and_invalid_ballots_make_the_cast(v, c, verdict):
    assert _got(_TALLY.format(v=v, c=c), "sum", "valid_invalid") == [verdict]


def test_valid_invalid_needs_one_figure_of_each():
    text = ("Jumlah suara sah mencapai 2.405.120 suara, sedangkan di kabupaten A suara sah 400.000 suara. "
            "Sekitar 2,5 juta orang menggunakan hak pilihnya. Sekitar 95.000 surat suara dinyatakan tidak sah.")
    assert not _got(text, "sum", "valid_invalid")


# --- a hedged total read to its written digits (strong sums) -------------------------------------
def test_a_hedged_total_that_meets_only_through_the_hedge_is_suspicious():
    # 2.405.120 + 95 ribu = 2,50 juta; "sekitar 2,56 juta" holds it only by the hedge's width
    assert _got(_TALLY.format(v="2.405.120", c="2,56"), "sum", "valid_invalid") == ["suspicious"]


# --- contributions in percentage points closed by "Sisanya" --------------------------------------
_ANDIL = ("Pertumbuhan Ekonomi Kuartal III Capai 4,90 Persen\n\n"
          "Ekonomi tumbuh 4,90 persen secara tahunan pada kuartal III. Angka itu melambat dari kuartal "
          "sebelumnya yang 5,10 persen.\n\n"
          "Konsumsi rumah tangga memberikan andil terbesar, yakni {a} persen poin. Berikutnya investasi "
          "1,40 persen poin dan ekspor neto 0,60 persen poin. Sisanya, 0,30 persen poin, berasal dari "
          "komponen lain.")


@pytest.mark.parametrize("a,verdict", [
    ("2,60", "consistent"),
    ("26,0", "inconsistent"),  # the parts over the whole
])
def test_contributions_closed_by_the_rest(a, verdict):
    assert _got(_ANDIL.format(a=a), "sum", "contributions_rest") == [verdict]


def test_contributions_without_the_rest_are_no_sum():
    text = _ANDIL.format(a="2,60").replace(" Sisanya, 0,30 persen poin, berasal dari komponen lain.", "")
    assert not _got(text, "sum", "contributions_rest")


# --- the stated identity holds for the base year ---------------------------------------------------
_BASE = ("Neraca Dagang Tetap Surplus\n\nNeraca perdagangan 2023 surplus US$ 10,50 miliar. Surplus tersebut berasal dari nilai ekspor "
         "US$ 80,00 miliar dikurangi impor US$ 69,50 miliar.\n\n"
         "Meski tetap surplus, capaian itu lebih rendah dibandingkan 2022 yang mencapai US$ {d} miliar. Nilai ekspor turun "
         "5 persen dibandingkan 2022 yang sebesar US$ 84,20 miliar. Impor juga melemah 4 persen dari "
         "US$ 72,40 miliar pada 2022.")


@pytest.mark.parametrize("d,verdict", [
    ("11,80", "consistent"),
    ("110,80", "inconsistent"),
    ("15,80", "inconsistent"),
])
def test_the_identity_holds_for_the_base_year(d, verdict):
    assert _got(_BASE.format(d=d), "sum", "subtraction_base") == [verdict]


def test_no_base_identity_across_years():
    text = _BASE.format(d="11,80").replace("US$ 72,40 miliar pada 2022", "US$ 72,40 miliar pada 2021")
    assert not _got(text, "sum", "subtraction_base")


# --- count × amount per month × months -----------------------------------------------------------
_DUR = ("Anggaran Iuran Warga Miskin\n\nIuran peserta kelas 3 adalah Rp 35.000/bulan. Pemerintah menanggung iuran yang sama untuk "
        "setiap warga miskin.\n\n"
        "Dengan {n} jiwa, kebutuhan anggaran selama 12 bulan sekitar Rp {t}.")


@pytest.mark.parametrize("n,t,verdict", [
    ("20,5 juta", "8,6 triliun", "consistent"),
    ("20,5 ribu", "8,6 triliun", "inconsistent"),   # a scale slip
    ("20,5 juta", "8,6 miliar", "inconsistent"),
    ("20,5 juta", "3,6 triliun", "suspicious"),     # a leading digit
    ("20,5 juta", "8,2 triliun", "suspicious"),     # inside "sekitar", beyond its written digits
])
def test_count_times_amount_per_month_times_months(n, t, verdict):
    assert _got(_DUR.format(n=n, t=t), "product", "count_rate_duration") == [verdict]


def test_no_count_rate_duration_with_two_monthly_amounts():
    text = _DUR.format(n="20,5 juta", t="8,6 triliun").replace(
        "Pemerintah menanggung", "Kelas 2 membayar Rp 100.000/bulan. Pemerintah menanggung")
    assert not _got(text, "product", "count_rate_duration")


# --- "selisih harga jual dan beli D": the two figures the names point at --------------------------
_PAIR = ("Harga Emas Hari Ini\n\n"
         "Emas batangan ukuran 1 gram dijual Rp {a}, naik Rp 5.000 dibandingkan kemarin yang Rp "
         "1.095.000. Harga beli kembali turun Rp 2.000, dari Rp 992.000 menjadi Rp 990.000 per gram. "
         "Artinya, selisih harga jual dan beli mencapai Rp 110.000 per gram.")


@pytest.mark.parametrize("a,verdict", [
    ("1.100.000", "consistent"),
    ("1.700.000", "undetermined"),  # the pick is the checker's reading: no alarm
])
def test_a_difference_of_two_named_figures(a, verdict):
    assert _got(_PAIR.format(a=a), "sum", "difference_pair") == [verdict]


def test_no_pair_difference_without_both_names():
    text = _PAIR.format(a="1.100.000").replace("selisih harga jual dan beli", "selisih harga jual dan pajak")
    assert not _got(text, "sum", "difference_pair")


# --- a quantity × an amount per its unit against a total stated far away, in another unit ---------
_FAR = ("Produksi Jagung Turun\n\n"
        "Produksi jagung nasional tahun ini diperkirakan {t} ton pipilan kering. Jumlah itu turun dari "
        "tahun lalu.\n\n"
        "Penurunan terjadi di banyak daerah. Hujan datang terlambat di sentra produksi. Luas panen "
        "jagung diperkirakan 2,50 juta hektare. Petani menanam lebih sedikit.\n\n"
        "\"Produktivitas rata-rata 56,00 kuintal per hektare,\" kata seorang pejabat.")


@pytest.mark.parametrize("t,got", [
    ("14 juta", ["consistent"]),
    ("17 juta", []),  # a total that fits nothing is not judged: which one is meant is open
])
def test_a_far_total_in_another_unit(t, got):
    assert _got(_FAR.format(t=t), "product", "units_cancel_converted") == got


# --- a quantity used per period × a price per its unit ---------------------------------------------
_USAGE = ("Harga Solar Naik\n\n"
          "Harga solar naik dari Rp 6.800 menjadi Rp 8.200 per liter mulai pekan ini.\n\n"
          "Seorang sopir angkot di Bogor biasa mengisi 12 liter per hari. Kini biaya solar hariannya "
          "Rp {now}, padahal sebelumnya hanya Rp {before}.")


@pytest.mark.parametrize("now,before,got", [
    ("98.400", "81.600", ["consistent", "consistent"]),
    ("96.400", "81.600", ["consistent"]),  # a figure no price fits is not judged
])
def test_a_quantity_used_per_day_times_its_price(now, before, got):
    assert _got(_USAGE.format(now=now, before=before), "product", "priced_usage") == got


def test_no_priced_usage_for_a_span_of_time():
    # "per tahun untuk 5 tahun" reads as 5 years per year: no quantity used per period
    text = ("Biaya Stadion\n\nBunga dan operasional Rp 80 miliar per tahun. Kebutuhan dana per tahun "
            "untuk 5 tahun pertama lebih dari Rp 600 miliar dan Rp 400 miliar untuk 3 tahun berikutnya.")
    assert not _got(text, "product", "priced_usage")


# --- a hedged total that names the quantity before by a demonstrative -----------------------------
_NAMED_BACK = ("Produksi Gas Turun\n\n"
               "Produksi gas bumi sepanjang tahun lalu sekitar {q} juta MMBTU. Produksi itu turun dari tahun "
               "sebelumnya.\n\n"
               "Pemerintah menyebut penurunan terjadi karena 14 lapangan sudah tua. Beberapa sumur ditutup.\n\n"
               "Dengan rata-rata harga gas US$ 6,12 per MMBTU, nilai produksi tersebut diperkirakan sekitar "
               "US$ {t} miliar.")


@pytest.mark.parametrize("q,t,verdict", [
    ("412", "2,52", "consistent"),  # 412 juta × 6,12 = 2,52 miliar
    ("412", "2,57", "suspicious"),  # inside "sekitar", beyond its written digits
])
def test_a_total_named_back_by_a_demonstrative(q, t, verdict):
    assert _got(_NAMED_BACK.format(q=q, t=t), "product", "units_cancel") == [verdict]


def test_a_spread_list_counted_and_pointed_back_at():
    text = ("Wabah Flu Burung\n\nDinas Peternakan mencatat ayam yang mati sudah {t} ekor sejak awal bulan. Ia mengatakan, "
            "jumlah itu tersebar di 4 kecamatan, yaitu Cibeber 120 ekor, Cugenang 85 ekor, Warungkondang 40 "
            "ekor, dan Gekbrong 15 ekor.")
    assert _got(text.format(t="260"), "sum", "list_spread_counted") == ["consistent"]
    # the four places counted are all: a sum short of the total alarms too
    assert _got(text.format(t="290"), "sum", "list_spread_counted") == ["inconsistent"]


def test_a_division_opened_by_its_verb():
    text = ("Stok Beras Aman\n\nBulog mencatat stok beras sebesar 2,30 juta ton. Beras tersebut terbagi atas "
            "cadangan pemerintah sebesar {a} juta ton dan stok komersial sebesar 200.000 ton.")
    assert _got(text.format(a="2,10"), "sum", "list_spread") == ["consistent"]
    assert _got(text.format(a="21,0"), "sum", "list_spread") == ["inconsistent"]


def test_no_spread_list_of_the_places_and_a_part_of_them():
    # regression (real news): the count of places and a part of them are no list of the group
    text = ("Kekeringan Melanda\n\nSetidaknya ada tiga kabupaten di zona merah kekeringan tahun ini. Ia "
            "menjelaskan, sawah terdampak kekeringan tersebar di 11 kabupaten, dan dari jumlah itu sebanyak 3 "
            "kabupaten masuk zona merah.")
    assert not _got(text, "sum", "list_spread")
