"""Sum recall, session 11: lists after an opener that the rules read only when their figures stood
side by side. A total with a figure of another unit before the opener ("... di tiga gudang, yaitu
..."), parts with figures of other units between them ("(berat 2,5 kg)"), a total counted by its
classifier ("1.250 ekor, terdiri dari 700 ekor sapi ..."), "dengan rincian", "terbagi atas",
"dengan komposisi", and a list whose sentence points back at the sentence before ("Jumlah
tersebut terdiri dari ...", "Mereka terdiri atas ..."). Each with a text that agrees, one with a
part changed, and near-cases that must not alarm (each checked beside its agreeing twin, so that
every test needs the rule). All sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.findings_of import alarms, verdicts


def _sum(text, rule=None):
    return [v for v, _ in verdicts(text, "sum", rule)]


def _sum_claims(text):
    return [claims for _, claims in verdicts(text, "sum")]


# --- a figure of another unit between the total and the opener ------------------------------------
_SEIZED = ("Petugas gabungan menyita total {t} karung pupuk ilegal di tiga gudang, yaitu 260 karung di "
           "gudang Cikampek dan {a} karung di gudang Karawang.")


@pytest.mark.parametrize("t,a,verdict", [
    ("410", "150", "consistent"),
    ("410", "170", "inconsistent"),
])
def test_a_count_of_places_between_the_total_and_the_opener_is_skipped(t, a, verdict):
    assert _sum(_SEIZED.format(t=t, a=a), "list_opened") == [verdict]


# --- figures of another unit among the parts ------------------------------------------------------
_FISH = ("Nelayan Desa Muara menyerahkan 96 ekor penyu sitaan, terdiri dari 58 ekor penyu hijau "
         "(panjang rata-rata 45 cm) dan {b} ekor penyu sisik (panjang rata-rata 38 cm).")


@pytest.mark.parametrize("b,verdict", [("38", "consistent"), ("44", "inconsistent")])
def test_measures_in_parentheses_between_the_parts_are_skipped(b, verdict):
    assert _sum(_FISH.format(b=b), "list_opened") == [verdict]


# --- a total counted by its classifier alone --------------------------------------------------------
_HERD = ("Dinas peternakan mencatat hewan kurban yang telah diperiksa mencapai 1.250 ekor, terdiri dari 310 ekor sapi, "
         "25 ekor kerbau, dan {c} ekor domba.")


@pytest.mark.parametrize("c,verdict", [("915", "consistent"), ("895", "inconsistent")])
def test_parts_named_by_their_animal_add_up_to_a_total_counted_in_ekor(c, verdict):
    assert _sum(_HERD.format(c=c), "list_opened") == [verdict]


# --- "dengan rincian" right after the total ---------------------------------------------------------
_WASTE = ("Selama sepekan, petugas kebersihan mengangkut 84 ton sampah dengan rincian 51 ton dari pasar "
          "induk dan {b} ton dari permukiman warga.")


@pytest.mark.parametrize("b,verdict", [("33", "consistent"), ("30", "inconsistent")])
def test_dengan_rincian_opens_the_parts_of_the_figure_before(b, verdict):
    assert _sum(_WASTE.format(b=b)) == [verdict]


# --- "terbagi atas", "dengan komposisi" -------------------------------------------------------------
@pytest.mark.parametrize("text,verdict", [
    ("Sepanjang musim ini klub itu mencetak 64 gol yang terbagi atas 41 gol di liga dan 23 gol di ajang "
     "piala.", "consistent"),
    ("Sepanjang musim ini klub itu mencetak 64 gol yang terbagi atas 41 gol di liga dan 27 gol di ajang "
     "piala.", "inconsistent"),
    ("Panitia menyiapkan 7 kali sesi latihan dengan komposisi 3 kali sesi pagi, 2 kali sesi siang, dan "
     "2 kali sesi malam.", "consistent"),
    ("Panitia menyiapkan 7 kali sesi latihan dengan komposisi 3 kali sesi pagi, 3 kali sesi siang, dan "
     "2 kali sesi malam.", "inconsistent"),
])
def test_more_openers_of_a_partition(text, verdict):
    assert _sum(text, "list_opened") == [verdict]


# --- the total in the sentence before: "Jumlah tersebut terdiri dari", "Mereka terdiri atas" -----
_BACK = {
    "jumlah": ("Pemerintah provinsi menyalurkan bantuan sosial senilai Rp 48,6 miliar sepanjang tahun ini. "
               "Jumlah tersebut terdiri dari bantuan pangan Rp 30,1 miliar dan bantuan tunai {b}."),
    "mereka": ("Sebanyak 64 atlet dikirim ke kejuaraan nasional di Palembang. Mereka terdiri atas 37 atlet "
               "putra dan {b} atlet putri."),
    "noun": ("Sebanyak 73 warga terluka akibat banjir bandang di dua kecamatan. Warga yang terluka itu "
             "terdiri dari 45 orang dewasa dan {b} orang anak-anak."),
}


@pytest.mark.parametrize("key,b,verdict", [
    ("jumlah", "Rp 18,5 miliar", "consistent"),
    ("jumlah", "Rp 16,5 miliar", "inconsistent"),
    ("mereka", "27", "consistent"),
    ("mereka", "29", "inconsistent"),
    ("noun", "28", "consistent"),
    ("noun", "31", "inconsistent"),
])
def test_a_sentence_pointing_back_lists_the_parts_of_the_figure_before(key, b, verdict):
    assert _sum(_BACK[key].format(b=b), "list_opened_back") == [verdict]


def test_a_sentence_opening_on_the_opener_lists_parts_but_does_not_alarm():
    ok = ("Jumlah penumpang kapal cepat pada libur panjang mencapai 9.400 orang. Terdiri atas 6.100 orang "
          "dari pelabuhan utama dan 3.300 orang dari pelabuhan perintis.")
    off = ok.replace("3.300 orang", "3.700 orang")
    assert _sum(ok) == ["consistent"]
    assert not alarms(off)


# --- "di mana": a list that may name only some parts --------------------------------------------------
def test_di_mana_lists_parts_that_agree_but_never_alarms():
    ok = ("Realisasi investasi di kota itu mencapai Rp 12,4 triliun, di mana investasi dalam negeri "
          "sebesar Rp 7,9 triliun dan investasi asing sebesar Rp 4,5 triliun.")
    off = ok.replace("Rp 4,5 triliun", "Rp 3,5 triliun")
    assert _sum(ok) == ["consistent"]
    assert not alarms(off)


# --- near-cases: no partition, no alarm (beside the twin that agrees) ------------------------------
_AGREES = "Polisi mengamankan 27 orang di dua lokasi, yaitu 19 orang di terminal dan 8 orang di stasiun."


@pytest.mark.parametrize("text", [
    # "antara lain": only some of the parts
    "Polisi mengamankan 27 orang di dua lokasi, antara lain 11 orang di terminal dan 8 orang di stasiun.",
    # a figure of the total's kind in another unit among the parts: the list mixes what it counts
    "Kontingen itu meraih 41 medali, terdiri dari 12 emas, 14 medali perak, dan 9 medali perunggu.",
    # the figure before the opener belongs to another clause ("dan"): the list is not its parts
    "Ponsel itu memakai RAM 12 GB dan tiga pilihan memori, yaitu 128 GB, 256 GB, dan 512 GB.",
    # a change, not parts: "naik ... dari"
    "Anggaran pendidikan tahun depan Rp 96 triliun, yakni naik Rp 9 triliun dari tahun ini Rp 88 triliun.",
    # a figure after the list in a clause of its own ("dengan target") is no part
    "Kantor imigrasi menangani 52 kasus, terdiri atas 30 kasus deportasi dan 22 kasus lainnya, dengan "
    "target sebanyak 15 kasus.",
])
def test_lists_that_are_no_partition_do_not_alarm(text):
    assert _sum(_AGREES) == ["consistent"]
    assert not alarms(text)


@pytest.mark.parametrize("text", [
    # the named noun is not in the sentence before, which compares with a base: it points further back
    ("Pinjaman luar negeri neto direncanakan Rp 4,2 triliun. Angka itu lebih tinggi dari outlook tahun "
     "ini sebesar Rp 3,1 triliun. Pembiayaan tersebut terdiri atas penarikan pinjaman Rp 9,5 triliun "
     "dan cicilan pokok Rp 5,3 triliun."),
    # a sentence with no figure stands between: "Mereka" may be another group
    ("Sebanyak 64 atlet dikirim ke kejuaraan nasional di Palembang. Para pelatih ikut mendampingi. "
     "Mereka terdiri atas 5 pelatih kepala dan 9 asisten pelatih."),
    # two figures of the parts' unit before: which one is the total?
    ("Korban meninggal tercatat 12 orang dan korban luka 40 orang. Mereka terdiri atas 30 orang dewasa "
     "dan 15 orang anak-anak."),
])
def test_a_list_pointing_back_at_no_one_figure_does_not_alarm(text):
    assert _sum(_BACK["mereka"].format(b="27"), "list_opened_back") == ["consistent"]
    assert not alarms(text)


def test_the_parts_are_read_whatever_precedes_them_but_only_in_their_sentence():
    text = ("Pemerintah kabupaten menyiapkan 120 unit rumah sementara. Di lokasi lain, relawan membangun "
            "dapur umum, yaitu 4 unit di balai desa dan 3 unit di sekolah.")
    assert _sum(_AGREES) == ["consistent"]
    assert "inconsistent" not in _sum(text)
    assert ("4 unit", "3 unit", "120 unit") not in _sum_claims(text)


# --- lists no opener ties to a total: a relation only when they add up ------------------------------
_NEXT = ("Dinas perhubungan menyiapkan 46 bus tambahan untuk arus balik. {a} bus melayani rute ke Surabaya "
         "dan 18 bus melayani rute ke Semarang.")


def test_the_parts_in_the_sentence_after_the_one_figure_of_their_unit_are_read_when_they_add_up():
    assert _sum(_NEXT.format(a="Sebanyak 28"), "list_next_sentence") == ["consistent"]


@pytest.mark.parametrize("a", [
    "Sebanyak 31",  # a part changed: no partition is said, so no alarm either
    "Sekitar 28",  # a hedged part: no exact sum to agree
])
def test_parts_in_the_next_sentence_that_miss_or_are_hedged_raise_nothing(a):
    assert _sum(_NEXT.format(a="Sebanyak 28"), "list_next_sentence") == ["consistent"]
    assert _sum(_NEXT.format(a=a)) == []


_FROM = "Rapat itu menyebut dari {t} desa yang didata, 25 desa sudah teraliri listrik dan {b} desa belum."


@pytest.mark.parametrize("t,b,want", [("37", "12", ["consistent"]), ("37", "15", [])])
def test_parts_after_the_figure_dari_names_are_read_when_they_add_up(t, b, want):
    assert _sum(_FROM.format(t="37", b="12"), "list_from_first") == ["consistent"]
    assert _sum(_FROM.format(t=t, b=b)) == want


@pytest.mark.parametrize("text", [
    # the total written to one digit: "1 juta" takes no parts that only come near it
    ("Pemerintah menargetkan penanaman 1 juta hektare tahun ini. Lahan yang siap ditanami seluas "
     "640.210 hektare dan 402.115 hektare lainnya masih disurvei."),
    # durations: anniversaries, no parts of a whole
    ("Museum itu kini berusia 60 tahun. Perayaan serupa digelar saat usianya 20 tahun dan 40 tahun."),
    # two figures of the unit in the sentence before: which one?
    ("Kabupaten itu punya 52 puskesmas induk dan 18 puskesmas pembantu. Sebanyak 30 puskesmas dan 22 "
     "puskesmas lainnya sudah terakreditasi."),
])
def test_sums_that_only_come_near_or_have_no_one_total_are_not_read(text):
    assert _sum(_NEXT.format(a="Sebanyak 28"), "list_next_sentence") == ["consistent"]
    assert "consistent" not in _sum(text, "list_next_sentence")
    assert not alarms(text)
