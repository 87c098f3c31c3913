"""share: a percent that says what part X is of a whole Y: "X dari Y (Z persen)", "X atau Z
persen dari total penduduk yang sekitar Y", "X. Angka ini setara Z persen dari target ... Y";
Z must be X / Y × 100 within rounding. "X (Z persen)" with no whole named is checked against
the nearby figure it fits, and only ever confirmed."""

from __future__ import annotations

import re
from fractions import Fraction

import regex

from checks.explain import finding, near_power_of_1000, show, stated, written_note
from checks.intervals import ROUNDING_HEDGES, Interval, as_written, rounded_or_cut
from checks.model import Finding
from checks.relations import AMOUNT_NOUNS, LEX, Doc, roots, stems, words as _words
from checks.subset import _pairs as subset_pairs, _stated_pairs as stated_pairs, _whole_before
from extract.lang import norm

_C = LEX.cues["check"]
_OF = tuple(LEX.cues["share"]["of"])
# a quick test of raw text that it may open on a word of _OF (after spaces, in any case): it matches
# whenever the lower-cased text, stripped or normalised, starts with one
_OF_FIRST = re.compile(r"\s*(?:" + "|".join(sorted({re.escape(w.split()[0]) for w in _OF}, key=len, reverse=True))
                       + ")", re.I)
_LINK = tuple(sorted(_C["share_link"], key=len, reverse=True))
_THIS = tuple(_C["this_figure"]) + tuple(_C["share_this_figure"])
_WHOLE_GAP = 80  # characters from "dari" to the whole's number
_FIT_SENTENCES = 3  # how far from a percent the figure it fits may stand


def _comparable(a, b, alias: frozenset = frozenset()) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "count":
        return a.unit == b.unit or a.unit is None or b.unit is None or frozenset((a.unit, b.unit)) in alias
    return a.unit == b.unit and (a.per == b.per or a.per is None or b.per is None)


def check_share(doc: Doc) -> list[Finding]:
    out = []
    cl = doc.claims
    made, unfitted = [], []
    memo: dict = {}
    alias = None  # (found at the first percent: most documents have none)

    def pairs() -> list:
        """Every (part, whole, rule) the subset check reads from the text, found once, when asked."""
        if "pairs" not in memo:
            memo["pairs"] = list(subset_pairs(doc))
        return memo["pairs"]

    def groups() -> dict:
        """The parts the text ties to a whole ("X dari Y", "Y, di antaranya X"), found once, when
        asked (from the pairs its words state: the rest of the subset check's are of no group)."""
        if "groups" not in memo:
            memo["groups"] = {pt.id: w for pt, w, r in stated_pairs(doc) if r in _GROUP_RULES}
        return memo["groups"]

    def sentences() -> list:
        """The claims of each sentence that holds some (by `Doc.sentence_no`), found once, when asked."""
        if "sentences" not in memo:
            first = {}
            for c in cl:
                first.setdefault(doc.sentence_no(c), c)
            memo["sentences"] = [doc.in_sentence(first[k]) for k in range(len(doc.sentence_starts))]
        return memo["sentences"]

    for i, p in enumerate(cl):
        if p.kind != "percent" or p.unit != "percent" or "change" in p.cues:
            continue  # "naik 3,9 persen dari A menjadi B" is a change, not a share
        if alias is None:
            alias = _abbreviations(doc)
        part, whole, rule = _part_whole(doc, i, groups, alias)
        if part is None and not any(c.start < p.start for c in doc.in_sentence(p)):
            got = _concluded(doc, p, pairs)
            if got is not None:
                part, whole, rule = got[0], got[1], "concluded_share"
        if part is None and not any(c.start < p.start and c.kind != "percent" for c in doc.in_sentence(p)):
            got = _actor_share(doc, p, made, sentences)
            if got is not None:
                part, whole, rule = got[0], got[1], "actor_share"
        if part is None and made:
            got = _or_part_sibling(doc, p, made)
            if got is not None:
                part, whole, rule = got[0], got[1], "percent_or_part_sibling"
        if part is not None and whole is None and rule == "unfitted":
            unfitted.append((part, p))
            continue
        if part is None or whole is None:
            continue
        f = _judge(doc, part, whole, p, rule)
        if f is not None:
            out.append(f)
            made.append((part, whole, p, f.verdict))
    judged = {id(q) for _, _, q, _ in made}
    out += _worked_examples(doc, judged)
    for part, p in unfitted:
        if any(q is not p and q.sentence.start == p.sentence.start and pt.unit == part.unit for pt, q in unfitted):
            continue  # "Gresik Rp22,9 triliun atau 37,4 persen, Surabaya Rp12,0 triliun atau 19,6
            # persen, ...": a list of shares none of which fits is of a whole the text leaves unsaid
        whole = _sibling_whole(doc, part, p, made)
        f = _judge(doc, part, whole, p, "sibling_shares") if whole is not None else None
        if f is not None:
            out.append(f)
    return out


def _judge(doc: Doc, part, whole, p, rule: str) -> Finding | None:
    pi, wi, zi = doc.interval(part), doc.interval(whole), doc.interval(p)
    if None in (pi, wi, zi) or wi.lo is None or wi.lo <= 0:
        return None
    derived = pi / wi * Fraction(100)
    ok = derived.overlaps(zi)
    trunc = None if ok else rounded_or_cut(p)
    cut = trunc is not None and derived.overlaps(trunc)
    ok = ok or cut  # "95%" for 95,56%: digits cut off, not rounded, as news often writes
    # a whole found by its name alone ("dari target") may be the wrong figure: no alarm,
    # unless the percent is off by ×1.000 exactly (a scale slip: "Rp 8,7 miliar" for triliun)
    tight = _tight(doc, part, p, whole, rule)
    slip = not ok and near_power_of_1000(derived, zi) is not None
    if rule in ("percent_or_part_of_total", "percent_or_part_sibling") and not ok:
        # "18,9 persen atau 110 kursi" may be a share of votes against a count of seats
        verdict = "suspicious" if _beyond(derived, zi, p) and (pi.hi is None or wi.lo is None or pi.hi <= wi.lo) \
            else "undetermined"
    elif rule == "x_percent_of_named_y" and not tight and _named_in_full(doc, part, p, whole):
        # "atau sekitar 8,8 persen dari harga jual" of the one figure named "harga ... dijual":
        # worth a look when it misses by more than rounding would explain, or meets only through
        # its hedge
        # ("Rp 117 triliun ... 95,2 persen dari target" of Rp 123,8 triliun: 117,86 cut to 117 fits)
        verdict = "suspicious" if (not ok and _beyond(derived, zi, p) and not _written_fit(part, whole, p)) \
            or (ok and _written_miss(part, whole, p)) else "consistent" if ok else "undetermined"
    elif rule in ("group_then_part", "concluded_share", "actor_share", "back_part_percent_of_y") and not ok:
        # a group's part found by its name may hold some outside the group ("400 guru sudah
        # tersertifikasi" are not all "guru honorer"): worth a look, no more
        verdict = "undetermined" if _written_fit(part, whole, p) else "suspicious"
    elif rule in ("x_percent_of_sole_y", "x_percent_of_defined_y", "percent_of_named_then_part") and not ok:
        verdict = "suspicious" if _beyond(derived, zi, p) and not _written_fit(part, whole, p) else "undetermined"
    elif rule == "sibling_shares" and not ok:
        # the shares beside it name the whole, this one does not: worth a look, when it misses by
        # more than a whole a little off would explain ("15,97 persen" for 1.828 of 11.456, 15,96)
        verdict = "suspicious" if _beyond(derived, zi, p) else "undetermined"
    else:
        verdict = "consistent" if ok else "inconsistent" if tight else "suspicious" if slip else "undetermined"
        if ok and tight and _written_miss(part, whole, p):
            verdict = "suspicious"  # "sekitar 8,4 persen" for 8,75 persen: only through the hedge's width
        elif verdict == "inconsistent" and not slip and _written_fit(part, whole, p):
            # "pengangguran sebanyak 1,8 juta orang atau 7,44 persen dari angkatan kerja" (25,39
            # juta): 1,89 juta cut to 1,8 explains it; sloppy, not wrong
            verdict = "undetermined"
    sib = rule == "sibling_shares"
    note_id, note_en = written_note(verdict, derived, zi)
    return finding(
        "share", verdict, [part, whole, p], rule=rule,
        stated=zi, derived=derived, unit="percent", fix=None if ok else (p, derived),
        steps_id=([f"Persentase di sebelahnya dihitung dari {whole.text!r}; begitu pula yang ini."] if sib else [])
        + [f"Bagian {part.text!r} = {show(pi, part)}; keseluruhan {whole.text!r} = {show(wi, whole)}.",
           f"{part.text} ÷ {whole.text} × 100 = {show(derived, unit='percent')}.",
           stated(p, zi, ok and not note_id)
           + (" (Angka persennya dipotong, bukan dibulatkan.)" if cut else "")] + note_id,
        steps_en=([f"The shares stated beside it are of {whole.text!r}; so is this one."] if sib else [])
        + [f"Part {part.text!r} = {show(pi, part, lang='en')}; whole {whole.text!r} = {show(wi, whole, lang='en')}.",
           f"{part.text} ÷ {whole.text} × 100 = {show(derived, unit='percent', lang='en')}.",
           stated(p, zi, ok and not note_en, "en")
           + (" (The percent is truncated, not rounded.)" if cut else "")] + note_en,
    )


def _abbreviations(doc: Doc) -> frozenset:
    """The count nouns the text abbreviates: "1.384.600 keluarga penerima manfaat (KPM)" makes
    "812.000 KPM" a count of keluarga; pairs {count:kpm, count:keluarga}, each an abbreviation
    whose letters are the initials of the words right before it in a count's subject."""
    out = set()
    for c in doc.claims:
        if c.kind != "count" or not (c.unit or "").startswith("count:") or not c.subject \
                or not c.subject.endswith(")"):
            continue  # (the cheap test first)
        m = _ABBREVIATION.search(c.subject)
        if m is None:
            continue
        abbr = m.group(2).lower()
        initials = "".join(w[0] for w in _words(m.group(1))[-len(abbr):])
        if initials == abbr and "count:" + abbr != c.unit:
            out.add(frozenset((c.unit, "count:" + abbr)))
    return frozenset(out)


_ABBREVIATION = regex.compile(r"([\p{L} ]+?)\s*\((\p{Lu}{2,6})\)$")


def _opens_on_whole(head: str) -> bool:
    """ "Dari ", "Dari pagu ", "Dari total anggaran ": the text before a sentence's first figure is
    "dari" and at most _OPENING_NAME_WORDS words that name the whole (no comma, no figure)."""
    h = norm(head)
    if h in _OF:
        return True
    w = h.split(" ")
    return w[0] in _OF and 2 <= len(w) <= _OPENING_NAME_WORDS + 1 and all(x.isalpha() for x in w[1:])


_OPENING_NAME_WORDS = 3


def _written_miss(part, whole, p) -> bool:
    """Does a share that meets its percent only through a hedge ("sekitar", "hampir") miss it when
    each figure is read as its writer may have rounded or cut it (`as_written`)? "sekitar 8,4
    persen" is not Rp 116.000 of Rp 1.325.000 (8,75 persen); "sekitar 28 persen" is 2.215.600 of
    7.904.330. Plain figures that met already meet as written."""
    return any(c.hedge in ROUNDING_HEDGES for c in (part, whole, p)) and _written_meets(part, whole, p) is False


def _written_fit(part, whole, p) -> bool:
    """Do part / whole and the percent meet when each is read as its writer may have rounded or
    cut it (`as_written`)?"""
    return _written_meets(part, whole, p) is True


def _written_meets(part, whole, p) -> bool | None:
    """Whether part / whole × 100 meets the percent, each read as written; None when one of them
    has no such reading (or the whole may be 0)."""
    pi, wi, zi = as_written(part), as_written(whole), as_written(p)
    if pi is None or wi is None or zi is None or wi.lo is None or wi.lo <= 0:
        return None
    return (pi / wi * Fraction(100)).overlaps(zi)


def _beyond(derived: Interval, zi: Interval, p) -> bool:
    """Does the derived percent miss the stated one by more than _SIBLING_SLACK units of its
    last written digit?"""
    if p.precision is None or derived.lo is None or derived.hi is None:
        return False
    slack = Fraction(p.precision) * _SIBLING_SLACK  # open ends ("minimal 50 persen") miss on one side
    return (zi.hi is not None and derived.lo > zi.hi + slack) or (zi.lo is not None and derived.hi < zi.lo - slack)


def _part_whole(doc: Doc, i: int, groups, alias: frozenset = frozenset()):
    """The part and the whole the percent doc.claims[i] relates, from the words around it, or
    (None, None, "")."""
    cl = doc.claims
    p = cl[i]
    # the claims before it in its sentence or the one before (from that sentence's start on)
    since = doc.sentence_starts[max(doc.sentence_no(p) - 1, 0)]
    before = doc.claims_since(since, i)
    same = doc.in_sentence(p)
    at = doc.place_in_sentence(p)
    after = same[at + 1:]
    # "kuota jalur zonasi minimal 50 persen atau 1.800 kursi": the part after, the stated total
    # of its noun before ("total kursi yang tersedia 3.600 kursi")
    if after and _OR_PART.match(doc.text[p.end:after[0].start]):
        whole = stated_total(doc, after[0], p)
        if whole is not None:
            return after[0], whole, "percent_or_part_of_total"
    # "96 persen, yaitu Rp 1,9 triliun dari pagu Rp 2 triliun", "5 persen dari Rp 300 miliar, yaitu
    # Rp 15 miliar": part and whole both after
    if len(after) >= 2 and after[0].start - p.end <= _AFTER_GAP:
        got = _part_whole_after(doc, p, after[0], after[1], alias)
        if got is not None:
            return got
    # "kuota zonasi 50 persen dari daya tampung, yakni 9.600 kursi": the part after, the whole named
    if after and after[0].start - p.end <= _WHOLE_GAP:
        got = _of_named_then_part(doc, p, after[0], alias)
        if got is not None:
            return after[0], got, "percent_of_named_then_part"
    # "Sekitar 31 persen di antaranya, yakni 24.100 jiwa": the part after, the group before
    if after and after[0].kind == "count" and _among_then_part(doc.text[p.end:after[0].start]):
        whole = _whole_before(doc, after[0])
        if whole is not None:
            return after[0], whole, "percent_among"
    # "X dari Y (Z persen)", "96 dari 120 anggota dewan atau 80 persen": both before
    if len(before) >= 2 and before[-1].sentence.start == p.sentence.start \
            and norm(doc.between(before[-2], before[-1])) in _PART_OF_WHOLE \
            and (_comparable(before[-2], before[-1], alias) or _things_of_things(doc, before[-2], before[-1], p)) \
            and (_linked(doc.between(before[-1], p), 24) or _described_then_linked(doc.between(before[-1], p))):
        return before[-2], before[-1], "x_dari_y_percent"
    if before and _dari_opening_long(doc, before, p):
        return before[-1], before[-2], "dari_y_x_percent"
    if not any(c.sentence.start == p.sentence.start for c in before):
        got = _named_part(doc, p)
        if got is not None:
            return got[0], got[1], "named_part_of_named_y"
        got = _group_then_part(doc, p) or _year_part(doc, p, after)
        if got is not None:
            return got[0], got[1], got[2]
    got = _so_rate(doc, p, before)
    if got is not None:
        return got[0], got[1], "so_rate_of_whole"
    if not before or not (_linked(doc.between(before[-1], p), 40) or _this_next(doc, before[-1], p)
                          or _comma_of(doc, before[-1], p) or _among_linked(doc.between(before[-1], p))):
        # "... baru 1.500 unit. Kontribusinya 2 persen dari total penjualan mobil yang mencapai 75.000 unit"
        got = None if any(c.sentence.start == p.sentence.start for c in before) else _back_part_of_y(doc, p, after, alias)
        return (got[0], got[1], "back_part_percent_of_y") if got is not None else (None, None, "")
    part = before[-1]
    # "Dari 38,4 juta peserta, sekitar 15,2 juta orang menunggak, atau hampir 40 persen"
    opening = [c for c in same[:at] if c is not part and c.start < part.start]  # (same[:at]: those of cl[:i] in p's sentence)
    if opening and _opens_on_whole(doc.text[p.sentence.start:opening[0].start]) \
            and _comparable(part, opening[0], alias) and part.per == opening[0].per:
        return part, opening[0], "dari_y_x_percent"
    # "Dari total ekspor, sektor nonmigas menyumbang US$ 242,90 miliar atau 93,85 persen": the
    # sentence opens on the whole's name, stated before
    if not opening:
        whole = opening_named_whole(doc, part)
        if whole is not None and _comparable(part, whole) and whole.per == part.per:
            return part, whole, "dari_named_x_percent"
    tail = doc.text[p.end:p.sentence.end].lower()
    if not tail.lstrip().startswith(_OF):
        # "6.420 orang, dan 214 orang di antaranya didiskualifikasi. Angka itu setara 3,3 persen":
        # a part the text ties to its group is a share of that group
        group = groups().get(part.id) if part.kind == "count" else None
        if group is not None and _comparable(part, group) and part.per == group.per:
            return part, group, "group_part_percent"
        whole = _subject_whole(doc, part, p, alias)
        if whole is not None:
            return part, whole, "x_percent_of_subject_y"
        return _fitting(doc, part, p, siblings=True)  # no whole named: the shares beside may name it
    # "X atau Z persen dari total penduduk yang sekitar Y": a number after "dari"
    if after and after[0].start - p.end <= _WHOLE_GAP and (_comparable(part, after[0]) or (
            part.kind == after[0].kind == "count" and part.per is None and after[0].per is None)):
        return part, after[0], "x_percent_of_y"
    # "X atau Z persen dari target": the whole named by its subject, stated earlier
    named = _named(tail)
    if not named:
        return _fitting(doc, part, p, siblings=_bare_total(tail))
    # "Rp 2.774,3 triliun, melampaui target Rp 2.463 triliun. Realisasi itu setara 112,6 persen
    # dari target": the figure before the percent is the named whole, the part the one before it
    if set(named) <= set(_words(part.subject)) and "change" not in part.cues:
        k = doc.index_of(part)
        prev = cl[k - 1] if k else None
        if prev is not None and prev.sentence.start == part.sentence.start and _comparable(prev, part) \
                and prev.per == part.per and "change" not in prev.cues and len(doc.between(prev, part)) <= 60 \
                and not set(named) & set(_words(prev.subject)):
            return prev, part, "this_percent_of_named_y"
    earlier = [c for c in cl[:i] if c is not part and c.start < part.start and _comparable(part, c, alias)
               and named[0] in _name_words(doc, c)]
    # "naik sekitar Rp 1,6 triliun": a change is no whole
    earlier = [c for c in earlier if "change" not in c.cues] or earlier
    if not earlier:
        whole = _verb_named(doc, part, named[0], alias)
        if whole is not None:
            return part, whole, "x_percent_of_verb_named_y"
        whole = _named_after(doc, part, p, named)
        if whole is not None:
            return part, whole, "x_percent_of_named_y"
        whole = _defined_whole(doc, part, p)
        if whole is not None:
            return part, whole, "x_percent_of_defined_y"
        whole = _sole_whole(doc, part)
        return (part, whole, "x_percent_of_sole_y") if whole is not None else _fitting(doc, part, p)
    # the one figure the whole's whole name names ("dari belanja daerah": "belanja daerah
    # ditetapkan Rp 28.112,6 miliar"), whether it fits or not
    full = [c for c in earlier if set(named) <= _name_words(doc, c)] \
        or [c for c in earlier if len(_core(named)) >= 2 and set(_core(named)) <= _name_roots(doc, c)]
    if full and all(doc.interval(c) == doc.interval(full[-1]) for c in full):
        return part, full[-1], "x_percent_of_named_y"
    # named, not stated: the one that fits, if any; else the one the name fits best (an alarm
    # only when that one is beyond doubt: see _tight)
    zi, pi = doc.interval(p), doc.interval(part)
    for c in reversed(earlier):
        wi = doc.interval(c)
        if zi and pi and wi and wi.lo and wi.lo > 0 and (pi / wi * Fraction(100)).overlaps(zi):
            return part, c, "x_percent_of_named_y"
    return part, max(reversed(earlier), key=lambda c: _overlap(named, c)), "x_percent_of_named_y"


_BACK_OPENING_WORDS = 4  # words before the percent in a sentence that points back to its part


def _back_part_of_y(doc: Doc, p, after, alias: frozenset):
    """ "Penjualan mobil listrik baru 1.500 unit. Kontribusinya 2 persen dari total penjualan mobil
    yang mencapai 75.000 unit.": a sentence that opens, in a few words, on a word pointing back
    ("-nya", "tersebut", "artinya") and then the percent, "dari", the whole's name (no comma, no
    figure) and the whole; the part is the one figure of the sentence before of the whole's kind
    and unit, smaller than it, no change. (part, whole) or None."""
    if not after or after[0].start - p.end > _WHOLE_GAP or not _OF_FIRST.match(doc.text, p.end, after[0].start):
        return None  # (the cheap test first: "dari" right after the percent, a figure after it)
    gap = doc.text[p.end:after[0].start]
    if "," in gap or any(ch.isdigit() for ch in gap) or not norm(gap).strip().startswith(_OF):
        return None
    ws = _words(doc.text[p.sentence.start:p.start])
    if not 1 <= len(ws) <= _BACK_OPENING_WORDS or not (
            ws[0].endswith(_BACK_SUFFIX) or _BACK_WORDS.intersection(ws)
            or norm(doc.text[p.sentence.start:p.start]).startswith(_CONCLUSION)):
        return None
    whole, k = after[0], doc.sentence_no(p)
    wi = doc.interval(whole)
    if wi is None or wi.lo is None or "change" in whole.cues:
        return None
    prev = [c for c in doc.claims if doc.sentence_no(c) == k - 1 and _comparable(c, whole, alias) and c.per == whole.per
            and not doc.in_headline(c)]
    if len(prev) != 1 or "change" in prev[0].cues:
        return None
    pi = doc.interval(prev[0])
    if pi is None or pi.hi is None or pi.hi > wi.lo:
        return None
    return prev[0], whole


_BACK_SUFFIX = tuple(_C["collective_suffix"])
_BACK_WORDS = frozenset(_C["demonstratives"])
_AFTER_GAP = 24  # characters from a percent to the first of its part and whole stated after it


def _part_whole_after(doc: Doc, p, x, y, alias: frozenset):
    """ "mencapai 96 persen, yaitu Rp 1,9 triliun dari pagu Rp 2 triliun": the percent, a link, the
    part, "dari" and at most a few words naming the whole, the whole; "meminta 5 persen dari Rp 300
    miliar, yaitu Rp 15 miliar": the percent, "dari (total)", the whole, a link, the part. Part and
    whole of one kind and unit, the part no larger. (part, whole, rule) or None."""
    first, second = norm(doc.text[p.end:x.start]).strip(" ,"), norm(doc.between(x, y)).strip(" ,")
    if first in _PART_LINK or first in _LINK_THEN_SIZE:
        m = _OF_NAME.match(second)
        part, whole, rule = x, y, "percent_then_part_of_whole"
        if m is None or len(_words(m.group(1))) > _OPENING_NAME_WORDS:
            return None
    elif first in _PART_OF_WHOLE and (second in _PART_LINK or second in _LINK_THEN_SIZE):
        part, whole, rule = y, x, "percent_of_whole_then_part"
    else:
        return None
    if not (_comparable(part, whole, alias) and part.per == whole.per) or "change" in part.cues \
            or "change" in whole.cues:
        return None
    pi, wi = doc.interval(part), doc.interval(whole)
    if pi is None or wi is None or pi.lo is None or wi.hi is None or pi.lo > wi.hi:
        return None
    return part, whole, rule


_LINK_THEN_SIZE = frozenset(f"{a} {b}" for a in _C["share_part_link"] for b in _C["share_size_words"])
_OF_NAME = regex.compile(r"^(?:" + "|".join(map(regex.escape, _C["change_from"])) + r")((?: \p{L}+){0,6})$")


def opening_named_whole(doc: Doc, x):
    """The figure a sentence names as its whole before its first figure x: "Dari total ekspor,
    ..." -> the one value of x's kind and unit stated before whose subject or clause holds "ekspor"
    (a change is no whole: "nilai ekspor turun ... dibandingkan 2022 yang sebesar ..."); None when
    the sentence does not open so, or the name fits figures of two values."""
    if not doc.text[x.sentence.start:x.sentence.start + 6].lower().startswith(_OF):
        return None  # (the cheap test first)
    if any(c.sentence.start == x.sentence.start and c.start < x.start for c in doc.claims):
        return None
    m = _OPENING_NAME.match(norm(doc.text[x.sentence.start:x.start]))
    if m is None:
        return None
    named = [w for w in _words(m.group(1)) if w not in _SKIP]
    if not 1 <= len(named) <= 3:
        return None
    cands = [c for c in doc.claims if c.start < x.sentence.start and c.kind == x.kind and c.unit == x.unit
             and "change" not in c.cues and not doc.in_headline(c) and set(named) <= _name_words(doc, c)]
    return _one_value(doc, cands)


def stated_total(doc: Doc, x, p):
    """The total of x's noun the text states a few sentences before p ("Dengan begitu, total kursi
    yang tersedia 3.600 kursi"): a count of x's counted noun, larger than x, marked a
    total or named so by its clause, within _TOTAL_SENTENCES; all such of one value, else None."""
    if x.kind != "count" or x.unit is None or x.per is not None:
        return None  # money has too many totals near ("total pagu anggaran" beside "rencana awal")
    k = doc.sentence_no(p)
    xi = doc.interval(x)
    if xi is None or xi.hi is None:
        return None
    cands = []
    for c in doc.claims:
        if c.start >= p.start:
            break
        ci = doc.interval(c)
        if c.kind != x.kind or c.unit != x.unit or c.per is not None or ci is None or ci.lo is None \
                or ci.lo <= xi.hi or k - doc.sentence_no(c) > _TOTAL_SENTENCES or doc.in_headline(c) \
                or "change" in c.cues:
            continue  # a total no larger than the part is the part said again, or another figure
        clause = _words(doc.text[c.sentence.start:c.start].rsplit(",", 1)[-1])
        if ("total" in c.cues and c.sentence.start != p.sentence.start) or set(clause) & _WHOLE_WORDS:
            cands.append(c)  # "Dari total 11.456 desa, 24,44 persen atau 2.800 desa": in the sentence too
    return _one_value(doc, cands)


def _one_value(doc: Doc, cands: list):
    """The last of the candidate wholes when they all state one value (one figure said again),
    else None (none, or wholes that disagree)."""
    if not cands or any(doc.interval(c) != doc.interval(cands[-1]) for c in cands):
        return None
    return cands[-1]


def _named_part(doc: Doc, p):
    """ "Jumlah rumah rusak mencapai 58.362 unit, terdiri dari 25.186 rumah rusak berat, ... . Rumah
    rusak berat menyumbang 43,2 persen dari seluruh rumah yang rusak.": a sentence that opens on
    the part's name, then a link, the percent, and "dari seluruh/total" and the whole's name. The
    part is the one figure of the two sentences before that the name describes (its noun and the
    words after it); the whole, the one stated figure the whole's name names. (part, whole) or None."""
    if not _OF_FIRST.match(doc.text, p.end, p.sentence.end):
        return None  # (the cheap test first: no "dari" after the percent)
    head = norm(doc.text[p.sentence.start:p.start])
    link = next((w for w in _NAMED_PART_LINK if head.endswith(" " + w)), None)
    tail = doc.text[p.end:p.sentence.end].lower()
    if link is None or not tail.lstrip().startswith(_OF) or not set(_words(tail)[1:2]) & _WHOLE_WORDS:
        return None
    name = [w for w in _words(head[:-len(link)]) if w not in _FILLERS]
    wname = [w for w in _named(tail) if w not in _FILLERS]
    if not 2 <= len(name) <= 4 or not wname:
        return None
    k = doc.sentence_no(p)
    near = [c for c in doc.claims if c.start < p.start and 1 <= k - doc.sentence_no(c) <= 2
            and c.kind in ("count", "money", "measure")]
    parts = [c for c in near if set(name) <= set(_words(c.text)) | set(_words(_described(doc, c)))]
    wholes = [c for c in doc.claims if c.start < p.start and c.kind in ("count", "money", "measure")
              and "change" not in c.cues and set(wname) <= _name_words(doc, c)]
    if len(parts) != 1 or not wholes or any(doc.interval(c) != doc.interval(wholes[-1]) for c in wholes):
        return None
    part, whole = parts[0], wholes[-1]
    if part is whole or part.kind != whole.kind or part.per != whole.per or not (
            _comparable(part, whole) or whole.unit in _CLASSIFIER_UNITS):
        return None
    return part, whole


def _described(doc: Doc, c) -> str:
    """The words after a figure up to the next comma, figure or sentence end: "25.186 rumah rusak
    berat, ..." -> " rusak berat"."""
    nxt = next((x.start for x in doc.claims if x.start >= c.end), c.sentence.end)
    return _CLAUSE_BREAK.split(doc.text[c.end:min(nxt, c.sentence.end)], maxsplit=1)[0]


def _things_of_things(doc: Doc, x, y, p) -> bool:
    """ "tiga gelar dari lima nomor ..., atau 60 persen": counts of two things, one of each of the
    other (a title per event), X no more than Y, and a percent that ends its clause (no "dari"
    naming another whole after it)."""
    if x.kind != "count" or y.kind != "count" or x.per is not None or y.per is not None \
            or not (x.unit or "").startswith("count:") or not (y.unit or "").startswith("count:"):
        return False
    xi, yi = doc.interval(x), doc.interval(y)
    if xi is None or yi is None or xi.hi is None or yi.lo is None or xi.hi > yi.lo:
        return False
    return not doc.text[p.end:p.sentence.end].lower().lstrip().startswith(_OF)


def _described_then_linked(gap: str) -> bool:
    """ " yang dipertandingkan, atau ": a short clause describing the whole, no figure in it, then
    the link."""
    g = norm(gap).strip()
    return len(g) <= 60 and g.split(" ", 1)[0] in _RELATIVE and not any(ch.isdigit() for ch in g) \
        and g.rstrip(" (").endswith(_LINK)


def _dari_opening_long(doc: Doc, before, p) -> bool:
    """ "Dari 204.807.222 pemilih dalam DPT, sekitar 167,5 juta orang menggunakan hak pilihnya
    sehingga tingkat partisipasi mencapai 81,8 persen.": the sentence opens on "Dari Y", X is its
    only other figure, and the percent ends the clause (no noun after it: "20 persen siswa" is a
    share of something else); a longer gap than _linked allows, with a link word and no figure."""
    if len(before) < 2:
        return False
    whole, part = before[-2], before[-1]
    if not (whole.sentence.start == part.sentence.start == p.sentence.start) or not _comparable(part, whole) \
            or any(c.sentence.start == p.sentence.start and c.start < whole.start for c in doc.claims):
        return False
    if norm(doc.text[p.sentence.start:whole.start]) not in _OF:
        return False
    after = doc.text[p.end:p.end + 3].lstrip()
    return (after == "" or not after[0].isalpha()) and _linked(doc.between(part, p), 90) \
        and not any(ch.isdigit() for ch in doc.between(part, p))


def _among_then_part(gap: str) -> bool:
    """ " di antaranya, yakni ", " di antaranya atau ": the among word, then at most a link."""
    g = norm(gap).strip(" ,")
    a = next((a for a in _AMONG if g.startswith(a)), None)
    if a is None:
        return False
    rest = g[len(a):].strip(" ,")
    return rest == "" or rest in _PART_LINK


def _this_next(doc: Doc, part, p) -> bool:
    """ "... 214 orang di antaranya didiskualifikasi. Angka itu setara 3,3 persen": the percent's
    sentence opens on "Angka itu" and a link, right after the sentence the part closes."""
    if doc.sentence_no(p) - doc.sentence_no(part) != 1:
        return False
    head = norm(doc.text[p.sentence.start:p.start])
    return _this_head(head)


def _named(tail: str, clause_cut: bool = False) -> list[str]:
    """The words that name the whole after "dari", up to the first comma or stop: "dari total
    belanja daerah, melampaui ..." -> belanja, daerah."""
    phrase = _PHRASE_BREAK.split(tail, maxsplit=1)[0]
    ws = _WORDS.findall(phrase.lower())[1:6]
    cut = next((k for k, w in enumerate(ws) if w in _RELATIVE), None) if clause_cut else None
    if cut:  # "dari total pendapatan yang sudah masuk": the name ends at its clause
        ws = ws[:cut]
    return [w for w in ws if w not in _SKIP][:3]


def _name_words(doc: Doc, c) -> set[str]:
    """The words that name c: its subject's, and its clause's before it ("produk domestik bruto
    (PDB) atas dasar harga berlaku pada periode tersebut mencapai Rp 5.226,7 triliun", whose
    subject reads only "harga berlaku"), from the figure or clause break before it."""
    cl = doc.claims
    k = next(k for k, x in enumerate(cl) if x is c)
    start = c.sentence.start
    if k and cl[k - 1].sentence.start == c.sentence.start:
        start = cl[k - 1].end
    clause = doc.text[start:c.start]
    clause = clause[max(clause.rfind(","), clause.rfind(";")) + 1:]
    return set(_words(c.subject)) | set(_words(clause))


def _overlap(named: list[str], c) -> int:
    return len(set(named) & set(_words(c.subject)))


def _named_beyond_doubt(doc: Doc, part, p, whole) -> bool:
    """ "31 persen dari total belanja" with one earlier figure of that name that is no change
    ("belanja daerah ditetapkan Rp 28.112,6 miliar"): "dari total/seluruh ...", every word of the
    name in its subject (the name cut at its clause if need be: "dari seluruh rumah yang
    terdampak"), larger than the part, and no other earlier figure of the same kind and another
    value named so."""
    tail = doc.text[p.end:p.sentence.end].lower()
    named = _named(tail)
    if not set(named) <= _name_words(doc, whole):
        named = _named(tail, clause_cut=True)  # "dari total pendapatan yang sudah masuk"
    if not named or "change" in whole.cues or not set(named) <= _name_words(doc, whole) \
            or doc.in_headline(whole):
        return False
    if not set(_words(tail)[1:3]) & _WHOLE_WORDS and (len(named) < 2 or not set(named) <= set(_words(whole.subject))):
        return False  # "8,8 persen dari pagu": the ministry's own ceiling, not stated, may be meant;
        # "20,6 persen dari belanja daerah" names "belanja daerah ditetapkan Rp 28.112,6 miliar" in
        # full, "51,7 persen dari produksi nasional" "produksi padi nasional ... 53,98 juta ton"
    pi, wi = doc.interval(part), doc.interval(whole)
    if pi.hi is None or wi.lo is None or wi.lo <= pi.hi:
        return False  # "23,85 juta orang atau 8,47 persen dari total penduduk" under "23,85 Juta Penduduk"
    others = [c for c in doc.claims if c is not whole and c is not part and c.start < part.start
              and c.kind == whole.kind and c.unit == whole.unit and set(named) <= _name_words(doc, c)
              and "change" not in c.cues and doc.interval(c) != wi]
    # "Belanja daerah naik Rp 1,6 triliun" names a rise, no whole; the headline's "4.812 Rumah" is the
    # whole said again
    return not others


def _fitting(doc: Doc, part, p, siblings: bool = False):
    """ "40.971.906 suara (24,95 persen). ... jumlah suara sah nasional mencapai 164.227.475 suara":
    the whole is not named, so the nearby figure of the same kind that the percent fits, if one
    does (within _FIT_SENTENCES); a percent that fits none is left alone, not flagged."""
    zi, pi = doc.interval(p), doc.interval(part)
    if p.value is None or part.value is None or part.kind == "percent" or zi is None or pi is None \
            or pi.lo is None or pi.lo <= 0 or zi.lo is None or zi.lo <= 0 or zi.hi is None:
        return None, None, ""  # a range, or "di bawah 15 persen", fits too much to confirm anything
    # "40.971.906 suara (24,95 persen)": the part right before its percent; if nothing fits,
    # the shares stated beside it may name the whole (see _sibling_whole)
    unfitted = (part, None, "unfitted") if siblings and p.hedge in _PLAIN and part.hedge in _PLAIN \
        and part.kind in ("count", "money") and "change" not in part.cues and not doc.in_headline(p) \
        and _sibling_gap(doc.between(part, p)) else (None, None, "")
    if zi.hi > 100:
        return unfitted
    k = doc.sentence_no(p)
    for c in sorted(doc.claims, key=lambda c: abs(c.start - part.start)):
        if c is part or c is p or abs(doc.sentence_no(c) - k) > _FIT_SENTENCES or not _comparable(part, c) \
                or c.per != part.per or doc.in_headline(c) or doc.is_link_line(c):
            continue
        wi = doc.interval(c)
        if c.value is None or wi is None or wi.lo is None or wi.lo <= pi.lo or wi.midpoint() is None:
            continue
        if (pi / wi * Fraction(100)).overlaps(zi):
            return part, c, "x_percent_of_fitting_y"
    return unfitted


_PLAIN = ("none", "approx")
_SIBLING_SENTENCES = 1  # how far the shares that name a whole may stand from an unfitted one
_SIBLING_SLACK = 2  # units of the percent's last digit a share may miss its siblings' whole by
_SIBLING_LINK = frozenset(_C["share_sibling_link"])


def _sibling_gap(gap: str) -> bool:
    """ "suara (", " desa mandiri atau ": at most a few words of the part's noun, then the link;
    not "tahun), PBS022 (" (another item between)."""
    g = norm(gap).strip(" ,")
    link = next((w for w in _SIBLING_LINK if g.endswith(w)), None)
    if link is None:
        return False
    rest = g[:len(g) - len(link)]
    return len(rest) <= 24 and not _DIGIT_OR_BREAK.search(rest)


def _sibling_whole(doc: Doc, part, p, made):
    """ "Anies 40.971.906 suara (24,95 persen). Ganjar 27.040.878 suara (16,47 persen).": a share
    whose whole is not named, and that fits no figure near, is of the whole that every share
    beside it (same kind and unit of part, within a sentence; two for a count "atau 38,5% dari
    total.", a share that says it is of the total) agrees with: one whole, else None."""
    k = doc.sentence_no(p)
    reach = _SIBLING_SENTENCES + (1 if part.kind == "count" and _bare_total(doc.text[p.end:p.sentence.end].lower())
                                  else 0)
    wholes = [w for pt, w, q, verdict in made
              if verdict == "consistent" and q is not p and pt is not part and w is not part
              and abs(doc.sentence_no(q) - k) <= reach and pt.per == part.per
              and pt.kind == part.kind and pt.unit == part.unit and not doc.in_headline(q)]
    if not wholes or any(w is not wholes[0] for w in wholes):
        return None
    w = wholes[0]
    return w if _comparable(part, w) and w.per == part.per and not doc.in_headline(w) else None



def _tight(doc: Doc, part, p, whole, rule: str) -> bool:
    """Is the tie beyond doubt? The part right before the percent ("X atau Z persen", "X (Z
    persen)"), the whole right after "dari" or right before, and a share of at most 100 percent."""
    if rule in _NAMED_LEVEL_RULES:
        return True  # the part is a level its name picks ("_level"), even in a sentence of change
    if rule == "x_percent_of_fitting_y" or "change" in part.cues:
        return False  # "naik Rp1.159 triliun dari Rp5.258 triliun (32 persen)": a change's base
    if rule == "this_percent_of_named_y":
        # "Realisasi itu setara 112,6 persen dari target": the sentence opens on the figure just
        # said, and the whole's subject is the name, word for word; a realisation may pass its target
        head = norm(doc.text[p.sentence.start:p.start])
        named = _named(doc.text[p.end:p.sentence.end].lower())
        return head.startswith(_THIS) and set(named) == set(_words(whole.subject)) \
            and doc.sentence_no(p) - doc.sentence_no(whole) == 1
    if rule == "x_percent_of_named_y" and not _named_beyond_doubt(doc, part, p, whole):
        return False
    opening = doc.text[max(0, part.start - 40):part.start].lower()
    if opening.rstrip().endswith("(") and any(o in opening for o in _OF):
        return False  # "dari target mid case (746.000 barel), atau 13,90 persen": a whole, not a part
    pi, wi = doc.interval(part), doc.interval(whole)
    if pi.midpoint() is None or wi.midpoint() is None or pi.midpoint() > wi.midpoint():
        return False
    if rule == "x_percent_of_y":
        return (_close(doc.between(part, p)) or _this_sole(doc, part, p)) \
            and _names_whole(doc.text[p.end:whole.start])
    if rule == "dari_named_x_percent":
        return _close(doc.between(part, p))
    if rule == "named_part_of_named_y":
        pi, wi = doc.interval(part), doc.interval(whole)
        return pi.midpoint() is not None and wi.midpoint() is not None and pi.midpoint() <= wi.midpoint()
    if rule in ("x_percent_of_named_y", "x_percent_of_verb_named_y", "x_percent_of_subject_y"):
        return _close(doc.between(part, p)) or _among_linked(doc.between(part, p))
    return True


def _this_sole(doc: Doc, part, p) -> bool:
    """ "... kepada 1.384.600 keluarga penerima manfaat (KPM) hingga pekan kedua September. Jumlah
    tersebut mencapai 92,1 persen dari total 1.503.200 KPM": the percent's sentence opens on "Jumlah
    tersebut" and a link, and the sentence before holds one figure only, the part; however long the
    words after it."""
    if doc.sentence_no(p) - doc.sentence_no(part) != 1 or len(doc.in_sentence(part)) != 1:
        return False
    head = norm(doc.text[p.sentence.start:p.start])
    return _this_head(head)


def _subject_whole(doc: Doc, part, p, alias: frozenset):
    """ "Pemerintah kabupaten menyiapkan dana tanggap darurat Rp 15 miliar. Hingga Rabu, dana yang
    sudah digunakan sebesar Rp 6,3 miliar, atau 42 persen.": a part named "<name> yang ..." (the
    portion of something used, paid, received) with a percent that ends its clause is a share of the
    one figure of its kind and unit that the name names in the _SUBJECT_SENTENCES before (a level,
    no change, not in the headline, larger than the part, with no percent of its own: "realisasi
    ... Rp 3,6 triliun atau 7,9 persen, ... tahun lalu Rp 3,2 triliun atau 7,4 persen" are two
    shares of one budget); all such of one value, else None."""
    subj = (part.subject or "").lower()
    ws = _words(subj)
    at = next((i for i, w in enumerate(ws) if w in _RELATIVE), None)  # "dana yang sudah digunakan"
    if at is None or part.kind not in ("money", "count") or "change" in part.cues:
        return None
    rest = doc.text[p.end:p.end + 3].lstrip()
    if rest and rest[0].isalnum():
        return None  # "20 persen lebih murah": a comparison, not a share
    name = [w for w in ws[:at] if w not in _SKIP and w not in _FILLERS]
    if not name:
        return None
    pi = doc.interval(part)
    k = doc.sentence_no(part)
    if pi is None or pi.hi is None:
        return None
    cands = []
    for c in doc.claims:
        if c.start >= part.start:
            break
        if not 1 <= k - doc.sentence_no(c) <= _SUBJECT_SENTENCES or not _comparable(part, c, alias) or c.per != part.per \
                or "change" in c.cues or doc.in_headline(c) or not set(name) <= doc.sentence_words(c):
            continue  # (the cheap test first: the name in its sentence)
        ci = doc.interval(c)
        if ci is not None and ci.lo is not None and ci.lo > pi.hi and _level(doc, c) and not _has_share(doc, c) \
                and set(name) <= _name_words(doc, c) | set(_words(_described(doc, c))):
            cands.append(c)
    return _one_value(doc, cands)


_SUBJECT_SENTENCES = 2  # how far before its part a whole named by the part's subject may stand


def _has_share(doc: Doc, c) -> bool:
    """Is c itself given a percent right after it ("Rp 3,6 triliun atau 7,9 persen")? Then it is a
    part of something else, not the whole of the next figure named like it."""
    nxt = [x for x in doc.in_sentence(c) if x.start >= c.end]
    return bool(nxt) and nxt[0].kind == "percent" and _linked(doc.between(c, nxt[0]), 12)


def _concluded(doc: Doc, p, pairs):
    """ "Dari 312 sekolah di kabupaten itu, 87 sekolah mengalami kerusakan. Artinya, hampir 28 persen
    sekolah terdampak gempa.": a sentence that opens on a conclusion ("artinya", "dengan kata lain")
    and then the percent, right after a sentence that holds one part and its whole (as the subset
    check reads them); the percent is that part's share, when the noun after it (or after its
    "dari") names that whole or nothing. (part, whole) or None."""
    if not _CONCLUSION_FIRST.match(doc.text, p.sentence.start, p.start):
        return None  # (the cheap test first)
    head = norm(doc.text[p.sentence.start:p.start])
    if not head.startswith(_CONCLUSION):
        return None
    k = doc.sentence_no(p)
    got = [(pt, w) for pt, w, r in pairs() if doc.sentence_no(pt) == doc.sentence_no(w) == k - 1
           and pt.per == w.per and _comparable(pt, w)]
    if not got:
        return _concluded_of_named(doc, p, k)
    if len(got) != 1:
        return None
    tail = doc.text[p.end:p.sentence.end].lower()
    named = _named(tail, clause_cut=True) if tail.lstrip().startswith(_OF) else _words(tail)[:1]
    whole = got[0][1]
    if named and not set(named) <= set(_words((whole.unit or "")[len("count:"):])) | _name_words(doc, whole):
        return None  # "28 persen guru", "85,2 persen dari seluruh KUR": a share of something else
    return got[0]


_CONCLUSION = tuple(_C["share_conclusion_openers"])
_CONCLUSION_FIRST = re.compile(r"\s*(?:" + "|".join(sorted({re.escape(w.split()[0]) for w in _CONCLUSION}, key=len,
                                                           reverse=True)) + ")", re.I)  # (as _OF_FIRST)


def _concluded_of_named(doc: Doc, p, k: int):
    """ "Jalur zonasi diserbu 17.040 pendaftar. Artinya, 60 persen pendaftar memilih jalur zonasi.":
    a concluded percent after a sentence of one count or amount, the part, and a noun that names the whole
    (the one figure stated before that sentence of the part's kind and unit, a level, no change,
    not in the headline, larger than the part, whose words hold the noun or a word of its base:
    "28.400 calon siswa mendaftar"). (part, whole) or None."""
    noun = _words(doc.text[p.end:p.sentence.end])[:1]
    prev = [c for c in doc.claims if doc.sentence_no(c) == k - 1 and c.kind in ("count", "money")]
    if not noun or noun[0] in _OF or len(noun[0]) < 4 or len(prev) != 1:
        return None
    part, name = prev[0], noun[0]
    pi = doc.interval(part)
    if pi is None or pi.hi is None or "change" in part.cues:
        return None
    base = {r for r in roots(name) if len(r) >= _BASE_LEN}
    cands = []
    for c in doc.claims:
        if c.start >= part.sentence.start:
            break
        if not _comparable(part, c) or c.per != part.per or "change" in c.cues or doc.in_headline(c) \
                or not any(name[1:] in w for w in doc.sentence_words(c)):
            continue  # (the cheap test first)
        ci = doc.interval(c)
        if ci is None or ci.lo is None or ci.lo <= pi.hi or not _level(doc, c):
            continue
        if any(w == name or _same_base(name, w, base) for w in _name_words(doc, c) | set(_words(_described(doc, c)))):
            cands.append(c)
    whole = _one_value(doc, cands)
    return None if whole is None else (part, whole)


def _among_linked(gap: str) -> bool:
    """ " di antaranya merupakan debitur baru, atau ": a part said to be of a group ("di antaranya")
    and what it is, no figure, then the link; a longer reach than _linked's."""
    g = norm(gap).strip()
    return g.startswith(_AMONG) and not any(ch.isdigit() for ch in g) and _linked(gap, 90) \
        and g.rstrip(" (").endswith(_LINK)


def _of_named_then_part(doc: Doc, p, part, alias: frozenset):
    """ "kuota jalur zonasi ditetapkan 50 persen dari daya tampung, yakni 9.600 kursi": the percent,
    "dari" and the whole's name (no figure), then the part restated after "yakni"/"atau"; the whole
    is the one figure stated before (of the part's kind and unit, a level, no change, not in the
    headline, larger than the part, the only one of its kind and unit in its sentence) whose
    sentence holds every word of the name; all such of one value, else None."""
    m = _OF_NAMED_THEN.match(norm(doc.text[p.end:part.start]))
    if m is None:
        return None
    name = [w for w in _words(m.group(1)) if w not in _SKIP and w not in _FILLERS]
    pi = doc.interval(part)
    if not name or pi is None or pi.hi is None:
        return None
    cands = []
    for c in doc.claims:
        if c.start >= p.start:
            break
        if not _comparable(part, c, alias) or c.per != part.per or "change" in c.cues or doc.in_headline(c) \
                or not set(name) <= doc.sentence_words(c):
            continue  # (the cheap test first: the name in its sentence)
        ci = doc.interval(c)
        if ci is not None and ci.lo is not None and ci.lo > pi.hi and _level(doc, c) \
                and not any(x is not c and x.kind == c.kind and x.unit == c.unit for x in doc.in_sentence(c)):
            cands.append(c)  # "jalan A senilai Rp 30 miliar dan jalan B Rp 70 miliar": the name may
            # be of their sum
    return _one_value(doc, cands)


_OF_NAMED_THEN = regex.compile(r"^(?:" + "|".join(_OF) + r") ([\p{L} ]{2,40}?) ?,? (?:"
                               + "|".join(sorted((w for w in _C["share_sibling_link"] if w[0].isalpha()), key=len, reverse=True)) + r")$")


def _actor_share(doc: Doc, p, made, sentences):
    """ "Pasangan nomor urut 1 meraih 385.412 suara ... Total suara sah mencapai 684.172 suara. Dengan
    demikian, pasangan nomor urut 1 meraih 56,3 persen suara sah, sedangkan pasangan nomor urut 2
    mendapat 43,7 persen.": a percent whose clause names who holds it (its words before the percent
    but the verb, at least two, digits kept) and then the whole's name ("suara sah"); the part is
    the one figure stated in the _FIT_SENTENCES before whose clause holds those words, the whole the
    one figure of the part's kind and unit named so, larger than the part. With no name after it, a
    percent takes the whole of the one before it in its sentence read so. `sentences()` gives the
    claims of each sentence. (part, whole) or None."""
    clause = doc.text[p.sentence.start:p.start]
    clause = clause[max(clause.rfind(","), clause.rfind(";")) + 1:].lower()
    ws = _ALNUM.findall(clause)
    while ws and ws[0] in _STRIP:
        ws = ws[1:]
    actor = ws[:-1]  # less the verb ("meraih", "mendapat")
    if len(actor) < 2:
        return None
    k = doc.sentence_no(p)
    phrase = " ".join(actor)
    longest = max(actor, key=len)  # (the cheap test first: the longest word in the clause's text)
    # (and before the clause is cut out, that word of ASCII letters in the text lower-cased from
    # the sentence's start to c, when its offsets are the text's: the clause lies in that stretch)
    seek = doc.text_lower.find if doc.aligned and longest.isascii() else None
    # (read sentence by sentence: only one may be found, so their order is of no matter)
    parts = [c for near in sentences()[max(k - _FIT_SENTENCES, 0):k] for c in near
             if c.start < p.sentence.start and c.kind in ("count", "money") and "change" not in c.cues
             and not doc.in_headline(c) and (seek is None or seek(longest, c.sentence.start, c.start) >= 0)
             and longest in (clause := _clause_before(doc, c).lower())
             and phrase in " ".join(_ALNUM.findall(clause))]
    if len(parts) != 1:
        return None
    part = parts[0]
    tail = doc.text[p.end:p.sentence.end].lower()
    name = [w for w in _words(_PHRASE_BREAK.split(tail, maxsplit=1)[0])[:2] if w not in _SKIP]
    if not name or tail[:1] not in (" ",) or set(name) & set(_OF):
        wholes = [w for pt, w, q, verdict in made if q.sentence.start == p.sentence.start and q.start < p.start
                  and pt.kind == part.kind and pt.unit == part.unit]
        return (part, wholes[-1]) if wholes and not name else None
    pi = doc.interval(part)
    wholes = [c for c in doc.claims if c.start < p.sentence.start and c is not part and _comparable(part, c)
              and c.per == part.per and "change" not in c.cues and not doc.in_headline(c)
              and set(name) <= _name_words(doc, c)]
    if not wholes or any(doc.interval(c) != doc.interval(wholes[-1]) for c in wholes):
        return None
    wi = doc.interval(wholes[-1])
    if pi is None or wi is None or pi.hi is None or wi.lo is None or wi.lo <= pi.hi:
        return None
    return part, wholes[-1]


def _clause_before(doc: Doc, c) -> str:
    """The words of c's clause before it, from the figure or clause break before it."""
    cl = doc.in_sentence(c)
    # cl.index(c), without a model comparison for each claim before c: claims of other ids differ
    k = next(j for j, x in enumerate(cl) if x is c or (x.id == c.id and x == c))
    start = cl[k - 1].end if k else c.sentence.start
    clause = doc.text[start:c.start]
    return clause[max(clause.rfind(","), clause.rfind(";")) + 1:]


_STRIP = frozenset(LEX.cues["subject"]["strip_leading"]) | frozenset(w for o in _C["share_conclusion_openers"]
                                                                     for w in o.split())


def _or_part_sibling(doc: Doc, p, made):
    """ "kuota jalur zonasi 50 persen dari daya tampung, yakni 9.600 kursi. Jalur afirmasi mendapat
    15 persen atau 2.880 kursi.": a percent and its part after it ("Z persen atau X"), no whole
    found, is of the whole of the shares of that form just before it (within a sentence, a part
    of X's kind and unit, consistent); one whole, else None. (part, whole) or None."""
    after = [c for c in doc.in_sentence(p) if c.start >= p.end]
    if not after or not _OR_PART.match(doc.text[p.end:after[0].start]):
        return None  # (the cheap test first)
    x, k = after[0], doc.sentence_no(p)
    wholes = [w for pt, w, q, verdict in made if verdict == "consistent" and pt.start > q.start
              and 0 <= k - doc.sentence_no(q) <= _SIBLING_SENTENCES and pt.kind == x.kind and pt.unit == x.unit
              and pt.per == x.per and w.start < q.start]
    if not wholes or any(w is not wholes[0] for w in wholes):
        return None
    return x, wholes[0]


def _same_base(name: str, w: str, base: set) -> bool:
    """Is w the verb made of the noun name (menargetkan: target), or are both built on one base of
    _BASE_LEN letters or more (pengguna, menggunakan: guna)?"""
    return name in roots(w) or bool(base & roots(w))


_BASE_LEN = 4


def _comma_of(doc: Doc, part, p) -> bool:
    """ "Rp 1,02 triliun, sekitar 91,9 persen dari alokasi tahap ini": a comma alone between the
    part and its percent, when "dari" follows the percent (it says of what it is a share)."""
    return doc.between(part, p).strip() == "," and doc.text[p.end:p.end + 8].lower().lstrip().startswith(_OF)


def _verb_named(doc: Doc, part, name: str, alias: frozenset):
    """ "Pemerintah pusat mengalokasikan anggaran Rp 1,11 triliun ... Rp 1,02 triliun, sekitar 91,9
    persen dari alokasi": a whole named by a noun that no figure's name holds is the one figure
    stated before of the part's kind and unit (a level, no change, not in the headline, larger than
    the part) whose clause holds the verb made of that noun (mengalokasikan, menargetkan,
    dianggarkan) or of its base ("pengguna hak pilih": "yang menggunakan hak pilih"); all such of
    one value, else None."""
    pi = doc.interval(part)
    if pi is None or pi.hi is None or len(name) < 4:
        return None
    base = {r for r in roots(name) if len(r) >= _BASE_LEN}
    cands = []
    for c in doc.claims:
        if c.start >= part.start:
            break
        if c is part or not _comparable(part, c, alias) or c.per != part.per or "change" in c.cues \
                or doc.in_headline(c) or not any(name[1:] in w and len(w) > len(name) + 2 for w in doc.sentence_words(c)):
            continue  # (the cheap test first: a longer word holding the name, less the first letter
            # "meN-" drops: menargetkan, in its sentence)
        ci = doc.interval(c)
        if ci is None or ci.lo is None or ci.lo <= pi.hi or not _level(doc, c):
            continue
        if any(len(w) > len(name) and _same_base(name, w, base) for w in _name_words(doc, c)):
            cands.append(c)
    return _one_value(doc, cands)


def _this_head(head: str) -> bool:
    """ "Angka itu setara", "Jumlah tersebut mencapai", "Jumlah itu baru": the figure just said, then
    a link or at most one more word."""
    return len(head) <= 30 and head.startswith(_THIS) and (any(w in head for w in _LINK) or len(head.split()) <= 3)


def _names_whole(gap: str) -> bool:
    """ "dari 991", "dari sasaran 11.415.880", "dari total penduduk Indonesia yang berjumlah
    278.696.200": the whole right after "dari" and its name; not "dari PDB maupun kuartal yang sama
    tahun lalu US$ 8 miliar" (another figure of another thing) nor across a comma."""
    if len(gap) <= 40 and not _COMMA.search(gap):
        return not set(_words(gap)) & _AND
    return len(gap) <= 60 and not _COMMA.search(gap) and not set(_words(gap)) & _AND \
        and norm(gap).endswith(_WHOLE_LINK)


def _close(gap: str) -> bool:
    """The part right before its percent: "X atau", "X (", "X yang menerima suntikan booster, atau",
    "X (bph). Angka ini setara": no other figure between, at most a clause or an "Angka ini"."""
    if len(gap) <= 12:
        return True
    if len(gap) > 60 or any(ch.isdigit() for ch in gap):
        return False
    parts = _SENTENCE_BREAK.split(gap)
    if len(parts) > 2 or (len(parts) == 2 and not norm(parts[1]).startswith(_THIS)):
        return False
    return norm(gap).rstrip(" (").endswith(_LINK) or norm(gap).endswith("(")


def _linked(gap: str, limit: int) -> bool:
    """ "atau", "(", "setara", "Angka ini setara": words that tie a percent to the number before."""
    gap = norm(gap)
    return len(gap) <= limit and (gap == "" or any(w in gap for w in _LINK))


_WORDS = regex.compile(r"\p{L}+")
_ALNUM = regex.compile(r"[\p{L}\d]+")
_CLAUSE_BREAK = regex.compile(r"[,;.()]")
_PHRASE_BREAK = regex.compile(r"[,.;:()\"]")
_SEG_BREAK = regex.compile(r"[,;.]\s")
_SENTENCE_BREAK = regex.compile(r"[.!?]\s+")
_COMMA = regex.compile(r"[,;]")
_DIGIT_OR_BREAK = regex.compile(r"[\d();:]")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_AMONG = tuple(_C["among"])
_OPENING_NAME = regex.compile(r"^(?:" + "|".join(_OF) + r")\s+(?:" + "|".join(LEX.cues["share"]["whole_words"])
                              + r")\s+([\p{L} ]{2,40}?)\s*,")
_NAMED_PART_LINK = tuple(_C["share_named_part_link"])
_FILLERS = frozenset(_C["name_fillers"])
_CLASSIFIER_UNITS = frozenset("count:" + w for w in _C["classifiers"])
_TOTAL_SENTENCES = 3  # how far before a "Z persen atau X" the stated total of X's noun may stand
_OR_PART = regex.compile(r"\s*(?:" + "|".join(regex.escape(w) for w in _C["share_or_part"]) + r")\s*$")
_PART_LINK = frozenset(_C["share_part_link"])
_PART_OF_WHOLE = frozenset(_C["part_of_whole"]) | frozenset(_C["share_of_named_whole"])
_RELATIVE = frozenset(_C["share_relative"])
_GROUP_RULES = ("x_dari_y", "di_antaranya", "among_after", "that_group")
_WHOLE_WORDS = frozenset(LEX.cues["share"]["whole_words"])
_AND = frozenset(_C["share_whole_breaks"])
_AND_SPLIT = regex.compile(r"\s(?:" + "|".join(_AND) + r")\s")
_WHOLE_LINK = tuple(_C["share_whole_link"])
_SKIP = frozenset(LEX.cues["share"]["whole_words"]) | frozenset(LEX.cues["subject"]["amount_nouns"]) \
    | frozenset(LEX.cues["subject"]["strip_leading"])


def _worked_examples(doc: Doc, judged: set) -> list[Finding]:
    """ "PPh Pasal 22 sebesar 0,25 persen bagi pemilik NPWP dan 0,5 persen bagi yang tidak memiliki
    NPWP. Sebagai contoh, pembelian emas senilai Rp 12.745.000 oleh pemilik NPWP dikenai PPh Rp
    31.862,50.": a sentence that says it works an example ("sebagai contoh", "misalnya") charges an
    amount X named like a rate stated just before (a word of X's name in the percent's), on the base
    Y right before X; X is that rate of Y. Of two rates, the one that fits, else the one whose
    qualifier ("bagi pemilik NPWP") the example repeats; none when that leaves a doubt."""
    out = []
    if not any(p.kind == "percent" and p.unit == "percent" for p in doc.claims):
        return out  # (the cheap test first: no rate to work an example of)
    for x in doc.claims:
        if x.kind != "money" or x.per is not None or "change" in x.cues or doc.in_headline(x):
            continue
        got = _example_base(doc, x)
        if got is None:
            continue
        base, name = got
        rates = [p for p in doc.claims if p.start < x.start and p.kind == "percent" and p.unit == "percent"
                 and "change" not in p.cues and id(p) not in judged and not doc.in_headline(p)
                 and 0 <= doc.sentence_no(x) - doc.sentence_no(p) <= _EXAMPLE_SENTENCES
                 and name & set(_words(p.subject))]
        found = [f for f in (_judge(doc, x, base, p, "worked_example") for p in rates) if f is not None]
        fits = [f for f in found if f.verdict == "consistent"]
        if fits:
            out.append(fits[0])
            continue
        said = set(_words(doc.text[x.sentence.start:x.sentence.end]))
        if len(found) > 1:
            found = [f for f, p in zip(found, rates) if _qualifier(doc, p) and _qualifier(doc, p) <= said]
        if len(found) == 1 and not _levied_inside(doc, x, base, rates):
            out.append(found[0])
    return out


def _levied_inside(doc: Doc, x, base, rates) -> bool:
    """Does x fit one of the rates as a levy the base already holds ("harga Rp 111.000 termasuk PPN
    Rp 11.000": 11 persen of Rp 100.000)? Then the example says nothing against the rate."""
    xi, bi = doc.interval(x), doc.interval(base)
    if xi is None or bi is None or xi.hi is None or bi.lo is None or bi.lo <= xi.hi:
        return False
    net = (xi / (bi - xi)) * Fraction(100)
    return any(doc.interval(p) is not None and net.overlaps(doc.interval(p)) for p in rates)


def _example_base(doc: Doc, x):
    """The base of an amount in a worked example, and the words that name the amount: ("Rp
    12.745.000", {"pph"}) for "Sebagai contoh, pembelian emas 10 gram senilai Rp 12.745.000 ...
    dikenai PPh Rp 31.862,50"; the nearest amount before x in its sentence, in x's currency, larger
    than x and not named like it; None when the sentence works no example."""
    low = doc.text[x.sentence.start:x.start].lower()
    if not any(e in low for e in _EXAMPLE):
        return None  # (the cheap test first)
    name = {w for w in _words(x.subject) if w not in _GENERIC and w not in _FILLERS}
    if not name or len(_words(x.subject)) > 3:
        return None
    before = [c for c in doc.claims if c.sentence.start == x.sentence.start and c.start < x.start]
    if not before:
        return None
    base = before[-1]
    if base.kind != "money" or base.unit != x.unit or base.per is not None or "change" in base.cues \
            or name & set(_words(base.subject)):
        return None
    head = set(_words(doc.text[x.sentence.start:base.start]))
    if not any(set(e.split()) <= head for e in _EXAMPLE):
        return None
    xi, bi = doc.interval(x), doc.interval(base)
    if xi is None or bi is None or xi.hi is None or bi.lo is None or xi.hi >= bi.lo:
        return None
    return base, name


def _qualifier(doc: Doc, p) -> set[str]:
    """The words that say whom a rate is for, after it up to the next comma, figure or "dan": "0,25
    persen bagi pemilik NPWP dan ..." -> pemilik, npwp."""
    nxt = next((c.start for c in doc.claims if c.start >= p.end), p.sentence.end)
    tail = _CLAUSE_BREAK.split(doc.text[p.end:min(nxt, p.sentence.end)], maxsplit=1)[0]
    tail = _AND_SPLIT.split(" " + tail.lower() + " ", maxsplit=1)[0]
    return {w for w in _words(tail) if w not in _FILLERS and w not in _PREPOSITIONS}


_EXAMPLE = tuple(_C["worked_example"])
_EXAMPLE_SENTENCES = 2  # how far before its worked example a rate may be stated
_GENERIC = frozenset(_C["generic_subjects"])
_PREPOSITIONS = frozenset(LEX.cues["subject"]["prepositions"])


def _so_rate(doc: Doc, p, before):
    """ "Adapun penduduk usia kerja tercatat 212,59 juta orang, sehingga tingkat partisipasi angkatan
    kerja (TPAK) sebesar 69,48 persen", "DPK ... menjadi Rp 8.457,9 triliun, sehingga rasio kredit
    terhadap simpanan (LDR) berada di 83,3 persen": a rate drawn ("sehingga", "dengan demikian")
    from the figure just before, the whole; the rate's name ("angkatan kerja", "kredit" before
    "terhadap") names the part, stated earlier. (part, whole) or None."""
    if not before:
        return None
    whole = before[-1]
    if not _SO_FIRST.match(doc.text, whole.end if whole.sentence.start == p.sentence.start else p.sentence.start,
                           p.start):
        return None  # (the cheap test first: the first word of one, in any case, after spaces and commas)
    if whole.sentence.start == p.sentence.start:
        gap = norm(doc.between(whole, p)).lstrip(" ,")
    elif doc.sentence_no(p) - doc.sentence_no(whole) == 1:
        gap = norm(doc.text[p.sentence.start:p.start])  # "... 377.710 spesimen. Dengan demikian, rasio ..."
    else:
        return None
    so = next((w for w in _SO if gap.startswith(w + " ") or gap.startswith(w + ", ")), None)
    if so is None or any(ch.isdigit() for ch in gap) or not _level(doc, whole):
        return None
    rest = _words(gap[len(so):].split("(", 1)[0])
    if not rest or rest[0] not in _RATE_WORDS:
        return None
    name = []
    for w in rest[1:]:
        if w in _NAME_STOPS:
            break
        name.append(w)
    part = _named_earlier(doc, [w for w in name if w not in _FILLERS], whole.start, doc.sentence_no(p) - _RATE_SENTENCES,
                          like=whole)
    if part is None or not _part_fits_whole(doc, part, whole, p):
        return None
    return part, whole


def _part_fits_whole(doc: Doc, part, whole, p) -> bool:
    """A part no larger than its whole, unless the rate says more than 100 percent ("rasio kredit
    terhadap simpanan 105 persen"): "kamar terisi 6.000 kamar, sehingga tingkat hunian kamar 60
    persen" after "10.000 kamar" draws the rate from a part, not from its whole. A whole written a
    thousand times too small is still the whole (a scale slip, flagged as such)."""
    pi, wi, zi = doc.interval(part), doc.interval(whole), doc.interval(p)
    if pi is None or wi is None or zi is None or pi.hi is None or wi.lo is None:
        return False
    if pi.hi <= wi.lo or (zi.lo is not None and zi.lo > 100):
        return True
    return wi.lo > 0 and near_power_of_1000(pi / wi * Fraction(100), zi) is not None  # "212,59 ribu" for juta


def _named_earlier(doc: Doc, name: list[str], end: int, from_sentence: int, like=None,
                   kinds=("count", "money", "measure")):
    """The one figure stated before `end` (from sentence `from_sentence` on, a level: no change's
    base or amount; of like's kind and unit when given) that the longest tail of `name` names:
    "partisipasi angkatan kerja" -> the figure named "angkatan kerja"; None when no tail names
    one, or the tail names two values."""
    cands = [c for c in doc.claims if c.start < end and c is not like and doc.sentence_no(c) >= from_sentence
             and c.kind in kinds and not doc.in_headline(c) and _level(doc, c)
             and (like is None or (_comparable(c, like) and c.per == like.per))]
    for k in range(len(name)):
        tail = set(name[k:])
        if tail <= _GENERIC:
            break
        # a name that only says what is counted ("hunian kamar" -> "kamar") names no one figure
        hit = [c for c in cands if tail <= _name_roots(doc, c) and not tail <= _counted(c)]
        if hit:
            if any(doc.interval(c) != doc.interval(hit[-1]) for c in hit) or doc.interval(hit[-1]) is None:
                return None
            return hit[-1]
    return None


def _level(doc: Doc, c) -> bool:
    """Is c a level, not a change's base ("dari Rp 6.382,3 triliun") nor its amount ("naik 560.000
    orang")? Read from the word right before it; "Dari Y, ..." opening a sentence is no base."""
    head = _words(doc.text[max(c.sentence.start, c.start - 30):c.start])
    if norm(doc.text[c.sentence.start:c.start]) in _OF:
        return True  # "Dari 18,8 juta KPM, sebanyak ...": a sentence opening on its whole
    return not head or (head[-1] not in _BEFORE_BASE and head[-1] not in _DIRECTION)


def _group_then_part(doc: Doc, p):
    """ "Dari kelompok penerima dosis kedua itu, baru sekitar 28 persen yang datang untuk booster.":
    a sentence opening on "dari", the whole's name and "itu"/"tersebut", then the percent and
    "yang" with the part's name; each the one figure stated before that the name names.
    (part, whole, rule) or None."""
    if not _OF_FIRST.match(doc.text, p.sentence.start, p.start):
        return None  # (the cheap test first: the sentence does not open on "dari")
    head = norm(doc.text[p.sentence.start:p.start])
    m = _GROUP_OPENING.match(head)
    tail = norm(doc.text[p.end:p.sentence.end])
    opener = next((o for o in _RELATIVE_OPENS if tail.startswith(o)), None)
    if m is None or opener is None:
        return None
    wname = [w for w in _words(m.group(1)) if w not in _FILLERS and w not in _SKIP]
    pname = [w for w in _words(_PHRASE_BREAK.split(tail[len(opener):], maxsplit=1)[0])
             if w not in _FILLERS]
    if not wname or not pname:
        return None
    k = doc.sentence_no(p) - _RATE_SENTENCES
    whole = _named_earlier(doc, wname, p.sentence.start, k, kinds=("count",))  # a group is counted
    part = None if whole is None else _named_earlier(doc, pname, p.start, k, like=whole)
    if part is None:
        return None
    return part, whole, "group_then_part"


def _year_part(doc: Doc, p, after):
    """ "Angka 2023 sudah sekitar 84 persen dari capaian 2019 yang sebanyak 6,28 juta kunjungan": a
    sentence opening on an amount noun and a year, the percent, then "dari" and the whole's number;
    the part is the one figure stated before of the whole's kind and unit whose time is that year.
    (part, whole, rule) or None."""
    head = _words(doc.text[p.sentence.start:p.start])
    if len(head) < 2 or head[0] not in AMOUNT_NOUNS or not _YEAR.fullmatch(head[1]) \
            or not set(head[2:]) <= _HEAD_FILLERS:
        return None
    gap = doc.text[p.end:after[0].start].lstrip() if after else ""
    of = next((w for w in _OF if gap.lower().startswith(w + " ")), None)
    if of is None or after[0].start - p.end > _WHOLE_GAP or not _names_whole(gap[len(of):]):
        return None
    whole = after[0]
    parts = [c for c in doc.claims if c.start < p.sentence.start and _comparable(c, whole) and c.per == whole.per
             and c.kind == whole.kind and not doc.in_headline(c) and c.time and head[1] in _words(c.time)
             and _level(doc, c)]
    if not parts or any(doc.interval(c) != doc.interval(parts[-1]) for c in parts):
        return None
    return parts[-1], whole, "year_part_of_y"


_SO = tuple(sorted(set(_C["so_words"]) | set(_C["so_openers"]), key=len, reverse=True))
_SO_FIRST = re.compile(r"[\s,]*(?:" + "|".join(sorted({re.escape(w.split()[0]) for w in _SO}, key=len, reverse=True))
                       + ")", re.I)
_RATE_WORDS = frozenset(_C["rate_names"])
_NAME_STOPS = frozenset(LEX.cues["subject"]["link_words"]) | frozenset(LEX.cues["subject"]["prepositions"]) \
    | frozenset(LEX.cues["predicate"]["phrases"]) | frozenset(_C["rate_name_stops"])
_RATE_SENTENCES = 3  # how far before a named rate its part may be stated
_BEFORE_BASE = frozenset(_C["change_base"]) | frozenset(_C["change_from"])
_DIRECTION = frozenset(_C["up"]) | frozenset(_C["down"])
_GROUP_OPENING = regex.compile(r"^(?:" + "|".join(_OF) + r")\s+([\p{L} ]{2,50}?)\s+(?:"
                               + "|".join(_C["demonstratives"]) + r")\s*,")
_RELATIVE_OPENS = tuple(w + " " for w in _C["share_relative"])  # "yang datang untuk booster"
_HEAD_FILLERS = frozenset(LEX.cues["subject"]["auxiliaries"]) | frozenset(LEX.cues["subject"]["link_words"])


def _sole_whole(doc: Doc, part):
    """ "Dari 18,8 juta KPM, ... . BLT telah diterima 9,7 juta KPM atau 51,6 persen dari target": a
    whole named by no figure's name is, for a count of things, the one larger count of the same
    counted noun stated before (a level, not in the headline), when the text treats it as its whole
    (`_the_total`); all such of one value, else None."""
    if part.kind != "count" or not (part.unit or "").startswith("count:") or part.per is not None:
        return None
    pi = doc.interval(part)
    if pi is None or pi.hi is None:
        return None
    cands = []
    for c in doc.claims:
        if c.start >= part.start:
            break
        ci = doc.interval(c)
        if c.kind == "count" and c.unit == part.unit and c.per is None and "change" not in c.cues \
                and not doc.in_headline(c) and _level(doc, c) and ci is not None and ci.lo is not None \
                and ci.lo > pi.hi:
            cands.append(c)
    if _one_value(doc, cands) is None:
        return None
    if not any(_the_total(doc, c) for c in cands):
        return None
    return cands[-1]


def _the_total(doc: Doc, c) -> bool:
    """Does the text treat c as its whole: a sentence opening on it ("Dari 18,8 juta KPM, ..."), or
    the same count said again (the headline's "18,8 Juta Keluarga")?"""
    if norm(doc.text[c.sentence.start:c.start]) in _OF:
        return True
    ci = doc.interval(c)
    return any(x is not c and x.kind == "count" and doc.interval(x) == ci for x in doc.claims)


def _name_roots(doc: Doc, c) -> set[str]:
    """The words that name c (`_name_words`, and those right after it: "63.956 kasus baru dalam
    ..."), and the bases its verbs are built on: "dijual" -> jual."""
    return {r for w in _name_words(doc, c) | set(_words(_described(doc, c))) for r in stems(w)}


def _core(named: list[str]) -> list[str]:
    """A whole's name less the words of scope: "kasus baru nasional" -> kasus, baru."""
    return [w for w in named if w not in _SCOPE]


def _named_in_full(doc: Doc, part, p, whole) -> bool:
    """ "Rp 116.000 per gram, atau sekitar 8,8 persen dari harga jual" after "harga emas Antam ukuran
    1 gram dijual Rp 1.325.000": two or more words name the whole after "dari", each a word of its
    name (a verb by its base), it is no change nor in the headline, and no other figure stated
    before (but the part) of its kind and unit and of another value is named so."""
    named = _core(_named(doc.text[p.end:p.sentence.end].lower()))
    if len(named) < 2 or "change" in whole.cues or doc.in_headline(whole) or not set(named) <= _name_roots(doc, whole):
        return False
    wi = doc.interval(whole)
    return not any(c is not whole and c is not part and c.start < p.start and c.kind == whole.kind and c.unit == whole.unit
                   and doc.interval(c) != wi and set(named) <= _name_roots(doc, c) for c in doc.claims)


_NAMED_LEVEL_RULES = ("so_rate_of_whole", "group_then_part", "year_part_of_y")
_SCOPE = frozenset(_C["scope_words"])


def _bare_total(tail: str) -> bool:
    """ "dari total.", "dari keseluruhan": the percent says it is of the total and names no more."""
    w = _words(tail)
    return len(w) == 2 and w[0] in _OF and w[1] in _WHOLE_WORDS | _SCOPE


def _named_after(doc: Doc, part, p, named: list[str]):
    """ "memperoleh 96.214.691 suara atau 58,59 persen dari total suara sah. ... Secara keseluruhan,
    jumlah suara sah nasional mencapai 164.227.475 suara.": a whole named by two words or more, none
    stated before, is the one figure stated in the next few sentences (_FIT_SENTENCES) of the part's
    kind and unit, no change, larger than the part, whose name holds every one of them, and that
    the text says is the overall one (`_overall`: not "Di Jawa Barat, jumlah suara sah ..."); None
    when no figure or figures of two values are named so."""
    if len(named) < 2:
        return None
    k = doc.sentence_no(p)
    pi = doc.interval(part)
    cands = [c for c in doc.claims if c.start > p.end and doc.sentence_no(c) - k <= _FIT_SENTENCES
             and _comparable(part, c) and c.per == part.per and "change" not in c.cues
             and not doc.is_link_line(c) and set(named) <= _name_words(doc, c)]
    if not cands or any(doc.interval(c) != doc.interval(cands[0]) for c in cands) or not _overall(doc, cands[0]):
        return None
    wi = doc.interval(cands[0])
    if pi is None or wi is None or pi.hi is None or wi.lo is None or wi.lo <= pi.hi:
        return None
    return cands[0]


def _defined_whole(doc: Doc, part, p):
    """ "53,98 juta ton gabah kering giling (GKG). ... 30,93 juta ton beras, atau 57,3 persen dari
    berat GKG": a whole named by an abbreviation that the text defines right after one figure of the
    part's kind and unit stated before ("... ton gabah kering giling (GKG)"), no change; that figure,
    when only figures of one value are defined so, else None."""
    gap = doc.text[p.end:p.sentence.end]
    phrase = _PHRASE_BREAK.split(gap, maxsplit=1)[0]
    abbrs = [w for w in _WORDS.findall(phrase) if len(w) >= 2 and w.isupper()]
    if len(abbrs) != 1 or not norm(phrase).startswith(_OF):
        return None
    mark = "(" + abbrs[0] + ")"
    cands = [c for c in doc.claims if c.start < part.start and _comparable(part, c) and c.per == part.per
             and c.kind == part.kind and "change" not in c.cues and not doc.in_headline(c)
             and _defines(doc.text[c.end:c.sentence.end], mark)]
    return _one_value(doc, cands)


def _defines(after: str, mark: str) -> bool:
    """ " gabah kering giling (GKG). ...", "(GKG)": the words right after a figure, up to the first
    comma or stop and with no other number, end on the abbreviation in parentheses."""
    seg = _SEG_BREAK.split(after + " ", maxsplit=1)[0]
    return not any(ch.isdigit() for ch in seg) and seg.replace(" ", "").endswith(mark)


def _counted(c) -> set[str]:
    """The words of the noun a count counts: "count:kamar" -> kamar; "person" -> the person nouns."""
    if c.unit is None:
        return set()
    if c.unit.startswith("count:"):
        return set(_words(c.unit[len("count:"):]))
    return set(_C["share_person_nouns"]) if c.unit == "person" else set()


def _overall(doc: Doc, c) -> bool:
    """Does the text say c is the overall figure: its sentence opens "Secara keseluruhan", or its
    clause holds a word of scope ("jumlah suara sah nasional")?"""
    head = norm(doc.text[c.sentence.start:c.start])
    return head.startswith(_OVERALL) or bool(set(_name_words(doc, c)) & _SCOPE)


_OVERALL = tuple(_C["overall_openers"])
