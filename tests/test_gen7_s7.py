"""Change and sum recall, session 7: the new figure stated first and its change word and base after
it ("B, naik dari A"), and a remainder completing a part and a whole of the sentence before when a
count of another noun stands between them. Texts that agree, planted errors, and near-cases that
must not alarm. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.findings_of import alarms, verdicts


def _changes(text):
    return [(v, texts) for v, texts in verdicts(text, "change")]


# --- "B, naik dari A": the new figure first ---------------------------------------------------
@pytest.mark.parametrize("text,base,new,verdict", [
    ("Produksi garam rakyat tahun ini mencapai 1,4 juta ton, naik dari 1,1 juta ton pada tahun lalu.",
     "1,1 juta ton", "1,4 juta ton", "consistent"),
    ("Produksi garam rakyat tahun ini mencapai 1,4 juta ton, naik dari 1,6 juta ton pada tahun lalu.",
     "1,6 juta ton", "1,4 juta ton", "inconsistent"),
    ("Harga bawang merah di Pasar Kramat Rp 32.000 per kg, turun dari pekan lalu Rp 41.000 per kg.",
     "Rp 41.000 per kg", "Rp 32.000 per kg", "consistent"),
    ("Harga bawang merah di Pasar Kramat Rp 32.000 per kg, turun dari pekan lalu Rp 28.000 per kg.",
     "Rp 28.000 per kg", "Rp 32.000 per kg", "inconsistent"),
    ("Tingkat kemiskinan kota itu 7,2 persen, menurun dari 8,1 persen pada Maret 2023.",
     "8,1 persen", "7,2 persen", "consistent"),
])
def test_new_figure_then_change_word_and_base(text, base, new, verdict):
    assert (verdict, (base, new)) in _changes(text)


@pytest.mark.parametrize("size,verdict", [("25 persen", "consistent"), ("35 persen", "inconsistent")])
def test_new_figure_then_base_and_size(size, verdict):
    text = (f"Nilai kerusakan jalan ditaksir Rp 50 miliar, naik dari perkiraan awal Rp 40 miliar atau "
            f"bertambah {size}.")
    assert (verdict, ("Rp 40 miliar", "Rp 50 miliar", size)) in _changes(text)


@pytest.mark.parametrize("text", [
    # a base of the other sign: a premium rising from a discount, growth from a contraction
    "Selisih harga itu kini premi US$6 per ton, naik dari diskon US$40 per ton sebulan sebelumnya.",
    "Ekonomi daerah itu tumbuh 3,1 persen, naik dari kontraksi 4,2 persen pada 2020.",
    # one of a slashed pair: which of them rose is not said
    "Ponsel baru itu membawa RAM dan memori 12 GB/512 GB, meningkat dari 8 GB/512 GB pada seri lama.",
    # a figure between: the clause goes on about something else
    "Jumlah wisatawan 2,1 juta orang, naik dari tahun lalu ketika 30 hotel tutup dan 1,8 juta orang datang.",
    # a change word among the words naming the base: the figure after it is a change's size
    "Harga gabah Rp 6.100 per kg, naik dari bulan lalu ketika harganya turun Rp 7.000 per kg.",
])
def test_no_direction_read_where_the_base_is_not_plain(text):
    assert not alarms(text)
    assert not [x for x in _changes(text) if x[0] == "inconsistent"]


def test_a_rank_rising_as_its_number_falls_is_no_alarm():
    text = "Indonesia kini di urutan 27, naik dari 34 tahun lalu."
    assert not alarms(text)


# --- a remainder after "di antaranya" with a count of another noun between -------------------
_REST = ("Jumlah pengungsi akibat banjir tercatat {total} jiwa. Sebanyak 5.200 jiwa di antaranya "
         "mengungsi di 18 posko, sementara sisanya, 2.300 jiwa, menumpang di rumah kerabat.")


@pytest.mark.parametrize("total,verdict", [("7.500", "consistent"), ("8.500", "inconsistent")])
def test_remainder_with_a_count_of_another_noun_between(total, verdict):
    assert (verdict, ("5.200 jiwa", "2.300 jiwa", f"{total} jiwa")) in verdicts(_REST.format(total=total), "sum")


def test_a_nested_count_of_the_same_noun_still_blocks_the_remainder():
    # the two "di antaranya" figures: the rest completes the inner part, not the whole
    text = ("Jumlah pengungsi tercatat 7.500 jiwa. Sebanyak 5.200 jiwa di antaranya mengungsi di posko, "
            "termasuk 1.000 jiwa di sekolah, sementara sisanya, 2.300 jiwa, menumpang di rumah kerabat.")
    assert not [v for v, t in verdicts(text, "sum") if v != "consistent"]


# --- a split in two, each part named in its own subject before its figure -----------------------
_SPLIT = ("Dari 3,6 juta pemilih di provinsi itu, pemilih perempuan berjumlah 1,85 juta orang dan "
          "pemilih laki-laki {b} orang.")


@pytest.mark.parametrize("b,verdict", [("1,75 juta", "consistent"), ("1,95 juta", "inconsistent")])
def test_complement_split_named_before_each_figure(b, verdict):
    got = verdicts(_SPLIT.format(b=b), "sum")
    assert (verdict, ("1,85 juta orang", f"{b} orang", "3,6 juta pemilih")) in got


def test_two_parts_named_alike_are_no_split():
    # both parts are women: no complement pair splits the whole
    text = ("Dari 3,6 juta pemilih di provinsi itu, pemilih perempuan muda berjumlah 1,85 juta orang dan "
            "pemilih perempuan lansia 0,9 juta orang.")
    assert not [v for v, t in verdicts(text, "sum") if v != "consistent"]


# --- "A, lebih besar dibandingkan ... B": a comparison states which is larger -------------------
@pytest.mark.parametrize("text,verdict", [
    ("Anggaran pilkada kota itu Rp 96 miliar, lebih besar dibandingkan pilkada 2018 yang sebesar "
     "Rp 71 miliar.", "consistent"),
    ("Anggaran pilkada kota itu Rp 96 miliar, lebih besar dibandingkan pilkada 2018 yang sebesar "
     "Rp 117 miliar.", "inconsistent"),
    ("Rata-rata lama sekolah di kabupaten itu 7,8 tahun, lebih rendah dari rata-rata provinsi yang "
     "8,6 tahun.", "consistent"),
    ("Tingkat pengangguran Oktober 4,9 persen, lebih tinggi daripada Agustus yang 5,3 persen.", "inconsistent"),
])
def test_comparison_direction(text, verdict):
    assert verdict in {v for v, _ in verdicts(text, "change", "comparison")}


@pytest.mark.parametrize("text", [
    "Defisit neraca dagang US$1,2 miliar, lebih kecil dibandingkan surplus bulan lalu US$2,3 miliar.",
    "Harga cabai Rp 60.000 per kg, lebih mahal dibandingkan bawang Rp 80.000 per ikat.",
    "Selisihnya Rp 5.000, lebih kecil dari pekan lalu ketika harga naik Rp 3.000.",
])
def test_no_comparison_read_across_signs_units_or_other_figures(text):
    assert not [v for v, _ in verdicts(text, "change", "comparison") if v != "consistent"]


# --- "Rp X untuk setiap Y": an amount given to each one of what follows ---------------------------
@pytest.mark.parametrize("text,figure", [
    ("Pemerintah daerah memberikan insentif Rp 750.000 untuk setiap guru honorer.", "Rp 750.000"),
    ("Desa itu menerima 40 unit tangki bagi tiap dusun.", "40 unit tangki"),
    ("Hadiah Rp 5 juta kepada masing-masing pemenang diserahkan Senin.", "Rp 5 juta"),
])
def test_an_amount_for_each_one_after_it_is_per_unit(text, figure):
    from extract.claims import build_claims

    (c,) = [c for c in build_claims(text) if c.text == figure]
    assert "per_unit" in c.cues


@pytest.mark.parametrize("total,verdict", [("Rp 1,8 miliar", "consistent"), ("Rp 18 miliar", "inconsistent")])
def test_product_with_an_amount_for_each(total, verdict):
    text = (f"Sebanyak 2.400 guru honorer menerima insentif Rp 750.000 untuk setiap guru. Total insentif "
            f"yang disalurkan mencapai {total}.")
    assert verdicts(text, "product") == [(verdict, ("2.400 guru", "Rp 750.000", total))]


# --- "Jumlah kapal naik D dari ... A": the new figure counted by that noun the sentence before ------
_COUNTED = ("Arus Mudik Laut\n\nPenumpang diangkut oleh 520 kapal. Jumlah kapal yang beroperasi naik {d} "
            "dari tahun lalu yang sebanyak 480 kapal.")


@pytest.mark.parametrize("d,verdict", [("8 persen", "consistent"), ("18 persen", "inconsistent")])
def test_change_of_an_amount_of_the_noun_counted_before(d, verdict):
    assert (verdict, ("480 kapal", "520 kapal", d)) in verdicts(_COUNTED.format(d=d), "change")


def test_two_counts_of_the_noun_before_leave_it_open():
    text = ("Arus Mudik Laut\n\nPenumpang diangkut oleh 520 kapal dan 60 kapal cadangan. Jumlah kapal yang "
            "beroperasi naik 18 persen dari tahun lalu yang sebanyak 480 kapal.")
    assert not [v for v, t in verdicts(text, "change") if v in ("inconsistent", "suspicious")]


# --- a per-unit phrase right after a figure is that figure's, not the next one's ------------------
@pytest.mark.parametrize("text,figure,per_unit", [
    ("Bantuan Rp 600.000 untuk setiap peserta diberikan kepada 1.000 peserta.", "1.000 peserta", False),
    ("Harga beras Rp 13.500 per kg, sedangkan di pasar lain Rp 14.000.", "Rp 14.000", False),
    ("Setiap peserta mendapat Rp 600.000.", "Rp 600.000", True),
    ("Bantuan disalurkan ke 7.810 desa dengan besaran masing-masing Rp 100 juta.", "Rp 100 juta", True),
    ("Pada 2 November 2023 dengan masing-masing transfer Rp 100 juta.", "Rp 100 juta", True),
])
def test_a_per_unit_phrase_belongs_to_the_figure_it_follows(text, figure, per_unit):
    from extract.claims import build_claims

    (c,) = [c for c in build_claims(text) if c.text == figure]
    assert ("per_unit" in c.cues) is per_unit
