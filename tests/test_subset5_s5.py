"""Subset recall, session 5: "Dari Y, X ..." opening a sentence, the next stage of a funnel, and
named stages of one process (vaccine doses, labour statistics, an election's register, voters and
valid votes). Each with a text that agrees, a planted error, and near-cases that must not alarm.
All sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.findings_of import verdicts


def _subset(text, rule):
    return verdicts(text, "subset", rule)


def _pairs(text, rule):
    return {(v, texts) for v, texts in _subset(text, rule)}


# --- "Dari Y ..., X ...": a sentence opening on its whole ----------------------------------------
_FROM = "Seleksi tahun ini sangat ketat. Dari 12.400 pendaftar, hanya {x} yang diterima."


@pytest.mark.parametrize("x,verdict", [
    ("3.150 calon mahasiswa", "consistent"),
    ("31.500 calon mahasiswa", "inconsistent"),  # a digit slip: more accepted than applied
    ("3.150 ribu calon mahasiswa", "inconsistent"),  # a scale slip
])
def test_a_sentence_opening_on_its_whole(x, verdict):
    assert _pairs(_FROM.format(x=x), "from_opening") == {(verdict, ("12.400 pendaftar", x))}


def test_every_part_after_the_comma_and_a_bare_one_opening_its_clause():
    text = ("Dari 4.200 warga yang diperiksa, sebanyak 3.100 orang dinyatakan sehat dan 1.100 orang "
            "dirujuk ke puskesmas. Dari 380 sekolah di kabupaten itu, sebanyak 120 sudah direnovasi.")
    got = _pairs(text, "from_opening")
    assert got == {("consistent", ("4.200 warga", "3.100 orang")),
                   ("consistent", ("4.200 warga", "1.100 orang")),
                   ("consistent", ("380 sekolah", "120"))}


@pytest.mark.parametrize("text", [
    # "Dari" names the old value of a change, not a whole
    "Dari 1.200 orang pada 2022, jumlah peserta naik menjadi 1.500 orang pada 2023.",
    # a bare number deep in its clause is a score, not a count of the judges
    "Dari tiga juri, dua di antaranya memenangkan petinju tuan rumah (28-29 - 30-27 - 30).",
    # the comma is a list's: the bare numbers name neighbourhoods
    "Dari 12 KK di RT 14, 15, dan 16 Dusun Sukamaju, baru separuh yang menerima bantuan.",
    # after a word of contrast the count is another group's
    "Dari 90 kota yang dipantau, 70 kota mengalami inflasi, sementara di provinsi lain 120 kota stabil.",
])
def test_no_from_opening_alarm(text):
    assert all(v == "consistent" for v, _ in _subset(text, "from_opening"))


# --- the next stage of a funnel -------------------------------------------------------------------
_STAGE = ("Jumlah pendaftar yang sudah melalui verifikasi dokumen sebanyak 8.400 orang, dan {b} lolos "
          "tes tertulis.")


@pytest.mark.parametrize("b,verdict", [
    ("6.900 orang", "consistent"),
    ("69.000 orang", "suspicious"),  # read from the words: worth a look, no alarm
])
def test_the_next_stage_in_one_sentence(b, verdict):
    assert _pairs(_STAGE.format(b=b), "next_stage") == {(verdict, ("8.400 orang", b))}


_OPENED = ("Kementerian Sosial awalnya menetapkan kuota {a} untuk kabupaten itu. Setelah pemadanan data "
           "kependudukan, 50.120 KPM dinyatakan valid.")


@pytest.mark.parametrize("a,verdict", [
    ("52.300 KPM", "consistent"),
    ("5.230 KPM", "suspicious"),  # a dropped digit: the quota smaller than the valid ones
])
def test_the_next_stage_opening_the_next_sentence(a, verdict):
    assert _pairs(_OPENED.format(a=a), "next_stage") == {(verdict, (a, "50.120 KPM"))}


@pytest.mark.parametrize("text", [
    # siblings: the same stage in two places
    "Sebanyak 200 peserta sudah lolos di Jawa, dan 300 peserta lolos di Sumatra.",
    # the stage not passed: the rest, not the part
    "Jumlah pendaftar yang sudah melalui verifikasi sebanyak 8.400 orang, dan 9.000 orang tidak lolos.",
    # awaiting the stage's result is no part that passed it
    "Sebanyak 3.500 dapur sudah diperiksa. Kemudian sebanyak 4.500 dapur masih menanti hasil lulus uji.",
    # another kind of figure after "Setelah": a team's points are no part of two teams
    "Keduanya bermain sebelum kami. Setelah peluang juara menipis, pelatih itu ingin timnya "
    "menyelesaikan liga dengan di atas 80 poin.",
])
def test_no_next_stage_alarm(text):
    assert all(v == "consistent" for v, _ in _subset(text, "next_stage"))


# --- named stages of one process ------------------------------------------------------------------
_DOSES = ("Hingga Senin, baru 9.870.000 warga yang menerima suntikan booster. Sementara itu, vaksinasi "
          "dosis pertama telah menjangkau {d1} dan dosis kedua {d2}.")


def test_doses_in_order_agree():
    got = _pairs(_DOSES.format(d1="28.450.000 orang", d2="24.300.000 orang"), "stage_chain")
    assert got == {("consistent", ("28.450.000 orang", "24.300.000 orang")),
                   ("consistent", ("28.450.000 orang", "9.870.000 warga")),
                   ("consistent", ("24.300.000 orang", "9.870.000 warga"))}


@pytest.mark.parametrize("d1,d2", [
    ("28.450.000 orang", "34.300.000 orang"),  # a digit slip: more second doses than first
    ("28.450 orang", "24.300.000 orang"),  # a scale slip
])
def test_a_later_dose_larger_than_an_earlier_one(d1, d2):
    assert "suspicious" in {v for v, _ in _subset(_DOSES.format(d1=d1, d2=d2), "stage_chain")}


def test_labour_force_out_of_the_working_age_population():
    text = ("Jumlah angkatan kerja provinsi itu pada Agustus mencapai 25,39 juta orang. Dari jumlah "
            "tersebut, 23,5 juta orang bekerja. Adapun penduduk usia kerja tercatat {w}.")
    assert _pairs(text.format(w="36,2 juta orang"), "stage_chain") == {
        ("consistent", ("36,2 juta orang", "25,39 juta orang"))}
    assert _pairs(text.format(w="36,2 ribu orang"), "stage_chain") == {
        ("suspicious", ("36,2 ribu orang", "25,39 juta orang"))}


def test_register_voters_and_valid_votes():
    text = ("Secara keseluruhan, jumlah suara sah mencapai {v}. Dari 3.600.450 pemilih dalam daftar "
            "pemilih tetap (DPT), sekitar 2,9 juta orang menggunakan hak pilihnya.")
    assert {v for v, _ in _subset(text.format(v="2.845.120 suara"), "stage_chain")} == {"consistent"}
    assert "suspicious" in {v for v, _ in _subset(text.format(v="7.845.120 suara"), "stage_chain")}


@pytest.mark.parametrize("text", [
    # a day's doses: the second doses of one day may outnumber its first
    "Pada hari ini, dosis pertama diberikan kepada 4.000 orang dan dosis kedua kepada 6.000 orang.",
    "Dalam 24 jam terakhir, dosis pertama diberikan kepada 4.000 orang dan dosis kedua kepada 6.000 orang.",
    # "bukan angkatan kerja", "tidak bekerja": the stage negated
    "Pandemi berdampak pada 29,12 juta orang. Angka ini terdiri dari 2,56 juta orang yang menganggur, "
    "0,76 juta orang bukan angkatan kerja, dan 1,77 juta orang yang sementara tidak bekerja.",
    # a target of a stage is no count of those who passed it
    "Dinas menargetkan dosis kedua untuk sasaran 5 juta orang, sedangkan dosis pertama baru 3 juta orang.",
    # "bekerja" alone is any job, not the employed of a labour force
    "Angkatan kerja Jabar mencapai 25,39 juta orang. Sejak 2021, sebanyak 30 juta orang bekerja di luar "
    "negeri menurut data lain.",
    # an earlier stage named twice with two values (a province's and the nation's): no one whole
    "Vaksinasi dosis pertama di provinsi itu 4 juta orang, sedangkan dosis pertama nasional 200 juta "
    "orang. Dosis kedua di provinsi itu 4,5 juta orang.",
])
def test_no_stage_chain_alarm(text):
    assert all(v == "consistent" for v, _ in _subset(text, "stage_chain"))
