"""Sum and subset recall, session 6: how Indonesian news states a total and its parts in ways the
rules read poorly — "Dari luas tersebut," (a noun of the figure before, not "jumlah"), a rest after
"T. Sebanyak A di antaranya ..., sementara B lainnya", and a ranked list "paling banyak di X
sebanyak A, disusul B, ... dan D" whose total an earlier sentence names. Each rule with a text that
agrees, texts with a planted error, and near-cases that must not alarm. All sentences are written
for these tests."""

from __future__ import annotations

import pytest

from tests.findings_of import alarms, verdicts


def _sum(text, rule=None):
    return [v for v, _ in verdicts(text, "sum", rule)]


def _subset(text, rule=None):
    return [v for v, _ in verdicts(text, "subset", rule)]


# --- "T. Dari <noun> tersebut, A ..., sisanya B": a noun of the figure, not only "jumlah" ---------
_AREA = ("Lahan pertanian yang terendam banjir mencapai 5.600 hektare.\n\n"
         "Dari {noun} tersebut, {a} merupakan sawah yang siap panen, sisanya 1.500 hektare tanaman palawija.")


@pytest.mark.parametrize("noun,a,verdict", [
    ("luas", "4.100 hektare", "consistent"),
    ("lahan", "4.100 hektare", "consistent"),
    ("luas", "4.700 hektare", "inconsistent"),
])
def test_a_noun_and_a_word_pointing_back_open_the_parts_of_the_figure_before(noun, a, verdict):
    assert _sum(_AREA.format(noun=noun, a=a), "remainder") == [verdict]


_BUDGET = ("Pemerintah kota mengalokasikan anggaran Rp 120 miliar untuk perbaikan jalan tahun ini.\n\n"
           "Dari anggaran itu, {a} dipakai untuk jalan kota dan sisanya Rp 35 miliar untuk jalan lingkungan.")


@pytest.mark.parametrize("a,verdict", [("Rp 85 miliar", "consistent"), ("Rp 95 miliar", "inconsistent")])
def test_dari_anggaran_itu_opens_the_parts_of_the_budget(a, verdict):
    assert _sum(_BUDGET.format(a=a), "remainder") == [verdict]


_ENTRANTS = ("Jumlah peserta ujian tahun ini sebanyak 4.200 orang.\n\n"
             "Dari peserta tersebut, sebanyak {a} orang dinyatakan lulus.")


@pytest.mark.parametrize("a,verdict", [("3.150", "consistent"), ("5.150", "inconsistent")])
def test_dari_peserta_tersebut_ties_a_part_to_the_count_before(a, verdict):
    assert _subset(_ENTRANTS.format(a=a), "that_group") == [verdict]


def test_a_number_in_the_opening_names_its_own_figure_not_the_one_before():
    text = ("1. Tim melakoni tujuh pertandingan sepanjang turnamen.\n\n"
            "Dari tujuh laga tersebut, tim tiga kali menang dan empat kali kalah.")
    assert not alarms(text)


def test_an_opening_after_several_counts_of_the_noun_ties_to_none():
    text = ("Lembaga itu menerima 28.000 permintaan layanan, yang terdiri dari 20.600 pengaduan, "
            "100 pengaduan berindikasi pelanggaran, dan 3.300 pengaduan sengketa.\n\n"
            "Dari pengaduan tersebut, sebanyak 9.700 berasal dari sektor perbankan dan 5.000 berasal "
            "dari perusahaan pembiayaan.")
    assert not alarms(text)


# --- "T. Sebanyak A di antaranya ..., sementara B lainnya ...": the rest completes A to T ---------
_EVACUEES = ("Jumlah pengungsi tercatat 3.250 jiwa. Sebanyak {a} di antaranya mengungsi di balai desa "
             "dan masjid, {join} 1.380 jiwa lainnya menumpang di rumah kerabat.")


@pytest.mark.parametrize("a,join,verdict", [
    ("1.870 jiwa", "sementara", "consistent"),
    ("1.870 jiwa", "sedangkan", "consistent"),
    ("2.870 jiwa", "sementara", "inconsistent"),
])
def test_the_rest_after_a_part_tied_by_di_antaranya_to_the_sentence_before(a, join, verdict):
    assert _sum(_EVACUEES.format(a=a, join=join), "remainder") == [verdict]


# --- "paling banyak A, disusul B, C dan D" after the figure its clause names -----------------------
_FLOOD = ("Banjir Rendam Ribuan Rumah\n\nBanjir merendam 8.420 rumah di empat kecamatan.\n\n"
          "Kepala BPBD mengatakan, rumah terendam paling banyak berada di Kecamatan Karanganyar sebanyak "
          "{a}, disusul Gajah 2.110 rumah, Mijen 1.530 rumah, dan Wedung 820 rumah.")


@pytest.mark.parametrize("a,verdict", [("3.960 rumah", "consistent"), ("6.960 rumah", "inconsistent")])
def test_a_ranked_list_in_one_sentence_holds_parts_of_the_total_its_noun_names(a, verdict):
    assert _sum(_FLOOD.format(a=a), "ranked_list") == [verdict]


_SPENDING = ("APBD 2024 Disahkan\n\nAdapun belanja daerah dianggarkan Rp 3,42 triliun. Belanja operasi menyedot porsi terbesar, "
             "yakni {a}, diikuti belanja modal Rp 610 miliar, belanja transfer Rp 240 miliar, serta "
             "belanja tidak terduga Rp 20 miliar.")


@pytest.mark.parametrize("a,verdict", [("Rp 2,55 triliun", "consistent"), ("Rp 2,95 triliun", "inconsistent")])
def test_terbesar_diikuti_lists_the_parts_of_the_spending_before(a, verdict):
    assert _sum(_SPENDING.format(a=a), "ranked_list") == [verdict]


def test_a_ranked_list_with_parts_under_the_total_is_no_alarm_though_incomplete():
    text = _FLOOD.format(a="1.960 rumah")  # 6.420 of 8.420: the ranking need not name every place
    assert _sum(text, "ranked_list") == ["undetermined"]


def test_a_decrease_ranked_first_is_no_total_of_a_later_ranking():
    text = ("Ekspor Februari Naik\n\nPenurunan terbesar ekspor nonmigas terjadi pada bijih logam sebesar 316 juta dolar AS.\n\n"
            "Ekspor nonmigas terbesar adalah ke Tiongkok yakni 1,36 miliar dolar AS, disusul Amerika "
            "Serikat 1,30 miliar dolar AS dan India 1,02 miliar dolar AS.")
    assert not alarms(text)
    assert _sum(text, "ranked_list") == []


# --- "T orang. Sebanyak A di antaranya ...": a bare part points back to the one count before ------
_CANDIDATES = ("Pilkades Serentak\n\nCalon kepala desa yang bertarung berjumlah 291 orang. Sebanyak {a} "
               "di antaranya merupakan petahana.")


@pytest.mark.parametrize("a,verdict", [("63", "consistent"), ("363", "inconsistent")])
def test_a_bare_number_before_di_antaranya_is_a_part_of_the_count_before(a, verdict):
    assert _subset(_CANDIDATES.format(a=a), "among_after") == [verdict]


def test_a_bare_number_before_di_antaranya_after_two_counts_ties_to_none():
    text = ("Razia Malam\n\nPolisi memeriksa 40 kendaraan dan 300 pengendara. Sebanyak 52 di antaranya "
            "ditilang.")
    assert _subset(text, "among_after") == []


# --- two words that split a group in two: laki-laki and perempuan, pria and wanita -----------------
_GENDER = ("Pilkades Serentak\n\nCalon kepala desa yang bertarung berjumlah 291 orang. Sebanyak {a} di "
           "antaranya laki-laki, sedangkan 28 calon perempuan.")


@pytest.mark.parametrize("a,verdict", [("263", "consistent"), ("253", "inconsistent")])
def test_a_part_and_its_complement_make_the_whole(a, verdict):
    assert _sum(_GENDER.format(a=a), "complement_split") == [verdict]


_ATTENDED = ("Hasil SKD\n\nPeserta yang hadir sebanyak 186.900 orang.\n\nDari 186.900 peserta yang hadir, "
             "{a} orang merupakan {w1} dan 89.500 orang {w2}.")


@pytest.mark.parametrize("a,w1,w2,verdict", [
    ("97.400", "perempuan", "laki-laki", "consistent"),
    ("97.400", "wanita", "pria", "consistent"),
    ("99.400", "perempuan", "laki-laki", "inconsistent"),
])
def test_dari_t_a_perempuan_dan_b_laki_laki(a, w1, w2, verdict):
    assert _sum(_ATTENDED.format(a=a, w1=w1, w2=w2), "complement_split") == [verdict]


def test_a_split_with_a_rest_after_it_is_no_complement_pair():
    text = ("Korban Gempa\n\nDari 300 korban yang dievakuasi, 120 orang laki-laki dan 150 orang perempuan, "
            "sisanya belum teridentifikasi.")
    assert _sum(text, "complement_split") == []
    assert not alarms(text)


def test_a_split_of_two_other_groups_is_none():
    text = ("Pelatihan Kerja\n\nDari 500 peserta, 200 orang berasal dari kota dan 300 orang dari desa. "
            "Peserta laki-laki lebih banyak daripada perempuan.")
    assert _sum(text, "complement_split") == []


# --- "Dari T, ... A .... Sisanya, B ...": the rest in the next sentence completes a from-opening ---
_VILLAGES = ("Pilkades Serentak\n\nDari 86 desa, pemungutan suara di {a} ditunda karena sengketa daftar "
             "pemilih. Sisanya, 83 desa, berjalan lancar.")


@pytest.mark.parametrize("a,verdict", [("3 desa", "consistent"), ("8 desa", "inconsistent")])
def test_the_rest_in_the_next_sentence_completes_a_part_of_a_dari_opening(a, verdict):
    assert _sum(_VILLAGES.format(a=a), "remainder") == [verdict]


def test_a_rest_followed_by_more_of_its_kind_completes_nothing():
    text = ("Pilkades Serentak\n\nDari 86 desa, pemungutan suara di 3 desa ditunda. Sisanya, 80 desa, "
            "berjalan lancar dan 3 desa lain belum melapor.")
    assert not alarms(text)


def test_public_and_private_split_the_whole_from_dari_jumlah_itu():
    text = ("Kasus DBD\n\nRumah sakit rujukan yang merawat pasien tercatat 214 rumah sakit. Dari jumlah itu, "
            "{a} rumah sakit milik pemerintah dan 78 rumah sakit swasta.")
    assert _sum(text.format(a="136"), "complement_split") == ["consistent"]
    assert _sum(text.format(a="156"), "complement_split") == ["inconsistent"]


def test_domestic_and_foreign_tourists_split_the_visitors():
    text = ("Libur Lebaran\n\nJumlah pengunjung Candi Borobudur selama libur Lebaran mencapai 86.000 orang. "
            "Sebanyak {a} di antaranya wisatawan nusantara, sedangkan 4.200 orang wisatawan mancanegara.")
    assert _sum(text.format(a="81.800"), "complement_split") == ["consistent"]
    assert _sum(text.format(a="84.800"), "complement_split") == ["inconsistent"]


# --- "T hektare. Sebanyak A di antaranya ..., sementara B lainnya": measures and amounts too -------
_HARVEST = ("Panen Raya\n\nLuas panen pada musim ini 118.000 hektare. Sebanyak {a} di antaranya sawah "
            "irigasi teknis, sementara 21.500 hektare lainnya sawah tadah hujan.")


@pytest.mark.parametrize("a,verdict", [("96.500 hektare", "consistent"), ("98.500 hektare", "inconsistent")])
def test_the_rest_after_a_measure_tied_by_di_antaranya_to_the_sentence_before(a, verdict):
    assert _sum(_HARVEST.format(a=a), "remainder") == [verdict]


def test_the_among_rest_of_money_needs_one_amount_before():
    text = ("Dana Desa\n\nDesa menerima dana Rp 1,2 miliar dan bantuan provinsi Rp 300 juta. Sebanyak Rp 800 "
            "juta di antaranya untuk jalan, sementara Rp 400 juta lainnya untuk irigasi.")
    assert _sum(text, "remainder") == []
