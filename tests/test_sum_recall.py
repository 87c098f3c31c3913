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
