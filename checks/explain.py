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

    return Bound.trusted(lo=dec(iv.lo), hi=dec(iv.hi), lo_open=iv.lo_open, hi_open=iv.hi_open,
                         text=format_interval(iv, unit, "id", per))


def show(iv: Interval, c: Claim | None = None, unit: str | None = None, lang: str = "id") -> str:
    return format_interval(iv, unit if unit is not None else (c.unit if c else None), lang)


def stated(c: Claim, iv: Interval, ok: bool, lang: str = "id") -> str:
    """The last step of most workings: the figure as written, and whether it agrees."""
    if lang == "en":
        return f"Stated {c.text!r} = {show(iv, c, lang='en')}: " + ("agrees." if ok else "does not agree.")
    return f"Tertulis {c.text!r} = {show(iv, c)}: " + ("cocok." if ok else "tidak cocok.")


def written_note(verdict: str, derived: Interval | None, stated_iv: Interval | None) -> tuple[list[str], list[str]]:
    """The step that says why an alarm stands while the intervals shown meet: the figures agree
    only through a hedge's width or loose rounding, and read to their last written digits they do
    not (intervals.as_written). ([id step], [en step]), or two empty lists."""
    if verdict not in ("suspicious", "inconsistent") or derived is None or stated_iv is None \
            or not derived.overlaps(stated_iv):
        return [], []
    return (["Selang di atas bersinggungan hanya karena lebar kata lindung nilai ('sekitar', 'hampir') "
             "atau pembulatan yang longgar; dibaca sampai digit terakhir yang tertulis, angkanya tidak cocok."],
            ["The intervals above meet only through the width of a hedge ('sekitar', 'hampir') or loose "
             "rounding; read to their last written digits, the figures do not agree."])


def quote(c: Claim) -> str:
    return f"“{c.text}”"


def finding(check: str, verdict: str, claims: list[Claim], *, rule: str, steps_id: list[str],
            steps_en: list[str], stated: Interval | None = None, derived: Interval | None = None,
            unit: str | None = None, fix: tuple[Claim, Interval] | None = None) -> Finding:
    """A Finding with its working; `fix` = (claim to change, interval it should move into).

    (The models are built trusted, without validation: every field is made here, of its type —
    str, tuple, bool, Decimal ends, models, lists of the steps' strings; tests re-validate them.)"""
    fix_model = None
    if fix is not None and verdict in ("inconsistent", "suspicious"):
        target, into = fix
        fix_model = Fix.trusted(
            claim=target.id, into=bound(into, unit if unit is not None else target.unit),
            text={"id": f"{quote(target)} seharusnya {show(into, target, unit)}",
                  "en": f"{quote(target)} should be {show(into, target, unit, 'en')}"},
        )
    return Finding.trusted(
        check=check, verdict=verdict, claims=tuple(c.id for c in claims),
        spans=tuple(TextSpan.trusted(start=c.start, end=c.end) for c in claims),
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
    # both positive: a meets b × f only for f in [a.lo / b.hi, a.hi / b.lo], so only a factor
    # there is tried exactly (with the ends' openness)
    low, high = a.lo / b.hi, a.hi / b.lo
    for k in (1, -1, 2, -2):
        factor = _THOUSAND ** k
        if low <= factor <= high and a.overlaps(b.scale(factor)):
            return k
    return None


_THOUSAND = Fraction(1000)


def narrow(iv: Interval) -> bool:
    return iv.lo is not None and iv.hi is not None and iv.lo > 0 and iv.hi <= 2 * iv.lo


# a one-digit slip ("6,2 juta" for "1,2 juta") is worth a look only when it moves the figure this much;
# "Rp 1,31 juta" against "Rp 1,32 juta" is more often yesterday's price than a typo
DIGIT_SLIP_MIN = Fraction(1, 10)
_PLAIN = ("none", "approx")


def one_digit_apart(a: Claim, b: Claim) -> bool:
    """Do two written figures differ in their leading digit only, the way a costly typo does
    ("74.100 jiwa" for "24.100 jiwa", "Rp 6,6 triliun" for "Rp 1,6 triliun", "6,04 juta" for
    "1.042.000"), and by at least DIGIT_SLIP_MIN? Both are read at the coarser written precision
    (so "1,04 juta" against "1.042.000" is 104 against 104); figures in words, of one digit,
    hedged or ranges are never compared."""
    if a.value is None or b.value is None or a.precision is None or b.precision is None \
            or a.value <= 0 or b.value <= 0 or "words" in a.rules or "words" in b.rules \
            or a.low is not None or b.low is not None or a.high is not None or b.high is not None \
            or a.hedge not in _PLAIN or b.hedge not in _PLAIN:
        return False
    p = max(Fraction(a.precision), Fraction(b.precision))
    if p <= 0:
        return False
    da, db = Fraction(a.value) / p, Fraction(b.value) / p
    if da.denominator != 1 and db.denominator != 1:
        return False
    sa, sb = str(round(da)), str(round(db))
    if len(sa) != len(sb) or len(sa) < 2 or sa[0] == sb[0] or sa[1:] != sb[1:]:
        return False  # "150" against "100", "157" against "197": another figure more often than a typo
    lo, hi = sorted((Fraction(a.value), Fraction(b.value)))
    return hi - lo >= DIGIT_SLIP_MIN * hi
