"""Sum and subset recall (issue #4): the ways Indonesian news ties parts to their total, each
with a text that agrees, one with a planted error, and one that ties loosely and must not alarm.
All sentences are written for these tests."""

from __future__ import annotations

import pytest

from checks.registry import check_text


def _got(text, check="sum"):
    """(verdict, rule, claim texts) of the findings of one check."""
    rep = check_text(text, "t")
    by_id = {c.id: c.text for c in rep.claims}
    return [(f.verdict, f.rule, [by_id[i] for i in f.claims]) for f in rep.findings if f.check == check]


def _verdicts(text, check="sum"):
    return {v for v, _, _ in _got(text, check)}


# --- a list closed by the number of its items: "Ketiganya menyumbang T" ----------------------
_COLLECTIVE = ("Produksi jagung terbesar dicatat Lampung {a}, Sumatera Utara 1,6 juta ton, dan "
               "Gorontalo 1,1 juta ton. Ketiganya menyumbang {t}, atau 30 persen dari produksi nasional.")


@pytest.mark.parametrize("a,t,verdict", [
    ("2,4 juta ton", "5,1 juta ton", "consistent"),
    ("2,4 juta ton", "7,1 juta ton", "inconsistent"),
    ("2,4 ribu ton", "5,1 juta ton", "inconsistent"),  # a scale slip in a part
])
def test_a_list_closed_by_its_count(a, t, verdict):
    got = _got(_COLLECTIVE.format(a=a, t=t))
    assert [(v, r) for v, r, _ in got] == [(verdict, "list_count_total")]


def test_a_list_over_two_sentences_closed_by_a_demonstrative_count():
    text = ("Jepang menjadi asal kunjungan terbanyak dengan 120.000 kunjungan atau 30 persen. "
            "Berikutnya Korea dengan 80.000 kunjungan dan Taiwan 50.000 kunjungan. Tiga negara itu "
            "menyumbang {t} kunjungan.")
    assert _verdicts(text.format(t="250.000")) == {"consistent"}
    assert _verdicts(text.format(t="350.000")) == {"inconsistent"}


@pytest.mark.parametrize("text", [
    # the three set another figure, not their sum
    "Lampung 2,4 juta ton, Sumatera Utara 1,6 juta ton, dan Gorontalo 1,1 juta ton. "
    "Ketiganya menargetkan 7 juta ton tahun depan.",
    # more figures of the kind than the count in the first item's sentence: which three?
    "Lampung 2,4 juta ton, Jambi 0,3 juta ton, Sumatera Utara 1,6 juta ton, dan Gorontalo 1,1 juta ton. "
    "Ketiganya menyumbang 7 juta ton.",
])
def test_no_alarm_when_the_count_does_not_close_a_sum(text):
    assert "inconsistent" not in _verdicts(text)


# --- a list that names its total by the subject of an earlier figure -------------------------
_NAMED = ("Pemerintah kabupaten mencatat pendapatan daerah tahun ini Rp 4.210 miliar, melampaui target "
          "Rp 4.000 miliar.\n\nKepala dinas menjelaskan, pendapatan daerah bersumber dari pajak daerah "
          "{a}, retribusi Rp 410 miliar, dan dana transfer Rp 1.700 miliar.")


@pytest.mark.parametrize("a,verdict", [
    ("Rp 2.100 miliar", "consistent"),
    ("Rp 2.900 miliar", "inconsistent"),
    ("Rp 2.100 triliun", "inconsistent"),
])
def test_a_list_names_its_total_by_the_subject(a, verdict):
    assert [(v, r) for v, r, _ in _got(_NAMED.format(a=a))] == [(verdict, "list_named_total")]


def test_a_demonstrative_names_the_total_of_an_earlier_sentence():
    text = ("Belanja negara tahun lalu Rp 3.100 triliun. \"Kami menjaga defisit,\" katanya.\n\n"
            "Belanja tersebut terdiri dari belanja pusat Rp 2.200 triliun dan transfer ke daerah {b}.")
    assert _verdicts(text.format(b="Rp 900 triliun")) == {"consistent"}
    assert _verdicts(text.format(b="Rp 990 triliun")) == {"inconsistent"}


@pytest.mark.parametrize("text", [
    # the list says it is partial
    "Pendapatan daerah tahun ini Rp 4.210 miliar. Pendapatan daerah terutama bersumber dari pajak "
    "daerah Rp 2.900 miliar dan retribusi Rp 410 miliar.",
    # the list's sentence opens on another figure: it names no total
    "Pendapatan daerah tahun ini Rp 4.210 miliar. Naik 3 persen, pendapatan daerah bersumber dari "
    "pajak daerah Rp 2.900 miliar dan retribusi Rp 410 miliar.",
    # two earlier figures fit the name: which one is the total?
    "Pendapatan daerah 2022 Rp 3.900 miliar, sedangkan pendapatan daerah 2023 Rp 4.210 miliar. "
    "Pendapatan daerah bersumber dari pajak daerah Rp 2.900 miliar dan retribusi Rp 410 miliar.",
    # percents listed are no parts of the percent before
    "Pendapatan negara naik 12 persen. Pendapatan tersebut terdiri dari pajak yang naik 15 persen "
    "dan PNBP yang naik 3 persen.",
])
def test_no_alarm_on_a_loosely_named_total(text):
    assert "inconsistent" not in _verdicts(text)


# --- counted nouns that count one thing: KPM and keluarga, daerah of kabupaten and kota -------
@pytest.mark.parametrize("b,verdict", [("4,2 juta keluarga", "consistent"), ("5,2 juta keluarga", "inconsistent")])
def test_a_remainder_counted_by_another_name_of_the_same_thing(b, verdict):
    text = (f"Dari 10,5 juta KPM, sebanyak 6,3 juta keluarga menerima bantuan lewat bank, "
            f"sedangkan sisanya, yakni {b}, mengambilnya di kantor pos.")
    assert [(v, r) for v, r, _ in _got(text)] == [(verdict, "remainder")]


@pytest.mark.parametrize("t,verdict", [("35 daerah", "consistent"), ("38 daerah", "inconsistent")])
def test_a_whole_listed_by_its_kinds(t, verdict):
    text = f"Posko kesehatan dibuka di {t}, yakni 29 kabupaten dan 6 kota."
    assert [(v, r) for v, r, _ in _got(text)] == [(verdict, "list_after_total")]


def test_no_sum_of_different_things_counted():
    # sekolah and guru are not one thing counted under two names
    text = "Bantuan menjangkau 40 sekolah, yakni 25 sekolah dan 30 guru."
    assert "inconsistent" not in _verdicts(text)


# --- the rest after a part and its whole: "36 dari 38 provinsi. Dua provinsi lainnya ..." -------
@pytest.mark.parametrize("rest,verdict", [("Tiga kecamatan", "consistent"), ("Lima kecamatan", "inconsistent")])
def test_the_rest_completes_the_part_of_the_sentence_before(rest, verdict):
    text = f"Banjir merendam 14 dari 17 kecamatan di kabupaten itu. {rest} lainnya berada di dataran tinggi."
    got = [(v, r) for v, r, _ in _got(text)]
    assert got == [(verdict, "remainder")]


def test_the_rest_after_a_part_named_by_di_antaranya():
    text = ("Setelah verifikasi, 52.300 KPM dinyatakan layak, dan 50.100 KPM di antaranya sudah memiliki "
            "rekening pada 2 Mei 2024. Adapun {b} KPM lainnya menunggu rekening kolektif.")
    assert _verdicts(text.format(b="2.200")) == {"consistent"}
    assert _verdicts(text.format(b="3.200")) == {"inconsistent"}


@pytest.mark.parametrize("text", [
    # the rest completes the three to the four, not the four to the eleven
    "Polisi menyebut 4 dari 11 tersangka masih di bawah umur. Tiga di antaranya pelajar SMP dan "
    "1 orang lainnya pelajar SMA.",
    # more of the kind follow: "lainnya" is some others, not the rest
    "Sebanyak 60 dari 100 korban dirawat di RSUD. 20 korban lainnya dirawat di puskesmas, "
    "dan 15 korban dipulangkan.",
    "Sebanyak 60 dari 100 korban dirawat di RSUD. 20 korban lainnya dirawat di puskesmas, sedangkan "
    "sisanya dipulangkan.",
])
def test_no_alarm_when_lainnya_is_not_the_rest(text):
    assert "inconsistent" not in _verdicts(text)


# --- subset: "di antaranya" just after the part -----------------------------------------------
@pytest.mark.parametrize("part,verdict", [("31,2 juta orang", "consistent"), ("131,2 juta orang", "inconsistent")])
def test_di_antaranya_after_the_part_points_to_the_group_before(part, verdict):
    text = (f"Jumlah penumpang selama libur panjang mencapai 98,4 juta orang, atau 36 persen dari total "
            f"penduduk yang sekitar 275 juta jiwa. Sebanyak {part} di antaranya naik kereta.")
    got = [(v, r, t) for v, r, t in _got(text, "subset") if r == "among_after"]
    assert [(v, t[0]) for v, _, t in got] == [(verdict, "98,4 juta orang")]


def test_di_antaranya_does_not_point_to_a_sibling():
    text = ("Dari 10 pertandingan terakhir, tim tamu menang empat laga dan enam laga di antaranya "
            "dimenangkan tuan rumah.")
    assert "inconsistent" not in _verdicts(text, "subset")


# --- differences the sentence states in full ------------------------------------------------
@pytest.mark.parametrize("d,verdict", [("Rp 450.000", "consistent"), ("Rp 550.000", "inconsistent"),
                                       ("Rp 450 juta", "inconsistent")])
def test_a_difference_stated_between_its_two_figures(d, verdict):
    text = (f"Rata-rata upah pekerja kota Rp 3,25 juta, lebih tinggi {d} dibandingkan pekerja desa "
            f"yang Rp 2,8 juta.")
    assert [(v, r) for v, r, _ in _got(text)] == [(verdict, "difference_stated")]


def test_no_alarm_on_a_relative_comparison_in_percent():
    text = "Inflasi kota itu 3,2 persen, lebih tinggi 0,5 persen dibandingkan kota tetangga yang 2,9 persen."
    assert "inconsistent" not in _verdicts(text)


@pytest.mark.parametrize("d,verdict", [("US$ 4,5 miliar", "consistent"), ("US$ 5,5 miliar", "inconsistent")])
def test_a_named_figure_is_the_difference_of_a_subtraction(d, verdict):
    text = (f"Neraca perdagangan provinsi itu surplus {d}. Surplus tersebut berasal dari nilai ekspor "
            f"US$ 12,8 miliar dikurangi impor US$ 8,3 miliar.")
    assert [(v, r) for v, r, _ in _got(text)] == [(verdict, "subtraction_named")]


def test_no_alarm_on_a_subtraction_whose_name_fits_two_figures():
    text = ("Surplus 2022 US$ 5,5 miliar, sedangkan surplus 2023 US$ 6,1 miliar. Surplus tersebut "
            "berasal dari nilai ekspor US$ 12,8 miliar dikurangi impor US$ 8,3 miliar.")
    assert "inconsistent" not in _verdicts(text)
