"""product: a total against a count times an amount each — "18,8 juta keluarga ... Rp 400.000
per KPM ... total anggaran Rp 7,52 triliun". The tie is structural: an amount for each one (a
`per` of people or things, or a per-unit cue), a count nearby, and a total after it."""

from __future__ import annotations

from checks.explain import finding, near_power_of_1000, show
from checks.model import Finding
from checks.relations import Doc

WINDOW = 2  # sentences around the amount in which the count and the total are looked for


def _per_each(c) -> bool:
    return c.kind == "money" and (
        (c.per is not None and (c.per == "person" or c.per.startswith("count:")))
        or (c.per is None and "per_unit" in c.cues))


def check_product(doc: Doc) -> list[Finding]:
    out = []
    for a in (c for c in doc.claims if _per_each(c)):
        k = doc.sentence_no(a)
        near = [c for c in doc.claims if abs(doc.sentence_no(c) - k) <= WINDOW and c is not a]
        counts = [c for c in near if c.kind == "count" and c.unit and doc.sentence_no(c) <= k
                  and (c.unit == "person" or c.unit.startswith("count:"))]
        totals = [c for c in near if c.kind == "money" and c.unit == a.unit and "total" in c.cues
                  and doc.sentence_no(c) >= k and c.start > a.start and not _per_each(c)]
        if not counts or not totals:
            continue
        noun = a.per[6:] if a.per and a.per.startswith("count:") else None
        n = next((c for c in reversed(counts) if noun and (c.unit == a.per or noun in (c.subject or "").lower())),
                 counts[-1])
        t = totals[0]
        ni, ai, ti = doc.interval(n), doc.interval(a), doc.interval(t)
        if None in (ni, ai, ti):
            continue
        derived = ni * ai
        if derived.overlaps(ti):
            verdict, what_id, what_en = "consistent", "cocok", "agrees"
        elif near_power_of_1000(ti, derived):
            verdict, what_id, what_en = "inconsistent", "berselisih ×1.000: kemungkinan salah skala", \
                "off by ×1,000: a probable scale slip"
        else:
            tied = doc.sentence_no(t) - doc.sentence_no(n) <= 1
            verdict = "inconsistent" if tied else "undetermined"
            what_id = "tidak cocok" if tied else "tidak cocok, tetapi teks tidak jelas mengaitkan ketiganya"
            what_en = "does not agree" if tied else "does not agree, but the text does not clearly tie the three"
        avg = ti / ni if ni.lo and ni.lo > 0 else None
        out.append(finding(
            "product", verdict, [n, a, t], rule="count_times_each", stated=ti, derived=derived,
            unit=t.unit, fix=(t, derived),
            steps_id=[f"{n.text!r} × {a.text!r} = {show(ni, n)} × {show(ai, a)}.",
                      f"= {show(derived, t)}.",
                      f"Tertulis total {t.text!r} = {show(ti, t)}: {what_id}."]
            + ([f"Rata-rata tersirat: {show(avg, a)} per {n.unit.replace('count:', '')}."] if avg else []),
            steps_en=[f"{n.text!r} × {a.text!r} = {show(ni, n, lang='en')} × {show(ai, a, lang='en')}.",
                      f"= {show(derived, t, lang='en')}.",
                      f"Stated total {t.text!r} = {show(ti, t, lang='en')}: {what_en}."]
            + ([f"Implied average: {show(avg, a, lang='en')} each."] if avg else []),
        ))
    return out
