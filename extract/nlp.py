"""Sentences and words, and the only module that builds a spaCy Language.

`split_sentences` is a pure function over the text: line breaks always end a sentence; ".", "!"
and "?" end one before an upper-case letter or a digit, except after an abbreviation ("Tbk.",
"Jl.", "Rp.", "No.", "dkk.") or an initial; a period glued between words ("di Bali.Adapun",
"(20/9/2023).Kendati", "nasional.“Kami") ends one too. spaCy is imported only when a Language is asked for (`make_nlp`), so code that needs
sentences alone starts fast.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate
from functools import cache
from typing import TYPE_CHECKING

from extract.lang import load_table

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

_ABBREVIATIONS = frozenset(load_table("sentences")["abbreviations"]["words"])

# a candidate end: terminal punctuation (closing quotes/brackets included) then space, or a
# line break, or a period glued between a lower-case word (or a closing bracket or quote) and a
# capitalised one, opening quote allowed. Inside one line (no line break to look for) the pattern
# opens with a single character class, the first punctuation mark of either kind of end
# (TERMINAL is "[.!?…]+" then its rest; GLUED is one of "[.!?]", which its look-behind checks),
# so `re` skips ahead through a paragraph fast to the next mark.
_TERMINAL_REST = r"[.!?…]*[\"”’)\]]*[ \t\u00a0]+(?=[\"“‘(\[]?[^\W_a-z])"
_GLUED_REST = r"(?<=[a-z)\"”][.!?])(?=[\"“]?[A-Z][a-z])"
_IN_LINE = r"[.!?…](?:" + _TERMINAL_REST + "|" + _GLUED_REST + ")"
_LINE_BREAK = r"[ \t\u00a0]+\n\s*|\n\s*"
_END = re.compile(_IN_LINE + "|" + _LINE_BREAK)
_END_IN_LINE = re.compile(_IN_LINE)
# the word before a period: r"([^\W\d_][\w.]*)[.!?…]*[\"”’)\]]*\s*$" searched in the text
# before it, matched instead (one anchored try, not one per position) on that text reversed
_WORD_BEFORE_REVERSED = re.compile(r"\s*[\"”’)\]]*[.!?…]*([\w.]*[^\W\d_])")
_LIST_NUMBER = re.compile(r"(?:^|\n)\s*\d{1,2}\.\s*$")
_NEWLINE = re.compile(r"\n")
# words keep hyphens ("wirausahawan-wirausahawan") and web addresses ("prakerja.go.id"), numbers
# their separators (words first: most tokens are words)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?:\.[a-z]{2,}(?:\.[a-z]{2,})*\b)?|\d+(?:[.,]\d+)*|\S")
# the same over ASCII text, with the classes written out: a bitmap test per character, where the
# classes above cost Unicode lookups ([^\W\d_] is [a-zA-Z] there, \d [0-9], and \S every character
# but the space, \t\n\v\f\r and \x1c-\x1f, which str.isspace() takes for whitespace)
_WORD_ASCII = re.compile(r"[a-zA-Z]+(?:-[a-zA-Z]+)*(?:\.[a-z]{2,}(?:\.[a-z]{2,})*\b)?|[0-9]+(?:[.,][0-9]+)*"
                         r"|[^ \t\n\v\f\r\x1c-\x1f]")


def split_sentences(text: str, start: int = 0, end: int | None = None, _ends: re.Pattern = _END
                    ) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over text[start:end], whitespace trimmed, in order."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for m in _ends.finditer(text, start, end):
        cut = m.start()  # the end's first punctuation mark, or the space before a line break
        # (a line break opens with a space or a "\n", never with a period)
        if text[cut] == "." and not _ends_sentence(text, start, cut):
            continue
        _add(text, start, m.end(), spans)  # the end's spaces trimmed: up to its punctuation
        start = m.end()
    _add(text, start, end, spans)
    return spans


class SentenceIndex:
    """The sentence around any offset of a text, split one paragraph at a time on demand, so
    paragraphs without numbers are never split."""

    def __init__(self, text: str):
        self.text = text
        self._breaks = [m.start() for m in _NEWLINE.finditer(text)]
        self._paragraphs: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}

    def sentence_at(self, pos: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self._breaks, pos)
        if k not in self._paragraphs:
            a = self._breaks[k - 1] + 1 if k else 0
            b = self._breaks[k] if k < len(self._breaks) else len(self.text)
            spans = split_sentences(self.text, a, b, _END_IN_LINE)  # a paragraph holds no "\n"
            self._paragraphs[k] = ([s for s, _ in spans], spans)
        starts, spans = self._paragraphs[k]
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return None
        s, e = spans[i]
        return (s, e) if s <= pos <= e else None


def _ends_sentence(text: str, start: int, dot: int) -> bool:
    """Is the period at `dot` a sentence end, rather than an abbreviation or an initial?"""
    # (the common case without the pattern: letters from a space in the window up to the period
    # are the word it reads, and a letter before the period is no list number's digit)
    space = text.rfind(" ", max(start, dot - 24), dot)
    if space >= 0:
        word = text[space + 1:dot]
        if word.isalpha():
            word = word.lower()
            return not (word in _ABBREVIATIONS or len(word) == 1)
    m = _WORD_BEFORE_REVERSED.match(text[max(start, dot - 24):dot + 1][::-1])
    if m:
        word = m.group(1)[::-1].lower().rstrip(".")
        if word in _ABBREVIATIONS or len(word) == 1:
            return False
    # (a list number has a digit right before its period)
    if dot > 0 and text[dot - 1].isdecimal() and _LIST_NUMBER.search(text[max(0, dot - 8):dot + 1]):
        return False  # "1. Sumatra Selatan": a list number
    return True


def _add(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b:
        spans.append((a, b))


def words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Word and punctuation spans inside text[start:end]: numbers keep their separators."""
    rx = _WORD_ASCII if text.isascii() or text[start:end].isascii() else _WORD
    return list(map(_MATCH_SPAN, rx.finditer(text, start, end)))


def word_bounds(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """The starts and ends of the `words` inside text[start:end], from one split on them (as in
    ascii_words)."""
    rx = _WORD_ASCII_SPLIT if text.isascii() or text[start:end].isascii() else _WORD_SPLIT
    offsets = list(accumulate(map(len, rx.split(text[start:end])), initial=start))
    return offsets[1:-1:2], offsets[2::2]


def ascii_words(text: str, start: int, end: int) -> tuple[list[int], list[int], list[str]]:
    """The starts and ends of the `words` of an ASCII text[start:end], and each word lower-cased
    (no word holds a space, so the words joined by spaces, lower-cased and split again are the
    words lower-cased).

    The words come from one split of the text on them: the pieces alternate between what lies
    between two words (whitespace, perhaps none) and a word, so the running sum of the pieces'
    lengths gives every start and end, without a match object per word."""
    pieces = _WORD_ASCII_SPLIT.split(text[start:end])
    if len(pieces) == 1:
        return [], [], []
    offsets = list(accumulate(map(len, pieces), initial=start))
    return offsets[1:-1:2], offsets[2::2], " ".join(pieces[1::2]).lower().split(" ")


# (the patterns as one group each: split keeps the words)
_WORD_SPLIT, _WORD_ASCII_SPLIT = re.compile("(" + _WORD.pattern + ")"), re.compile("(" + _WORD_ASCII.pattern + ")")
# (not _END: that is the sentence-end pattern above, which this name would shadow)
_MATCH_SPAN, _MATCH_START, _MATCH_END, _MATCH_GROUP = re.Match.span, re.Match.start, re.Match.end, re.Match.group


# --- spaCy ----------------------------------------------------------------------------------
@cache
def make_nlp() -> Language:
    """A light Indonesian spaCy pipeline with the cekangka component.

    spaCy's blank "id" Language spends ~1.4 s loading 15,600 hyphenated tokenizer exceptions;
    this one keeps the Indonesian punctuation rules and drops those exceptions (which tokenize
    news text the same), so it loads in a few milliseconds after `import spacy`.
    """
    import spacy
    from spacy.lang.id import Indonesian

    import extract.component  # noqa: F401  registers the factory when not installed

    class LightIndonesianDefaults(Indonesian.Defaults):
        tokenizer_exceptions: dict = {}

    class LightIndonesian(Indonesian):
        lang = "id"
        Defaults = LightIndonesianDefaults

    nlp = LightIndonesian()
    nlp.add_pipe("cekangka")
    del spacy
    return nlp
