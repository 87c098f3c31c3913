"""px9 perf work: the stdlib twins of the regex module's patterns (extract.lang.Twin) read ASCII
text exactly as the patterns themselves do."""

from __future__ import annotations

import random

import regex

from extract import claims, numerals, quantities
from extract.lang import Twin, ascii_twin, lexicon
from extract.numerals import Guarded

LEX = lexicon()


def _patterns() -> list[tuple[str, regex.Pattern]]:
    out = []
    for mod in (numerals, quantities, claims):
        for name, v in vars(mod).items():
            rx = v.rx if isinstance(v, (Guarded, Twin)) else v
            if isinstance(rx, regex.Pattern) and ascii_twin(rx) is not None:
                out.append((f"{mod.__name__}.{name}", rx))
    return out


def _vocabulary() -> list[str]:
    words: set[str] = set()
    for value in vars(LEX).values():
        if isinstance(value, (dict, frozenset, tuple, set)):
            words |= {w for w in value if isinstance(w, str) and w.isascii()}
    for table in LEX.cues.values():
        for v in table.values():
            if isinstance(v, list):
                words |= {w for w in v if isinstance(w, str) and w.isascii()}
    return sorted(words)


_PIECES = [" ", " ", "  ", "\t", "\n", "\x0b", "\x1c", "\x1f", ".", ",", "-", "--", "/", ":", "(", ")",
           "$", "%", "+", ";", "!", "?", "'", '"', "_", "x", "Q", "nya", "an", "-an"]


def _random_text(rng: random.Random, vocab: list[str]) -> str:
    parts = []
    for _ in range(rng.randint(1, 14)):
        r = rng.random()
        if r < 0.4:
            w = rng.choice(vocab)
            parts.append(rng.choice([w, w.upper(), w.title(), w.swapcase()]))
        elif r < 0.65:
            parts.append(str(rng.choice([rng.randint(0, 99), rng.randint(0, 9999), rng.randint(0, 10**9)]))
                         + rng.choice(["", "", ".000", ",5", ".", ","]))
        else:
            parts.append(rng.choice(_PIECES))
        if rng.random() < 0.6:
            parts.append(" ")
    return "".join(parts)


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a.span() == b.span() and a.groups() == b.groups()


def test_twins_read_ascii_text_alike():
    rng = random.Random(9)
    vocab = _vocabulary()
    pats = [(name, rx, ascii_twin(rx)[0]) for name, rx in _patterns()]  # (a twin made once: parsing is slow)
    assert len(pats) > 30
    for _ in range(4000):
        t = _random_text(rng, vocab)
        for pos in {0, rng.randrange(len(t) + 1), rng.randrange(len(t) + 1)}:
            end = rng.choice([len(t), pos + 120, rng.randint(pos, len(t))])
            for name, rx, twin in pats:
                assert _same(rx.match(t, pos, end), twin.match(t, pos, end)), (name, t, pos, end)
                assert _same(rx.search(t, pos, end), twin.search(t, pos, end)), (name, t, pos, end)


def test_twin_reads_non_ascii_text_with_the_regex_module():
    tw = Twin(regex.compile(r"(?<!\p{L})juta(?!\p{L})", regex.I))
    assert tw.match("1 juta", 2).span() == (2, 6)
    assert tw.match("1 JUTA", 2).span() == (2, 6)
    assert tw.match("é juta", 2) is not None
    assert tw.match("éjuta", 1) is None  # the look-behind reads the non-ASCII letter
    assert tw.match("1 jutaé", 2) is None
    assert tw.search("x ſ juta", 0).span() == (4, 8)


def test_no_twin_where_the_engines_differ():
    assert ascii_twin(regex.compile("a$", regex.REVERSE)) is None
    assert ascii_twin(regex.compile(r"\p{N}")) is None
    assert ascii_twin(regex.compile("\u212a", regex.I)) is None  # the Kelvin sign is a "k"
    assert ascii_twin(regex.compile("[\u0100-\u017f]", regex.I)) is None
    assert ascii_twin(regex.compile("\u212a")) is not None


def test_ascii_words_same_as_one_match_per_word():
    from extract.nlp import _WORD_ASCII, ascii_words

    def by_matches(text, start, end):
        found = list(_WORD_ASCII.finditer(text, start, end))
        return ([m.start() for m in found], [m.end() for m in found], [m.group().lower() for m in found])

    rng = random.Random(5)
    vocab = _vocabulary()
    pieces = _PIECES + ["bps.go.id", "Kompas.com", "a.b", "1.600.000", "2,5", "  ", "\r\n"]
    for _ in range(3000):
        t = "".join(rng.choice([rng.choice(vocab), rng.choice(pieces), " "]) for _ in range(rng.randint(0, 20)))
        a = rng.randint(0, len(t))
        b = rng.randint(a, len(t))
        for start, end in ((0, len(t)), (a, b)):
            assert ascii_words(t, start, end) == by_matches(t, start, end), (t, start, end)


def test_word_bounds_same_as_words():
    from extract.nlp import word_bounds, words

    rng = random.Random(6)
    vocab = _vocabulary()
    pieces = _PIECES + ["“", "”", "é", "Σ", "İ", "½", "²", "٣", "\u00a0", "\u2009", "ΟΔΟΣ'Α", "bps.go.id"]
    for _ in range(3000):
        t = "".join(rng.choice([rng.choice(vocab), rng.choice(pieces), " "]) for _ in range(rng.randint(0, 20)))
        a = rng.randint(0, len(t))
        b = rng.randint(a, len(t))
        for start, end in ((0, len(t)), (a, b)):
            spans = words(t, start, end)
            assert word_bounds(t, start, end) == ([x for x, _ in spans], [y for _, y in spans]), (t, start, end)
