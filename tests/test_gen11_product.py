"""Session 11 (prd11): product, rate and multiple recall, each rule with the sentences that show it
(our own wording): the consistent version, one figure changed (an alarm), and look-alikes that
must stay quiet."""

from __future__ import annotations

import pytest

from tests.findings_of import ALARM, alarms, verdict_on, verdicts

HEAD = "Berita daerah\n\n"  # a headline line: the body's figures are not the headline's


# --- product: count × amount per period × duration -------------------------------------------------

SEMESTER = HEAD + ("Pemerintah daerah menyalurkan beasiswa kepada 1.200 mahasiswa. Setiap mahasiswa menerima "
                   "Rp 500.000 per bulan selama satu semester atau enam bulan, sehingga total anggaran "
                   "mencapai {t}.")


@pytest.mark.parametrize("total, verdict", [("Rp 3,6 miliar", {"consistent"}), ("Rp 3,2 miliar", {"suspicious"}),
                                            ("Rp 3,6 triliun", {"inconsistent"})])
def test_a_period_counted_before_the_duration_is_no_count_of_recipients(total, verdict):
    """ "satu semester" is a period: the count is the 1.200 mahasiswa of the sentence before."""
    got = verdicts(SEMESTER.format(t=total), "product", "count_rate_duration")
    assert got == [(verdict.pop(), ("1.200 mahasiswa", "Rp 500.000 per bulan", "enam bulan", total))]


HONORER = HEAD + ("Sebanyak 2.500 guru honorer akan menerima insentif dari pemerintah kota. Insentif yang "
                  "diberikan sebesar Rp 300.000 per bulan selama satu tahun. Total anggaran yang disiapkan {t}.")


@pytest.mark.parametrize("total, verdict", [("Rp 9 miliar", "consistent"), ("Rp 7,5 miliar", "suspicious")])
def test_a_monthly_amount_for_a_year_to_a_count_stated_before(total, verdict):
    """2.500 × Rp 300.000 × 12 bulan: the year counts 12 months, the total opens the next sentence."""
    assert verdicts(HONORER.format(t=total), "product", "count_rate_duration") == [
        (verdict, ("2.500 guru", "Rp 300.000 per bulan", "satu tahun", total))]


def test_two_groups_counted_before_make_no_count_for_the_rate():
    text = HEAD + ("Sebanyak 2.500 guru honorer dan 1.800 guru PAUD akan menerima insentif. Insentif yang "
                   "diberikan sebesar Rp 300.000 per bulan selama satu tahun. Total anggaran yang disiapkan "
                   "Rp 11 miliar.")
    assert verdicts(HONORER.format(t="Rp 9 miliar"), "product", "count_rate_duration")  # one group: a tie
    assert verdicts(text, "product", "count_rate_duration") == []
    assert not alarms(text)


def test_a_year_is_no_whole_number_of_a_rate_per_week_of_days():
    """A duration converts only to a whole number of the rate's periods (a year is 12 months)."""
    from checks.product import _periods_in

    assert _periods_in("year", "month") and _periods_in("month", "month")
    assert not _periods_in("month", "year") and not _periods_in("year", "week")


# --- product: an amount for each of a count, the total past a sentence without figures -------------

FOR_COUNT = HEAD + ("Pemkab menyalurkan bantuan sebesar Rp 400.000 untuk 25.000 keluarga. Penyaluran dimulai "
                    "pekan depan melalui kantor pos. Total anggaran bantuan itu mencapai {t}.")


@pytest.mark.parametrize("total, verdict", [("Rp 10 miliar", "consistent"), ("Rp 12 miliar", "suspicious")])
def test_an_amount_for_a_count_and_a_total_past_a_sentence_without_figures(total, verdict):
    assert verdicts(FOR_COUNT.format(t=total), "product", "count_for_each") == [
        (verdict, ("25.000 keluarga", "Rp 400.000", total))]


def test_a_figure_not_marked_as_a_total_past_a_sentence_is_not_taken():
    text = HEAD + ("Pemkab menyalurkan bantuan sebesar Rp 400.000 untuk 25.000 keluarga. Penyaluran dimulai "
                   "pekan depan melalui kantor pos. Anggaran kantor pos tahun ini Rp 12 miliar.")
    assert verdicts(FOR_COUNT.format(t="Rp 12 miliar"), "product", "count_for_each")  # marked: a tie
    assert verdicts(text, "product", "count_for_each") == []
    assert not alarms(text)


# --- product: count, amount each per period, total in one line -------------------------------------

PER_PERIOD = HEAD + "Penerima bantuan lansia: 12.500 orang, masing-masing Rp 1,2 juta per tahun, total {t}."


@pytest.mark.parametrize("total, verdict", [("Rp 15 miliar", "consistent"), ("Rp 18 miliar", "suspicious"),
                                            ("Rp 15 juta", "inconsistent")])
def test_a_count_its_amount_each_a_year_and_the_total(total, verdict):
    assert verdicts(PER_PERIOD.format(t=total), "product", "count_each_per_period") == [
        (verdict, ("12.500 orang", "Rp 1,2 juta per tahun", total))]


def test_a_total_over_a_stated_duration_is_not_one_period_s():
    text = HEAD + ("Penerima bantuan lansia: 12.500 orang, masing-masing Rp 1,2 juta per tahun, total Rp 45 miliar "
                   "selama tiga tahun.")
    assert verdicts(PER_PERIOD.format(t="Rp 45 miliar"), "product", "count_each_per_period")
    assert verdicts(text, "product", "count_each_per_period") == []


def test_an_amount_a_year_without_each_is_no_amount_each():
    text = HEAD + "Kota ini memiliki 12.500 pedagang, pendapatan daerah Rp 1,2 juta per tahun, total Rp 18 miliar."
    assert verdicts(PER_PERIOD.format(t="Rp 18 miliar"), "product", "count_each_per_period")
    assert verdicts(text, "product", "count_each_per_period") == []


# --- multiple: a part of the group before, named by a ratio ----------------------------------------

PART = HEAD + ("Sebanyak 61.200 petani di kabupaten itu terdaftar sebagai penerima pupuk bersubsidi tahun ini. "
               "{r} di antaranya, atau {p} petani, sudah menebus jatah pupuknya.")


@pytest.mark.parametrize("ratio, part, verdict", [
    ("Separuh", "30.600", "consistent"), ("Sepertiga", "20.400", "consistent"),
    ("Separuh", "36.000", "suspicious"),     # 0,59: within the word's band, not near a half
    ("Seperempat", "40.800", "inconsistent"),  # two thirds
])
def test_a_ratio_of_them_restated_as_a_figure(ratio, part, verdict):
    assert verdicts(PART.format(r=ratio, p=part), "multiple", "ratio_of_part") == [
        (verdict, ("61.200 petani", f"{part} petani", ratio))]


def test_a_part_not_restated_is_no_alarm():
    """ "Separuh di antaranya menanam padi, sementara 12.000 petani ...": the figure is another part."""
    text = HEAD + ("Sebanyak 61.200 petani di kabupaten itu terdaftar sebagai penerima pupuk bersubsidi. "
                   "Separuh di antaranya menanam padi, sedangkan 12.000 petani menanam jagung.")
    assert verdicts(PART.format(r="Separuh", p="12.000"), "multiple", "ratio_of_part")  # restated: a tie
    assert not [v for v, _ in verdicts(text, "multiple") if v in ALARM]


def test_a_group_smaller_than_the_part_is_no_group_of_it():
    text = HEAD + ("Sebanyak 6.100 petani di kabupaten itu sudah menerima pupuk. "
                   "Separuh di antaranya, atau 30.600 petani, sudah menebus jatah pupuknya.")
    assert verdicts(PART.format(r="Separuh", p="30.600"), "multiple", "ratio_of_part")
    assert verdicts(text, "multiple", "ratio_of_part") == []


# --- multiple: "Angka ini ... N kali lipat dibandingkan B" -----------------------------------------

THIS = HEAD + ("Pada libur Lebaran, pengelola taman menargetkan 80.000 pengunjung. Angka ini naik {r} "
               "dibandingkan rata-rata pengunjung akhir pekan biasa yang sebanyak {b} pengunjung.")


@pytest.mark.parametrize("ratio, base, verdict", [
    ("dua kali lipat", "40.000", "consistent"), ("hampir tiga kali lipat", "29.000", "consistent"),
    ("dua kali lipat", "25.000", "inconsistent"),
])
def test_this_figure_a_multiple_of_the_figure_after_the_comparison(ratio, base, verdict):
    assert verdicts(THIS.format(r=ratio, b=base), "multiple", "ratio_of_this") == [
        (verdict, ("80.000 pengunjung", f"{base} pengunjung", ratio))]


def test_a_hedged_ratio_missed_only_on_its_hedge_side_is_no_alarm():
    """ "nyaris separuh" for 41.000 of 80.000 (0,51): past the hedge, not past the word."""
    text = THIS.format(r="turun nyaris separuh", b="80.000").replace("80.000 pengunjung.", "41.000 pengunjung.", 1)
    assert verdicts(text, "multiple", "ratio_of_this")  # (undetermined)
    assert not [v for v, _ in verdicts(text, "multiple") if v in ALARM]


def test_two_figures_before_this_figure_make_no_tie():
    text = HEAD + ("Pengelola menargetkan 80.000 pengunjung dan 5.000 pengunjung mancanegara. Angka ini naik dua "
                   "kali lipat dibandingkan rata-rata akhir pekan yang sebanyak 25.000 pengunjung.")
    assert verdicts(THIS.format(r="dua kali lipat", b="25.000"), "multiple", "ratio_of_this")  # one: a tie
    assert verdicts(text, "multiple", "ratio_of_this") == []
    assert not alarms(text)


# --- multiple: the figure compared with after the ratio, the other before --------------------------

FILM = HEAD + ("Film itu meraup pendapatan Rp 7 triliun di seluruh dunia. Pendapatan film tersebut setara "
               "Rp 7 triliun menurut data studio. Keuntungan itu hampir 3 kali lipat dari biaya produksinya "
               "yang sekitar Rp 2,5 triliun.")


def test_a_ratio_compared_with_a_figure_after_it_and_one_before():
    """The figure compared with follows the ratio; the other, said twice before, is one value."""
    assert verdict_on(FILM, "multiple", "hampir 3 kali lipat", "ratio_to_one_before") == {"consistent"}


def test_durations_compared_after_a_ratio_fit_no_ratio():
    """ "satu bulan" read to its rounding fits any ratio: no duration is compared after a ratio."""
    text = HEAD + ("Perusahaan itu mengapalkan 10 juta unit dalam satu bulan. Jumlah itu hampir separuh dari "
                   "pengapalan kuartal lalu, dicapai hanya dalam satu bulan.")
    assert verdict_on(FILM, "multiple", "hampir 3 kali lipat", "ratio_to_one_before")
    assert verdicts(text, "multiple", "ratio_to_one_before") == []


# --- rate: a monthly amount over a duration in years -----------------------------------------------

YEAR = HEAD + "Setiap penerima mendapat Rp 300.000 per bulan selama satu tahun, sehingga total yang diterima {t}."


@pytest.mark.parametrize("total, verdict", [("Rp 3,6 juta", "consistent"), ("Rp 3 juta", "inconsistent")])
def test_a_rate_per_month_over_a_year_counts_twelve_months(total, verdict):
    assert verdicts(YEAR.format(t=total), "rate", "rate_times_duration") == [
        (verdict, ("Rp 300.000 per bulan", "satu tahun", total))]


def test_a_bare_number_read_as_years_converts_no_rate():
    """An age in brackets, "(45)", is no duration of a monthly amount."""
    text = HEAD + ("Tunjangan guru naik Rp 500.000 per bulan. Taufik (45), guru di Bogor, menyambutnya. "
                   "Tunjangannya naik dari Rp 1,5 juta menjadi Rp 2 juta.")
    assert verdicts(YEAR.format(t="Rp 3,6 juta"), "rate", "rate_times_duration")
    assert verdicts(text, "rate") == []


# --- product: the total given first ----------------------------------------------------------------

FIRST = HEAD + ("Pemerintah menyiapkan anggaran {t} untuk 10.000 pekerja. Setiap pekerja menerima Rp 600.000 "
                "per bulan selama dua bulan.")


@pytest.mark.parametrize("total, verdict", [("Rp 12 miliar", "consistent"), ("Rp 15 miliar", "suspicious")])
def test_a_total_for_a_count_given_before_the_amount_per_month_and_duration(total, verdict):
    assert verdicts(FIRST.format(t=total), "product", "count_rate_duration") == [
        (verdict, ("10.000 pekerja", "Rp 600.000 per bulan", "dua bulan", total))]


def test_a_total_not_given_for_the_count_is_not_taken():
    text = HEAD + ("Pemerintah menyiapkan anggaran Rp 15 miliar untuk program pelatihan. Sebanyak 10.000 pekerja "
                   "terdaftar. Setiap pekerja menerima Rp 600.000 per bulan selama dua bulan.")
    assert verdicts(FIRST.format(t="Rp 12 miliar"), "product", "count_rate_duration")
    assert verdicts(text, "product") == [] and not alarms(text)


# --- multiple: "naik tiga kali lipat menjadi B" against what grew before ---------------------------

GREW = HEAD + "Pada 2023 {a} mencapai 120.000 ton. Tahun ini ekspor naik tiga kali lipat menjadi {b} ton."


def test_a_ratio_then_the_new_figure_against_the_figure_of_what_grew():
    assert verdicts(GREW.format(a="ekspor kopi", b="360.000"), "multiple", "ratio_to_one_before") == [
        ("consistent", ("120.000 ton", "360.000 ton", "tiga kali lipat"))]


@pytest.mark.parametrize("a, b", [("ekspor kopi", "500.000"),   # no fit: the text may mean another figure
                                  ("impor gandum", "360.000")])  # another thing: no tie
def test_a_ratio_then_a_new_figure_fitting_nothing_named_is_quiet(a, b):
    assert verdicts(GREW.format(a="ekspor kopi", b="360.000"), "multiple", "ratio_to_one_before")
    assert verdicts(GREW.format(a=a, b=b), "multiple") == []


# --- product: a multiplication said in words --------------------------------------------------------

TIMES = HEAD + ('"Jumlah 580 anggota dewan dikali Rp 50 juta selama 60 bulan, anggaran yang terbuang mencapai '
                '{t}," ujarnya.')


@pytest.mark.parametrize("total, verdict", [("Rp 1,74 triliun", "consistent"), ("Rp 2,5 triliun", "suspicious"),
                                            ("Rp 1,74 miliar", "inconsistent")])
def test_factors_joined_by_dikali_and_a_duration_against_the_next_money_figure(total, verdict):
    assert verdicts(TIMES.format(t=total), "product", "times_said") == [
        (verdict, ("580 anggota", "Rp 50 juta", "60 bulan", total))]


@pytest.mark.parametrize("text", [
    "Biaya listrik sebulan sebesar 30 dikalikan Rp 581, yakni Rp 17.430.",
])
def test_a_bare_count_dikalikan_a_price(text):
    assert verdicts(HEAD + text, "product", "times_said") == [("consistent", ("30", "Rp 581", "Rp 17.430"))]


@pytest.mark.parametrize("text", [
    "Kalau dikali 20 tahun, itu Rp 800 triliun, dan anggaran tahun ini Rp 40 triliun.",  # no factor before
    "Harga Rp 50 juta dikali Rp 2 juta tidak masuk akal, kata dia, sambil menyebut Rp 9 miliar.",  # two prices
    "Sebanyak 580 anggota, dikali Rp 50 juta, lalu dibandingkan 12 persen.",  # no money after
])
def test_no_multiplication_of_one_amount_by_counts_is_left_alone(text):
    assert verdicts(TIMES.format(t="Rp 1,74 triliun"), "product", "times_said")
    assert verdicts(HEAD + text, "product", "times_said") == []


# --- more of the same rules: a date or duration beside the figure compared; a year's production ----

REVENUE = HEAD + ("Pendapatan daerah tahun ini Rp 500 miliar. Nilai ini dua kali lipat dibandingkan pendapatan "
                  "lima tahun lalu yang sebesar {b}.")


@pytest.mark.parametrize("base, verdict", [("Rp 250 miliar", "consistent"), ("Rp 150 miliar", "inconsistent")])
def test_a_duration_beside_the_figure_compared_is_no_figure_of_the_ratio(base, verdict):
    assert verdicts(REVENUE.format(b=base), "multiple", "ratio_of_this") == [
        (verdict, ("Rp 500 miliar", base, "dua kali lipat"))]


def test_this_figure_after_a_sentence_of_two_figures_is_no_tie():
    """ "Jumlah ini" names the sentence's main figure, not the count of countries beside it."""
    text = HEAD + ("Sekitar 970 ribu orang diperkirakan kelaparan di lima negara. Jumlah ini sepuluh kali lebih "
                   "banyak dari enam tahun lalu ketika hanya dua negara yang mengalaminya.")
    assert verdicts(REVENUE.format(b="Rp 150 miliar"), "multiple", "ratio_of_this")
    assert verdicts(text, "multiple") == [] and not alarms(text)


YEARLY = HEAD + "Perusahaan itu memproduksi 2.000 sepeda per bulan. Dalam setahun, produksinya mencapai {t} sepeda."


def test_a_monthly_rate_and_a_year_in_the_next_sentence():
    assert verdicts(YEARLY.format(t="24.000"), "rate", "rate_times_duration") == [
        ("consistent", ("2.000 sepeda per bulan", "setahun", "24.000 sepeda"))]


def test_a_monthly_rate_and_years_of_service_further_on_make_no_rate():
    """ "mengajar selama lima tahun" two sentences after a monthly allowance: no duration of it."""
    text = HEAD + ("Tunjangannya kini Rp 2 juta per bulan. Nurlaela senang mendengarnya. Ia mengaku telah mengajar "
                   "selama lima tahun. Kalau sekarang jadi Rp 2 juta, itu membantu.")
    assert verdicts(YEARLY.format(t="24.000"), "rate", "rate_times_duration")
    assert verdicts(text, "rate") == []
