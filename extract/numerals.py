"""Numerals: numbers as written, read into exact values with their written precision.

`read_numeral(text, pos)` reads the numeral that starts at `pos` — Indonesian-format digits
("1.600.000", "23,17", "Rp1,6T"'s "1,6T"), number words ("dua ratus lima puluh ribu",
"satu setengah juta", "satu koma lima"), fractions ("dua pertiga") and vague magnitudes
("ratusan ribu") — with any scale words after it ("juta", "miliar", glued "jt", "K", "M").
Everything is exact (Fraction inside, Decimal at the edge); nothing here guesses a unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

import regex

from extract.lang import Twin, alternation, ascii_only, lexicon, norm
from extract.model import Numeral

LEX = lexicon()
# how far a rule reads right of a position: bounds every anchored match (the regex module
# would otherwise scan ahead for a pattern's required word)
_SPAN = 120
_RUN_SPAN = 2000  # a numeral itself (digits, or number words) may run longer

# Longer digit strings are not amounts anyone writes; they are read as identifiers.
MAX_DIGITS = 40

def _stdlib(pattern: str, flags: int = 0) -> re.Pattern:
    r"""An `alternation` pattern compiled with the stdlib engine, several times cheaper per call
    than the regex module for the short anchored matches after every number (a letter is
    [^\W\d_] there, \p{L} here)."""
    return re.compile(pattern.replace(r"\p{L}", r"[^\W\d_]"), flags)


class Guarded:
    r"""A `regex` pattern that opens with optional whitespace and then one of `words`, matched only
    where the first character after the whitespace can start one of them: most positions fail
    that test, which costs a fraction of the regex call.

    The same matches: str.isspace() holds for every character the pattern's \s matches, and
    every character the pattern takes for a word's first letter (ignoring case or not) case-folds
    to what that letter case-folds to (tests/test_perf_pq7.py checks both over all of Unicode).

    The test is one stdlib match, `gate`: whitespace (the stdlib's \s is str.isspace()) then an
    ASCII character that case-folds to one of the first letters, or any non-ASCII character (let
    through to the pattern itself, which decides). A caller may give a stricter `gate`: a stdlib
    pattern that matches wherever `rx` does (tests/test_perf_pq7.py compares the matches).
    """

    def __init__(self, rx: regex.Pattern | None, words, gate: str | None = None):
        self.rx = rx
        # (matched through its stdlib twin where what it can read is ASCII)
        self._rx = Twin(rx) if rx is not None else None
        self.words = tuple(w for w in words if w)
        self.firsts = frozenset(w[0].casefold()[:1] for w in self.words)
        if gate is None:  # (no backtracking into \s)
            gate = r"\s*+" + ascii_only(lambda c: c.casefold() in self.firsts)
        self.gate = re.compile(gate)
        self._gate_match = self.gate.match
        self._rx_match = self._rx.match if rx is not None else None

    def match(self, text: str, pos: int, endpos: int):
        return self._rx_match(text, pos, endpos) if self._gate_match(text, pos, endpos) else None

    def may_start(self, text: str, pos: int, endpos: int) -> bool:
        """The test alone: can one of the words start after the whitespace at `pos`?"""
        return self.gate.match(text, pos, endpos) is not None


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*|,\d+")
_NUMBER_WORD = alternation(LEX.number_words | set(LEX.half))
_WORD_RUN = Twin(regex.compile(
    _NUMBER_WORD + r"(?:\s+" + _NUMBER_WORD + r")*", regex.IGNORECASE
))
_SCALE_WORD = _stdlib(r"\s*(" + alternation(list(LEX.scales)) + r")", re.IGNORECASE)
# a scale word glued to the next sentence's first word, as scraped pages join them: "Rp4,49
# triliunDirektur"
_SCALE_GLUED_NEXT = Guarded(regex.compile(
    r"\s*(?i:(" + alternation(list(LEX.scales), word_boundaries=False) + r"))(?=\p{Lu}\p{Ll})"
), LEX.scales, gate=(
    # (tried only before a capital and a small letter at a scale word's length: the scale words
    # are ASCII letters, which the case-insensitive pattern may also read in a non-ASCII
    # look-alike, and \p{Lu}, \p{Ll} are [A-Z], [a-z] in ASCII)
    r"\s*+" + ascii_only(str.isalpha) + "{%d,%d}" % (min(map(len, LEX.scales)), max(map(len, LEX.scales)))
    + ascii_only(str.isupper) + ascii_only(str.islower)
    if all(w.isascii() and w.isalpha() for w in LEX.scales) else None))
_ABBREV_GLUED = re.compile(
    r"(" + "|".join(re.escape(a) for a in LEX.scale_abbreviations) + r")(?![^\W_])"
)
_ABBREV_SPACED = re.compile(
    r"\s(" + "|".join(re.escape(a) for a in LEX.scale_abbreviations) + r")(?![^\W_]|\.\w)"
)
# (the stdlib engine: a word run holds letters and the regex module's whitespace, all of which
# str.isspace() takes for whitespace, so both engines cut it the same)
_NONSPACE = re.compile(r"\S+")
_VAGUE = regex.compile(alternation(list(LEX.vague) + list(LEX.vague_with_scale)), regex.IGNORECASE)
_VAGUE_SCALE = Twin(regex.compile(r"\s+(" + alternation(list(LEX.vague_scales)) + r")", regex.IGNORECASE))
_SCALE_AN = _stdlib(r"\s*(" + alternation(list(LEX.scale_an)) + r")", re.IGNORECASE)
_FRACTION_PER = Guarded(regex.compile(
    r"\s+" + regex.escape(LEX.fraction_per) + r"\s*(" + alternation(list(LEX.units)) + r")",
    regex.IGNORECASE,
), [LEX.fraction_per], gate=(
    # (tried only at the word itself, in either case, not followed by a letter: a unit word
    # there would start after a letter; its letters have no non-ASCII look-alike, unlike i, k, s)
    r"\s+" + "".join(f"[{c}{c.upper()}]" for c in LEX.fraction_per) + r"(?![a-zA-Z])"
    if LEX.fraction_per.isascii() and LEX.fraction_per.isalpha() and not set(LEX.fraction_per.lower()) & set("iks")
    and all(w.isalpha() for w in LEX.units) else None))
# (the vague words tried only where their first letters stand)
_VAGUE_AT = Guarded(_VAGUE, list(LEX.vague) + list(LEX.vague_with_scale))


@dataclass(slots=True)
class Read:
    """A numeral read from text: exact value (or vague bounds), precision, span and marks."""

    start: int
    end: int
    value: Fraction | None
    precision: Fraction
    words: bool = False
    digits: str = ""  # the digit string as written, for date/time/identifier rules
    scale: Fraction | None = None
    glued_abbrev: str | None = None  # a scale letter glued to the digits: "1,6T", "100K"
    spaced_abbrev: str | None = None
    low: Fraction | None = None  # vague magnitudes
    high: Fraction | None = None
    approx: bool = False  # "10 ribuan": a scale with "-an" makes the number approximate
    flags: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)

    @property
    def vague(self) -> bool:
        return self.value is None

    def to_model(self, text: str) -> Numeral:
        value = self.value if self.value is not None else self.low or Fraction(0)
        exact = to_decimal(value)
        return Numeral(
            start=self.start, end=self.end, text=text[self.start:self.end],
            value=exact, fraction=None if exact is not None else f"{value.numerator}/{value.denominator}",
            precision=to_decimal(self.precision), words=self.words,
            scale=to_decimal(self.scale) if self.scale else None, flags=tuple(self.flags),
        )


def _decimal_places(den: int) -> int | None:
    """How many decimal places a fraction with this (reduced) denominator has when written out:
    max(a, b) for den = 2**a * 5**b; None when its expansion never ends."""
    twos = fives = 0
    while den % 2 == 0:
        den //= 2
        twos += 1
    while den % 5 == 0:
        den //= 5
        fives += 1
    return max(twos, fives) if den == 1 else None


def to_decimal(f: Fraction) -> Decimal | None:
    """A Fraction as an exact Decimal, or None when its decimal expansion does not end."""
    num, den = f.numerator, f.denominator
    if den == 1:
        return Decimal(num)
    k = _decimal_places(den)
    if k is None:
        return None
    scaled = num * (10**k) // den
    return Decimal(scaled).scaleb(-k) if k else Decimal(scaled)


_ONE = Fraction(1)
_ZERO, _TEN, _HALF = Fraction(0), Fraction(10), Fraction(1, 2)


def parse_digits(s: str) -> tuple[Fraction, Fraction, list[str]] | None:
    """Indonesian-format digits: "," decimal, "." thousands. Returns value, precision, flags.

    None when the string is not one number (a version "1.2.3", an absurdly long run).
    """
    if len(s) > MAX_DIGITS and sum(c.isdigit() for c in s) > MAX_DIGITS:
        return None
    flags: list[str] = []
    dots, commas = s.count("."), s.count(",")
    if not dots and not commas:
        return Fraction(int(s)), _ONE, flags
    groups = s.replace(",", ".").split(".")
    if commas == 0:
        head, rest = groups[0], groups[1:]
        if all(len(g) == 3 for g in rest) and 1 <= len(head) <= 3 and head != "0":
            return Fraction(int("".join(groups))), _ONE, flags
        if dots == 1:  # "2.5", "0.337": an English decimal point
            flags.append("english_decimal")
            return _decimal(head, rest[0]) + (flags,)
        if all(len(g) in (2, 3) for g in rest) and any(len(g) == 3 for g in rest) and len(head) <= 3:
            flags.append("malformed_grouping")
            return Fraction(int("".join(groups))), _ONE, flags
        return None
    if dots == 0:
        if commas == 1:
            return _decimal(groups[0], groups[1]) + (flags,)
        head, rest = groups[0], groups[1:]
        if all(len(g) == 3 for g in rest) and 1 <= len(head) <= 3:
            flags.append("english_grouping")
            return Fraction(int("".join(groups))), _ONE, flags
        return None
    # both marks: "1.234,56" (Indonesian) or "1,234.56" (English)
    last = max(s.rfind("."), s.rfind(","))
    whole, frac = s[:last], s[last + 1:]
    wgroups = whole.replace(",", ".").split(".")
    if not (all(len(g) == 3 for g in wgroups[1:]) and 1 <= len(wgroups[0]) <= 3):
        return None
    if s[last] == ",":
        if "," in whole:
            return None
    else:
        if "." in whole:
            return None
        flags.append("english_grouping")
    return _decimal("".join(wgroups), frac) + (flags,)


def _decimal(whole: str, frac: str) -> tuple[Fraction, Fraction]:
    den = 10 ** len(frac)
    return Fraction(int(whole or "0") * den + int(frac), den), Fraction(1, den)


def read_digits(text: str, pos: int) -> Read | None:
    m = _DIGITS.match(text, pos, pos + _RUN_SPAN)
    if not m:
        return None
    s = m.group()
    parsed = parse_digits(s)
    if parsed is None:
        return None
    value, precision, flags = parsed
    r = Read(m.start(), m.end(), value, precision, digits=s, flags=flags, rules=["digits"])
    _read_scales(text, r)
    return r


def _read_scales(text: str, r: Read, *, allow_spaced_abbrev: bool = True) -> None:
    """Scale words after a number: "juta", glued "jt"/"K"/"M"/"T", doubled "juta juta"."""
    assert r.value is not None or r.low is not None
    if not _SCALE_START.may_start(text, r.end, r.end + _SPAN):
        return  # no scale word or letter starts here: every pattern below would fail
    if r.digits:
        g = _ABBREV_GLUED.match(text, r.end, r.end + _SPAN)
        if g:
            _apply_scale(r, LEX.scale_abbreviations[g.group(1)], g.end(), "glued_scale")
            r.glued_abbrev = g.group(1)
            return
    seen: list[Fraction] = []
    if r.digits:
        an = _SCALE_AN.match(text, r.end, r.end + _SPAN)
        if an:
            _apply_scale(r, LEX.scale_an[norm(an.group(1))], an.end(), "scale_an")
            r.approx = True
            return
    while True:
        m = _SCALE_WORD.match(text, r.end, r.end + _SPAN) or (
            None if seen else _SCALE_GLUED_NEXT.match(text, r.end, r.end + _SPAN))
        if not m:
            break
        scale = LEX.scales[norm(m.group(1))]
        if seen and scale == seen[-1]:
            r.flags.append("doubled_scale")  # "1,2 juta juta": read once, marked
            r.end = m.end()
            r.rules.append("doubled_scale")
            continue
        if seen and scale < seen[-1]:
            break
        _apply_scale(r, scale, m.end(), "scale_word")
        seen.append(scale)
    if not seen and allow_spaced_abbrev and r.digits:
        a = _ABBREV_SPACED.match(text, r.end, r.end + _SPAN)
        if a:
            r.spaced_abbrev = a.group(1)


# the case-folded first letters of every scale word and letter _read_scales looks for
_SCALE_START = Guarded(None, tuple(LEX.scales) + tuple(LEX.scale_an) + tuple(LEX.scale_abbreviations))


def _apply_scale(r: Read, scale: Fraction, end: int, rule: str) -> None:
    if r.value is not None:
        r.value *= scale
    if r.low is not None:
        r.low *= scale
    if r.high is not None:
        r.high *= scale
    # (the first scale of a whole number is its precision and its scale: no products with one)
    r.precision = scale if r.precision is _ONE else r.precision * scale
    r.scale = r.scale * scale if r.scale else scale
    r.end = end
    r.rules.append(rule)


def apply_spaced_abbrev(text: str, r: Read) -> None:
    """Accept "Rp 3 M": a spaced scale letter, allowed by the caller (money only)."""
    m = _ABBREV_SPACED.match(text, r.end, r.end + _SPAN)
    if m:
        _apply_scale(r, LEX.scale_abbreviations[m.group(1)], m.end(), "spaced_scale")
        r.spaced_abbrev = None


def read_words(text: str, pos: int) -> Read | None:
    """Number words from `pos`: the longest prefix of the word run that forms one number."""
    m = _WORD_RUN.match(text, pos, pos + _RUN_SPAN)
    if not m:
        return None
    spans = [(t.start(), t.end()) for t in _NONSPACE.finditer(m.group())]
    tokens = [m.group()[a:b].lower() for a, b in spans]
    parsed = parse_word_tokens(tokens)
    if parsed is None:
        return None
    value, precision, n = parsed
    end = pos + spans[n - 1][1]
    if n == 1 and tokens[0] in LEX.units and value >= 1:
        fp = _FRACTION_PER.match(text, end, end + _SPAN)  # "dua per tiga"
        if fp and LEX.units[norm(fp.group(1))] > value:
            den = LEX.units[norm(fp.group(1))]
            return Read(pos, fp.end(), value / den, 1 / den, words=True, rules=["words", "fraction_per"])
    r = Read(pos, end, value, precision, words=True, rules=["words"])
    if not any(t in LEX.scales for t in tokens[:n]):
        _read_scales(text, r, allow_spaced_abbrev=False)
    return r


# the multiplier of each tens word ("puluh": 10), read once
_TENS = {w: Fraction(v) for w, v in LEX.tens.items() if v != "teen"}


def parse_word_tokens(tokens: list[str]) -> tuple[Fraction, Fraction, int] | None:
    """Read Indonesian number words; returns (value, precision, tokens used) or None.

    Grammar: groups below 1000 built from units, belas, puluh, ratus and se- forms, each
    multiplied by a falling scale (ribu < juta < miliar ...); "setengah" adds a half,
    "koma" starts digit-by-digit decimals, "N perX" is a fraction.
    """
    total = group = _ZERO  # (Fractions are immutable: the shared constants serve as starting values)
    small: Fraction | None = None  # a unit word waiting for belas/puluh/ratus/scale
    place = None  # place value of the last written component
    group_place = None
    last_scale: Fraction | None = None
    used = 0
    i = 0
    n = len(tokens)
    while i < n:
        t = tokens[i]
        if t in LEX.units:
            if small is not None or (group and group_place is not None and group_place < 10):
                break
            small = LEX.units[t]
        elif t in LEX.tens:
            if small is None or small == 0:
                break
            if LEX.tens[t] == "teen":
                if small < 2 or group % 100:
                    break
                group += 10 + small
                group_place = _ONE
            else:
                mult = _TENS[t]
                if group and (group % (mult * 10) or group_place is not None and group_place <= mult):
                    break
                group += small * mult
                group_place = mult
            small = None
        elif t in LEX.se_forms:
            v = LEX.se_forms[t]
            if small is not None:
                break
            if v >= 1000:  # seribu, sejuta: a scale with one as its group
                if group or (last_scale is not None and v >= last_scale):
                    break
                total += v
                place = v
                last_scale = v
            elif v == 100:  # seratus starts a group
                if group:
                    break
                group, group_place = v, v
            else:  # sepuluh, sebelas end a group's hundreds
                if group % 100:
                    break
                group += v
                group_place = _TEN if v == 10 else _ONE
        elif t in LEX.scales:
            if small is not None:
                group += small
                group_place = _ONE
                small = None
            if not group:
                break
            scale = LEX.scales[t]
            if last_scale is not None and scale >= last_scale:
                break
            total += group * scale
            place = (group_place or _ONE) * scale
            group = _ZERO
            group_place = None
            last_scale = scale
        elif t in LEX.half and (small is not None or group) and i > 0:
            base = (small or 0) + group
            group = base + LEX.half[t]
            group_place = _HALF
            small = None
        elif t in LEX.fractions and i == 0:
            group = LEX.fractions[t]
            group_place = group
            used = i = 1
            # "setengah juta": a fraction may take one scale
            if i < n and tokens[i] in LEX.scales:
                scale = LEX.scales[tokens[i]]
                total = group * scale
                place = group_place * scale
                group = _ZERO
                group_place = None
                used = 2
            break
        elif t in LEX.denominators and small is not None and not group and not total:
            group = small / LEX.denominators[t]
            group_place = _ONE / LEX.denominators[t]
            small = None
            used = i + 1
            break
        elif t in LEX.decimal_marks:
            if small is not None:
                group += small
                small = None
            elif not group and not total:
                break
            j = i + 1
            digits = []
            while j < n and tokens[j] in LEX.units:
                digits.append(int(LEX.units[tokens[j]]))
                j += 1
            if not digits:
                break
            den = 10 ** len(digits)
            group += Fraction(int("".join(map(str, digits))), den)
            group_place = Fraction(1, den)
            i = j
            used = j
            if j < n and tokens[j] in LEX.scales and (last_scale is None or LEX.scales[tokens[j]] < last_scale):
                scale = LEX.scales[tokens[j]]
                total += group * scale
                place = group_place * scale
                group = _ZERO
                group_place = None
                used = j + 1
            break
        else:
            break
        i += 1
        used = i
    if small is not None:
        group += small
        group_place = _ONE
    value = total + group
    if used == 0 or (value == 0 and not any(t in LEX.units for t in tokens[:used])):
        return None
    if group:
        place = group_place
    return value, place or _ONE, used


def read_vague(text: str, pos: int) -> Read | None:
    """Vague magnitudes: "puluhan", "ratusan ribu", "beberapa juta" -> bounds, no value."""
    m = _VAGUE_AT.match(text, pos, pos + _SPAN)
    if not m:
        return None
    word = norm(m.group())
    low, high = LEX.vague.get(word) or LEX.vague_with_scale[word]
    r = Read(m.start(), m.end(), None, low, words=True, low=low, high=high, rules=["vague"])
    if word in LEX.vague_with_scale:
        vs = _VAGUE_SCALE.match(text, r.end, r.end + _SPAN)
        if vs:
            _apply_scale(r, LEX.vague_scales[norm(vs.group(1))], vs.end(), "vague_scale")
    _read_scales(text, r, allow_spaced_abbrev=False)
    if word in LEX.vague_with_scale and r.scale is None:
        return None  # "beberapa" alone counts nothing
    return r


START = regex.compile(
    r"\d|(?<![\w.,]),\d|"
    + alternation(set(LEX.units) | set(LEX.se_forms) | set(LEX.fractions))
    + "|" + _VAGUE.pattern,
    regex.IGNORECASE,
)


def read_numeral(text: str, pos: int) -> Read | None:
    """The numeral starting at `pos`: digits, words or a vague magnitude, with its scales."""
    c = text[pos]
    if c.isdigit() or (c == "," and pos + 1 < len(text) and text[pos + 1].isdigit()):
        return read_digits(text, pos)
    return read_vague(text, pos) or read_words(text, pos)


def parse_numeral(s: str) -> Numeral | None:
    """The whole string as one numeral (sign included), or None: for tables and peers."""
    s = s.strip()
    sign = 1
    m = regex.match(r"(?:[-−]\s*|" + alternation(list(LEX.negative_words)) + r"\s+)", s, regex.IGNORECASE)
    if m:
        sign, s = -1, s[m.end():]
    if not s:
        return None
    r = read_numeral(s, 0)
    if r is None or r.end != len(s) or r.value is None:
        return None
    r.value *= sign
    return r.to_model(s)



# --- writing numbers the Indonesian way ---------------------------------------------------------
def format_id(d, *, decimals: int | None = None) -> str:
    """A Decimal (or Fraction) written Indonesian-style: "1.600.000", "1,25", "-0,5"."""
    from decimal import Decimal as D

    if isinstance(d, Fraction):
        exact = to_decimal(d)
        d = exact if exact is not None else D(d.numerator) / D(d.denominator)
    if decimals is not None:
        d = d.quantize(D(1).scaleb(-decimals))
    sign = "-" if d < 0 else ""
    s = format(abs(d), "f")
    whole, _, frac = s.partition(".")
    if decimals is None:
        frac = frac.rstrip("0")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ".".join(groups) + ("," + frac if frac else "")


def format_id_scaled(d, *, digits: int = 3) -> str:
    """A large amount with its scale word: "1,6 triliun", "720 miliar", "600.000".

    Amounts under one million are written in full; larger ones with up to `digits`
    significant digits, rounded.
    """
    from decimal import ROUND_HALF_EVEN, Decimal as D

    if isinstance(d, Fraction):
        exact = to_decimal(d)
        d = exact if exact is not None else D(d.numerator) / D(d.denominator)
    words = sorted(((v, w) for w, v in _SCALE_NAMES.items()), reverse=True)
    for value, word in words:
        if abs(d) >= value:
            x = D(d) / D(value.numerator)
            q = max(0, digits - len(str(int(abs(x)))))
            x = x.quantize(D(1).scaleb(-q), rounding=ROUND_HALF_EVEN)
            return f"{format_id(x)} {word}"
    return format_id(d)


# the scale words used when writing: the first spelling of each value in numerals.toml
_SCALE_NAMES: dict[str, Fraction] = {}
for _w, _v in LEX.scales.items():
    if _v >= 1_000_000 and _w.isalpha() and len(_w) > 2 and _v not in _SCALE_NAMES.values():
        _SCALE_NAMES[_w] = _v
