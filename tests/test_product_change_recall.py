"""Recall of the product, change and rate checks (issue #4): relations the way Indonesian news
writes them, tied by the text, checked on sentences written for these tests; each rule has a
consistent case, a planted error it must flag, and a look-alike it must leave alone."""

from __future__ import annotations

import pytest

from findings_of import verdict_on as _verdict_on
from findings_of import verdicts as _verdicts


# --- change: the size in money, the base after the new figure -------------------------------------
@pytest.mark.parametrize("size, verdict", [("Rp 1.500", "consistent"), ("Rp 2.500", "inconsistent")])
def test_a_change_stated_in_money(size, verdict):
    text = f"Harga Tiket Naik\n\nHarga tiket kapal naik {size}, dari Rp 18.000 menjadi Rp 19.500 per orang."
    assert verdict in _verdict_on(text, "change", size, "size")


@pytest.mark.parametrize("size, verdict", [("9,5 persen", "consistent"), ("19,5 persen", "inconsistent")])
def test_the_base_written_after_the_new_figure(size, verdict):
    # "naik D menjadi B dari A"
    text = ("Kredit Tumbuh\n\nPenyaluran kredit koperasi itu tumbuh " + size
            + " secara tahunan menjadi Rp 219 miliar dari Rp 200 miliar.")
    assert verdict in _verdict_on(text, "change", size)


def test_an_amount_after_the_new_figure_is_the_next_items_base_not_a_size():
    text = ("Harga BBM\n\nHarga solar naik dari Rp 6.800 menjadi Rp 7.100 per liter dan harga minyak tanah "
            "naik dari Rp 9.000 menjadi Rp 9.400 per liter.")
    assert not any(v == "inconsistent" for v, _ in _verdicts(text, "change"))


# --- change: B in the sentence before, or named earlier by its subject ----------------------------
@pytest.mark.parametrize("size, verdict", [("12 persen", "consistent"), ("72 persen", "inconsistent")])
def test_a_sentence_opening_on_the_figure_before(size, verdict):
    text = ("Penumpang Kapal\n\nPelabuhan itu melayani 56.000 penumpang selama Januari. "
            f"Angka bulanan tersebut naik {size} dibandingkan Desember yang sebanyak 50.000 penumpang.")
    assert verdict in _verdict_on(text, "change", size)


def test_of_two_figures_before_only_a_fitting_one_is_judged():
    # the sentence before holds two counts of the same noun: which one "Angka itu" means is open
    text = ("Kasus Baru\n\nTotal kasus menjadi 80.000 kasus, dari sebelumnya 70.000 kasus. "
            "Angka harian itu naik 30 persen dibandingkan kemarin yang sebanyak 4.000 kasus.")
    assert "inconsistent" not in _verdict_on(text, "change", "30 persen", "change_from_base")


@pytest.mark.parametrize("size, verdict", [("sekitar Rp 2,1 triliun", "consistent"),
                                           ("sekitar Rp 7,1 triliun", "inconsistent")])
def test_the_subject_named_with_its_figure_earlier(size, verdict):
    text = ("APBD Kota\n\nDalam APBD 2024, belanja daerah ditetapkan Rp 12.100 miliar. "
            "Pendapatan daerah ditargetkan Rp 11.500 miliar.\n\n"
            "Menurut Wali Kota, program prioritas tetap berjalan.\n\n"
            f"Belanja daerah naik {size} dibandingkan APBD 2023 yang sebesar Rp 10 triliun.")
    assert verdict in _verdict_on(text, "change", size)


def test_a_generic_subject_is_no_tie():
    text = ("Harga Cabai\n\nDi Pasar Baru, harga cabai rawit Rp 60.000 per kg.\n\n"
            "Di Pasar Lama, harga naik 10 persen dari Rp 40.000 per kg.")
    assert not any(v == "inconsistent" for v, _ in _verdicts(text, "change"))


@pytest.mark.parametrize("size, verdict", [("0,25 persen poin", "consistent"), ("0,75 persen poin", "inconsistent")])
def test_a_comparative_states_the_direction(size, verdict):
    text = ("Inflasi Daerah\n\nInflasi Kota Malang pada Mei tercatat 3,10 persen. "
            f"Laju ini lebih tinggi {size} dibandingkan April yang sebesar 2,85 persen.")
    assert verdict in _verdict_on(text, "change", size)


@pytest.mark.parametrize("size, verdict", [("Rp 4.500", "consistent"), ("Rp 9.500", "inconsistent")])
def test_a_difference_said_with_lebih_mahal(size, verdict):
    text = ("Ongkos Harian\n\nKini ongkos makan siangnya Rp 27.000, atau "
            f"{size} lebih mahal dibandingkan tahun lalu yang hanya Rp 22.500.")
    assert verdict in _verdict_on(text, "change", size)


@pytest.mark.parametrize("size, verdict", [("2,1 persen", "consistent"), ("7,1 persen", "inconsistent")])
def test_two_sizes_of_one_change(size, verdict):
    # "turun 21.000 ton atau 2,1 persen": the percent shares the verb of the amount before it
    text = ("Produksi Garam\n\nProduksi garam 2023 sebesar 979.000 ton. Jumlah ini turun 21.000 ton atau "
            f"{size} dibandingkan produksi 2022 yang mencapai 1.000.000 ton.")
    assert verdict in _verdict_on(text, "change", size)


@pytest.mark.parametrize("size, verdict", [("50 basis poin", "consistent"), ("75 basis poin", "inconsistent")])
def test_basis_points(size, verdict):
    text = ("Suku Bunga\n\nBank sentral menahan suku bunga acuan di level 6,25 persen setelah "
            f"menaikkannya {size} dari 5,75 persen pada bulan lalu.")
    assert verdict in _verdict_on(text, "change", size)


def test_an_exchange_rate_moves_against_the_currency_that_weakens():
    # the rupiah weakens as rupiah per dollar rises: no direction alarm; a size off by a rounding
    # of the feed is no alarm either, one that cannot be is
    ok = ("Rupiah Melemah\n\nNilai tukar rupiah berada di posisi Rp15.150 per dolar AS. Posisi ini "
          "melemah 0,33 persen dibandingkan penutupan kemarin yakni Rp15.100 per dolar AS.")
    assert "consistent" in _verdict_on(ok, "change", "0,33 persen")
    near = ok.replace("0,33 persen", "0,40 persen")
    assert "inconsistent" not in _verdict_on(near, "change", "0,40 persen")
    off = ok.replace("0,33 persen", "0,93 persen")
    assert "inconsistent" in _verdict_on(off, "change", "0,93 persen")


# --- product: what each one has, marked by the text ------------------------------------------------
@pytest.mark.parametrize("total, verdict", [("24.000 kursi", "consistent"), ("29.000 kursi", "inconsistent"),
                                            ("24 kursi", "inconsistent")])
def test_masing_masing_with_a_marked_total(total, verdict):
    text = ("Mudik Gratis\n\nPemerintah kota menyiapkan 600 bus berkapasitas masing-masing 40 penumpang, "
            f"atau total {total}.")
    assert verdict in _verdict_on(text, "product", total, "count_times_each")


@pytest.mark.parametrize("total, verdict", [("US$ 30.000", "consistent"), ("US$ 80.000", "inconsistent")])
def test_setiap_names_the_one_each_is_for(total, verdict):
    text = ("Hadiah Turnamen\n\nSetiap tim semifinalis menerima US$ 7.500, sehingga total hadiah untuk "
            f"empat tim tersebut mencapai {total}.")
    assert verdict in _verdict_on(text, "product", total, "count_times_each")


def test_a_chain_of_amounts_each_goes_into_the_product():
    text = ("Daya Tampung\n\nKabupaten itu memiliki 8 SMK negeri, masing-masing membuka 12 rombel dengan "
            "32 siswa per rombel. Dengan begitu, total kursi yang tersedia 3.072 kursi.")
    got = _verdict_on(text, "product", "3.072 kursi", "count_times_each")
    assert got == {"consistent"}
    assert _verdict_on(text.replace("3.072 kursi", "3.672 kursi"), "product", "3.672 kursi",
                       "count_times_each") == {"inconsistent"}


@pytest.mark.parametrize("total, verdict", [("Rp 31,2 triliun", "consistent"), ("Rp 36,2 triliun", "inconsistent")])
def test_an_average_after_its_total(total, verdict):
    text = ("Bursa\n\nSebanyak 48 perusahaan melantai di bursa dan menghimpun dana "
            f"{total}, atau rata-rata Rp 650 miliar per emiten.")
    assert verdict in _verdict_on(text, "product", total, "count_times_each")


def test_setiap_with_two_amounts_before_it_is_left_open():
    text = ("Bantuan\n\nSetiap keluarga mendapat Rp 300.000 dan Rp 100.000 untuk sekolah, bagi 2.000 keluarga. "
            "Total anggaran Rp 900 juta.")
    assert "inconsistent" not in _verdict_on(text, "product", "Rp 900 juta")


@pytest.mark.parametrize("total, verdict", [("sekitar Rp 600 miliar", "consistent"),
                                            ("sekitar Rp 600 triliun", "inconsistent")])
def test_the_count_and_total_in_the_sentence_after_the_amount_each(total, verdict):
    text = ("Pungutan Turis\n\nMulai tahun depan, setiap turis asing dikenai pungutan Rp 150.000 per orang. "
            f"Jika kunjungan mencapai 4 juta orang, potensi penerimaan daerah {total}.")
    assert verdict in _verdict_on(text, "product", total)


def test_the_amount_each_said_again_is_no_total():
    text = ("Tunjangan\n\nTunjangan itu Rp 40 juta per anggota selama lima tahun. "
            "500 anggota dikali Rp 40 juta selama 60 bulan, menghabiskan anggaran Rp 1,2 triliun.")
    assert not any(v == "inconsistent" for v, _ in _verdicts(text, "product"))


@pytest.mark.parametrize("loss, verdict", [("Rp 150 miliar", "consistent"), ("Rp 150 triliun", "inconsistent"),
                                           ("Rp 190 miliar", "inconsistent")])
def test_the_quantity_just_before_a_price_and_the_total_after_it(loss, verdict):
    # the quantity is itself the total of a product before it, and more tonnes follow later
    text = ("Sawah Terendam\n\nBanjir merendam 5.000 hektare sawah. Tanaman padi baru berumur dua minggu.\n\n"
            "Dengan produktivitas 5 ton per hektare, kehilangan produksi mencapai 25.000 ton gabah. "
            f"Dengan harga gabah Rp 6.000 per kg, kerugian petani bisa {loss}. "
            "Pemerintah mengirim 30 ton beras.")
    assert verdict in _verdict_on(text, "product", loss)
