"""Session 10's cheap tests give the answers of what they stand in for (perf work, px10)."""

import random

from extract import claims, quantities
from extract.claims import _CUE_RX, _CUE_GATES, CUE_NAMES, _Sentence


def _random_sentences(words: list[str], n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    noise = ["a", "x1", "2020", "9a", "-", ",", ".", "(", ")", "  ", "\t", "_", "1", "ke", "Rp", "", "é", "\u00a0"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 10)):
            w = rnd.choice(words) if rnd.random() < 0.6 else rnd.choice(noise)
            parts.append(w.upper() if rnd.random() < 0.1 else w)
        out.append("".join(rnd.choice([" ", "", " ", "-", ", "]) + p for p in parts).strip())
    return out


def test_cue_gates_never_miss_a_phrase():
    """Wherever a cue's pattern (or the time phrases') finds a phrase in part of a sentence, its
    gate lets it be searched."""
    cases = [(name, _CUE_RX[name], _CUE_GATES[name], claims._SPACED) for name in CUE_NAMES]
    cases.append(("time", claims._TIME_PHRASE, claims._TIME_GATE, claims._LETTERS_SPACED))
    for name, rx, gate, table in cases:
        assert gate.ok, name
        words = [w for p in claims._CUES[name]["phrases"] for w in (p, *p.replace("-", " ").split())]
        for k, sentence in enumerate(_random_sentences(words, 400, seed=len(name))):
            low = sentence.lower()
            if not low.isascii():
                continue
            spaced = (b" " + low.encode("ascii")).translate(table)
            if table is claims._SPACED:
                assert spaced == _Sentence(0, len(low), [], [], [], lowered=low).spaced()
            rnd = random.Random(k)
            for _ in range(12):
                a = rnd.randint(0, len(low))
                b = rnd.randint(a, len(low))
                if rx.search(low[a:b]):
                    assert gate.may_find(spaced, a, b), (name, low, a, b)


def test_ascii_anchors_as_lowered_text():
    """_anchors over ASCII text gives the anchors found in its lower case, as before."""
    rnd = random.Random(7)
    words = sorted(quantities._ANCHOR_WORDS)
    for _ in range(2000):
        text = "".join(rnd.choice(["", " ", "_", "1", ",", "-", "\n"])
                       + rnd.choice([rnd.choice(words), rnd.choice(words).title(), "aB", "12", "x"])
                       for _ in range(rnd.randint(1, 6)))
        low = text.lower()
        spaced = low.encode("ascii").translate(quantities._NONWORD_TO_SPACE)
        digits = text.encode("ascii").translate(quantities._DIGIT_CLASSES)
        expected = ([m.start() for m in quantities._DIGIT_RUN_ASCII.finditer(digits)]
                    if not quantities._COMMA_OPENS.search(digits)
                    else [m.start() for m in quantities._DIGIT_ANCHOR.finditer(text)])
        if quantities._WORD_ANCHOR_AT_0.match(low):
            expected.append(0)
        expected += [m.start() + 1 for m in quantities._WORD_ANCHOR_ASCII.finditer(spaced)]
        assert quantities._anchors(text) == sorted(expected), text
