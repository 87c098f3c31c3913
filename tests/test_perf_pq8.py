"""The faster forms of session 8's extraction patterns match exactly what the plain forms match.

Checked over every ASCII character where a class is rewritten for ASCII, and on random text built
from the characters where engines and case rules disagree (as in tests/test_perf_pq7.py).
"""

from __future__ import annotations

import random
import re

from extract import claims, nlp, quantities
from tests.test_perf_pq7 import TRICKY, _all_chars, _texts

import regex


def test_ascii_word_classes():
    for c in map(chr, range(128)):
        assert bool(re.fullmatch(r"\S", c)) == bool(re.fullmatch(r"[^ \t\n\v\f\r\x1c-\x1f]", c)), repr(c)
        assert bool(re.fullmatch(r"[^\W\d_]", c)) == bool(re.fullmatch(r"[a-zA-Z]", c)), repr(c)
        assert bool(re.fullmatch(r"\d", c)) == bool(re.fullmatch(r"[0-9]", c)), repr(c)


def test_ascii_words_same_spans():
    rnd = random.Random(5)
    chars = [chr(i) for i in range(128)]
    for _ in range(20000):
        t = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 16)))
        want = [m.span() for m in nlp._WORD.finditer(t)]
        assert [m.span() for m in nlp._WORD_ASCII.finditer(t)] == want, t
        assert nlp.words(t, 0, len(t)) == want, t


def test_next_word_same_match():
    rnd = random.Random(3)
    pieces = TRICKY + " \t\u00a0-"
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10))) for _ in range(20000)]
    texts += [" " * rnd.randint(1, 130) + "".join(rnd.choice("ab-é") for _ in range(rnd.randint(0, 200)))
              for _ in range(300)]
    for t in texts:
        for pos in range(min(len(t), 12) + 1):
            a = quantities._NEXT_WORD.match(t, pos, pos + 120)
            b = quantities._next_word(t, pos)
            assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1))), (t, pos)


def test_share_after_guard():
    g = claims._SHARE_AFTER
    s = _all_chars()
    for x in {w[0] for w in g.words}:
        want = x.casefold()[:1]
        for m in regex.finditer(regex.escape(x), s, regex.IGNORECASE):
            assert m.group().casefold()[:1] == want, (x, hex(ord(m.group())))
    for t in _texts(list(g.words) + ["total", "jumlah", "seluruh"]):
        for pos in range(len(t) + 1):
            a = g.rx.match(t, pos, pos + 120)
            b = g.match(t, pos, pos + 120)
            assert (a and a.span()) == (b and b.span()), (t, pos)


def test_ascii_words_lower_cased():
    rnd = random.Random(11)
    chars = [chr(i) for i in range(128)]
    for _ in range(20000):
        t = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 16)))
        starts, ends, low = nlp.ascii_words(t, 0, len(t))
        spans = list(zip(starts, ends))
        assert spans == nlp.words(t, 0, len(t)), t
        assert low == [t[a:b].lower() for a, b in spans], t


def _same(a, b):
    return (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_stdlib_forms_of_word_date_acronym_nya():
    rnd = random.Random(4)
    pieces = TRICKY + " \t\u00a0-/ABCnya\n"
    for _ in range(20000):
        t = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        for pos in range(len(t) + 1):
            assert _same(quantities._GLUED_WORD.match(t, pos, pos + 120), quantities._glued_word(t, pos)), (t, pos)
            want = quantities._DATE_NUMERIC.match(t, pos, pos + 120)
            rx = quantities._DATE_NUMERIC_ASCII if t[pos:pos + 11].isascii() else quantities._DATE_NUMERIC
            assert _same(want, rx.match(t, pos, pos + 120)), (t, pos)
        assert quantities._is_acronym(t) == bool(quantities._ACRONYM.fullmatch(t)), t
        m = quantities._NOUN_NYA.match(t)
        stem = t[:-3] if t.endswith("nya") else t[:-4] if t.endswith("nya\n") else ""
        assert (m.group(1) if m else None) == (stem if stem and "\n" not in stem else None), t
    for _ in range(20000):
        t = "".join(rnd.choice("0123456789/-- 9x\uff11") for _ in range(rnd.randint(0, 14)))
        for pos in range(len(t)):
            assert _same(quantities._DATE_NUMERIC.match(t, pos, pos + 120),
                         quantities._DATE_NUMERIC_ASCII.match(t, pos, pos + 120)
                         if t[pos:pos + 11].isascii() else quantities._DATE_NUMERIC.match(t, pos, pos + 120)), t


def test_guarded_gate_passes_where_the_first_letter_test_does():
    from extract import numerals
    from extract.numerals import Guarded
    gs = [g for mod in (numerals, quantities, claims) for g in vars(mod).values() if isinstance(g, Guarded)
          and g.gate.pattern.startswith("\\s*+[") and g.gate.pattern.count("[") == 1]  # (the first-letter test)
    assert len(gs) > 10
    rnd = random.Random(1)
    chars = [chr(i) for i in range(0x250)] + list(TRICKY) + ["\u3000", "\u2028", "\x85"]
    for g in gs:
        for _ in range(5000):
            t = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 4)))
            first = t.lstrip()[:1]
            plain = first.casefold()[:1] in g.firsts
            assert g.may_start(t, 0, len(t)) == (plain or first >= "\x80"), (t, g.words)


def test_unit_after_gate_changes_no_result():
    ahead = quantities._UNIT_AFTER

    def ungated(t, i):
        m = ahead._rx.match(t[i:i + ahead.WINDOW].lower())
        return None if not m else (m.lastgroup, " ".join(m.group(m.lastgroup).split()), i + m.end())

    LEX = quantities.LEX
    words = list(LEX.percent_units) + list(LEX.currency_suffix) + list(LEX.measure_units)
    for t in _texts(words + ["\u03a3", "\u0130", "  ", "\u00b0C"], n=1500, seed=53):
        for i in range(len(t) + 1):
            assert ahead.match(t, i) == ungated(t, i), t


def test_stricter_gates_same_matches():
    from extract import numerals
    LEX = quantities.LEX
    cases = [
        (numerals._SCALE_GLUED_NEXT, list(LEX.scales) + ["Direktur", "DI", "Ab", "\u0130", "ſ", "\u212a"]),
        (numerals._FRACTION_PER, [LEX.fraction_per, "PER", "pEr", "persen"] + list(LEX.units)),
        (quantities._MEASURE_EXACT, list(LEX.exact_units) + ["menit", "kali", "hari", "9", "\u00e9"]),
    ]
    for g, words in cases:
        for t in _texts(words, n=3000, seed=59):
            for pos in range(len(t) + 1):
                a = g.rx.match(t, pos, pos + 120)
                b = g.match(t, pos, pos + 120)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (t, pos)


def test_fraction_per_letters_have_no_look_alikes():
    s = _all_chars()
    for c in quantities.LEX.fraction_per:
        assert {m.group() for m in regex.finditer(regex.escape(c), s, regex.IGNORECASE)} == {c.lower(), c.upper()}


def test_time_digits_gate():
    rnd = random.Random(5)
    for _ in range(30000):
        t = "".join(rnd.choice("0123456789:. W\uff11a") for _ in range(rnd.randint(1, 12)))
        for p in range(len(t)):
            a = quantities._TIME.match(t, p, p + 120)
            gated = not t[p:p + 9].isascii() or quantities._TIME_DIGITS_ASCII.match(t, p, p + 120)
            assert a is None or gated, t
