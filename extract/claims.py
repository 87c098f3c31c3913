"""Claims: each quantity with its sentence, what it counts, its predicate, time and role cues.

`build_claims(text)` is the whole stage as a pure function of the text; the spaCy component
(extract/component.py) wraps the same `ClaimBuilder`. Subjects come from small named rules over
the words of the quantity's sentence and the data in lang/id/cues.toml and nouns.toml:

- counted_noun: a count's own noun and the words that qualify it ("1,2 juta orang yang menerima
  insentif", "18,8 juta keluarga penerima manfaat (KPM)");
- left_phrase: the noun phrase before the number and its link word ("dana insentif yang sudah
  dicairkan mencapai Rp 1,6 triliun");
- money_noun: for money, the nearest money noun of the sentence when the phrase before the
  number names something else ("menautkan rekening Rp 600.000 ... pencairan insentif").
Only sentences that hold a quantity are looked at.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from extract.lang import Tail, Twin, alternation, lexicon, norm, probes, trie_pattern
from extract.model import QUANTITY_KINDS, Claim, Quantity, TextSpan
from extract.nlp import SentenceIndex, ascii_words, word_bounds
from extract.numerals import Guarded
from extract.quantities import numbered, scan

LEX = lexicon()
_CUES = LEX.cues
_SUBJ = _CUES["subject"]
_LINK = frozenset(_SUBJ["link_words"]) | frozenset(
    w for w in _CUES["change"]["phrases"] if " " not in w)
_BOUNDARY = frozenset(_SUBJ["boundaries"])
_STRIP = frozenset(_SUBJ["strip_leading"])
_AMOUNT_NOUNS = frozenset(_SUBJ["amount_nouns"])
_MONEY_NOUNS = frozenset(_SUBJ["money_nouns"])
_MAX_WORDS = int(_SUBJ["max_words"])
_GENERIC = frozenset(_SUBJ["generic_nouns"])
_AUX = frozenset(_SUBJ["auxiliaries"])
_PREPOSITIONS = frozenset(_SUBJ["prepositions"])
_CONJUNCTIONS = frozenset(_SUBJ["conjunctions"])
_TIME_WORDS = frozenset(LEX.months) | frozenset(LEX.days) | frozenset(_SUBJ["time_words"])
_NON_MONEY = frozenset(_SUBJ["non_money"])
_YEAR = re.compile(r"(?:19|20)\d\d")
_FROM = frozenset(_SUBJ["change_from"])
_RESTATE = frozenset(_SUBJ["restate"])
_COPULA = frozenset(_SUBJ["copula"])
_DEICTIC = frozenset(_SUBJ["deictic"])
_AMONG = tuple(_CUES["check"]["among"])
_PRONOUNS = frozenset(_SUBJ["pronouns"])
_TIME_LINK = frozenset(_CUES["time"]["time_before"])
_PREDICATES = frozenset(_CUES["predicate"]["phrases"])
_TIME_BEFORE = Tail(_CUES["time"]["time_before"])
# a trie searched in the lower-cased sentence with the stdlib engine (the phrases are words)
_TIME_PHRASE = re.compile(r"(?:" + trie_pattern({norm(p) for p in _CUES["time"]["phrases"]}, r"(?<![^\W\d_].)")
                          + r")(?![^\W\d_])")
_TIME_PHRASE_ANY_CASE = re.compile(_TIME_PHRASE.pattern, re.IGNORECASE)
_TIME_KINDS = ("date", "year", "time")
CUE_NAMES = ("part_of", "per_unit", "total", "change", "share")
# cue phrases as tries, searched in lower-cased text with the stdlib engine (fast on long
# sentences)
_CUE_RX = {
    name: re.compile(r"(?:" + trie_pattern({norm(p) for p in _CUES[name]["phrases"]}, r"(?<!\w.)") + r")(?!\w)")
    for name in CUE_NAMES
}
_PART_OF, _PER_UNIT, _TOTAL, _CHANGE, _SHARE = (_CUE_RX[name] for name in CUE_NAMES)


class _CueGate:
    """The cheap test before a cue's phrase pattern is searched in part of an ASCII sentence: its
    phrases looked for in the sentence's `spaced` bytes (lower-cased, every character that is no
    word character made a space, a space put first), where a literal space opens the pattern, which
    `re` finds many times faster than the phrases' first letters.

    It finds a superset: a phrase the pattern finds in the lower-cased text[a:b] starts there
    after a non-word character (or at a) and ends before one (or at b), and the non-word characters
    inside it (whitespace, a hyphen) are spaces in the bytes; so where the test finds nothing, the
    pattern finds nothing either. (None when a phrase is not ASCII, or does not open and end with
    a word character: no test then.)"""

    def __init__(self, phrases, letters: bool = False):
        # (with `letters`, for patterns bounded by letters rather than word characters: the bytes
        # keep only letters)
        word, gap = (r"[^\W\d_]", r"[\W\d_]+") if letters else (r"\w", r"\W+")
        words = {" ".join(w for w in re.split(gap, norm(p)) if w) for p in phrases}
        self.ok = all(p.isascii() and re.fullmatch(word + "(?:.*" + word + ")?", norm(p)) for p in phrases)
        body = ("(?:" + trie_pattern(words) + ")(?![^ ])").encode("ascii")
        self._search = re.compile(b" " + body).search
        self._match = re.compile(body).match

    def may_find(self, spaced: bytes, a: int, b: int) -> bool:
        """Can the pattern find a phrase in the sentence's lower-cased [a:b] (offsets in the
        sentence; byte i + 1 of `spaced` is its character i)?"""
        return not self.ok or self._search(spaced, a, b + 1) is not None \
            or (spaced[a] != 32 and self._match(spaced, a + 1, b + 1) is not None)


_CUE_GATES = {name: _CueGate(_CUES[name]["phrases"]) for name in CUE_NAMES}
_PART_OF_GATE, _PER_UNIT_GATE, _TOTAL_GATE, _CHANGE_GATE, _SHARE_GATE = (_CUE_GATES[name] for name in CUE_NAMES)
# (the sentence's bytes for the gates: ASCII word characters kept, the rest spaces)
_SPACED = bytes(c if chr(c).isalnum() or c == ord("_") else ord(" ") for c in range(128)) + bytes(range(128, 256))
# (the same with letters alone kept, for the time phrases, bounded by letters)
_LETTERS_SPACED = bytes(c if chr(c).isalpha() else ord(" ") for c in range(128)) + bytes(range(128, 256))
_TIME_GATE = _CueGate(_CUES["time"]["phrases"], letters=True)
# "untuk setiap rumah" right after the figure: a per-unit amount (cues.toml [per_unit])
_PER_UNIT_AFTER = re.compile(r"(?:" + trie_pattern(_CUES["per_unit"]["after_openers"]) + r")\s+(?:"
                             + trie_pattern(_CUES["per_unit"]["after_each"]) + r")\s+[^\W\d_]")
# "setiap keluarga menerima Rp 600.000": each one of something gets, pays or has the figure
# (cues.toml [per_unit] before_each, before_each_verbs; a time word after it is a rate's:
# "setiap bulan")
_EACH_BEFORE = re.compile(r"(?<![\w-])(?:" + trie_pattern(_CUES["per_unit"]["before_each"])
                          + r")\s+([^\W\d_][\w-]*)")
_EACH_PROBES = probes(_CUES["per_unit"]["before_each"])
_EACH_VERBS = frozenset(_CUES["per_unit"]["before_each_verbs"])
_EACH_MORE = frozenset(_CUES["per_unit"]["before_each_more"])
_CLAUSE_END = frozenset(",;.:!?")
_EACH_VERB_REACH = 5  # "menerima bantuan tunai sebesar Rp 600.000": at most 4 words from verb to figure
_EACH_NOT = frozenset(_CUES["per_unit"]["before_each_not"]) | frozenset(
    w for w, u in LEX.measure_units.items() if u in LEX.se_units.values())  # tahun, bulan, hari, ...
_CHANGE_AFTER = re.compile(r"\s*(?:" + trie_pattern(_CUES["change"]["after"]) + r")\b")
_NUMBER_AFTER = re.compile(r"\s*\S+\s+\S*\d")
# (tried only where one of its words can start: most figures are followed by another word)
_SHARE_AFTER = Guarded(regex.compile(
    r"\s*" + alternation(_CUES["share"]["of"]) + r"\s+(?:" + alternation(_CUES["share"]["whole_words"])
    + r"\s+)?[\p{L}\d]", regex.I), _CUES["share"]["of"])
_PUNCT_STOP = frozenset(",;:.!?\"“”'()[]–—-/")
_VERB_PREFIXES = LEX.verb_prefixes
_NOUNS_WITH_VERB_PREFIX = LEX.nouns_with_verb_prefix
_PERSON_NOUNS = LEX.person_nouns
_NOT_NOUNS = LEX.not_nouns
_COPULA_OR_RESTATE = _COPULA | _RESTATE


@dataclass
class _Sentence:
    start: int
    end: int
    starts: list[int]  # where each word starts and ends, in order
    ends: list[int]
    low: list[str]
    # token index -> (first, last + 1) token of the quantity mention covering it
    mention_at: dict[int, tuple[int, int]] = field(default_factory=dict)
    # the same for dates, years, times and ordinals (time adjuncts)
    other_at: dict[int, tuple[int, int]] = field(default_factory=dict)
    # subject found for each mention of the sentence, by its token range
    subjects: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    _time_phrase: str | None | bool = False  # False: not looked up yet
    # the sentence lower-cased, when that keeps every offset (almost always); else None
    lowered: str | None = None
    # the time anchors of the sentence's dates, years and times: (start, end), looked up once
    anchors: list[tuple[int, int]] | None = None
    _spaced: bytes | None | bool = False  # False: not made yet
    span: TextSpan = field(init=False)

    def __post_init__(self):
        self.span = TextSpan.trusted_from({"start": self.start, "end": self.end})

    def spaced(self) -> bytes | None:
        """The bytes the cue gates read (see _CueGate), made once; None unless the lower-cased
        sentence is ASCII."""
        if self._spaced is False:
            low = self.lowered
            self._spaced = (b" " + low.encode("ascii")).translate(_SPACED) \
                if low is not None and low.isascii() else None
        return self._spaced

    def lower(self, text: str, a: int, b: int) -> str:
        """text[a:b].lower() for a span inside the sentence."""
        if self.lowered is not None:
            return self.lowered[a - self.start:b - self.start]
        return text[a:b].lower()

    def time_phrase(self, text: str) -> str | None:
        """The sentence's first time phrase ("hingga saat ini"), looked up once per sentence."""
        if self._time_phrase is False:
            low = self.lowered if self.lowered is not None else text[self.start:self.end].lower()
            if len(low) == self.end - self.start:
                # (an ASCII sentence searched only where the cheap gate finds a phrase)
                m = _TIME_PHRASE.search(low) if not low.isascii() or _TIME_GATE.may_find(
                    (b" " + low.encode("ascii")).translate(_LETTERS_SPACED), 0, len(low)) else None
                self._time_phrase = text[self.start + m.start():self.start + m.end()] if m else None
            else:  # a character whose lower case is longer: search the text itself
                m = _TIME_PHRASE_ANY_CASE.search(text, self.start, self.end)
                self._time_phrase = m.group() if m else None
        return self._time_phrase


def _is_word(s: str) -> bool:
    return s[:1].isalpha()


# the words of a sentence are lower-cased already (a lower-cased word is its own lower case);
# (both tests are pure in the word, asked many times of the same words: remembered)
@lru_cache(maxsize=1 << 16)
def _is_verb(low: str) -> bool:
    return (low.startswith(_VERB_PREFIXES) and low not in _NOUNS_WITH_VERB_PREFIX
            and low not in _PERSON_NOUNS and low not in _MONEY_NOUNS)


@lru_cache(maxsize=1 << 16)
def _is_noun_word(low: str) -> bool:
    return (low[:1].isalpha() and low not in _NOT_NOUNS and low not in _BOUNDARY
            and low not in _LINK and not _is_verb(low))


class ClaimBuilder:
    """Turns a text's mentions into claims. One instance serves any number of texts."""

    def __call__(self, text: str, doc: str | None = None, include_all: bool = False) -> list[Claim]:
        cands = list(scan(text))
        if not cands:
            return []
        index = SentenceIndex(text)
        cache: dict[tuple[int, int], _Sentence] = {}
        times = _Mentions([c for c in cands if c.kind in _TIME_KINDS])
        quantities = _Mentions([c for c in cands if c.kind in QUANTITY_KINDS])
        others = _Mentions([c for c in cands if c.kind not in QUANTITY_KINDS])
        out = []
        for qid, c in numbered(cands):
            if not include_all and c.kind not in QUANTITY_KINDS:
                continue
            s = _sentence_of(text, c, index, cache, quantities, others)
            span = s.span if s is not None else None
            if c.kind in QUANTITY_KINDS:
                fields = self.fields(text, c, s, times) if s is not None else {}
                fields["sentence"] = span
                out.append(c.to_model(text, doc, qid, Claim, fields))
            elif include_all:
                out.append(c.to_model(text, doc, qid, Claim, {"sentence": span}))
        return out

    def fields(self, text: str, q, s: _Sentence, times: _Mentions) -> dict:
        """The claim fields of the quantity `q` (a mention under construction) in sentence `s`."""
        i0 = bisect.bisect_left(s.starts, q.start)
        i1 = bisect.bisect_left(s.starts, q.end)
        subject, rule = _counted_noun_subject(text, q, s, i0, i1)
        if "age_after_name" in q.rules:
            subject, rule = _name_before(text, s, i0), "age_of"
        same = s.mention_at.get(i0 - 2) if i0 >= 2 and s.low[i0 - 1] in _RESTATE else None
        if subject is not None and subject[1] - subject[0] == 1 and s.low[subject[0]] in _GENERIC:
            left = _left_subject(s, i0)  # "hampir 1,2 juta orang." says no more than "orang"
            if left is not None:
                subject, rule = left, "left_phrase"
            elif same in s.subjects:  # "21.500 kepala keluarga atau 76.840 jiwa"
                subject, rule = s.subjects[same], "restated"
        if subject is None and same in s.subjects:
            subject, rule = s.subjects[same], "restated"  # "96.214.691 suara atau 58,59 persen"
        if subject is None:
            subject, rule = _left_subject(s, i0), "left_phrase"
        if subject is None and i1 < len(s.low) and s.low[i1] in _COPULA:
            end = _extend_right(s, i1 + 2, i1 + 1)  # "94,21 juta merupakan pekerja penuh"
            if end > i1 + 1 and _is_noun_word(s.low[i1 + 1]):
                subject, rule = (i1 + 1, end), "after_copula"
        if subject is None and not s.subjects:
            opening = _opening_phrase(s, i0)  # "Harga Pertalite naik ... 30,7 persen"
            if opening is not None:
                subject, rule = opening, "clause_subject"
        if subject is None and s.subjects:
            # "TPT tercatat 5,32 persen, turun 0,54 persen poin": the clause goes on about the
            # subject of the sentence's previous figure
            subject, rule = s.subjects[max(s.subjects)], "previous_figure"
        if q.kind == "money" and (subject is None or _not_money(text, s, subject)):
            money = _money_noun_subject(text, s, i0, i1)
            if money is not None:
                subject, rule = money, "money_noun"
        if subject is not None:
            s.subjects[(i0, i1)] = subject
        fields = {"predicate": _predicate(s, i0, i1), "cues": _cues(text, q, s, subject),
                  "time": _time(text, q, s, times)}
        if subject is not None:
            a, b = s.starts[subject[0]], s.ends[subject[1] - 1]
            fields.update(subject=text[a:b], subject_start=a, subject_end=b,
                          rules=[*q.rules, f"subject_{rule}"])
        return fields


class _Mentions:
    """Mentions in text order, with their starts for bisection."""

    def __init__(self, mentions: list):
        self.mentions = mentions
        self.starts = [m.start for m in mentions]

    def within(self, a: int, b: int) -> list:
        """The mentions that start in [a, b)."""
        lo = bisect.bisect_left(self.starts, a)
        return self.mentions[lo:bisect.bisect_left(self.starts, b, lo)]


def _sentence_of(text: str, q, index: SentenceIndex, cache, quantities: _Mentions, others: _Mentions
                 ) -> _Sentence | None:
    span = index.sentence_at(q.start)
    if span is None:
        return None
    if span not in cache:
        a, b = span
        seg = text[a:b]
        low = seg.lower()
        if seg.isascii():
            starts, ends, low_words = ascii_words(text, a, b)
            s = _Sentence(a, b, starts, ends, low_words, lowered=low)
        else:
            starts, ends = word_bounds(text, a, b)
            if len(low) == b - a:
                s = _Sentence(a, b, starts, ends, [low[x - a:y - a] for x, y in zip(starts, ends)], lowered=low)
            else:  # a character whose lower case is longer ("İ"): word by word
                s = _Sentence(a, b, starts, ends, [text[x:y].lower() for x, y in zip(starts, ends)])
        for mentions, where in ((quantities, s.mention_at), (others, s.other_at)):
            for m in mentions.within(a, b):
                i, j = bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end)
                for t in range(i, j):
                    where[t] = (i, j)
        cache[span] = s
    return cache[span]


# --- subjects ---------------------------------------------------------------------------------
def _counted_noun_subject(text: str, q: Quantity, s: _Sentence, i0: int, i1: int):
    """A count's own noun and the words qualifying it: "keluarga penerima manfaat (KPM)",
    "orang yang menerima insentif"; a generic noun ("orang") runs on through its verb phrase."""
    if not q.unit or not (q.unit == "person" or q.unit.startswith("count:")):
        return None, ""
    noun = q.unit[6:].split()[0].split("/")[0] if q.unit.startswith("count:") else None
    head = None
    for i in range(i0, i1):
        w = s.low[i]
        if (noun and w == noun) or (noun is None and (w in LEX.person_nouns or _person_stem(w))):
            head = i
            break
    if head is None:
        return None, ""
    start = head - 1 if head > i0 and s.low[head - 1] in LEX.classifiers else head  # "unit Smartphone"
    if "rate" in q.rules or "rate_se" in q.rules:  # "149.000 kendaraan per hari": not the rate
        return (start, head + 1), "counted_noun"
    end = _extend_right(s, max(i1, head + 1), head)
    if (end == max(i1, head + 1) and s.low[head] in _GENERIC and end < len(s.low)
            and (s.low[end] in _AUX or _is_verb(s.low[end]) or _starts_among(s, end))):
        end = _verb_phrase(s, end, head)
    head = start
    return (head, end), "counted_noun"


def _starts_among(s: _Sentence, i: int) -> bool:
    """ "27,4 juta orang di antaranya menggunakan mobil": the group's verb phrase follows."""
    return any(s.low[i:i + len(p.split())] == p.split() for p in _AMONG)


def _person_stem(w: str) -> bool:
    return w.endswith("nya") and w[:-3] in LEX.person_nouns


def _extend_right(s: _Sentence, i: int, head: int) -> int:
    """Words after a head noun that still qualify it: nouns and adjectives, "(KPM)", "yang ..."."""
    n = len(s.starts)
    end = i
    limit = head + _MAX_WORDS
    while end < n and end < limit:
        w = s.low[end]
        if w == "(" and end + 2 < n and s.low[end + 2] == ")" and _is_word(s.low[end + 1]):
            end += 3
            continue
        if w == "yang":
            return _relative_clause(s, end, limit)
        if not _is_noun_word(w) or w in _PREPOSITIONS or w in LEX.units or w in LEX.scales:
            break
        end += 1
    return end


def _verb_phrase(s: _Sentence, i: int, head: int) -> int:
    """ "orang sudah melakukan transaksi pembelian pelatihan": up to punctuation or a conjunction."""
    n = len(s.starts)
    end = i
    while end < n and end < head + 1 + _MAX_WORDS:
        w = s.low[end]
        if w in _PUNCT_STOP or w in _CONJUNCTIONS or w[:1].isdigit():
            break
        end += 1
    return end


def _relative_clause(s: _Sentence, i: int, limit: int) -> int:
    """ "yang sudah menerima insentif": up to punctuation, a conjunction, a number or a second
    verb after its object."""
    n = len(s.starts)
    end = i + 1
    seen_verb = seen_noun = False
    while end < n and end < limit + 2:
        w = s.low[end]
        if w in _PUNCT_STOP or w in _CONJUNCTIONS or w[:1].isdigit() or (w in _LINK and seen_noun) \
                or (w in _PREPOSITIONS and seen_noun):
            break
        if _is_verb(w):
            if seen_verb and seen_noun:
                break
            seen_verb = True
        elif _is_noun_word(w):
            seen_noun = True
        end += 1
    return end if end > i + 1 else i


def _left_subject(s: _Sentence, i0: int):
    """The noun phrase before the number, past its link word or change verb ("dana insentif yang
    sudah dicairkan mencapai", "perekonomian Indonesia tumbuh"); when a main verb stands there
    instead ("Setiap KPM mendapat Rp 200.000"), the subject of that verb."""
    j = i0 - 1
    while j >= 0:
        if s.low[j] in _LINK or s.low[j] in _AUX or (j == i0 - 1 and s.low[j] in _FROM):
            j -= 1
        elif s.low[j] == "," and j + 1 < i0 and s.low[j + 1] in _COPULA_OR_RESTATE:
            j -= 1  # "andil terbesar, yakni 1,56 persen poin"
        elif j in s.mention_at and s.mention_at[j][0] > 0 and s.low[s.mention_at[j][0] - 1] in _FROM:
            j = s.mention_at[j][0] - 2  # "naik dari Rp 12.500 menjadi Rp 14.500": past "dari A"
        elif j in s.other_at:  # a time adjunct: "perekonomian ... pada kuartal II-2023 tumbuh"
            j = s.other_at[j][0] - 1
            while j >= 0 and (s.low[j] in _TIME_LINK or s.low[j] in _TIME_WORDS):
                j -= 1
        else:
            break
    if j >= 0 and _is_verb(s.low[j]) and not _in_relative(s, j):
        j -= 1  # a main verb: its subject is before it
        while j >= 0 and s.low[j] in _AUX:
            j -= 1
    end = j + 1
    k = j
    while k >= 0 and end - k <= _MAX_WORDS + 2:
        w = s.low[k]
        if w == ")":
            k2 = _skip_brackets_left(s, k)
            if k2 != k:
                k = k2 - 1
                continue
        if w in _CONJUNCTIONS and w == "dan" and k > 0 and _is_noun_word(s.low[k - 1]) \
                and k + 1 < len(s.low) and _is_noun_word(s.low[k + 1]):
            k -= 1  # "barang dan jasa", "Bali dan Nusa Tenggara"
            continue
        if len(w) == 4 and _YEAR.fullmatch(w) and k > 0 and _is_word(s.low[k - 1]):
            k -= 1  # "APBN 2023"
            continue
        if w in _TIME_WORDS and k + 1 < len(s.low) and s.low[k + 1] in _DEICTIC and k + 1 < end:
            k -= 1  # "kuota Pertalite tahun ini"
            continue
        if w in _PRONOUNS and k > 0 and _is_noun_word(s.low[k - 1]) and k < end:
            k -= 1  # "ekonomi kita", "lapangan kita": a possessive, not the speaker
            continue
        if w in _PUNCT_STOP or w in _BOUNDARY or w[:1].isdigit() or w in _TIME_WORDS \
                or k in s.mention_at:
            break
        if _is_verb(w) and not _in_relative(s, k):
            break
        k -= 1
    start = k + 1
    for x in range(end - 1, start, -1):
        if s.low[x] in _COPULA:  # "produksi terbesar adalah Jawa Timur": what the copula names
            start = x + 1
            break
    for _ in range(2):
        while start < end and (s.low[start] in _STRIP or s.low[start] in _PREPOSITIONS
                               or s.low[start] in _CONJUNCTIONS or not _is_word(s.low[start])
                               or (_is_verb(s.low[start]) and start + 1 < end)):
            start += 1
        closing = next((x for x in range(start, end) if s.low[x] == ")"), None)
        if closing is None or "(" in s.low[start:closing]:
            break
        start = closing + 1  # never start inside a bracket
    while end > start and (s.low[end - 1] in _PREPOSITIONS or s.low[end - 1] in _CONJUNCTIONS):
        end -= 1
    if start >= end or not any(_is_noun_word(w) and w not in _TIME_WORDS for w in s.low[start:end]):
        return None  # "sekaligus", "lebih kecil", "ditetapkan": no noun, no subject
    return start, end


def _skip_brackets_left(s: _Sentence, k: int) -> int:
    """From a ")" at `k`, the index of its "(" when a short bracket of words lies between."""
    for x in range(k - 1, max(-1, k - 8), -1):
        if s.low[x] == "(":
            return x if x < k - 1 and all(_is_word(w) or w in "/-" for w in s.low[x + 1:k]) else k
        if s.low[x] in _PUNCT_STOP:
            return k
    return k


def _name_before(text: str, s: _Sentence, i0: int):
    """ "Budi Santoso (38)": the capitalised name before the bracket."""
    end = i0 - 1 if i0 > 0 and s.low[i0 - 1] == "(" else i0
    start = end
    while start > 0 and end - start < 4 and text[s.starts[start - 1]].isupper():
        start -= 1
    return (start, end) if start < end else None


def _opening_phrase(s: _Sentence, i0: int):
    """The noun phrase that opens the sentence, up to its verb: the clause's subject."""
    start = 0
    while start < i0 and (s.low[start] in _STRIP or s.low[start] in _CONJUNCTIONS
                          or s.low[start] in _PREPOSITIONS or not _is_word(s.low[start])):
        start += 1
    end = start
    while end < i0 and end - start < _MAX_WORDS and _is_noun_word(s.low[end]) \
            and s.low[end] not in _TIME_WORDS and end not in s.mention_at and end not in s.other_at:
        end += 1
    if end == start or end >= i0 or not (_is_verb(s.low[end]) or s.low[end] in _LINK) \
            or s.low[end] in _BOUNDARY:  # "Direktur ... mengatakan": a speaker, not a subject
        return None
    return start, end


def _in_relative(s: _Sentence, k: int) -> bool:
    """Is the verb at `k` inside a "yang ..." clause: "yang" within three words to its left with
    no other verb between ("yang sudah dicairkan", not "yang bersangkutan telah mendapatkan")?"""
    for x in range(k - 1, max(-1, k - 4), -1):
        if s.low[x] == "yang":
            return True
        if _is_verb(s.low[x]):
            return False
    return False


def _money_noun_subject(text: str, s: _Sentence, i0: int, i1: int):
    """The money noun of the sentence nearest the number, with the nouns qualifying it."""
    best = None
    for i, w in enumerate(s.low):
        if w in _MONEY_NOUNS and not (i0 <= i < i1):
            d = i0 - i if i < i0 else i - i1 + _MAX_WORDS  # prefer nouns before the number
            if best is None or d < best[0]:
                best = (d, i)
    if best is None:
        return None
    head = best[1]
    end = head + 1
    while end < len(s.low) and end < i0 and _is_noun_word(s.low[end]) and end - head < 3:
        end += 1
    if end < len(s.low) and s.low[end] == "yang":
        end = _relative_clause(s, end, head + _MAX_WORDS)
        end = min(end, i0) if head < i0 else end
    return head, max(end, head + 1)


def _not_money(text: str, s: _Sentence, subject) -> bool:
    """Does the phrase before an amount name something that is not money: an account, a place
    (a capitalised name inside the sentence)?"""
    head = _head(text, s, subject)
    if head in _NON_MONEY:
        return True
    first = text[s.starts[subject[0]]:s.ends[subject[0]]]
    return first[:1].isupper() and subject[0] > 0 and head not in _MONEY_NOUNS


def _head(text: str, s: _Sentence, subject) -> str:
    for i in range(subject[0], subject[1]):
        if s.low[i] not in _AMOUNT_NOUNS and s.low[i] not in _STRIP:
            return s.low[i]
    return s.low[subject[0]]


_SUBJECT_WORD = Twin(regex.compile(r"[\p{L}\d][\p{L}\d\-]*"))


def subject_head(subject: str) -> str:
    """The head word of a subject phrase: its first word past amount nouns ("jumlah")."""
    for w in _SUBJECT_WORD.findall(subject.lower()):
        if w not in _AMOUNT_NOUNS and w not in _STRIP:
            return w
    return subject.lower().split()[0] if subject.split() else ""


# --- predicate, cues, time ------------------------------------------------------------------
def _predicate(s: _Sentence, i0: int, i1: int) -> str | None:
    for j in range(i0 - 1, max(-1, i0 - 4), -1):
        if s.low[j] in _PREDICATES:
            return s.low[j]
        if s.low[j] in _PUNCT_STOP:
            break
    for j in range(i1, min(len(s.low), i1 + 2)):
        if s.low[j] in _PREDICATES:
            return s.low[j]
    return None


_PER_OPENERS = frozenset(_CUES["per_unit"]["after_openers"])


def _per_unit_before(before: str, s: _Sentence, spaced: bytes | None) -> bool:
    """A per-unit phrase in the 30 characters before the figure ("setiap peserta mendapat Rp
    600.000"), unless it follows the figure before right after it, perhaps after "untuk" ("Rp
    600.000 untuk setiap peserta diberikan kepada 1.000 peserta": the phrase is the amount's, not
    the 1.000's). (`before`: the sentence's lower-cased text up to the figure; `spaced`: the
    sentence's bytes for the gate, or None.)"""
    near = before[-30:]
    n = len(before)
    m = _PER_UNIT.search(near) if spaced is None or _PER_UNIT_GATE.may_find(spaced, n - len(near), n) else None
    if m is not None:
        at = s.start + len(before) - len(near) + m.start()  # where the phrase starts in the text
    else:  # "setiap keluarga penerima manfaat mendapatkan Rp 600.000": each + a noun + a verb of
        # getting, paying or having, in the clause ("ke tiap pendaftar yang lolos hampir 12 juta": no)
        clause = max(before.rfind(","), before.rfind(";")) + 1
        for p in _EACH_PROBES:
            if before.find(p, clause) >= 0:
                break
        else:
            return False  # (the cheap test first: no each word in the clause)
        m = None
        for m in _EACH_BEFORE.finditer(before, clause):
            pass
        if m is None or m.group(1) in _EACH_NOT:
            return False
        at = s.start + m.start()
        first = bisect.bisect_left(s.starts, at)
        last = bisect.bisect_left(s.starts, s.start + len(before))
        if any(j in s.mention_at for j in range(first, last)):
            return False  # another figure in between is the one it gets
        verb = next((j for j in range(last - 1, first, -1) if s.low[j] in _EACH_VERBS), None)
        if verb is None or last - verb > _EACH_VERB_REACH:
            return False  # it gets nothing; or the figure is too far from the getting to be it
        j, joined = s.mention_at.get(last, (last, last + 1))[1], False
        while j < len(s.low) and s.low[j] not in _CLAUSE_END:
            if s.low[j] in _EACH_MORE:
                joined = True
            elif joined and j in s.mention_at:
                return False  # "mendapat Rp 300.000 dan Rp 100.000": what each gets is open
            j += 1
    k = bisect.bisect_right(s.starts, at) - 2  # the token before the one holding it
    if k >= 0 and s.low[k] in _PER_OPENERS:
        k -= 1
    return k not in s.mention_at


def _cues(text: str, q: Quantity, s: _Sentence, subject) -> tuple[str, ...]:
    before = s.lower(text, s.start, q.start)
    clause = before[max(before.rfind(","), before.rfind(";")) + 1:]
    opener = before[:before.find(",")] if "," in before else ""  # "Secara total, ..."
    near_before = before[-40:]
    near_after = s.lower(text, q.end, min(s.end, q.end + 40))
    subj = s.lower(text, s.starts[subject[0]], s.ends[subject[1] - 1]) if subject else ""
    # (no phrase matches an empty string: an empty subject or opener is not searched)
    # (the parts of the sentence searched are tried with the cheap gates first, where the sentence
    # has `spaced` bytes: `before` is its [0:n])
    sp = s.spaced()
    n = len(before)
    found = []
    if ((sp is None or _PART_OF_GATE.may_find(sp, 0, n)) and _PART_OF.search(before)) \
            or (subj and _PART_OF.search(subj)):
        found.append("part_of")
    if q.per is not None or _per_unit_before(before, s, sp):
        found.append("per_unit")
    else:
        next_words = near_after.lstrip()
        if _PER_UNIT.match(next_words) or _PER_UNIT_AFTER.match(next_words):
            found.append("per_unit")
    if ((sp is None or _TOTAL_GATE.may_find(sp, n - len(clause), n)) and _TOTAL.search(clause)) \
            or (subj and _TOTAL.search(subj)) \
            or (opener and (sp is None or _TOTAL_GATE.may_find(sp, 0, len(opener))) and _TOTAL.search(opener)):
        found.append("total")
    if ((sp is None or _CHANGE_GATE.may_find(sp, n - len(near_before), n)) and _CHANGE.search(near_before)) \
            or _CHANGE_AFTER.match(near_after):
        found.append("change")
    share_after = _SHARE_AFTER.match(near_after, 0, len(near_after))
    if (q.kind == "percent" and (share_after or before.endswith("("))) \
            or ((sp is None or _SHARE_GATE.may_find(sp, max(0, n - 20), n)) and _SHARE.search(before[-20:])) \
            or (share_after and _NUMBER_AFTER.match(near_after)):
        found.append("share")
    return tuple(found)


def _time(text: str, q, s: _Sentence, times: _Mentions) -> str | None:
    """The time the sentence anchors its figures to: "hingga saat ini", "pada 2020"."""
    if s.anchors is None:  # each date, year or time with the time word before it ("pada 2020")
        s.anchors = []
        for o in times.within(s.start, s.end):
            left = text[max(s.start, o.start - 24):o.start]
            tb = _TIME_BEFORE.find(left)
            s.anchors.append((o.start - (len(left) - tb[1]) if tb else o.start, o.end))
    best = None
    for anchor in s.anchors:  # the nearest, the first of equals
        if best is None or abs(anchor[0] - q.start) < abs(best[0] - q.start):
            best = anchor
    if best is None:
        return s.time_phrase(text)
    return text[best[0]:best[1]]


_BUILDER = ClaimBuilder()


def build_claims(text: str, doc: str | None = None, include_all: bool = False) -> list[Claim]:
    """Every claim of a text, in text order (with `include_all`, non-quantities too)."""
    return _BUILDER(text, doc, include_all)

