"""Integrity of the language data in extract/lang/id/: every file loads, lists hold no
duplicates or stray spaces, every canonical unit is known to our pint registry, and the tables
agree with each other."""

from __future__ import annotations

import re
import tomllib

import pytest

from extract.lang import DATA_FILES, LANG_DIR, lexicon
from extract.units import compatible, convert, is_known, registry

TABLES = {name: tomllib.loads((LANG_DIR / f"{name}.toml").read_text(encoding="utf-8")) for name in DATA_FILES}


def _lists(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _lists(v, f"{path}.{k}" if path else k)
    elif isinstance(obj, list):
        yield path, obj


@pytest.mark.parametrize("name", DATA_FILES)
def test_lists_are_clean(name):
    for path, items in _lists(TABLES[name]):
        words = [w for w in items if isinstance(w, str)]
        dupes = {w for w in words if words.count(w) > 1}
        assert not dupes, f"{name}.toml {path}: duplicates {sorted(dupes)}"
        for w in words:
            assert w == w.strip() and "  " not in w, f"{name}.toml {path}: {w!r}"


def test_every_canonical_unit_is_in_the_registry():
    lex = lexicon()
    names = set(lex.measure_units.values()) | set(lex.percent_units.values()) | set(lex.se_units.values())
    names |= {u for pair in lex.compound_units.values() for u in pair} | set(lex.unit_prefix.values())
    missing = sorted(n for n in names if not is_known(n))
    assert not missing


def test_currency_codes():
    lex = lexicon()
    codes = set(lex.currency_prefix.values()) | set(lex.currency_suffix.values()) | {lex.implied_currency}
    for code in codes:
        assert re.fullmatch(r"[A-Z]{3}", code) and is_known(code)
    assert not compatible("IDR", "USD")  # no exchange rates: each currency its own dimension


def test_registry_converts_exactly():
    from decimal import Decimal

    assert convert(Decimal("2"), "tonne", "kilogram") == Decimal("2000")
    assert convert(Decimal("1"), "barrel", "liter") == Decimal("158.987294928")
    assert convert(Decimal("3"), "day", "hour") == Decimal("72")
    assert compatible("megawatt", "kilowatt") and not compatible("megawatt", "kilowatt_hour")
    assert registry() is registry()


def test_indonesian_money_m_is_miliar():
    assert lexicon().scale_abbreviations["M"] == 10**9
    assert lexicon().scales["miliar"] == 10**9 and lexicon().scales["triliun"] == 10**12


def test_number_words_do_not_collide_with_units_or_nouns():
    lex = lexicon()
    clash = (set(lex.units) | set(lex.se_forms)) & (set(lex.measure_units) | lex.person_nouns)
    assert not clash


def test_no_word_lists_in_code():
    """Words are data: the extraction modules hold no quoted Indonesian word lists."""
    from extract import claims, quantities

    for mod in (quantities, claims):
        source = open(mod.__file__, encoding="utf-8").read()
        lists = re.findall(r"\[(?:\s*\"[a-z]+\",){6,}", source)
        assert not lists, f"{mod.__name__} has a word list: {lists[0][:60]}"


def test_trie_pattern_mark_after_the_first_character_is_a_leading_lookbehind():
    import re

    from extract.lang import trie_pattern

    words = ["dari", "dari total", "di antara", "total", "t"]
    lead = re.compile(r"(?<!\w)(?:" + trie_pattern(words) + r")(?!\w)")
    mark = re.compile(r"(?:" + trie_pattern(words, r"(?<!\w.)") + r")(?!\w)")
    for text in ["dari total 5", "xdari total", "di  antara", "t", "tt total", "adari", "(dari)", "dari"]:
        assert [m.span() for m in mark.finditer(text)] == [m.span() for m in lead.finditer(text)], text
