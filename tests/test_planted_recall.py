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
