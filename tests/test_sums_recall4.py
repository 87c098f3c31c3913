"""Sum recall, round 4: more ways Indonesian news ties parts to their total, each with a text that
agrees, texts with a planted error, and a near-case that must not alarm. All sentences are
written for these tests."""

from __future__ import annotations

import pytest

from tests.findings_of import verdicts


def _sum(text, rule=None):
    return verdicts(text, "sum", rule)


# --- "A dan B, sehingga surplus D": the difference a clause of consequence names ---------------
_SO = ("Pada Maret 2024, ekspor tercatat US$ {a} dan impor US$ {b}, sehingga neraca perdagangan "
       "surplus US$ {d}.")


@pytest.mark.parametrize("a,b,d,verdict", [
    ("20,50 miliar", "17,20 miliar", "3,30 miliar", "consistent"),
    ("20,50 miliar", "17,20 triliun", "3,30 miliar", "inconsistent"),  # a scale slip
    ("70,50 miliar", "17,20 miliar", "3,30 miliar", "inconsistent"),  # a leading digit
    ("20,50 miliar", "17,20 miliar", "3,80 miliar", "inconsistent"),  # a last digit
])
def test_a_difference_named_after_a_word_of_consequence(a, b, d, verdict):
    got = _sum(_SO.format(a=a, b=b, d=d), "difference_so")
    assert [v for v, _ in got] == [verdict]


def test_the_first_figure_may_close_the_sentence_before():
    text = ("Produksi jagung tahun ini setara 12,40 juta ton, atau 60 persen dari target. Sementara itu, "
            "kebutuhan pakan diperkirakan {b}, sehingga masih ada surplus sekitar 450.000 ton.")
    assert [v for v, _ in _sum(text.format(b="11,95 juta ton"), "difference_so")] == ["consistent"]
    assert [v for v, _ in _sum(text.format(b="11,95 ribu ton"), "difference_so")] == ["inconsistent"]


@pytest.mark.parametrize("text", [
    # an amount of change is no level: the difference is to a figure the text does not give
    "Harga gula naik Rp 500 menjadi Rp 16.500 per kg, sehingga selisih dengan HET Rp 1.000 per kg.",
    # three figures of the kind in the sentence: which two?
    "Ekspor Januari US$ 20 miliar, Februari US$ 21 miliar dan impor US$ 19 miliar, sehingga surplus "
    "US$ 5 miliar.",
    # no word of consequence: a figure of its own
    "Ekspor tercatat US$ 20,5 miliar dan impor US$ 17,2 miliar, dengan surplus US$ 9 miliar tahun lalu.",
])
def test_no_difference_so_without_a_clear_pair(text):
    assert not _sum(text, "difference_so")


def test_a_figure_cut_off_instead_of_rounded_is_no_alarm():
    # 3,04 + 0,517819 = 3,557819 juta, written "3,5 juta" by cutting the digits off
    text = ("Produksi daging ayam tahun ini sebesar 3,5 juta ton, sedangkan kebutuhan konsumsi sebesar "
            "3,04 juta ton, sehingga terjadi surplus sebanyak 517.819 ton.")
    assert [v for v, _ in _sum(text, "difference_so")] == ["undetermined"]


# --- a figure the headline restates does not make the named total ambiguous --------------------
_HEADLINE = ("Neraca Dagang 2023 Surplus US$ 36,93 Miliar\n\nBPS mencatat neraca perdagangan sepanjang "
             "2023 surplus US$ {d} miliar. Surplus tersebut berasal dari nilai ekspor US$ 258,82 miliar "
             "dikurangi impor US$ 221,89 miliar.")


@pytest.mark.parametrize("d,verdict", [("36,93", "consistent"), ("306,93", "inconsistent")])
def test_the_body_figure_is_the_named_total(d, verdict):
    assert [v for v, _ in _sum(_HEADLINE.format(d=d), "subtraction_named")] == [verdict]


def test_two_body_figures_of_the_name_stay_ambiguous():
    text = ("BPS mencatat neraca perdagangan 2023 surplus US$ 36,93 miliar, turun dari surplus US$ 54,45 "
            "miliar. Surplus tersebut berasal dari nilai ekspor US$ 258,82 miliar dikurangi impor "
            "US$ 221,89 miliar.")
    assert not _sum(text, "subtraction_named")


# --- "A, B dan C. Dengan demikian, ... secara keseluruhan T": a total drawn from the list ------
_DRAWN = ("Dari sisi wilayah, Jawa mendominasi dengan kontribusi 57,27 persen terhadap PDB. Sumatera "
          "menyumbang {a}, Kalimantan 8,27 persen, Sulawesi 6,89 persen, serta Maluku dan Papua 2,79 "
          "persen. Dengan demikian, wilayah di luar Jawa secara keseluruhan berkontribusi {t}.")


@pytest.mark.parametrize("a,t,verdict", [
    ("22,01 persen", "39,96 persen", "consistent"),
    ("202,01 persen", "39,96 persen", "inconsistent"),  # a part ten times larger
    ("22,01 persen", "39,91 persen", "inconsistent"),  # a last digit
    ("22,01 persen", "89,96 persen", "inconsistent"),  # a leading digit
])
def test_a_total_drawn_from_the_list_before(a, t, verdict):
    assert [v for v, _ in _sum(_DRAWN.format(a=a, t=t), "list_then_total_so")] == [verdict]


def test_rates_are_no_contributions():
    # the rate of a whole is no sum of its parts' rates
    text = ("Tingkat kemiskinan di perdesaan 12,2 persen, di perkotaan 7,3 persen. Dengan demikian, "
            "secara keseluruhan tingkat kemiskinan nasional 9,4 persen.")
    assert "inconsistent" not in {v for v, _ in _sum(text)}


def test_a_drawn_total_may_take_in_a_figure_stated_before_the_list():
    text = ("Kapolri meresmikan pembangunan 29 dapur gizi di Sumut. Ia menjelaskan, sebelumnya sudah ada "
            "dua dapur yang beroperasi dan lima dapur lainnya dalam tahap verifikasi. Dengan begitu, total "
            "dapur di jajaran Polda Sumut mencapai 36 unit.")
    assert [v for v, _ in _sum(text, "list_then_total_so")] == ["undetermined"]
    alone = text.split(". ", 1)[1].replace("36 unit", "{t}")
    assert [v for v, _ in _sum(alone.format(t="7 unit"), "list_then_total_so")] == ["consistent"]
    assert [v for v, _ in _sum(alone.format(t="9 unit"), "list_then_total_so")] == ["inconsistent"]


def test_a_total_after_a_list_without_a_word_of_consequence_stays_loose():
    text = ("Sumatera menyumbang 22,01 persen, Kalimantan 8,27 persen, dan Sulawesi 6,89 persen. "
            "Wilayah di luar Jawa secara keseluruhan berkontribusi 42,73 persen.")
    assert "inconsistent" not in {v for v, _ in _sum(text)}


# --- a sum that is no alarm on its own, but fits once one scale word is read right -------------
_LOOSE = ("Penerima terbanyak di Jawa Timur {a}, Jawa Barat 68,5 juta jiwa, dan Bali 4,1 juta jiwa. "
          "Totalnya {t}.")


@pytest.mark.parametrize("a,t,verdict", [
    ("96,7 juta jiwa", "169,3 juta jiwa", "consistent"),
    ("96,7 ribu jiwa", "169,3 juta jiwa", "suspicious"),  # a part read in ribu for juta
    ("96,7 juta jiwa", "169,3 ribu jiwa", "suspicious"),  # the total
    ("96,7 juta jiwa", "189,3 juta jiwa", "undetermined"),  # a list may leave out a part
])
def test_a_loose_sum_that_fits_with_one_scale_word_changed(a, t, verdict):
    assert [v for v, _ in _sum(_LOOSE.format(a=a, t=t), "list_then_total")] == [verdict]


@pytest.mark.parametrize("text", [
    # a part a thousandth of its size adds nothing the total's rounding can see
    "Pinjaman yang diterima Rp 3,3 juta, sudah dibayar Rp 3,4 juta, kekurangan Rp 2,3 juta.",
    "Pinjaman yang diterima Rp 4,9 juta, sudah dibayar Rp 5 juta, kekurangan Rp 1,5 juta.",
    # one part alone, read a thousand times larger, is the total: the others prove nothing
    "Dana itu antara lain untuk jalan Rp 5 miliar dan jembatan Rp 3 miliar. Totalnya Rp 5 triliun.",
])
def test_no_scale_slip_when_the_fit_proves_nothing(text):
    assert {v for v, _ in _sum(text)} == {"undetermined"}


# --- "Dari T, sebanyak A .... Sebanyak B lainnya ..., dan C ...": parts over two sentences ------
_OPENING = ("Dari {t} pekerja, sebanyak {a} merupakan pekerja penuh waktu. Sebanyak {b} lainnya pekerja "
            "paruh waktu, dan 4,2 juta orang tergolong setengah penganggur.")


@pytest.mark.parametrize("t,a,b,verdict", [
    ("120,5 juta", "80,1 juta", "36,2 juta", "consistent"),
    ("120,5 juta", "80,1 juta", "30,2 juta", "undetermined"),  # the parts need not be all of it
    ("120,5 juta", "800,1 juta", "36,2 juta", "inconsistent"),  # parts over their whole
    ("120,5 ribu", "80,1 juta", "36,2 juta", "inconsistent"),
    ("120,5 juta", "80,1 juta", "36,2 ribu", "suspicious"),  # fits with one scale word read right
])
def test_parts_of_an_opening_figure_over_two_sentences(t, a, b, verdict):
    assert [v for v, _ in _sum(_OPENING.format(t=t, a=a, b=b), "parts_of_opening")] == [verdict]


@pytest.mark.parametrize("text", [
    # the next sentence does not go on with others of the whole
    "Dari 120,5 juta pekerja, sebanyak 80,1 juta merupakan pekerja penuh waktu. Sebanyak 90,2 juta "
    "pekerja tahun lalu, dan 4,2 juta orang tergolong setengah penganggur.",
    # two parts in the opening sentence may overlap: no tie across the sentence
    "Dari 120,5 juta pekerja, sebanyak 80,1 juta perempuan dan 70 juta lulusan SMA. Sebanyak 36,2 "
    "juta lainnya pekerja paruh waktu, dan 4,2 juta orang setengah penganggur.",
])
def test_no_parts_of_opening_without_others(text):
    assert not _sum(text, "parts_of_opening")


# --- "kelompok peserta terbesar ... A. Berikutnya B, C, dan D.": a ranking of a named whole ----
_RANKED = ("Dinas mencatat jumlah peserta program per Juni mencapai {t}. Angka itu setara 80 persen "
           "dari target 240.000 orang.\n\nKepala dinas mengatakan, kelompok peserta terbesar adalah "
           "petani, yakni {a}. Berikutnya nelayan 61.200 orang, buruh 30.100 orang, dan pedagang {d}.")


@pytest.mark.parametrize("t,a,d,verdict", [
    ("192.000 orang", "87,3 ribu orang", "13.400 orang", "consistent"),
    ("192.000 orang", "87,3 ribu orang", "3.400 orang", "undetermined"),  # a ranking may stop early
    ("192.000 orang", "87,3 juta orang", "13.400 orang", "inconsistent"),  # parts over their whole
    ("192.000 orang", "807,3 ribu orang", "13.400 orang", "inconsistent"),
])
def test_a_ranking_breaks_down_the_figure_of_its_noun(t, a, d, verdict):
    assert [v for v, _ in _sum(_RANKED.format(t=t, a=a, d=d), "ranked_parts")] == [verdict]


def test_a_ranking_that_fits_once_a_scale_word_is_read_right():
    text = _RANKED.format(t="192,0 juta orang", a="87,3 ribu orang", d="13.400 orang").replace(
        "61.200 orang, buruh 30.100 orang", "61,2 juta orang, buruh 30,1 juta orang").replace(
        "13.400 orang", "13,4 juta orang")
    assert [v for v, _ in _sum(text, "ranked_parts")] == ["suspicious"]


@pytest.mark.parametrize("text", [
    # the earlier figure does not count the ranked noun
    "Dinas mencatat jumlah penduduk mencapai 900.000 orang.\n\nKelompok peserta terbesar adalah "
    "petani, yakni 87.300 orang. Berikutnya nelayan 61.200 orang, dan buruh 30.100 orang.",
    # two earlier figures of the noun: which is the whole?
    "Peserta program tahun lalu 150.000 orang, tahun ini jumlah peserta 192.000 orang. Kelompok "
    "peserta terbesar adalah petani, yakni 87.300 orang. Berikutnya nelayan 61.200 orang.",
])
def test_no_ranking_without_one_whole(text):
    assert not _sum(text, "ranked_parts")


# --- "Dari jumlah tersebut, A bekerja dan sisanya menganggur": the rest named by its root -------
_REST = ("BPS mencatat jumlah pengangguran per Agustus sebanyak 7,86 juta orang. Angka ini berkurang "
         "560.000 orang dibandingkan tahun lalu.\n\nJumlah angkatan kerja pada Agustus mencapai {t}. "
         "Dari jumlah tersebut, {a} bekerja dan sisanya menganggur.")


@pytest.mark.parametrize("t,a,verdict", [
    ("147,71 juta orang", "139,85 juta orang", "consistent"),
    ("147,76 juta orang", "139,85 juta orang", "inconsistent"),  # a last digit
    ("647,71 juta orang", "139,85 juta orang", "inconsistent"),  # a leading digit
    ("147,71 juta orang", "139,85 ribu orang", "inconsistent"),  # a scale slip
])
def test_the_rest_named_by_a_word_of_an_earlier_figure(t, a, verdict):
    got = _sum(_REST.format(t=t, a=a), "remainder")
    assert got == [(verdict, (a, "7,86 juta orang", t))]


@pytest.mark.parametrize("text", [
    # no earlier figure of that root
    _REST.format(t="147,71 juta orang", a="139,85 juta orang").replace("menganggur", "pensiun"),
    # the rest goes on: "sisanya menganggur atau ..." is no one word
    _REST.format(t="147,71 juta orang", a="139,85 juta orang").replace("menganggur.",
                                                                       "menganggur atau setengah menganggur."),
    # two earlier figures of that root, of other values
    _REST.format(t="147,71 juta orang", a="139,85 juta orang").replace(
        "dibandingkan tahun lalu", "dibandingkan pengangguran tahun lalu 8,42 juta orang"),
])
def test_no_named_rest_when_the_rest_is_not_one_figure(text):
    assert not _sum(text, "remainder")


# --- one figure a sentence, then "Secara keseluruhan, ... T" and "Selisih ... pesaing terdekat D"
_OVERALL = ("KPU kabupaten menetapkan hasil rekapitulasi pemilihan bupati.\n\nPasangan nomor urut 2 "
            "memperoleh {a} suara atau 51,2 persen dari total suara sah.\n\nPasangan nomor urut 1 meraih "
            "210.375 suara (33,6 persen). Adapun pasangan nomor urut 3 mendapat 95.255 suara (15,2 "
            "persen).\n\nSecara keseluruhan, jumlah suara sah mencapai {t} suara. Selisih perolehan "
            "pasangan nomor urut 2 dengan pesaing terdekatnya {d} suara.")


@pytest.mark.parametrize("a,t,d,overall,runner_up", [
    ("320.490", "626.120", "110.115", "consistent", "consistent"),
    ("320.495", "626.120", "110.115", "inconsistent", "inconsistent"),  # a last digit of an item
    ("320.490", "626.125", "110.115", "undetermined", "consistent"),  # the items need not be all
    ("320.490", "626.110", "110.115", "inconsistent", "consistent"),  # items over their whole
    ("820.490", "626.120", "110.115", None, "inconsistent"),  # an item over the whole is no part
    ("320.490", "626.120", "110.175", "consistent", "inconsistent"),
])
def test_items_then_their_overall_figure_and_the_runner_up(a, t, d, overall, runner_up):
    text = _OVERALL.format(a=a, t=t, d=d)
    assert [v for v, _ in _sum(text, "items_then_overall")] == ([overall] if overall else [])
    assert [v for v, _ in _sum(text, "difference_runner_up")] == [runner_up]


@pytest.mark.parametrize("text", [
    # a figure of a change is no item
    "Penumpang asing Januari-Oktober mencapai 335.681 orang. Jumlah ini naik 65,3 persen dibandingkan "
    "tahun lalu, yakni sebanyak 203.071 orang. Secara keseluruhan, layanan itu telah digunakan oleh "
    "400.958 orang.",
    # a cumulative figure since the start is no sum of the year's items
    "Penumpang asing tahun lalu 264.569 orang. Tahun ini penumpang asing 335.681 orang. Secara "
    "kumulatif, layanan itu telah digunakan oleh 500.958 orang.",
])
def test_no_items_then_overall_alarm(text):
    assert "inconsistent" not in {v for v, _ in _sum(text)}


# --- "Dari total kasus, A orang sembuh dan B orang meninggal. Dengan begitu, kasus aktif C" ------
_REST_SO = ("Kasus Harian Naik Lagi\n\nDengan tambahan itu, total kasus konfirmasi di provinsi itu menjadi "
            "{t} kasus, dari sebelumnya 301.890 kasus.\n\nDari total kasus, sebanyak {a} orang dinyatakan "
            "sembuh dan 4.120 orang meninggal dunia. Dengan begitu, kasus aktif saat ini tercatat {c} kasus.")


@pytest.mark.parametrize("t,a,c,verdict", [
    ("305.412", "290.118", "11.174", "consistent"),
    ("305.417", "290.118", "11.174", "inconsistent"),  # a last digit of the total
    ("805.412", "290.118", "11.174", "inconsistent"),  # a leading digit
    ("305.412", "2900.118", "11.174", "inconsistent"),  # a part over its whole
])
def test_the_rest_a_word_of_consequence_draws_from_a_named_whole(t, a, c, verdict):
    got = _sum(_REST_SO.format(t=t, a=a, c=c), "remainder_so")
    assert [v for v, _ in got] == [verdict]


@pytest.mark.parametrize("text", [
    # the next sentence is no consequence: its figure is another count
    _REST_SO.format(t="305.412", a="290.118", c="11.174").replace("Dengan begitu, kasus aktif saat ini",
                                                                 "Selain itu, kasus baru hari ini"),
    # the name fits no earlier figure ("total pasien")
    _REST_SO.format(t="305.412", a="290.118", c="11.174").replace("Dari total kasus", "Dari total pasien"),
    # the rest is an amount of change
    _REST_SO.format(t="305.412", a="290.118", c="11.174").replace("tercatat 11.174", "bertambah 1.174"),
])
def test_no_rest_so_without_a_drawn_rest(text):
    assert not _sum(text, "remainder_so")
