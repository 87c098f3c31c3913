"""Recall of share, restatement, sum and subset, round 2 (issue #4): more of the ways Indonesian
news ties a figure to the figures it must agree with. Each tie: a text that agrees, the same text
with a planted error (flagged), and a loose tie that must not alarm. All sentences are written for
these tests."""

from __future__ import annotations

import pytest

from checks.registry import check_text

_HEAD = "Berita Uji\n\n"


def _got(text, check):
    """(verdict, rule, claim texts) of the findings of one check."""
    rep = check_text(text, "t")
    by_id = {c.id: c.text for c in rep.claims}
    return [(f.verdict, f.rule, [by_id[i] for i in f.claims]) for f in rep.findings if f.check == check]


def _alarms(text, check):
    return [(v, r, c) for v, r, c in _got(text, check) if v in ("inconsistent", "suspicious")]


# --- share: shares stated side by side with one whole -------------------------------------------
_SIBLINGS = (_HEAD + "Partai Merah meraih 5.200.000 suara (52 persen). Partai Biru meraih 3.000.000 suara "
             "({b}), sedangkan Partai Hijau meraih 1.800.000 suara (18 persen). Jumlah suara sah "
             "mencapai 10.000.000 suara.")


@pytest.mark.parametrize("b,verdict", [("30 persen", "consistent"), ("70 persen", "suspicious"),
                                       ("37 persen", "suspicious")])
def test_a_share_whose_siblings_name_the_whole(b, verdict):
    got = [(v, r) for v, r, c in _got(_SIBLINGS.format(b=b), "share") if "3.000.000 suara" in c]
    assert got == [(verdict, "x_percent_of_fitting_y" if verdict == "consistent" else "sibling_shares")]


def test_siblings_of_two_wholes_say_nothing():
    text = (_HEAD + "Di Kota Timur, Partai Merah meraih 520 suara atau 52 persen dari 1.000 suara sah. Di "
            "Kota Barat, Partai Biru meraih 300 suara (70 persen), sedangkan Partai Hijau meraih 900 suara "
            "atau 45 persen dari 2.000 suara sah.")
    assert not [x for x in _got(text, "share") if "300 suara" in x[2]]


# --- share: "Z persen di antaranya, yakni X" -----------------------------------------------------
_AMONG = (_HEAD + "Banjir merendam permukiman yang dihuni 4.000 kepala keluarga atau 12.000 jiwa. "
          "Sekitar 25 persen di antaranya, yakni {x}, terpaksa mengungsi ke balai desa.")


@pytest.mark.parametrize("x,verdict", [("3.000 jiwa", "consistent"), ("8.000 jiwa", "inconsistent"),
                                       ("3.000 ribu jiwa", "suspicious")])  # a part over its whole: a slip
def test_a_percent_among_a_group_then_its_part(x, verdict):
    assert [(v, r) for v, r, _ in _got(_AMONG.format(x=x), "share")] == [(verdict, "percent_among")]


# --- share: "Angka itu setara Z persen" after a part the text ties to its group ------------------
_GROUP = (_HEAD + "Pendaftar jalur prestasi tercatat 2.000 orang, dan 150 orang di antaranya gugur "
          "karena berkasnya tidak lengkap. Angka itu setara {z}.")


@pytest.mark.parametrize("z,verdict", [("7,5 persen", "consistent"), ("17,5 persen", "inconsistent")])
def test_a_percent_of_a_part_tied_to_its_group(z, verdict):
    got = [(v, r) for v, r, _ in _got(_GROUP.format(z=z), "share")]
    assert got == [(verdict, "group_part_percent")]


def test_angka_itu_after_a_figure_of_no_group_is_left_alone():
    text = (_HEAD + "Pendaftar jalur prestasi tercatat 2.000 orang karena berkasnya sudah lengkap dan "
            "terverifikasi. Angka itu setara 17,5 persen.")
    assert not _alarms(text, "share")


# --- share: "Realisasi itu setara Z persen dari target" ------------------------------------------
_REALISED = (_HEAD + "Penerimaan pajak daerah tahun ini terkumpul Rp 1.200 miliar, melampaui target "
             "Rp 1.000 miliar. Realisasi itu setara {z} dari target.")


@pytest.mark.parametrize("z,verdict", [("120 persen", "consistent"), ("150 persen", "inconsistent"),
                                       ("12 persen", "inconsistent")])
def test_a_realisation_against_its_named_target(z, verdict):
    got = [(v, r) for v, r, _ in _got(_REALISED.format(z=z), "share")]
    assert got == [(verdict, "this_percent_of_named_y")]


def test_a_target_named_by_a_longer_subject_is_not_beyond_doubt():
    text = (_HEAD + "Penerimaan pajak daerah tahun ini terkumpul Rp 1.200 miliar, melampaui target "
            "pajak provinsi Rp 1.000 miliar. Realisasi itu setara 150 persen dari target.")
    assert not [v for v, _, _ in _got(text, "share") if v == "inconsistent"]


# --- share: a whole named in full, a rise of the same name beside it -----------------------------
_FULL = (_HEAD + "Belanja daerah ditetapkan Rp 10.000 miliar. Belanja daerah naik Rp 500 miliar "
         "dibandingkan tahun lalu. Untuk fungsi kesehatan, Pemprov mengalokasikan Rp 1,2 triliun atau "
         "{z} dari belanja daerah.")


@pytest.mark.parametrize("z,verdict", [("12 persen", "consistent"), ("42 persen", "inconsistent"),
                                       ("17 persen", "inconsistent")])
def test_a_whole_named_in_full(z, verdict):
    got = [(v, r, c[1]) for v, r, c in _got(_FULL.format(z=z), "share")]
    assert got == [(verdict, "x_percent_of_named_y", "Rp 10.000 miliar")]


def test_a_whole_named_by_one_word_is_not_beyond_doubt():
    text = (_HEAD + "Pagu kementerian ditetapkan Rp 10.000 miliar. Untuk fungsi kesehatan, kementerian "
            "mengalokasikan Rp 1,2 triliun atau 42 persen dari pagu.")
    assert not [v for v, _, _ in _got(text, "share") if v == "inconsistent"]


def test_a_share_that_misses_its_siblings_whole_by_a_hair_is_undetermined():
    # 1.828 of 11.456 is 15,96 persen: "15,97" is a whole a little off, not a slip
    text = (_HEAD + "Dari total 11.456 desa mandiri, 24,44 persen atau 2.800 desa ada di provinsi ini. "
            "Di posisi kedua provinsi tetangga dengan 1.828 desa mandiri (15,97 persen), dan provinsi "
            "lain dengan 877 desa mandiri atau 7,66 persen.")
    assert [v for v, r, c in _got(text, "share") if "1.828 desa" in c] == ["undetermined"]
    assert [v for v, r, c in _got(text.replace("15,97", "18,97"), "share") if "1.828 desa" in c] == ["suspicious"]


def test_a_list_of_shares_none_of_which_fits_takes_no_whole_from_beside_it():
    text = (_HEAD + "Investasi dalam negeri tercapai Rp 31,5 triliun, dan sektor perumahan menyumbang Rp 5,9 "
            "triliun atau setara 18,7 persen. Penyumbang terbesar yakni Kota Satu Rp 22,9 triliun atau "
            "37,4 persen, Kota Dua Rp 12,0 triliun atau 19,6 persen, dan Kota Tiga Rp 1,9 triliun atau "
            "3,1 persen.")
    assert not _alarms(text, "share")


def test_durations_beside_percents_are_no_shares():
    text = (_HEAD + "Pemerintah melelang seri A (6,500%, 2 tahun), seri B (8,250%, 4 tahun), dan seri C "
            "(8,625%, 15 tahun).")
    assert not _alarms(text, "share")


# --- sum: bare list items whose noun the next word ties to the first item ------------------------
_PARALLEL = (_HEAD + "Jumlah rumah rusak mencapai {t}, terdiri dari 1.200 rumah rusak berat, {b} rusak "
             "sedang, dan 2.300 rusak ringan.")


@pytest.mark.parametrize("t,b,verdict", [("5.000 unit", "1.500", "consistent"),
                                         ("9.000 unit", "1.500", "inconsistent"),
                                         ("5.000 unit", "15.000", "inconsistent")])
def test_bare_items_of_a_list_parallel_to_the_first(t, b, verdict):
    got = [(v, r) for v, r, _ in _got(_PARALLEL.format(t=t, b=b), "sum")]
    assert got == [(verdict, "list_after_total")]


def test_a_bare_number_that_says_something_else_is_no_item():
    text = (_HEAD + "Jumlah rumah rusak mencapai 9.000 unit, terdiri dari 1.200 rumah rusak berat, 1.500 "
            "warga mengungsi, dan 2.300 hektare sawah terendam.")
    assert not _alarms(text, "sum")


# --- sum: "Selisih D" opening the sentence right after A and B ----------------------------------
_NEXT_DIFF = (_HEAD + "Dalam APBD tersebut, belanja daerah ditetapkan Rp 12.500 miliar, sedangkan pendapatan "
              "daerah ditargetkan Rp 12.100 miliar. Selisih {d} akan ditutup dari pembiayaan netto.")


@pytest.mark.parametrize("d,verdict", [("Rp 400 miliar", "consistent"), ("Rp 400 triliun", "inconsistent"),
                                       ("Rp 900 miliar", "inconsistent")])
def test_a_difference_opening_the_next_sentence(d, verdict):
    got = [(v, r) for v, r, _ in _got(_NEXT_DIFF.format(d=d), "sum")]
    assert got == [(verdict, "difference_next")]


def test_a_difference_of_something_else_does_not_alarm():
    text = (_HEAD + "Harga beras medium Rp 13.000 per kg pada Senin, sedangkan sepekan lalu Rp 12.600 per "
            "kg. Selisih harga dengan HET Rp 2.100 per kg.")
    assert not _alarms(text, "sum")


# --- restatement: a bare headline count, its noun named before it ---------------------------------
_BARE_HEAD = ("Penumpang Kereta Kota 2023 Capai {h}, Naik 35 Persen\n\nOperator mencatat jumlah penumpang "
              "sepanjang 2023 mencapai 290,9 juta penumpang. Kereta kota kini memiliki 12 rangkaian kereta.")


@pytest.mark.parametrize("h,verdict", [("290,9 Juta", "consistent"), ("290,9 Ribu", "inconsistent")])
def test_a_bare_headline_count_named_by_the_noun_before_it(h, verdict):
    got = [v for v, _, c in _got(_BARE_HEAD.format(h=h), "restatement") if "290,9 juta penumpang" in c]
    assert got == [verdict]


def test_a_bare_headline_count_of_no_named_noun_says_nothing():
    text = ("Operator Kereta Kota Catat 290,9 Ribu, Naik 35 Persen\n\nOperator mencatat jumlah penumpang "
            "sepanjang 2023 mencapai 290,9 juta penumpang.")
    assert not _alarms(text, "restatement")


# --- restatement: a near miss tied by a word the headline says of its figure ---------------------
_NEAR = ("Gempa Kota Lama: 318 Orang Meninggal, Ribuan Rumah Rusak\n\nGempa bermagnitudo 5,6 mengguncang "
         "Kota Lama pada Senin siang di 2 kecamatan.\n\nHingga Kamis, tim gabungan mencatat {b} meninggal "
         "dunia akibat tertimpa bangunan.")  # "warga": not the headline's "Orang", so no same subject


@pytest.mark.parametrize("b,verdict", [("318 warga", "consistent"), ("314 warga", "suspicious")])
def test_a_headline_near_miss_tied_by_its_words(b, verdict):
    got = [v for v, _, c in _got(_NEAR.format(b=b), "restatement") if b in c]
    assert got == [verdict]


def test_a_near_figure_that_says_something_else_does_not_alarm():
    text = _NEAR.format(b="314 warga").replace("meninggal dunia akibat tertimpa bangunan", "mengungsi ke tenda")
    assert not _alarms(text, "restatement")


# --- restatement: a headline that says "more than" N ---------------------------------------------
_FLOOR = ("Gempa Kota Lama: Lebih dari 58.000 Rumah Rusak\n\nGempa mengguncang Kota Lama pada Senin.\n\n"
          "Jumlah rumah rusak mencapai {t}, terdiri dari 25.186 rumah rusak berat dan 20.680 rusak ringan.")


@pytest.mark.parametrize("t,verdict", [("58.362 unit", "consistent"), ("48.362 unit", "suspicious")])
def test_a_headline_floor_against_the_body(t, verdict):
    got = [(v, r) for v, r, c in _got(_FLOOR.format(t=t), "restatement") if "Lebih dari 58.000 Rumah" in c]
    assert got == [(verdict, "headline_body" if verdict == "consistent" else "headline_floor_above")]


@pytest.mark.parametrize("head", ["Kapitalisasi Pasar Tembus 4 Triliun Dollar AS",
                                  "Rekening Baru Tembus 503.673", "Lebih dari 5 Kota Terendam"])
def test_milestones_and_round_floors_do_not_alarm(head):
    text = (head + "\n\nPerusahaan itu sebelumnya mencapai kapitalisasi pasar 3 triliun dollar AS. Bank "
            "mencatat 503.673 rekening baru. Banjir merendam lima kota terendam sejak Senin.")
    assert not _alarms(text, "restatement")


# --- share: a whole named by its clause, not only its subject -------------------------------------
_CLAUSE = (_HEAD + "PDB atas dasar harga berlaku pada periode tersebut mencapai Rp 5.200 triliun. Adapun PDB "
           "atas dasar harga konstan tercatat Rp 3.000 triliun. Konsumsi rumah tangga menjadi penyumbang "
           "terbesar. Nilainya mencapai Rp 2.600 triliun atau {z} dari total PDB harga berlaku.")


@pytest.mark.parametrize("z,verdict", [("50 persen", "consistent"), ("80 persen", "inconsistent"),
                                       ("50,5 persen", "inconsistent")])
def test_a_whole_named_by_its_clause(z, verdict):
    got = [(v, c[1]) for v, r, c in _got(_CLAUSE.format(z=z), "share")]
    assert got == [(verdict, "Rp 5.200 triliun")]


# --- sum: "X kurang D dari target" ---------------------------------------------------------------
_SHORTFALL = (_HEAD + "Realisasi produksi gas sepanjang tahun ini sebesar 5.200 MMSCFD. Angka ini setara "
              "90 persen dari target APBN sebesar {t}.\n\nDengan demikian, realisasi produksi gas kurang "
              "{d} dari target.")


@pytest.mark.parametrize("t,d,verdict", [("5.800 MMSCFD", "600 MMSCFD", "consistent"),
                                         ("5.800 MMSCFD", "900 MMSCFD", "inconsistent")])
def test_a_shortfall_from_a_named_target(t, d, verdict):
    got = [(v, r) for v, r, _ in _got(_SHORTFALL.format(t=t, d=d), "sum")]
    assert got == [(verdict, "shortfall_named")]


@pytest.mark.parametrize("z,verdict", [("7,9 persen poin", "consistent"), ("2,9 persen poin", "inconsistent")])
def test_a_shortfall_in_percentage_points_from_a_target_said_as_a_verb(z, verdict):
    text = (_HEAD + "Pemerintah menargetkan bauran energi terbarukan mencapai 23 persen pada 2025. Namun, "
            f"hingga akhir tahun lalu bauran energi baru 15,1 persen, atau masih kurang {z} dari target.")
    assert [(v, r) for v, r, _ in _got(text, "sum")] == [(verdict, "shortfall_named")]


def test_a_shortfall_of_another_subject_is_left_alone():
    text = (_HEAD + "Pemerintah menargetkan bauran energi terbarukan mencapai 23 persen pada 2025. Namun, "
            "hingga akhir tahun lalu porsi batu bara 60 persen, dan bauran energi masih kurang 2,9 persen "
            "poin dari target.")
    assert not _alarms(text, "sum")


# --- sum: "Pertama, ... Kedua, ... Ketiga, ..." breaking down the figure before ----------------
_ORDINAL = (_HEAD + "Pemerintah daerah menyiapkan bantuan senilai {t}. Pertama, bantuan tunai Rp 300.000 per "
            "bulan bagi 10.000 keluarga. Anggarannya {a}. Kedua, bantuan pupuk dengan anggaran Rp 2 "
            "miliar. Ketiga, subsidi transportasi Rp 1,5 miliar untuk ojek dan nelayan.")


@pytest.mark.parametrize("t,a,verdict", [("Rp 12,5 miliar", "Rp 9 miliar", "consistent"),
                                         ("Rp 12,5 miliar", "Rp 9 juta", "suspicious"),
                                         ("Rp 17,5 miliar", "Rp 9 miliar", "suspicious")])
def test_an_enumeration_breaks_down_the_figure_before(t, a, verdict):
    got = [(v, r) for v, r, _ in _got(_ORDINAL.format(t=t, a=a), "sum") if r == "enumeration"]
    assert got == [(verdict, "enumeration")]


def test_an_enumeration_after_a_sentence_of_another_figure_says_nothing():
    text = _ORDINAL.format(t="Rp 17,5 miliar", a="Rp 9 miliar").replace(
        "senilai Rp 17,5 miliar. Pertama", "senilai Rp 17,5 miliar. Bantuan disalurkan bulan depan. Pertama")
    assert not [r for v, r, _ in _got(text, "sum") if r == "enumeration"]


# --- share and sum: "Z persen atau X kursi" against the stated total of the noun ------------------
_QUOTA = (_HEAD + "Sekolah itu membuka 10 kelas dengan 36 siswa per kelas. Dengan begitu, total kursi yang "
          "tersedia {t}.\n\nKuota jalur zonasi minimal 50 persen atau {z}, jalur afirmasi minimal 15 "
          "persen atau 54 kursi, dan jalur pindahan maksimal 5 persen atau 18 kursi. Sisanya, 108 kursi, "
          "untuk jalur prestasi.")


@pytest.mark.parametrize("t,z,share,total", [
    ("360 kursi", "180 kursi", "consistent", "consistent"),
    ("360 kursi", "130 kursi", "suspicious", "inconsistent"),    # 130 is 36 persen, not at least 50
    ("960 kursi", "180 kursi", "suspicious", "inconsistent"),
])
def test_quota_shares_and_their_rest_against_the_stated_total(t, z, share, total):
    text = _QUOTA.format(t=t, z=z)
    assert [v for v, r, c in _got(text, "share") if z in c] == [share]
    assert [(v, r) for v, r, _ in _got(text, "sum") if r == "remainder"] == [(total, "remainder")]


def test_a_percent_of_votes_beside_a_count_of_seats_is_no_share_of_the_seats():
    text = (_HEAD + "Total kursi dewan sebanyak 580 kursi. Partai Merah meraih 18,9 persen suara atau 110 kursi.")
    assert not _alarms(text, "share")


def test_money_totals_are_too_many_to_name_the_whole():
    text = (_HEAD + "Dari total pagu anggaran Rp 125,9 triliun, realisasi mencapai Rp 117,9 triliun. "
            "Capaian produk dalam negeri sebanyak 93,4 persen atau setara Rp 112 triliun.")
    assert not _alarms(text, "share")


# --- sum: the parts of an amount per month, "Dari jumlah itu, ... sisanya" ---------------------
@pytest.mark.parametrize("rest,verdict", [("Rp 8.000", "consistent"), ("Rp 18.000", "inconsistent")])
def test_the_parts_of_an_amount_per_month(rest, verdict):
    text = (_HEAD + "Iuran peserta kelas 3 adalah Rp 43.000/bulan. Dari jumlah itu, peserta membayar Rp "
            f"35.000, sedangkan {rest} sisanya ditanggung pemerintah.")
    assert [(v, r) for v, r, _ in _got(text, "sum")] == [(verdict, "remainder")]


# --- share and sum: "Dari total ekspor, A atau Z persen, sedangkan B" ----------------------------
_OPENING = (_HEAD + "Neraca perdagangan surplus US$ 30 miliar. Surplus itu berasal dari nilai ekspor {t} "
            "dikurangi impor US$ 170 miliar. Nilai ekspor turun 10 persen dibandingkan tahun lalu yang "
            "sebesar US$ 222 miliar.\n\nDari total ekspor, sektor nonmigas menyumbang {a} atau {z}, "
            "sedangkan ekspor migas US$ 20 miliar.")


@pytest.mark.parametrize("t,a,z,share,total", [
    ("US$ 200 miliar", "US$ 180 miliar", "90 persen", "consistent", "consistent"),
    ("US$ 200 miliar", "US$ 180 miliar", "80 persen", "inconsistent", "consistent"),
    ("US$ 200 miliar", "US$ 180 triliun", "90 persen", "suspicious", "inconsistent"),  # parts over the whole
    ("US$ 200 miliar", "US$ 130 miliar", "65 persen", "consistent", "undetermined"),   # the rest may be unsaid
])
def test_a_sentence_opening_on_its_wholes_name(t, a, z, share, total):
    text = _OPENING.format(t=t, a=a, z=z)
    assert [(v, r) for v, r, _ in _got(text, "share")] == [(share, "dari_named_x_percent")]
    assert [(v, r) for v, r, _ in _got(text, "sum") if r == "parts_of_named_whole"] == [(total, "parts_of_named_whole")]


def test_a_name_of_two_values_names_no_whole():
    text = _OPENING.format(t="US$ 200 miliar", a="US$ 180 miliar", z="80 persen").replace(
        "yang sebesar US$ 222 miliar", "dengan nilai ekspor US$ 222 miliar")
    assert not _alarms(text, "share") and not _alarms(text, "sum")


# --- restatement: a headline's scale word slipped, its digits rounded ---------------------------
@pytest.mark.parametrize("h,verdict", [("267,3 Juta Orang", None), ("267,3 Ribu Orang", "inconsistent")])
def test_a_rounded_headline_whose_scale_word_slipped(h, verdict):
    text = (f"Peserta JKN Capai {h}\n\nBPJS mencatat jumlah peserta JKN per Mei mencapai 267.311.566 orang. "
            "Kelompok terbesar adalah penerima bantuan iuran.")
    got = {v for v, _, _ in _alarms(text, "restatement")}
    assert got == ({verdict} if verdict else set())


def test_a_short_headline_figure_off_by_a_thousand_is_another_figure():
    text = "Investor Beli 1 Lot\n\nSeorang investor membeli 1.000 lot saham perusahaan itu pada Senin."
    assert not _alarms(text, "restatement")


# --- restatement: the lead one digit off, anywhere, while a later sentence restates the headline --
_LEAD = ("1,2 Juta Peserta Sudah Terima Insentif\n\nPengelola program melaporkan, sudah ada {lead} yang "
         "menerima insentif.\n\nPeserta program tercatat 3,9 juta peserta.\n\n\"Dari 1,2 juta peserta yang "
         "menerima insentif, sebagian sudah menerima bulan keempat,\" ujarnya.")


@pytest.mark.parametrize("lead,slip", [("1,2 juta orang", False), ("1,7 juta orang", True),
                                       ("sekitar 1,7 juta orang", False)])  # a round figure: no typo
def test_the_lead_one_digit_off_the_headline(lead, slip):
    got = [(v, r) for v, r, c in _alarms(_LEAD.format(lead=lead), "restatement") if r == "headline_digit_slip"]
    assert got == ([("suspicious", "headline_digit_slip")] if slip else [])


# --- share: "Dari Y, X ... sehingga ... Z persen." -------------------------------------------------
@pytest.mark.parametrize("z,verdict", [("80 persen", "consistent"), ("60 persen", "inconsistent")])
def test_a_rate_that_ends_a_sentence_opening_on_its_whole(z, verdict):
    text = (_HEAD + f"Dari 2.000 pemilih dalam daftar tetap, 1.600 orang menggunakan hak pilihnya sehingga "
            f"tingkat partisipasi mencapai {z}.")
    assert [(v, r) for v, r, _ in _got(text, "share")] == [(verdict, "dari_y_x_percent")]


def test_a_percent_of_another_noun_after_the_opening_is_left_alone():
    text = (_HEAD + "Dari 2.000 sekolah di provinsi itu, 400 sekolah rusak sehingga sekitar 60 persen siswa "
            "belajar di tenda.")
    assert not _got(text, "share")


# --- share: a part named by the sentence that gives its percent ---------------------------------
_NAMED_PART = (_HEAD + "Jumlah rumah rusak mencapai 5.000 unit, terdiri dari 2.000 rumah rusak berat, 1.000 "
               "rusak sedang, dan 2.000 rusak ringan. Rumah rusak berat menyumbang {z} dari seluruh rumah "
               "yang rusak.")


@pytest.mark.parametrize("z,verdict", [("40 persen", "consistent"), ("60 persen", "inconsistent")])
def test_a_part_named_by_the_sentence_of_its_percent(z, verdict):
    got = [(v, r, c[0]) for v, r, c in _got(_NAMED_PART.format(z=z), "share")]
    assert got == [(verdict, "named_part_of_named_y", "2.000 rumah")]


def test_a_name_that_describes_two_figures_names_no_part():
    text = _NAMED_PART.format(z="60 persen").replace("2.000 rusak ringan", "2.000 rumah rusak berat lama")
    assert not _alarms(text, "share")
