"""typo: a number written in a way no careful writer means: "1,2 juta juta", "1.60.000"."""

from __future__ import annotations

from checks.explain import finding, show
from checks.model import Finding
from checks.relations import Doc


def check_typo(doc: Doc) -> list[Finding]:
    out = []
    for c in doc.claims:
        if not c.flags:
            continue
        iv = doc.interval(c)
        if iv is None:
            continue
        if "doubled_scale" in c.flags:
            out.append(finding(
                "typo", "suspicious", [c], rule="doubled_scale", stated=iv, unit=c.unit, fix=(c, iv),
                steps_id=[f"{c.text!r} menulis kata skala dua kali.",
                          f"Dibaca sekali: {show(iv, c)}; kemungkinan salah ketik."],
                steps_en=[f"{c.text!r} writes its scale word twice.",
                          f"Read once: {show(iv, c, lang='en')}; probably a typo."],
            ))
        elif "malformed_grouping" in c.flags:
            out.append(finding(
                "typo", "suspicious", [c], rule="malformed_grouping", stated=iv, unit=c.unit,
                steps_id=[f"{c.text!r}: kelompok ribuan tidak tiga angka.",
                          f"Dibaca {show(iv, c)}; periksa angka aslinya."],
                steps_en=[f"{c.text!r}: a thousands group that is not three digits long.",
                          f"Read as {show(iv, c, lang='en')}; check the original figure."],
            ))
    return out
