"""Share recall, session 6 (genshare6): how news states a part and its percent of a whole named
otherwise than by "dari total Y": an abbreviated count noun ("keluarga penerima manfaat (KPM)" ...
"812.000 KPM"), a whole named between "Dari" and its figure ("Dari pagu Rp 1,9 triliun, ..."), a
part "dari target Y, atau Z persen", "Jumlah itu setara Z persen dari total Y" after a long
sentence, a whole named with its clause ("dari seluruh rumah yang terendam"), a whole named by a
noun whose verb states it ("menargetkan ... Rp 80 miliar" ... "dari target"), a part named "<name>
yang ..." of the figure its name names ("dana yang sudah digunakan"), and "Artinya, Z persen"
after a part and its whole. Each: a text that agrees, the same text with a planted error (flagged),
and a loose tie that must not alarm. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.findings_of import alarms, verdicts

_HEAD = "Berita Uji\n\nKompas.com - 01/07/2024, 10:00 WIB\n\n"


def _share(text, rule=None):
    return verdicts(text, "share", rule)


def _cases(template, good, bad):
    return [pytest.param(template.format(z=good), "consistent", id=good),
            pytest.param(template.format(z=bad), "alarm", id=bad)]


def _verdict(text, part, whole, pct):
    got = [v for v, texts in _share(text) if texts == (part, whole, pct)]
    assert len(got) == 1, _share(text)
    return "consistent" if got[0] == "consistent" else "alarm" if got[0] in ("inconsistent", "suspicious") else got[0]


_ABBR = (_HEAD + "Pemerintah kota menyalurkan bantuan pangan kepada 4.800 keluarga penerima manfaat (KPM). "
         "Dari jumlah penerima itu, tercatat 1.200 KPM memiliki anggota lansia, atau {z} persen dari seluruh "
         "penerima.")


@pytest.mark.parametrize("text,want", _cases(_ABBR, "25", "35"))
def test_an_abbreviated_count_noun_counts_the_same_thing(text, want):
    assert _verdict(text, "1.200 KPM", "4.800 keluarga", f"{text.split(' persen dari seluruh')[0].split()[-1]} persen") == want


_OPENING = (_HEAD + "Dari anggaran Rp 2,4 miliar, dinas baru membelanjakan Rp 900 juta atau {z} persen hingga "
            "akhir Juni.")


@pytest.mark.parametrize("text,want", _cases(_OPENING, "37,5", "57,5"))
def test_dari_a_named_whole_opening_the_sentence(text, want):
    z = "37,5" if "37,5" in text else "57,5"
    assert _verdict(text, "Rp 900 juta", "Rp 2,4 miliar", f"{z} persen") == want


_TARGET = (_HEAD + "Hingga Juni, penerimaan retribusi parkir baru Rp 3,6 miliar dari target Rp 12 miliar, atau {z} "
           "persen.")


@pytest.mark.parametrize("text,want", _cases(_TARGET, "30", "36"))
def test_a_part_dari_target_y_then_its_percent(text, want):
    z = "30" if "atau 30" in text else "36"
    assert _verdict(text, "Rp 3,6 miliar", "Rp 12 miliar", f"{z} persen") == want


_THIS_LONG = (_HEAD + "Pemerintah provinsi telah memperbaiki 2.150 ruas jalan desa yang rusak sepanjang musim hujan "
              "di wilayah selatan tahun ini. Jumlah itu setara {z} persen dari total 5.000 ruas jalan desa.")


@pytest.mark.parametrize("text,want", _cases(_THIS_LONG, "43", "48"))
def test_this_figure_after_a_long_sentence_of_one_figure(text, want):
    z = "43" if "setara 43" in text else "48"
    assert _verdict(text, "2.150 ruas", "5.000 ruas", f"{z} persen") == want


_CLAUSE = ("Banjir Rendam 3.600 Rumah di Bekasi\n\nKompas.com - 01/07/2024, 10:00 WIB\n\n"
           "BPBD mencatat 3.600 rumah terendam banjir sejak Senin. Sebanyak 900 rumah di antaranya terendam "
           "hingga atap, atau {z} persen dari seluruh rumah yang terdampak.")


@pytest.mark.parametrize("text,want", _cases(_CLAUSE, "25", "35"))
def test_a_whole_named_with_its_clause_and_said_in_the_headline(text, want):
    z = "25" if "atau 25" in text else "35"
    assert _verdict(text, "900 rumah", "3.600 rumah", f"{z} persen") == want


_VERB = (_HEAD + "Kementerian menargetkan penerimaan negara bukan pajak Rp 80 miliar tahun ini. Hingga Juni, "
         "PNBP yang terkumpul Rp 36 miliar, sekitar {z} persen dari target.")


@pytest.mark.parametrize("text,want", _cases(_VERB, "45", "55"))
def test_a_whole_named_by_the_verb_that_states_it(text, want):
    z = "45" if "sekitar 45" in text else "55"
    assert _verdict(text, "Rp 36 miliar", "Rp 80 miliar", f"sekitar {z} persen") == want


_SUBJECT = (_HEAD + "Dinas Pendidikan menyiapkan beasiswa senilai Rp 4 miliar untuk siswa berprestasi. Sampai "
            "akhir semester, beasiswa yang telah dicairkan mencapai Rp 2,6 miliar atau {z} persen.")


@pytest.mark.parametrize("text,want", _cases(_SUBJECT, "65", "85"))
def test_a_part_named_by_what_it_is_a_portion_of(text, want):
    z = "65" if "atau 65" in text else "85"
    assert _verdict(text, "Rp 2,6 miliar", "Rp 4 miliar", f"{z} persen") == want


def test_two_shares_of_one_budget_compared_are_no_part_and_whole():
    """Regression (real news, rewritten): this year's and last year's realisation, each with its own
    percent of a budget not stated, are not part and whole of each other."""
    text = (_HEAD + "Pemerintah mempercepat belanja kementerian pada awal tahun. Realisasi belanja dinas kesehatan yang "
            "telah mencapai Rp 5,1 miliar atau 12,2 persen, lebih tinggi dibandingkan periode yang sama tahun "
            "lalu Rp 4,4 miliar atau 10,6 persen.")
    assert alarms(text) == []


_CONCLUDED = (_HEAD + "Dari 250 puskesmas di provinsi itu, 180 puskesmas sudah memiliki dokter gigi. Artinya, {z} "
              "persen puskesmas telah memenuhi standar layanan.")


@pytest.mark.parametrize("text,want", _cases(_CONCLUDED, "72", "78"))
def test_a_share_drawn_from_the_sentence_before(text, want):
    z = "72" if "Artinya, 72" in text else "78"
    assert _verdict(text, "180 puskesmas", "250 puskesmas", f"{z} persen") == want


def test_a_conclusion_about_something_else_is_no_share():
    text = (_HEAD + "Dari 250 puskesmas di provinsi itu, 180 puskesmas sudah memiliki dokter gigi. Artinya, 40 "
            "persen warga kini bisa berobat gigi di dekat rumah.")
    assert [v for v, t in _share(text) if "40 persen" in t] == []


def test_a_conclusion_of_another_whole_is_no_share_of_the_pair():
    """Regression (a discovery article): the percent's "dari" names a whole the pair before does not."""
    text = (_HEAD + "Dari 46 bank penyalur, tiga bank BUMN menyalurkan Rp 205 triliun. Dengan demikian, porsi bank "
            "BUMN mencapai 85,2 persen dari seluruh KUR yang tersalurkan.")
    assert alarms(text) == []


_AMONG_LONG = (_HEAD + "Program itu telah menjangkau 5.200 petani. Sebanyak 1.300 petani di antaranya merupakan "
               "petani muda yang baru mulai bertani, atau {z} persen dari total petani.")


@pytest.mark.parametrize("text,want", _cases(_AMONG_LONG, "25", "35"))
def test_a_part_of_a_group_described_at_length_then_its_percent(text, want):
    z = "25" if "atau 25" in text else "35"
    assert _verdict(text, "1.300 petani", "5.200 petani", f"{z} persen") == want


_NAMED_THEN_PART = (_HEAD + "Tahun ini, daya tampung 40 SMA negeri di provinsi itu hanya 14.400 kursi. Kuota jalur "
                    "prestasi ditetapkan {z} persen dari daya tampung, yakni 4.320 kursi.")


@pytest.mark.parametrize("text,want", _cases(_NAMED_THEN_PART, "30", "36"))
def test_a_percent_of_a_named_whole_then_the_part_restated(text, want):
    z = "30" if "ditetapkan 30" in text else "36"
    assert _verdict(text, "4.320 kursi", "14.400 kursi", f"{z} persen") == want


def test_a_named_whole_beside_another_figure_may_be_their_sum():
    """Regression (real news, rewritten): "dari jumlah proyek" after two projects in one sentence
    names their sum, not the one of them that passes the other tests."""
    text = (_HEAD + "Dana itu untuk proyek jembatan senilai Rp 40 miliar dan peningkatan jalan desa sebesar Rp 60 "
            "miliar. Pejabat itu meminta imbalan 5 persen dari jumlah proyek, yakni Rp 5 miliar.")
    assert alarms(text) == []


_OR_PART_SIBLING = (_HEAD + "Tahun ini, daya tampung 40 SMA negeri di provinsi itu hanya 14.400 kursi. Kuota jalur "
                    "prestasi ditetapkan 30 persen dari daya tampung, yakni 4.320 kursi. Jalur afirmasi mendapat "
                    "{z} persen atau 2.160 kursi.")


@pytest.mark.parametrize("text,want", _cases(_OR_PART_SIBLING, "15", "25"))
def test_a_percent_then_its_part_beside_a_share_of_a_named_whole(text, want):
    z = "15" if "mendapat 15" in text else "25"
    assert _verdict(text, "2.160 kursi", "14.400 kursi", f"{z} persen") == want


_BASE = (_HEAD + "Dari 80.000 pemilih terdaftar, warga yang menggunakan hak pilih sebanyak 52.000 orang. Pemilih "
         "muda yang datang ke TPS tercatat 13.000 orang, atau {z} persen dari pengguna hak pilih.")


@pytest.mark.parametrize("text,want", _cases(_BASE, "25", "35"))
def test_a_whole_named_by_a_noun_of_the_verb_that_states_it(text, want):
    z = "25" if "atau 25" in text else "35"
    assert _verdict(text, "13.000 orang", "52.000 orang", f"{z} persen") == want


_THIS_ADVERB = (_HEAD + "Dinas mencatat 4.500 balita telah menerima vitamin A pada bulan ini. Jumlah itu baru {z} "
                "persen dari sasaran sebanyak 7.500 balita.")


@pytest.mark.parametrize("text,want", _cases(_THIS_ADVERB, "60", "65"))
def test_this_figure_then_an_adverb_then_its_percent(text, want):
    z = "60" if "baru 60" in text else "65"
    assert _verdict(text, "4.500 balita", "7.500 balita", f"{z} persen") == want


_AMONG_LONGER = (_HEAD + "Kabupaten itu memiliki 1.200 sekolah dasar. Sebanyak 300 sekolah di antaranya sudah memiliki "
                 "perpustakaan dan laboratorium komputer sesuai standar, atau {z} persen dari seluruh sekolah dasar.")


@pytest.mark.parametrize("text,want", _cases(_AMONG_LONGER, "25", "35"))
def test_a_part_of_a_group_described_at_greater_length(text, want):
    z = "25" if "atau 25" in text else "35"
    assert _verdict(text, "300 sekolah", "1.200 sekolah", f"{z} persen") == want


_CONCLUDED_NAMED = (_HEAD + "Panitia mencatat 12.000 peserta mendaftar lomba lari maraton tahun ini. Kategori 10 "
                    "kilometer diikuti 7.200 peserta. Artinya, {z} persen peserta memilih jarak 10 kilometer.")


@pytest.mark.parametrize("text,want", _cases(_CONCLUDED_NAMED, "60", "66"))
def test_a_concluded_share_of_a_whole_its_noun_names(text, want):
    z = "60" if "Artinya, 60" in text else "66"
    assert _verdict(text, "7.200 peserta", "12.000 peserta", f"{z} persen") == want


_ACTOR = (_HEAD + "Pasangan nomor urut 1 meraih 120.000 suara, sedangkan pasangan nomor urut 2 memperoleh 80.000 "
          "suara. Total suara sah mencapai 200.000 suara. Dengan demikian, pasangan nomor urut 1 meraih {z} persen "
          "suara sah, sedangkan pasangan nomor urut 2 mendapat 40 persen.")


@pytest.mark.parametrize("text,want", _cases(_ACTOR, "60", "66"))
def test_a_percent_of_who_holds_it_and_of_a_named_whole(text, want):
    z = "60" if "meraih 60" in text else "66"
    assert _verdict(text, "120.000 suara", "200.000 suara", f"{z} persen") == want
    assert _verdict(text, "80.000 suara", "200.000 suara", "40 persen") == "consistent"
