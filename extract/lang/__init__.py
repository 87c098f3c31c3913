"""Language data: Indonesian words as TOML tables, compiled once into lookups and regexes.

Code never holds word lists; everything a rule matches on comes from `extract/lang/id/*.toml`
through the `Lexicon` built here.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import Any

import regex

LANG_DIR = resources.files(__package__) / "id"
DATA_FILES = ("numerals", "hedges", "currencies", "units", "nouns", "context", "cues", "sentences")


def load_table(name: str) -> dict[str, Any]:
    return tomllib.loads((LANG_DIR / f"{name}.toml").read_text(encoding="utf-8"))


def to_fraction(text: str) -> Fraction:
    return Fraction(text)


def alternation(words: list[str] | set[str], *, word_boundaries: bool = True) -> str:
    """A regex matching any of `words` (escaped; a space matches any run of whitespace), the
    longest that fits when several do.

    Letter boundaries are added only at ends that are letters, so "%" and "$" still match glued
    to digits, and "Rp" matches in "Rp1,6". Built as a trie ("se(?:ratus|ribu)"), each word's
    end trying longer words first, so at most positions the first character already fails: the
    same matches as a flat longest-first alternation in a fraction of the time.
    """
    trie: dict = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in " ".join(w.split(" ")):
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return "(?!)"

    def build(node: dict, last: str) -> str:
        alts = [(r"\s+" if ch == " " else regex.escape(ch)) + build(sub, ch)
                for ch, sub in sorted(node.items()) if ch]
        if "" in node:  # a word ends here: after every longer one
            alts.append(r"(?!\p{L})" if word_boundaries and last.isalpha() else "")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    first = [(r"(?<!\p{L})" if word_boundaries and ch.isalpha() else "")
             + (r"\s+" if ch == " " else regex.escape(ch)) + build(sub, ch)
             for ch, sub in sorted(trie.items())]
    return "(?:" + "|".join(first) + ")"


def trie_pattern(words: list[str] | set[str], after_first: str = "") -> str:
    r"""A regex matching exactly `words`, with shared prefixes factored out ("se(?:ratus|ribu)").

    Much faster to scan with than a flat alternation: at most positions the first character
    already fails. A space in a word matches any run of whitespace. Works with `re` and `regex`.
    `after_first` is put after each word's first character: r"(?<!\w.)" there says what a
    leading r"(?<!\w)" says, while the pattern still opens with the first characters, which
    lets `re` skip ahead fast (a pattern opening with a lookbehind tries every position).
    """
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict, mark: str = "") -> str:
        ends = "" in node
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + mark + build(sub)
                for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if ends:
            body = "(?:" + body + ")?"
        return body

    return build(trie, after_first)


# letters that the case-insensitive regex engines match for an ASCII one, and whose lower case
# is not that letter: dotted capital İ ("i" + a combining dot), dotless ı, long ſ
_LOOK_ALIKES = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def probes(words) -> tuple[str, ...]:
    """The words or phrases no other of them holds, sorted: a text holds one of `words` just when
    it holds one of these ("tiap" for "tiap" and "setiap"), so they are all a cheap test needs."""
    return tuple(w for w in sorted(set(words)) if not any(v != w and v in w for v in words))


def norm(word: str) -> str:
    """The lookup key of a matched word: lower case, single spaces; a letter the case-insensitive
    patterns take for an ASCII one read as it ("mİliar", "rıbu", "ratuſ": the lexicon's keys)."""
    low = word.lower()
    if not low.isascii():
        low = low.translate(_LOOK_ALIKES)
    return low if low.isalpha() else " ".join(low.split())  # letters are never spaces


def ascii_only(test) -> str:
    """A stdlib character class: the ASCII characters that pass `test`, and every non-ASCII one
    (written as the ASCII ones it leaves out: a bitmap, cheap to build and to test)."""
    out = "".join(f"\\x{c:02x}" for c in range(128) if not test(chr(c)))
    return "[^" + out + "]" if out else r"[\s\S]"


_LETTER = r"[^\W\d_]"


class Tail:
    """Which of `words` ends a piece of text (the text left of a number), ignoring case.

    Matches a trie of the reversed words at the start of the reversed, lower-cased text: one
    anchored match instead of a search through the window; tried only where the last non-space
    character can end one of the words (an rstrip() and a set lookup; the same results: the match
    skips the same whitespace, str.isspace, and the reversed text's lower case opens with that
    character's).
    """

    def __init__(self, words: list[str] | set[str] | dict[str, str]):
        keys = {norm(w) for w in words}
        self._rx = re.compile(r"\s*(" + trie_pattern({k[::-1] for k in keys}) + r")(?!" + _LETTER + ")")
        self._lasts = frozenset(k[-1:] for k in keys)
        # (the ASCII characters whose lower case is one of those: no lower() for them)
        self._ascii_lasts = frozenset(chr(c) for c in range(128) if chr(c).lower() in self._lasts)

    def find(self, left: str) -> tuple[str, int] | None:
        """(the word found, normalised; where it starts in `left`), or None."""
        last = left.rstrip()[-1:]
        if last not in self._ascii_lasts and (last < "\x80" or last.lower()[:1] not in self._lasts):
            return None
        m = self._rx.match(left[::-1].lower())
        if not m:
            return None
        return " ".join(m.group(1)[::-1].split()), len(left) - m.end()


class Ahead:
    """Which of several word groups starts at a position, ignoring case: {group: words}. Tried
    only where the first non-space character can start one of the words (the same results, as
    for Tail)."""

    WINDOW = 48

    def __init__(self, groups: dict[str, list[str] | set[str] | dict[str, str]]):
        alts = [f"(?P<{name}>" + trie_pattern({norm(w) for w in words}) + ")"
                for name, words in groups.items()]
        self._rx = re.compile(r"\s*(?:" + "|".join(alts) + r")(?!" + _LETTER + ")")
        self._firsts = frozenset(norm(w)[:1] for words in groups.values() for w in words)
        # the test as one stdlib match: whitespace (\s is str.isspace()), then an ASCII character
        # whose lower case is a first letter, or any non-ASCII one (the match itself decides)
        self._gate = re.compile(r"\s*+" + ascii_only(lambda c: c.lower() in self._firsts))

    def match(self, text: str, pos: int) -> tuple[str, str, int] | None:
        """(group, the word found normalised, end position in `text`), or None."""
        if not self._gate.match(text, pos, pos + self.WINDOW):
            return None
        m = self._rx.match(text[pos:pos + self.WINDOW].lower())
        if not m:
            return None
        return m.lastgroup, " ".join(m.group(m.lastgroup).split()), pos + m.end()

# --- the regex module's patterns read by the stdlib engine over ASCII text ---------------------
# the property classes the patterns use, as ASCII classes (inside a set and as a set of their own)
_ASCII_PROPERTIES = {"L": "a-zA-Z", "Lu": "A-Z", "Ll": "a-z"}
# the escapes that read alike in both engines over ASCII text, with the stdlib's ASCII flag (\s is
# [ \t\n\r\f\v] there, as the regex module's \s is in ASCII; \d is [0-9], \w [a-zA-Z0-9_])
_ALIKE_ESCAPES = frozenset("sSdDwWbBAZntrfv")
# the regex module's flags the stdlib engine has, by name; any other (REVERSE, FULLCASE, V1, ...)
# leaves a pattern without a twin
_SHARED_FLAGS = {regex.I: re.I, regex.M: re.M, regex.S: re.S, regex.X: re.X}
_IGNORED_FLAGS = regex.U | regex.V0


def ascii_twin(rx: regex.Pattern) -> tuple[re.Pattern, int] | None:
    r"""`rx` written for the stdlib engine, to read ASCII text alike, and how far before the
    position it is given it can look (its look-behinds' width); None when it cannot be written so.

    Over ASCII text the patterns' \p{L}, \p{Lu}, \p{Ll} are [a-zA-Z], [A-Z], [a-z], and with the
    stdlib's ASCII flag \s, \d, \w, \b and case-insensitive letters read as the regex module's do
    there (tests/test_perf_px9.py compares the matches); a non-ASCII character of the pattern
    then matches no ASCII one (unless it is a case variant of one: no twin then).
    """
    flags = re.A
    rest = rx.flags & ~_IGNORED_FLAGS
    for theirs, ours in _SHARED_FLAGS.items():
        if rest & theirs:
            flags |= ours
            rest &= ~theirs
    if rest:
        return None
    src, out, i, in_set = rx.pattern, [], 0, False
    while i < len(src):
        c = src[i]
        if c == "\\":
            nxt = src[i + 1:i + 2]
            if nxt in ("p", "P"):
                close = src.find("}", i)
                name = src[i + 3:close] if src[i + 2:i + 3] == "{" and close > 0 else None
                if name not in _ASCII_PROPERTIES or (nxt == "P" and in_set):
                    return None
                cls = _ASCII_PROPERTIES[name]
                out.append(cls if in_set else ("[" if nxt == "p" else "[^") + cls + "]")
                i = close + 1
                continue
            if nxt.isalnum() and nxt not in _ALIKE_ESCAPES:
                return None  # \X, \G, \m, numbered references, ...
            out.append(src[i:i + 2])
            i += 2
            continue
        if c == "[" and not in_set:
            in_set = True
            j = i + 1 + (src[i + 1:i + 2] == "^")
            j += src[j:j + 1] == "]"  # a "]" first in a set is the character
            out.append(src[i:j])
            i = j
            continue
        if c == "]" and in_set:
            in_set = False
        elif c == "-" and in_set and (src[i - 1:i] >= "\x80" or src[i + 1:i + 2] >= "\x80"):
            return None  # a range of non-ASCII characters may hold a case variant of an ASCII one
        elif c >= "\x80" and flags & re.I and any(
                regex.fullmatch(regex.escape(c), chr(a), regex.I) for a in range(128)):
            return None  # "K" (Kelvin), "ſ": the regex module takes them for ASCII letters
        out.append(c)
        i += 1
    try:
        twin = re.compile("".join(out), flags)
    except re.error:  # (a look-behind of varying width, a set the regex module reads otherwise)
        return None
    return twin, _behind(re._parser.parse(twin.pattern, flags))


def _behind(parsed) -> int:
    """The widest look-behind of a parsed stdlib pattern (how far before a position it reads)."""
    widest = 0
    for op, av in parsed:
        if op in (re._constants.ASSERT, re._constants.ASSERT_NOT) and av[0] < 0:
            widest = max(widest, av[1].getwidth()[1])
        for sub in av if isinstance(av, (tuple, list)) else ():
            if isinstance(sub, re._parser.SubPattern):
                widest = max(widest, _behind(sub))
            elif isinstance(sub, (tuple, list)):
                for x in sub:
                    if isinstance(x, re._parser.SubPattern):
                        widest = max(widest, _behind(x))
    return widest


class Twin:
    """A `regex` pattern read by the stdlib engine (its `ascii_twin`) wherever what it can read is
    ASCII: the whole text, or the window from its widest look-behind before the position to the
    end position. Elsewhere the regex module reads it. The same matches, several times cheaper."""

    def __init__(self, rx: regex.Pattern):
        self.rx = rx
        self.pattern = rx.pattern
        twin = ascii_twin(rx)
        if twin is None:
            raise ValueError(f"no ASCII twin for {rx.pattern!r}")
        self.ascii, self.behind = twin

    def _engine(self, text: str, pos: int, endpos: int):
        if text.isascii() or text[max(0, pos - self.behind):endpos].isascii():
            return self.ascii
        return self.rx

    def match(self, text: str, pos: int = 0, endpos: int = 1 << 62):
        # (_engine written out: the call most made)
        if text.isascii() or text[max(0, pos - self.behind):endpos].isascii():
            return self.ascii.match(text, pos, endpos)
        return self.rx.match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = 1 << 62):
        return self._engine(text, pos, endpos).search(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = 1 << 62):
        return self._engine(text, pos, endpos).fullmatch(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = 1 << 62):
        return self._engine(text, pos, endpos).findall(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = 1 << 62):
        return self._engine(text, pos, endpos).finditer(text, pos, endpos)


@dataclass(frozen=True)
class Lexicon:
    """Every table, keyed for lookup, with the regexes built from them."""

    units: dict[str, Fraction]
    se_forms: dict[str, Fraction]
    tens: dict[str, str]
    scales: dict[str, Fraction]
    scale_abbreviations: dict[str, Fraction]
    fractions: dict[str, Fraction]
    denominators: dict[str, Fraction]
    half: dict[str, Fraction]
    decimal_marks: frozenset[str]
    negative_words: frozenset[str]
    vague: dict[str, tuple[Fraction, Fraction]]
    vague_with_scale: dict[str, tuple[Fraction, Fraction]]
    ordinal_prefix: str
    ordinal_words: dict[str, Fraction]
    vague_scales: dict[str, Fraction]
    scale_an: dict[str, Fraction]
    fraction_per: str
    hedges_before: dict[str, str]
    hedges_before_weak: dict[str, str]
    hedges_after: dict[str, str]
    hedges_after_final: frozenset[str]
    currency_prefix: dict[str, str]
    currency_suffix: dict[str, str]
    implied_currency: str
    unit_prefix: dict[str, str]
    compound_units: dict[str, tuple[str, str]]
    compound_nouns: frozenset[str]
    index_words: frozenset[str]
    plus_minus: tuple[str, ...]
    times: tuple[str, ...]
    ordinal_both: str
    ordinal_all_suffix: str
    percent_units: dict[str, str]
    measure_units: dict[str, str]
    exact_units: frozenset[str]
    per_words: frozenset[str]
    leading_rate_words: frozenset[str]
    leading_rate_not: tuple[str, ...]
    se_units: dict[str, str]
    person_nouns: frozenset[str]
    classifiers: frozenset[str]
    person_classifiers: frozenset[str]
    ratio_words: frozenset[str]
    not_nouns: frozenset[str]
    not_noun_suffixes: tuple[str, ...]
    verb_prefixes: tuple[str, ...]
    nouns_with_verb_prefix: frozenset[str]
    months: frozenset[str]
    days: frozenset[str]
    year_min: int
    year_max: int
    decade_suffix: tuple[str, ...]
    clock_before: frozenset[str]
    clock_zones: frozenset[str]
    ordinal_before: frozenset[str]
    identifier_before: frozenset[str]
    score_cues: frozenset[str]
    clock_day_parts: frozenset[str]
    relative_day_prefixes: frozenset[str]
    year_labels: frozenset[str]
    score_labels: frozenset[str]
    regulation_year: frozenset[str]
    year_before: frozenset[str]
    idioms: tuple[str, ...]
    not_quantity_before: tuple[str, ...]
    not_quantity_after: tuple[str, ...]
    lone_words: frozenset[str]
    range_connectors: tuple[str, ...]
    range_openers: tuple[str, ...]
    range_between: frozenset[str]
    range_and: frozenset[str]
    cues: dict[str, Any] = field(default_factory=dict)

    # -- derived lookups ------------------------------------------------------------------
    @property
    def number_words(self) -> set[str]:
        return (
            set(self.units) | set(self.se_forms) | set(self.tens) | set(self.scales)
            | set(self.fractions) | set(self.denominators) | set(self.decimal_marks)
        )


def _tables(table: dict[str, Any]) -> dict[str, dict]:
    """The sub-tables of a TOML table (its plain keys are settings)."""
    return {k: v for k, v in table.items() if isinstance(v, dict)}


def _flip(table: dict[str, list[str]]) -> dict[str, str]:
    """{concept: [surface, ...]} -> {normalised surface: concept}; a surface may name one concept."""
    out: dict[str, str] = {}
    for concept, surfaces in table.items():
        for s in surfaces:
            out.setdefault(norm(s), concept)
    return out


@cache
def lexicon() -> Lexicon:
    num = load_table("numerals")
    hed = load_table("hedges")
    cur = load_table("currencies")
    uni = load_table("units")
    nou = load_table("nouns")
    ctx = load_table("context")
    cue = load_table("cues")
    fr = lambda d: {k: to_fraction(v) for k, v in d.items()}  # noqa: E731
    return Lexicon(
        units=fr(num["units"]),
        se_forms=fr(num["se_forms"]),
        tens=dict(num["tens"]),
        scales=fr(num["scales"]),
        scale_abbreviations=fr(num["scale_abbreviations"]),
        fractions=fr(num["fractions"]),
        denominators=fr(num["denominators"]),
        half=fr(num["half"]),
        decimal_marks=frozenset(num["decimal_mark"]["words"]),
        negative_words=frozenset(num["negative"]["words"]),
        vague={k: (to_fraction(a), to_fraction(b)) for k, (a, b) in num["vague"].items()},
        vague_with_scale={
            k: (to_fraction(a), to_fraction(b)) for k, (a, b) in num["vague_with_scale"].items()
        },
        ordinal_prefix=num["ordinal"]["prefix"],
        ordinal_words=fr(num["ordinal"]["words"]),
        vague_scales=fr(num["vague_scales"]),
        scale_an=fr(num["scale_an"]),
        fraction_per=num["fraction_per"]["word"],
        hedges_before=_flip(hed["before"]),
        hedges_before_weak=_flip(hed["before_weak"]),
        hedges_after=_flip(hed["after"]),
        hedges_after_final=frozenset(hed["after_final"]["words"]),
        currency_prefix={s: code for code, t in _tables(cur).items() for s in t["prefix"]},
        currency_suffix={norm(s): code for code, t in _tables(cur).items() for s in t["suffix"]},
        implied_currency=cur["implied"],
        unit_prefix=_flip(uni["prefix"]),
        compound_units={norm(k): tuple(v) for k, v in uni["compound"].items()},
        compound_nouns=frozenset(norm(w) for w in nou["compound"]["words"]),
        index_words=frozenset(ctx["ordinal"]["index_words"]),
        plus_minus=tuple(ctx["range"]["plus_minus"]),
        times=tuple(ctx["range"]["times"]),
        ordinal_both=num["ordinal"]["both"],
        ordinal_all_suffix=num["ordinal"]["all_suffix"],
        percent_units=_flip(uni["percent"]),
        measure_units=_flip(uni["measure"]),
        exact_units=frozenset(uni["exact"]["names"]),
        per_words=frozenset(uni["rate"]["per_words"]),
        leading_rate_words=frozenset(uni["rate"]["leading_words"]),
        leading_rate_not=tuple(uni["rate"]["leading_not"]),
        se_units=dict(uni["rate"]["se_units"]),
        person_nouns=frozenset(norm(w) for w in nou["person"]["words"]),
        classifiers=frozenset(nou["classifiers"]["words"]),
        person_classifiers=frozenset(nou["person_classifiers"]["words"]),
        ratio_words=frozenset(nou["ratio"]["words"]),
        not_nouns=frozenset(nou["not_nouns"]["words"]),
        not_noun_suffixes=tuple(nou["not_nouns"]["suffixes"]),
        verb_prefixes=tuple(nou["verb_prefixes"]["words"]),
        nouns_with_verb_prefix=frozenset(nou["nouns_with_verb_prefix"]["words"]),
        months=frozenset(ctx["calendar"]["months"]),
        days=frozenset(ctx["calendar"]["days"]),
        year_min=ctx["calendar"]["year_min"],
        year_max=ctx["calendar"]["year_max"],
        decade_suffix=tuple(ctx["calendar"]["decade_suffix"]),
        clock_before=frozenset(ctx["clock"]["before"]),
        clock_zones=frozenset(ctx["clock"]["zones"]),
        ordinal_before=frozenset(norm(w) for w in ctx["ordinal"]["before"]),
        identifier_before=frozenset(norm(w) for w in ctx["identifier"]["before"]),
        score_cues=frozenset(ctx["score"]["cues"]),
        clock_day_parts=frozenset(ctx["clock_day_parts"]["words"]),
        relative_day_prefixes=frozenset(ctx["relative_day"]["prefixes"]),
        year_labels=frozenset(ctx["labels"]["year"]),
        score_labels=frozenset(ctx["labels"]["score"]),
        regulation_year=frozenset(ctx["labels"]["regulation_year"]),
        year_before=frozenset(ctx["labels"]["year_before"]) | frozenset(ctx["calendar"]["months"]),
        idioms=tuple(ctx["not_quantity"]["idioms"]),
        not_quantity_before=tuple(ctx["not_quantity"]["before"]),
        not_quantity_after=tuple(ctx["not_quantity"]["after"]),
        lone_words=frozenset(ctx["not_quantity"]["lone_words"]),
        range_connectors=tuple(ctx["range"]["connectors"]),
        range_openers=tuple(ctx["range"]["openers"]),
        range_between=frozenset(ctx["range"]["between"]),
        range_and=frozenset(ctx["range"]["and_words"]),
        cues=cue,
    )
