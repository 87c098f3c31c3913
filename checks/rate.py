"""rate and multiple.

rate: an amount per unit of time times a duration against the total it makes — "Rp 200.000 per
bulan untuk dua bulan ... Rp 400.000", "45.000 porsi per hari. Selama tujuh hari ... total porsi
315.000 porsi".
multiple: "dua kali lipat", "separuh", "1,5 kali" against the two figures it compares; and a
total through the n-th period against n times one period's amount ("menerima insentif bulan
keempat ... secara total Rp 2,4 juta" with "Rp 600.000" a month).
"""

from __future__ import annotations

from fractions import Fraction

from checks.explain import finding, show
from checks.model import Finding
from checks.relations import LEX, Doc
from extract.lang import norm

_TIME_UNITS = frozenset(LEX.se_units.values())
WINDOW = 2


def check_rate(doc: Doc) -> list[Finding]:
    out = []
    cl = doc.claims
    for n, d in enumerate(cl):
        if d.kind != "measure" or d.unit not in _TIME_UNITS or d.per is not None:
            continue
        k = doc.sentence_no(d)
        rates = [c for c in cl[:n] if c.per == d.unit and c.kind in ("money", "count", "measure")
                 and k - doc.sentence_no(c) <= WINDOW]
        for a in rates:  # "Rp 200.000 per bulan untuk dua bulan, ... Rp 400.000"
            t = next((c for c in cl[n + 1:] if c.kind == a.kind and c.unit == a.unit and c.per is None
                      and doc.sentence_no(c) - k <= 1), None)
            if t is None:
                continue
            ai, di, ti = doc.interval(a), doc.interval(d), doc.interval(t)
            if None in (ai, di, ti):
                continue
            derived = ai * di
            if derived.overlaps(ti):
                out.append(_rate_finding(a, d, t, ai, di, ti, derived, "consistent"))
                break
        else:
            # none fits: an alarm only when one rate alone can be meant and the total says so
            if len(rates) == 1:
                a = rates[0]
                t = next((c for c in cl[n + 1:] if c.kind == a.kind and c.unit == a.unit and c.per is None
                          and doc.sentence_no(c) - k <= 1), None)
                ivs = (doc.interval(a), doc.interval(d), doc.interval(t)) if t is not None else (None,)
                if t is not None and None not in ivs:
                    ai, di, ti = ivs
                    derived = ai * di
                    close = derived.midpoint() and ti.midpoint() and \
                        Fraction(1, 10) <= ti.midpoint() / derived.midpoint() <= 10
                    tight = "total" in t.cues and bool(close)  # far off: a count is missing from the tie
                    out.append(_rate_finding(a, d, t, ai, di, ti, ai * di,
                                             "inconsistent" if tight else "undetermined"))
    return out


def _rate_finding(a, d, t, ai, di, ti, derived, verdict) -> Finding:
    ok = verdict == "consistent"
    return finding(
        "rate", verdict, [a, d, t], rule="rate_times_duration", stated=ti, derived=derived,
        unit=t.unit, fix=(t, derived),
        steps_id=[f"{a.text!r} × {d.text!r} = {show(derived, t)}.",
                  f"Tertulis {t.text!r} = {show(ti, t)}: " + ("cocok." if ok else "tidak cocok.")],
        steps_en=[f"{a.text!r} × {d.text!r} = {show(derived, t, lang='en')}.",
                  f"Stated {t.text!r} = {show(ti, t, lang='en')}: " + ("agrees." if ok else "does not agree.")],
    )


def _comparable(a, b) -> bool:
    return a.kind == b.kind and a.kind in ("money", "count", "measure", "percent") and \
        a.unit == b.unit and a.unit is not None


def check_multiple(doc: Doc) -> list[Finding]:
    out = []
    cl = doc.claims
    for i, r in enumerate(cl):
        if r.kind != "ratio" or r.value is None and r.fraction is None:
            continue
        same = [c for c in cl if c.sentence.start == r.sentence.start and c is not r and c.kind != "ratio"]
        pairs = [(same[x], same[y]) for x in range(len(same)) for y in range(x + 1, len(same))
                 if _comparable(same[x], same[y])]
        if not pairs:
            continue
        pair = pairs[-1]
        # "X, dua kali lipat dari Y" with just these two figures is a tie; else it may be any two
        tight = len(pairs) == 1 and len(same) == 2 and r.value is not None and r.value >= 1
        a, b = pair
        ai, bi, ri = doc.interval(a), doc.interval(b), doc.interval(r)
        if None in (ai, bi, ri) or not (ai.bounded and bi.bounded and ri.bounded) or ai.lo <= 0 or bi.lo <= 0:
            continue
        big, small = (ai, bi) if ai.midpoint() >= bi.midpoint() else (bi, ai)
        derived = big / small if (ri.midpoint() or 0) >= 1 else small / big
        ok = derived.overlaps(ri)
        out.append(finding(
            "multiple", "consistent" if ok else "inconsistent" if tight else "undetermined", [a, b, r],
            rule="ratio_of_two",
            stated=ri, derived=derived, unit=None, fix=(r, derived),
            steps_id=[f"{a.text!r} dan {b.text!r}: perbandingannya {show(derived)}.",
                      f"Tertulis {r.text!r} = {show(ri)}: " + ("cocok." if ok else "tidak cocok.")],
            steps_en=[f"{a.text!r} and {b.text!r}: their ratio is {show(derived, lang='en')}.",
                      f"Stated {r.text!r} = {show(ri, lang='en')}: " + ("agrees." if ok else "does not agree.")],
        ))
    return out + _nth_period_totals(doc)


_PERIOD_NOUNS = frozenset(norm(w) for w in LEX.cues["check"]["period_nouns"])
_PERIOD_WINDOW = 400  # characters of the total's paragraph searched for "bulan keempat"


def _nth_period_totals(doc: Doc) -> list[Finding]:
    """A money total whose paragraph says it runs through the n-th period ("bulan keempat",
    "tahap ke-3") against n times an amount the article states elsewhere. Only what fits is
    reported (consistent): the text does not say which amount is one period's, so a total that
    fits none is no alarm."""
    from extract.quantities import scan

    out = []
    for t in doc.claims:
        if t.kind != "money" or t.per is not None or "total" not in t.cues or doc.is_link_line(t):
            continue
        para = max(doc.text.rfind("\n", 0, t.sentence.start) + 1, t.start - _PERIOD_WINDOW)
        window = doc.text[para:t.start]
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
                    or not pi.bounded or "total" in p.cues or doc.is_link_line(p):
                continue
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
