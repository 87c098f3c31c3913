"""share: a percent that says what part X is of a whole Y: "X dari Y (Z persen)", "X atau Z
persen dari Y"; Z must be X / Y × 100 within rounding."""

from __future__ import annotations

from fractions import Fraction

from checks.explain import finding, show
from checks.model import Finding
from checks.relations import Doc, LEX
from extract.lang import norm

_C = LEX.cues["check"]
_OF = tuple(LEX.cues["share"]["of"])
_WHOLE_GAPS = frozenset(f"{o} {w}".strip() for o in _OF for w in ["", *LEX.cues["share"]["whole_words"]])


def check_share(doc: Doc) -> list[Finding]:
    out = []
    cl = doc.claims
    for p in cl:
        if p.kind != "percent" or p.unit != "percent" or "change" in p.cues:
            continue  # "naik 3,9 persen dari A menjadi B" is a change, not a share
        same = [c for c in cl if c.sentence == p.sentence and c is not p and c.kind in ("count", "money", "measure")]
        before = [c for c in same if c.end <= p.start]
        after = [c for c in same if c.start >= p.end]
        if not before:
            continue
        part, whole = before[-1], None
        if len(doc.between(part, p)) > 25 or p.hedge != "none":
            continue  # "X atau Z persen", "X (Z persen)": the part stands right before
        # "X atau Z persen dari Y" / "X dari Y (Z persen)"
        if after and norm(doc.between(p, after[0])) in _WHOLE_GAPS and doc.same_unit(part, after[0]):
            whole = after[0]  # "X atau Z persen dari (total) Y"
        elif len(before) >= 2 and norm(doc.between(before[-2], part)) in _C["part_of_whole"]:
            part, whole = before[-2], part
        if whole is None or not doc.same_unit(part, whole):
            continue
        pi, wi, zi = doc.interval(part), doc.interval(whole), doc.interval(p)
        if None in (pi, wi, zi) or wi.lo is None or wi.lo <= 0:
            continue
        derived = pi / wi * Fraction(100)
        ok = derived.overlaps(zi)
        out.append(finding(
            "share", "consistent" if ok else "inconsistent", [part, whole, p], rule="x_of_y_percent",
            stated=zi, derived=derived, unit="percent", fix=None if ok else (p, derived),
            steps_id=[f"Bagian {part.text!r} = {show(pi, part)}; keseluruhan {whole.text!r} = {show(wi, whole)}.",
                      f"{part.text} ÷ {whole.text} × 100 = {show(derived, unit='percent')}.",
                      f"Tertulis {p.text!r} = {show(zi, p)}: " + ("cocok." if ok else "tidak cocok.")],
            steps_en=[f"Part {part.text!r} = {show(pi, part, lang='en')}; whole {whole.text!r} = {show(wi, whole, lang='en')}.",
                      f"{part.text} ÷ {whole.text} × 100 = {show(derived, unit='percent', lang='en')}.",
                      f"Stated {p.text!r} = {show(zi, p, lang='en')}: " + ("agrees." if ok else "does not agree.")],
        ))
    return out
