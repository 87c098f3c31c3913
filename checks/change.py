"""change: "naik/turun ... dari A menjadi B" and "naik X persen": the direction and the size
the text states must agree with A and B."""

from __future__ import annotations

from fractions import Fraction

from checks.explain import finding, show
from checks.model import Finding
from checks.relations import Doc, LEX
from extract.lang import norm

_C = LEX.cues["check"]
_UP, _DOWN = frozenset(_C["up"]), frozenset(_C["down"])


def check_change(doc: Doc) -> list[Finding]:
    out = []
    cl = doc.claims
    for i in range(len(cl) - 1):
        a, b = cl[i], cl[i + 1]
        if a.sentence.start != b.sentence.start or not doc.same_unit(a, b) or a.unit is None and a.kind != b.kind:
            continue
        before_a = norm(doc.text[max(a.sentence.start, a.start - 12):a.start])
        between = norm(doc.between(a, b))
        if not (before_a.endswith(tuple(_C["change_from"])) and between in _C["change_to"]):
            continue
        ai, bi = doc.interval(a), doc.interval(b)
        if ai is None or bi is None:
            continue
        # the change word governing "dari A": within the few words before it
        words = set(norm(doc.text[max(a.sentence.start, a.start - 40):a.start]).split()[-5:])
        direction = "up" if words & _UP else "down" if words & _DOWN else None
        if words & _UP and words & _DOWN:
            direction = None
        if direction is not None:
            ok = bool((bi - ai).hi is None or (bi - ai).hi > 0) if direction == "up" else bool((bi - ai).lo is None or (bi - ai).lo < 0)
            verb_id = "naik" if direction == "up" else "turun"
            out.append(finding(
                "change", "consistent" if ok else "inconsistent", [a, b], rule="direction",
                stated=bi, derived=ai, unit=a.unit,
                steps_id=[f"Dari {show(ai, a)} menjadi {show(bi, b)}.",
                          f"Teks menyebut {verb_id}: " + ("arahnya cocok." if ok else "arahnya terbalik.")],
                steps_en=[f"From {show(ai, a, lang='en')} to {show(bi, b, lang='en')}.",
                          f"The text says {'up' if direction == 'up' else 'down'}: "
                          + ("the direction agrees." if ok else "the direction is reversed.")],
            ))
        # a stated size: "naik 30,7 persen" / "turun 0,54 persen poin" next to A and B
        for d in cl:
            if d.sentence.start != a.sentence.start or (d is a or d is b) or d.kind != "percent" or "change" not in d.cues:
                continue
            # "naik X persen dari A menjadi B" or "dari A menjadi B, atau naik X persen": adjacent
            if not (0 <= a.start - d.end <= 24 or 0 <= d.start - b.end <= 32):
                continue
            di = doc.interval(d)
            if di is None or ai.lo is None or ai.lo <= 0:
                continue
            if d.unit == "percentage_point" and a.unit == "percent":
                derived = abs_interval(bi - ai)
                how_id, how_en = "selisih persen poin", "difference in percentage points"
            elif d.unit == "percent" and a.unit != "percent":
                derived = abs_interval((bi - ai) / ai * Fraction(100))
                how_id, how_en = "perubahan relatif", "relative change"
            else:
                continue
            ok = derived.overlaps(di)
            verdict = "consistent" if ok else "undetermined" if _near_miss(derived, di) else "inconsistent"
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
    return out


def _near_miss(derived, stated) -> bool:
    """Within 5% of each other: the rounding of A and B may explain it; not an alarm."""
    m, s = derived.midpoint(), stated.midpoint()
    return m is not None and s is not None and s != 0 and abs(m - s) / abs(s) <= Fraction(5, 100)


def abs_interval(iv):
    """|iv| for an interval on one side of zero (a change's size; its sign is the direction)."""
    if iv.hi is not None and iv.hi <= 0:
        return -iv
    return iv
