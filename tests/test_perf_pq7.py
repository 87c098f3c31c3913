"""The faster forms of the scanner's patterns match exactly what the plain forms match.

Checked over all of Unicode where a property is claimed, and on random text built from the
characters where engines and case rules disagree (non-ASCII digits, dotless i, Kelvin sign, long s,
marks, superscripts, the separators str.isspace() and the regex module's \\s tell apart).
"""

from __future__ import annotations

import array
import random
import re

import regex

from extract import numerals, quantities
from extract.numerals import Guarded

TRICKY = (
    "0123456789,.-−–—/%()$ \t\n\u00a0\u2003\x1c\x1f_"
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ"
    "\u0130\u0131\u212a\u017f\u00df\u0345\u0301\u00b2\u00bd\u2160\u0663\u0967\uff11\U0001d7ce"
    "éÉ\u03a3\u03c2ſ±×"
)


def _all_chars() -> str:
    a = array.array("I", range(0xD800))
    a.extend(range(0xE000, 0x110000))
    return a.tobytes().decode("utf-32-le" if a.itemsize == 4 else "utf-32")


def _guarded() -> list[tuple[str, Guarded]]:
    return [(f"{mod.__name__}.{name}", g) for mod in (numerals, quantities)
            for name, g in vars(mod).items() if isinstance(g, Guarded)]


def _texts(words: list[str], n: int = 400, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    pieces = list(TRICKY) + [" ", "  ", " \n"] * 4
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 8)):
            if words and rnd.random() < 0.4:
                w = rnd.choice(words)
                w = "".join(ch.upper() if rnd.random() < 0.3 else ch for ch in w)
                w = w.replace("i", rnd.choice("iIİı")).replace("s", rnd.choice("sSſ"))
                w = w.replace("k", rnd.choice("kK\u212a"))
                parts.append(w)
            else:
                parts.append("".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 4))))
        out.append("".join(parts))
    return out


def test_regex_whitespace_is_isspace():
    s = _all_chars()
    assert all(m.group().isspace() for m in regex.finditer(r"\s", s))


def test_guarded_first_letters_case_fold_alike():
    s = _all_chars()
    for name, g in _guarded():
        for x in {w[0] for w in g.words}:
            want = x.casefold()[:1]
            for m in regex.finditer(regex.escape(x), s, regex.IGNORECASE):
                assert m.group().casefold()[:1] == want, (name, x, hex(ord(m.group())))


def test_guarded_same_matches():
    for name, g in _guarded():
        if g.rx is None:
            continue
        for t in _texts(list(g.words)):
            for pos in range(len(t) + 1):
                a = g.rx.match(t, pos, pos + 120)
                b = g.match(t, pos, pos + 120)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, t, pos)


def test_digit_anchor_same_as_plain():
    plain = re.compile(r"\d[\d.,]*|(?<![\w.,]),\d")
    before = re.compile(r"[\d,](?:(?<=\d)[\d.,]*|(?<![\w.,],)\d)")  # the form it replaced
    for t in _texts([], n=3000, seed=11):
        got = [m.start() for m in quantities._DIGIT_ANCHOR.finditer(t)]
        assert got == [m.start() for m in plain.finditer(t)] == [m.start() for m in before.finditer(t)], t


def test_sign_before_same_as_search():
    words = list(quantities.LEX.negative_words) + ["-", "−", "-\n"]
    for t in _texts(words, n=3000, seed=13):
        for i in range(len(t) + 1):
            left = t[:i]
            a = quantities._SIGN.search(left)
            b = quantities._sign_before(left)
            assert (a and a.span()) == (b and b.span()), left


def test_word_anchors_same_as_plain():
    assert all(w.isalpha() for w in quantities._ANCHOR_WORDS)
    plain = re.compile(r"[^\w](" + quantities._WORD_ANCHOR_AT_0.pattern + ")")
    words = sorted(quantities._ANCHOR_WORDS)
    ascii_texts = ["".join(ch for ch in t if ch.isascii()) for t in _texts(words, n=3000, seed=18)]
    for t in _texts(words, n=3000, seed=17) + ascii_texts:
        low = t.lower()
        if len(low) != len(t):
            continue
        got = [p for p in quantities._anchors(t) if not low[p].isdigit() and low[p] != ","]
        want = sorted(([0] if quantities._WORD_ANCHOR_AT_0.match(low) else [])
                      + [m.start(1) for m in plain.finditer(low)])
        assert got == want, t


def test_day_month_guard_passes_every_date():
    words = list(quantities.LEX.months) + ["-", "–", "—", "12", "3", " "]
    run = re.compile(r"\d+")
    for t in _texts(words, n=3000, seed=19):
        for m in run.finditer(t):
            if quantities._DATE_DAY_MONTH.match(t, m.start(), m.start() + 120):
                assert quantities._DAY_MONTH_NEXT.may_start(t, m.end(), m.start() + 120), t


def test_rate_word_test_passes_every_clause_rate():
    words = list(quantities.LEX.leading_rate_words) + ["hari", "bulan", "tahunnya", ".", ",", "\n"]
    for t in _texts(words, n=3000, seed=23):
        low = t.lower()
        has = quantities._has_rate_word(t, 0, len(t))
        plain = any(w in low for w in quantities.LEX.leading_rate_words)  # the test as it was
        assert has <= plain
        if plain and not has:
            for i in range(len(t)):
                assert not quantities._TRAILING_RATE.match(t, i, len(t)), t
                assert not quantities._LEADING_RATE.match(t, i, len(t)), t


def _label_before_plain(left: str):
    """_label_before as it was, with no cheap test first."""
    from extract.lang import norm
    LEX = quantities.LEX
    left = left.rstrip(" \t\u00a0")
    left = left[:-1].rstrip(" \t\u00a0") if left.endswith("(") else left
    m = quantities._LABEL.search(left)
    if not m or not quantities._LABEL_WORD.fullmatch(m.group(2) or m.group(3)):
        return None
    for kind, words in (("ordinal", LEX.ordinal_before), ("identifier", LEX.identifier_before)):
        if m.group(1):
            two = norm(f"{m.group(1)} {m.group(2)}")
            if two in words or two.rstrip(".") in words:
                return kind, m.start()
            one, at = m.group(2), m.start(2)
        else:
            one, at = m.group(3), m.start(3)
        key = norm(one).strip("(\"'")
        if key in words or key.rstrip(".") in words:
            if m.group(1) and norm(m.group(1)).rstrip(".") in words:
                return kind, m.start(1)
            return kind, at
    return None


def test_label_before_same_as_plain():
    LEX = quantities.LEX
    words = sorted(LEX.ordinal_before | LEX.identifier_before)
    words += [w + "." for w in words[:40]] + ["(" + w for w in words[:40]] + ["(", " (", "\n", ".", "\x1c"]
    n = 0
    for t in _texts(words, n=4000, seed=29):
        for i in range(len(t) + 1):
            want = _label_before_plain(t[:i])
            n += want is not None
            assert quantities._label_before(t[:i]) == want, t[:i]
    assert n > 100


def test_glued_left_same_as_search():
    for t in _texts(["Rp", "US$", "€", "ke-", "abc", "x$"], n=3000, seed=31):
        for i in range(len(t) + 1):
            a, b = quantities._GLUED_LEFT.search(t[:i]), quantities._glued_left(t[:i])
            assert (a and a.span()) == (b and b.span()), t[:i]


def _ungated_find(tail, left):
    """Tail.find without its last-character test: the anchored match on the reversed text."""
    m = tail._rx.match(left[::-1].lower())
    return None if not m else (" ".join(m.group(1)[::-1].split()), len(left) - m.end())


def test_tail_gate_changes_no_result():
    from extract.lang import Tail
    LEX = quantities.LEX
    for words in [LEX.currency_prefix, LEX.hedges_before_weak, LEX.hedges_before, LEX.range_openers,
                  LEX.clock_before, LEX.unit_prefix, LEX.cues["subject"]["money_nouns"]]:
        tail = Tail(words)
        for t in _texts(list(words) + ["\u03a3", "\u0130", "  "], n=1500, seed=37):
            for i in range(len(t) + 1):
                assert tail.find(t[:i]) == _ungated_find(tail, t[:i]), t[:i]


def test_hedge_an_same_as_match():
    for t in _texts(["-an", "an", "-anya", "ana"], n=2000, seed=41):
        for i in range(len(t) + 1):
            a, b = quantities._HEDGE_AFTER_AN.match(t, i, i + 120), quantities._hedge_an(t, i)
            assert (a and a.span()) == (b and b.span()), t


def test_ahead_gate_changes_no_result():
    from extract.lang import Ahead
    LEX = quantities.LEX
    ahead = Ahead({"compound": LEX.compound_units})

    def ungated(t, i):
        m = ahead._rx.match(t[i:i + ahead.WINDOW].lower())
        return None if not m else (m.lastgroup, " ".join(m.group(m.lastgroup).split()), i + m.end())

    for t in _texts(list(LEX.compound_units) + ["\u03a3", "\u0130", "  "], n=2000, seed=43):
        for i in range(len(t) + 1):
            assert ahead.match(t, i) == ungated(t, i), t


_SCALE_WORDS = list(numerals.LEX.scales) + list(numerals.LEX.scale_an) + list(numerals.LEX.scale_abbreviations)


def test_scale_first_letters_case_fold_alike():
    s = _all_chars()
    for x in {w[0] for w in _SCALE_WORDS}:
        want = x.casefold()[:1]
        for m in list(regex.finditer(regex.escape(x), s, regex.IGNORECASE)) + list(re.finditer(re.escape(x), s, re.I)):
            assert m.group().casefold()[:1] == want, (x, hex(ord(m.group())))


def test_read_scales_guard_passes_every_scale():
    words = _SCALE_WORDS + ["12", "3,5", " ", "Direktur", "\u212a"]
    for t in _texts(words, n=3000, seed=47):
        for i in range(len(t) + 1):
            found = (numerals._ABBREV_GLUED.match(t, i, i + 120) or numerals._SCALE_AN.match(t, i, i + 120)
                     or numerals._SCALE_WORD.match(t, i, i + 120) or numerals._SCALE_GLUED_NEXT.rx.match(t, i, i + 120)
                     or numerals._ABBREV_SPACED.match(t, i, i + 120))
            if found:
                assert numerals._SCALE_START.may_start(t, i, i + 120), t


def test_word_run_tokens_same_in_both_engines():
    plain = regex.compile(r"\S+")
    words = sorted(numerals.LEX.number_words)
    for t in _texts(words, n=3000, seed=53):
        for i in range(len(t)):
            m = numerals._WORD_RUN.match(t, i)
            if m:
                g = m.group()
                assert [x.span() for x in numerals._NONSPACE.finditer(g)] == [x.span() for x in plain.finditer(g)], g


def test_digit_anchors_of_ascii_text_same_as_plain():
    plain = re.compile(r"\d[\d.,]*|(?<![\w.,]),\d")
    pieces = list("0123456789,.-/ ()_ab\nxZ") + [" ,5", "a,5", "1,2", ".,3", ",,4", " ,56,7"]
    rnd = random.Random(59)
    for _ in range(20000):
        t = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        want = [m.start() for m in plain.finditer(t)]
        got = [p for p in quantities._anchors(t) if t[p].isdigit() or t[p] == ","]
        assert got == want, t
