"""Per-unit amounts, session 8: "setiap keluarga menerima Rp 600.000" (each one of a noun, then
a verb of getting, paying or having, then the figure) is what each one gets, and the product
check multiplies it by the count of that noun. Near-cases that must not read so. All sentences
are written for these tests."""

from __future__ import annotations

import pytest

from tests.findings_of import verdicts


def _cues_of(text, figure):
    from extract.claims import build_claims

    (c,) = [c for c in build_claims(text) if c.text == figure]
    return c.cues


@pytest.mark.parametrize("text,figure", [
    ("Setiap keluarga menerima Rp 600.000.", "Rp 600.000"),
    ("Masing-masing sekolah penerima mendapatkan bantuan sebesar Rp 50 juta.", "Rp 50 juta"),
    ("Tiap pendaki wajib membayar tiket masuk Rp 150.000.", "Rp 150.000"),
    ("Setiap RW di kecamatan itu memiliki dua unit ambulans desa.", "dua unit ambulans"),
    ("Para pedagang yang terdampak kebakaran, masing-masing dijatah 25 kilogram beras.", "25 kilogram"),
])
def test_each_one_getting_a_figure_is_per_unit(text, figure):
    assert "per_unit" in _cues_of(text, figure)


@pytest.mark.parametrize("text,figure", [
    # the figure counts the ones who passed, nothing is given to each
    ("Panitia mengirim pesan ke tiap pendaftar yang lolos hampir 12 juta.", "hampir 12 juta"),
    # how often, not to whom ("setiap tahun ... Rp 1 miliar" is a rate, per year)
    ("Setiap kali panen raya desa itu menerima 40 ton gabah.", "40 ton"),
    # another figure between is the one each gets
    ("Setiap keluarga menerima 10 kilogram beras dari 40 ton cadangan.", "40 ton"),
    # too far from the getting to be what is got
    ("Masing-masing pelatih memiliki pengalaman panjang sejak bergabung dengan klub itu pada musim 2012 "
     "bersama 30 pemain.", "30 pemain"),
])
def test_near_cases_are_not_per_unit(text, figure):
    assert "per_unit" not in _cues_of(text, figure)


@pytest.mark.parametrize("each", [
    "Setiap keluarga menerima Rp 600.000.",
    "Masing-masing keluarga mendapat bantuan tunai sebesar Rp 600.000.",
    "Tiap keluarga penerima manfaat memperoleh Rp 600.000.",
])
def test_product_with_each_one_getting_the_amount(each):
    text = (f"Pemerintah kabupaten menyalurkan bantuan tunai kepada 8.000 keluarga penerima manfaat pada "
            f"Senin. {each} Total dana yang disalurkan mencapai Rp 4,8 miliar.")
    assert verdicts(text, "product") == [("consistent", ("8.000 keluarga", "Rp 600.000", "Rp 4,8 miliar"))]


def test_product_with_each_one_getting_the_amount_flags_a_wrong_total():
    text = ("Bantuan tunai diberikan kepada 8.000 keluarga penerima manfaat. Setiap keluarga menerima "
            "Rp 600.000, sehingga total bantuan yang disalurkan kepada 8.000 keluarga itu mencapai Rp 48 miliar.")
    assert [v for v, _ in verdicts(text, "product")] in (["inconsistent"], ["suspicious"])


# --- a passive verb after a classifier is no counted noun -----------------------------------------
@pytest.mark.parametrize("text,figure,unit", [
    ("Sebanyak 3.000 ekor berasal dari peternak lokal dan sisanya 1.500 ekor didatangkan dari NTT.",
     "1.500 ekor", "count:ekor"),
    ("Sebanyak 1.500 ekor dikirim dari NTT pekan lalu.", "1.500 ekor", "count:ekor"),
    ("Balai itu menggelar 20 diklat sepanjang tahun.", "20 diklat", "count:diklat"),
])
def test_a_verb_after_the_classifier_is_not_counted(text, figure, unit):
    from extract.claims import build_claims

    assert [(c.text, c.unit) for c in build_claims(text) if c.text.startswith(figure.split()[0])] == \
        [(figure, unit)]


def test_diantaranya_written_as_one_word_is_no_noun():
    from extract.claims import build_claims

    (c,) = [c for c in build_claims("Sebanyak 26 diantaranya reksadana terproteksi.") if c.value == 26]
    assert c.text == "26" and c.unit is None


# --- "6 di antaranya wanita dan 34 laki-laki": siblings, not a part of the 6 ----------------------
@pytest.mark.parametrize("text", [
    "Polisi mengamankan 40 warga asing pada Kamis. Dari 40 warga asing itu, 6 di antaranya wanita dan "
    "34 laki-laki.",
    "Dari 17 tersangka pemberi, 15 di antaranya pihak swasta dan 2 lainnya pejabat.",
    "Tim SAR mengevakuasi 45 warga. Sebanyak 30 di antaranya perempuan, 15 laki-laki.",
])
def test_a_list_going_on_after_di_antaranya_is_no_part_of_its_first_count(text):
    assert not [t for _, t in verdicts(text, "subset", "di_antaranya")]


def test_di_antaranya_after_a_group_still_names_its_part():
    text = "Jumlah korban mencapai 45 orang, di antaranya 12 orang anak-anak."
    assert verdicts(text, "subset", "di_antaranya") == [("consistent", ("45 orang", "12 orang"))]


# --- "4.500 ekor sapi ... 3.000 ekor": the noun said once, then counted by its classifier ----------
@pytest.mark.parametrize("part,verdict", [("3.000 ekor", "consistent"), ("5.000 ekor", "inconsistent")])
def test_a_classifier_count_is_a_part_of_the_classified_noun(part, verdict):
    text = (f"Sebanyak 4.500 ekor sapi disiapkan untuk Idul Adha. Dari jumlah itu, {part} berasal dari "
            f"peternak lokal.")
    assert verdicts(text, "subset", "that_group") == [(verdict, ("4.500 ekor sapi", part))]


def test_a_classifier_count_of_another_noun_is_not_related():
    text = ("Sebanyak 4.500 ekor sapi disiapkan untuk Idul Adha. Dari jumlah itu, 5.000 ekor kambing "
            "berasal dari peternak lokal.")
    assert not verdicts(text, "subset", "that_group")


# --- a measure each one gets, times the count, against the total measure ---------------------------
@pytest.mark.parametrize("total,verdict", [("80 ton", "consistent"), ("800 ton", "inconsistent")])
def test_product_of_a_measure_each_one_gets(total, verdict):
    text = (f"Bantuan beras disalurkan kepada 8.000 keluarga, dan setiap keluarga menerima 10 kilogram beras. "
            f"Total beras yang disalurkan mencapai {total}.")
    assert verdicts(text, "product") == [(verdict, ("8.000 keluarga", "10 kilogram", total))]


def test_a_measure_each_of_another_dimension_is_not_multiplied():
    text = ("Bantuan disalurkan kepada 8.000 keluarga, dan setiap keluarga menerima 10 liter minyak goreng. "
            "Total beras yang disalurkan mencapai 80 ton.")
    assert not verdicts(text, "product")


# --- shares of one whole ending on the rest: "..., dan sisanya 10 persen" --------------------------
@pytest.mark.parametrize("rest,verdict", [("10 persen", "consistent"), ("15 persen", "inconsistent")])
def test_the_rest_of_a_split_in_percents(rest, verdict):
    text = f"Sebanyak 60 persen responden setuju, 30 persen tidak setuju, dan sisanya {rest} tidak menjawab."
    assert verdicts(text, "sum", "percent_rest") == [(verdict, ("60 persen", "30 persen", rest))]


@pytest.mark.parametrize("text", [
    # the list began in the sentence before: its share is not in this sentence
    "Bali menyumbang 55 persen transaksi. Berikutnya NTB 6 persen, NTT 5 persen, dan sisanya 20 persen.",
    # a change is no share
    "Harga naik 5 persen, produksi turun 3 persen, dan sisanya 10 persen stok cadangan.",
    # a count among them: another whole
    "Sebanyak 60 persen atau 300 orang setuju, dan sisanya 15 persen tidak menjawab.",
])
def test_no_rest_read_across_sentences_changes_or_other_figures(text):
    assert not verdicts(text, "sum", "percent_rest")
