"""sum: parts against their stated total — "terdiri dari A, B dan C", a list closed by "Kelima
provinsi itu ... T", "Dari jumlah itu, A ..., sedangkan B sisanya", and differences: "Selisih
Rp 680 miliar", "surplus US$ 3,31 miliar" after the two figures it is the difference of."""

from __future__ import annotations

import bisect
import re
from fractions import Fraction

import regex

from checks.explain import finding, show, stated, written_note
from checks.intervals import ROUNDING_HEDGES, Interval, as_written, rounded_or_cut
from checks.model import Finding
from checks.relations import CHANGE_VERBS, LEX, Doc, classified, roots, stems, without_enclitic, words
from checks.subset import that_group_opening, worded_pairs
from extract.lang import alternation, norm, probes

_C = LEX.cues["check"]
_DIFFERENCE = tuple(_C["difference"])  # "selisih", "lebih tinggi": ending the text before a figure ...
_DIFFERENCE_WORDS = frozenset(_C["difference"])  # ... or among its last three words
_LIST_GAP = 60  # at most this many characters between two items of one list
STRONG = ("list_after_total", "remainder", "list_count_total", "list_named_total", "difference_stated",
          "subtraction_named", "subtraction_base", "list_spread_counted", "difference_next", "shortfall_named", "difference_so",
          "list_then_total_so", "difference_runner_up", "remainder_so", "valid_invalid", "complement_split",
          "list_opened", "list_opened_back")
_OF = frozenset(LEX.cues["share"]["of"])
_CLASSIFIERS = frozenset("count:" + w for w in _C["classifiers"])
_AND_WORDS = frozenset(LEX.range_and) | frozenset(LEX.cues["subject"]["conjunctions"])
_MORE = regex.compile(r"(?:,|" + alternation(_AND_WORDS) + r")\s*\d")  # ", 4 Vietnam", "dan 1 China"


_CLAUSE_OPENERS = frozenset(_C["clause_openers"]) - _AND_WORDS  # "dengan", "sedangkan": not "dan"
_CLASS = {"count:" + n: "count:" + line[0] for line in _C["count_classes"] for n in line[1:]}


def _probe_rx(cues) -> re.Pattern:
    """One search for the cue words or phrases as they are written, anywhere in a text (not as
    whole words): the cheap test, one call instead of one a cue."""
    return re.compile("|".join(re.escape(w) for w in probes(cues)))


def _unit(c) -> str | None:
    """The unit a figure is added up in: "count:kpm" and "count:keluarga" count one thing."""
    return _CLASS.get(c.unit, c.unit) if c.kind == "count" else c.unit


def _same(a, b, bare: bool = False) -> bool:
    """Figures that add up: the same kind, unit and rate ("58.362 unit, terdiri dari 25.186
    rumah": unit and buah count anything). With `bare`, a whole count whose noun is left unsaid
    counts what its neighbour counts ("dari 318 korban, 224 jenazah ..., sedangkan 94 lainnya");
    lists never take bare numbers: "(1) ..., (2) ..." and "28, 60, 80 derajat" are no parts. A
    classifier alone counts what it was said to classify: "4.500 ekor sapi, terdiri atas 3.000
    ekor ... dan 1.500 ekor ..." (relations.classified)."""
    kind = a.kind
    if kind != b.kind or a.per != b.per or kind not in ("money", "count", "measure", "percent"):
        return False
    if kind != "count":
        return a.unit == b.unit
    # (counts: _unit's classes, read here without the call)
    if _CLASS.get(a.unit, a.unit) == _CLASS.get(b.unit, b.unit) or {a.unit, b.unit} & _CLASSIFIERS:
        return a.unit is not None or bare
    if classified(a, b) or classified(b, a):
        return True
    loose = a if a.unit is None else b if b.unit is None else None
    return bare and loose is not None and loose.value is not None \
        and loose.value == loose.value.to_integral_value()


def check_sum(doc: Doc) -> list[Finding]:
    if len(doc.claims) < 2:
        return []  # (every rule below ties two figures at least: their cheap tests on the text spared)
    out = []
    # (the cheap per-figure tests several rules share, in one pass: see _scan)
    joined, opens, near_rest, near_diff, rest_opens = _scan(doc)
    # (a rule that reads only the figures of one of these lists finds nothing when it is empty, as
    # it is in most documents: such a rule is not called then)
    runs = _runs(doc, joined) if joined else []  # (the lists, found once for the four rules that read them)
    closed = _collectives(doc, joined) if joined else []
    totals = {t.id for _, t, _ in closed}
    lists = [x for x in _lists(doc, runs) + _named_totals(doc, runs) if x[1].id not in totals] if runs else []
    if joined:
        used = {c.id for parts, t, _ in closed + lists for c in (*parts, t)}
        lists += [x for x in _opened_lists(doc, joined) if x[1].id not in used and x[0][0].id not in used]
    rests = _remainders(doc, near_rest) if near_rest else []
    done = {parts[-1].id for parts, _, _ in rests}
    rests += [x for x in _rest_after_list(doc, rest_opens) if x[0][-1].id not in done]
    if opens:
        rests += _rest_named(doc, opens)
        rests += _rest_so(doc, opens)
    subs = _subtractions(doc, joined) if joined else []
    for parts, total, rule in closed + lists + rests + subs + _base_subtractions(doc, subs):
        out.extend(_judge(doc, parts, total, rule, "sum"))
    if opens:
        for parts, total in _named_openings(doc, opens):
            out.extend(_judge(doc, parts, total, "parts_of_named_whole", "sum"))
        for parts, total in _opening_parts(doc, opens):
            out.extend(_judge(doc, parts, total, "parts_of_opening", "sum"))
        for parts, total in _ranked_parts(doc, opens):
            out.extend(_judge(doc, parts, total, "ranked_parts", "sum"))
    for parts, total in _ranked_lists(doc, runs):
        out.extend(_judge(doc, parts, total, "ranked_list", "sum"))
    overall = _overall_items(doc, opens) if opens else []
    for parts, total, parts_only in overall:
        if parts_only:
            out.extend(_judge(doc, parts, total, "items_then_overall", "sum"))
    for a, b, d in _runner_up(doc, overall):
        out.extend(_judge(doc, [b, d], a, "difference_runner_up", "sum"))
    for parts, total in _contributions_rest(doc):
        out.extend(_judge(doc, parts, total, "contributions_rest", "sum"))
    if near_rest:
        out.extend(_percent_rests(doc, near_rest))
    for parts, total in _complement_splits(doc, joined) if joined else ():
        out.extend(_judge(doc, parts, total, "complement_split", "sum"))
    for parts, total in _valid_invalid(doc):
        out.extend(_judge(doc, parts, total, "valid_invalid", "sum"))
    for parts, total, rule in _spread_lists(doc, runs):
        out.extend(_judge(doc, parts, total, rule, "sum"))
    for parts, total in _enumerations(doc):
        out.extend(_judge(doc, parts, total, "enumeration", "sum"))
    for a, t, d in _shortfalls(doc):
        out.extend(_judge(doc, [a, d], t, "shortfall_named", "sum"))
    stated = _stated_differences(doc, joined) + _this_differences(doc, joined) if joined else []
    for a, b, d in stated:
        out.extend(_judge(doc, [b, d], a, "difference_stated", "sum"))
    said = {d.id for _, _, d in stated}
    for a, b, d in _pair_differences(doc):
        if d.id not in said:
            said.add(d.id)
            out.extend(_judge(doc, [b, d], a, "difference_pair", "sum"))
    marked = _difference_marked(doc, near_diff) if near_diff else []
    for a, b, d in _so_differences(doc, marked):
        said.add(d.id)
        out.extend(_judge(doc, [b, d], a, "difference_so", "sum"))
    for a, b, d in _differences(doc, marked):
        if d.id not in said:
            out.extend(_judge(doc, [b, d], a, "difference_next" if _next_difference(doc, a, b, d) else "difference",
                              "sum"))
    if runs:
        # (lists that say nothing of being a total's parts: a relation only when they add up to it)
        used = {i for f in out for i in f.claims}
        for parts, total, rule in _unopened_lists(doc, runs):
            if total.id not in used and parts[0].id not in used:
                out.extend(f for f in _judge(doc, parts, total, rule, "sum") if f.verdict == "consistent")
    return out


def _judge(doc: Doc, parts, total, rule, check):
    ivs = [doc.interval(c) for c in parts]
    ti = doc.interval(total)
    if ti is None or any(iv is None for iv in ivs):
        return []
    derived = ivs[0]
    for iv in ivs[1:]:
        derived = derived + iv
    ok = derived.overlaps(ti)
    names = " + ".join(c.text for c in parts)
    # only a list the text says is the total's parts ("terdiri dari") may raise an alarm; a run of
    # figures before a total, or a difference, may be a series or a partial list
    # percents listed after a percent may be shares of it ("3-4 persen lemak, terdiri dari ...
    # sekitar 90 persen asam lemak jenuh"), not parts that add up to it
    strong = rule in STRONG and (total.kind != "percent" or rule in _PERCENT_STRONG)
    over = not ok and derived.lo is not None and ti.hi is not None and derived.lo > ti.hi
    verdict = "consistent" if ok else "inconsistent" if strong or (over and rule in _OVER_ONLY) \
        else "suspicious" if rule in _SUSPECT else "undetermined"
    if verdict == "inconsistent" and rule in _CUT_OK and _fits_cut(doc, parts, total):
        verdict = "undetermined"  # "3.5 juta" may be 3,55 juta cut off: no alarm on a last digit
    if verdict == "inconsistent" and rule in _TAKES_IN and _takes_in(doc, parts, total, derived, ti):
        verdict = "undetermined"  # "Selain A, ... B, C dan D. Jadi totalnya T": T takes in A too
    written = ok and strong and _written_miss(parts, total)
    if written:
        verdict = "suspicious"  # "sekitar 167,5 juta" for 164,2 juta + sekitar 3,3 ribu: only the hedge's width
    steps_id = [f"{names} = {show(derived, total)}.", stated(total, ti, ok)]
    steps_en = [f"{names} = {show(derived, total, lang='en')}.", stated(total, ti, ok, "en")]
    if written:
        note_id, note_en = written_note(verdict, derived, ti)
        steps_id += note_id
        steps_en += note_en
    fix = None if ok and not written else (total, derived)
    if verdict == "undetermined" and len(parts) >= 2:
        slip = _scale_slip(doc, parts, total, ivs, ti)
        if slip is not None:  # the parts need not be all of the total, but one scale word off fits
            c, into, word = slip
            verdict, fix = "suspicious", (c, into)
            steps_id.append(f"Dengan {c.text!r} dalam {word}, jumlahnya cocok: salah satuan?")
            steps_en.append(f"With {c.text!r} in {word}, the sum agrees: a slipped scale word?")
    return [finding(
        check, verdict, [*parts, total], rule=rule, stated=ti,
        derived=derived, unit=total.unit, fix=fix, steps_id=steps_id, steps_en=steps_en,
    )]


def _written_miss(parts, total) -> bool:
    """Do parts and total that meet only when a figure is hedged ("sekitar", "hampir") miss when
    each is read to its last written digits (intervals.as_written)? "sekitar 167,5 juta" is no
    164,2 juta + 3,3 ribu, though "sekitar" alone would take it. Plain figures: no."""
    if total.hedge not in ROUNDING_HEDGES and not any(c.hedge in ROUNDING_HEDGES for c in parts):
        return False
    ivs = [as_written(c) for c in parts]
    tw = as_written(total, result=True)
    if tw is None or any(iv is None or not iv.bounded for iv in ivs):
        return False
    derived = ivs[0]
    for iv in ivs[1:]:
        derived = derived + iv
    return not derived.overlaps(tw)


_SCALE_WORDS = {w: v for w, v in LEX.scales.items() if w.isalpha() and len(w) > 2}
_SCALE_NAMES = {}
for _w, _v in _SCALE_WORDS.items():
    _SCALE_NAMES.setdefault(_v, _w)  # the first spelling of each value, for explanations


def _scale_slip(doc: Doc, parts, total, ivs, ti):
    """(figure, the interval it fits at, its scale word then) when the parts add up to the total
    once one figure written with a scale word ("96,7 ribu jiwa") is read a thousand times larger or
    smaller, and neither that part alone nor the others without it make the total (else the fit
    proves nothing: "Rp 4,9 juta + Rp 1,5 ribu" is "Rp 5 juta" written to the juta), and the part
    so read is larger than the total's rounding ("Rp 3,3 juta + Rp 2,3 ribu" is no "Rp 3,4 juta");
    None otherwise."""
    for k, c in enumerate([*parts, total]):
        w = next((x for x in words(c.text) if x in _SCALE_WORDS), None)
        if w is None:
            continue
        for f in (Fraction(1000), Fraction(1, 1000)):
            name = _SCALE_NAMES.get(_SCALE_WORDS[w] * f)
            if name is None:
                continue
            if k < len(parts):
                moved = ivs[k].scale(f)
                others = [iv for i, iv in enumerate(ivs) if i != k]
                rest = others[0]
                for iv in others[1:]:
                    rest = rest + iv
                if (rest + moved).overlaps(ti) and not moved.overlaps(ti) and not rest.overlaps(ti) \
                        and moved.lo is not None and ti.width() is not None and moved.lo > ti.width():
                    return c, moved, name
            else:
                moved = ti.scale(f)
                derived = ivs[0]
                for iv in ivs[1:]:
                    derived = derived + iv
                if derived.overlaps(moved) and not any(iv.overlaps(moved) for iv in ivs):
                    return c, moved, name
    return None


def _fits_cut(doc: Doc, parts, total) -> bool:
    """Do the parts add up to the total when each plain figure may have been cut off, not rounded
    ("3.5 juta ton" for 3,55 juta)?"""
    ivs = [rounded_or_cut(c) or doc.interval(c) for c in [*parts, total]]
    if any(iv is None for iv in ivs):
        return False
    derived = ivs[0]
    for iv in ivs[1:-1]:
        derived = derived + iv
    return derived.overlaps(ivs[-1])


_CUT_OK = ("difference_so",)
_TAKES_IN = ("list_then_total_so",)


def _takes_in(doc: Doc, parts, total, derived, ti) -> bool:
    """Does the total take in one more figure of its kind stated before the list? "sebelumnya sudah
    ada dua dapur ... dan lima dapur lainnya. Dengan begitu, total dapur mencapai 36 unit" counts
    the 29 dapur of the sentence before as well."""
    first = parts[0]
    for c in doc.claims:
        if c.start >= first.start:
            break
        iv = doc.interval(c) if _same(c, total) else None
        if iv is not None and (derived + iv).overlaps(ti):
            return True
    return False


def _runs(doc: Doc, joined) -> list[list]:
    """Lists: runs of same-unit claims in one sentence joined by commas, "dan", "serta" and short
    words (do not modify the lists). (joined: the indices of the figures whose next is in their
    sentence; only such pairs can be items in a row, so only they are read.)"""
    cl = doc.claims
    out = []
    run = []
    for k in joined:
        prev, c = cl[k], cl[k + 1]
        if not run or run[-1] is not prev:  # (the figure before prev is not in its sentence)
            if len(run) >= 2:
                out.append(run)
            run = [prev]
        near = False
        # (the cheap tests first: no more characters between than a list allows, figures that add up)
        if c.start - prev.end <= _LIST_GAP and (_same(prev, c) or _parallel(doc, run[0], c)):
            gap = doc.between(prev, c)
            near = len(gap) <= _LIST_GAP and ("," in gap or not _AND_WORDS.isdisjoint(gap.split()))
            if near:
                low = norm(gap)
                near = _LIST_OPENER_RX.search(low) is None  # "T, terdiri dari A": T is no item
                # "..., serta 172 kasus lainnya, dengan target 53 kasus": a clause of its own, no item
                near = near and not _CLAUSE_OPENERS.intersection(words(low))
        if near:
            run.append(c)
        else:
            if len(run) >= 2:
                out.append(run)
            run = [c]
    if len(run) >= 2:
        out.append(run)
    return out


_LIST_OPENER_RX = _probe_rx(_C["list_opener"])


def _parallel(doc: Doc, first, c) -> bool:
    """ "25.186 rumah rusak berat, 12.496 rusak sedang, dan 20.680 rusak ringan": a bare whole count
    that the word after it ties to the first item, whose noun it leaves unsaid (the word after the
    first item's noun comes again right after the bare count)."""
    if c.kind != "count" or c.unit is not None or first.kind != "count" or first.unit is None \
            or c.per is not None or first.per is not None or c.value is None \
            or c.value != c.value.to_integral_value() or c.hedge != "none":
        return False
    w1 = words(doc.text[first.end:first.end + 24])[:1]
    return bool(w1) and w1[0].isalpha() and words(doc.text[c.end:c.end + 24])[:1] == w1


def _lists(doc: Doc, runs):
    found = []
    cl = doc.claims
    for run in runs:
        first, last = run[0], run[-1]
        i = doc.index_of(first)
        j = i + len(run) - 1 if cl[i + len(run) - 1] is last else doc.index_of(last)
        # "T, terdiri dari A, B dan C": the total before the list
        total = cl[i - 1] if i > 0 else None
        if total is not None and _same(total, first):
            opener = norm(doc.between(total, first))
            # (or a colon right after the total: "mengevakuasi 30 korban: 25 orang selamat, ...")
            if (any(o in opener for o in _C["list_opener"]) or opener.strip() == ":") and len(opener) < 60 \
                    and _opens_on(doc, total, first, opener):
                # "13 KIA, terdiri dari 5 KIA Filipina, 3 KIA Malaysia, 4 Vietnam, dan 1 China": more
                # numbers follow that are no parts we read, so the list may be incomplete
                if total.kind == "count" and total.value == len(run):
                    continue  # "dua kategori kendaraan yaitu ... 364 unit, dan ... 10.429 unit"
                rest = doc.text[last.end:min(last.sentence.end, last.end + _LIST_GAP)]
                after = cl[j + 1] if j + 1 < len(cl) else None
                # ("..., serta empat pelatih"; "... di Bandung, Jakarta dan Batam, serta 5 toko")
                partial = _MORE.search(rest) is not None or (
                    after is not None and after.sentence.start == last.sentence.start
                    and (len(doc.between(last, after)) <= _LIST_GAP or _same(after, last)))
                found.append((run, total, "list_partial" if partial else "list_after_total"))
                continue
        # "A, B ... C. Kelima provinsi itu menyumbang T": the total after the list
        if j + 1 < len(cl) and _same(last, cl[j + 1]) and doc.sentence_no(cl[j + 1]) - doc.sentence_no(last) <= 1:
            closing = norm(doc.text[max(last.end, cl[j + 1].start - 60):cl[j + 1].start])
            if any(t in closing for t in _C["list_total"]):
                found.append((run, cl[j + 1], "list_then_total_so" if _drawn(doc, run, cl[j + 1])
                              else "list_then_total"))
    return found


_BACK_REFS = frozenset(_C["list_back_refs"])
_NOT_PARTS = frozenset(w for e in _C["list_not_parts"] for w in words(e)) | CHANGE_VERBS | frozenset(_C["so_words"]) \
    | frozenset(e for e in _C["list_total"] if " " not in e)
_GENERIC = frozenset(_C["generic_subjects"]) | frozenset(_C["demonstratives"]) | frozenset(_C["list_back_refs"])
_NOT_PARTS_RX = _probe_rx(_NOT_PARTS)
_OPENED = tuple(_C["list_opener"]) + tuple(_C["list_opener_more"]) + tuple(_C["list_opener_weak"])
_OPENED_RX = _probe_rx(_OPENED)
_OPENED_WORD_RX = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in _OPENED) + r")(?![a-z])")
_PARTIAL_OPEN = frozenset(_C["partial_list"]) | frozenset(_C["list_opener_weak"])
_OPENED_GAP = 80  # at most this many characters between the total and the opener
_OPENED_ITEM_GAP = 150  # ... and between two parts (a parenthesis or another unit's figure may stand between)


def _opened_lists(doc: Doc, joined):
    """ "Total ada 18 orang yang diamankan di dua lokasi, yaitu 17 orang di A dan 1 orang di B",
    "9.757 ekor, terdiri dari 4.294 ekor sapi, 10 ekor kerbau dan 5.453 ekor kambing", "60 ton dengan
    rincian 20 ton (dari A) dan 40 ton ...", and across a sentence end "... 102 orang terluka. Jumlah
    korban itu terdiri atas 24 warga sipil dan 78 polisi": the parts after a list opener are the
    figures of the total's unit, whatever figures of other units stand between (_lists reads only
    runs of figures side by side). The total is the last such figure before the opener in its
    sentence, or, when the sentence opens on a word pointing back ("Jumlah tersebut", "Mereka") or on
    the opener, the one such figure of the sentence before. (joined: see _scan.)"""
    found = []
    if not doc.aligned:
        return found  # (offsets read in text_lower: a text whose lower case is of another length is left)
    cl = doc.claims
    low = doc.text_lower
    seen = -1
    for k in joined:
        c = cl[k]
        start = c.sentence.start
        if start == seen:
            continue
        seen = start
        if _OPENED_RX.search(low, start, c.sentence.end) is None:
            continue  # (the cheap test first: most sentences with two figures open no list)
        m = _OPENED_WORD_RX.search(low, start, c.sentence.end)
        if m is None:
            continue
        at, after = m.start(), m.end()
        figs = doc.in_sentence(c)
        pre = [x for x in figs if x.end <= at]
        post = [x for x in figs if x.start >= after]
        if not post:
            continue
        got = _opened_total(doc, pre, post, low[start:at], at)
        if got is None:
            continue
        total, back = got
        parts, partial = _opened_parts(doc, total, post, after)
        if len(parts) < 2 or (total.kind == "count" and total.value == len(parts)):
            continue
        # ("..., 4 Vietnam, dan 1 China": bare numbers after the parts, up to the next figure, "4,6 cm" not read)
        end = min([x.start for x in post if x.start > parts[-1].start] + [c.sentence.end, parts[-1].end + _LIST_GAP])
        partial = partial or m.group() in _PARTIAL_OPEN or back is None or _has(low[start:at], _PARTIAL_OPEN) \
            or _MORE.search(doc.text[parts[-1].end:end]) is not None
        found.append((parts, total, "list_partial" if partial else "list_opened_back" if back else "list_opened"))
    return found


def _opened_total(doc: Doc, pre, post, head: str, at: int):
    """The total of a list opened at `at`, and whether it stands in the sentence before: (figure,
    back), back None when it may name another group; or None. In the opener's sentence, the last
    figure before it that adds up with a part after it, no more than _OPENED_GAP characters
    before it, with no clause of its own between ("sedangkan")."""
    for t in reversed(pre):
        if t.kind != "percent" and any(_same(t, x) for x in post):
            gap = doc.text_lower[t.end:at]
            w = words(gap)
            if len(gap) > _OPENED_GAP or _CLAUSE_OPENERS.intersection(w) or not _AND_WORDS.isdisjoint(w) \
                    or any(x in _DIFFERENCE_WORDS or x[0].isdigit() for x in w):
                return None  # "RAM 12 GB dan tiga varian memori, yaitu 256 GB, ...": the list is another's
            return t, False
    if pre:
        return None  # a figure of another unit before the opener: the list is its
    # "Jumlah korban itu terdiri atas ...", "Mereka terdiri dari ...", "Terdiri atas ...": the
    # sentence before holds the total
    w = [x for x in words(head) if x not in _C["so_openers"]]
    if w and w[0] not in _BACK_REFS and w[-1] not in _DEMONSTRATIVES:
        return None
    if len(w) > (12 if w and w[-1] in _DEMONSTRATIVES else 4):
        return None
    first = post[0]
    i = doc.index_of(first)
    k = doc.sentence_no(first)
    before = [x for x in doc.claims[max(0, i - 12):i] if doc.sentence_no(x) == k - 1]
    if not before or doc.text[before[-1].sentence.end:first.sentence.start].strip():
        return None  # (the sentence right before, not one further back past a sentence with no figure)
    cands = [x for x in before if x.kind != "percent" and any(_same(x, y) for y in post)]
    if not cands:
        return None
    t = cands[-1]
    sole = all(doc.interval(x) == doc.interval(t) for x in cands)
    # "Pinjaman (neto) tersebut terdiri atas ..." after "Angka itu lebih tinggi dari ... Rp978,3 miliar":
    # a name the total's sentence does not say may point further back
    named = [x for x in w if x not in _GENERIC]
    said = not named or not set(named).isdisjoint(words(doc.sentence_lower(t)))
    return t, (True if sole and w and said else None)


def _opened_parts(doc: Doc, total, post, after: int):
    """The figures after an opener that add up with `total`, in order, until a gap that is no list's
    ("sehingga total", "naik", "menjadi"); and whether the list may be partial (more such figures
    after it)."""
    parts = []
    other = False  # a figure of the total's kind in another unit among the parts: "64 emas, 30 medali perak"
    for x in post:
        # (parts that add up with the total but not with one another, "9.000 unit, terdiri dari 1.200
        # rumah, 1.500 warga": the same only when the total's classifier names each, "310 ekor sapi")
        if not _same(total, x) or (parts and not _same(parts[0], x)
                                   and not (classified(total, x) and classified(total, parts[0]))):
            other = other or x.kind == total.kind
            continue
        if parts:
            gap = doc.between(parts[-1], x)
            w = words(gap)
            if len(gap) > _OPENED_ITEM_GAP or not ("," in gap or ";" in gap or not _AND_WORDS.isdisjoint(w)) \
                    or (_NOT_PARTS_RX.search(gap) is not None and not _NOT_PARTS.isdisjoint(w)) \
                    or _CLAUSE_OPENERS.intersection(w) or _LIST_OPENER_RX.search(gap) is not None:
                return parts, True  # ("..., dan 16 kasus lainnya, dengan target 10 kasus": no part)
        else:
            gap = doc.text_lower[after:x.start]
            if (_NOT_PARTS_RX.search(gap) is not None and not _NOT_PARTS.isdisjoint(words(gap))) \
                    or _LIST_OPENER_RX.search(gap) is not None:
                return [], True
        parts.append(x)
    return parts, other


_FROM_WORDS = frozenset(_C["part_of_whole"])  # "dari", "dari total"


def _unopened_lists(doc: Doc, runs):
    """Lists no opener ties to a total, read only as sums that agree (the caller keeps no other
    verdict): "Kantor imigrasi menangkap sembilan warga asing. Petugas menemukan lima perempuan dan
    empat pria ...", a run whose sentence is right after the one figure of its unit in the sentence
    before (list_next_sentence); and "dari sembilan fraksi ..., delapan fraksi menyetujui dan satu
    fraksi menolak", a run whose first figure follows "dari" (list_from_first). Either may be no
    partition ("18 atlet. Tahun lalu, 10 atlet putra dan 12 atlet putri"): parts that miss raise
    nothing."""
    found = []
    cl = doc.claims
    text = doc.text
    for run in runs:
        first, last = run[0], run[-1]
        if first.kind not in ("count", "money", "measure") or first.unit in _DURATIONS \
                or any(c.per is not None or not _plain(c) for c in run):
            continue  # ("25 tahun dan 50 tahun": anniversaries, no parts of "75 tahun")
        own = doc.in_sentence(first)
        ws = words(text[max(0, first.start - 16):first.start])[-2:]
        if len(run) >= 3 and ws and (ws[-1] in _FROM_WORDS or " ".join(ws) in _FROM_WORDS):
            if not any(_same(c, first) for c in own if c.start > last.start):
                found.append((run[1:], first, "list_from_first"))
            continue
        if len(run) < 2 or any(_same(c, first) for c in own if c.start < first.start or c.start > last.start):
            continue
        i = doc.index_of(first)
        if i == 0 or own[0] is not first:
            continue
        k = doc.sentence_no(first)
        before = [c for c in cl[max(0, i - 8):i] if doc.sentence_no(c) == k - 1]
        if not before or text[before[-1].sentence.end:first.sentence.start].strip() or doc.in_headline(before[-1]):
            continue  # (the sentence right before, in the body)
        cands = [c for c in before if _same(c, first)]
        if len(cands) == 1 and all(_same(cands[0], c) for c in run):
            found.append((run, cands[0], "list_next_sentence"))
    return [x for x in found if _adds_up(*x[:2])]


_DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})  # (units' canonical names)


def _plain(c) -> bool:
    """A figure stated plainly: one number, no hedge, not vague ("puluhan", "lebih dari")."""
    return c.value is not None and c.hedge == "none" and not c.vague


def _adds_up(parts, total) -> bool:
    """Do plain parts add up to a plain total, exactly, or within one unit of the total's last
    written digit when it is written to two digits at least ("4,46 + 1,87" for "6,34 miliar"; not
    "793.339 + 301.672" for "1 juta")? Each part less than the total."""
    if not _plain(total) or total.value <= 0 or any(not 0 < c.value < total.value for c in parts):
        return False
    got = sum(c.value for c in parts)
    if got == total.value:
        return True
    p = total.precision
    return p is not None and p > 0 and total.value >= 10 * p and abs(got - total.value) <= p


_DEMONSTRATIVES = frozenset(_C["demonstratives"])
_COLLECTIVE_WINDOW = 2  # items at most this many sentences before the collective


def _collective(doc: Doc, c) -> int | None:
    """N when `c` names the items just listed by their number: "Kelima provinsi itu", "Tiga negara
    tersebut", "Ketiganya"."""
    if c.kind != "count" or c.value is None or not 2 <= c.value <= 20:
        return None  # (the cheap tests first: most claims are no small counts, and of no collective)
    if not c.text.lower().endswith(_COLLECTIVE_SUFFIX):
        nxt = words(doc.text[c.end:c.end + 12])[:1]
        if not nxt or nxt[0] not in _DEMONSTRATIVES:
            return None
    iv = doc.interval(c)
    if iv is None or iv.lo != iv.hi or iv.lo is None or iv.lo.denominator != 1 \
            or not 2 <= iv.lo <= 20:
        return None
    return int(iv.lo)


_COLLECTIVE_SUFFIX = tuple(_C["collective_suffix"])


def _collectives(doc: Doc, joined):
    """ "A, B ... C. Kelima provinsi itu menyumbang T": the N figures before the collective that
    are of T's kind are its parts. Strong when exactly N such figures stand in the sentences before
    and no other of them shares the first item's sentence ("Ketiganya menargetkan T" is no sum:
    the words between must say so)."""
    found = []
    cl = doc.claims
    for k in joined:  # (the total right after the collective, in its sentence)
        c, total = cl[k], cl[k + 1]
        n = _collective(doc, c) if c.kind == "count" else None  # (a count, as _collective first asks)
        if n is None:
            continue
        gap = doc.between(c, total)
        if len(gap) > 40 or not _has(gap, _C["collective_sum"]):
            continue
        same = [x for x in cl[:k] if _same(x, total) and doc.sentence_no(c) - doc.sentence_no(x) <= _COLLECTIVE_WINDOW]
        if len(same) < n:
            continue
        parts = same[-n:]
        loose = len(same) > n and same[-n - 1].sentence.start == parts[0].sentence.start
        found.append((parts, total, "list_count_loose" if loose else "list_count_total"))
    return found


def _has(text: str, cues) -> bool:
    """Does `text` hold one of the cue words or phrases, as whole words?"""
    w = " " + " ".join(words(text)) + " "
    return any(" " + cue + " " in w for cue in cues)


_PARTIAL = frozenset(p for p in _C["partial_list"] if " " not in p)  # "terutama", not "di"
_NAMED_WINDOW = 3  # the named total at most this many sentences (with figures) before the list
_NAMED_OPENERS = tuple(_C["list_opener"]) + tuple(_C["source_opener"])


def _named_totals(doc: Doc, runs):
    """ "Pendapatan negara ... Rp 2.774,3 triliun, ... . Pendapatan tersebut terdiri dari A, B,
    serta C": a list that opens its sentence on a noun phrase and an opener names its total by
    that phrase; the total is the nearest figure before whose subject holds all its words. Strong
    only when that figure is the one such figure in reach and the list says nothing of being
    partial ("terutama", "antara lain")."""
    found = []
    cl = doc.claims
    for run in runs:
        first, last = run[0], run[-1]
        if first.kind == "percent":
            continue
        named = _named_total(doc, first)
        if named is None:
            continue
        total, ambiguous, prefix = named
        rest = doc.text[last.end:min(last.sentence.end, last.end + _LIST_GAP)]
        nxt = next((c for c in cl if c.start > last.start), None)
        partial = _has(prefix, _C["partial_list"]) or _MORE.search(rest) is not None or (
            nxt is not None and nxt.sentence.start == last.sentence.start and len(doc.between(last, nxt)) <= _LIST_GAP)
        found.append((run, total, "list_partial" if partial or ambiguous else "list_named_total"))
    return found


def _named_total(doc: Doc, first):
    """The figure a sentence names before an opener ("Pendapatan tersebut terdiri dari", "Surplus
    itu berasal dari") and before `first`, its first figure: (figure, ambiguous, the sentence's
    words before `first`), or None. The figure is the nearest in reach whose subject holds all the
    named words; ambiguous when another such figure of another value is in reach."""
    cl = doc.claims
    if doc.in_sentence(first)[0].start < first.start:  # (its sentence's figures, in text order)
        return None  # a figure before: the sentence opens on it, or on no name
    prefix = norm(doc.text[first.sentence.start:first.start])
    at = [prefix.find(o) for o in _NAMED_OPENERS if prefix.find(o) >= 0]
    if not at:
        return None
    named = [w for w in words(prefix[:min(at)].rsplit(",", 1)[-1]) if w not in _DEMONSTRATIVES and w not in _PARTIAL]
    if not 1 <= len(named) <= 4:
        return None
    k = doc.sentence_no(first)
    cands = [c for c in cl if c.start < first.start and c.sentence.start != first.sentence.start
             and k - doc.sentence_no(c) <= _NAMED_WINDOW and _same(c, first)
             and set(named) <= set(words(c.subject))]
    if not cands:
        return None
    body = [c for c in cands if not doc.in_headline(c)]
    cands = body or cands  # the headline restates a body figure: the body's is the one named
    total = cands[-1]
    return total, any(doc.interval(c) != doc.interval(total) for c in cands[:-1]), prefix


_MINUS_PROBES = probes(_C["minus"])


def _subtractions(doc: Doc, joined):
    """ "Surplus tersebut berasal dari nilai ekspor A dikurangi impor B": the named figure D is
    A − B, i.e. B + D = A. (joined: the indices of the figures whose next is in their sentence.)"""
    found = []
    cl = doc.claims
    for k in joined:
        a, b = cl[k], cl[k + 1]
        if a.kind == "percent" or not _same(a, b):
            continue
        gap = doc.between(a, b)
        if len(gap) > 40 or "," in gap or not any(m in gap for m in _MINUS_PROBES) \
                or not any(w in _C["minus"] for w in words(gap)):
            continue
        named = _named_total(doc, a)
        if named is None:
            continue
        d, ambiguous, prefix = named
        found.append(([b, d], a, "subtraction_loose" if ambiguous or _has(prefix, _C["partial_list"])
                      else "subtraction_named"))
    return found


def _opens_on(doc: Doc, total, first, opener: str) -> bool:
    """Does the list open on `total`? In its sentence, yes; across a sentence end only after
    "Rinciannya ..." and a sentence with no other such figure: "Gerindra 11 kursi. Partai lainnya
    yakni PPP 9 kursi, ..." lists other parties, and "16 laki-laki dan 12 perempuan. Rinciannya
    16 orang, ..." breaks down their sum."""
    if total.sentence.start == first.sentence.start:
        return True
    return any(w in opener for w in _C["breakdown"]) and sum(
        1 for c in doc.claims if c.sentence.start == total.sentence.start and _same(c, total)) == 1


def _scan(doc: Doc) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
    """The cheap per-figure tests several rules share, in one pass over the figures (the claims are
    in text order), as lists of indices into doc.claims:
    - joined: the figures whose next figure is in their sentence (the rules that read two or three
      figures in a row in one sentence);
    - opens: the first figures of the sentences that open on "Dari" or "Berikutnya", the openings
      the rules read (one test per sentence, not per figure);
    - rest: the figures with the first letters of a remainder word ("sisa") near them (_remainders);
    - diff: those with the first word of a difference phrase ("lebih", "selisih") near them
      (_difference_marked);
    - rest_opens: the first figures of the sentences opening on a remainder word (_rest_after_list).
    The cue tests read one window of text around each figure, from 24 characters before it to 12
    after it, which holds the windows both rules read (a figure they pass is always here); one
    search for both kinds of cue, and most figures are done."""
    joined, opens, rest, diff, rest_opens = [], [], [], [], []
    text = doc.text
    low = doc.text_lower
    if len(low) != len(text):
        return _scan_unaligned(doc)
    cue = _CUE_RX.search
    last = None
    for k, c in enumerate(doc.claims):
        if c.sentence.start != last:
            last = c.sentence.start
            if text.startswith(_OPENERS, last):
                opens.append(k)
            if low.startswith(_REST_OPEN, last, last + 12):
                rest_opens.append(k)
        else:
            joined.append(k - 1)
        # (the window read in the text lower-cased once: the cues are plain words, no anchors)
        lo, hi = max(0, c.start - 24), c.end + 12
        if cue(low, lo, hi) is None:
            continue
        if _REMAINDER_RX.search(low, lo, hi) is not None:
            rest.append(k)
        if _DIFFERENCE_FIRST_RX.search(low, lo, hi) is not None:
            diff.append(k)
    return joined, opens, rest, diff, rest_opens


def _scan_unaligned(doc: Doc) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
    """`_scan` for a text whose lower case is of another length (its offsets are not the text's):
    each window lower-cased on its own."""
    joined, opens, rest, diff, rest_opens = [], [], [], [], []
    text = doc.text
    last = None
    for k, c in enumerate(doc.claims):
        if c.sentence.start != last:
            last = c.sentence.start
            if text.startswith(_OPENERS, last):
                opens.append(k)
            if text[last:last + 12].lower().startswith(_REST_OPEN):
                rest_opens.append(k)
        else:
            joined.append(k - 1)
        low = text[max(0, c.start - 24):c.end + 12].lower()
        if _CUE_RX.search(low) is None:
            continue
        if _REMAINDER_RX.search(low) is not None:
            rest.append(k)
        if _DIFFERENCE_FIRST_RX.search(low) is not None:
            diff.append(k)
    return joined, opens, rest, diff, rest_opens


def _remainders(doc: Doc, near: list[int]):
    """ "T. Dari jumlah itu, A ..., sedangkan B sisanya": A + B = T; also the rest after a part and
    whole of the sentence before ("Dari 86 desa, ... di 3 desa ditunda. Sisanya, 83 desa, ...").
    (near: the indices of the figures with a remainder word near them, _cue_figures.)"""
    found = []
    cl = doc.claims
    pairs = None

    def after_pair(b):
        """ "36 dari 38 provinsi. Dua provinsi lainnya ...": the part and whole of the previous
        sentence (x dari y, di antaranya) that b, the rest, completes; None when there is none, or
        when the text goes on with more of the kind ("... 20 lainnya di puskesmas, dan sisanya")."""
        nonlocal pairs
        # (the tests of b alone first, before the subset ties are found)
        tail = words(doc.text[b.end:b.sentence.end])[1:]  # past b's own "lainnya"
        if any(w in _REMAINDER for w in tail) or any(
                c.start > b.start and doc.sentence_no(c) - doc.sentence_no(b) <= 1
                and doc.paragraph(c) == doc.paragraph(b) and _same(c, b, bare=True) for c in cl):
            return None
        if pairs is None:
            pairs = [(p, w, rule) for p, w, rule in worded_pairs(doc) if rule in _WHOLE_RULES]
        got = [(p, w) for p, w, rule in pairs if 0 <= doc.sentence_no(b) - doc.sentence_no(p) <= 1
               and p.end <= b.start and w.end <= b.start
               and (doc.sentence_no(w) == doc.sentence_no(p) or _among_then_rest(doc, p, w, b, rule))
               and _same(p, b, bare=True) and _same(w, b, bare=True)]
        if len(got) != 1:
            return None
        # nothing counted between: "4 dari 11 tersangka. Tiga di antaranya ..., dan 1 orang lainnya"
        # completes the three to the four, not the four to the eleven
        mid = norm(doc.text[max(got[0][0].end, got[0][1].end):b.start]).lstrip(" ,")
        mid = next((mid[len(a):] for a in _C["among_after"] if mid.startswith(a)), mid)  # the part's own
        lo, hi = max(got[0][0].end, got[0][1].end), b.start
        # (a count of another noun between is no part: "... di 40 posko resmi, sementara sisanya")
        if any(c.kind == "count" and lo <= c.start < hi and _same(c, b, bare=True) for c in cl) \
                or _has(mid, _C["among"]) \
                or any(w in _NUMBER_WORDS for w in words(mid)):
            return None
        return got[0]

    for k in near:  # (the cheap test first: most figures have no rest word around them)
        b = cl[k]
        after = norm(doc.text[b.end:b.end + 12])
        before = words(doc.text[max(b.sentence.start, b.start - 24):b.start])
        if not any(after.startswith(r) or r in before for r in _C["remainder"]):
            continue
        same = [c for c in cl[:k] if c.sentence.start == b.sentence.start and _same(c, b, bare=True)]
        # the clause that opens on the total: "Teguh mengatakan, dari 318 korban meninggal, ..."
        opens = [i for i, c in enumerate(same[:-1])
                 if norm(doc.text[b.sentence.start:c.start].rsplit(",", 1)[-1]) in _OF]
        if opens:
            # "Dari 18,8 juta KPM, sebanyak 12,4 juta ..., sedangkan sisanya, yakni 6,4 juta"
            found.append(([same[-1], b], same[opens[-1]], "remainder"))
            continue
        pair = after_pair(b)
        if pair is not None:
            part, whole = pair
            found.append(([part, b], whole, "remainder"))
            continue
        whole = _among_rest_whole(doc, b, same)
        if whole is not None:
            found.append(([same[0], b], whole, "remainder"))
            continue
        opening = norm(doc.text[b.sentence.start:b.sentence.start + 60])
        if len(same) != 1 or not that_group_opening(opening):
            continue  # (two figures before the rest: "Dari jumlah itu, A ..., yang terbagi atas B
            # dan C sisanya" splits A, the sentence's own, not the figure before)
        # "iuran ... Rp 42.000/bulan. Dari jumlah itu, peserta membayar Rp 35.000, sedangkan Rp 7.000
        # sisanya ...": the parts of an amount per month are parts of that month's amount
        totals = [c for c in cl[:k] if doc.sentence_no(b) - doc.sentence_no(c) == 1
                  and (_same(c, b, bare=True) or _per_whole(c, b, same[-1]))]
        if totals:
            found.append(([same[-1], b], totals[-1], "remainder"))
    return found


_AMONG_AFTER = tuple(_C["among_after"])


def _among_rest_whole(doc: Doc, b, same):
    """ "Luas panen musim ini 118.000 hektare. Sebanyak A di antaranya sawah irigasi, sementara B
    lainnya sawah tadah hujan": for amounts and measures (subset ties counts only), the rest b after
    the sentence's one other figure of its kind, which opens the sentence's figures and "di
    antaranya" follows, completes it to the one figure of that kind in the sentence before (no
    amount of change); None otherwise, or when more of the kind follow b."""
    if len(same) != 1 or same[0].kind not in ("money", "measure") or b.per is not None:
        return None
    a = same[0]
    if doc.in_sentence(a)[0] is not a or not norm(doc.text[a.end:a.end + 16]).lstrip(" ,").startswith(_AMONG_AFTER):
        return None
    prior = [c for c in doc.claims if doc.sentence_no(c) == doc.sentence_no(a) - 1 and _same(c, a)]
    if len(prior) != 1 or "change" in prior[0].cues or doc.in_headline(prior[0]) \
            or any(c.start > b.start and _same(c, b) and doc.sentence_no(c) - doc.sentence_no(b) <= 1
                   for c in doc.claims):
        return None
    return prior[0]


def _among_then_rest(doc: Doc, p, w, b, rule) -> bool:
    """ "Jumlah pengungsi tercatat T. Sebanyak A di antaranya mengungsi di balai desa, sementara B
    lainnya ...": the part the among word ties to the whole of the sentence before, and the rest in
    the part's own sentence."""
    return rule == "among_after" and doc.sentence_no(p) - doc.sentence_no(w) == 1 \
        and doc.sentence_no(b) == doc.sentence_no(p)


def _rest_after_list(doc: Doc, rest_opens: list[int]):
    """ "Total kursi yang tersedia 3.600 kursi. ... kuota jalur zonasi 50 persen atau 1.800 kursi,
    jalur afirmasi 15 persen atau 540 kursi, dan ... 180 kursi. Sisanya, 1.080 kursi, dialokasikan
    untuk jalur prestasi.": the rest after the counts of the sentence before completes them to the
    total of their noun stated a few sentences before (see share.stated_total). (rest_opens: the
    first figures of the sentences opening on a remainder word, _scan.)"""
    if not rest_opens or not any(r.kind == "count" and r.unit is not None for r in doc.claims) \
            or _REST_OPEN_CAP_RX.search(doc.text) is None:
        return []  # (the cheap tests first: a sentence opening on a remainder word, a count of a
        # noun, "Sisanya" opening a sentence)
    from checks.share import stated_total  # (share imports subset, as this module does)

    found = []
    cl = doc.claims
    for k in rest_opens:
        r = cl[k]
        if r.kind != "count" or r.unit is None:
            continue
        head = words(doc.text[r.sentence.start:r.start])
        if not head or head[0] not in _REMAINDER or len(head) > 3 \
                or any(c.sentence.start == r.sentence.start for c in cl[:k]):
            continue
        parts = [c for c in cl[:k] if doc.sentence_no(c) == doc.sentence_no(r) - 1 and c.kind == "count"
                 and c.unit == r.unit and c.per is None]
        if len(parts) < 2:
            continue
        total = stated_total(doc, r, parts[0])  # larger than the rest, whatever the parts say
        if total is not None and all(total is not c for c in parts):
            found.append((parts + [r], total, "remainder"))
    return found


def _per_whole(c, b, a) -> bool:
    """Is c an amount per period or unit whose parts "dari jumlah itu" names without the rate:
    "Rp 42.000/bulan" whole, "Rp 35.000" and "Rp 7.000" its parts?"""
    return c.kind == b.kind == a.kind == "money" and c.unit == b.unit == a.unit and c.per is not None \
        and b.per is None and a.per is None


_WHOLE_RULES = ("x_dari_y", "di_antaranya", "among_after", "from_opening")
_REMAINDER = frozenset(_C["remainder"])
_REMAINDER_RX = _probe_rx(_REMAINDER)  # "sisa" for "sisanya" too
_REST_OPEN = tuple(_C["rest_openers"])
_REST_OPEN_CAP = tuple(w.capitalize() for w in _REST_OPEN)
_REST_OPEN_CAP_RX = _probe_rx(_REST_OPEN_CAP)  # (one search: faster than a test a word on a whole text)
_NUMBER_WORDS = frozenset(LEX.units) | frozenset(LEX.tens) | frozenset(LEX.se_forms)


_BASE = tuple(_C["change_base"])


def _stated_differences(doc: Doc, joined):
    """ "A, lebih tinggi D dibandingkan ... yang B": D = |A − B|, each figure where the sentence puts
    it. Money, counts and measures only: "lebih tinggi 2 persen" may be relative. (joined: the indices
    of the figures whose next is in their sentence.)"""
    found = []
    cl = doc.claims
    for k in joined:
        if k == 0:
            continue
        a, d, b = cl[k - 1], cl[k], cl[k + 1]
        if d.kind not in ("money", "count", "measure") or a.sentence.start != d.sentence.start:
            continue  # (the cheap tests first)
        if not (_same(a, d) and _same(d, b)):
            continue
        gap1, gap2 = norm(doc.between(a, d)).strip(" ,"), norm(doc.between(d, b))
        if gap1 not in _C["comparative"] or len(gap2) > 60 or not any(w in _BASE for w in words(gap2)[:1]):
            continue
        ordered = _larger_first(doc, a, b, d)
        if ordered is not None:
            found.append(ordered)
    return found


def _enumerations(doc: Doc):
    """ "... bantalan sosial senilai Rp 24,17 triliun. Pertama, BLT ... Anggarannya Rp 12,4 triliun.
    Kedua, BSU ... dengan anggaran Rp 9,6 triliun. Ketiga, ... Rp 2,17 triliun ...": sentences
    opened by "Pertama,", "Kedua,", ... in turn break down the figure that closes the sentence
    before. Each item is the largest figure of the total's kind and unit in its stretch (an item
    also tells what one receives: "Rp 600.000"); the pick is the checker's, so a sum that does not
    fit is worth a look, not an alarm."""
    if len(doc.claims) < 3 or _FIRST[1:] not in doc.text or _SECOND[1:] not in doc.text:
        return []  # (the cheap tests first: a total and two items; "ertama," and "edua," for "Pertama," ...)
    found = []
    marks = [(m.start(1), _ORDINALS.index(m.group(1).lower())) for m in _ORDINAL_OPEN.finditer(doc.text)]
    cl = doc.claims
    for i, (at, n) in enumerate(marks):
        if n != 0:
            continue
        run = [at]
        for at2, n2 in marks[i + 1:]:
            if n2 == len(run):
                run.append(at2)
            elif n2 == 0:
                break
        if len(run) < 2:
            continue
        prior = [c for c in cl if c.end <= at]
        if not prior or doc.text[prior[-1].sentence.end:at].strip(" .\n\"") != "":
            continue  # the total closes the sentence right before "Pertama"
        total = prior[-1]
        if total.kind not in ("money", "count", "measure") or total.per is not None:
            continue
        last = next((c for c in cl if c.start >= run[-1]), None)
        ends = run[1:] + [last.sentence.end if last is not None and last.sentence.start <= run[-1] else run[-1]]
        parts = []
        for lo, hi in zip(run, ends):
            items = [c for c in cl if lo <= c.start < hi and _same(c, total) and doc.interval(c) is not None
                     and doc.interval(c).midpoint() is not None]
            if not items:
                break
            parts.append(max(items, key=lambda c: doc.interval(c).midpoint()))
        if len(parts) == len(run):
            found.append((parts, total))
    return found


def _named_openings(doc: Doc, opens):
    """ "Dari total ekspor, sektor nonmigas menyumbang A atau 93,85 persen, sedangkan ekspor migas
    B": the parts of the whole the sentence opens on by name (share.opening_named_whole). The text
    does not say the parts are all of it: only parts that add up to more than the whole alarm."""
    if not opens:
        return []
    from checks.share import opening_named_whole

    found = []
    for k in opens:  # the first figures of the sentences opening on "Dari" (see _scan)
        x = doc.claims[k]
        if x.kind not in ("money", "count", "measure") or not doc.text.startswith(_OF_OPEN, x.sentence.start):
            continue
        whole = opening_named_whole(doc, x)
        if whole is None or not _same(whole, x):
            continue
        parts = [c for c in doc.claims if c.sentence.start == x.sentence.start and _same(c, whole)]
        if len(parts) >= 2:
            found.append((parts, whole))
    return found


_OVER_ONLY = ("parts_of_named_whole", "parts_of_opening", "ranked_parts", "items_then_overall", "list_spread",
              "contributions_rest", "ranked_list")
_OF_CAP = tuple(w.capitalize() + " " for w in _OF)
_OF_OPEN = _OF_CAP + tuple(w + " " for w in _OF)
_ORDINALS = list(_C["enumeration"])
_ORDINAL_OPEN = regex.compile(r"(?:^|[.!?]\s+|\n)(" + "|".join(_ORDINALS) + r"),\s", regex.IGNORECASE)
_SUSPECT = ("enumeration",)
_FIRST, _SECOND = _ORDINALS[0] + ",", _ORDINALS[1] + ","


def _shortfalls(doc: Doc):
    """ "Realisasi lifting minyak ... 605.500 bph. ... target APBN 2023 sebesar 660.000 bph. ...
    realisasi lifting minyak kurang 54.500 bph dari target": A + D = T, where D follows a shortfall
    word and is followed by "dari" and T's name, T is the one earlier figure so named, and A the
    nearest earlier figure of D's own subject ("bauran EBT baru 13,1 persen, atau masih kurang 9,9
    persen poin dari target": percentage points add to percents)."""
    if not any(w in doc.text for w in _SHORT_PROBES):
        return []  # (the cheap test first: "urang" for "kurang" and "Kurang")
    cl = doc.claims
    if not any(doc.lower_has(_SHORT_RX_LOW, max(d.sentence.start, d.start - 16), d.start) for d in cl):
        return []  # (and then: right before a figure, where the rule wants the shortfall word)
    found = []
    starts = [c.start for c in cl]
    ks = set()
    for m in _SHORT_RX.finditer(doc.text):  # the figures within 16 characters after a shortfall word
        k = bisect.bisect_left(starts, m.end())
        if k < len(cl) and cl[k].start - m.end() <= 16:
            ks.add(k)
    for k in sorted(ks):
        d = cl[k]
        lo = max(d.sentence.start, d.start - 16)
        if d.kind not in ("money", "count", "measure", "percent"):
            continue
        before = words(doc.text[lo:d.start])
        if not before or before[-1] not in _SHORT:
            continue
        tail = words(doc.text[d.end:d.sentence.end])
        if len(tail) < 2 or tail[0] not in _OF:
            continue
        name = tail[1]
        if len(name) < 4 or not name.isalpha():
            continue
        kin = [c for c in cl[:k] if _adds(c, d) and doc.sentence_no(d) - doc.sentence_no(c) <= 2]
        named = [c for c in kin if _names(doc, c, name)]
        if not named or any(doc.interval(c) != doc.interval(named[-1]) for c in named):
            continue
        t = named[-1]
        own = set(words(d.subject))
        a = next((c for c in reversed(kin) if c is not t and own and set(words(c.subject)) == own
                  and not _names(doc, c, name)), None)
        if a is not None and "change" not in a.cues and "change" not in t.cues:
            found.append((a, t, d))
    return found


def _adds(c, d) -> bool:
    """Can c be added to d? The same kind, unit and rate; a percent to percentage points."""
    if c.kind == d.kind == "percent" and c.per == d.per and {c.unit, d.unit} <= {"percent", "percentage_point"}:
        return c.unit == "percent"
    return _same(c, d)


def _names(doc: Doc, c, name: str) -> bool:
    """Is c named `name` by its subject or the words of its clause ("target APBN 2023 sebesar
    660.000 bph"; "menargetkan bauran EBT mencapai 23 persen")?"""
    k = doc.index_of(c)
    start = c.sentence.start
    if k and doc.claims[k - 1].sentence.start == c.sentence.start:
        start = doc.claims[k - 1].end
    ws = words(c.subject) + words(doc.text[start:c.start])
    return any(w == name or (len(w) > len(name) + 2 and name in stems(w)) for w in ws)




_SHORT = frozenset(_C["shortfall"])
_SHORT_TAIL = tuple(w[1:] for w in _SHORT)
_SHORT_RX = regex.compile("|".join(regex.escape(w) for w in _SHORT_TAIL))
_SHORT_PROBES = probes(_SHORT_TAIL)  # "urang"
_SHORT_RX_LOW = _probe_rx(_SHORT_TAIL)
_PERCENT_STRONG = ("shortfall_named", "list_then_total_so")  # "13,1 persen, atau masih kurang 9,9 persen poin dari target"


def _next_difference(doc: Doc, a, b, d) -> bool:
    """ "Belanja daerah ditetapkan A, sedangkan pendapatan daerah ditargetkan B. Selisih D akan
    ditutup ...": the sentence opens on the difference word and D, right after the one sentence
    that states A and B and no other figure of their kind, neither of them a change."""
    head = words(doc.text[d.sentence.start:d.start])
    if not head or head[0] not in _DIFF_NOUNS or not set(head[1:]) <= _DIFF_FILLER:
        return False
    k = doc.sentence_no(d)
    if doc.sentence_no(a) != k - 1 or doc.sentence_no(b) != k - 1 or "change" in a.cues or "change" in b.cues:
        return False
    return sum(1 for c in doc.claims if c.sentence.start == a.sentence.start and _same(c, a)) == 2


_DIFF_NOUNS = frozenset(_C["difference_nouns"])
_DIFFERENCE_FIRST_RX = _probe_rx({p.split()[0] for p in _DIFFERENCE})  # "lebih" for "lebih tinggi"
_CUE_RX = re.compile(_REMAINDER_RX.pattern + "|" + _DIFFERENCE_FIRST_RX.pattern)  # (either cue: one search)
_DIFF_PROBES = probes(_DIFF_NOUNS)  # not "selisihnya"
_DIFF_FILLER = frozenset(_C["difference_filler"])


def _difference_marked(doc: Doc, near: list[int]) -> list[int]:
    """The indices of the figures a difference word stands right before: "Selisih D", "surplus
    sebesar D", "lebih tinggi D". (near: the indices of the figures with the first word of a
    difference phrase near them, _cue_figures: the cheap test.)"""
    out = []
    for k in near:
        d = doc.claims[k]
        raw = doc.text[max(0, d.start - 24):d.start]
        before = norm(raw)
        if before.endswith(_DIFFERENCE) or _DIFFERENCE_WORDS.intersection(before.split()[-3:]):
            out.append(k)
    return out


def _larger_first(doc: Doc, a, b, d):
    """(the larger of a and b, the smaller, d) for the difference d = larger − smaller, or None
    when either has no value to compare."""
    ai, bi = doc.interval(a), doc.interval(b)
    if ai is None or bi is None or ai.midpoint() is None or bi.midpoint() is None:
        return None
    return (a, b, d) if ai.midpoint() >= bi.midpoint() else (b, a, d)


def _differences(doc: Doc, marked):
    """ "A ..., B. Selisih D": D = A − B (the larger first)."""
    found = []
    cl = doc.claims
    for k in marked:
        d = cl[k]
        prior = [c for c in cl[:k] if _same(c, d) and doc.sentence_no(d) - doc.sentence_no(c) <= 1]
        if len(prior) < 2:
            continue
        ordered = _larger_first(doc, prior[-2], prior[-1], d)
        if ordered is not None:
            found.append(ordered)
    return found


_SO = frozenset(_C["so_words"])


def _so_differences(doc: Doc, marked):
    """ "Pada Desember, ekspor A dan impor B, sehingga neraca perdagangan surplus D": D = |A − B|,
    where the clause of D opens on a word of consequence and names it by a difference noun within
    four words, B is the figure right before it in its sentence, and A and B are the only two
    figures of D's kind in their sentences (the sentence before may hold A: "... setara A. Sementara
    itu, kebutuhan B, sehingga masih ada surplus D"); neither is an amount of change."""
    found = []
    cl = doc.claims
    for k in marked:  # (the figures a difference word stands before, found once for both rules)
        if k == 0:
            continue
        d, b = cl[k], cl[k - 1]
        if b.sentence.start != d.sentence.start or d.kind not in ("money", "count", "measure"):
            continue
        if d.start - b.end > 100:
            continue
        gap = words(doc.text[b.end:d.start])
        if not gap or gap[0] not in _SO or not _same(b, d):
            continue
        noun = next((i for i, w in enumerate(gap[1:6], 1) if w in _DIFF_NOUNS), None)
        if noun is None or not set(gap[noun + 1:]) <= _DIFF_FILLER:
            continue
        kin = [c for c in cl[:k - 1] if _same(c, d) and 0 <= doc.sentence_no(b) - doc.sentence_no(c) <= 1]
        if not kin:
            continue
        a = kin[-1]
        if any(doc.sentence_no(c) == doc.sentence_no(a) or c.sentence.start == b.sentence.start for c in kin[:-1]):
            continue  # another figure of the kind in their sentences: which two?
        if any(_moved(doc, c) for c in (a, b, d)):
            continue
        ordered = _larger_first(doc, a, b, d)
        if ordered is not None:
            found.append(ordered)
    return found


def _moved(doc: Doc, c) -> bool:
    """Is c an amount of change, a direction verb among the two words before it: "naik Rp 500",
    "turun sebesar 2 persen"?"""
    return bool(CHANGE_VERBS.intersection(words(doc.text[max(c.sentence.start, c.start - 24):c.start])[-2:]))


_SO_OPENERS = tuple(_C["so_openers"])
_CONTRIBUTION = frozenset(_C["contribution"])


def _drawn(doc: Doc, run, total) -> bool:
    """ "Sumatera menyumbang A, Kalimantan B, ..., serta Papua C. Dengan demikian, wilayah di luar
    Jawa secara keseluruhan berkontribusi T": the total's sentence, the one right after the list's,
    opens on a word of consequence, and T is the first figure of its sentence. Percents only as
    contributions, a word of which stands in the list's sentence or the total's."""
    if doc.sentence_no(total) != doc.sentence_no(run[-1]) + 1 \
            or not norm(doc.text[total.sentence.start:total.start]).startswith(_SO_OPENERS) \
            or doc.in_sentence(total)[0] is not total:
        return False
    return total.kind != "percent" or bool(_CONTRIBUTION & (doc.sentence_words(total) | doc.sentence_words(run[0])))


_OTHERS = tuple(_C["remainder"])


def _opening_parts(doc: Doc, opens):
    """ "Dari 139,85 juta penduduk bekerja, sebanyak 94,21 juta merupakan pekerja penuh. Sebanyak
    36,88 juta lainnya pekerja paruh waktu, dan 8,76 juta orang setengah penganggur.": a sentence
    that opens on "Dari T," and names one part, and the next sentence of its paragraph, whose first
    figure is "lainnya" (others, so no overlap) and which goes on with more parts. The text does
    not say the parts are all of T: only parts that add up to more alarm."""
    found = []
    cl = doc.claims
    for k in opens:
        t = cl[k]
        if not doc.text.startswith(_OF_OPEN, t.sentence.start) or t.kind not in ("money", "count", "measure") \
                or norm(doc.text[t.sentence.start:t.start]).strip() not in _OF:
            continue  # (cheap tests first: the sentence's first figure, right after its opening "Dari")
        own = [c for c in doc.in_sentence(t) if c.start > t.start and _same(c, t, bare=True)]
        nxt = [c for c in cl[k + 1:] if doc.sentence_no(c) == doc.sentence_no(t) + 1]
        if len(own) != 1 or not nxt or doc.paragraph(nxt[0]) != doc.paragraph(t) \
                or not _same(nxt[0], t, bare=True) \
                or not norm(doc.text[nxt[0].end:nxt[0].end + 12]).lstrip(" ,").startswith(_OTHERS):
            continue
        more = [c for c in nxt if _same(c, t, bare=True)]
        if len(more) >= 2:
            found.append((own + more, t))
    return found


_SUPERLATIVES = tuple(_C["superlatives"])
_SUPERLATIVE_WORDS = frozenset(_SUPERLATIVES)
_RANKED_NEXT = tuple(w.capitalize() for w in _C["ranked_next"])
_RANK_WINDOW = 3  # the total at most this many sentences (with figures) before the ranking


def _ranked_parts(doc: Doc, opens):
    """ "BPJS mencatat jumlah peserta JKN mencapai T. ... kelompok peserta terbesar adalah PBI, yakni
    A. Berikutnya PPU B, ..., dan bukan pekerja E.": the one figure of a sentence that names the
    largest group of a noun, and the figures of the next sentence, opened by "Berikutnya", are parts
    of the one earlier figure of that noun (its subject or clause holds it; a headline figure only
    when the body has none). The ranking need not be complete: only parts over their whole alarm."""
    found = []
    cl = doc.claims
    for j in opens:
        if j == 0 or not doc.text.startswith(_RANKED_NEXT, cl[j].sentence.start):
            continue
        k = j - 1
        a = cl[k]
        if a.kind not in ("money", "count", "measure") or len(doc.in_sentence(a)) != 1 \
                or doc.sentence_no(cl[j]) != doc.sentence_no(a) + 1:
            continue
        before = words(doc.text[a.sentence.start:a.start])
        at = next((i for i, w in enumerate(before) if w in _SUPERLATIVE_WORDS), None)
        if not at:
            continue
        rest = doc.in_sentence(cl[j])
        more = [c for c in rest if _same(c, a)]
        if len(more) != len(rest):
            continue  # another kind of figure among them: no plain ranking
        noun = before[at - 1]
        cands = [c for c in cl[:k] if _same(c, a) and doc.sentence_no(a) - doc.sentence_no(c) <= _RANK_WINDOW
                 and _names(doc, c, noun)]
        cands = [c for c in cands if not doc.in_headline(c)] or cands
        if cands and all(doc.interval(c) == doc.interval(cands[-1]) for c in cands):
            found.append(([a, *more], cands[-1]))
    return found


_FOLLOWED = frozenset(_C["ranked_follow"])  # "disusul", "diikuti"
_FOLLOWED_RX = _probe_rx(_FOLLOWED)
_TOP = tuple(_C["ranked_top"])  # "terbanyak", "paling banyak"


def _ranked_lists(doc: Doc, runs):
    """ "Rumah terendam paling banyak berada di Karanganyar sebanyak A, disusul Gajah B, Mijen C, dan
    Wedung D", "Belanja operasi menyedot porsi terbesar, yakni A, diikuti belanja modal B, ...":
    a list in one sentence that opens on the largest item (a superlative in the clause before it)
    and goes on with a word of following ("disusul", "diikuti") right after that item holds parts
    of the one earlier figure of their kind named by the clause's first word ("merendam 8.420
    rumah", "belanja daerah dianggarkan T"), within _RANK_WINDOW sentences, no amount of change
    and not itself in a ranking (a superlative in its sentence). The ranking need not
    be complete: only parts over their whole alarm."""
    if not runs or _FOLLOWED_RX.search(doc.text) is None:
        return []  # (the cheap tests first: a list, a following word)
    found = []
    cl = doc.claims
    for run in runs:
        first = run[0]
        if first.kind not in ("money", "count", "measure") or any(c.per is not None for c in run) \
                or _FOLLOWED.isdisjoint(doc.sentence_words(first)) \
                or _FOLLOWED.isdisjoint(words(doc.between(first, run[1]))):
            continue  # (cheap tests first: the following word right after the first item)
        if any(_same(c, first) and all(c is not x for x in run) for c in doc.in_sentence(first)):
            continue  # another figure of the kind in the sentence: which list?
        lead = norm(doc.text[first.sentence.start:first.start])
        at = [lead.find(t) for t in _TOP if lead.find(t) >= 0]
        if not at:
            continue
        named = [w for w in words(lead[:min(at)].rsplit(",", 1)[-1])[-4:] if w not in _DEMONSTRATIVES]
        if not named or len(named[0]) <= 3 or not named[0].isalpha():
            continue
        k = doc.sentence_no(first)
        cands = [c for c in cl if c.start < first.sentence.start and 0 < k - doc.sentence_no(c) <= _RANK_WINDOW
                 and _same(c, first) and not doc.in_headline(c) and not _moved(doc, c)
                 and "change" not in c.cues and _names(doc, c, named[0])]
        if cands and _has(doc.sentence_text(cands[-1]).lower(), _TOP):
            continue  # "penurunan terbesar ... 316 juta": an item of another ranking, no total
        if not cands:
            continue
        total = cands[-1]
        if any(doc.interval(c) != doc.interval(total) for c in cands if c.sentence.start == total.sentence.start):
            continue  # two such figures in the total's sentence: which one?
        found.append((run, total))
    return found


_THAT_GROUP = tuple(_C["that_group"])
_THAT_GROUP_CAP = tuple(g.capitalize() for g in _THAT_GROUP)


def _rest_named(doc: Doc, opens):
    """ "Jumlah angkatan kerja mencapai T. Dari jumlah tersebut, A bekerja dan sisanya menganggur."
    after "jumlah pengangguran ... R": A + R = T, where T is the last figure of A's kind in the
    sentence before, the sentence opening "Dari jumlah tersebut" has A alone and ends on the
    remainder word and the word naming the rest, and R is the one earlier figure (no amount of
    change) whose subject or clause holds a word of that word's root."""
    found = []
    cl = doc.claims
    for k in opens:
        a = cl[k]
        if k == 0 or not doc.text.startswith(_THAT_GROUP_CAP, a.sentence.start):
            continue
        if a.kind not in ("money", "count", "measure") or len(doc.in_sentence(a)) != 1:
            continue
        tail = words(doc.text[a.end:a.sentence.end])
        at = next((i for i, w in enumerate(tail) if w in _REMAINDER), None)
        if at is None or at + 2 != len(tail):
            continue  # the sentence ends on "sisanya menganggur"
        prior = [c for c in cl[:k] if doc.sentence_no(c) == doc.sentence_no(a) - 1]
        if not prior or not _same(prior[-1], a):
            continue
        t = prior[-1]
        named_roots = roots(tail[-1])
        named = [c for c in cl[:k] if c is not t and _same(c, a) and not _moved(doc, c)
                 and any(named_roots & roots(w) for w in words(c.subject) + _clause_words(doc, c))]
        if named and all(doc.interval(c) == doc.interval(named[0]) for c in named):
            found.append(([a, named[0]], t, "remainder"))
    return found


def _clause_words(doc: Doc, c, k: int | None = None) -> list[str]:
    """The words of c's clause before it: from the figure before it in its sentence, or its start
    (k: c's index among the claims, when the caller knows it)."""
    if k is None:
        k = doc.index_of(c)
    start = c.sentence.start
    if k and doc.claims[k - 1].sentence.start == c.sentence.start:
        start = doc.claims[k - 1].end
    return words(doc.text[start:c.start])


_OVERALL = tuple(w.capitalize() for w in _C["overall_openers"])
_OPENERS = _OF_OPEN + _RANKED_NEXT + _OVERALL
_ITEMS_BACK = 5  # at most this many items, one a sentence, before the overall figure


def _overall_items(doc: Doc, opens):
    """ "Pasangan nomor urut 2 memperoleh A suara atau 58,59 persen. Pasangan nomor urut 1 meraih B
    suara (24,95 persen). Adapun pasangan nomor urut 3 mendapat C suara. Secara keseluruhan, jumlah
    suara sah nasional mencapai T.": the sentences right before one opening on "Secara
    keseluruhan" with T, each holding one figure of T's kind, hold its items: (items, T, whether
    they may be parts), parts when each is no larger than T (a larger one is no part: "DPT 204 juta
    ... Secara keseluruhan, suara sah 164 juta"). The text does not say the items are all of T: only
    items over their whole alarm."""
    found = []
    cl = doc.claims
    for j in opens:
        t = cl[j]
        if not doc.text.startswith(_OVERALL, t.sentence.start) or t.kind not in ("money", "count", "measure"):
            continue
        ti = doc.interval(t)
        items, i = [], j - 1
        while i >= 0 and len(items) < _ITEMS_BACK and doc.sentence_no(cl[i]) == doc.sentence_no(t) - len(items) - 1:
            here = doc.in_sentence(cl[i])
            kin = [c for c in here if _same(c, t)]
            if len(kin) != 1 or "change" in kin[0].cues:
                break  # (a figure of a change, or its base, is no item: "naik 65 persen dibanding ... A")
            items.insert(0, kin[0])
            i -= len(here)
        if len(items) < 2 or ti is None or ti.hi is None:
            continue
        ivs = [doc.interval(c) for c in items]
        found.append((items, t, all(iv is not None and iv.lo is not None and iv.lo <= ti.hi for iv in ivs)))
    return found


_RUNNER_UP = tuple(_C["runner_up"])
_DIFF_OPEN = tuple(w.capitalize() for w in _C["difference_nouns"])


def _runner_up(doc: Doc, overall):
    """ "... Secara keseluruhan, jumlah suara sah mencapai T. Selisih perolehan X dengan pesaing
    terdekatnya D.": D is the largest item less the second largest, D in the sentence right after
    T's opening on a difference noun and naming the runner-up."""
    found = []
    cl = doc.claims
    for items, t, _ in overall:
        k = doc.index_of(t)
        nxt = [c for c in cl[k + 1:] if doc.sentence_no(c) == doc.sentence_no(t) + 1]
        if len(nxt) != 1 or not _same(nxt[0], t) or not doc.text.startswith(_DIFF_OPEN, nxt[0].sentence.start):
            continue
        d = nxt[0]
        if not any(r in norm(doc.text[d.sentence.start:d.start]) for r in _RUNNER_UP):
            continue
        mids = [doc.interval(c).midpoint() for c in items]
        if any(m is None for m in mids):
            continue
        a, b = [c for _, c in sorted(zip(mids, range(len(items))), reverse=True)[:2]]
        found.append((items[a], items[b], d))
    return found


_SO_OPEN_CAP = tuple(w.capitalize() for w in _SO_OPENERS)
_PERSON = "person"


def _rest_so(doc: Doc, opens):
    """ "total kasus ... menjadi T. ... Dari total kasus, sebanyak A orang dinyatakan sembuh dan B
    orang meninggal dunia. Dengan begitu, kasus aktif saat ini tercatat C kasus.": A + B + C = T,
    where the sentence opens "Dari <name>," and holds only its parts (people, "orang", count what
    the name counts), the next opens on a word of consequence and holds C alone, of the name's
    noun, and T is the one earlier figure of C's unit (no headline's) whose subject or clause
    holds every word of the name."""
    found = []
    cl = doc.claims
    for j in opens:
        x = cl[j]
        head, comma, after = norm(doc.text[x.sentence.start:x.start]).partition(",")
        if not comma or not head.startswith(_OF_OPEN) or not set(words(after)) <= _DIFF_FILLER \
                or x.kind != "count" or x.per is not None:
            continue  # "Dari total kasus, sebanyak A"
        name = [w for w in words(head)[1:] if w not in _DEMONSTRATIVES]
        own = doc.in_sentence(x)
        if not 1 <= len(name) <= 3 or any(c.kind != "count" or c.unit != x.unit or c.per is not None for c in own):
            continue
        k = j + len(own)
        if k >= len(cl) or doc.sentence_no(cl[k]) != doc.sentence_no(x) + 1 or len(doc.in_sentence(cl[k])) != 1 \
                or not doc.text.startswith(_SO_OPEN_CAP, cl[k].sentence.start):
            continue
        c = cl[k]
        if c.kind != "count" or c.per is not None or c.unit is None or _moved(doc, c) \
                or (x.unit != c.unit and (x.unit != _PERSON or c.unit.removeprefix("count:") not in name)):
            continue
        cands = [t for t in cl[:j] if t.kind == "count" and t.unit == c.unit and t.per is None
                 and not doc.in_headline(t) and all(_names(doc, t, w) for w in name)]
        if cands and all(doc.interval(t) == doc.interval(cands[-1]) for t in cands):
            found.append(([*own, c], cands[-1], "remainder_so"))
    return found


_SPREAD_WORDS = frozenset(_C["spread_verbs"])
_SPREAD_RX = _probe_rx(_SPREAD_WORDS)
_LEAD_MAX = 3  # at most this many words before the list in its sentence, when the group is named before


def _sentence_before(doc: Doc, start: int) -> int | None:
    """Where the sentence right before the one starting at `start` starts, in its paragraph (None at
    a paragraph's start)."""
    head = doc.text[:start].rstrip().rstrip("\"'”")
    if not head or "\n" in doc.text[len(head):start]:
        return None
    cut = max(head.rfind(x, 0, len(head) - 1) for x in (". ", "! ", "? ", "\n"))
    at = cut + 1
    while at < len(head) and head[at] in " \"'“":
        at += 1
    return at


_THIS_FIGURE = frozenset(_C["this_figure"])
_SPREAD_INTO = tuple(w + " " for w in _C["spread_into"])


def _opens_list(rest: str) -> bool:
    """Does the text after the spread verb, up to the first item, open a list: "atas ...",
    "menjadi ...", or the places and then "yaitu" or a colon?"""
    rest = rest.lstrip()
    return rest.startswith(_SPREAD_INTO) or ":" in rest or _has(rest, _C["list_opener"])


def _spread_lists(doc: Doc, runs):
    """ "... 24.100 jiwa, terpaksa mengungsi. Pengungsi tersebar di 112 titik. Sebanyak A orang di
    ..., B orang di ..., dan C orang di ..."; "... sudah 468 ekor. Ia mengatakan, jumlah itu tersebar
    di 7 kecamatan, yaitu Elar 74 ekor, ..., dan Rana Mese 63 ekor": a list of where a group is,
    its sentence or the one right before saying the group is spread (tersebar, terbagi) and naming
    it by the words of that verb's clause before it. The total is the nearest figure of the list's
    kind before that clause, within _NAMED_WINDOW sentences: the one the clause points back at
    ("jumlah itu"), or one whose sentence holds a word of a named word's root ("pengungsi",
    "mengungsi"); no other such figure in its sentence. The list must look complete: its last item
    joined by "dan"/"serta", no figure of its kind after it in the sentence, no word saying it
    names only some ("antara lain"). When the text counts the places ("tersebar di 7 kecamatan")
    and the list has that many items, it is all of them (list_spread_counted); else only parts over
    their total alarm (list_spread)."""
    if not runs or _SPREAD_RX.search(doc.text) is None:
        return []  # (the cheap tests first: a list, a spread word)
    found = []
    cl = doc.claims
    for run in runs:
        first, last = run[0], run[-1]
        if first.kind not in ("count", "money", "measure") or any(c.per is not None for c in run):
            continue
        own = doc.in_sentence(first)
        if any(_same(c, first) for c in own if c.start < first.start or c.start > last.start):
            continue
        lead = norm(doc.text[first.sentence.start:first.start])
        start = first.sentence.start
        if not _SPREAD_WORDS.intersection(words(lead)):
            if len(words(lead)) > _LEAD_MAX or (start := _sentence_before(doc, start)) is None:
                continue
        spread = norm(doc.text[start:first.start if start == first.sentence.start else first.sentence.start])
        verb = next((m for m in regex.finditer(r"\p{L}+", spread) if m.group() in _SPREAD_WORDS), None)
        if verb is None or _has(spread, _C["partial_list"]):
            continue
        if start == first.sentence.start and not _opens_list(spread[verb.end():]):
            continue  # "tersebar di 11 kabupaten, dan dari jumlah itu 3 kabupaten": the places, no list
        clause = spread[:verb.start()].rsplit(", ", 1)[-1]
        ws = words(clause)
        if not 1 <= len(ws) <= 3:
            continue
        tail = doc.text[last.end:min(last.sentence.end, last.end + _LIST_GAP)]
        if not _AND_WORDS.intersection(words(doc.between(run[-2], last))) or _MORE.search(tail):
            continue
        back = " ".join(ws) in _THIS_FIGURE
        named = [w for w in ws if w not in _DEMONSTRATIVES]
        named_roots = set().union(*(roots(w) for w in named)) if named else set()
        k = doc.sentence_no(first)
        cands = [c for c in cl if c.start < start and k - doc.sentence_no(c) <= _NAMED_WINDOW
                 and _same(c, first) and not doc.in_headline(c) and not _moved(doc, c)
                 and (back or any(named_roots & roots(w) for w in doc.sentence_words(c)))]
        if not cands:
            continue
        total = cands[-1]
        if any(c.sentence.start == total.sentence.start and doc.interval(c) != doc.interval(total)
               for c in cands[:-1]):
            continue  # two such figures in the total's sentence: which one?
        places = next((c for c in cl if start + verb.end() <= c.start < first.start and c.kind == "count"), None)
        counted = places is not None and places.value is not None and places.value == len(run)
        found.append((run, total, "list_spread_counted" if counted else "list_spread"))
    return found


_THIS_NOUN = frozenset(_C["this_noun"])
_COMPARATIVE_FIRST_RX = _probe_rx({p.split()[0] for p in _C["comparative"]})  # "lebih"
_BASE_GAP = 80  # at most this many characters from D to B: the comparison word and B's name


def _same_but_rate(d, b) -> bool:
    """Is d a difference of figures like b that leaves b's rate unsaid ("Rp 2.100" of two prices
    per kg)? The same kind and unit, d with no rate."""
    return d.per is None and b.per is not None and d.kind == b.kind and _unit(d) == _unit(b) \
        and (d.kind != "count" or d.unit is not None)


def _this_differences(doc: Doc, joined):
    """ "Beras medium kini dijual A per kg atau naik ... dibandingkan ... . Harga itu lebih mahal D
    dibandingkan HET ... yang ditetapkan B per kg": D = |A − B|, where D's sentence opens on a noun
    and a demonstrative ("Harga itu") right before the comparative, then a comparison word and B,
    and A is the first figure of the sentence before (the one it is about), of B's kind, unit and
    rate, no amount of change. D may leave the rate unsaid ("Rp 2.100"). (joined: the indices of the
    figures whose next is in their sentence.)"""
    found = []
    cl = doc.claims
    for k in joined:
        if k == 0:
            continue
        d, b = cl[k], cl[k + 1]
        if d.kind not in ("money", "count", "measure") or cl[k - 1].sentence.start == d.sentence.start:
            continue  # D opens its sentence's figures (the claims are in text order)
        lead = doc.text[d.sentence.start:d.start]
        if _COMPARATIVE_FIRST_RX.search(lead.lower()) is None:
            continue  # (the cheap test first: the first word of a comparative before D, "lebih")
        head = words(lead)
        gap2 = norm(doc.between(d, b))
        if len(head) < 3 or head[1] not in _THIS_NOUN or " ".join(head[2:]) not in _C["comparative"] \
                or len(gap2) > _BASE_GAP or not any(w in _BASE for w in words(gap2)[:1]):
            continue
        prev = [c for c in cl[:k] if doc.sentence_no(c) == doc.sentence_no(d) - 1]
        if not prev:
            continue
        a = prev[0]
        if not _same(a, b) or _moved(doc, a) or not (_same(d, b) or _same_but_rate(d, b)):
            continue
        ordered = _larger_first(doc, a, b, d)
        if ordered is not None:
            found.append(ordered)
    return found


_COMPLEMENTS = [frozenset(words(" ".join(p))) for p in _C["complement_pairs"]]  # {laki, perempuan}
_COMPLEMENT_WORDS = frozenset().union(*_COMPLEMENTS)
# one word of each pair, a word of two pairs where there is one ("swasta"): a sentence that holds a
# pair holds it
_COMPLEMENT_RX = _probe_rx({max(sorted(p), key=lambda w: (sum(w in q for q in _COMPLEMENTS), len(w)))
                            for p in _COMPLEMENTS})
_SPLIT_RULES = ("x_dari_y", "di_antaranya", "among_after", "that_group", "from_opening")


_REST_WORDS = frozenset(_C["rest_openers"])  # sisanya, selebihnya
_HUNDRED = Interval.point(100)


def _percent_rests(doc: Doc, near: list[int]) -> list[Finding]:
    """Shares of one whole that end on the rest: "60 persen responden setuju, 30 persen tidak
    setuju, dan sisanya 10 persen tidak menjawab": the rest is 100 persen less the others. The
    shares are the sentence's plain percents before the rest, with no other figure among them (a
    count or an amount would be another whole) and none a change ("naik 5 persen"); the rest
    word stands right before the last ("dan sisanya 10 persen", "sisanya sebesar 10 persen"), and
    the sentence before gives no percent (a list begun there has shares this one leaves out)."""
    out = []
    cl = doc.claims
    for k in near:
        c = cl[k]
        if c.unit != "percent" or c.per is not None or c.kind != "percent" or doc.in_headline(c):
            continue
        here = doc.before_in_sentence(c)
        if not here or any(x.unit != "percent" or x.per is not None or "change" in x.cues for x in here) \
                or "change" in c.cues:
            continue
        lead = words(doc.between(here[-1], c))
        if not lead or not _REST_WORDS.intersection(lead[-2:]):
            continue  # the rest word right before the figure (perhaps "sebesar" between)
        first = k - len(here)  # (the sentence's first figure, and the figure before it)
        prior = cl[first - 1] if first else None
        if prior is not None and doc.sentence_no(prior) == doc.sentence_no(c) - 1 \
                and any(x.unit == "percent" for x in doc.in_sentence(prior)):
            continue  # "Bali 55,34 persen. Setelah Bali, NTB 5,89 persen, ... dan sisanya": begun before
        ivs = [doc.interval(x) for x in here]
        ci = doc.interval(c)
        if ci is None or any(iv is None or not iv.bounded for iv in ivs) or not ci.bounded:
            continue
        taken = ivs[0]
        for iv in ivs[1:]:
            taken = taken + iv
        derived = _HUNDRED - taken
        ok = derived.overlaps(ci)
        names = " − ".join(["100 persen", *(x.text for x in here)])
        out.append(finding(
            "sum", "consistent" if ok else "inconsistent", [*here, c], rule="percent_rest", stated=ci,
            derived=derived, unit="percent", fix=None if ok else (c, derived),
            steps_id=[f"Sisanya: {names} = {show(derived, c)}.", stated(c, ci, ok)],
            steps_en=[f"The rest: {names} = {show(derived, c, lang='en')}.", stated(c, ci, ok, "en")],
        ))
    return out


def _complement_splits(doc: Doc, joined):
    """ "Calon yang bertarung 291 orang. Sebanyak A di antaranya laki-laki, sedangkan B calon
    perempuan", "Dari T peserta, A orang perempuan dan B orang laki-laki": a part of a whole (a
    subset tie: di antaranya, dari, Dari jumlah itu) and the next figure of its sentence, each
    named by one word of a pair that splits any group in two (laki-laki and perempuan, pria and
    wanita) — A's word between the two, B's in B or right after it, or each word in its figure's
    own subject ("pemilih perempuan berjumlah A dan pemilih laki-laki B") — make the whole: A + B = T.
    Not when the sentence goes on with a figure of the kind or a rest ("sisanya belum
    teridentifikasi"), nor when the next sentence opens on a rest. (joined: the indices of the figures
    whose next is in their sentence.)"""
    cl = doc.claims
    # (the cheap test first: a sentence with two figures holding both words of a pair; its words
    # split only when its text holds one of them)
    pairs, tried = set(), set()
    for k in joined:
        a = cl[k]
        if a.sentence.start in tried:
            continue
        tried.add(a.sentence.start)
        if doc.lower_has(_COMPLEMENT_RX, a.sentence.start, a.sentence.end):
            ws = doc.sentence_words(a)
            pairs.update(p for p in _COMPLEMENTS if p <= ws)
    if not pairs:
        return []
    found, seen = [], set()
    index = {c.id: k for k, c in enumerate(cl)}
    for a, t, rule in worded_pairs(doc):
        k = index.get(a.id)
        if rule not in _SPLIT_RULES or k is None or k + 1 >= len(cl) or a.id in seen:
            continue
        b = cl[k + 1]
        if b.sentence.start != a.sentence.start or not _same(a, b, bare=True) or not _same(t, b, bare=True) \
                or not _same(t, a, bare=True) or t.start > a.start:
            continue
        pair = next((p for p in pairs if len(p & doc.sentence_words(a)) == 2), None)
        if pair is None:
            continue
        mid = pair.intersection(words(doc.between(a, b)))
        after = words(b.text)[1:] + words(doc.text[b.end:b.sentence.end])[:2]
        # "pemilih perempuan berjumlah A dan pemilih laki-laki B": each named in its own subject
        own_a, own_b = pair.intersection(words(a.subject)), pair.intersection(words(b.subject))
        if not (len(mid) == 1 and (pair - mid).intersection(after)) \
                and not (len(own_a) == len(own_b) == 1 and own_a != own_b):
            continue
        tail = doc.text[b.end:b.sentence.end]
        nxt = doc.text[b.sentence.end:b.sentence.end + 16].lstrip()
        if any(c.start > b.start and c.sentence.start == b.sentence.start for c in cl) \
                or _REMAINDER.intersection(words(tail)) or nxt.startswith(_REST_OPEN_CAP):
            continue
        seen.add(a.id)
        found.append(([a, b], t))
    return found


_VALID = frozenset(_C["ballots_valid"])
_INVALID = tuple(_C["ballots_invalid"])
_CAST = tuple(_C["ballots_cast"])
_TALLY_SPAN = 4  # the three figures within this many sentences (with figures) of each other


def _valid_invalid(doc: Doc):
    """ "Secara keseluruhan, jumlah suara sah nasional mencapai A suara. ... sekitar C orang
    menggunakan hak pilihnya ... . Sekitar B surat suara dinyatakan tidak sah.": the valid and the
    invalid ballots make the ballots cast, A + B = C. A is the count whose clause names it valid
    (before it, not "tidak sah"), B the one whose sentence names it invalid after it, C the one
    right before a phrase of casting; each the one such count in the body, the three near."""
    if len([c for c in doc.claims if c.kind == "count" and c.per is None]) < 3:
        return []  # (the cheapest test first: three counts, the valid, the invalid and the cast)
    low = doc.text_lower
    if not any(w in low for w in _INVALID) or not any(w in low for w in _CAST):
        return []  # (the cheap test first)
    valid, invalid, cast = [], [], []
    for k, c in enumerate(doc.claims):
        if c.kind != "count" or c.per is not None or doc.in_headline(c) or doc.is_link_line(c):
            continue
        before = _clause_words(doc, c, k)
        after = norm(doc.text[c.end:c.sentence.end])
        if any(w in after for w in _INVALID) and not any(
                x.start > c.start for x in doc.in_sentence(c) if x.kind == "count"):
            invalid.append(c)
        elif _VALID.intersection(before) and not _has(" ".join(before), _INVALID):
            valid.append(c)
        elif after.lstrip().startswith(_CAST):
            cast.append(c)
    if len(valid) != 1 or len(invalid) != 1 or len(cast) != 1:
        return []
    a, b, t = valid[0], invalid[0], cast[0]
    ks = [doc.sentence_no(x) for x in (a, b, t)]
    if max(ks) - min(ks) > _TALLY_SPAN or any(_moved(doc, x) for x in (a, b, t)):
        return []
    return [([a, b], t)]


_CONTRIB_BACK = 2  # the contributions stand in at most this many sentences before the rest


def _contributions_rest(doc: Doc):
    """ "Inflasi 2023 Sebesar 2,61 Persen" ... "makanan ... memberikan andil terbesar, yakni A persen
    poin. Berikutnya transportasi B persen poin, ..., serta pendidikan D persen poin. Sisanya, E
    persen poin, berasal dari tujuh kelompok lain.": contributions in percentage points, closed by
    the rest in a sentence opening on "Sisanya", make up the percent the headline states (its first
    restatement in the body, before them). The sentences of the contributions hold only such
    figures and a word of contribution (andil, menyumbang). Which rate they make up is the
    checker's reading: only parts over the whole alarm."""
    if not any(c.unit == "percentage_point" for c in doc.claims) or _REST_OPEN_CAP_RX.search(doc.text) is None:
        return []  # (the cheap tests first: a figure in percentage points, "Sisanya" opening a sentence)
    found = []
    cl = doc.claims
    heads = [c for c in cl if doc.in_headline(c) and c.unit == "percent" and c.per is None]
    if len({(c.value, c.low, c.high) for c in heads}) != 1:
        return []
    for k, r in enumerate(cl):
        if r.unit != "percentage_point" or r.per is not None or (k and cl[k - 1].sentence.start == r.sentence.start):
            continue
        head = words(doc.text[r.sentence.start:r.start])
        if not head or head[0] not in _REMAINDER or len(head) > 3 \
                or sum(1 for c in doc.in_sentence(r) if c.kind == "percent") != 1:
            continue
        parts, n = [], doc.sentence_no(r)
        for back in range(1, _CONTRIB_BACK + 1):
            here = [c for c in cl[:k] if doc.sentence_no(c) == n - back]
            if not here or any(c.unit != "percentage_point" or c.per is not None for c in here):
                break
            parts = here + parts
        if len(parts) < 2 or not any(_CONTRIBUTION & doc.sentence_words(c) for c in parts) \
                or any(_moved(doc, c) for c in parts):
            continue
        hi = doc.interval(heads[0])
        total = next((c for c in cl if not doc.in_headline(c) and c.start < parts[0].start and c.unit == "percent"
                      and c.per is None and doc.interval(c) == hi), None)
        if total is not None:
            found.append(([*parts, r], total))
    return found


_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BASE_BACK = 6  # the comparison word at most this many words before a base figure


def _noun(c) -> str | None:
    """The last word of a figure's subject: "nilai ekspor" -> ekspor, "dikurangi impor" -> impor."""
    ws = words(c.subject) if c.subject else []
    return ws[-1] if ws and ws[-1].isalpha() else None


def _year(c) -> str | None:
    got = _YEAR.findall(c.time or "")
    return got[0] if len(got) == 1 else None


def _base_of(doc: Doc, x, noun: str, others) -> list:
    """The figures like x that a comparison takes as its base ("dibandingkan 2022 yang mencapai
    X'", "melemah 6,55 persen dari X' pada 2022"), the comparison word in its clause (after the last
    comma before it), its sentence naming `noun` before it and the clause none of `others`."""
    out = []
    for c in doc.claims:
        if c is x or not _same(c, x) or doc.in_headline(c) or doc.is_link_line(c):
            continue
        lead = doc.text[c.sentence.start:c.start]
        clause = words(lead.rsplit(", ", 1)[-1])  # "Meski masih surplus, capaiannya lebih rendah dibandingkan ..."
        if noun not in words(lead) or others.intersection(clause):
            continue
        if _BASE_SET.intersection(clause[-_BASE_BACK:]):
            out.append(c)
    return out


_BASE_SET = frozenset(_BASE)


def _base_subtractions(doc: Doc, subs):
    """ "Surplus tersebut berasal dari nilai ekspor A dikurangi impor B" (subtraction_named), and
    for the year compared with: "lebih rendah dibandingkan 2022 yang mencapai D'", "nilai ekspor
    ... turun ... dibandingkan 2022 yang sebesar A'", "Impor juga melemah ... dari B' pada 2022":
    the identity the text states holds for the base figures as well, B' + D' = A'. Each base is the
    one figure of its kind after a comparison word in a sentence naming its noun (and not the
    other two); the three name one year, and not the year of the stated ones."""
    found = []
    for parts, a, rule in subs:
        if rule != "subtraction_named":
            continue
        b, d = parts
        nouns = [_noun(x) for x in (a, b, d)]
        if None in nouns or len(set(nouns)) != 3:
            continue
        bases = []
        for x, n in zip((a, b, d), nouns):
            got = _base_of(doc, x, n, set(nouns) - {n})
            if len(got) != 1:
                break
            bases.append(got[0])
        if len(bases) != 3:
            continue
        years = {_year(x) for x in bases}
        if len(years) != 1 or None in years or years & {_year(x) for x in (a, b, d)}:
            continue
        a2, b2, d2 = bases
        found.append(([b2, d2], a2, "subtraction_base"))
    return found


_PAIR_JOINS = frozenset(_C["pair_joins"])
_PAIR_OPEN = frozenset(_C["pair_open"])
_PAIR_BACK = 3  # the two figures at most this many sentences (with figures) before the difference


def _like(c, d) -> bool:
    """Figures a difference may be taken of: the same kind and unit, the same rate or one left
    unsaid ("dijual Rp 1.325.000" for 1 gram, "Rp 1.209.000 per gram")."""
    return c.kind == d.kind and _unit(c) == _unit(d) and (c.per == d.per or c.per is None or d.per is None) \
        and (c.kind != "count" or c.unit is not None)


def _pair_names(doc: Doc, d, k: int) -> tuple[str, str] | None:
    """The two names after a difference noun in d's clause: "selisih harga jual dan buyback
    mencapai D" -> (jual, buyback), the last word of each side, "-nya" dropped (k: d's index)."""
    start = doc.claims[k - 1].end if k and doc.claims[k - 1].sentence.start == d.sentence.start else d.sentence.start
    low = doc.text[start:d.start].lower()
    if not any(w in low for w in _DIFF_PROBES):
        return None  # (the cheap test first: a difference noun in the clause's text)
    ws = _clause_words(doc, d, k)
    at = next((i for i, w in enumerate(ws) if w in _DIFF_NOUNS), None)
    if at is None:
        return None
    rest = [w for w in ws[at + 1:] if w not in _PAIR_OPEN]
    while rest and rest[-1] in _DIFF_FILLER:
        rest.pop()
    joins = [i for i, w in enumerate(rest) if w in _PAIR_JOINS]
    if len(joins) != 1 or not 1 <= joins[0] <= 3 or not 1 <= len(rest) - joins[0] - 1 <= 2:
        return None
    x, y = without_enclitic(rest[joins[0] - 1]), without_enclitic(rest[-1])
    return (x, y) if x.isalpha() and y.isalpha() and x != y else None


def _named_by(doc: Doc, c, name: str, k: int | None = None) -> bool:
    """Is c named `name` by its subject or its clause, as the word or a verb built on it ("dijual"
    names jual, where _names wants a longer word)? (k: c's index, when known.)"""
    return any(w == name or name in stems(w) for w in words(c.subject) + _clause_words(doc, c, k))


def _pair_differences(doc: Doc):
    """ "harga ... dijual A ... . Harga pembelian kembali (buyback) ... menjadi B per gram.
    Artinya, selisih harga jual dan buyback mencapai D per gram": D = |A − B|, A and B the last
    figures like D before it, within _PAIR_BACK sentences, each named by one of the two names (its
    subject or clause, a verb's base: "dijual" names jual) and not by the other; no amount of
    change ("naik Rp 12.000") nor the base of a comparison ("dari B'", "dibandingkan ... yang A'").
    The pick is the checker's reading: a pair that does not fit is not an alarm."""
    if not any(d.kind in ("money", "count", "measure") for d in doc.claims) \
            or not any(w in doc.text for w in _DIFF_PROBES):
        return []  # (the cheap tests first)
    found = []
    cl = doc.claims
    for k, d in enumerate(cl):
        if d.kind not in ("money", "count", "measure"):
            continue
        names = _pair_names(doc, d, k)
        if names is None:
            continue
        picks = []
        for name, other in (names, names[::-1]):
            got = [c for i, c in enumerate(cl[:k]) if _like(c, d) and doc.sentence_no(d) - doc.sentence_no(c) <= _PAIR_BACK
                   and not doc.in_headline(c) and not _moved(doc, c)
                   and not _BASE_SET.intersection(_clause_words(doc, c, i))
                   and _named_by(doc, c, name, i) and not _named_by(doc, c, other, i)]
            if not got:
                break
            picks.append(got[-1])
        if len(picks) != 2 or picks[0] is picks[1]:
            continue
        ordered = _larger_first(doc, picks[0], picks[1], d)
        if ordered is not None:
            found.append(ordered)
    return found
