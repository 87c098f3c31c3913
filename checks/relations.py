"""Relations: the claims of one document, indexed so that checks can find which are tied.

`Doc` holds a document's quantity claims in text order with what the checks ask of them:
their interval (from written precision, hedge, range), their sentence and paragraph, the
headline, subject head words, and the words between two claims. Checks are small named
functions `check(doc) -> list[Finding]` registered in checks/registry.py.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import gt

from checks.intervals import Interval, from_quantity
from extract.claims import subject_head
from extract.lang import lexicon, load_table
from extract.model import QUANTITY_KINDS, Claim

LEX = lexicon()
_CHECK = LEX.cues.get("check", {})
_LINK_RX = re.compile(r"\s*(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in _CHECK["link_lines"]) + ")",
                      re.I)
_WORD = re.compile(r"\w+")
CHANGE_VERBS = frozenset(_CHECK["up"]) | frozenset(_CHECK["down"])  # "naik", "turun", ...
AMOUNT_NOUNS = frozenset(LEX.cues["subject"]["amount_nouns"])  # "jumlah", "total", ...
_PERSON_WORD = load_table("nouns")["person"]["words"][0]  # "orang"


def words(text: str | None) -> list[str]:
    """The lower-cased words of a text, punctuation dropped: "17 peringkat, dari" -> 17, peringkat, dari.

    (The words are the runs of \\w characters of the lower-cased text; an ASCII text, nearly every
    one, is split by one byte translation instead of the regex: its \\w characters are the letters,
    digits and "_", lower-cased by the same table, and every other byte becomes a space.)"""
    if not text:
        return []
    if text.isascii():
        return text.encode().translate(_ASCII_WORDS).decode().split()
    return _WORD.findall(text.lower())


_ASCII_WORDS = bytes(
    b + 32 if 65 <= b <= 90 else b if 97 <= b <= 122 or 48 <= b <= 57 or b == 95 else 32 for b in range(256))


ENCLITICS = tuple(LEX.cues["check"]["enclitics"])


def without_enclitic(word: str, longer_than: int = 0) -> str:
    """The word less its pronoun suffix ("menaikkannya" -> "menaikkan"), when it is longer than
    `longer_than` characters."""
    for e in ENCLITICS:
        if word.endswith(e) and len(word) > longer_than:
            return word[:-len(e)]
    return word


def stems(w: str) -> set[str]:
    """The bases a verb may be built on: "menargetkan" -> target (meN- drops the t), "ditargetkan"
    -> target; prefix and suffix pairs from cues.toml."""
    return _unaffixed(w, _VERB_PREFIXES)


def roots(w: str) -> set[str]:
    """The roots a word may be built on, of four letters or more: "menganggur" and "pengangguran"
    -> anggur."""
    return {x for x in _unaffixed(w, _ROOT_PREFIXES) if len(x) >= 4}


def _unaffixed(w: str, prefixes) -> set[str]:
    """w and the forms left when one of `prefixes` (prefix, what it replaced) and then one of the
    suffixes is taken off, each leaving more than three letters."""
    out = {w}
    for pre, restore in prefixes:
        if w.startswith(pre) and len(w) > len(pre) + 3:
            out.add(restore + w[len(pre):])
    for x in list(out):
        for suf in _VERB_SUFFIXES:
            if x.endswith(suf) and len(x) > len(suf) + 3:
                out.add(x[:-len(suf)])
    return out


_VERB_PREFIXES = [(p[0], p[1]) for p in LEX.cues["check"]["verb_prefixes"]]
_ROOT_PREFIXES = [(p[0], p[1]) for p in LEX.cues["check"]["root_prefixes"]]
_VERB_SUFFIXES = tuple(LEX.cues["check"]["verb_suffixes"])


def thing(unit: str | None) -> str | None:
    """What a count counts, one name per thing: "count:kpm" and "count:keluarga" are one."""
    if unit and unit.startswith("count:"):
        return "count:" + _SAME_THINGS.get(unit[6:], unit[6:])
    return unit


_SAME_THINGS = {n: line[0] for line in LEX.cues["check"]["same_things"] for n in line}


def word_matches(low: str):
    """The words of an already lower-cased text as matches, with their positions (see `words`)."""
    return _WORD.finditer(low)


def opens_on(phrases) -> re.Pattern:
    """A quick test of raw text that `norm(text)` may start with one of `phrases`, quotes around
    it or not: the first word of one, in any case, after spaces and quotes (it matches whenever the
    normalised text does; a cheap test before normalising)."""
    firsts = sorted({p.split()[0] for p in phrases}, key=len, reverse=True)
    return re.compile(r"[\s\"'“”]*(?:" + "|".join(map(re.escape, firsts)) + ")", re.I)


def count_noun(unit: str) -> str:
    """The noun a count counts, for explanations: "person" -> "orang", "count:kpm" -> "kpm"."""
    return _PERSON_WORD if unit == "person" else unit.removeprefix("count:")


class _lazy:
    """functools.cached_property without the lock it takes in Python 3.11 on every first read
    (gone in 3.12): a Doc is read by one thread, and each of its cached lookups is first read
    once a check call or so, on every document."""

    def __init__(self, func):
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        got = instance.__dict__[self.attrname] = self.func(instance)
        return got


@dataclass
class Doc:
    """One document's text and quantity claims, with lookups for the checks."""

    text: str
    claims: list[Claim]
    _intervals: dict[str, Interval | None] = field(default_factory=dict)
    _sentence_words: dict[int, frozenset[str]] = field(default_factory=dict)
    _link_lines: dict[int, bool] = field(default_factory=dict)
    _sentence_lower: dict[int, str] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, claims: list[Claim]) -> Doc:
        """The quantity claims that have a sentence, in text order (checks rely on it: a
        sentence's claims stand together; the extractor's order already is, the sort is a pass)."""
        got = [c for c in claims if c.kind in _QUANTITY_KINDS and c.sentence is not None]
        starts = [c.start for c in got]
        if any(map(gt, starts, starts[1:])):  # (a start after the next one's: out of order)
            got.sort(key=lambda c: c.start)
        return cls(text, got)

    # --- positions ------------------------------------------------------------------------
    @_lazy
    def sentence_starts(self) -> list[int]:
        return sorted({c.sentence.start for c in self.claims})

    @_lazy
    def _sentence_nos(self) -> dict[int, int]:
        return {start: i for i, start in enumerate(self.sentence_starts)}

    def sentence_no(self, c: Claim) -> int:
        """Index of the claim's sentence among the sentences that hold claims."""
        got = self._sentence_nos.get(c.sentence.start)
        return got if got is not None else bisect.bisect_left(self.sentence_starts, c.sentence.start)

    @_lazy
    def headline_end(self) -> int:
        """End of the headline: the first line of the text; a text of one line is all body."""
        nl = self.text.find("\n")
        return 0 if nl < 0 else nl

    def in_headline(self, c: Claim) -> bool:
        return c.start < self.headline_end

    @_lazy
    def _blank_lines(self) -> list[int]:
        """Where each "\n\n" starts, left to right without overlaps (as str.count finds them)."""
        out, at = [], self.text.find("\n\n")
        while at >= 0:
            out.append(at)
            at = self.text.find("\n\n", at + 2)
        return out

    def paragraph(self, c: Claim) -> int:
        """How many blank lines stand before c: text.count("\n\n", 0, c.start), by bisection."""
        return bisect.bisect_right(self._blank_lines, c.start - 2)

    def is_link_line(self, c: Claim) -> bool:
        """A "Baca juga: ..." line names another article: its figures are not this one's."""
        line_start = self.text.rfind("\n", 0, c.start) + 1
        got = self._link_lines.get(line_start)
        if got is None:
            got = self._link_lines[line_start] = _LINK_RX.match(self.text, line_start) is not None
        return got

    def in_link(self, c: Claim, within: int = 40) -> bool:
        """Does a link to another article stand just before c, glued into a paragraph
        ("... Rp400.600 Baca juga: JMB diskon 20 persen ...")? How far its title runs the text does
        not say, so only a figure this close after it is taken as the link's."""
        line_start = self.text.rfind("\n", 0, c.start) + 1
        return _LINK_RX.search(self.text, max(line_start, c.start - within), c.start) is not None

    @_lazy
    def claim_sentence_starts(self) -> list[int] | None:
        """The start of each claim's sentence, in the claims' order, when they never go back (as
        the claims of sentences that do not overlap do), so that the claims whose sentence starts
        at or after a place are a run to find by bisection; None otherwise."""
        got = [c.sentence.start for c in self.claims]
        return None if any(map(gt, got, got[1:])) else got

    def claims_since(self, at: int, i: int) -> list[Claim]:
        """The claims before claims[i] whose sentence starts at `at` or after, in text order."""
        starts = self.claim_sentence_starts
        if starts is None:
            return [c for c in self.claims[:i] if c.sentence.start >= at]
        return self.claims[bisect.bisect_left(starts, at, 0, i):i]

    @_lazy
    def _by_sentence(self) -> dict[int, list[Claim]]:
        out: dict[int, list[Claim]] = {}
        for c in self.claims:
            out.setdefault(c.sentence.start, []).append(c)
        return out

    def in_sentence(self, c: Claim) -> list[Claim]:
        """The claims of c's sentence (c included), in text order; do not modify the list."""
        return self._by_sentence[c.sentence.start]

    def place_in_sentence(self, c: Claim) -> int:
        """c's index in `in_sentence(c)` (by identity)."""
        return next(j for j, x in enumerate(self.in_sentence(c)) if x is c)

    def before_in_sentence(self, c: Claim) -> list[Claim]:
        """The claims of c's sentence before c, in text order."""
        return self.in_sentence(c)[:self.place_in_sentence(c)]

    def after_in_sentence(self, c: Claim) -> list[Claim]:
        """The claims of c's sentence after c, in text order."""
        return self.in_sentence(c)[self.place_in_sentence(c) + 1:]

    def between(self, a: Claim, b: Claim) -> str:
        """The text between two claims (a before b), lower-cased (cut from `text_lower` when its
        offsets are the text's: the same letters, but for the Greek final sigma, which no cue
        word holds)."""
        if self.aligned:
            return self.text_lower[a.end:b.start]
        return self.text[a.end:b.start].lower()

    def sentence_text(self, c: Claim) -> str:
        return self.text[c.sentence.start:c.sentence.end]

    @_lazy
    def text_lower(self) -> str:
        """The whole text lower-cased, once (its offsets are the text's only when no character
        lower-cases to more than one: check `len` before using them across)."""
        return self.text.lower()

    @_lazy
    def text_is_ascii(self) -> bool:
        return self.text.isascii()

    @_lazy
    def aligned(self) -> bool:
        """Are `text_lower`'s offsets the text's (no character lower-cases to more than one)?"""
        return len(self.text_lower) == len(self.text)

    def lower_has(self, rx: re.Pattern, start: int, end: int) -> bool:
        """Does `rx` match in text[start:end] (offsets into the text, not negative) lower-cased?
        Read in `text_lower` between the two offsets when they are the text's (no slice
        lower-cased), else in the slice lower-cased. For patterns of plain ASCII words only: no
        anchor, look-around or \\b, which would read past the window in `text_lower`, and no
        letter whose lower case depends on its neighbours (the Greek final sigma)."""
        if self.aligned:
            return rx.search(self.text_lower, start, end) is not None
        return rx.search(self.text[start:end].lower()) is not None

    def sentence_lower(self, c: Claim) -> str:
        """c's sentence lower-cased, once per sentence."""
        got = self._sentence_lower.get(c.sentence.start)
        if got is None:
            got = self._sentence_lower[c.sentence.start] = self.sentence_text(c).lower()
        return got

    @_lazy
    def _index(self) -> dict[int, int]:
        return {id(c): i for i, c in enumerate(self.claims)}

    def index_of(self, c: Claim) -> int:
        """c's position in `claims` (by identity: no model comparison); ValueError if absent."""
        got = self._index.get(id(c))
        if got is None or self.claims[got] is not c:
            raise ValueError(f"{c.id} is not a claim of this document")
        return got

    def sentence_words(self, c: Claim) -> frozenset[str]:
        """The words of c's sentence (see `words`), split once per sentence."""
        got = self._sentence_words.get(c.sentence.start)
        if got is None:
            got = self._sentence_words[c.sentence.start] = frozenset(words(self.sentence_text(c)))
        return got

    # --- values ---------------------------------------------------------------------------
    def interval(self, c: Claim) -> Interval | None:
        """The interval the claim stands for, or None when it has no usable value."""
        got = self._intervals.get(c.id, _UNREAD)
        if got is _UNREAD:
            try:
                got = from_quantity(c)
            except (ValueError, TypeError, ZeroDivisionError):
                got = None
            self._intervals[c.id] = got
        return got

    def head(self, c: Claim) -> str | None:
        """The subject's head word, or the counted noun for counts."""
        if c.unit and c.unit.startswith("count:"):
            return c.unit[6:]
        return _subject_head(c.subject) if c.subject else None

    def same_unit(self, a: Claim, b: Claim) -> bool:
        if a.kind != b.kind:
            return False
        if a.kind == "count":
            return a.unit == b.unit or a.unit is None or b.unit is None \
                or classified(a, b) or classified(b, a)
        return a.unit == b.unit

    def counts_before(self, c: Claim, within: int = 1) -> list[Claim]:
        """Count claims before `c` in its sentence or the `within` sentences before, nearest first."""
        k = self.sentence_no(c)
        return [x for x in reversed(self.claims)
                if x.start < c.start and x.kind == "count" and k - within <= self.sentence_no(x) <= k]


_QUANTITY_KINDS = frozenset(QUANTITY_KINDS)  # (one hash probe a claim, not a scan of the tuple)
_UNREAD = object()  # (an interval not yet worked out; None is one that cannot be)

# (a subject's head word depends on its text alone: worked out once for the figures, and the
# checks, that share a subject)
_subject_head = lru_cache(maxsize=1 << 12)(subject_head)


_CLASSIFIER_UNITS = frozenset("count:" + w for w in LEX.classifiers)


def classified(bare: Claim, full: Claim) -> bool:
    """Is `bare` a count of a classifier alone ("3.000 ekor") and `full` a count of that
    classifier with its noun ("4.500 ekor sapi", counted as sapi)? The text names the noun once
    and then counts by the classifier: the same thing counted."""
    return bare.unit in _CLASSIFIER_UNITS and full.unit is not None and full.unit.startswith("count:") \
        and f"{bare.unit[6:]} {full.unit[6:]}" in full.text.lower()


def claims_of(doc: Doc, ids: list[str]) -> list[Claim]:
    by_id = {c.id: c for c in doc.claims}
    return [by_id[i] for i in ids]
