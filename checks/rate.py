"""rate and multiple.

rate: an amount per unit of time times a duration against the total it makes — "Rp 200.000 per
bulan untuk dua bulan ... Rp 400.000", "45.000 porsi per hari. Selama tujuh hari ... total porsi
315.000 porsi".
multiple: "dua kali lipat", "separuh", "1,5 kali" against the two figures it compares; and a
total through the n-th period against n times one period's amount ("menerima insentif bulan
keempat ... secara total Rp 2,4 juta" with "Rp 600.000" a month).
"""

from __future__ import annotations

import re
from fractions import Fraction

from checks.intervals import ROUNDING_HEDGES, Interval, as_written, rounded_or_cut
from checks.explain import finding, near_power_of_1000, show, stated
from checks.model import Finding
from checks.product import _factor, _periods_in
from checks.relations import CHANGE_VERBS, ENCLITICS, LEX, Doc, thing, without_enclitic, word_matches, words
from extract.lang import norm, probes
from extract.quantities import scan

_TIME_UNITS = frozenset(LEX.se_units.values())
_C = LEX.cues["check"]
WINDOW = 2


def check_rate(doc: Doc) -> list[Finding]:
    out = []
    cl = doc.claims
    periods = {d.unit for d in cl if d.kind == "measure" and d.unit in _TIME_UNITS and d.per is None}
    if not periods:
        return out
    per = {c.id: _per(doc, c, cl[j - 1] if j else None) for j, c in enumerate(cl)}
    pers = {p for p in per.values() if p}
    if periods.isdisjoint(pers) and not any(_holds(u, p) for u in periods for p in pers):
        return out  # every rule below starts from a figure per a duration's unit of time
    for n, d in enumerate(cl):
        if d.kind != "measure" or d.unit not in _TIME_UNITS or d.per is not None:
            continue
        k = doc.sentence_no(d)
        # (a rate per month over "satu tahun" too: _converts, when the total grows past the rate)
        rates = [c for c in cl[:n] if c.kind in ("money", "count", "measure") and k - doc.sentence_no(c) <= WINDOW
                 and (per[c.id] == d.unit or _converts(doc, c, d, per) and _grows(doc, cl, n, k, c, per))]
        # "... 605.500 barel per hari. Angka ini setara ... 660.000 bph. ... Jika dikalikan 365 hari,
        # total ... sekitar 221 juta barel": a rate a little further back may be the one meant; the
        # best fitting one is reported
        wider = [c for c in cl[:n] if per[c.id] == d.unit and c.kind in ("money", "count", "measure")
                 and WINDOW < k - doc.sentence_no(c) <= FIT_WINDOW and doc.paragraph(d) - doc.paragraph(c) <= 1]
        fits = []
        for a in wider + rates:  # "Rp 200.000 per bulan untuk dua bulan, ... Rp 400.000"
            t = _total_after(doc, cl, n, k, a, per)
            if t is None:
                continue
            ai, di, ti = _rate_iv(doc, a), _duration(doc, d, per[a.id]), doc.interval(t)
            if None in (ai, di, ti):
                continue
            derived = ai * di
            if derived.overlaps(ti):
                fits.append((_distance(derived, ti), a, t, ai, di, ti, derived))
        if fits:
            # one that fits as written first; "sekitar 1,16 juta dosis" for 18.500 per hari × 60
            # hari meets only through the hedge's width: worth a look when the text ties the three
            good = [f for f in fits if not _written_miss(doc, f[1], d, f[2], per[f[1].id])]
            _, a, t, ai, di, ti, derived = min(good or fits, key=lambda f: f[0])
            verdict = "consistent" if good else "suspicious" if rates == [a] and (
                "total" in t.cues or _refers_to_rate(doc, d)) else "undetermined"
            out.append(_rate_finding(a, d, t, ai, di, ti, derived, verdict))
            continue
        # none fits: an alarm only when one rate alone can be meant and the total says so, or when
        # the total is a scale slip off every rate that comes near it (221 ribu barel for 221 juta)
        judged = False
        extra = _extra_rate(doc, cl, n, k, rates, per) if len(rates) > 1 else None
        rates = extra or rates
        if len(rates) == 1:
            a = rates[0]
            t = _total_after(doc, cl, n, k, a, per)
            ivs = (_rate_iv(doc, a), _duration(doc, d, per[a.id]), doc.interval(t)) if t is not None else (None,)
            if t is not None and None not in ivs:
                ai, di, ti = ivs
                derived = ai * di
                close = derived.midpoint() and ti.midpoint() and \
                    Fraction(1, 10) <= ti.midpoint() / derived.midpoint() <= 10
                # the total marked as one, or the duration's sentence going on about the rate ("Jika
                # laju tersebut terjaga selama 60 hari", "Jika dikalikan 365 hari"), or named an
                # extra of the one difference rate ("tambahan pengeluaran")
                said = "total" in t.cues or _refers_to_rate(doc, d) or extra is not None
                slip = near_power_of_1000(ti, derived) is not None
                tight = said and (bool(close) or slip)  # far off: a count is missing from the tie
                out.append(_rate_finding(a, d, t, ai, di, ti, ai * di,
                                         "inconsistent" if tight else "undetermined"))
                judged = True
        if not judged:
            for a in wider + rates:
                t = _total_after(doc, cl, n, k, a, per)
                ivs = (_rate_iv(doc, a), _duration(doc, d, per[a.id]), doc.interval(t)) if t is not None else (None,)
                if t is not None and None not in ivs and "total" in t.cues \
                        and near_power_of_1000(ivs[2], ivs[0] * ivs[1]) is not None:
                    out.append(_rate_finding(a, d, t, *ivs, ivs[0] * ivs[1], "inconsistent"))
                    judged = True
                    break
        if not judged:
            out.extend(_average_over(doc, cl, n, k, d, per))
    return out


_CHANGE_NOUNS = frozenset(_C["change_nouns"])
_COMPARATIVE = tuple(_C["comparative"])


def _extra_rate(doc: Doc, cl, n: int, k: int, rates, per):
    """ "biaya bensin hariannya Rp 50.000, atau Rp 11.750 lebih mahal dibandingkan sebelumnya ...
    Kalau narik 26 hari, tambahan pengeluaran saya jadi Rp 305.500": a total named as an extra
    ("tambahan", "kenaikan") is the difference rate times the duration, when just one of the rates
    is a difference (a comparative right after it). [that one] or None."""
    t = next((t for t in (_total_after(doc, cl, n, k, a, per) for a in rates) if t is not None), None)
    if t is None:
        return None
    named = words(doc.text[t.sentence.start:t.start])
    if not _CHANGE_NOUNS.intersection(named):
        return None
    diffs = [a for a in rates if norm(doc.text[a.end:a.end + 24]).startswith(_COMPARATIVE)
             and _total_after(doc, cl, n, k, a, per) is t]
    return diffs if len(diffs) == 1 else None


def _duration(doc: Doc, d, unit: str | None = None):
    """A whole number of periods is a count of them: "tujuh hari", "365 hari" are exact (the
    measure's half-unit rounding would let 45.000 × 7 hold 311.000); in the rate's `unit` when
    it is another ("satu tahun" for a rate per month: 12, see `_holds`)."""
    k = _factor(d.unit, unit) if unit and unit != d.unit else 1
    if d.value is not None and d.hedge == "none" and d.low is None and d.high is None \
            and Fraction(d.value).denominator == 1:
        return Interval.closed(Fraction(d.value) * k, Fraction(d.value) * k)
    iv = doc.interval(d)
    return iv.scale(k) if iv is not None and k != 1 else iv


def _holds(unit: str, per: str | None) -> bool:
    """Is a duration in `unit` a whole number of a rate's periods `per` (a month of months, a
    year of 12 months)?"""
    return per == unit or per is not None and _periods_in(unit, per)


def _grows(doc: Doc, cl, n: int, k: int, c, per) -> bool:
    """Is the total after the duration more than the rate (a total of twelve months is no one
    month's "Rp 2 juta" said again)?"""
    t = _total_after(doc, cl, n, k, c, per)
    ti, ci = (doc.interval(t), doc.interval(c)) if t is not None else (None, None)
    return ti is not None and ci is not None and ti.lo is not None and ci.hi is not None and ti.lo > ci.hi


def _converts(doc: Doc, c, d, per) -> bool:
    """ "Rp 300.000 per bulan selama satu tahun", "2.000 unit per bulan. Dalam setahun, ... 24.000
    unit": a rate with its own "per" and, in its sentence or the next, a plain whole duration (no
    hedge, its unit written) in a unit that holds a whole number of the rate's periods."""
    return c.per is not None and c.per == per[c.id] and c.low is None and doc.sentence_no(d) - doc.sentence_no(c) <= 1 \
        and _holds(d.unit, c.per) and d.hedge == "none" and d.low is None and d.value is not None \
        and Fraction(d.value).denominator == 1 and not d.text.isdigit()


def _rate_iv(doc: Doc, a):
    """A rate is most often an average rounded where its zeros start: "797.000 penumpang per
    hari" is 797.000 ± 500 (290,9 juta / 365 = 796.986)."""
    iv = doc.interval(a)
    if iv is None or a.value is None or a.precision is None or a.hedge != "none" or a.low is not None \
            or a.high is not None or Fraction(a.precision) <= 0:
        return iv
    v, p = Fraction(a.value), Fraction(a.precision)
    written = v / p  # the digits as written: 797000 for "797.000", 10 for "Rp 10 triliun"
    if written.denominator != 1 or written == 0:
        return iv
    z, x = 0, written.numerator
    while x % 10 == 0:
        x //= 10
        z += 1
    if z == 0 or x < 10:
        return iv  # no zeros, or one significant digit ("Rp 10 triliun", "200.000"): as written
    h = p * 10 ** z / 2
    return Interval.closed(v - h, v + h) if iv.lo is not None and iv.lo >= v - h else iv


def _written_miss(doc: Doc, a, d, t, unit=None) -> bool:
    """Does rate × duration miss the total when each is read as its writer may have rounded or
    cut it (`as_written`; an average rate also at its zeros, `_rate_iv`)? Only hedged figures are
    read again: plain ones that met already meet as written."""
    if a.hedge not in ROUNDING_HEDGES and t.hedge not in ROUNDING_HEDGES:
        return False
    ai, ti, di = as_written(a), as_written(t), _duration(doc, d, unit)
    ri = _rate_iv(doc, a) if a.hedge == "none" else None
    if ai is None or ti is None or di is None:
        return False
    if ri is not None:
        ai = ai.hull(ri)
    return not (ai * di).overlaps(ti)

FIT_WINDOW = 4  # sentences back in which a rate that fits is looked for


def _total_after(doc: Doc, cl, n: int, k: int, a, per):
    return next((c for c in cl[n + 1:] if c.kind == a.kind and _same_unit(a, c) and c.per is None
                 and not per[c.id] and doc.sentence_no(c) - k <= 1), None)


def _distance(derived, ti):
    m, t = derived.midpoint(), ti.midpoint()
    return abs(m - t) / abs(t) if m is not None and t else Fraction(0)


def _average_over(doc: Doc, cl, n: int, k: int, d, per) -> list[Finding]:
    """"Selama tujuh hari itu, rata-rata hampir 149.000 kendaraan per hari", "Dengan 365 hari
    operasi, rata-rata KRL mengangkut 797.000 penumpang per hari": the duration and then the
    average in one sentence, the total stated before (a figure after a comparison word,
    "dibandingkan ... yang sebanyak 214,5 juta orang", is the other period's). One total left:
    a tie; an average that does not fit it is an alarm."""
    rs = [c for c in cl[n + 1:] if c.sentence.start == d.sentence.start and per[c.id] == d.unit
          and c.kind in ("count", "measure", "money") and _AVERAGE_BEFORE(doc, c)]
    if not rs:
        rs = _average_next(doc, cl, n, k, d, per)
    if len(rs) != 1:
        return []
    r = rs[0]
    if any(c.sentence.start == r.sentence.start and c.kind == r.kind and c.per is None and _same_unit(r, c)
           for c in cl[n + 1:]):
        return []  # a total of its own after the average: not this rule's
    ts = [c for c in cl[:n] if c.kind == r.kind and _same_unit(r, c) and c.per is None and not per[c.id]
          and 1 <= k - doc.sentence_no(c) <= WINDOW and not doc.in_headline(c) and not _after_base(doc, c)]
    ri, di = _rate_iv(doc, r), _duration(doc, d)
    if not ts or ri is None or di is None or not (ri.bounded and di.bounded):
        return []
    derived = ri * di
    for t in ts:
        ti = doc.interval(t)
        if ti is not None and derived.overlaps(ti):
            return [_rate_finding(r, d, t, ri, di, ti, derived, "consistent")]
    if len(ts) != 1 or doc.interval(ts[0]) is None or not doc.interval(ts[0]).bounded:
        return []
    t = ts[0]
    ti = doc.interval(t)
    m, dm = ti.midpoint(), derived.midpoint()
    close = m and dm and Fraction(1, 10) <= m / dm <= 10
    slip = near_power_of_1000(ti, derived) is not None
    return [_rate_finding(r, d, t, ri, di, ti, derived, "inconsistent" if close or slip else "undetermined")]


_AVERAGE = tuple(_C["average_before"])
_AVERAGE_OPENERS = tuple(_C["average_openers"])


def _average_next(doc: Doc, cl, n: int, k: int, d, per) -> list:
    """"Masa angkutan Lebaran berlangsung selama 22 hari ... . Dengan demikian, rata-rata penumpang
    yang dilayani mencapai 139.500 orang per hari": the averages per the duration's period in the
    next sentence: its first figure, when the sentence opens by drawing a conclusion ("Dengan
    demikian", "Artinya"), names an average before that figure and has no duration of its own."""
    nxt = [c for c in cl[n + 1:] if doc.sentence_no(c) == k + 1]
    if not nxt or "rata" not in doc.sentence_words(nxt[0]):
        return []
    opening = norm(doc.text[nxt[0].sentence.start:nxt[0].start])  # up to its first figure
    if not opening.startswith(_AVERAGE_OPENERS) or not any(w in opening for w in _AVERAGE):
        return []
    if any(c.kind == "measure" and c.unit in _TIME_UNITS and c.per is None for c in nxt):
        return []
    return [nxt[0]] if per[nxt[0].id] == d.unit and nxt[0].kind in ("count", "measure", "money") else []
_BASE = tuple(_C["change_base"])
_BASE_WORDS = frozenset(_BASE) - frozenset(_C["change_from"])  # "dibandingkan", not the bare "dari"
_ADJ = {w: u for w, u in _C["rate_adjectives"]}
# the words that name a rate of time: an adjective, or one with a pronoun suffix ("hariannya"),
# looked up directly (the same as `_ADJ.get(without_enclitic(w))`, which is true of no other word)
_ADJ_FORMS = {f: _ADJ[without_enclitic(f)] for f in {*_ADJ, *(w + e for w in _ADJ for e in ENCLITICS)}
              if without_enclitic(f) in _ADJ}
_ADJ_RX = re.compile("|".join(map(re.escape, probes(_ADJ))))  # (an adjective anywhere: one search)


def _AVERAGE_BEFORE(doc: Doc, c) -> bool:
    """"rata-rata (KRL mengangkut) 797.000 penumpang per hari": an average word a few words before c."""
    before = norm(doc.text[max(c.sentence.start, c.start - 40):c.start])
    return any(w in before for w in _AVERAGE)


_RATE_REF = tuple(_C["rate_ref"])


def _refers_to_rate(doc: Doc, d) -> bool:
    """Does the duration's sentence, before it, name the rate ("laju tersebut", "dikalikan")?"""
    before = norm(doc.text[d.sentence.start:d.start])
    return any(w in before for w in _RATE_REF)


def _after_base(doc: Doc, c) -> bool:
    """Does a comparison word stand before c in its sentence ("naik ... dibandingkan 2022 yang 934.500")?"""
    before = words(doc.text[c.sentence.start:c.start])
    return any(w in before for w in _BASE)


def _per(doc: Doc, c, prev) -> str | None:
    """c's rate of time: its own ("per hari"), or that of the words naming it ("rata-rata nilai
    transaksi harian sepanjang 2023 mencapai Rp 10,75 triliun"): its subject, or the few words
    before it back to its sentence's start or the figure before."""
    if c.per is not None:
        return c.per
    if c.kind not in ("money", "count", "measure"):
        return None
    start = max(c.sentence.start, c.start - 60)
    if prev is not None and start <= prev.end <= c.start:
        start = prev.end  # back to the figure before, at most
    subject = c.subject or ""
    if not doc.lower_has(_ADJ_RX, start, c.start) and _ADJ_RX.search(subject.lower()) is None:
        return None  # the cheap test first, on both: each form holds its adjective
    parts = (subject, doc.text[start:c.start])
    for part in parts:
        low = part.lower()
        if _ADJ_RX.search(low) is None:
            continue
        for m in word_matches(low):
            u = _ADJ_FORMS.get(m.group())
            if u:
                return u
    return None


def _same_unit(a, b) -> bool:
    return a.unit == b.unit or a.kind == "count" and thing(a.unit) == thing(b.unit)


def _rate_finding(a, d, t, ai, di, ti, derived, verdict) -> Finding:
    ok = verdict == "consistent"
    return finding(
        "rate", verdict, [a, d, t], rule="rate_times_duration", stated=ti, derived=derived,
        unit=t.unit, fix=(t, derived),
        steps_id=[f"{a.text!r} × {d.text!r} = {show(derived, t)}.",
                  stated(t, ti, ok)],
        steps_en=[f"{a.text!r} × {d.text!r} = {show(derived, t, lang='en')}.",
                  stated(t, ti, ok, "en")],
    )


def _comparable(a, b) -> bool:
    return a.kind == b.kind and a.kind in ("money", "count", "measure", "percent") and \
        a.unit == b.unit and a.unit is not None


def _ratio(ri, ai, bi):
    """The ratio of two figures' intervals the stated ratio `ri` speaks of: the larger over the
    smaller for "dua kali lipat", "lebih dari tiga kali lipat"; the smaller over the larger for
    "separuh", "sepertiga" (a ratio below 1)."""
    big, small = (ai, bi) if ai.midpoint() >= bi.midpoint() else (bi, ai)
    return big / small if ri.hi is None or (ri.midpoint() or 0) >= 1 else small / big


def check_multiple(doc: Doc) -> list[Finding]:
    out = []
    cl = doc.claims
    for i, r in enumerate(cl):
        if r.kind != "ratio" or r.value is None and r.fraction is None:
            continue
        same = [c for c in cl if c.sentence.start == r.sentence.start and c is not r and c.kind != "ratio"]
        pairs = [(same[x], same[y]) for x in range(len(same)) for y in range(x + 1, len(same))
                 if _comparable(same[x], same[y])]
        if not same:
            out.extend(_ratio_of_named(doc, cl, i, r))
            continue
        if doc.in_headline(r) and not any(not doc.in_headline(c) for c in same):
            got = _headline_ratio_of_change(doc, r, same)
            if got is not None:
                out.append(got)
                continue
        if not pairs:
            # "... dibandingkan pendapatan lima tahun lalu yang sebesar Rp 250 miliar": a duration
            # or date beside the one figure compared is no figure of the ratio
            figs = same if len(same) == 1 else [c for c in same if c.kind in _FIGURE_KINDS and not (
                c.kind == "measure" and c.unit in _TIME_UNITS)]
            got = _ratio_of_part(doc, cl, i, r, figs) if len(figs) == 1 else None
            if got is None and len(figs) == 1:
                got = _ratio_of_this(doc, cl, i, r, figs[0])
            out.extend([got] if got is not None else _ratio_to_one_before(doc, cl, i, r, same))
            continue
        pair = pairs[-1]
        # "X, dua kali lipat dari Y" with just these two figures is a tie; else it may be any two
        tight = len(pairs) == 1 and len(same) == 2 and r.value is not None and r.value >= 1
        a, b = pair
        ai, bi, ri = doc.interval(a), doc.interval(b), doc.interval(r)
        # "lebih dari tiga kali lipat" is (3, ∞): bounded below only
        if None in (ai, bi, ri) or not (ai.bounded and bi.bounded) or ai.lo <= 0 or bi.lo <= 0 \
                or ri.lo is None or ri.hi is None and ri.lo < 1:
            continue
        # "A, dua kali lipat dari B": A = 2 × B in that order; "Rp 1 miliar, dua kali lipat dari
        # Rp 2,5 miliar" is no ratio of 2,5 read either way
        directed = len(pairs) == 1 and len(same) == 2 and a.end <= r.start and r.end <= b.start \
            and norm(doc.between(r, b)) in _RATIO_OF  # ("A, separuh dari B" too)
        derived = ai / bi if directed else _ratio(ri, ai, bi)
        cut = rounded_or_cut(r)  # "lima kali lipat" for ×5,68: digits cut off, as news often writes
        ok = derived.overlaps(ri) or (cut is not None and derived.overlaps(cut))
        verdict = "consistent" if ok else "inconsistent" if tight or directed else "undetermined"
        far = ok and _far_beyond(derived, ri)
        if far:
            # "lebih dari tiga kali lipat" for ×3.300, "kurang dari separuh" for 1/2.000: true as
            # written, but no newsroom words it so; a scale slip most likely
            verdict = "suspicious" if tight else "undetermined"
            ok = False
        out.append(finding(
            "multiple", verdict, [a, b, r],
            rule="ratio_of_two",
            stated=ri, derived=derived, unit=None, fix=(r, derived),
            steps_id=[f"{a.text!r} dan {b.text!r}: perbandingannya {show(derived)}.",
                      f"Tertulis {r.text!r} = {show(ri)}: " + ("cocok." if ok else
                                                               f"benar secara harfiah, tetapi lebih dari {FAR_BEYOND}× "
                                                               "batasnya: kemungkinan salah skala." if far else
                                                               "tidak cocok.")],
            steps_en=[f"{a.text!r} and {b.text!r}: their ratio is {show(derived, lang='en')}.",
                      f"Stated {r.text!r} = {show(ri, lang='en')}: " + ("agrees." if ok else
                                                                        f"true as written, but more than {FAR_BEYOND}× "
                                                                        "its bound: a probable scale slip." if far else
                                                                        "does not agree.")],
        ))
    return out + _nth_period_totals(doc)


def _ratio_to_one_before(doc: Doc, cl, i: int, r, same) -> list[Finding]:
    """A ratio whose sentence holds one of its figures, the other named and stated before: "Jika
    dibandingkan dengan Kamis pekan lalu yang sebanyak 32.211 kasus, penambahan hari ini hampir
    dua kali lipat" (63.956 kasus three sentences before); "Lee ... memperoleh US$ 3.400, kurang
    dari separuh hadiah juara" (US$ 7.000). The candidates are the comparable figures of the few
    sentences before, in the last three paragraphs; only when exactly one makes the ratio
    (and not absurdly past a "lebih/kurang dari" bound) is it reported, consistent: the text does
    not say which figure it means, so nothing is ever an alarm."""
    if len(same) != 1:
        return []
    f = same[0]
    fi, ri = doc.interval(f), doc.interval(r)
    if fi is None or ri is None or not fi.bounded or fi.lo <= 0 or ri.lo is None or ri.hi is None and ri.lo < 1:
        return []
    # the text must say the ratio compares with F ("Jika dibandingkan dengan ... 32.211 kasus,
    # penambahan hari ini hampir dua kali lipat") or name the other figure right after the ratio
    # ("kurang dari separuh hadiah juara"); "20 poin pada separuh perjalanan musim" does neither
    compared = f.start < r.start and bool(_BASE_WORDS.intersection(words(doc.text[f.sentence.start:f.start]))) \
        or r.end <= f.start and not (f.kind == "measure" and f.unit in _TIME_UNITS) \
        and (_names_base(doc, r, f) or _names_new(doc, r, f))
    # "ekspor naik tiga kali lipat menjadi 360.000 ton": the figure before must be named as the
    # ratio's sentence names what grew ("ekspor kopi mencapai 120.000 ton"), not any figure
    grew = words(doc.text[r.sentence.start:r.start]) if compared and r.end <= f.start \
        and not _names_base(doc, r, f) else None
    named = (words(doc.text[r.end:r.end + 30]) or [""])[0]
    k = doc.sentence_no(r)
    fits = []
    for c in cl[:i]:
        # "kurang dari separuh inflasi 2022 ...": the figure named "inflasi" before, as its
        # subject or a word of its sentence before it ("mencatat inflasi tahunan ... 2,61 persen")
        headed = doc.head(c) == named
        by_name = not compared and named in _NAME_CUES and c.low is None and c.high is None \
            and (headed or named in words(doc.text[c.sentence.start:c.start]))  # no range
        if not compared and not headed and not by_name or grew is not None and doc.head(c) not in grew:
            continue
        reach = _NAMED_REACH if by_name else 3
        if c is f or not _comparable(c, f) or doc.in_headline(c) or not 1 <= k - doc.sentence_no(c) <= reach \
                or doc.paragraph(r) - doc.paragraph(c) > 2 + (reach > 3):
            continue
        ci = doc.interval(c)
        if ci is None or not ci.bounded or ci.lo <= 0:
            continue
        derived = _ratio(ri, ci, fi)
        if derived.overlaps(ri) and not _far_beyond(derived, ri):
            fits.append((c, derived))
    if len({doc.interval(c) for c, _ in fits}) != 1:
        return []
    c, derived = fits[-1]  # one value said twice ("Rp 7 triliun" in two sentences): the nearest
    return [finding(
        "multiple", "consistent", [c, f, r], rule="ratio_to_one_before", stated=ri, derived=derived, unit=None,
        steps_id=[f"{c.text!r} (sebelumnya) dan {f.text!r}: perbandingannya {show(derived)}.",
                  f"Tertulis {r.text!r} = {show(ri)}: cocok."],
        steps_en=[f"{c.text!r} (before) and {f.text!r}: their ratio is {show(derived, lang='en')}.",
                  f"Stated {r.text!r} = {show(ri, lang='en')}: agrees."],
    )]


FAR_BEYOND = 10  # a ratio this many times past its "lebih dari"/"kurang dari" bound is no such ratio


def _ratio_fits(derived, ri, r) -> bool:
    """Does the figures' ratio fit ratio word r as stated (ri) or as its writer may have rounded or
    cut it, and not far beyond an open-ended one?"""
    cut = rounded_or_cut(r)
    return (derived.overlaps(ri) or (cut is not None and derived.overlaps(cut))) and not _far_beyond(derived, ri)


def _far_beyond(derived, ri) -> bool:
    if ri.hi is None and ri.lo and derived.lo is not None:
        return derived.lo > ri.lo * FAR_BEYOND
    if ri.lo == 0 and ri.hi and derived.hi is not None:
        return derived.hi * FAR_BEYOND < ri.hi
    return False


_PERIOD_NOUNS = frozenset(norm(w) for w in LEX.cues["check"]["period_nouns"])
_PERIOD_WINDOW = 400  # characters of the total's paragraph searched for "bulan keempat"
_PERIOD_STARTS = tuple(sorted(_PERIOD_NOUNS))


def _names_period(window: str) -> bool:
    """Does a word of the window (split at spaces, lower-cased) start with a period noun? The
    word before an ordinal of `_nth_period_totals` is a period noun, or a piece of one such word
    ("bulan keempat", the ordinal glued on or not): without one, scanning the window finds none."""
    return any(w.startswith(_PERIOD_STARTS) for w in window.lower().split())


def _nth_period_totals(doc: Doc) -> list[Finding]:
    """A money total whose paragraph says it runs through the n-th period ("bulan keempat",
    "tahap ke-3") against n times an amount the article states elsewhere. Only what fits is
    reported (consistent): the text does not say which amount is one period's, so a total that
    fits none is no alarm."""
    out = []
    for t in doc.claims:
        if t.kind != "money" or t.per is not None or "total" not in t.cues or doc.is_link_line(t):
            continue
        para = max(doc.text.rfind("\n", 0, t.sentence.start) + 1, t.start - _PERIOD_WINDOW)
        window = doc.text[para:t.start]
        if not _names_period(window):
            continue  # the cheap test before scanning: no ordinal can follow a period noun
        nth = [o for o in scan(window) if o.kind == "ordinal" and o.value is not None and o.value >= 2
               and (window[:o.start].split() or [""])[-1].lower() in _PERIOD_NOUNS]
        ti = doc.interval(t)
        if len(nth) != 1 or ti is None or not ti.bounded:
            continue
        o = nth[0]
        n = o.value
        said = f"{window[:o.start].split()[-1]} {window[o.start:o.end]}"  # "bulan keempat"
        for p in doc.claims:
            pi = doc.interval(p)
            if p is t or p.kind != "money" or p.unit != t.unit or p.per is not None or pi is None \
                    or not pi.bounded or "total" in p.cues or doc.is_link_line(p) or p.vague:
                continue  # "Jutaan Rupiah" fits any total: no period's amount
            derived = pi.scale(n)
            if derived.overlaps(ti):
                out.append(finding(
                    "multiple", "consistent", [p, t], rule="nth_period_total", stated=ti,
                    derived=derived, unit=t.unit,
                    steps_id=[f"{said!r}: total sampai periode ke-{n}, {n} × {p.text!r} = {show(derived, t)}.",
                              f"Tertulis {t.text!r} = {show(ti, t)}: cocok."],
                    steps_en=[f"{said!r}: a total through period {n}, {n} × {p.text!r} = "
                              f"{show(derived, t, lang='en')}.",
                              f"Stated {t.text!r} = {show(ti, t, lang='en')}: agrees."],
                ))
                break
    return out


# --- change5: a ratio named by words; a headline ratio of the body's change ------------------------

_NAME_CUES = frozenset(_C["ratio_named_heads"])
_RATIO_OF = frozenset(_C["ratio_of"])
_NAMED_REACH = 6  # sentences back for a figure named by its word


def _ratio_of_named(doc: Doc, cl, i: int, r) -> list[Finding]:
    """ "Jumlah pendaftar lebih dari tiga kali lipat daya tampung": a ratio whose sentence states
    no figure. One side is the figure its subject names (the last "11.250 pendaftar" before it),
    the other a count of the three sentences before that makes the ratio ("total kursi yang
    tersedia 3.600 kursi"). Reported only when exactly one fits, consistent: the text names the
    other figure by words only, so nothing is an alarm."""
    head = doc.head(r) if r.subject else None
    ri = doc.interval(r)
    if not head or ri is None or ri.lo is None or ri.hi is None and ri.lo < 1:
        return []
    k = doc.sentence_no(r)
    named = [c for c in cl[:i] if c.kind == "count" and doc.head(c) == head and not doc.in_headline(c)
             and not doc.is_link_line(c) and c.per is None]
    if not named:
        return []
    f = named[-1]
    fi = doc.interval(f)
    if fi is None or not fi.bounded or fi.lo <= 0:
        return []
    fits = []
    for c in cl[:i]:
        if c is f or c.kind != "count" or c.per is not None or "per_unit" in c.cues or doc.in_headline(c) \
                or not 1 <= k - doc.sentence_no(c) <= 3 or doc.paragraph(r) - doc.paragraph(c) > 2:
            continue
        ci = doc.interval(c)
        if ci is None or not ci.bounded or ci.lo <= 0 or ci.overlaps(fi):
            continue
        derived = _ratio(ri, ci, fi)
        if derived.overlaps(ri) and not _far_beyond(derived, ri):
            fits.append((c, derived))
    if len({doc.interval(c) for c, _ in fits}) != 1:
        return []
    c, derived = fits[-1]  # one value, said more than once ("3.600 calon siswa", "3.600 kursi"): the nearest
    return [finding(
        "multiple", "consistent", [c, f, r], rule="ratio_of_named", stated=ri, derived=derived, unit=None,
        steps_id=[f"{f.text!r} (disebut {head!r}) dan {c.text!r}: perbandingannya {show(derived)}.",
                  f"Tertulis {r.text!r} = {show(ri)}: cocok."],
        steps_en=[f"{f.text!r} (named {head!r}) and {c.text!r}: their ratio is {show(derived, lang='en')}.",
                  f"Stated {r.text!r} = {show(ri, lang='en')}: agrees."],
    )]


def _headline_ratio_of_change(doc: Doc, r, same):
    """ "Kunjungan Wisman ... Capai 5,27 Juta, Naik Lebih dari Dua Kali Lipat": a headline ratio
    after a change verb is the ratio of the body's change whose new figure the headline restates
    ("5.273.258 kunjungan. Jumlah itu naik 144,6 persen dibandingkan 2022 yang hanya 2.155.747
    kunjungan"): the first such change of the body. A ratio that does not fit is left
    undetermined: a headline rounds freely."""
    from checks.change import check_change, check_change_against_base
    before = words(doc.text[max(0, r.start - 16):r.start])
    if not before or without_enclitic(before[-1]) not in CHANGE_VERBS:
        return None
    ri = doc.interval(r)
    if ri is None or ri.lo is None or ri.hi is None and ri.lo < 1:
        return None
    heads = [c for c in same if c.kind in ("count", "money", "measure")]
    if len(heads) != 1:
        return None
    h = heads[0]
    hi = doc.interval(h)
    by_id = {c.id: c for c in doc.claims}
    for fd in sorted(check_change(doc) + check_change_against_base(doc), key=lambda f: f.spans[0].start):
        if len(fd.claims) < 2:
            continue
        a, b = by_id[fd.claims[0]], by_id[fd.claims[1]]
        if doc.in_headline(a) or doc.in_headline(b) or a.kind != h.kind or b.kind != h.kind:
            continue
        ai, bi = doc.interval(a), doc.interval(b)
        if None in (ai, bi, hi) or not (ai.bounded and bi.bounded) or ai.lo <= 0 or bi.lo <= 0 \
                or not bi.overlaps(hi):
            continue  # the headline restates the change's new figure
        derived = _ratio(ri, ai, bi)
        ok = _ratio_fits(derived, ri, r)
        return finding(
            "multiple", "consistent" if ok else "undetermined", [a, b, r], rule="headline_ratio_of_change",
            stated=ri, derived=derived, unit=None, fix=None if ok else (r, derived),
            steps_id=[f"Perubahan di badan berita: {a.text!r} menjadi {b.text!r}, {show(derived)} kali.",
                      f"Judul menulis {r.text!r} = {show(ri)}: " + ("cocok." if ok else "tidak cocok.")],
            steps_en=[f"The body's change: {a.text!r} to {b.text!r}, {show(derived, lang='en')} times.",
                      f"The headline says {r.text!r} = {show(ri, lang='en')}: "
                      + ("agrees." if ok else "does not agree.")],
        )
    return None


# --- prd11: a part named by a ratio of the group before; a ratio of "this figure" ------------------

_OF_PART = tuple(_C["ratio_of_part"])
_FIGURE_KINDS = ("money", "count", "measure", "percent")
_RESTATES = frozenset(_C["ratio_restates"])
_THIS = tuple(_C["this_figure"])


def _names_base(doc: Doc, r, f) -> bool:
    """Does a comparison word ("dari", "dibandingkan") stand between ratio r and figure f after it,
    within a few words of r ("dua kali lipat dibandingkan jumlah pengunjung normal ... 30.000")?"""
    gap = words(doc.between(r, f))
    return bool(_RATIO_OF.intersection(gap[:3]))


_TO = frozenset(_C["change_to"])


def _names_new(doc: Doc, r, f) -> bool:
    """ "Tahun ini ekspor naik tiga kali lipat menjadi 360.000 ton": a change word right after the
    ratio makes f the new figure, to be compared with the one before."""
    gap = words(doc.between(r, f))
    return len(gap) <= 2 and bool(gap) and gap[0] in _TO


def _bounded_ratio(doc: Doc, r):
    ri = doc.interval(r)
    return ri if ri is not None and ri.lo is not None and not (ri.hi is None and ri.lo < 1) else None


def _ratio_of_part(doc: Doc, cl, i: int, r, same):
    """ "Sebanyak 61.200 petani ... Separuh di antaranya, atau 30.600 petani, ...": a ratio followed
    by "di antaranya" / "dari jumlah tersebut" and one figure makes that figure the ratio's part of
    the group stated just before: the nearest comparable figure of the two sentences before (in
    that paragraph or the one before). A part restated right after ("atau", "alias") of a group
    the previous sentence names alone is a tie: one that does not fit is an alarm."""
    f = same[0]
    if f.start < r.start or "part_of" not in f.cues:
        return None
    gap = norm(doc.between(r, f))
    if not gap.startswith(_OF_PART):
        return None
    ri, fi = _bounded_ratio(doc, r), doc.interval(f)
    if ri is None or fi is None or not fi.bounded or fi.lo <= 0:
        return None
    k = doc.sentence_no(r)
    groups = [c for c in cl[:i] if c.sentence.start < r.sentence.start and _comparable(c, f)
              and 1 <= k - doc.sentence_no(c) <= 2 and doc.paragraph(r) - doc.paragraph(c) <= 1
              and not doc.in_headline(c) and c.per is None]
    if not groups:
        return None
    g = groups[-1]
    gi = doc.interval(g)
    if gi is None or not gi.bounded or gi.lo <= 0 or gi.hi < fi.lo:
        return None  # a group smaller than its part is no group of it
    derived = fi / gi
    ok = _ratio_fits(derived, ri, r)
    alone = sum(1 for c in groups if doc.sentence_no(c) == doc.sentence_no(g)) == 1
    tight = ri.hi is not None and alone and k - doc.sentence_no(g) == 1 \
        and bool(_RESTATES.intersection(words(gap)))
    if not ok and not tight:
        return None
    # a word ratio stands for a wide band ("separuh" is [0,25; 0,75)); a part restated as a figure
    # ("separuh ..., atau 36.000" of 61.200, 0,59) is said to be near it: within a tenth
    v = Fraction(r.value) if r.value is not None and r.hedge == "none" else None
    near = v is None or derived.overlaps(Interval.closed(v * Fraction(9, 10), v * Fraction(11, 10)))
    verdict = ("consistent" if near or not tight else "suspicious") if ok else "inconsistent"
    return _directed_finding(g, f, r, ri, derived, verdict, "ratio_of_part",
                             f"{f.text!r} dari {g.text!r}", f"{f.text!r} of {g.text!r}", fix=f)


def _ratio_of_this(doc: Doc, cl, i: int, r, f):
    """ "80.000 pengunjung ... Angka ini naik dua kali lipat dibandingkan ... 40.000 pengunjung":
    a sentence opening on "this figure" ("Angka ini", "Jumlah itu") whose ratio is followed by a
    comparison word and one figure compares the previous sentence's figure with that one, in that
    order (A = N × B). The previous sentence must hold exactly one figure comparable with it; one
    that does not fit is an alarm, since the text ties the three."""
    if f.start < r.start or not _names_base(doc, r, f):
        return None
    opening = norm(doc.text[r.sentence.start:r.start])
    if not opening.startswith(_THIS):
        return None
    ri, fi = _bounded_ratio(doc, r), doc.interval(f)
    if ri is None or fi is None or not fi.bounded or fi.lo <= 0:
        return None
    k = doc.sentence_no(r)
    # "this figure" is the previous sentence's only figure: "970 ribu orang ... di lima negara.
    # Jumlah ini sepuluh kali lebih banyak dari ... dua negara" names no ratio of the countries
    prev = [c for c in cl[:i] if doc.sentence_no(c) == k - 1 and c.kind in _FIGURE_KINDS
            and not (c.kind == "measure" and c.unit in _TIME_UNITS)]
    if len(prev) != 1 or not _comparable(prev[0], f) or prev[0].per is not None or doc.in_headline(prev[0]) \
            or doc.paragraph(r) - doc.paragraph(prev[0]) > 1:
        return None
    a = prev[0]
    ai = doc.interval(a)
    if ai is None or not ai.bounded or ai.lo <= 0:
        return None
    derived = ai / fi
    ok = _ratio_fits(derived, ri, r)
    # a hedged ratio ("nyaris separuh" for 24 of 46) missed only by its hedge's side is no alarm
    plain = _plain_ratio(r)
    verdict = "consistent" if ok else "inconsistent" if ri.hi is not None and (
        plain is None or not derived.overlaps(plain)) else "undetermined"
    return _directed_finding(a, f, r, ri, derived, verdict, "ratio_of_this",
                             f"{a.text!r} (sebelumnya) dan {f.text!r}", f"{a.text!r} (before) and {f.text!r}",
                             fix=r)


def _plain_ratio(r):
    """A hedged ratio word read without its hedge, to its written precision; None when plain."""
    if r.hedge == "none" or r.value is None or r.precision is None:
        return None
    v, h = Fraction(r.value), Fraction(r.precision) / 2
    return Interval(v - h, v + h, False, True)


def _directed_finding(a, b, r, ri, derived, verdict, rule, what_id, what_en, fix) -> Finding:
    ok = verdict == "consistent"
    return finding(
        "multiple", verdict, [a, b, r], rule=rule, stated=ri, derived=derived, unit=None,
        fix=None if ok else (r, derived),
        steps_id=[f"{what_id}: perbandingannya {show(derived)}.",
                  f"Tertulis {r.text!r} = {show(ri)}: " + ("cocok." if ok else "tidak cocok.")],
        steps_en=[f"{what_en}: their ratio is {show(derived, lang='en')}.",
                  f"Stated {r.text!r} = {show(ri, lang='en')}: " + ("agrees." if ok else "does not agree.")],
    )
