"""Building findings: intervals written for readers, verdicts, fixes, in Indonesian and English.

Numbers are always written the Indonesian way ("Rp 2,88 triliun"), in both languages.
"""

from __future__ import annotations

from fractions import Fraction

from checks.intervals import Interval, format_interval
from checks.model import Bound, Finding, Fix
from extract.model import Claim, TextSpan
from extract.numerals import to_decimal


def bound(iv: Interval, unit: str | None, per: str | None = None) -> Bound:
    def dec(x: Fraction | None):
        if x is None:
            return None
        d = to_decimal(x)
        if d is None:  # 1/3 and the like: written rounded outward would need care; keep 28 digits
            from decimal import Decimal
            d = Decimal(x.numerator) / Decimal(x.denominator)
        return d

    return Bound(lo=dec(iv.lo), hi=dec(iv.hi), lo_open=iv.lo_open, hi_open=iv.hi_open,
                 text=format_interval(iv, unit, "id", per))


def show(iv: Interval, c: Claim | None = None, unit: str | None = None, lang: str = "id") -> str:
    return format_interval(iv, unit if unit is not None else (c.unit if c else None), lang)


def quote(c: Claim) -> str:
    return f"“{c.text}”"


def finding(check: str, verdict: str, claims: list[Claim], *, rule: str, steps_id: list[str],
            steps_en: list[str], stated: Interval | None = None, derived: Interval | None = None,
            unit: str | None = None, fix: tuple[Claim, Interval] | None = None) -> Finding:
    """A Finding with its working; `fix` = (claim to change, interval it should move into)."""
    fix_model = None
    if fix is not None and verdict in ("inconsistent", "suspicious"):
        target, into = fix
        fix_model = Fix(
            claim=target.id, into=bound(into, unit if unit is not None else target.unit),
            text={"id": f"{quote(target)} seharusnya {show(into, target, unit)}",
                  "en": f"{quote(target)} should be {show(into, target, unit, 'en')}"},
        )
    return Finding(
        check=check, verdict=verdict, claims=tuple(c.id for c in claims),
        spans=tuple(TextSpan(start=c.start, end=c.end) for c in claims),
        stated=bound(stated, unit) if stated is not None else None,
        derived=bound(derived, unit) if derived is not None else None,
        explanation={"id": steps_id, "en": steps_en}, fix=fix_model, rule=rule,
    )


def near_power_of_1000(a: Interval, b: Interval) -> int | None:
    """k when a ≈ b × 1000^k (k = ±1, ±2) within the intervals: a scale slip (miliar↔triliun).

    Only for two narrow figures (each within a factor of 2): "hingga Rp550" or "Rp3 juta sampai
    Rp500 juta" overlap anything scaled by 1.000 and prove nothing."""
    if not (narrow(a) and narrow(b)):
        return None
    for k in (1, -1, 2, -2):
        factor = Fraction(1000) ** k
        if a.overlaps(b.scale(factor)):
            return k
    return None


def narrow(iv: Interval) -> bool:
    return iv.lo is not None and iv.hi is not None and iv.lo > 0 and iv.hi <= 2 * iv.lo
