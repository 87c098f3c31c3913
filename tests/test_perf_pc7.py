"""Equivalences the faster sentence splitting and word checks rely on (session 7 perf work)."""

import random
import re

from extract.lang import norm
from extract import nlp
from extract.nlp import _END_IN_LINE, SentenceIndex, _ends_sentence, split_sentences

# the sentence ends as they were written before the in-line pattern opened with one class
_OLD_TERMINAL = r"[.!?…]+[\"”’)\]]*[ \t\u00a0]+(?=[\"“‘(\[]?[^\W_a-z])"
_OLD_LINE_BREAK = r"[ \t\u00a0]+\n\s*|\n\s*"
_OLD_GLUED = r"[.!?](?<=[a-z)\"”][.!?])(?=[\"“]?[A-Z][a-z])"
_OLD_END = re.compile(_OLD_TERMINAL + "|" + _OLD_LINE_BREAK + "|" + _OLD_GLUED)


def _old_split(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0

    def add(a, b):  # (the trimming is unchanged: the old loop's own)
        nlp._add(text, a, b, spans)

    for m in _OLD_END.finditer(text):
        cut = m.start()
        if "\n" not in m.group() and text[cut:cut + 1] == "." and not _ends_sentence(text, start, cut):
            continue
        sep = m.group()
        n = 0
        while n < len(sep) and not sep[n].isspace():
            n += 1
        add(start, cut + n)
        start = m.end()
    add(start, len(text))
    return spans


def _texts():
    rnd = random.Random(7)
    chars = "aAbZ.. !?…\n\t\u00a0\"“”’)([]12Σ\r,"
    fixed = ["Hal. 5. Lalu", "a.B", "x .\n\n Y", "A!  \n B", "ok…  Baru", "Rp. 5 Ini", "tes?\"Baru",
             "1. Sumatra. Dua", "a.\u00a0B", "a) . B", "\u2003\n x", "Naik 5 persen. Turun.Lalu"]
    return fixed + ["".join(rnd.choice(chars) for _ in range(rnd.randint(1, 40))) for _ in range(3000)]


def test_sentence_ends_as_before():
    for text in _texts():
        assert split_sentences(text) == _old_split(text), text


def _eager_sentence_at(text: str, pos: int):
    """SentenceIndex.sentence_at with the whole paragraph split at once."""
    a = text.rfind("\n", 0, pos + 1) + 1  # a line break at `pos` opens the next paragraph
    b = text.find("\n", a)
    b = len(text) if b < 0 else b
    before = [(s, e) for s, e in split_sentences(text, a, b, _END_IN_LINE) if s <= pos]
    return before[-1] if before and pos <= before[-1][1] else None  # the last to start by `pos`


def test_sentence_index_in_any_order():
    rnd = random.Random(3)
    for text in _texts()[:800]:
        positions = list(range(len(text) + 1))
        rnd.shuffle(positions)
        index = SentenceIndex(text)
        for pos in positions:
            assert index.sentence_at(pos) == _eager_sentence_at(text, pos), (text, pos)


def test_norm_of_one_word():
    assert norm("Persen") == "persen"
    assert norm(" Juta  Rupiah ") == "juta rupiah"
    assert norm("") == ""
