"""Letters the case-insensitive patterns take for ASCII ones (dotted capital İ, dotless ı, long ſ,
the Kelvin sign) inside number words: read as the word they stand for, never a crash (these raised
KeyError: the matched word's lower case was no lexicon key)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extract.claims import build_claims
from extract.lang import lexicon, norm

LEX = lexicon()
_SUBS = {"i": ("İ", "ı"), "s": ("ſ",), "k": ("\u212a",)}


def test_norm_reads_look_alikes_as_ascii():
    assert norm("mİliar") == norm("mıliar") == "miliar"
    assert norm("ratuſ") == "ratus"
    assert norm("Ribu") == "ribu"


@pytest.mark.parametrize("text,value", [("Harga 5 rİbu rupiah", "5000"), ("Dana Rp 3 mıliar", "3000000000"),
                                        ("Dana Rp 3 MİLIAR", "3000000000")])
def test_look_alike_number_words_are_read(text, value):
    assert [c.value for c in build_claims(text)][:1] == [Decimal(value)]


def test_no_look_alike_in_any_number_word_raises():
    words = (set(LEX.scales) | set(LEX.units) | set(LEX.vague_scales) | set(LEX.scale_an) | set(LEX.vague)
             | set(LEX.vague_with_scale) | set(LEX.se_units) | set(LEX.ordinal_words))
    for w in sorted(words):
        for ch, alts in _SUBS.items():
            for alt in alts if ch in w else ():
                v = w.replace(ch, alt, 1)
                for text in (f"Harga 5 {v} rupiah", f"sebanyak dua {v} orang", f"{v} orang", f"dua per {v}",
                             f"puluhan {v} warga", f"5 {v}an orang", f"ke{v} kalinya"):
                    build_claims(text)  # must not raise
