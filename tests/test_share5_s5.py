"""Share recall, session 5 (share5): a rate worked through an example, a rate drawn from the whole
just before it, a group's share opening on its name, a year's figure of a whole, and wholes named
less directly (by no figure, in full by a verb's base, after the percent, by "dari total" alone).
Each tie: a text that agrees, the same text with a planted error (flagged), and where it matters a
loose tie that must not alarm. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from checks.registry import check_text

_HEAD = "Berita Uji\n\n"
_ALARM = ("inconsistent", "suspicious")


def _got(text):
    """(verdict, rule, claim texts) of the share findings."""
    rep = check_text(text, "t")
    by_id = {c.id: c.text for c in rep.claims}
    return [(f.verdict, f.rule, [by_id[i] for i in f.claims]) for f in rep.findings if f.check == "share"]


def _of(text, rule):
    return [(v, c) for v, r, c in _got(text) if r == rule]


# --- a worked example of a rate stated before ---------------------------------------------------
_EXAMPLE = (_HEAD + "Pembelian barang mewah dikenai pajak sebesar 10 persen bagi wajib pajak terdaftar dan 20 "
            "persen bagi yang tidak terdaftar. {opener}pembelian jam tangan senilai Rp 50.000.000 oleh wajib "
            "pajak terdaftar dikenai pajak Rp {x}.")


@pytest.mark.parametrize("x,verdict,rate", [("5.000.000", "consistent", "10 persen"),
                                            ("7.000.000", "inconsistent", "10 persen")])
def test_a_worked_example_of_a_rate(x, verdict, rate):
    got = _of(_EXAMPLE.format(opener="Sebagai contoh, ", x=x), "worked_example")
    assert got == [(verdict, [f"Rp {x}", "Rp 50.000.000", rate])]


def test_a_worked_example_fits_either_rate():
    got = _of(_EXAMPLE.format(opener="Sebagai contoh, ", x="10.000.000"), "worked_example")
    assert got == [("consistent", ["Rp 10.000.000", "Rp 50.000.000", "20 persen"])]


def test_no_example_no_tie():
    """Without the example's opener the same amounts tie to no rate (and with it they do)."""
    assert _of(_EXAMPLE.format(opener="Sebagai contoh, ", x="7.000.000"), "worked_example")
    assert not _of(_EXAMPLE.format(opener="Tahun lalu, ", x="7.000.000"), "worked_example")


# --- a rate drawn from the whole just before it, named after its part ----------------------------
_TPAK = (_HEAD + "Jumlah angkatan kerja di provinsi itu mencapai 2.500.000 orang. Adapun penduduk usia "
         "kerja tercatat 4.000.000 orang, sehingga tingkat partisipasi angkatan kerja sebesar {z}.")
_LDR = (_HEAD + "Penyaluran kredit bank daerah tumbuh 8 persen menjadi Rp 40 triliun dari Rp 37 triliun. "
        "Simpanan nasabah naik 5 persen menjadi Rp 50 triliun, sehingga rasio kredit terhadap simpanan "
        "berada di {z}.")


@pytest.mark.parametrize("z,verdict", [("62,5 persen", "consistent"), ("72,5 persen", "inconsistent")])
def test_a_rate_drawn_from_the_whole_before(z, verdict):
    assert _of(_TPAK.format(z=z), "so_rate_of_whole") == [(verdict, ["2.500.000 orang", "4.000.000 orang", z])]


@pytest.mark.parametrize("z,verdict", [("80 persen", "consistent"), ("60 persen", "inconsistent")])
def test_a_ratio_of_a_level_not_of_a_change_base(z, verdict):
    # the credit "menjadi Rp 40 triliun", not its base "dari Rp 37 triliun"
    assert _of(_LDR.format(z=z), "so_rate_of_whole") == [(verdict, ["Rp 40 triliun", "Rp 50 triliun", z])]


def test_a_rate_whose_name_names_no_figure_says_nothing():
    text = _TPAK.format(z="72,5 persen")
    assert _of(text, "so_rate_of_whole")
    assert not _of(text.replace("tingkat partisipasi angkatan kerja", "tingkat kesejahteraan"), "so_rate_of_whole")


# --- a group's share opening on the group's name ------------------------------------------------
_GROUP = (_HEAD + "Sebanyak 1.200 warga sudah menerima vaksin dosis ketiga. Vaksin dosis kedua telah diterima "
          "4.800 orang. Dari kelompok penerima dosis kedua itu, baru sekitar {z} yang datang untuk dosis "
          "ketiga.")


@pytest.mark.parametrize("z,verdict", [("25 persen", "consistent"), ("45 persen", "suspicious")])
def test_a_share_of_a_group_named_at_the_opening(z, verdict):
    got = _of(_GROUP.format(z=z), "group_then_part")
    assert got == [(verdict, ["1.200 warga", "4.800 orang", f"sekitar {z}"])]


# --- a year's figure of a whole stated after "dari" ---------------------------------------------
_YEAR = (_HEAD + "Kunjungan wisatawan ke kota itu sepanjang 2023 mencapai 800.000 kunjungan. Jumlah itu naik "
         "dibandingkan 2022 yang hanya 500.000 kunjungan. \"Angka 2023 sudah sekitar {z} dari capaian 2019 "
         "yang sebanyak 1.000.000 kunjungan,\" ujarnya.")


@pytest.mark.parametrize("z,verdict", [("80 persen", "consistent"), ("50 persen", "inconsistent")])
def test_a_years_figure_of_a_whole(z, verdict):
    got = _of(_YEAR.format(z=z), "year_part_of_y")
    assert got == [(verdict, ["800.000 kunjungan", "1.000.000 kunjungan", f"sekitar {z}"])]


# --- a whole named by no figure: the one larger count of the part's noun -------------------------
_SOLE = (_HEAD + "Pemerintah menyalurkan bantuan kepada warga di kabupaten itu. Dari 2.000 KPM, sebanyak 1.200 "
         "KPM menerima lewat bank. Hingga Jumat, bantuan telah diterima 1.500 KPM atau {z} dari target.")


@pytest.mark.parametrize("z,verdict", [("75 persen", "consistent"), ("35 persen", "suspicious")])
def test_a_whole_named_by_no_figure(z, verdict):
    assert _of(_SOLE.format(z=z), "x_percent_of_sole_y") == [(verdict, ["1.500 KPM", "2.000 KPM", z])]


def test_two_larger_counts_name_no_whole():
    text = _SOLE.format(z="35 persen")
    assert [v for v, _, _ in _got(text) if v in _ALARM]
    text = text.replace("menerima lewat bank.", "menerima lewat bank dan 3.000 KPM di kota.")
    assert not [v for v, _, _ in _got(text) if v in _ALARM]


def test_a_larger_count_the_text_does_not_treat_as_its_whole_is_none():
    """ "bantuan kepada 2.000 KPM" said once, not opening a sentence: "dari target nasional" may be
    of a larger whole the text leaves unsaid; no alarm."""
    text = (_HEAD + "Kabupaten itu menyalurkan bantuan kepada 2.000 KPM. Hingga Jumat, bantuan telah diterima "
            "1.500 KPM atau 0,5 persen dari target nasional.")
    assert not [v for v, _, _ in _got(text) if v in _ALARM]
    assert _of(text.replace("kepada 2.000 KPM.", "kepada warga. Dari 2.000 KPM, separuhnya lansia."),
               "x_percent_of_sole_y")


# --- a whole named in full: a verb by its base, a word of scope left out ------------------------
_SELL = (_HEAD + "Harga beras premium dijual Rp 15.000 per kilogram. Harga beli dari petani Rp 12.000 per "
         "kilogram. Artinya, selisih harga jual dan harga beli mencapai Rp 3.000 per kilogram, atau sekitar "
         "{z} dari harga jual.")
_SCOPE = (_HEAD + "Kementerian mencatat 10.000 kasus baru dalam sehari. Jumlah pasien sembuh bertambah 2.000 "
          "orang. Tiga provinsi itu menyumbang 6.000 kasus atau {z} dari kasus baru nasional.")


def test_a_whole_named_by_a_verbs_base():
    def got(z):
        return _of(_SELL.format(z=z), "x_percent_of_named_y")
    assert got("20 persen") == [("consistent", ["Rp 3.000 per kilogram", "Rp 15.000 per kilogram", "sekitar 20 persen"])]
    assert got("40 persen") == [("suspicious", ["Rp 3.000 per kilogram", "Rp 15.000 per kilogram", "sekitar 40 persen"])]


def test_a_whole_named_with_a_word_of_scope():
    def got(z):
        return _of(_SCOPE.format(z=z), "x_percent_of_named_y")
    assert got("60 persen") == [("consistent", ["6.000 kasus", "10.000 kasus", "60 persen"])]
    assert got("90 persen") == [("suspicious", ["6.000 kasus", "10.000 kasus", "90 persen"])]


# --- a whole named in full, stated after the percent --------------------------------------------
_AFTER = (_HEAD + "Partai Merah memperoleh 5.200.000 suara atau {z} dari total suara sah. Partai Biru meraih "
          "4.800.000 suara. Secara keseluruhan, jumlah suara sah mencapai 10.000.000 suara.")


@pytest.mark.parametrize("z,verdict", [("52 persen", "consistent"), ("552 persen", "inconsistent"),
                                       ("62 persen", "inconsistent")])
def test_a_whole_named_after_the_percent(z, verdict):
    assert _of(_AFTER.format(z=z), "x_percent_of_named_y") == [(verdict, ["5.200.000 suara", "10.000.000 suara", z])]


# --- "dari total" alone: the whole of the shares beside it ---------------------------------------
_BARE = (_HEAD + "Tahun lalu kota itu dikunjungi 1.000.000 wisatawan. Jumlah itu naik dibandingkan 2022. "
         "Wisatawan datang dari 40 negara. Jepang menyumbang 300.000 wisatawan atau 30 persen. Posisi "
         "berikutnya ditempati Korea dengan 100.000 wisatawan dan China 50.000 wisatawan. Tiga negara itu "
         "menyumbang 450.000 wisatawan, atau {z} dari total.")


@pytest.mark.parametrize("z,verdict", [("45 persen", "consistent"), ("75 persen", "suspicious")])
def test_a_bare_total_takes_its_siblings_whole(z, verdict):
    got = [(v, c) for v, r, c in _got(_BARE.format(z=z)) if "450.000 wisatawan" in c]
    assert got == [(verdict, ["450.000 wisatawan", "1.000.000 wisatawan", z])]


def test_a_whole_named_after_the_percent_read_as_cut():
    """Precision regression (a real-news pattern, written anew): "Rp 117 triliun" may be 117,9
    cut to 117, and 117,9 of 123,8 is 95,2 persen: no alarm for a whole found by its name alone."""
    text = (_HEAD + "Penyaluran Kredit Usaha Tani (KUT) hingga 30 November 2022 telah mencapai Rp 117 triliun. "
            "Angka tersebut mencapai {z} dari target penyaluran pada tahun ini. KUT tersebut telah disalurkan "
            "kepada 12.345 debitur. Secara keseluruhan, target penyaluran KUT di tahun 2022 sebesar Rp 123,8 "
            "triliun.")
    assert not [v for v, _, _ in _got(text.format(z="95,2 persen")) if v in _ALARM]
    assert [v for v, _, _ in _got(text.format(z="85,2 persen")) if v in _ALARM]


def test_a_worked_example_of_a_levy_inside_the_price():
    """ "harga Rp 111.000 sudah termasuk PPN Rp 11.000" is 11 persen of the price before the levy: no
    alarm; Rp 21.000 fits neither reading and is flagged."""
    text = (_HEAD + "Pemerintah menetapkan PPN sebesar 11 persen mulai April. Sebagai contoh, barang seharga "
            "Rp 111.000 sudah termasuk PPN Rp {x}.")
    assert not [v for v, _, _ in _got(text.format(x="11.000")) if v in _ALARM]
    assert _of(text.format(x="21.000"), "worked_example") == [
        ("inconsistent", ["Rp 21.000", "Rp 111.000", "11 persen"])]


# --- a whole named by an abbreviation the text defines after it ---------------------------------
_DEFINED = (_HEAD + "Produksi jagung nasional pada 2023 sebesar 20 juta ton pipilan kering (PK). Jumlah ini turun "
            "dibandingkan produksi 2022 yang mencapai 22 juta ton PK. Luas panen menyusut karena kemarau. "
            "Petani menunda tanam. Jika dikonversi, produksi 2023 setara 14 juta ton jagung, atau {z} dari "
            "berat PK.")


def test_a_whole_named_by_its_defined_abbreviation():
    def got(z):
        return _of(_DEFINED.format(z=z), "x_percent_of_defined_y")
    assert got("70 persen") == [("consistent", ["14 juta ton", "20 juta ton", "70 persen"])]
    assert got("90 persen") == [("suspicious", ["14 juta ton", "20 juta ton", "90 persen"])]


def test_a_rate_drawn_from_a_part_is_no_share_of_it():
    """ "kamar terisi 6.000 kamar, sehingga tingkat hunian kamar mencapai 60 persen" after "10.000
    kamar": the figure before "sehingga" is the part here, and "kamar" alone names every count of
    rooms; no alarm (while the same rate drawn from the whole is still read)."""
    text = (_HEAD + "Kapasitas hotel di kota itu 10.000 kamar. Pada Desember, kamar terisi 6.000 kamar, "
            "sehingga tingkat hunian kamar mencapai 60 persen.")
    assert not [v for v, _, _ in _got(text) if v in _ALARM]
    assert _of(_TPAK.format(z="72,5 persen"), "so_rate_of_whole")


def test_a_rate_drawn_from_a_whole_written_too_small_is_a_scale_slip():
    text = _TPAK.format(z="62,5 persen").replace("4.000.000 orang", "4.000 orang")
    assert [v for v, r, _ in _got(text) if v in _ALARM and r == "so_rate_of_whole"]


def test_a_whole_named_after_for_another_region_is_none():
    """ "Di Jawa Barat, jumlah suara sah mencapai ..." after a share "dari total suara sah" in Jawa
    Tengah: a later figure of the same name the text does not call the overall one is no whole."""
    text = (_HEAD + "Di Jawa Tengah, pasangan A memperoleh 5.200.000 suara atau 52 persen dari total suara sah. "
            "Di Jawa Barat, jumlah suara sah mencapai 20.000.000 suara.")
    assert not [v for v, _, _ in _got(text) if v in _ALARM]
    assert _of(text.replace("Di Jawa Barat, jumlah suara sah", "Secara keseluruhan, jumlah suara sah"),
               "x_percent_of_named_y")


def test_a_bare_total_of_money_keeps_to_its_sentence():
    """ "Impor dari tiga negara itu ... US$ 40 miliar, atau 25 persen dari total" two sentences after
    a share of exports: money has many totals; the siblings' whole reaches one sentence only."""
    text = (_HEAD + "Ekspor nonmigas mencapai US$ 200 miliar. Ekspor ke China US$ 60 miliar atau 30 persen. Ekspor "
            "ke Jepang dan Korea masing-masing US$ 20 miliar dan US$ 15 miliar. Impor dari tiga negara itu "
            "menyumbang US$ 40 miliar, atau 25 persen dari total.")
    assert not [v for v, _, _ in _got(text) if v in _ALARM]
    assert [v for v, _, _ in _got(_BARE.format(z="75 persen")) if v in _ALARM]

