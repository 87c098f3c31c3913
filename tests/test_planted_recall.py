"""Planted-error recall of restatement, share and product (issue #4): a tie the text states
(headline and lead, "X atau Z persen dari Y", "rata-rata R per unit") turns a wrong number into
an alarm; where the tie is loose, no alarm. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from checks.registry import check_text

ALARM = ("inconsistent", "suspicious")


def _touching(text, check, mention):
    """`check`'s findings that involve the (first) mention `mention`."""
    rep = check_text(text, "t")
    start = text.index(mention)
    end = start + len(mention)
    return [f for f in rep.findings if f.check == check
            and any(s.start < end and start < s.end for s in f.spans)]


def _verdicts(text, check, mention):
    return [f.verdict for f in _touching(text, check, mention)]


def _rules(text, check, mention):
    return [f.rule for f in _touching(text, check, mention)]


# --- restatement: a digit slip between headline and body ---------------------------------------
HEAD = ("Banjir Rendam Kabupaten, 24.100 Warga Mengungsi\n\n"
        "Banjir merendam 30 desa sejak Senin. Sebanyak {lead} mengungsi ke 80 titik. "
        "Petugas mendirikan dapur umum.\n\n"
        "Bupati mengatakan, pengungsi {later} mendapat makanan tiga kali sehari.")


def test_headline_and_lead_agree():
    text = HEAD.format(lead="24.100 jiwa", later="sebanyak 8.000 jiwa")
    assert _verdicts(text, "restatement", "24.100 Warga") == ["consistent"]


def test_a_lead_one_leading_digit_off_the_headline_is_flagged():
    text = HEAD.format(lead="74.100 jiwa", later="sebanyak 8.000 jiwa")
    assert set(_verdicts(text, "restatement", "74.100 jiwa")) & set(ALARM)


def test_a_lead_off_the_headline_while_a_later_sentence_agrees_is_flagged():
    text = HEAD.format(lead="74.100 jiwa", later="yang berjumlah 24.100 jiwa")
    assert "suspicious" in _verdicts(text, "restatement", "74.100 jiwa")


@pytest.mark.parametrize("lead", [
    "25.100 jiwa",   # another digit than the leading one: another figure as often as a typo
    "24.000 jiwa",   # near: the older near-miss rule speaks, not the digit rule
    "14.100 keluarga",  # another noun
])
def test_the_digit_rule_leaves_other_figures_alone(lead):
    text = HEAD.format(lead=lead, later="sebanyak 8.000 jiwa")
    assert "headline_digit_slip" not in _rules(text, "restatement", lead)
    assert "inconsistent" not in _verdicts(text, "restatement", lead)


def test_no_digit_alarm_on_a_lead_price_besides_the_headline_price():
    text = ("Harga Emas Hari Ini Rp1,06 Juta per Gram\n\n"
            "Harga emas ukuran 2 gram dijual Rp2,06 juta. Harga emas 1 gram dijual Rp1,06 juta per gram.")
    assert not set(_verdicts(text, "restatement", "Rp2,06 juta")) & set(ALARM)


# --- share: the part, the percent and the whole tied by the text --------------------------------
VAKSIN = ("Vaksinasi di Kabupaten Contoh\n\n"
          "Hingga Senin, baru {part} yang menerima suntikan booster, atau {pct} dari sasaran 800.000 jiwa.")


def test_share_tied_by_its_clause_is_checked():
    text = VAKSIN.format(part="200.000 warga", pct="25 persen")
    assert _verdicts(text, "share", "25 persen") == ["consistent"]
    # the percent changed: the clause still ties part, percent and whole
    assert _verdicts(VAKSIN.format(part="200.000 warga", pct="65 persen"), "share", "65 persen") == ["inconsistent"]


def test_share_part_with_a_scale_slip_is_suspicious_even_on_a_loose_tie():
    text = ("Anggaran Kota Contoh\n\nBelanja kota ditetapkan Rp 4,8 triliun. Belanja pegawai sebesar "
            "Rp 1,2 miliar atau 25 persen dari belanja kota.")
    assert set(_verdicts(text, "share", "Rp 1,2 miliar")) & set(ALARM)


def test_share_of_a_whole_named_with_total_is_checked():
    base = ("Anggaran Kota Contoh\n\nBelanja kota ditetapkan Rp 4.800 miliar. Pendapatan kota ditargetkan "
            "Rp 4.500 miliar.\n\nPorsi terbesar dipegang belanja pegawai, yakni Rp 1,2 triliun atau {pct} "
            "dari total belanja.")
    assert _verdicts(base.format(pct="25 persen"), "share", "25 persen") == ["consistent"]
    assert _verdicts(base.format(pct="75 persen"), "share", "75 persen") == ["inconsistent"]


@pytest.mark.parametrize("text, pct", [
    # the number after "dari PDB maupun ..." is another quarter's deficit, not the whole
    ("Defisit Melebar\n\nDefisit kuartal II US$ 8,4 miliar atau 3,04% dari PDB. Defisit kuartal I "
     "US$ 7 miliar atau 2,6% dari PDB maupun kuartal yang sama tahun lalu US$ 8 miliar.", "2,6%"),
    # "dari pagu": the ministry's own ceiling is not stated; the only "pagu" figure is another one
    ("Belanja Negara\n\nBelanja kementerian mencapai Rp 92,4 triliun dari pagu alokasi Rp 767,8 triliun.\n\n"
     "Belanja Kementerian PUPR mencapai Rp 9 triliun atau 8,8 persen dari pagu.", "8,8 persen"),
])
def test_no_share_alarm_on_a_loose_tie(text, pct):
    assert not set(_verdicts(text, "share", pct)) & {"inconsistent"}


# --- product: quantity × amount per unit, tied in one sentence ----------------------------------
JALAN = ("Perbaikan Jalan Kota Contoh\n\nPemkot menyiapkan {total} untuk perbaikan 120 kilometer jalan kota, "
         "atau rata-rata {each} per kilometer. Selain itu, Pemkot membangun 40 kilometer trotoar senilai "
         "Rp 80 miliar.")


def test_units_product_in_one_sentence():
    assert _verdicts(JALAN.format(total="Rp 360 miliar", each="Rp 3 miliar"), "product",
                     "Rp 3 miliar per kilometer") == ["consistent"]


@pytest.mark.parametrize("total, each", [
    ("Rp 860 miliar", "Rp 3 miliar"),     # a digit changed in the total
    ("Rp 360 triliun", "Rp 3 miliar"),    # a scale slip in the total
    ("Rp 360 miliar", "Rp 3 triliun"),    # a scale slip in the amount each
])
def test_units_product_with_a_planted_error_is_inconsistent(total, each):
    assert _verdicts(JALAN.format(total=total, each=each), "product", f"{each} per kilometer") == ["inconsistent"]


def test_no_units_alarm_on_a_price_change_in_one_sentence():
    text = ("Harga Rokok Naik\n\nHarga rokok merek A naik dari Rp 2.000 per batang menjadi Rp 2.100/batang "
            "atau Rp 42.000/20 batang. Harga merek B tetap Rp 1.800 per batang.")
    assert "inconsistent" not in _verdicts(text, "product", "Rp 2.000 per batang")
