"""Quantities: numerals with what the text says around them.

`extract_quantities(text)` finds every number in the text and decides what it is: an amount of
money, a count of something, a percent, a measure or a ratio — with hedge ("hampir", "lebih
dari"), range ("60.000 hingga 80.000"), rate ("per hari") and written precision — or, kept apart
and returned only on request, a date, year, clock time, ordinal, identifier or score.

It works from anchors: one regex finds where numbers start, and small named rules read the left
and right context of each one. Text without numbers costs one regex scan. Every span is an
offset into the unmodified input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from fractions import Fraction

import regex

from extract.lang import Ahead, Tail, Twin, alternation, lexicon, load_table, norm, probes, trie_pattern
from extract.model import QUANTITY_KINDS, Quantity
from extract.numerals import START, Guarded, Read, apply_spaced_abbrev, read_numeral, to_decimal

LEX = lexicon()
I = regex.IGNORECASE  # noqa: E741
# Patterns that look at the text left of a number end in "$" and are searched right to left
# (REVERSE), so a miss costs one step instead of a scan of the whole window.
R = regex.REVERSE

# How far rules look to the left of a number, in characters.
LEFT = 48
# How far a rule reads right of a position: bounds every anchored match (the regex module would
# otherwise scan ahead for a pattern's required word, making long texts quadratic).
_SPAN = 120

_WORD = r"\p{L}[\p{L}\-]*"


# --- regexes built from the data --------------------------------------------------------------
_CUR_PREFIX = Tail(LEX.currency_prefix)
_CURRENCY_BY_PREFIX = {norm(k): code for k, code in LEX.currency_prefix.items()}
_CUR_PREFIX_AT = Twin(regex.compile(r"(" + alternation(list(LEX.currency_prefix)) + r")\s*", I))
_CUR_SUFFIX = Guarded(regex.compile(r"\s*(" + alternation(list(LEX.currency_suffix)) + r")", I),
                      LEX.currency_suffix)
_RUPIAH_DASH = re.compile(r",-{1,2}")  # "Rp 50.000,-"
_PERCENT = regex.compile(r"\s*(" + alternation(list(LEX.percent_units)) + r")", I)
_MEASURE_FOLD = Twin(regex.compile(
    r"\s*(" + alternation([w for w in LEX.measure_units if w not in LEX.exact_units]) + r")", I
))
# percent, currency, ratio word or measure right after a number: one match, the group names it
_UNIT_AFTER = Ahead({
    "percent": LEX.percent_units,
    "money": LEX.currency_suffix,
    "ratio": LEX.ratio_words,
    "measure": [w for w in LEX.measure_units if w not in LEX.exact_units],
})
# a currency with a number right after it is that number's prefix, not a suffix of the one
# before: "surplus 2022 US$ 5,5 miliar"
_NUMBER_NEXT = re.compile(r"\s?\d")
_UNIT_TABLES = {"percent": LEX.percent_units, "money": LEX.currency_suffix, "ratio": {},
                "measure": LEX.measure_units}
_UNIT_RULES = {"percent": "percent", "money": "currency_suffix", "ratio": "ratio_word",
               "measure": "measure_unit"}
_MEASURE_EXACT = Guarded(regex.compile(r" ?(" + alternation(list(LEX.exact_units)) + r")(?![\p{L}\d])"),
                         LEX.exact_units,
                         # (the pattern is case-sensitive: tried only where a unit stands as written,
                         # not before an ASCII letter or digit)
                         gate=r" ?(?:" + trie_pattern(LEX.exact_units) + r")(?![a-zA-Z0-9])")
_HEDGE_BEFORE = Tail(LEX.hedges_before)
_HEDGE_WEAK = Tail(LEX.hedges_before_weak)
_HEDGE_AFTER_AN = Twin(regex.compile(r"-?an(?!\p{L})"))
_HEDGE_AFTER = Guarded(regex.compile(
    r"\s+(" + alternation([w for w in LEX.hedges_after if not w.endswith("an")]) + r")", I
), [w for w in LEX.hedges_after if not w.endswith("an")])
_FINAL = Twin(regex.compile(
    r"\s*[,.;:)!?\n]|\s+" + alternation(load_table("hedges")["after_final"]["followers"]) + r"|\s*$"
))
# a minus sign glued to digits ("-1,2") or a word ("minus 5"); "- 5" is a list bullet
_SIGN = regex.compile(
    r"(?:(?<![\p{L}\d.,%)\-–])[-−]|(?<!\p{L})" + alternation(list(LEX.negative_words)) + r"\s+)$", I | R
)
_OPENER = Tail(LEX.range_openers)
_CONNECTOR = Guarded(regex.compile(r"\s*(" + alternation(list(LEX.range_connectors)) + r")\s*", I),
                     LEX.range_connectors)
_AND = Guarded(regex.compile(r"\s*(" + alternation(list(LEX.range_and)) + r")\s+", I), LEX.range_and)
_NEXT_WORD = regex.compile(r"[ \t\u00a0]+(" + _WORD + r")")
# (the same with ASCII letters, for the stdlib engine: see _next_word)
_NEXT_WORD_ASCII = re.compile(r"[ \t\u00a0]+([a-zA-Z][a-zA-Z\-]*)?")
_GLUED_WORD = regex.compile(_WORD)
_GLUED_WORD_ASCII = re.compile(r"[a-zA-Z][a-zA-Z\-]*")  # (the same for the stdlib engine: see _glued_word)
_RATIO = regex.compile(r"\s*(" + alternation(list(LEX.ratio_words)) + r")", I)
_PER = Guarded(regex.compile(
    r"\s*(?:(?:" + alternation([w for w in LEX.per_words if w != "/"]) + r")\s+|/\s?)(?=\p{L})", I
), [w for w in LEX.per_words if w != "/"] + ["/"])
_SE_UNIT = Guarded(regex.compile(r"\s*(" + alternation(list(LEX.se_units)) + r")(?![\p{L}\-])", I),
                   LEX.se_units)
_SE_MEASURE = regex.compile(
    alternation([w for w, u in LEX.se_units.items() if u in LEX.measure_units.values()])
    + r"(?![\p{L}\-])", I,
)
_LEADING_RATE = Twin(regex.compile(
    r"(?<!\p{L})(" + alternation(list(LEX.leading_rate_words)) + r")\s+(" + _WORD + r")", I
))
_TRAILING_RATE = Twin(regex.compile(
    r"(?:\s+\p{L}+){0,2}?\s+(" + alternation(list(LEX.leading_rate_words)) + r")\s+(" + _WORD + r")"
    r"(?=\s*[,.;:!?\n]|\s*$)", I,
))
_MONTH = alternation(list(LEX.months))
_DATE_NUMERIC = regex.compile(
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])|\d{1,2}-\d{1,2}-\d{2,4}(?!\d)|\d{4}-\d{2}-\d{2}(?!\d)"
)
# (the same for the stdlib engine, used where the 11 characters it can read are ASCII: \d is [0-9]
# there)
_DATE_NUMERIC_ASCII = re.compile(
    r"[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{2,4})?(?![0-9/])|[0-9]{1,2}-[0-9]{1,2}-[0-9]{2,4}(?![0-9])"
    r"|[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])"
)
_DATE_DAY_MONTH = Twin(regex.compile(
    r"\d{1,2}(?:\s?(?:-{1,2}|[–—])\s?\d{1,2})?\s+" + _MONTH + r"(?:\.?\s+\d{4}(?!\d))?", I
))
# what can follow a day's digits in a date: a dash ("17-18 Agustus") or the month
_DAY_MONTH_NEXT = Guarded(None, ["-", "–", "—"] + list(LEX.months))
_MONTH_BEFORE = regex.compile(_MONTH + r"\.?\s+$", I | R)
_CLOCK_LABEL = Tail(LEX.clock_before)
_TIME = Twin(regex.compile(
    r"(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?(?![\d])(?:\s*(" + alternation(list(LEX.clock_zones)) + r"))?"
))
# (the digits of _TIME for the stdlib engine: where the nine characters they can read are ASCII, the
# pattern matches only where these do)
_TIME_DIGITS_ASCII = re.compile(r"[0-9]{1,2}[:.][0-9]{2}(?:[:.][0-9]{2})?(?![0-9])")
_TIME_HOUR = Twin(regex.compile(
    r"(\d{1,2})(?![\d.,:])(?:\s*(" + alternation(list(LEX.clock_zones) + list(LEX.clock_day_parts)) + r"))?", I
))
_PHONE = Twin(regex.compile(r"(?:\+62|(?<!\d)0)\d{2,4}(?:[-\s]?\d{3,4}){1,2}[-\s]?\d{2,5}(?!\d)"))
_SCORE = re.compile(r"\d{1,2}\s?[-–:]\s?\d{1,2}(?!\d|[.,]\d)")
_SCORE_LABEL = regex.compile(r"(" + alternation(list(LEX.score_labels)) + r")\s*$", I | R)
_YEAR_LABEL = regex.compile(r"(" + alternation(list(LEX.year_labels)) + r")\s*$", I | R)
_YEAR_SPAN = re.compile(r"\d{4}\s?[-–/]\s?\d{4}(?!\d)|\d{4}(?!\d)")
_REG_YEAR = Twin(regex.compile(r"\s+(" + alternation(list(LEX.regulation_year)) + r")\s+\d{4}(?!\d)", I))
_PLATE = (regex.compile(r"(?<!\p{L})\p{Lu}{1,2}\s$", R), regex.compile(r"\d{1,4}\s\p{Lu}{1,3}(?!\p{L})"))
_IDENT_TAIL = Twin(regex.compile(r"\s?/\s?\p{L}+\s?\d+"))  # "RT 03/RW 05"
_LABEL = regex.compile(r"(\S+)[ \t]+(\S+)$|(\S+)$", R)
_LABEL_WORD = Twin(regex.compile(r"\(?\p{L}[\p{L}\-]*\.?"))
_GLUED_LEFT = regex.compile(r"(\p{L}[\p{L}$]*-?|[$€£¥₩₹₱฿₫₽]|\p{L}+\$)$", R)
_WORD_BEFORE = regex.compile(r"(\p{L}[\p{L}\-]*)\W{0,2}$", R)
_SCORE_CUE = Twin(regex.compile(r"(?<!\p{L})" + alternation(list(LEX.score_cues)) + r"(?!\p{L})", I))
_ORDINAL_WORD = regex.compile(
    r"(?<!\p{L})" + regex.escape(LEX.ordinal_prefix)
    + r"(" + alternation(list(LEX.units) + list(LEX.se_forms), word_boundaries=False) + r")"
    + r"(" + regex.escape(LEX.ordinal_all_suffix) + r")?(?!\p{L})"
    + "|" + alternation(list(LEX.ordinal_words)),
    I,
)
# (the same, tried only where their first letters stand)
_ORDINAL_WORD_AT = Guarded(_ORDINAL_WORD, [LEX.ordinal_prefix] + list(LEX.ordinal_words))
_SE_MEASURE_AT = Guarded(_SE_MEASURE, [w for w, u in LEX.se_units.items() if u in LEX.measure_units.values()])
_IDIOM = Twin(regex.compile(alternation(list(LEX.idioms)), I))
_ANCHOR = Twin(regex.compile(START.pattern + "|" + _ORDINAL_WORD.pattern + "|" + _SE_MEASURE.pattern, I))
# The scanner's anchors, found with two fast stdlib passes: digit runs in the text, and the
# words that can start a number (a trie) in its lower-cased copy.
# (written to open with a character class, which lets `re` skip ahead fast: the same matches as
# r"\d[\d.,]*|(?<![\w.,]),\d" in a quarter of the time; the class is every character but the
# ASCII ones other than digits and ",", a bitmap test where \d costs a Unicode lookup per
# character, and the lookbehinds then say which of those is a digit or a comma)
_DIGIT_ANCHOR = re.compile(r"[^\x00-+\--/:-\x7f](?:(?<=\d)[\d.,]*|(?<=,)(?<![\w.,],)\d)")
_ANCHOR_WORDS = (
    set(LEX.units) | set(LEX.se_forms) | set(LEX.fractions) | set(LEX.vague) | set(LEX.vague_with_scale)
    | {LEX.ordinal_prefix + w + nya for w in list(LEX.units) + list(LEX.se_forms)
       for nya in ("", LEX.ordinal_all_suffix)} | set(LEX.ordinal_words)
    | {w for w, u in LEX.se_units.items() if u in LEX.measure_units.values()}
)
# a number word after a non-word character (group 1), or (_WORD_ANCHOR_AT_0) at the very start:
# opening the pattern with the separator's character class lets `re` skip ahead fast, faster
# than r"\b" + trie; the class is every character but the ASCII word characters (a bitmap test,
# where [^\w] costs Unicode lookups per character), so a non-ASCII word character may pass as a
# separator too: `_anchors` drops those matches (the words are all letters, so such a match hides
# no other)
_WORD_ANCHOR_AT_0 = re.compile(trie_pattern(sorted(w.lower() for w in _ANCHOR_WORDS)) + r"\b")
_WORD_ANCHOR = re.compile(r"[^0-9A-Za-z_](" + _WORD_ANCHOR_AT_0.pattern + ")")
_WORD_CHAR = re.compile(r"\w")
# (an ASCII text's bytes with digits made "0", word characters "a", "." and "," kept and the rest
# spaces: where no "," opens a number (_COMMA_OPENS), the anchors are the digit runs, found with
# a literal "0" opening the pattern, several times faster than a class)
_DIGIT_CLASSES = bytes(ord("0") if chr(c).isdigit() else c if chr(c) in ".," else
                       ord("a") if chr(c).isalnum() or c == ord("_") else ord(" ") for c in range(128)) \
    + bytes(range(128, 256))
_DIGIT_RUN_ASCII = re.compile(rb"0[0.,]*")
_COMMA_OPENS = re.compile(rb",(?<![a0.,],)0")
# (an ASCII text's bytes with every non-word character made a space: a literal " " opens the
# pattern, which `re` finds several times faster than a character class)
_WORD_ANCHOR_ASCII = re.compile((" (?:" + _WORD_ANCHOR_AT_0.pattern + ")").encode("ascii"))
_NONWORD_TO_SPACE = bytes(c if chr(c).isalnum() or c == ord("_") else ord(" ") for c in range(128)) \
    + bytes(range(128, 256))
# (the same with letters lower-cased, and _WORD_ANCHOR_AT_0 for such bytes: the words are ASCII
# letters, and \b reads the same there)
_LOWER_NONWORD_TO_SPACE = _NONWORD_TO_SPACE.translate(bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                                                      b"abcdefghijklmnopqrstuvwxyz"))
_WORD_ANCHOR_AT_0_ASCII = re.compile(_WORD_ANCHOR_AT_0.pattern.encode("ascii"))
_CLAUSE_CUT = regex.compile(r"[.!?]\s+(?=\p{Lu})|\n|[\d;]", R)
_DIGIT_RUN = re.compile(r"\d+")
_DECIMAL_TAIL = re.compile(r"[.,]\d")
_NYA = Twin(regex.compile(r"nya(?!\p{L})"))
_NOUN_NYA = regex.compile(r"(.+?)nya$")
_ACRONYM = Twin(regex.compile(r"\p{Lu}{2,6}"))
_LETTERS = Twin(regex.compile(r"\p{L}+"))
_NOUN_PAIR = Twin(regex.compile(r"/(\p{L}{3,})(?!\s?\d)"))
_LEBIH_NOUN = Guarded(regex.compile(r"\s+lebih(?=\s+\p{L})", I), ["lebih"])
_PLUS_MINUS = Guarded(regex.compile(
    r"\s*(?:" + "|".join(regex.escape(x) for x in LEX.plus_minus) + r")\s*(?=\d)"), LEX.plus_minus)
_TIMES = Guarded(regex.compile(r"\s?(?:" + "|".join(regex.escape(x) for x in LEX.times) + r")\s?(?=\d)"),
                 LEX.times)
_UNIT_PREFIX = Tail(LEX.unit_prefix)
_INDEX_WORD = Twin(regex.compile(r"(?<!\p{L})" + alternation(list(LEX.index_words)) + r"(?!\p{L})", I))
_AGE_LEFT = regex.compile(r"\p{Lu}\p{Ll}+\s?\($", R)
_AREA_CODE = Twin(regex.compile(r"0\d{2,4}\)\s?\d{4,8}(?!\d)"))
_COMPOUND_UNIT = Ahead({"compound": LEX.compound_units})
_MONEY_NOUN_LEFT = Tail(LEX.cues["subject"]["money_nouns"])
_CHANGE_WORDS = frozenset(LEX.cues["change"]["phrases"])
_LINK_LEFT = Tail(LEX.cues["subject"]["link_words"])


@dataclass(slots=True)
class Cand:
    """A mention under construction."""

    start: int
    end: int
    kind: str
    value: Fraction | None = None
    low: Fraction | None = None
    high: Fraction | None = None
    unit: str | None = None
    hedge: str = "none"
    per: str | None = None
    precision: Fraction | None = None
    vague: bool = False
    flags: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    # what the reading found, for the range rule
    currency_prefix: bool = False
    scale: Fraction | None = None
    bare: bool = True  # no unit, noun, scale, currency or percent
    lone: bool = False  # a lone number word: dropped unless it opens a range

    def to_model(self, text: str, doc: str | None, qid: str, model: type[Quantity] = Quantity,
                 extra: dict | None = None) -> Quantity:
        """The mention as a `model`, with the `extra` fields of that model (its "rules" replace
        the mention's own)."""
        v, low, high, precision, flags = self.value, self.low, self.high, self.precision, self.flags
        value = None if v is None else to_decimal(v)
        fraction = f"{v.numerator}/{v.denominator}" if v is not None and value is None else None
        fields = {
            "doc": doc, "id": qid, "start": self.start, "end": self.end, "text": text[self.start:self.end],
            "kind": self.kind, "value": value, "fraction": fraction,
            "low": None if low is None else to_decimal(low), "high": None if high is None else to_decimal(high),
            "unit": self.unit, "hedge": self.hedge, "per": self.per,
            "precision": None if precision is None else to_decimal(precision),
            "vague": self.vague, "flags": tuple(dict.fromkeys(flags)) if flags else (),
            "rules": self.rules,
        }
        if extra:
            fields.update(extra)
        fields["rules"] = tuple(dict.fromkeys(fields["rules"]))
        return model.trusted_from(fields)


# --- the scanner ----------------------------------------------------------------------------
def extract_quantities(text: str, doc: str | None = None, include_all: bool = False,
                       model: type[Quantity] = Quantity) -> list[Quantity]:
    """Every numeric mention in `text`, in text order.

    By default only quantities (money, count, percent, measure, ratio); with `include_all` also
    dates, years, times, ordinals, identifiers and scores. Quantities are numbered q1, q2, …
    and the others n1, n2, … in both modes, so an id names the same mention either way.
    `model` is the class built for each mention (the claims stage asks for its subclass Claim).
    """
    return [c.to_model(text, doc, qid, model) for qid, c in numbered(scan(text))
            if include_all or c.kind in QUANTITY_KINDS]


def numbered(cands) -> Iterator[tuple[str, Cand]]:
    """Mention ids: q1, q2, … for quantities and n1, n2, … for the others."""
    nq = nn = 0
    for cand in cands:
        if cand.kind in QUANTITY_KINDS:
            nq += 1
            yield f"q{nq}", cand
        else:
            nn += 1
            yield f"n{nn}", cand


def scan(text: str) -> Iterator[Cand]:
    pos = 0
    for p in _anchors(text):
        if p < pos:
            continue
        cand, resume = parse_at(text, p)
        if cand is not None:
            yield cand
        pos = resume if resume > p else p + 1


def _anchors(text: str) -> list[int]:
    """Positions where a number may start, in order."""
    if text.isascii():  # (its lower case is as long, and ASCII)
        raw = text.encode("ascii")
        digits = raw.translate(_DIGIT_CLASSES)
        if not _COMMA_OPENS.search(digits):
            starts = [m.start() for m in _DIGIT_RUN_ASCII.finditer(digits)]
        else:
            starts = [m.start() for m in _DIGIT_ANCHOR.finditer(text)]
        # (the lower-cased text's bytes with every non-word character made a space, in one pass)
        spaced = raw.translate(_LOWER_NONWORD_TO_SPACE)
        if _WORD_ANCHOR_AT_0_ASCII.match(spaced):
            starts.append(0)
        starts += [m.start() + 1 for m in _WORD_ANCHOR_ASCII.finditer(spaced)]
        starts.sort()
        return starts
    low = text.lower()
    if len(low) != len(text):  # a rare character whose lower case is longer: scan the slow way
        return [m.start() for m in _ANCHOR.finditer(text)]
    starts = [m.start() for m in _DIGIT_ANCHOR.finditer(text)]
    if _WORD_ANCHOR_AT_0.match(low):
        starts.append(0)
    if low.isascii():
        spaced = low.encode("ascii").translate(_NONWORD_TO_SPACE)
        starts += [m.start() + 1 for m in _WORD_ANCHOR_ASCII.finditer(spaced)]
    else:
        starts += [m.start(1) for m in _WORD_ANCHOR.finditer(low) if not _WORD_CHAR.match(low, m.start())]
    starts.sort()
    return starts


def parse_at(text: str, p: int) -> tuple[Cand | None, int]:
    """The mention whose number starts at `p`, and where scanning resumes."""
    word_start = not (text[p].isdigit() or text[p] == ",")
    om = _ORDINAL_WORD_AT.match(text, p, p + _SPAN) if word_start else None
    if om:
        return _ordinal_word(text, p, om), om.end()
    sm = _SE_MEASURE_AT.match(text, p, p + _SPAN) if word_start else None
    if sm:
        unit = LEX.se_units[norm(sm.group())]
        return Cand(p, sm.end(), "measure", value=Fraction(1), unit=unit, precision=Fraction(1),
                    bare=False, rules=["se_unit"]), sm.end()
    other = _calendar_or_clock(text, p) if not word_start else None  # (they open with digits)
    if other is not None:
        return other, other.end

    r = read_numeral(text, p)
    if r is None:
        end = p + 1
        while end < len(text) and (text[end].isdigit() or text[end] in ".,"):
            end += 1
        if end - p > 1 and text[p].isdigit():
            return Cand(p, end, "identifier", flags=["unreadable_number"], rules=["unreadable"]), end
        return None, end
    cand = _reading(text, r)
    if cand is None:
        return None, r.end
    if cand.kind in QUANTITY_KINDS and cand.kind != "ratio":
        cand = _range(text, cand, r) or cand
    if cand.lone:
        return None, cand.end
    if cand.kind in QUANTITY_KINDS:
        _clause_rate(text, cand)
    return cand, cand.end


def _ordinal_word(text: str, p: int, m: regex.Match) -> Cand | None:
    """ "bulan keempat" is an ordinal. Opening a phrase, "Kelima provinsi" and "Ketiganya" count
    all of them; "kedua negara" is "both" and counts nothing."""
    word = m.group(1)
    value = (LEX.units.get(word.lower()) or LEX.se_forms.get(word.lower())) if word else \
        LEX.ordinal_words[norm(m.group())]
    if word and m.group(2):  # "Ketiganya": all three of them
        return Cand(p, m.end(), "count", value=value, precision=Fraction(1), bare=False,
                    rules=["ordinal_all"])
    left = text[max(0, p - LEFT):p]
    if word and (_sentence_initial(left, len(left)) or not left.strip()):
        nxt = _next_word(text, m.end())
        if nxt and _is_noun(nxt.group(1), allow_capital=_title_case_at(text, p)):
            if m.group().lower() == LEX.ordinal_both:
                return None
            noun, end = _counted_noun(text, m.end())
            return Cand(p, end, "count", value=value, unit=noun, precision=Fraction(1), bare=False,
                        rules=["ordinal_all"])
    return Cand(p, m.end(), "ordinal", value=value, rules=["ordinal_word"])


def _calendar_or_clock(text: str, p: int) -> Cand | None:
    """Dates, clock times, years with their labels, plates and phone numbers: read before any
    numeral, since their digits would otherwise read as amounts."""
    run = _DIGIT_RUN.match(text, p, p + _SPAN)
    if run is None:
        return None
    n = run.end() - p  # length of the digit run
    nc = text[run.end():run.end() + 1]  # the character after it
    lo = max(0, p - LEFT)
    left = text[lo:p]
    if nc in ("/", "-"):
        m = (_DATE_NUMERIC_ASCII if text[p:p + 11].isascii() else _DATE_NUMERIC).match(text, p, p + _SPAN)
        if m and _plausible_date(m.group()):
            return Cand(p, m.end(), "date", rules=["date_numeric"])
    if n <= 2 and nc in (" ", "-", "–", "—", "\u00a0") and _DAY_MONTH_NEXT.may_start(text, run.end(), p + _SPAN):
        m = _DATE_DAY_MONTH.match(text, p, p + _SPAN)
        if m:
            return Cand(p, m.end(), "date", rules=["date_day_month"])
    if n == 4 and _is_year(run.group()) and not _DECIMAL_TAIL.match(text, run.end(), run.end() + _SPAN):
        mb = _MONTH_BEFORE.search(left) if _may_end(left, _MONTH_ENDS, spaced=True) else None
        if mb:
            return Cand(lo + mb.start(), p + 4, "date", rules=["date_month_year"])
    if n <= 2:
        label = _CLOCK_LABEL.find(left)
        if nc in (":", "."):
            m = _TIME.match(text, p, p + _SPAN) if not text[p:p + 9].isascii() \
                or _TIME_DIGITS_ASCII.match(text, p, p + _SPAN) else None
            if m and (m.group(3) or label or ":" in m.group()):
                if int(m.group(1)) <= 24 and int(m.group(2)) < 60:
                    return Cand(lo + label[1] if label else p, m.end(), "time", rules=["clock"])
        if label:
            m = _TIME_HOUR.match(text, p, p + _SPAN)
            if m and (m.group(2) or label[0] != "jam") and int(m.group(1)) <= 24:
                return Cand(lo + label[1], m.end(), "time", rules=["clock_hour"])
    if text[p] == "0" and left.endswith("("):
        m = _AREA_CODE.match(text, p, p + _SPAN)
        if m:  # "(0291) 685123"
            return Cand(p - 1, m.end(), "identifier", rules=["phone"])
    if text[p] == "0" or (p and text[p - 1] == "+"):
        q0 = p - 1 if text[p - 1:p] == "+" else p
        m = _PHONE.match(text, q0, q0 + _SPAN)
        if m and sum(ch.isdigit() for ch in m.group()) >= 9:
            return Cand(m.start(), m.end(), "identifier", rules=["phone"])
    if n <= 4 and left[-1:] == " " and left[-2:-1].isupper():
        pl = _PLATE[0].search(left)
        m = _PLATE[1].match(text, p, p + _SPAN) if pl else None
        if m:
            return Cand(lo + pl.start(), m.end(), "identifier", rules=["vehicle_plate"])
    if n != 4:
        return None
    m = _YEAR_SPAN.match(text, p, p + _SPAN)
    if m and _is_year(m.group()[:4]) and not _DECIMAL_TAIL.match(text, m.end(), m.end() + _SPAN):
        an = _hedge_an(text, m.end())
        label = _YEAR_LABEL.search(left) if _may_end(left, _YEAR_LABEL_ENDS) else None
        if an or len(m.group()) > 4 or label:
            end = an.end() if an and len(m.group()) == 4 else m.end()
            return Cand(lo + label.start() if label else p, end, "year",
                        value=Fraction(int(m.group()[:4])) if len(m.group()) == 4 else None,
                        rules=["decade" if an else "year_label" if label else "year_span"])
    return None


# the regex module's \s over ASCII text
_ASCII_SPACE = " \t\n\v\f\r"


def _may_end(left: str, words: tuple[str, ...], spaced: bool = False) -> bool:
    r"""Can one of `words` (lower case, the last word of each label), perhaps with a period and
    then whitespace, end `left` (whitespace required if `spaced`)? The cheap test before the
    label patterns searched right to left (_MONTH_BEFORE, _YEAR_LABEL, _SCORE_LABEL); it answers
    only for ASCII text, where the patterns' case-insensitive letters are lower() and their \s
    is _ASCII_SPACE: other text is left to them (True)."""
    if not left.isascii():
        return True
    if spaced and left[-1:] not in _ASCII_SPACE or not left:
        return False
    end = left.rstrip(_ASCII_SPACE).lower()
    return end.endswith(words) or (spaced and end.endswith(".") and end[:-1].endswith(words))


_MONTH_ENDS = tuple(sorted({norm(w).split()[-1] for w in LEX.months}))
_YEAR_LABEL_ENDS = tuple(sorted({norm(w).split()[-1] for w in LEX.year_labels}))
_SCORE_LABEL_ENDS = tuple(sorted({norm(w).split()[-1] for w in LEX.score_labels}))


def _hedge_an(text: str, pos: int) -> regex.Match | None:
    """ "-an" or "an" at `pos` (_HEDGE_AFTER_AN), matched only where one starts."""
    if text[pos:pos + 1] not in ("-", "a"):
        return None
    return _HEDGE_AFTER_AN.match(text, pos, pos + _SPAN)


def _is_year(digits: str) -> bool:
    return digits.isdigit() and len(digits) == 4 and LEX.year_min <= int(digits) <= LEX.year_max


def _plausible_date(s: str) -> bool:
    parts = [int(x) for x in s.replace("/", "-").split("-")]
    if len(str(parts[0])) == 4:
        return 1 <= parts[1] <= 12
    return 1 <= parts[0] <= 31 and 1 <= parts[1] <= 12


def _label_before(left: str) -> tuple[str, int] | None:
    """The label ending `left` ("nomor urut", "Pasal", "No."): its kind and where it starts."""
    left = left.rstrip(" \t\u00a0")
    left = left[:-1].rstrip(" \t\u00a0") if left.endswith("(") else left
    # a cheap test first: the last word must end a label (the pattern's last word, when it is a
    # label word, is this one: it holds no whitespace)
    last = left.rsplit(None, 1)
    if not last or norm(last[-1]).strip("(\"'").rstrip(".") not in _LABEL_ENDS:
        return None
    m = _LABEL.search(left)
    if not m or not _LABEL_WORD.fullmatch(m.group(2) or m.group(3)):
        return None
    first, second, only = m.groups()
    if first:
        two = norm(f"{first} {second}")
        twos = (two, two.rstrip("."))
        one, at = second, m.start(2)
    else:
        one, at = only, m.start(3)
    key = norm(one).strip("(\"'")
    keys = (key, key.rstrip("."))
    for kind, words in (("ordinal", LEX.ordinal_before), ("identifier", LEX.identifier_before)):
        if first and (twos[0] in words or twos[1] in words):
            return kind, m.start()
        if keys[0] in words or keys[1] in words:
            # "UU No.", "PP Nomor": a preceding label word belongs to the same reference
            if first and norm(first).rstrip(".") in words:
                return kind, m.start(1)
            return kind, at
    return None


# the last word of every label, as _label_before compares it
_LABEL_ENDS = frozenset(w.split()[-1].strip("(\"'").rstrip(".")
                        for w in LEX.ordinal_before | LEX.identifier_before)


# --- reading one number with its context ------------------------------------------------------
def _reading(text: str, r: Read, in_range: bool = False) -> Cand | None:
    """Build a mention around the numeral `r`: left context first, then right context."""
    c = Cand(r.start, r.end, "count", value=r.value, low=r.low, high=r.high,
             precision=None if r.vague else r.precision, vague=r.vague, flags=list(r.flags),
             rules=list(r.rules), scale=r.scale)
    lo = max(0, r.start - LEFT)
    left = text[lo:r.start]
    if r.words:
        if _IDIOM.match(text, r.start, r.start + _SPAN):
            return None
        if _not_quantity_context(text, r, left):
            return None

    cur = _CUR_PREFIX.find(left)
    glued = _glued_left(left) if r.digits and not cur else None
    if cur:
        code = _CURRENCY_BY_PREFIX[cur[0]]
        c.start = lo + cur[1]
        c.kind, c.unit, c.currency_prefix, c.bare = "money", code, True, False
        c.rules.append("currency_prefix")
        if r.spaced_abbrev:
            apply_spaced_abbrev(text, r)
            c.value, c.precision, c.end, c.scale = r.value, r.precision, r.end, r.scale
        left = text[max(0, c.start - LEFT):c.start]
    elif glued:
        word = glued.group(1)
        if word.rstrip("-").lower() == LEX.ordinal_prefix:
            return _other(c, "ordinal", "ordinal_ke", start=r.start - len(word), value=r.value)
        if word.endswith("-") and word[:-1] in LEX.relative_day_prefixes:
            return _other(c, "date", "relative_day", start=r.start - len(word))
        tail = _glued_word(text, r.end) if not r.scale else None
        return _other(c, "identifier", "glued_identifier", start=r.start - len(word),
                      end=tail.end() if tail else r.end)

    if r.digits and r.glued_abbrev in ("M", "T", "G") and not c.currency_prefix:
        # "3M", "4G", "5T": without money these letters name things, not scales
        if not _CUR_SUFFIX.match(text, r.end, r.end + _SPAN):
            return _other(c, "identifier", "letter_code")

    up = _UNIT_PREFIX.find(left) if not c.currency_prefix else None
    if up:  # "magnitudo 5,6"
        c.kind, c.unit, c.bare, c.start = "measure", LEX.unit_prefix[up[0]], False, lo + up[1]
        c.rules.append("unit_prefix")
    elif r.scale is None and not c.currency_prefix and not r.vague and (not r.flags or set(r.flags) <= {"malformed_grouping"}):
        # (a code's dots need not group thousands: "versi 2.249.78", "SPBU 51.601.77")
        other = _labelled(text, c, r, left, lo)
        if other is not None:
            return other

    # sign
    sm = _sign_before(left) if not c.currency_prefix and r.value is not None else None
    if sm and r.words and not sm.group().strip()[0].isalpha():
        sm = None  # "KOMPAS.com - Dua turis": a dash before number words is punctuation
    if sm:
        c.value = -r.value
        c.start -= len(sm.group())
        c.rules.append("negative")
        left = text[max(0, c.start - LEFT):c.start]

    # hedge before ("sekitar", "lebih dari", "±")
    hm = _HEDGE_BEFORE.find(left)
    if hm:
        c.hedge = LEX.hedges_before[hm[0]]
        c.start -= len(left) - hm[1]
        c.rules.append("hedge_before")
    if r.approx:
        c.hedge = "approx"
        c.rules.append("hedge_scale_an")

    pos = c.end
    an = _hedge_an(text, pos) if r.digits and not r.approx else None
    if an:  # "2.000-an orang" is about 2.000
        c.hedge = "approx"
        pos = c.end = an.end()
        c.rules.append("hedge_an")

    if c.currency_prefix:
        dash = _RUPIAH_DASH.match(text, pos, pos + _SPAN)
        if dash:
            pos = c.end = dash.end()
    elif up:
        pass
    else:
        pos = _unit_after(text, c, r, pos, left)
    pos = _rate_after(text, c, pos)
    ha = _HEDGE_AFTER.match(text, pos, pos + _SPAN) if c.hedge == "none" and not c.bare else None
    if ha:
        word = norm(ha.group(1))
        if word not in LEX.hedges_after_final or _FINAL.match(text, ha.end(), ha.end() + _SPAN):
            c.hedge = LEX.hedges_after[word]
            c.end = ha.end()
            c.rules.append("hedge_after")
    if c.hedge == "none" and not c.bare and not in_range:
        wleft = text[max(0, c.start - LEFT):c.start]
        wm = _HEDGE_WEAK.find(wleft)
        if wm and not _OPENER.find(wleft[:wm[1]]) and not _after_verb(wleft[:wm[1]]):
            c.hedge = LEX.hedges_before_weak[wm[0]]
            c.start -= len(wleft) - wm[1]
            c.rules.append("hedge_up_to")

    if c.bare:
        if r.digits and c.end < len(text) and text[c.end].isalpha():
            # digits glued to letters that name no unit: "25th", "4x4", "19A"
            g = _glued_word(text, c.end)
            return _other(c, "identifier", "glued_identifier", end=g.end() if g else c.end)
        return _classify_bare(text, c, r, left)
    return c


def _glued_left(left: str) -> re.Match | regex.Match | None:
    r"""The word or currency sign glued to the left of a number (_GLUED_LEFT), searched only where
    the character before the number can end one: not after a space or other ASCII punctuation.

    In ASCII text the search right to left is worked out here: its "$" also matches before a
    final line break; there the letters and "$" before an optional "-" run back to the first
    letter of their run (\p{L} is [a-zA-Z]); with no letter in the run, a "$" alone (the
    currency sign; no other sign is ASCII); the match itself is then _GLUED_LEFT_AT's from
    there."""
    last = left[-1:]
    if last < "\x80" and not (last.isalpha() or last in ("-", "$", "\n")):
        return None
    if not left.isascii():
        return _GLUED_LEFT.search(left)
    end = len(left) - (last == "\n")
    dash = left[end - 1:end] == "-"
    run_end = end - dash
    run = left[:run_end]
    run = run[len(run.rstrip(_ASCII_LETTERS_DOLLAR)):]
    word = run.lstrip("$")
    if word:
        return _GLUED_LEFT_AT.match(left, run_end - len(word), end)
    if not dash and run:  # "...$": the sign alone
        return _GLUED_LEFT_AT.match(left, end - 1, end)
    return None


_ASCII_LETTERS_DOLLAR = "".join(map(chr, range(ord("a"), ord("z") + 1))) \
    + "".join(map(chr, range(ord("A"), ord("Z") + 1))) + "$"
# (_GLUED_LEFT's group as the stdlib engine reads it forward over ASCII text, from where it starts)
_GLUED_LEFT_AT = re.compile(r"([a-zA-Z][a-zA-Z$]*-?|\$)")


def _sign_before(left: str) -> regex.Match | None:
    """The minus sign or negative word ending `left` (_SIGN), searched only where one can be: an
    ASCII window (lower() then folds case as the regex does) that neither ends with "-" (or a
    line break) nor holds a negative word has none."""
    if left.isascii() and left[-1:] not in ("-", "\n"):
        low = left.lower()
        for w in _NEGATIVE_FIRST_WORDS:
            if w in low:
                break
        else:
            return None
    return _SIGN.search(left)


# the first word of each negative word (a phrase's words may be spaced any way)
_NEGATIVE_FIRST_WORDS = tuple({w.split()[0].lower() for w in LEX.negative_words})


def _after_verb(left: str) -> bool:
    """Does `left` end with a verb ("jebol hingga", "naik hingga"): "hingga" then means "to"."""
    m = _word_before(left)
    if not m:
        return False
    w = m[0].lower()
    return (w.startswith(LEX.verb_prefixes) and w not in LEX.nouns_with_verb_prefix) or \
        w in _CHANGE_WORDS


def _not_quantity_context(text: str, r: Read, left: str) -> bool:
    """ "salah satu", "satu per satu": number words inside a phrase that counts nothing."""
    prev = left.rstrip().lower()
    if any(prev.endswith(w) and (len(prev) == len(w) or not prev[-len(w) - 1].isalpha())
           for w in LEX.not_quantity_before):
        return True
    after = text[r.end:r.end + 16].lower().lstrip()
    return any(after.startswith(w) for w in LEX.not_quantity_after)


def _labelled(text: str, c: Cand, r: Read, left: str, lo: int) -> Cand | None:
    """A bare number after a label: "gelombang 7", "Pasal 5", "UU No. 11 Tahun 2020"."""
    sc = _SCORE.match(text, r.start, r.start + _SPAN)
    sl = _SCORE_LABEL.search(left) if sc and _may_end(left, _SCORE_LABEL_ENDS) else None
    if sc and (sl or _near_score_cue(text, r.start)):
        return _other(c, "score", "score", start=lo + sl.start() if sl else r.start, end=sc.end())
    label = _label_before(left)
    if label is None:
        return None
    if _UNIT_AFTER.match(text, r.end) and not _REG_YEAR.match(text, r.end, r.end + _SPAN):
        return None  # "level 6 persen": a unit makes it an amount
    if label[0] == "ordinal":
        return _other(c, "ordinal", "ordinal_label", start=lo + label[1], value=r.value)
    at = label[1]
    end = r.end
    if left.rstrip().endswith("(") and text[end:end + 1] == ")":
        end += 1  # "ayat (2)"
    tail = _REG_YEAR.match(text, end, end + _SPAN) or _IDENT_TAIL.match(text, end, end + _SPAN)
    return _other(c, "identifier", "identifier_label", start=lo + at,
                  end=tail.end() if tail else end)


def _unit_after(text: str, c: Cand, r: Read, pos: int, left: str) -> int:
    """Percent, currency, measure, ratio or counted noun after the number."""
    m = _UNIT_AFTER.match(text, pos)
    if m and not (m[0] == "money" and _NUMBER_NEXT.match(text, m[2], m[2] + 3)):
        kind, word, end = m
        c.kind, c.unit = kind, _UNIT_TABLES[kind].get(word)
        return _took(c, end, _UNIT_RULES[kind])
    m = _MEASURE_EXACT.match(text, pos, pos + _SPAN) if r.digits else None
    if m:
        c.kind, c.unit = "measure", LEX.measure_units[norm(m.group(1))]
        return _took(c, m.end(), "measure_unit")
    cu = _COMPOUND_UNIT.match(text, pos)
    if cu:  # "660.000 bph": a unit and its rate in one abbreviation
        c.kind, (c.unit, c.per) = "measure", LEX.compound_units[cu[1]]
        return _took(c, cu[2], "compound_unit")
    if r.digits and r.scale is None and _is_year(r.digits) and not _year_like_count(text, pos, left):
        return pos  # "Semeru 2025 mulai Senin": a plain four-digit year takes no counted noun
    if r.words and r.value is not None and 0 < r.value < 1:
        # "separuh anggaran", "dua pertiga anggota": a fraction of something is a ratio
        c.kind, c.bare = "ratio", False
        c.rules.append("fraction_word")
        return pos
    lebih = _LEBIH_NOUN.match(text, pos, pos + _SPAN)
    noun, end = _counted_noun(text, lebih.end() if lebih else pos)
    if noun:
        if lebih and c.hedge == "none":  # "seratus lebih kendaraan"
            c.hedge = "over"
        c.unit = noun
        if noun == "count:kali" and r.value is not None and r.value.denominator != 1:
            c.kind, c.unit = "ratio", None  # "1,5 kali": a multiple, not a number of times
        return _took(c, end, "counted_noun")
    if r.scale is not None and _MONEY_NOUN_LEFT.find(_strip_link(left)):
        # "Modal 5jt", "gaji 4,5 juta": an amount after a money noun is rupiah
        c.kind, c.unit = "money", LEX.implied_currency
        c.flags.append("implied_currency")
        return _took(c, pos, "implied_currency")
    if r.scale is not None or r.vague:
        c.bare = False
    return pos


def _year_like_count(text: str, pos: int, left: str) -> bool:
    """A year-like number before a classifier counts: "hanya 2000 orang", "menjual 2000 ekor
    sapi"; not after a time word ("pada 2020 unit usaha"), before "orang-orang" or a capital."""
    nxt = _next_word(text, pos)
    if not nxt or nxt.group(1) not in _YEAR_COUNT_NOUNS:  # lower case: "Pemilu 2024 Calon Anggota" is a name
        return False
    before = _LETTERS.findall(left[-24:])
    return not before or before[-1].lower() not in LEX.year_before


_YEAR_COUNT_NOUNS = LEX.person_classifiers | LEX.classifiers


def _word_at(ascii_rx: re.Pattern, rx: regex.Pattern, text: str, pos: int) -> re.Match | regex.Match | None:
    """`rx` (a word of \\p{L}[\\p{L}\\-]*, perhaps after whitespace) matched at `pos`, read by the
    stdlib `ascii_rx` (the same with ASCII letters) where that gives the same match: an ASCII word
    that ends before an ASCII character (or where the match must end) is the one \\p{L}[\\p{L}\\-]*
    reads, and no word starts at an ASCII character other than a letter; only where the stdlib
    engine stops before a non-ASCII character is the regex module asked."""
    end = min(pos + _SPAN, len(text))
    m = ascii_rx.match(text, pos, end)
    at = m.end() if m else pos  # (where the stdlib engine stopped)
    if at < end and text[at] >= "\x80":
        return rx.match(text, pos, pos + _SPAN)
    return m


def _next_word(text: str, pos: int) -> re.Match | regex.Match | None:
    """_NEXT_WORD matched at `pos`: the word after the whitespace there (see _word_at)."""
    m = _word_at(_NEXT_WORD_ASCII, _NEXT_WORD, text, pos)
    return m if m is not None and m.group(1) is not None else None


def _glued_word(text: str, pos: int) -> re.Match | regex.Match | None:
    """_GLUED_WORD matched at `pos` (see _word_at)."""
    return _word_at(_GLUED_WORD_ASCII, _GLUED_WORD, text, pos)


def _strip_link(left: str) -> str:
    link = _LINK_LEFT.find(left)
    return left[:link[1]] if link else left


def _took(c: Cand, end: int, rule: str) -> int:
    c.end, c.bare = end, False
    c.rules.append(rule)
    return end


def _counted_noun(text: str, pos: int) -> tuple[str | None, int]:
    """The counted noun after a number: person nouns, classifier + noun, or another noun."""
    m = _next_word(text, pos)
    if not m:
        return None, pos
    w1 = m.group(1)
    low1 = w1.lower()
    title = not w1.islower() and _title_case_at(text, pos)
    m2 = _next_word(text, m.end())
    two = norm(f"{w1} {m2.group(1)}") if m2 else ""
    if two in LEX.person_nouns:
        return "person", m2.end()
    if two in LEX.compound_nouns:
        return "count:" + two, m2.end()
    if norm(w1) in LEX.person_nouns or _person_nya(low1):
        # "5 orang guru", "3.600 calon siswa": a people noun qualified by another
        if m2 and low1 in LEX.person_classifiers and norm(m2.group(1)) in LEX.person_nouns:
            return "person", m2.end()
        return "person", m.end()
    if low1 in LEX.classifiers:
        if m2 and _is_noun(m2.group(1), allow_capital=True, min_len=2):
            if norm(m2.group(1)) in LEX.person_nouns:
                return "person", m2.end()
            return "count:" + m2.group(1).lower(), m2.end()
        return "count:" + low1, m.end()
    if _is_noun(w1, allow_capital=title) or _is_acronym(w1):
        # "150 kabupaten/kota" (the pair opens with "/")
        pair = _NOUN_PAIR.match(text, m.end(), m.end() + _SPAN) if text[m.end():m.end() + 1] == "/" else None
        if pair:
            return f"count:{low1}/{pair.group(1).lower()}", pair.end()
        return "count:" + low1, m.end()
    return None, pos


def _title_case_at(text: str, p: int) -> bool:
    """Is the line around `p` a title-case headline ("Kasus Covid-19 Bertambah 63.956")?"""
    lo, hi = max(0, p - 300), min(len(text), p + 300)
    a = text.rfind("\n", lo, p) + 1
    b = text.find("\n", p, hi)
    if (a == 0 and lo > 0) or (b < 0 and hi < len(text)):
        return False  # a line this long is no headline
    b = hi if b < 0 else b
    ws = [w for w in _LETTERS.findall(text, a, b) if len(w) > 3]
    return len(ws) >= 3 and sum(w[0].isupper() for w in ws) >= 0.7 * len(ws)


def _person_nya(word: str) -> bool:
    """A person noun with "-nya" ("warganya"). (_NOUN_NYA's match without the engine: its group is
    what comes before a final "nya", or before "nya" and a final line break, when that is not empty
    and holds no line break.)"""
    stem = word[:-3] if word.endswith("nya") else word[:-4] if word.endswith("nya\n") else ""
    return bool(stem) and "\n" not in stem and stem in LEX.person_nouns


def _is_acronym(word: str) -> bool:
    """Does _ACRONYM match all of `word`? (An ASCII word without the engine: \\p{Lu} is [A-Z] there.)"""
    if word.isascii():
        return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()
    return _ACRONYM.fullmatch(word) is not None


def _suffixed_not_noun(low: str) -> bool:
    """A not-noun with a particle or the pronoun suffix on it: "hanyalah", "keduanya"."""
    return any(low.endswith(s) and low[:-len(s)] in LEX.not_nouns for s in LEX.not_noun_suffixes)


def _is_noun(word: str, allow_capital: bool = False, min_len: int = 3) -> bool:
    low = word.lower()
    if not allow_capital and not word.islower():
        return False
    if len(low) < min_len or low in LEX.not_nouns or low in LEX.months or low in LEX.days:
        return False
    if low.endswith(LEX.not_noun_suffixes) and _suffixed_not_noun(low):
        return False
    if low in LEX.hedges_after or low in LEX.scales or low in LEX.units or low in LEX.se_forms:
        return False
    if low.startswith(LEX.verb_prefixes) and low not in LEX.nouns_with_verb_prefix:
        return False
    return True


def _rate_after(text: str, c: Cand, pos: int) -> int:
    """ "per hari", "/kg", "setiap bulan", "per dolar AS", "sehari": the rate's denominator."""
    m = _PER.match(text, pos, pos + _SPAN)
    if m:
        unit, end = _rate_unit(text, m.end())
        if unit:
            c.per = unit
            return _took_rate(c, end, "rate")
    m = _SE_UNIT.match(text, pos, pos + _SPAN) if not c.bare else None
    if m:
        c.per = LEX.se_units[norm(m.group(1))]
        return _took_rate(c, m.end(), "rate_se")
    return pos


def _took_rate(c: Cand, end: int, rule: str) -> int:
    c.end = end
    c.rules.append(rule)
    return end


def _rate_unit(text: str, pos: int) -> tuple[str | None, int]:
    """The unit a rate names at `pos`: hari -> day, orang -> person, dolar AS -> USD."""
    m = _CUR_SUFFIX.match(text, pos, pos + _SPAN)
    if m:
        return LEX.currency_suffix[norm(m.group(1))], m.end()
    m = _MEASURE_FOLD.match(text, pos, pos + _SPAN) or _MEASURE_EXACT.match(text, pos, pos + _SPAN)
    if m:
        unit = LEX.measure_units.get(norm(m.group(1)))
        end = m.end()
        nya = _NYA.match(text, end, end + _SPAN)
        return unit, end + (3 if nya else 0)
    w = _glued_word(text, pos)
    if not w:
        return None, pos
    word = w.group().lower()
    stem = word[:-3] if word.endswith("nya") and len(word) > 5 else word
    if stem in LEX.measure_units:
        return LEX.measure_units[stem], w.end()
    noun, end = _counted_noun(text, pos - 1) if pos > 0 and text[pos - 1].isspace() else (None, pos)
    if noun:
        return noun, end
    if stem in LEX.person_nouns:
        return "person", w.end()
    if (_is_noun(stem) or _is_acronym(w.group())) and stem not in LEX.months:
        return "count:" + stem, w.end()
    return None, pos


def _clause_rate(text: str, c: Cand) -> None:
    """A time rate stated apart from the number, in the same clause: before it ("setiap harinya
    ... 60.000 peserta") or just after the verb ("60.000 peserta diproses setiap hari")."""
    if c.per is not None:
        return
    after = _TRAILING_RATE.match(text, c.end, c.end + _SPAN) if _has_rate_word(text, c.end, c.end + _SPAN) else None
    if after:
        unit = _time_rate_unit(after.group(2))
        if unit:
            c.per = unit
            c.rules.append("trailing_rate")
            return
    lo = max(0, c.start - 80)
    if not _has_rate_word(text, lo, c.start):
        return
    left = text[lo:c.start]
    cut = _CLAUSE_CUT.search(left)
    window = left[cut.end():] if cut else left
    for m in _LEADING_RATE.finditer(window):
        if cut and cut.group().isdigit() and len(window[:m.start()].split()) <= 2:
            continue  # "Rp 200.000 setiap bulan untuk ...": the rate of the number before
        phrase = norm(window[m.start():m.end() + 8])
        if any(phrase.startswith(x) for x in LEX.leading_rate_not):
            continue
        unit = _time_rate_unit(m.group(2))
        if unit:
            c.per = unit
            c.rules.append("leading_rate")
            return


def _has_rate_word(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold one of the leading rate words ("setiap", "per"), anywhere (and,
    in ASCII text, followed by whitespace)? The cheap test before the clause-rate patterns, which
    most numbers fail."""
    part = text[start:end]
    low = part.lower()
    for w in _RATE_WORD_CORES:
        if w in low:
            break
    else:
        return False
    if part.isascii():  # lower() folds case as the patterns do: they need the word then a space
        return _RATE_WORD_SPACE.search(low) is not None
    return True


_RATE_WORD_SPACE = re.compile("(?:" + "|".join(re.escape(w) for w in sorted(LEX.leading_rate_words)) + r")\s")


# the rate words that hold no other ("tiap" for "setiap"): one of them is in any text that holds
# a rate word
_RATE_WORD_CORES = probes(LEX.leading_rate_words)


def _time_rate_unit(word: str) -> str | None:
    """hari(nya) -> day, bulan -> month, ...: the time units a clause-level rate can name."""
    word = word.lower()
    stem = word[:-3] if word.endswith("nya") else word
    unit = LEX.measure_units.get(stem)
    return unit if unit in LEX.se_units.values() else None


def _other(c: Cand, kind: str, rule: str, *, start: int | None = None, end: int | None = None,
           value: Fraction | None = None) -> Cand:
    return Cand(c.start if start is None else start, c.end if end is None else end, kind,
                value=value, rules=c.rules + [rule])


def _classify_bare(text: str, c: Cand, r: Read, left: str) -> Cand:
    """A number with no unit, noun, scale or currency: an amount, or a year, name, position?"""
    if r.words:
        # a lone number word ("dua" on its own) counts nothing unless it opens a range;
        # a longer number in words ("tiga puluh satu juta ...") is an amount
        c.lone = not r.vague and " " not in text[r.start:r.end]
        c.rules.append("bare_words")
        return c
    if (r.value is not None and _is_year(r.digits) and c.hedge == "none"):
        return _other(c, "year", "year", value=r.value)
    if r.digits.isdigit() and (len(r.digits) >= 10 or (r.digits.startswith("0") and len(r.digits) >= 5)):
        return _other(c, "identifier", "long_digit_string")
    lo = max(0, c.start - LEFT)
    if (text[r.end:r.end + 1] == ")" and _AGE_LEFT.search(left) and r.digits.isdigit()
            and 0 < int(r.digits) <= 120):
        # "Budi Santoso (38)": a person's age
        return Cand(c.start, c.end, "measure", value=r.value, unit="year", precision=Fraction(1),
                    bare=False, rules=c.rules + ["age_after_name"])
    if not r.digits.isdigit() and _INDEX_WORD.search(_sentence_left(text, r.start, 120)):
        # "IHSG ditutup di level 7.272,80", "IHK naik dari 113,59": points of an index
        c.kind, c.unit, c.bare = "measure", "index_point", False
        c.rules.append("index_level")
        return c
    word_before = _word_before(left)
    if (word_before and word_before[0][0].isupper() and c.hedge == "none"
            and c.value is not None and c.value > 0 and r.digits.isdigit()
            and not _sentence_initial(left, word_before[1])
            and not _CONNECTOR.match(text, r.end, r.end + _SPAN)):
        return _other(c, "identifier", "after_proper_name", start=lo + word_before[1])
    c.rules.append("bare_count")
    return c


def _word_before(left: str) -> tuple[str, int] | None:
    """The word ending `left`, perhaps before two non-word characters (_WORD_BEFORE's group), and
    where it starts. In ASCII text the search right to left is a match of _WORD_BEFORE_REVERSED
    (its parts in reverse order, each as greedy) at the start of `left` reversed, or, as "$" also
    matches before a final line break, after that break."""
    if not left.isascii():
        m = _WORD_BEFORE.search(left)
        return (m.group(1), m.start()) if m else None
    rev = left[::-1]
    m = _WORD_BEFORE_REVERSED.match(rev)
    if m is None and rev[:1] == "\n":
        m = _WORD_BEFORE_REVERSED.match(rev, 1)
    if m is None:
        return None
    n = len(left)
    return left[n - m.end(1):n - m.start(1)], n - m.end()


# (_WORD_BEFORE for the stdlib engine over an ASCII text reversed, with the ASCII flag: \W is
# [^a-zA-Z0-9_] there, as in the regex module over ASCII)
_WORD_BEFORE_REVERSED = re.compile(r"\W{0,2}([a-zA-Z\-]*[a-zA-Z])", re.A)


def _sentence_left(text: str, p: int, width: int) -> str:
    """Up to `width` characters before `p`, cut at the last sentence break."""
    left = text[max(0, p - width):p]
    cut = max(left.rfind(". "), left.rfind("\n"))
    return left[cut + 1:]


def _sentence_initial(left: str, i: int) -> bool:
    before = left[:i].rstrip()
    return not before or before[-1] in ".!?\n\"“(:"


def _near_score_cue(text: str, p: int, width: int = 60) -> bool:
    return _SCORE_CUE.search(text, max(0, p - width), p + width) is not None


# --- ranges -----------------------------------------------------------------------------------
def _plus_minus_or_times(text: str, first: Cand, r1: Read) -> Cand | None:
    """ "3±1 persen" is 2 to 4 percent; "3 x 24 jam" is 72 hours."""
    if not first.bare or r1.value is None:
        return None
    pm = _PLUS_MINUS.match(text, first.end, first.end + _SPAN)
    tm = None if pm else _TIMES.match(text, first.end, first.end + _SPAN)
    if not (pm or tm):
        return None
    r2 = read_numeral(text, (pm or tm).end())
    second = _reading(text, r2, in_range=True) if r2 and r2.value is not None else None
    if second is None or second.kind not in QUANTITY_KINDS or second.bare:
        return None
    if pm:
        lo, hi = r1.value - second.value, r1.value + second.value
        return Cand(first.start, second.end, second.kind, low=lo, high=hi, unit=second.unit,
                    per=second.per, precision=second.precision, bare=False,
                    rules=first.rules + ["plus_minus"] + second.rules)
    return Cand(first.start, second.end, second.kind, value=r1.value * second.value,
                unit=second.unit, per=second.per, precision=second.precision, bare=False,
                rules=first.rules + ["times"] + second.rules)



def _range(text: str, first: Cand, r1: Read) -> Cand | None:
    """ "60.000 hingga 80.000 peserta", "Rp 600.000–Rp 2,4 juta", "antara 3 dan 5 persen"."""
    left = text[max(0, first.start - LEFT):first.start]
    special = _plus_minus_or_times(text, first, r1)
    if special is not None:
        return special
    opener = _OPENER.find(left)
    con = _CONNECTOR.match(text, first.end, first.end + _SPAN)
    if con is None and opener and opener[0] in LEX.range_between:
        con = _AND.match(text, first.end, first.end + _SPAN)
    if con is None:
        return None
    m = _CUR_PREFIX_AT.match(text, con.end(), con.end() + _SPAN)
    p2 = m.end() if m else con.end()
    if p2 >= len(text) or not _ANCHOR.match(text, p2, p2 + _SPAN) or _calendar_or_clock(text, p2) is not None:
        return None
    r2 = read_numeral(text, p2)
    if r2 is None or r1.vague != r2.vague:
        return None
    second = _reading(text, r2, in_range=True)
    if second is None or second.kind not in QUANTITY_KINDS:
        return None
    if first.unit and second.unit and (first.kind, first.unit) != (second.kind, second.unit):
        return None
    if (first.bare and second.bare and con.group(1) in ("-", "–") and r1.digits.isdigit()
            and r2.digits.isdigit() and len(r1.digits) <= 2 and len(r2.digits) <= 2):
        # "Burnley 0-1 Arsenal": two small bare numbers joined by a dash are a score
        return Cand(first.start, second.end, "score", rules=first.rules + ["score_pair"])
    if r1.vague:  # "ratusan hingga ribuan orang"
        lo, hi = first.low, second.high
    else:
        lo, hi = first.value, second.value
    if lo is None or hi is None:
        return None
    # "3-5 juta": the scale of the second bound is shared by the first
    if first.scale is None and second.scale is not None and not r1.vague and r1.value is not None:
        raw2 = r2.value / second.scale if r2.value is not None else None
        if raw2 is not None and r1.value <= raw2:
            lo = r1.value * second.scale
            first.precision = (first.precision or 1) * second.scale
    if lo >= hi:
        return None
    kind, unit = (first.kind, first.unit) if first.unit else (second.kind, second.unit)
    start = first.start
    if opener:
        start = max(0, first.start - LEFT) + opener[1]
    precisions = [x for x in (first.precision, second.precision) if x is not None]
    return Cand(
        start, second.end, kind, low=lo, high=hi, unit=unit,
        hedge=first.hedge if first.hedge != "none" else second.hedge,
        per=second.per or first.per, precision=max(precisions) if precisions else None,
        vague=first.vague, flags=first.flags + second.flags,
        rules=first.rules + ["range"] + second.rules,
        currency_prefix=first.currency_prefix or second.currency_prefix,
        bare=first.bare and second.bare,
    )
