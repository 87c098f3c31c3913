"""change: "naik/turun ... dari A menjadi B" and "naik X persen": the direction and the size
the text states must agree with A and B. Also a base or a size the text names by a word and
states elsewhere ("naik 10 persen dari realisasi 2023", "Dengan tambahan itu, ...")."""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import repeat

from checks.explain import finding, quote, show
from checks.intervals import Interval, as_written
from checks.model import Finding
from checks.relations import AMOUNT_NOUNS, CHANGE_VERBS, LEX, Doc, thing, without_enclitic, words
from extract.lang import norm, probes

_C = LEX.cues["check"]
_UP, _DOWN = frozenset(_C["up"]), frozenset(_C["down"])
_RANK = frozenset(_C["rank"])
_BASE = tuple(_C["change_base"])
_RESTATING = frozenset(_C["restating"])  # "turun 770.000 ton atau 1,41 persen"
_BASE_FORMS = tuple((w, w + " ", f" {w} ") for w in _BASE)  # opening the tail, or inside it
_BASE_OPENINGS = tuple(first for _, first, _ in _BASE_FORMS)  # (for one startswith over them all)
_THIS = tuple(_C["this_figure"])
_CHANGE_FROM, _CHANGE_TO = tuple(_C["change_from"]), tuple(_C["change_to"])  # for endswith/startswith
_FROM_OR_TO = _CHANGE_FROM + _CHANGE_TO


def check_change(doc: Doc) -> list[Finding]:
    out = []
    cl = doc.claims
    for i in range(len(cl) - 1):
        a, b = cl[i], cl[i + 1]
        if a.sentence.start != b.sentence.start or not doc.same_unit(a, b) or a.unit is None and a.kind != b.kind:
            continue
        before_a = norm(doc.text[max(a.sentence.start, a.start - 12):a.start])
        if before_a.endswith(_OPENED_LAST) and _opened_from(doc, a):
            before_a = "dari"  # "naik dari semula A menjadi B": the word naming A as the level before
        if before_a.endswith(_FROM_OR_TO):
            between = norm(doc.between(a, b))
            if before_a.endswith(_CHANGE_FROM) and (between in _C["change_to"] or _WHEN_TO.match(between)
                                                     or _TO_BETWEEN.match(between)):
                first = a  # "naik dari A menjadi B", "naik dari A pada Desember 2022 menjadi B"
            elif before_a.endswith(_CHANGE_TO) and between in _FROM_AFTER:
                a, b, first = b, a, a  # "naik D menjadi B dari (sebelumnya) A": the base comes last
            else:
                continue
            # the change word governing "dari A" / "menjadi B": within the few words before it
            # ("tumbuh 10,38 persen secara tahunan menjadi"); "-nya" dropped ("menaikkannya")
            window = doc.text[max(first.sentence.start, first.start - 60):first.start]
        elif _new_then_base(doc, a, b):
            # "B, naik dari A": the new figure first, its change word and base after it
            window = doc.between(a, b)
            a, b, first = b, a, a
        else:
            continue  # neither "dari A" nor "menjadi A" (most pairs) nor "B, naik dari A"
        ai, bi = doc.interval(a), doc.interval(b)
        if ai is None or bi is None:
            continue
        verbs = {_stem(w) for w in norm(window).split()[-7:]}  # written tokens: "Rp10.000" is one
        direction = "up" if verbs & _UP else "down" if verbs & _DOWN else None
        if verbs & _UP and verbs & _DOWN or _RANK.intersection(words(window)):
            direction = None  # "naik 17 peringkat, dari 206 menjadi 189": a rank rises as it falls
        if _exchange_rate(a) or _exchange_rate(b):
            direction = None  # "rupiah melemah ke Rp14.363 per dolar AS": the verb names either currency
        if direction is not None:
            diff = bi - ai
            ok = bool(diff.hi is None or diff.hi > 0) if direction == "up" else bool(diff.lo is None or diff.lo < 0)
            verb_id = "naik" if direction == "up" else "turun"
            # two bare numbers the other way round are most often a rank or a position ("indeks daya
            # saing kita naik dari 54 ke 51"): rising as they fall; the text may not name the rank
            bare = a.unit is None and b.unit is None and a.kind == b.kind == "count"
            out.append(finding(
                "change", "consistent" if ok else "undetermined" if bare else "inconsistent", [a, b], rule="direction",
                stated=bi, derived=ai, unit=a.unit,
                steps_id=[f"Dari {show(ai, a)} menjadi {show(bi, b)}.",
                          f"Teks menyebut {verb_id}: " + ("arahnya cocok." if ok else
                                                          "arahnya terbalik, kecuali kedua angka itu peringkat." if bare
                                                          else "arahnya terbalik.")],
                steps_en=[f"From {show(ai, a, lang='en')} to {show(bi, b, lang='en')}.",
                          f"The text says {'up' if direction == 'up' else 'down'}: "
                          + ("the direction agrees." if ok else "the direction is reversed, unless the two are ranks."
                             if bare else "the direction is reversed.")],
            ))
        # a stated size: "naik 30,7 persen" / "turun 0,54 persen poin" next to A and B
        sized = len(out)
        for d in doc.in_sentence(a):  # (the claims of A's sentence, in text order)
            if (d is a or d is b) or d.kind not in ("percent", "money", "count", "measure"):
                continue
            gap = first.start - d.end
            clause = (d.kind == "percent" and 24 < gap <= _CLAUSE_REACH and _sized_clause(doc, d, first)) or (
                0 <= gap <= _CLAUSE_REACH and "change" not in d.cues and _sized_before(doc, d, first))
            if "change" not in d.cues and not clause and not (
                    d.start > max(a.start, b.start) and _COMPARING & doc.sentence_words(d)
                    and _restated_size(doc, a if a.start > b.start else b, d)):
                continue
            # "naik X persen dari A menjadi B", "dari A menjadi B, atau naik X persen", "naik X
            # secara tahunan menjadi B dari A": adjacent
            last = b if b.start > a.start else a
            if not (0 <= first.start - d.end <= 24 or 0 <= d.start - last.end <= 32 or clause):
                continue
            if d.end <= first.start and _averaged(doc, d):
                continue  # "meningkat rata-rata 2,2 persen, dari A pada 2019 menjadi B pada 2022": a yearly mean
            restated = d.start > last.end and _restated_size(doc, last, d)
            if d.start > last.end and _opens_change(doc, d) and not restated:
                continue  # "..., Dexlite naik lima persen dari 1.598 menjadi 1.678": the next item's
            if d.end <= first.start and _ITEM_JOINS.intersection(words(doc.between(d, first))):
                continue  # "naik 15 persen dan Premium dari 24 ribu ...": the item before's
            if d.kind != "percent" and not restated and not (0 <= first.start - d.end <= 24
                                                             and set(words(doc.between(d, first))) <= _SIZE_GLUE):
                continue  # "naik D dari A menjadi B"; an amount after B is the next item's "dari"
            di = _magnitude(doc.interval(d))
            if di is None or ai.lo is None or ai.lo <= 0 or doc.is_link_line(d) or doc.in_link(d):
                continue
            got = _size(a, d, *_paired(a, b, ai, bi))
            if got is None:
                continue
            derived, how_id, how_en = got
            ok = derived.overlaps(di)
            verdict = "consistent" if ok else "inconsistent" if not _near_miss(derived, di, a) \
                else "suspicious" if _beyond_rounding(a, b, d) else "undetermined"
            out.append(finding(
                "change", verdict, [a, b, d], rule="size",
                stated=di, derived=derived, unit=d.unit, fix=None if ok else (d, derived),
                steps_id=[f"Dari {show(ai, a)} menjadi {show(bi, b)}.",
                          f"{how_id.capitalize()}: {show(derived, unit=d.unit)}.",
                          f"Tertulis {d.text!r}: " + ("cocok." if ok else "tidak cocok.")],
                steps_en=[f"From {show(ai, a, lang='en')} to {show(bi, b, lang='en')}.",
                          f"{how_en.capitalize()}: {show(derived, unit=d.unit, lang='en')}.",
                          f"Stated {d.text!r}: " + ("agrees." if ok else "does not agree.")],
            ))
        if len(out) == sized:
            out.extend(_size_before(doc, a, b, ai, bi))
    out.extend(_comparisons(doc))
    out.extend(_two_sizes_to_level(doc))
    return out


_FROM_AFTER = frozenset(norm(w) for w in _C["change_from_after"] + _C["change_from_usual"])
# "dari 113,59 pada Desember 2022 menjadi 116,56": a time named between A and the word to B
_WHEN_TO = re.compile(r"(?:" + "|".join(map(re.escape, _C["when_words"])) + r")\s[^,;\d]{0,24}(?:\d{4}\s)?(?:"
                      + "|".join(map(re.escape, _C["change_to"])) + r")$")
_MORE, _LESS = tuple(_C["comparative_up"]), tuple(_C["comparative_down"])
_DEMONSTRATIVES = frozenset(_C["demonstratives"])


_OPENED = tuple(_C["change_from_opened"])
_OPENED_LAST = tuple(sorted({w.split()[-1] for w in _OPENED}))  # (the cheap test first: the word right before A)
# "dari A di tahun 2017 menjadi B", "dari A (Juni 2022) menjadi B", "dari A pada 2021, naik menjadi B",
# "dari A menjadi hanya B": between A and B, a time (a short aside in brackets), a verb of change,
# a filler; no figure but a year
_TO_BETWEEN = re.compile(r"(?:(?:" + "|".join(map(re.escape, _C["when_words"] + _C["change_when_between"]))
                         + r")\s[^,;()\d]{0,24}(?:\d{4})?\s?|\([^()\d]{0,16}\d{0,4}\)\s)?,?\s?(?:(?:"
                         + "|".join(map(re.escape, sorted(_C["up"] + _C["down"]))) + r")\s)?(?:"
                         + "|".join(map(re.escape, _C["change_to"])) + r")(?:\s(?:"
                         + "|".join(map(re.escape, _C["change_to_fillers"])) + r"))?$")


_CLAUSE_REACH = 90  # characters from a percent to the "dari A" of the clause that restates it


def _sized_clause(doc: Doc, d, first) -> bool:
    """ "melonjak 50 persen secara tahunan (year-on-year/YoY) dari A menjadi B": a percent of
    change, then a short aside in brackets, then "dari A"; "inflasi sebesar 0,5 persen atau terjadi
    kenaikan indeks harga konsumen dari A ... menjadi B": a percent, then "atau" and a clause naming
    the change by its noun or verb, then "dari A"; no figure between."""
    gap = doc.text[d.end:first.start]
    if any(ch.isdigit() for ch in gap):
        return False
    if "(" in gap and "change" in d.cues:
        return len(_ASIDE.sub("", gap, count=1)) <= 24
    ws = words(gap)
    if not ws or ws[-1] not in _CHANGE_FROM or not _RESTATING.intersection(ws):
        return False
    at = next(k for k, w in enumerate(ws) if w in _RESTATING)
    return bool(_CLAUSE_CHANGE.intersection(_stem(w) for w in ws[at + 1:at + 4]))


_SIZES_LINK = frozenset(norm(w) for w in _C["change_sizes_link"])
_TO_LEVEL = frozenset(norm(w) for w in _C["change_to"] + _C["change_to_level"])
_POINT_UNITS = frozenset(f"count:{w}" for w in _C["percent_points"])


def _two_sizes_to_level(doc: Doc) -> list[Finding]:
    """ "naik US$2 atau 2,1 persen menjadi US$96,7 per barel", "melemah 0,34 persen atau 22,23 poin
    ke level 6.436,48": a change stated twice, as an amount D and as a percent Z, then the level B it
    reached; the level before is B - D (or B + D: the verb of a rate may name either currency), and
    Z must be D of it. An alarm only when no rounding of the three explains the miss."""
    out = []
    cl = doc.claims
    for i in range(len(cl) - 2):
        x, y, b = cl[i], cl[i + 1], cl[i + 2]
        if (x.kind == "percent") == (y.kind == "percent") or b.kind == "percent":
            continue  # (the cheap test first: one percent and one amount, then a level)
        z, d = (x, y) if x.kind == "percent" else (y, x)
        if z.unit != "percent" or not x.sentence.start == y.sentence.start == b.sentence.start \
                or not (d.kind == b.kind and d.unit == b.unit and d.per in (None, b.per) or d.unit in _POINT_UNITS):
            continue
        if norm(doc.between(x, y)) not in _SIZES_LINK or norm(doc.between(y, b)).strip(" ,)") not in _TO_LEVEL:
            continue
        verbs = {_stem(w) for w in norm(doc.text[max(x.sentence.start, x.start - 24):x.start]).split()[-2:]}
        tail = norm(doc.text[b.end:min(b.end + 28, b.sentence.end)])
        if not verbs & _CHANGE_WORDS or tail.lstrip(", ").startswith(_CHANGE_FROM) and any(ch.isdigit() for ch in tail):
            continue  # "menjadi B dari (sebelumnya) A": a base stated, check_change's
        di = doc.interval(d)
        if d.unit in _POINT_UNITS and d.value is not None and d.precision is not None and d.hedge == "none":
            h = Fraction(d.precision) / 2  # index points are measured: "7 poin" is 6,5 to 7,5
            di = Interval(Fraction(d.value) - h, Fraction(d.value) + h, False, True)
        got = _level_size(di, doc.interval(b))
        zi = doc.interval(z)
        if got is None or zi is None or got.midpoint() is None or zi.midpoint() is None:
            continue
        ok = got.overlaps(zi)
        written = _level_size(as_written(d), as_written(b))
        far = not Fraction(1, _FAR) <= got.midpoint() / zi.midpoint() <= _FAR if zi.midpoint() else True
        least = z.precision is not None and z.value is not None and Fraction(z.value) == Fraction(z.precision) \
            and got.hi is not None and got.hi < zi.lo  # "0,01%": the least the text shows, not a rounding
        verdict = "consistent" if ok else "undetermined" if _near_miss(got, zi, b) or written is None \
            or written.overlaps(as_written(z) or zi) or far or least else "inconsistent"
        out.append(finding(
            "change", verdict, [d, b, z], rule="two_sizes_to_level", stated=zi, derived=got, unit="percent",
            fix=None if ok else (z, got),
            steps_id=[f"Dari {b.text!r} dikurangi (atau ditambah) {d.text!r} ke {b.text!r}.",
                      f"Perubahan relatif: {show(got, unit='percent')}; tertulis {z.text!r}: "
                      + ("cocok." if ok else "tidak cocok.")],
            steps_en=[f"From {b.text!r} less (or plus) {d.text!r} to {b.text!r}.",
                      f"Relative change: {show(got, unit='percent', lang='en')}; stated {z.text!r}: "
                      + ("agrees." if ok else "does not agree.")],
        ))
    return out


_FAR = 10  # times: sizes this far apart are read of two things ("6.341 poin" written for 6,341), no alarm


def _level_size(di, bi):
    """D as a percent of the level before B: of B - D or of B + D (the hull of the two); None when
    D is unbounded or not below B."""
    if di is None or bi is None or not di.bounded or not bi.bounded or di.lo <= 0 or bi.lo <= di.hi:
        return None
    return (di / (bi - di) * Fraction(100)).hull(di / (bi + di) * Fraction(100))


_AVERAGE = tuple(_C["average_before"])
_SIZE_WORDS = frozenset(_C["share_size_words"])  # "sebesar", "sebanyak", ...
_NAMING_CHANGE = frozenset(_C["change_nouns"]) | _UP | _DOWN | frozenset(_C["change_clause_words"])


def _sized_before(doc: Doc, d, first) -> bool:
    """ "meningkatkan laba sebesar 68,33 persen, dari A pada 2016 menjadi B", "menaikkan upah sebesar
    5 persen atau Rp 100.000, dari A menjadi B": a size with no change cue of its own right before
    "dari A" (or restated by "atau" and the size right before "dari A"), in a clause that names the
    change (a change word or noun among the few words before it)."""
    k = doc.index_of(d)
    nxt = doc.claims[k + 1] if k + 1 < len(doc.claims) else None
    if nxt is None or nxt.start > first.start:
        return False
    if nxt is not first and (norm(doc.between(d, nxt)) not in _RESTATING or doc.index_of(nxt) + 1 != doc.index_of(first)):
        return False
    if norm(doc.between(d if nxt is first else nxt, first)).strip(" ,") not in _CHANGE_FROM:
        return False
    head = doc.text[max(d.sentence.start, d.start - 60):d.start]
    head = head[max(head.rfind(","), head.rfind(";")) + 1:]
    return bool(_NAMING_CHANGE.intersection(words(head)[-_NAMING_WORDS:]))


_NAMING_WORDS = 6  # how far before a size the word naming its change may stand


def _averaged(doc: Doc, d) -> bool:
    """ "rata-rata sebesar 2,2 persen": a mean over the periods, no size of the whole change; an
    average word among the few words right before d."""
    head = norm(doc.text[max(d.sentence.start, d.start - 28):d.start])
    return any(w in head for w in _AVERAGE)


def _opened_from(doc: Doc, a) -> bool:
    """ "dari semula A", "dari yang sebelumnya A": "dari" and a word naming A as the level before,
    right before A."""
    return norm(doc.text[max(a.sentence.start, a.start - 26):a.start]).endswith(_OPENED)


_SIZE_GLUE = frozenset(words(" ".join(_C["change_from"] + _C["change_to"] + _C["change_from_after"]
                                      + _C["change_from_opened"])))
_CURRENCIES = frozenset(LEX.currency_prefix.values()) | frozenset(LEX.currency_suffix.values())


def _exchange_rate(c) -> bool:
    """ "Rp14.363 per dolar AS": money per a currency, whose rise is one currency's fall."""
    return c.kind == "money" and c.per in _CURRENCIES


_CLAUSE_BREAK = re.compile(r",\s*(?:" + "|".join(map(re.escape, _C["clause_openers"])) + r")\b", re.I)
_ITEM_JOINS = frozenset(LEX.cues["subject"]["conjunctions"]) - _RESTATING  # "atau" restates


def _opens_change(doc: Doc, d) -> bool:
    """Is D followed at once by "dari" and a number: "naik lima persen dari 1.598 ..."?"""
    return _FROM_NUMBER.match(doc.text, d.end, d.end + 24) is not None


_FROM_NUMBER = re.compile(r"\s*(?:" + "|".join(map(re.escape, _C["change_from"])) + r")\s+\S*\d", re.I)


def _magnitude(iv):
    """A stated size written with its sign ("turun -26,89%"): the verb gives the direction, the
    size is its magnitude."""
    return -iv if iv is not None and iv.hi is not None and iv.hi <= 0 and iv.lo is not None else iv


_SIGN_NOUNS = frozenset(_C["change_sign_nouns"])
_CHANGE_WORDS = _UP | _DOWN  # a change word naming the base's words makes B a change, not a level
_BASE_NAMING = 6  # words between "naik dari" and its base: "dari perkiraan awal", "dari tahun lalu yang"
_YEAR_TOKEN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_THAN = frozenset(_C["change_base"])  # "dari", "dibandingkan", "daripada", ...
_MORE_WORDS = {tuple(p.split()): "up" for p in _C["comparative_up"]} | {
    tuple(p.split()): "down" for p in _C["comparative_down"]}


def _comparisons(doc: Doc) -> list[Finding]:
    """ "Anggaran itu Rp 210 miliar, lebih besar dibandingkan pilkada 2020 yang sebesar Rp 150
    miliar": figure A, a comma, a comparative ("lebih besar", "lebih rendah") and a than word, a
    few words naming the other (a year may be one), then B of the same unit and sentence: A must
    lie above (below) B. No other figure between, and a plain gap (`_plain_gap`)."""
    out = []
    cl = doc.claims
    for i in range(len(cl) - 1):
        a, b = cl[i], cl[i + 1]
        if a.sentence.start != b.sentence.start:
            continue
        if not _COMMA_FIRST.match(doc.text, a.end, b.start):  # (the cheap tests first)
            continue
        between = doc.between(a, b).lstrip()
        if "lebih" not in between:
            continue
        ws = words(between)
        direction = _MORE_WORDS.get(tuple(ws[:2]))
        if direction is None or len(ws) < 3 or ws[2] not in _THAN or len(ws) > 3 + _BASE_NAMING \
                or any(ch.isdigit() for ch in _YEAR_TOKEN.sub("", between)) \
                or not _plain_gap(doc, a, b, between, ws, ws[3:]) or not doc.same_unit(a, b) \
                or a.unit is None and a.kind != b.kind or _exchange_rate(a) or _exchange_rate(b):
            continue
        ai, bi = doc.interval(a), doc.interval(b)
        if ai is None or bi is None:
            continue
        diff = ai - bi
        ok = bool(diff.hi is None or diff.hi > 0) if direction == "up" else bool(diff.lo is None or diff.lo < 0)
        said = " ".join(ws[:2])
        said_en = "larger" if direction == "up" else "smaller"
        out.append(finding(
            "change", "consistent" if ok else "inconsistent", [b, a], rule="comparison",
            stated=ai, derived=bi, unit=a.unit,
            steps_id=[f"{quote(a)} = {show(ai, a)}; pembandingnya {quote(b)} = {show(bi, b)}.",
                      f"Teks menyebut {said}: " + ("cocok." if ok else "terbalik.")],
            steps_en=[f"{quote(a)} = {show(ai, a, lang='en')}; compared with {quote(b)} = "
                      f"{show(bi, b, lang='en')}.",
                      f"The text says {said_en}: " + ("it is." if ok else "it is the other way round.")],
        ))
    return out


# the text between two figures opens on a comma (after any whitespace): read without copying it
_COMMA_FIRST = re.compile(r"\s*,")


def _new_then_base(doc: Doc, b, a) -> bool:
    """ "Kerugian ditaksir Rp 180 miliar, naik dari perkiraan awal Rp 120 miliar": figure b, a
    comma, a change verb and "dari" opening the clause, then (a few words naming it) the base a
    of the same sentence. No figure between, and a plain gap (`_plain_gap`)."""
    if not _COMMA_FIRST.match(doc.text, b.end, a.start):  # (the cheap test first)
        return False
    between = doc.between(b, a).lstrip()
    ws = words(between)
    return 2 <= len(ws) <= 2 + _BASE_NAMING and _stem(ws[0]) in _CHANGE_WORDS and ws[1] in _CHANGE_FROM \
        and not any(ch.isdigit() for ch in between) and _plain_gap(doc, b, a, between, ws, ws[2:])


def _plain_gap(doc: Doc, x, y, between: str, ws: list[str], naming: list[str]) -> bool:
    """Between figure x and the later y of its sentence (`between`: the text between, lower-cased,
    opening on its comma; `ws` its words, `naming` those that name y): one clause (no comma
    after the opening one); no word of the other sign ("naik dari diskon US$69 per ton": a
    premium up from a discount) nor a change word naming y ("dari pekan lalu ketika harga naik Rp
    3.000": a change's size, no level); the same rate (not a total against a figure per day);
    neither one of a slashed pair ("RAM 8 GB/256 GB, meningkat dari 6 GB/256 GB": which rose is
    unsaid)."""
    return "," not in between[1:] and _SIGN_NOUNS.isdisjoint(ws) \
        and _CHANGE_WORDS.isdisjoint(map(_stem, naming)) and x.per == y.per \
        and doc.text[x.start - 1:x.start] != "/" and doc.text[y.end:y.end + 1] != "/"


def _stem(word: str) -> str:
    """ "menaikkannya" -> "menaikkan": the change verb under its "-nya"."""
    return without_enclitic(word, 6)


def _size(a, d, ai, bi):
    """(derived size, how in Indonesian, how in English) of the change A -> B in d's unit, or None."""
    if a.unit == "percent" and d.unit in _POINTS:  # "TPK 66,3 persen, naik 4,1 poin dibandingkan ... 62,2 persen"
        return abs_interval(bi - ai), "selisih persen poin", "difference in percentage points"
    if d.kind != "percent" and not (d.kind == a.kind and d.unit == a.unit):
        return None
    if d.unit == "percentage_point" and a.unit == "percent":
        return abs_interval(bi - ai), "selisih persen poin", "difference in percentage points"
    if d.unit == "basis_point" and a.unit == "percent":
        return abs_interval((bi - ai) * Fraction(100)), "selisih basis poin", "difference in basis points"
    if d.unit == "percent" and a.unit != "percent":
        return abs_interval((bi - ai) / ai * Fraction(100)), "perubahan relatif", "relative change"
    if d.kind == a.kind and d.unit == a.unit and d.kind != "percent":
        return abs_interval(bi - ai), "selisih", "difference"  # "naik Rp 12.000, dari A menjadi B"
    return None


_COMPARING = frozenset(_C["size_comparatives"])
_SHORTFALL = frozenset(_C["shortfall"])  # "masih kurang D dari target A": down from the target


def _restated_size(doc: Doc, last, d) -> bool:
    """ "turun menjadi 2,1 jam dari sebelumnya 3,5 jam, atau lebih cepat 1,4 jam", "..., atau
    berkurang Rp 300.000": the size restated right after the change's last figure by "atau" and a
    change verb or a comparative, with no "dari" after it opening another change."""
    ws = words(doc.between(last, d))
    if not (2 <= len(ws) <= 3 and ws[0] in _RESTATING and (_stem(ws[1]) in CHANGE_VERBS or ws[1] in _COMPARING)):
        return False
    return not norm(doc.text[d.end:d.end + 12]).startswith(_CHANGE_FROM)


_POINTS = frozenset(f"count:{w}" for w in _C["percent_points"])  # a bare "poin" beside two percents


def _near_miss(derived, stated, a=None) -> bool:
    """Within 5% of each other: the rounding of A and B may explain it; not an alarm. An exchange
    rate's change is quoted from unrounded rates, often of another feed or hour: only a change off
    by more than half is an alarm there ("0,29 persen" for Rp13.920 -> Rp13.927)."""
    m, s = derived.midpoint(), stated.midpoint()
    if m is None or s is None or s == 0:
        return False
    if a is not None and _exchange_rate(a) and m != 0:
        return Fraction(1, 2) <= abs(m / s) <= 2
    return abs(m - s) / abs(s) <= Fraction(5, 100)


def _paired(a, b, ai, bi):
    """A and B's intervals, a whole percent beside a finer one read at its partner's precision:
    "dari 5,75 persen menjadi 6 persen" is 6,00 (its zeros dropped), not 5,5 to 6,5."""
    def finer(x, xi, y):
        if x.kind == y.kind == "percent" and x.hedge == y.hedge == "none" and x.precision == 1 \
                and x.value is not None and y.precision is not None and 0 < y.precision < 1 \
                and x.low is None and x.high is None:
            h = Fraction(y.precision) / 2
            return Interval(Fraction(x.value) - h, Fraction(x.value) + h, False, True)
        return xi
    return finer(a, ai, b), finer(b, bi, a)


def _beyond_rounding(a, b, d) -> bool:
    """Does the change A -> B miss the stated size D even when each of the three may have been
    rounded or cut off at its last significant digit (`as_written`)? "naik 30,3 persen" for Rp
    7.650 -> Rp 10.000 (30,72 persen) does; "naik 17,9 persen" for 10,31 juta -> 12,16 juta
    (17,8 to 18,1 persen) does not. Exchange rates are quoted from other feeds: never."""
    if _exchange_rate(a) or _exchange_rate(b):
        return False
    ai, bi, di = as_written(a), as_written(b), as_written(d)
    if ai is None or bi is None or di is None or not ai.bounded or ai.lo <= 0:
        return False
    got = _size(a, d, ai, bi)
    return got is not None and not got[0].overlaps(di)


def check_change_against_base(doc: Doc) -> list[Finding]:
    """ "12,16 juta, naik 17,9 persen dari 10,31 juta"; "1.230 kecelakaan, turun 20,6 persen dari
    1.549 kecelakaan"; "... 53,98 juta ton. Jumlah ini turun 1,41 persen dibandingkan ... 54,75
    juta ton": the change D between the new figure B before it and the base A after it.

    B is tied by the text: in D's sentence right before it ("B, atau D lebih mahal dibandingkan
    ... A"); in the sentence before when D's opens on that figure ("Jumlah ini", "Laju ini"); or
    the figure the article gives earlier for the subject that changes ("belanja daerah ditetapkan
    Rp 28.112,6 miliar ... Belanja daerah naik sekitar Rp 1,6 triliun dibandingkan APBD 2023 yang
    sebesar Rp 26,5 triliun"). An alarm only when B is the one figure so tied."""
    out = []
    cl = doc.claims
    read = _Reading(doc)
    for k, tail in read.tails.items():  # the base word first: most figures have none
        d = cl[k]
        if "(" in tail[:40]:  # "tumbuh 11,2 persen secara tahunan (year on year/yoy) dibandingkan ..."
            tail = _ASIDE.sub("", tail, count=1)
        head = tail[:40]
        base_word = next((w for w, first, inner in _BASE_FORMS if tail.startswith(first) or inner in head), None)
        if base_word is None:
            continue
        direction, skip = read.direction(k)
        if direction is None:
            continue
        after = doc.after_in_sentence(d)
        if not after:
            continue
        got = _new_figure(doc, cl, k, d, after, skip)
        if got is None:
            continue
        a, cands, tight = got
        base_at = doc.text_lower.find(base_word, d.end, a.start)
        if base_at >= 0 and a.start - base_at > 60:
            joined = _BASE_JOIN.match(doc.text_lower, base_at + len(base_word), a.start)
            base_at = base_at + len(joined.group(0)) if joined else base_at  # "dibandingkan dengan"
        if base_at < 0 or a.start - base_at > 60:
            continue  # the base is a number right after "dari"/"dibandingkan", not any later one
        if _CLAUSE_BREAK.search(doc.text, base_at, a.start):
            continue  # "naik 10 persen dibanding tahun lalu, dengan surplus A": A is another clause's
        if any(d.end <= c.start < base_at and norm(doc.between(d, c)) not in _RESTATING for c in after):
            continue  # "tumbuh D atau mencapai 156,7% dari target": the base word is that figure's
            # ("turun 770.000 ton atau 1,41 persen dibandingkan ...": D restated, the base is D's)
        if norm(doc.text[a.end:a.end + 12]).startswith(_CHANGE_TO) \
                or norm(doc.text[max(d.end, a.start - 12):a.start]).endswith(_CHANGE_TO):
            continue  # "naik D dari A menjadi B" (check_change's), "... menjadi A": A is no base
        if "se_unit" in a.rules:
            continue  # "dari ... sepekan sebelumnya": a time, not the base
        ai, di = doc.interval(a), _magnitude(doc.interval(d))
        if ai is None or di is None or not ai.bounded or ai.lo <= 0:
            continue
        judged = []  # (b, bi, derived, how_id, how_en, ok, right_way)
        for b in cands:
            bi = doc.interval(b)
            if bi is None or not bi.bounded:
                continue
            size = _size(a, d, *_paired(a, b, ai, bi))
            if size is None:
                continue
            derived, how_id, how_en = size
            # the direction is right when B may lie that way from A ("hingga 4,73 miliar" is
            # up to 4,73 miliar: it may be above 2,82 miliar)
            right_way = (bi.hi > ai.lo if direction == "up" else bi.lo < ai.hi) \
                or _exchange_rate(a) or _exchange_rate(b)
            judged.append((b, bi, derived, how_id, how_en, derived.overlaps(di) and right_way, right_way))
        if not judged:
            continue
        # of several figures the text may mean, the one that fits; else the nearest
        b, bi, derived, how_id, how_en, ok, right_way = next((j for j in judged if j[5]), judged[0])
        tight = tight and len(judged) == 1
        if not ok and len(judged) > 1:
            continue  # several figures the text may mean, none fitting: which one is open
        if not ok and d.unit == "percent" and di.lo is not None and di.lo > 100 \
                and (bi / ai * Fraction(100)).overlaps(di):
            tight = False  # "naik 115,6% dibandingkan target": B (above A) as a percent of A, worded as a rise
        verdict = "consistent" if ok else "undetermined" if not tight \
            else "inconsistent" if not (_near_miss(derived, di, a) and right_way) \
            else "suspicious" if _beyond_rounding(a, b, d) else "undetermined"
        word_id = "naik" if direction == "up" else "turun"
        out.append(finding(
            "change", verdict, [a, b, d], rule="change_from_base", stated=di, derived=derived,
            unit=d.unit, fix=None if ok else (d, derived),
            steps_id=[f"Dari {show(ai, a)} menjadi {show(bi, b)}.",
                      f"{how_id.capitalize()}: {show(derived, unit=d.unit)}; teks: {word_id} {d.text!r}: "
                      + ("cocok." if ok else "tidak cocok.")],
            steps_en=[f"From {show(ai, a, lang='en')} to {show(bi, b, lang='en')}.",
                      f"{how_en.capitalize()}: {show(derived, unit=d.unit, lang='en')}; the text: "
                      f"{'up' if direction == 'up' else 'down'} {d.text!r}: " + ("agrees." if ok else "does not agree.")],
        ))
    return out + check_change_against_named_base(doc, read)


_BASE_JOIN = re.compile(r"\w*\s+(?:" + "|".join(map(re.escape, _C["change_base_joins"])) + r")\b")  # "dibandingkan dengan"
_ASIDE = re.compile(r"\s*\([^()]{0,40}\)")  # a short aside in brackets: "(year on year/yoy)", "(yoy)"


def _head_of(text: str, start: int, end: int, n: int = 40) -> str:
    """norm(text[start:end]) as far as its first `n` characters go (a word more), without
    normalising a long rest."""
    head = norm(text[start:min(end, start + 2 * n + 40)])
    return head if len(head) > n + 30 or start + 2 * n + 40 >= end else norm(text[start:end])


_SIZE_KINDS = ("percent", "money", "count", "measure")
# the base words no other contains ("dari" is in "daripada"): one of these is in any text holding a base word
_BASE_CORES = probes(_BASE)


class _Reading:
    """What the rules of one call read once per document: the text after each figure that may
    name a base (`_tails_after`), the figures cued as changes (their indices in doc.claims), and
    each figure's direction (`_direction_of`, by index, read when first asked)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.tails = _tails_after(doc)
        self.changes = [k for k, d in enumerate(doc.claims) if "change" in d.cues]
        self._directions: dict[int, tuple] = {}

    def direction(self, k: int):
        got = self._directions.get(k)
        if got is None:
            got = self._directions[k] = _direction_of(self.doc, self.doc.claims, k, self.doc.claims[k])
        return got


def _tails_after(doc: Doc) -> dict[int, str]:
    """For the figures of a kind a change is sized in (by index in doc.claims, in order), the text
    after each in its sentence as the base rules read it (`_head_of`), when a base word can be in
    it (the others left out). That is tested first, cheaply: a base word in `_head_of`'s text is
    in the lower-cased text after the figure, up to its sentence's end, so one search of the
    document's lower-cased text (`doc.text_lower`) for a base word's core or a bracket (an aside,
    whose removal may join two pieces) between the two tells. Where lower-casing changes the
    text's length (its offsets are not the text's), each sentence is lower-cased on its own and
    one that changes length too is always read."""
    text = doc.text
    low = doc.text_lower
    if len(low) != len(text):
        return _tails_after_unaligned(doc)
    search = _REACH_RX.search
    out = {}
    for k, d in enumerate(doc.claims):
        if d.kind in _SIZE_KINDS and search(low, d.end, d.sentence.end) is not None:
            out[k] = _head_of(text, d.end, d.sentence.end)
    return out


def _tails_after_unaligned(doc: Doc) -> dict[int, str]:
    """`_tails_after` for a text whose lower case is of another length: per sentence, where the
    last base word or bracket in it starts (from the sentence's start), looked for from its first
    figure on (the figures after it start no earlier: one before it concerns none; -1 when there
    is none); a sentence whose lower case changes length is always read."""
    text = doc.text
    reach: dict[int, int] = {}  # sentence start -> the last such place in it (-1: none)
    out = {}
    for k, d in enumerate(doc.claims):
        if d.kind not in _SIZE_KINDS:
            continue
        s = d.sentence
        last = reach.get(s.start)
        if last is None:
            low = text[s.start:s.end].lower()
            at = d.start - s.start
            last = reach[s.start] = max(map(low.rfind, _REACH_MARKS, repeat(at))) \
                if len(low) == s.end - s.start else len(text)  # (else: always read)
        if last >= d.end - s.start:
            out[k] = _head_of(text, d.end, s.end)
    return out


_REACH_MARKS = _BASE_CORES + ("(",)
_REACH_RX = re.compile("|".join(map(re.escape, _REACH_MARKS)))  # (any of them: one search)


def _direction_of(doc: Doc, cl, k: int, d):
    """("up"/"down"/None, the claim to pass over) for a change D: the verb right before it ("naik
    D"), a comparative before or after it ("lebih cepat D", "D lebih mahal"), or the verb of the
    change D is the other size of ("turun 770.000 ton atau 1,41 persen")."""
    before = norm(doc.text[max(d.sentence.start, d.start - 16):d.start])
    last = before.split()[-1:]  # the word right before D, if any
    if last and last[0] in _SIZE_WORDS:  # "turun sebanyak D", "naik sebesar D": the verb before the size word
        last = norm(doc.text[max(d.sentence.start, d.start - 30):d.start]).split()[-2:-1]
    verb = {_stem(w) for w in last}
    if "change" in d.cues or verb != set(last):  # "menaikkannya 25 basis poin"
        if verb & _UP:
            return "up", None
        if verb & _DOWN:
            return "down", None
    if last and last[0] in _SHORTFALL:
        return "down", None  # "tercatat B, masih kurang D dari target A": B short of A by D
    wide = norm(doc.text[max(d.sentence.start, d.start - 24):d.start])
    after = norm(doc.text[d.end:d.end + 24])
    if wide.endswith(_MORE) or after.startswith(_MORE):
        return "up", None
    if wide.endswith(_LESS) or after.startswith(_LESS):
        return "down", None
    if "change" in d.cues and last and last[0] in _RESTATING and k > 0:
        p = cl[k - 1]
        if p.sentence.start == d.sentence.start and "change" in p.cues and 0 <= d.start - p.end <= 8:
            up, _ = _direction_of(doc, cl, k - 1, p)
            return up, p
    return None, None


def _sole_subject(doc: Doc, same, b, d) -> bool:
    """ "Korlantas mencatat 1.230 kecelakaan lalu lintas selama Operasi Ketupat 2023, turun 20,6
    persen dari 1.549 kecelakaan": B is the one figure before D in its sentence, named a few words
    before D in the same clause; the text ties it as tightly as "B, naik D dari A"."""
    between = doc.text[b.end:d.start]
    return same == [b] and len(between) <= _SOLE_REACH and not _CLAUSE_BREAK.search(between) \
        and not _RESTATING.intersection(words(between))


_SOLE_REACH = 60  # characters between the one figure of D's sentence and D


def _plausible(doc: Doc, a, d, cands):
    """The candidates for the new figure of a change from A that are within a factor of ten of A,
    or of A scaled by a thousand or a million (a cumulative 5.030.002 kasus beside a day's 57.049
    is no new figure of the day's change; a scale slip is), or None when none is. A stated change
    of ten times or more lets any candidate through."""
    ai, di = doc.interval(a), doc.interval(d)
    m = ai.midpoint() if ai is not None else None
    if not m or m <= 0 or d.kind == "percent" and di is not None and di.hi is not None and di.hi >= 900:
        return list(cands) or None
    out = []
    for c in cands:
        ci = doc.interval(c)
        x = ci.midpoint() if ci is not None else None
        # a scale slip ("Rp1.022 juta per gram" for Rp 1.022.000) is still the figure meant
        if x and x > 0 and any(Fraction(1, _PLAUSIBLE) <= x / m / Fraction(1000) ** p <= _PLAUSIBLE
                               for p in (0, 1, -1, 2, -2)):
            out.append(c)
    return out or None


_PLAUSIBLE = 10  # times: a new figure further from its base is no figure of that change


def _opens_on_figure(opening: str) -> bool:
    """ "Jumlah ini ...", "Laju ini lebih cepat ...", "Angka harian tersebut naik ...": the
    sentence opens with a short noun phrase closed by a demonstrative."""
    if any(opening.startswith(w) for w in _THIS):
        return True
    ws = opening.split()[:3]
    return any(w.strip(",") in _DEMONSTRATIVES for w in ws[1:]) and not any(ch.isdigit() for ch in " ".join(ws))


def _new_figure(doc: Doc, cl, k: int, d, after, skip):
    """(A, the candidates for B, whether the text ties B tightly) for the change D, or None."""
    same = [c for c in doc.before_in_sentence(d) if c is not skip]
    for a in after:
        near = [c for c in same if _comparable(a, c)]
        if near:  # "B, naik D dari A": B right before D in its sentence
            return a, [near[-1]], len(doc.between(near[-1], d)) <= 30 or _sole_subject(doc, same, near[-1], d)
    opening = norm(doc.text[d.sentence.start:d.start])
    if not same and _opens_on_figure(opening):
        for a in after:
            # (an amount per one, "rata-rata Rp 50 juta per debitur", is no new figure of a total)
            prev = [c for c in cl[:k] if doc.sentence_no(d) - doc.sentence_no(c) == 1 and _comparable(a, c)
                    and c.per == a.per]
            if prev:
                near = _plausible(doc, a, d, prev)
                if near is None:  # "total ... 5.030.002 kasus, dari sebelumnya 4.966.046 kasus. Angka
                    # harian tersebut naik 12,1 persen ... 57.049 kasus": the figure a sentence further
                    back = [c for c in cl[:k] if doc.sentence_no(d) - doc.sentence_no(c) == 2 and _comparable(a, c)
                            and c.per == a.per and not doc.in_headline(c)]
                    near = _plausible(doc, a, d, back)
                    if near is not None and len(near) == 1:
                        return a, near, True
                return a, prev[::-1], True
        return None
    a = after[0]
    # the subject that changes, named with a figure earlier: "nilai ekspor US$ 258,82 miliar ...
    # nilai ekspor 2023 turun 11,33 persen dibandingkan 2022 yang sebesar US$ 291,90 miliar"
    if same:
        return None
    subj = words(d.subject)
    cands = []
    if subj and d.subject.lower().split()[0] not in _DEMONSTRATIVES and not (len(subj) == 1 and subj[0] in _GENERIC):
        cands = _named_earlier(doc, cl, k, d, a, subj)
    if not cands:
        # "..., jumlah penumpang bulan ini naik 2,1 juta orang dibandingkan April yang 29,1 juta":
        # the words before the verb, when the subject read is another
        subj = _phrase_before_verb(doc, d)
        cands = _named_earlier(doc, cl, k, d, a, subj) if subj else []
    if not cands:
        cands = _counted_earlier(doc, cl, k, d, a)
    if not cands:
        return None
    return a, [cands[-1]], len(cands) == 1


def _counted_earlier(doc: Doc, cl, k: int, d, a) -> list:
    """ "Penumpang diangkut oleh 520 kapal. Jumlah kapal yang beroperasi naik 8 persen dari tahun
    lalu yang sebanyak 480 kapal": D's subject is the amount of a noun ("jumlah kapal") that the
    base A counts (count:kapal), and the new figure is the count of that noun in the sentence
    just before D's."""
    if a.kind != "count" or not a.unit or not a.unit.startswith("count:") or not d.subject:
        return []
    subj = words(d.subject)
    noun = a.unit[6:]
    if len(subj) < 2 or subj[0] not in AMOUNT_NOUNS or subj[1] != noun:
        return []
    return [c for c in cl[:k] if doc.sentence_no(d) - doc.sentence_no(c) == 1 and c.unit == a.unit
            and c.per == a.per and not doc.in_headline(c) and not doc.is_link_line(c)]


def _named_earlier(doc: Doc, cl, k: int, d, a, subj: list[str]) -> list:
    """The figures before D's sentence, comparable to A, named right before by `subj`."""
    return [c for c in cl[:k] if c.sentence.start < d.sentence.start and _comparable(a, c)
            and not doc.in_headline(c) and not doc.is_link_line(c) and _named_before(doc, c, subj)]


_TIME_PHRASES = sorted(LEX.cues["time"]["phrases"], key=len, reverse=True)


def _phrase_before_verb(doc: Doc, d) -> list[str]:
    """ "Kepala Humas mengatakan, jumlah penumpang bulan ini naik 2,1 juta orang": the two to four
    words naming what changes, from the clause's start to the change verb right before D, its time
    phrases ("bulan ini") dropped; [] when D follows no change verb or the name is one general word."""
    head = doc.text[max(d.sentence.start, d.start - 80):d.start]
    ws = words(head[head.rfind(",") + 1:])
    if len(ws) < 3 or _stem(ws[-1]) not in CHANGE_VERBS:
        return []
    named = " " + " ".join(ws[:-1]) + " "
    for p in _TIME_PHRASES:
        named = named.replace(f" {p} ", " ")
    ws = named.split()
    return ws if 2 <= len(ws) <= 4 and not set(ws) <= _GENERIC else []


_GENERIC = frozenset(_C["generic_subjects"])


def _named_before(doc: Doc, c, subj: list[str]) -> bool:
    """Does c's sentence name `subj` right before c, with no other figure between?"""
    lead = doc.text[c.sentence.start:c.start]
    low = lead.lower()
    at = -1
    for m in re.finditer(r"\b" + r"\W+".join(re.escape(w) for w in subj) + r"\b", low):
        at = m.end()
    if at < 0 or c.start - (c.sentence.start + at) > 48:
        return False
    return not any(x is not c and c.sentence.start + at <= x.start < c.start for x in doc.claims)


def _comparable(a, b) -> bool:
    if a.kind != b.kind or a.kind not in ("money", "count", "measure", "percent"):
        return False
    return a.unit == b.unit or (a.kind == "count" and (a.unit is None or b.unit is None))


def abs_interval(iv):
    """|iv| (a change's size; its sign is the direction): an interval across zero ("dari 2 ton
    menjadi 1,5 ton", 2 read as 1,5 to 2,5) holds every size from 0 to its wider end."""
    if iv.hi is not None and iv.hi <= 0:
        return -iv
    if iv.lo is not None and iv.lo < 0 and iv.hi is not None:
        top, is_open = (-iv.lo, iv.lo_open) if -iv.lo > iv.hi else (iv.hi, iv.hi_open)
        return Interval(Fraction(0), top, False, is_open)
    return iv


# --- a base named by a word (change5) --------------------------------------------------------------

_SO_OPENERS = tuple(_C["so_openers"]) + tuple(_C["restate_openers"])
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def check_change_against_named_base(doc: Doc, read: _Reading | None = None) -> list[Finding]:
    """A change whose base the text names by a word, not a figure: "menargetkan 320 juta
    penumpang, naik sekitar 10 persen dari realisasi 2023" (290,9 juta stated earlier for 2023);
    "Dengan demikian, realisasi defisit tahun lalu lebih kecil Rp 250,6 triliun dibandingkan
    rencana awal" (the two figures of the sentences just before). The base is the earlier figure
    whose sentence names the year the base names (not in a date), or else the one figure of B's
    unit in the three sentences before; a fit is reported, a misfit is an alarm only when one
    earlier figure is so tied. With no B in D's sentence, the sentence must open on a word of
    consequence ("Dengan demikian", "Artinya") and the two sentences before hold just two
    figures of D's unit for a misfit to be an alarm."""
    out = []
    cl = doc.claims
    read = _Reading(doc) if read is None else read  # (shared with check_change_against_base)
    for k, tail in read.tails.items():
        d = cl[k]
        if not tail.startswith(_BASE_OPENINGS) or doc.in_headline(d) or doc.is_link_line(d):
            continue  # (no base word opening the tail)
        direction, skip = read.direction(k)
        if direction is None:
            continue
        clause = _clause_after(doc, d)
        if any(d.end < c.start < clause for c in doc.after_in_sentence(d)):
            continue  # a figure after the base word: the base is a number (check_change_against_base)
        named = doc.text[d.end:clause]
        same = [c for c in doc.before_in_sentence(d) if c is not skip]
        got = _named_base_known_new(doc, cl, k, d, same, named, direction) if same \
            else _named_base_pair(doc, cl, k, d)
        if got is not None:
            out.append(got)
    return out + _past_level_changes(doc, read) + _headline_differences(doc, read) \
        + _concluded_changes(doc, read) + _then_now_changes(doc, read)


_CLAUSE_MARK = re.compile(r"[,;]")


def _clause_after(doc: Doc, d) -> int:
    """Where the clause holding D ends: the next comma, semicolon or the sentence's end."""
    m = _CLAUSE_MARK.search(doc.text, d.end, d.sentence.end)
    return m.start() if m else d.sentence.end


def _earlier(doc: Doc, cl, k: int, d, like):
    """The figures stated in the sentences before D's that may be the base: of `like`'s unit,
    no rate unless `like`'s own ("Rp 72.000 per kg"), in the body, no link."""
    return [c for c in cl[:k] if c.sentence.start < d.sentence.start and _comparable_thing(like, c)
            and (c.per is None or c.per == like.per) and not doc.in_headline(c) and not doc.is_link_line(c)
            and not doc.in_link(c)]


def _comparable_thing(a, b) -> bool:
    """`_comparable`, with counted nouns of one thing ("98.450 keluarga", "670 KPM") as one."""
    if _comparable(a, b):
        return True
    return a.kind == b.kind == "count" and thing(a.unit) == thing(b.unit)


def _names_year(doc: Doc, c, year: str) -> bool:
    """Does c's sentence name the year as a year ("sepanjang 2023"), not inside a date
    ("Senin (4/9/2023)")?"""
    return re.search(r"(?<![/\d.-])" + year + r"(?![/\d])", doc.sentence_text(c)) is not None


def _named_base_known_new(doc: Doc, cl, k: int, d, same, named: str, direction: str):
    """ "B, naik D dari realisasi 2023": B right before D; the base one of the figures before."""
    b = same[-1]
    if d.kind != "percent" and not _comparable_thing(d, b):
        return None
    if len(doc.text[b.end:d.start]) > _SOLE_REACH or _CLAUSE_BREAK.search(doc.text, b.end, d.start) \
            or _RESTATING.intersection(words(doc.between(b, d))):
        return None
    bi, di = doc.interval(b), _magnitude(doc.interval(d))
    if bi is None or di is None or not bi.bounded:
        return None
    cands = _earlier(doc, cl, k, d, b)
    years = _YEAR.findall(named)
    tied = [c for c in cands if len(years) == 1 and _names_year(doc, c, years[0]) and _share_subject(c, b)]
    judged = []
    for a in cands:
        ai = doc.interval(a)
        if ai is None or not ai.bounded or ai.lo <= 0:
            continue
        size = _size(a, d, *_paired(a, b, ai, bi))
        if size is None:
            continue
        right_way = bi.hi > ai.lo if direction == "up" else bi.lo < ai.hi
        judged.append((a, ai, size, size[0].overlaps(di) and right_way, right_way))
    if not judged:
        return None
    # the base the year names; else the one figure of B's unit in the three sentences before
    n = doc.sentence_no(d)
    near = [j for j in judged if n - doc.sentence_no(j[0]) <= 3]
    fits = [j for j in judged if j[3] and j[0] in tied] if tied else near if len(near) == 1 and near[0][3] else []
    if fits:
        pick = fits[-1]
        return _named_finding(doc, pick[0], b, d, pick[1], bi, di, pick[2], "consistent", direction)
    if len(tied) != 1:
        return None
    j = next((j for j in judged if j[0] is tied[0]), None)
    if j is None:
        return None
    a, ai, size, _, right_way = j
    verdict = "inconsistent" if not (_near_miss(size[0], di, a) and right_way) \
        else "suspicious" if _beyond_rounding(a, b, d) else "undetermined"
    return _named_finding(doc, a, b, d, ai, bi, di, size, verdict, direction)


def _share_subject(a, b) -> bool:
    """Do A and B name one thing: a word of their subjects in common, past the general ones
    ("290,9 juta penumpang" and "320 juta penumpang"; not "laba bersih Rp 5 triliun" and
    "pendapatan ... Rp 20 triliun")?"""
    def content(c):
        return {w for w in words(c.subject) if len(w) > 2 and not w.isdigit() and w not in _GENERIC}
    return bool(content(a) & content(b))


def _named_base_pair(doc: Doc, cl, k: int, d):
    """ "Angka itu jauh di bawah target ... Rp 598,2 triliun. Dengan demikian, realisasi defisit
    ... lebih kecil Rp 250,6 triliun dibandingkan rencana awal": a difference D, in a sentence
    that opens on a word of consequence, of two figures of the two sentences before (D's unit, no
    range). A percent D is left alone (which figure is the base the text does not say)."""
    if d.kind == "percent" or not norm(doc.text[d.sentence.start:d.start]).startswith(_SO_OPENERS):
        return None
    n = doc.sentence_no(d)
    cands = [c for c in _earlier(doc, cl, k, d, d) if 1 <= n - doc.sentence_no(c) <= 2
             and doc.paragraph(d) - doc.paragraph(c) <= 1 and c.kind == d.kind and c.unit == d.unit
             and c.low is None and c.high is None]
    di = _magnitude(doc.interval(d))
    if di is None or len(cands) < 2:
        return None
    pairs = []
    for x in range(len(cands)):
        for y in range(x + 1, len(cands)):
            a, b = cands[x], cands[y]
            ai, bi = doc.interval(a), doc.interval(b)
            if ai is None or bi is None or not (ai.bounded and bi.bounded) or ai.lo <= 0 or bi.lo <= 0:
                continue
            size = _size(a, d, ai, bi)
            if size is not None:
                pairs.append((a, b, ai, bi, size, size[0].overlaps(di)))
    fits = [p for p in pairs if p[5]]
    if len(fits) == 1:
        a, b, ai, bi, size, _ = fits[0]
        return _named_finding(doc, a, b, d, ai, bi, di, size, "consistent", None)
    if fits or len(cands) != 2 or len(pairs) != 1:
        return None
    a, b, ai, bi, size, _ = pairs[0]
    verdict = "inconsistent" if not _near_miss(size[0], di, a) \
        else "suspicious" if _beyond_rounding(a, b, d) else "undetermined"
    return _named_finding(doc, a, b, d, ai, bi, di, size, verdict, None)


def _named_finding(doc: Doc, a, b, d, ai, bi, di, size, verdict: str, direction,
                   rule: str = "change_from_named_base") -> Finding:
    derived, how_id, how_en = size
    ok = verdict == "consistent"
    return finding(
        "change", verdict, [a, b, d], rule=rule, stated=di, derived=derived,
        unit=d.unit, fix=None if ok else (d, derived),
        steps_id=[f"Dasar yang disebut dengan kata: {a.text!r} (sebelumnya); angka lainnya {b.text!r}.",
                  f"{how_id.capitalize()}: {show(derived, unit=d.unit)}; tertulis {d.text!r}: "
                  + ("cocok." if ok else "tidak cocok.")],
        steps_en=[f"The base named by a word: {a.text!r} (before); the other figure {b.text!r}.",
                  f"{how_en.capitalize()}: {show(derived, unit=d.unit, lang='en')}; stated {d.text!r}: "
                  + ("agrees." if ok else "does not agree.")],
    )


_PAST = frozenset(_C["past_level"])


def _past_level_changes(doc: Doc, read: _Reading) -> list[Finding]:
    """ "Sejak awal Januari 2024, ketika harga emas Antam masih Rp 1.130.000 per gram, harganya
    sudah naik 17,3 persen": the base A marked as the level before ("masih", "semula") in D's
    sentence, the new figure B stated before under A's name ("harga emas Antam ukuran 1 gram
    dijual Rp 1.325.000"). One that fits is reported; an alarm only when one earlier figure is so
    named (and is no size or base of another change)."""
    out = []
    cl = doc.claims
    for k in read.changes:
        d = cl[k]
        if d.kind not in ("percent", "money", "count", "measure") or doc.in_headline(d) or doc.is_link_line(d):
            continue
        if any(c.sentence.start == d.sentence.start for c in cl[k + 1:k + 2]):
            continue  # a figure after D in its sentence: another rule's
        same = doc.before_in_sentence(d)
        if len(same) != 1:
            continue
        a = same[0]
        if (words(doc.text[max(a.sentence.start, a.start - 12):a.start]) or [""])[-1] not in _PAST:
            continue
        direction, skip = read.direction(k)  # (read after the tests of the text: most figures fail one)
        if direction is None or skip is not None:
            continue
        ai, di = doc.interval(a), _magnitude(doc.interval(d))
        subj = words(a.subject)
        if ai is None or di is None or not ai.bounded or ai.lo <= 0 or len(subj) < 2:
            continue
        cands = [c for c in _earlier(doc, cl, k, d, a) if doc.interval(c) is not None
                 and doc.interval(c).bounded]
        named = [c for c in cands if words(c.subject)[:len(subj)] == subj and "change" not in c.cues]
        judged = []
        for b in cands:
            bi = doc.interval(b)
            size = _size(a, d, *_paired(a, b, ai, bi))
            if size is None:
                continue
            right_way = bi.hi > ai.lo if direction == "up" else bi.lo < ai.hi
            judged.append((b, bi, size, size[0].overlaps(di) and right_way, right_way))
        fits = [j for j in judged if j[3]]
        if fits:
            b, bi, size, _, _ = next((j for j in fits if j[0] in named), fits[0])
            out.append(_named_finding(doc, a, b, d, ai, bi, di, size, "consistent", direction))
            continue
        if len(named) != 1:
            continue
        j = next((j for j in judged if j[0] is named[0]), None)
        if j is None:
            continue
        b, bi, size, _, right_way = j
        verdict = "inconsistent" if not (_near_miss(size[0], di, a) and right_way) \
            else "suspicious" if _beyond_rounding(a, b, d) else "undetermined"
        out.append(_named_finding(doc, a, b, d, ai, bi, di, size, verdict, direction))
    return out


def _headline_differences(doc: Doc, read: _Reading) -> list[Finding]:
    """ "..., Luas Panen Menyusut 240.000 Hektare" in the headline: the difference of the two
    figures of D's unit in the one body sentence that names "luas panen" before them with a
    change verb ("luas panen padi diperkirakan 10,21 juta hektare, turun 2,30 persen dari 10,45
    juta hektare"). Only the difference is read (the headline names no base)."""
    out = []
    cl = doc.claims
    for k in read.changes:
        d = cl[k]
        if not doc.in_headline(d) or d.kind not in ("money", "count", "measure"):
            continue
        direction, skip = read.direction(k)
        if direction is None or skip is not None:
            continue
        clause = doc.text[:d.start]
        clause = clause[max(clause.rfind(","), clause.rfind(":"), clause.rfind(";")) + 1:]
        name = [w for w in words(clause)[:-1] if not w.isdigit()]  # less the verb
        if not name or len(name) > 4 or (len(name) == 1 and name[0] in _GENERIC):
            continue
        rx = re.compile(r"\b" + r"\W+".join(map(re.escape, name)) + r"\b", re.I)
        found = {}
        for c in cl:
            if doc.in_headline(c) or doc.is_link_line(c) or not _comparable(d, c) or c.per is not None:
                continue
            m = rx.search(doc.text, c.sentence.start, c.start)
            if m is not None and any(_stem(w) in CHANGE_VERBS for w in doc.sentence_words(c)):
                found.setdefault(c.sentence.start, []).append(c)
        if len(found) != 1:
            continue
        pair = next(iter(found.values()))
        if len(pair) != 2:
            continue
        a, b = pair
        ai, bi, di = doc.interval(a), doc.interval(b), _magnitude(doc.interval(d))
        if None in (ai, bi, di) or not (ai.bounded and bi.bounded) or ai.lo <= 0:
            continue
        size = _size(a, d, ai, bi)
        if size is None:
            continue
        ok = size[0].overlaps(di)
        verdict = "consistent" if ok else "inconsistent" if not _near_miss(size[0], di, a) \
            else "suspicious" if _beyond_rounding(a, b, d) else "undetermined"
        out.append(_named_finding(doc, a, b, d, ai, bi, di, size, verdict, direction))
    return out


_CHANGE_NOUNS = frozenset(_C["change_nouns"])
_CLAUSE_CHANGE = _CHANGE_NOUNS | _UP | _DOWN  # "atau terjadi kenaikan ...", "atau naik ..."


def _size_before(doc: Doc, a, b, ai, bi) -> list[Finding]:
    """ "Dengan tambahan itu, total kasus ... menjadi 5.030.002 kasus, dari sebelumnya 4.966.046
    kasus": the size of the change A -> B stated in the sentence before, named back by a change
    noun and a demonstrative opening B's sentence; then the one figure of A's unit there is the
    size (an alarm when it does not fit). Else "inflasi ... 2,61 persen. ... IHK naik dari 113,59
    ... menjadi 116,56": an unhedged percent of the three sentences before (no share, no base of
    its own) that alone fits the relative change closely is reported (consistent only: nothing
    ties it)."""
    if not ai.bounded or not bi.bounded or ai.lo <= 0 or bi.lo <= 0:
        return []
    n = doc.sentence_no(a)
    opening = words(doc.text[a.sentence.start:min(a.start, b.start)])[:3]
    named = len(opening) >= 3 and opening[1] in _CHANGE_NOUNS and opening[2] in _DEMONSTRATIVES
    if named:
        prev = [c for c in doc.claims if doc.sentence_no(c) == n - 1 and _comparable_thing(a, c)
                and c.per is None and not doc.in_headline(c)]
        if len(prev) == 1 and doc.paragraph(a) - doc.paragraph(prev[0]) <= 1:
            d = prev[0]
            di = doc.interval(d)
            size = _size(a, d, ai, bi) if di is not None else None
            if size is not None:
                ok = size[0].overlaps(di)
                verdict = "consistent" if ok else "inconsistent" if not _near_miss(size[0], di, a) \
                    else "suspicious" if _beyond_rounding(a, b, d) else "undetermined"
                return [_named_finding(doc, a, b, d, ai, bi, di, size, verdict, None, rule="size_before")]
    if a.kind == "percent":
        return []
    fits = []
    for d in doc.claims:
        if d.kind != "percent" or d.unit != "percent" or "share" in d.cues or not 1 <= n - doc.sentence_no(d) <= 3 \
                or doc.in_headline(d) or doc.is_link_line(d) or doc.paragraph(a) - doc.paragraph(d) > 1:
            continue
        tail = _head_of(doc.text, d.end, d.sentence.end)
        if tail.startswith(_BASE_OPENINGS):
            continue  # "naik 8,61 persen dibandingkan Jumat pekan lalu": a change of its own
        di = doc.interval(d)
        size = _size(a, d, ai, bi) if di is not None and d.hedge == "none" else None
        # a loose fit ties nothing: "Rp 4 triliun" to "Rp 5,5 triliun" is anything from 21 to 58 persen
        if size is not None and size[0].overlaps(di) and size[0].bounded \
                and size[0].hi - size[0].lo <= di.midpoint() / 2:
            fits.append((d, di, size))
    if len(fits) != 1:
        return []
    d, di, size = fits[0]
    return [_named_finding(doc, a, b, d, ai, bi, di, size, "consistent", None, rule="size_before")]


_CONCLUDING = tuple(_C["conclusion_openers"])


def _concluded_changes(doc: Doc, read: _Reading) -> list[Finding]:
    """ "Cabai rawit kini dijual Rp 85.000 per kilogram. Padahal, pekan lalu harganya masih Rp
    60.000 per kilogram. Artinya, harga cabai naik Rp 25.000 per kilogram atau sekitar 41,7
    persen": a sentence opening on a conclusion ("Artinya", "Dengan demikian") sizes the change
    between the two figures of the sentences before it (the two before in its paragraph, holding
    no other figure of their kind). The verb orders them: "naik" from the smaller to the larger.
    The two are the only figures of their kind in the paragraph before D. Each size in the
    sentence (one restating another after "atau") is judged; an alarm when it misses beyond
    rounding."""
    out = []
    cl = doc.claims
    last = None  # (the size judged last, its direction): "naik D atau sekitar P" restates D as P
    for k, d in enumerate(cl):
        after_last = last is not None and cl[k - 1] is last[0]
        if "change" not in d.cues and not after_last:
            continue  # (most figures: no change, and no size judged right before)
        gap = words(doc.between(last[0], d)) if after_last else None
        restating = gap is not None and (not gap or (len(gap) == 1 and gap[0] in _RESTATING))
        if "change" not in d.cues and not restating:
            continue
        if d.kind not in ("percent", "money", "count", "measure") or doc.in_headline(d):
            continue
        opening = doc.text[d.sentence.start:d.start]
        if len(opening) > 80 or not norm(opening).startswith(_CONCLUDING):
            continue
        direction = last[1] if restating else read.direction(k)[0]
        if direction is None:
            continue
        # the figures a size is of: of D's kind, unit and rate, or any but percents for a relative
        # change in percent; the one such pair in the paragraph before D (up to three sentences
        # back), within the two sentences before D's
        n, para = doc.sentence_no(d), doc.paragraph(d)
        pool = [c for c in cl[:k] if c.sentence.start < d.sentence.start and n - doc.sentence_no(c) <= 3
                and not doc.in_headline(c) and doc.paragraph(c) == para]
        groups: dict = {}
        for c in pool:
            if (d.unit == "percent" and c.unit != "percent") or (_comparable(c, d) and c.per == d.per):
                groups.setdefault((c.kind, c.unit, c.per), []).append(c)
        several = [g for g in groups.values() if len(g) > 1]
        if len(several) != 1 or len(several[0]) != 2 or n - doc.sentence_no(several[0][0]) > 2:
            continue
        pair = several[0]
        i0, i1 = doc.interval(pair[0]), doc.interval(pair[1])
        di = _magnitude(doc.interval(d))
        if None in (i0, i1, di) or not (i0.bounded and i1.bounded) or min(i0.lo, i1.lo) <= 0:
            continue
        small, large = (pair[0], pair[1]) if i0.hi <= i1.lo else (pair[1], pair[0]) if i1.hi <= i0.lo else (None, None)
        if small is None:
            continue
        a, b = (small, large) if direction == "up" else (large, small)
        ai, bi = doc.interval(a), doc.interval(b)
        size = _size(a, d, *_paired(a, b, ai, bi))
        if size is None:
            continue
        ok = size[0].overlaps(di)
        verdict = "consistent" if ok else "inconsistent" if not _near_miss(size[0], di, a) \
            else "suspicious" if _beyond_rounding(a, b, d) else "undetermined"
        out.append(_named_finding(doc, a, b, d, ai, bi, di, size, verdict, direction, rule="concluded_change"))
        last = (d, direction)
    return out


_THEN, _NOW = tuple(_C["then_openers"]), tuple(_C["now_openers"])


def _then_now_changes(doc: Doc, read: _Reading) -> list[Finding]:
    """ "Sebelum pandemi, omzet toko itu Rp 12 juta per bulan. Kini, omzetnya tinggal Rp 7,2 juta per
    bulan atau anjlok 40 persen": D's sentence opens on "now" ("Kini", "Saat ini") and restates its
    one figure B as the change D ("B atau turun D"); the sentence before, in the same paragraph,
    opens on "then" ("Sebelumnya", "Biasanya", "Sebelum ...") and holds the one figure A of B's
    kind and unit. An alarm when D misses beyond rounding."""
    out = []
    cl = doc.claims
    for k in read.changes:
        d = cl[k]
        if k < 2 or d.kind not in ("percent", "money", "count", "measure"):
            continue
        b = cl[k - 1]
        joins = words(doc.between(b, d))
        if b.sentence.start != d.sentence.start or len(joins) > 3 \
                or joins and not (joins[0] in _RESTATING or _stem(joins[0]) in CHANGE_VERBS) \
                or any(c.sentence.start == d.sentence.start for c in cl[k - 2:k - 1]):
            continue  # "Kini, B atau turun D": B the one figure before D in its sentence
        if not norm(doc.text[d.sentence.start:b.start]).startswith(_NOW):
            continue
        direction, _ = read.direction(k)
        if direction is None:
            continue
        n = doc.sentence_no(d)
        prev = [c for c in cl[:k - 1] if doc.sentence_no(c) == n - 1]
        if not prev or doc.paragraph(prev[0]) != doc.paragraph(d) or doc.in_headline(prev[0]):
            continue
        if not norm(doc.text[prev[0].sentence.start:prev[0].start]).startswith(_THEN):
            continue
        same = [c for c in prev if c.kind == b.kind and c.unit == b.unit]
        if len(same) != 1 or same[0].per not in (None, b.per):
            continue
        a = same[0]
        ai, bi, di = doc.interval(a), doc.interval(b), _magnitude(doc.interval(d))
        if None in (ai, bi, di) or not (ai.bounded and bi.bounded) or ai.lo <= 0:
            continue
        size = _size(a, d, *_paired(a, b, ai, bi))
        if size is None:
            continue
        right_way = bi.hi > ai.lo if direction == "up" else bi.lo < ai.hi
        ok = size[0].overlaps(di) and right_way
        verdict = "consistent" if ok else "inconsistent" if not (_near_miss(size[0], di, a) and right_way) \
            else "suspicious" if _beyond_rounding(a, b, d) else "undetermined"
        out.append(_named_finding(doc, a, b, d, ai, bi, di, size, verdict, direction, rule="then_now_change"))
    return out

