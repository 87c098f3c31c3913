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

from collections.abc import Iterator
from dataclasses import dataclass, field
from fractions import Fraction

import regex

from extract.lang import alternation, lexicon, norm
from extract.model import QUANTITY_KINDS, Quantity
from extract.numerals import START, Read, apply_spaced_abbrev, read_numeral, to_decimal

LEX = lexicon()
I = regex.IGNORECASE  # noqa: E741

# How far rules look to the left of a number, in characters.
LEFT = 48

_WORD = r"\p{L}[\p{L}\-]*"


# --- regexes built from the data --------------------------------------------------------------
_CUR_PREFIX = regex.compile(r"(" + alternation(list(LEX.currency_prefix)) + r")\s*$", I)
_CUR_SUFFIX = regex.compile(r"\s*(" + alternation(list(LEX.currency_suffix)) + r")", I)
_PERCENT = regex.compile(r"\s*(" + alternation(list(LEX.percent_units)) + r")", I)
_MEASURE_FOLD = regex.compile(
    r"\s*(" + alternation([w for w in LEX.measure_units if w not in LEX.exact_units]) + r")", I
)
_MEASURE_EXACT = regex.compile(r" ?(" + alternation(list(LEX.exact_units)) + r")(?![\p{L}\d])")
_HEDGE_BEFORE = regex.compile(r"(" + alternation(list(LEX.hedges_before)) + r")\s*$", I)
_HEDGE_AFTER_AN = regex.compile(r"-?an(?!\p{L})")
_HEDGE_AFTER = regex.compile(
    r"\s+(" + alternation([w for w in LEX.hedges_after if not w.endswith("an")]) + r")"
    r"(?=\s*[,.;:)!?\n]|\s+(?:dan|yang|di|ke|telah|sudah|akan|itu|ini|tersebut|pada)\b|\s*$)",
    I,
)
_SIGN = regex.compile(
    r"(?:(?<![\p{L}\d.,%)\-–])[-−]\s?|(?<!\p{L})" + alternation(list(LEX.negative_words)) + r"\s+)$", I
)
_OPENER = regex.compile(r"(" + alternation(list(LEX.range_openers)) + r")\s*$", I)
_CONNECTOR = regex.compile(r"\s*(" + alternation(list(LEX.range_connectors)) + r")\s*", I)
_AND = regex.compile(r"\s*(" + alternation(list(LEX.range_and)) + r")\s+", I)
_NEXT_WORD = regex.compile(r"\s+(" + _WORD + r")")
_GLUED_WORD = regex.compile(_WORD)
_LEFT_WORDS = regex.compile(r"(\S+)\s+(\S+)\s*$|(\S+)\s*$")
_RATIO = regex.compile(r"\s*(" + alternation(list(LEX.ratio_words)) + r")", I)
_PER = regex.compile(
    r"\s*(?:(" + alternation([w for w in LEX.per_words if w != "/"]) + r")\s+|/\s?)(" + _WORD + r")",
    I,
)
_SE_UNIT = regex.compile(r"\s+(" + alternation(list(LEX.se_units)) + r")(?!\p{L})", I)
_LEADING_RATE = regex.compile(
    r"(?<!\p{L})(" + alternation(list(LEX.leading_rate_words)) + r")\s+(" + _WORD + r")", I
)
_MONTH = alternation(list(LEX.months))
_DATE_NUMERIC = regex.compile(
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])|\d{1,2}-\d{1,2}-\d{2,4}(?!\d)|\d{4}-\d{2}-\d{2}(?!\d)"
)
_DATE_DAY_MONTH = regex.compile(r"\d{1,2}\s+" + _MONTH + r"(?:\.?\s+\d{4}(?!\d))?", I)
_MONTH_BEFORE = regex.compile(_MONTH + r"\.?\s+$", I)
_TIME = regex.compile(
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?![\d])(?:\s*(" + alternation(list(LEX.clock_zones)) + r"))?"
)
_TIME_HOUR = regex.compile(r"\d{1,2}(?![\d.,:])(?:\s*(" + alternation(list(LEX.clock_zones)) + r"))?")
_PHONE = regex.compile(r"(?:\+62|\b0)\d{2,4}(?:[-\s]?\d{3,4}){1,2}[-\s]?\d{2,5}(?!\d)")
_SCORE = regex.compile(r"\d{1,2}\s?[-–:]\s?\d{1,2}(?![\d.,])")
_ORDINAL_DIGITS = regex.compile(r"(?<!\p{L})(" + regex.escape(LEX.ordinal_prefix) + r")[-\s]$", I)
_ORDINAL_WORD = regex.compile(
    r"(?<!\p{L})" + regex.escape(LEX.ordinal_prefix)
    + r"(" + alternation(list(LEX.units) + list(LEX.se_forms), word_boundaries=False) + r")(?!\p{L})",
    I,
)
_ANCHOR = regex.compile(START.pattern + "|" + _ORDINAL_WORD.pattern, I)
_SENTENCE_BREAK = regex.compile(r"[.!?]\s+(?=\p{Lu})|\n")
_NOUN_NYA = regex.compile(r"(.+?)nya$")


@dataclass
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

    def to_model(self, text: str, doc: str | None, qid: str) -> Quantity:
        def dec(f: Fraction | None):
            return None if f is None else to_decimal(f)

        value = dec(self.value)
        fraction = None
        if self.value is not None and value is None:
            fraction = f"{self.value.numerator}/{self.value.denominator}"
        return Quantity(
            doc=doc, id=qid, start=self.start, end=self.end, text=text[self.start:self.end],
            kind=self.kind, value=value, fraction=fraction, low=dec(self.low), high=dec(self.high),
            unit=self.unit, hedge=self.hedge, per=self.per, precision=dec(self.precision),
            vague=self.vague, flags=tuple(dict.fromkeys(self.flags)),
            rules=tuple(dict.fromkeys(self.rules)),
        )


# --- the scanner ----------------------------------------------------------------------------
def extract_quantities(text: str, doc: str | None = None, include_all: bool = False) -> list[Quantity]:
    """Every numeric mention in `text`, in text order.

    By default only quantities (money, count, percent, measure, ratio); with `include_all` also
    dates, years, times, ordinals, identifiers and scores. Quantities are numbered q1, q2, …
    and the others n1, n2, … in both modes, so an id names the same mention either way.
    """
    out: list[Quantity] = []
    nq = nn = 0
    for cand in scan(text):
        if cand.kind in QUANTITY_KINDS:
            nq += 1
            out.append(cand.to_model(text, doc, f"q{nq}"))
        else:
            nn += 1
            if include_all:
                out.append(cand.to_model(text, doc, f"n{nn}"))
    return out


def scan(text: str) -> Iterator[Cand]:
    pos = 0
    n = len(text)
    while pos < n:
        m = _ANCHOR.search(text, pos)
        if not m:
            return
        cand, resume = parse_at(text, m.start())
        if cand is not None:
            yield cand
        pos = max(resume, m.end())


def parse_at(text: str, p: int) -> tuple[Cand | None, int]:
    """The mention whose number starts at `p`, and where scanning resumes."""
    om = _ORDINAL_WORD.match(text, p)
    if om:
        value = LEX.units.get(om.group(1).lower()) or LEX.se_forms.get(om.group(1).lower())
        return Cand(p, om.end(), "ordinal", value=value, rules=["ordinal_word"]), om.end()

    other = _calendar_or_clock(text, p)
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
    if cand.kind in QUANTITY_KINDS:
        _leading_rate(text, cand)
    return cand, cand.end


def _calendar_or_clock(text: str, p: int) -> Cand | None:
    """Dates and clock times, recognised before any numeral reading."""
    if not text[p].isdigit():
        return None
    left = text[max(0, p - LEFT):p]
    m = _DATE_NUMERIC.match(text, p)
    if m and _plausible_date(m.group()):
        return Cand(p, m.end(), "date", rules=["date_numeric"])
    m = _DATE_DAY_MONTH.match(text, p)
    if m:
        return Cand(p, m.end(), "date", rules=["date_day_month"])
    mb = _MONTH_BEFORE.search(left)
    if mb:
        y = regex.match(r"\d{4}(?![\d.,])", text[p:p + 5])
        if y and LEX.year_min <= int(y.group()) <= LEX.year_max:
            return Cand(p - len(mb.group()), p + 4, "date", rules=["date_month_year"])
    m = _TIME.match(text, p)
    if m:
        clock_word = _last_word(left) in LEX.clock_before
        if m.group(1) or clock_word or ":" in m.group():
            hh, mm = regex.split(r"[:.]", m.group().split()[0])[:2]
            if int(hh) <= 24 and int(mm) < 60:
                return Cand(p, m.end(), "time", rules=["clock"])
    m = _TIME_HOUR.match(text, p)
    if m and (m.group(1) or _last_word(left) in LEX.clock_before and _last_word(left) != "jam"):
        if int(m.group().split()[0]) <= 24:
            return Cand(p, m.end(), "time", rules=["clock_hour"])
    m = _PHONE.match(text, p)
    if m and (text[p] == "0" or text[p] == "+") and len(regex.sub(r"\D", "", m.group())) >= 9:
        return Cand(p, m.end(), "identifier", rules=["phone"])
    return None


def _plausible_date(s: str) -> bool:
    parts = [int(x) for x in regex.split(r"[/-]", s)]
    if len(parts[0:1]) and parts[0] > 31 and len(str(parts[0])) != 4:
        return False
    if len(parts) == 3 and len(str(parts[0])) == 4:
        return 1 <= parts[1] <= 12
    return 1 <= parts[0] <= 31 and 1 <= parts[1] <= 12


def _last_word(left: str) -> str:
    m = regex.search(r"(\S+)\s*$", left)
    return m.group(1).lower().strip("(\"'") if m else ""


def _left_words(left: str, k: int = 2) -> str:
    words = left.split()[-k:]
    return norm(" ".join(words)).strip("(\"'")


# --- reading one number with its context ------------------------------------------------------
def _reading(text: str, r: Read) -> Cand | None:
    """Build a mention around the numeral `r`: left context first, then right context."""
    c = Cand(r.start, r.end, "count", value=r.value, low=r.low, high=r.high,
             precision=None if r.vague else r.precision, vague=r.vague, flags=list(r.flags), rules=list(r.rules),
             scale=r.scale)
    if r.vague:
        c.rules.append("vague_magnitude")
    left = text[max(0, r.start - LEFT):r.start]

    # a glued word on the left: currency ("Rp1,6"), ordinal ("ke-7") or identifier ("G20")
    glued_left = regex.search(r"(\p{L}[\p{L}$]*[.\-]?|[$€£¥₩₹₱฿₫₽]|\p{L}+\$)$", left)
    cur = _CUR_PREFIX.search(left)
    if cur and (cur.end() - cur.start() > 0):
        code = LEX.currency_prefix.get(cur.group(1)) or _prefix_code(cur.group(1))
        c.start = max(0, r.start - LEFT) + cur.start()
        c.kind, c.unit, c.currency_prefix, c.bare = "money", code, True, False
        c.rules.append("currency_prefix")
        if r.spaced_abbrev:
            apply_spaced_abbrev(text, r)
            c.value, c.precision, c.end, c.scale = r.value, r.precision, r.end, r.scale
            c.rules.append("spaced_scale")
        left = text[max(0, c.start - LEFT):c.start]
    elif glued_left and r.digits:
        word = glued_left.group(1)
        if regex.fullmatch(r"(?i)ke-?", word):
            return _other(c, "ordinal", "ordinal_ke", value=r.value, end=r.end)
        if not word.endswith(("-", ".")) or regex.match(r"\p{L}{2,}-$", word):
            return _other(c, "identifier", "glued_identifier", start=r.start - len(word))

    if r.digits and r.glued_abbrev in ("M", "T", "G") and not c.currency_prefix:
        # "3M", "4G", "5T": without money these letters name things, not scales
        if not _CUR_SUFFIX.match(text, r.end):
            return _other(c, "identifier", "letter_code", end=r.end)

    # sign
    sm = _SIGN.search(left)
    if sm and not c.currency_prefix and r.value is not None:
        c.value = -r.value
        c.start -= len(sm.group())
        c.rules.append("negative")
        left = text[max(0, c.start - LEFT):c.start]

    # hedge before ("sekitar", "lebih dari", "±")
    hm = _HEDGE_BEFORE.search(left)
    if hm:
        c.hedge = LEX.hedges_before[norm(hm.group(1))]
        c.start -= len(hm.group())
        c.rules.append("hedge_before")

    pos = c.end
    # "-an": "2.000-an orang" is about 2.000; "1990-an" is a decade
    an = _HEDGE_AFTER_AN.match(text, pos) if r.digits else None
    if an:
        if r.scale is None and r.value is not None and LEX.year_min <= r.value <= LEX.year_max and len(r.digits) == 4:
            return _other(c, "date", "decade", end=an.end())
        c.hedge = "approx"
        pos = c.end = an.end()
        c.rules.append("hedge_an")

    if not c.currency_prefix:
        pos = _unit_after(text, c, r, pos)
    # rate: "per hari", "/kg", "setiap bulan", "sehari"
    pos = _rate_after(text, c, pos)
    # hedge after: "100 orang lebih"
    ha = _HEDGE_AFTER.match(text, pos)
    if ha and c.hedge == "none" and not c.bare:
        c.hedge = LEX.hedges_after[norm(ha.group(1))]
        c.end = ha.end()
        c.rules.append("hedge_after")

    if c.bare:
        if r.digits and c.end < len(text) and text[c.end].isalpha():
            # digits glued to letters that name no unit: "25th", "4x4", "19A"
            g = _GLUED_WORD.match(text, c.end)
            return _other(c, "identifier", "glued_identifier", end=g.end() if g else c.end)
        return _classify_bare(text, c, r, left)
    return c


def _prefix_code(surface: str) -> str | None:
    key = " ".join(surface.split())
    for k, code in LEX.currency_prefix.items():
        if k.lower() == key.lower():
            return code
    return None


def _unit_after(text: str, c: Cand, r: Read, pos: int) -> int:
    """Percent, currency, measure, ratio or counted noun after the number."""
    m = _PERCENT.match(text, pos)
    if m:
        c.kind, c.unit, c.bare = "percent", LEX.percent_units[norm(m.group(1))], False
        c.end = m.end()
        c.rules.append("percent")
        return c.end
    m = _CUR_SUFFIX.match(text, pos)
    if m:
        c.kind, c.unit, c.bare = "money", LEX.currency_suffix[norm(m.group(1))], False
        c.end = m.end()
        c.rules.append("currency_suffix")
        return c.end
    m = _RATIO.match(text, pos)
    if m:
        c.kind, c.unit, c.bare = "ratio", None, False
        c.end = m.end()
        c.rules.append("ratio_word")
        return c.end
    m = _MEASURE_FOLD.match(text, pos) or (r.digits and _MEASURE_EXACT.match(text, pos))
    if m:
        c.kind, c.bare = "measure", False
        c.unit = LEX.measure_units.get(norm(m.group(1))) or LEX.measure_units[m.group(1)]
        c.end = m.end()
        c.rules.append("measure_unit")
        return c.end
    noun, end = _counted_noun(text, pos)
    if noun:
        c.unit, c.bare = noun, False
        c.end = end
        c.rules.append("counted_noun")
        return c.end
    if r.scale is not None:
        c.bare = False
    return pos


def _counted_noun(text: str, pos: int) -> tuple[str | None, int]:
    """The counted noun after a number: person nouns, classifier + noun, or another noun."""
    m = _NEXT_WORD.match(text, pos)
    if not m:
        return None, pos
    w1 = m.group(1)
    low1 = w1.lower()
    m2 = _NEXT_WORD.match(text, m.end())
    if m2 and norm(f"{w1} {m2.group(1)}") in LEX.person_nouns:
        return "person", m2.end()
    if norm(w1) in LEX.person_nouns:
        return "person", m.end()
    nya = _NOUN_NYA.match(low1)
    if nya and nya.group(1) in LEX.person_nouns:
        return "person", m.end()
    if low1 in LEX.classifiers:
        if m2 and _is_noun(m2.group(1), allow_capital=True):
            inner, end = _counted_noun(text, m.end())
            if inner == "person":
                return inner, end
            return "count:" + m2.group(1).lower(), m2.end()
        return "count:" + low1, m.end()
    if _is_noun(w1):
        return "count:" + low1, m.end()
    return None, pos


def _is_noun(word: str, allow_capital: bool = False) -> bool:
    low = word.lower()
    if not allow_capital and not word.islower():
        return False
    if len(low) < 3 or low in LEX.not_nouns or low in LEX.months or low in LEX.days:
        return False
    if low in LEX.hedges_after or low in LEX.scales or low in LEX.units or low in LEX.se_forms:
        return False
    if low.startswith(LEX.verb_prefixes) and low not in LEX.nouns_with_verb_prefix:
        return False
    return True


def _rate_after(text: str, c: Cand, pos: int) -> int:
    m = _PER.match(text, pos)
    if m:
        unit = _rate_unit(m.group(2))
        if unit:
            c.per = unit
            c.end = m.end()
            c.rules.append("rate")
            return c.end
    m = _SE_UNIT.match(text, pos)
    if m:
        c.per = LEX.se_units[m.group(1).lower()]
        c.end = m.end()
        c.rules.append("rate_se")
        return c.end
    return pos


def _rate_unit(word: str) -> str | None:
    """The denominator unit a rate word names: hari -> day, orang -> person, rumah -> count:rumah."""
    low = word.lower()
    stem = low[:-3] if low.endswith("nya") and len(low) > 5 else low
    for w in (word, low, stem):
        if w in LEX.measure_units:
            return LEX.measure_units[w]
    if stem in LEX.person_nouns or low in LEX.person_nouns:
        return "person"
    if _is_noun(stem) and low not in LEX.months:
        return "count:" + stem
    return None


def _leading_rate(text: str, c: Cand) -> None:
    """ "setiap harinya ... 60.000 peserta": a rate phrase earlier in the same clause."""
    if c.per is not None:
        return
    lo = max(0, c.start - 80)
    left = text[lo:c.start]
    cut = max((m.end() for m in _SENTENCE_BREAK.finditer(left)), default=0)
    cut = max(cut, max((i + 1 for i, ch in enumerate(left) if ch.isdigit() or ch in ",;"), default=0))
    window = left[cut:]
    for m in _LEADING_RATE.finditer(window):
        phrase = norm(window[m.start():m.end() + 8])
        if any(phrase.startswith(x) for x in LEX.leading_rate_not):
            continue
        unit = _rate_unit(m.group(2))
        if unit and unit in LEX.measure_units.values():
            c.per = unit
            c.rules.append("leading_rate")
            return


def _other(c: Cand, kind: str, rule: str, *, start: int | None = None, end: int | None = None,
           value: Fraction | None = None) -> Cand:
    return Cand(c.start if start is None else start, c.end if end is None else end, kind,
                value=value, rules=c.rules + [rule])


def _classify_bare(text: str, c: Cand, r: Read, left: str) -> Cand | None:
    """A number with no unit, noun, scale or currency: an amount, or a year, name, position?"""
    prev = _last_word(left)
    prev2 = _left_words(left, 2)
    if r.words:
        # a lone number word ("salah satu", "dua" on its own) counts nothing
        if r.value is not None and r.value < 1 and r.value > 0:
            c.kind = "ratio"
            c.rules.append("fraction_word")
            return c
        return None
    if prev2 in LEX.ordinal_before or prev in LEX.ordinal_before:
        return _other(c, "ordinal", "ordinal_context", value=r.value)
    if prev2 in LEX.identifier_before or prev in LEX.identifier_before or prev.rstrip(".") in LEX.identifier_before:
        return _other(c, "identifier", "identifier_context")
    s = _SCORE.match(text, r.start)
    if s and _near_cue(text, r.start, LEX.score_cues):
        return _other(c, "score", "score", end=s.end())
    if (r.value is not None and r.digits.isdigit() and len(r.digits) == 4
            and LEX.year_min <= r.value <= LEX.year_max and c.hedge == "none"):
        return _other(c, "year", "year", value=r.value)
    if r.digits.isdigit() and (len(r.digits) >= 10 or (r.digits.startswith("0") and len(r.digits) >= 5)):
        return _other(c, "identifier", "long_digit_string")
    word_before = regex.search(r"(\p{L}[\p{L}\-]*)\W{0,2}$", left)
    if (word_before and word_before.group(1)[0].isupper() and c.hedge == "none"
            and not _sentence_initial(left, word_before.start())):
        return _other(c, "identifier", "after_proper_name")
    c.rules.append("bare_count")
    return c


def _sentence_initial(left: str, i: int) -> bool:
    before = left[:i].rstrip()
    return not before or before[-1] in ".!?\n\"“(:"


def _near_cue(text: str, p: int, cues: frozenset[str], width: int = 60) -> bool:
    window = text[max(0, p - width):p + width].lower()
    return any(regex.search(r"(?<!\p{L})" + regex.escape(w) + r"(?!\p{L})", window) for w in cues)


# --- ranges -----------------------------------------------------------------------------------
def _range(text: str, first: Cand, r1: Read) -> Cand | None:
    """ "60.000 hingga 80.000 peserta", "Rp 600.000–Rp 2,4 juta", "antara 3 dan 5 persen"."""
    left = text[max(0, first.start - LEFT):first.start]
    opener = _OPENER.search(left)
    con = _CONNECTOR.match(text, first.end)
    if con is None and opener and norm(opener.group(1)) in LEX.range_between:
        con = _AND.match(text, first.end)
    if con is None:
        return None
    q = con.end()
    m = regex.match(r"(" + alternation(list(LEX.currency_prefix)) + r")\s*", text[q:q + 12], I)
    p2 = q + (m.end() if m else 0)
    if p2 >= len(text) or not (_ANCHOR.match(text, p2)):
        return None
    if _calendar_or_clock(text, p2) is not None:
        return None
    r2 = read_numeral(text, p2)
    if r2 is None or r1.vague or r2.vague:
        return None
    second = _reading(text, r2)
    if second is None or second.kind not in QUANTITY_KINDS:
        return None
    # score rather than range: "menang 2-1"
    if (first.bare and second.bare and _SCORE.match(text, r1.start)
            and _near_cue(text, r1.start, LEX.score_cues)):
        return None
    if not first.bare and not second.bare and (first.kind, first.unit) != (second.kind, second.unit):
        if not (second.kind == "count" and second.unit is None):
            return None
    lo, hi = first.value, second.value
    if lo is None or hi is None:
        return None
    # "3-5 juta": the scale of the second bound is shared by the first
    if first.scale is None and second.scale is not None and r1.value is not None and r2.value is not None:
        raw2 = r2.value / second.scale
        if r1.value <= raw2:
            lo = r1.value * second.scale
            first.precision = (first.precision or 1) * second.scale
    if lo >= hi:
        return None
    kind, unit = (second.kind, second.unit) if not second.bare else (first.kind, first.unit)
    start = first.start
    if opener:
        start = max(0, first.start - LEFT) + opener.start()
    precisions = [x for x in (first.precision, second.precision) if x is not None]
    return Cand(
        start, second.end, kind, low=lo, high=hi, unit=unit,
        hedge=first.hedge if first.hedge != "none" else second.hedge,
        per=second.per or first.per, precision=max(precisions) if precisions else None,
        flags=first.flags + second.flags, rules=first.rules + ["range"] + second.rules,
        currency_prefix=first.currency_prefix or second.currency_prefix,
        bare=first.bare and second.bare,
    )
