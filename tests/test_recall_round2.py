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
