"""Units through pint, with cekangka's own registry: the only module that imports pint.

The registry is built from `lang/id/units.txt` plus one dimension per currency code in
`lang/id/currencies.toml`. Canonical unit names (kilogram, tonne, day, IDR, person, percent)
are the only strings pint ever sees; "count:<noun>" counts are dimensionless counts of their
noun. Magnitudes are Decimal: pint converts exactly.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache, lru_cache

import pint

from extract.lang import LANG_DIR, load_table


@cache
def registry() -> pint.UnitRegistry:
    reg = pint.UnitRegistry(None, non_int_type=Decimal, autoconvert_offset_to_baseunit=True)
    reg.load_definitions(str(LANG_DIR / "units.txt"))
    for code, table in load_table("currencies").items():
        if not isinstance(table, dict):
            continue
        reg.define(f"{code} = [currency_{code}]")
    return reg


def pint_name(unit: str) -> str:
    """The registry name of one of our unit strings ("count:rumah" is a count)."""
    return "count" if unit.startswith("count:") else unit


@lru_cache(maxsize=4096)  # pure in its strings; pint's parsing is slow
def is_known(unit: str) -> bool:
    try:
        registry().parse_units(pint_name(unit))
    except (pint.errors.UndefinedUnitError, ValueError, AttributeError):
        return False
    return True


@lru_cache(maxsize=4096)  # pure in its strings; pint's parsing is slow
def dimensionality(unit: str) -> str:
    return str(registry().get_dimensionality(pint_name(unit)))


@lru_cache(maxsize=4096)  # pure in its strings; pint's parsing is slow
def compatible(a: str, b: str) -> bool:
    """Same dimension: a tonne and a kilogram yes; IDR and USD no; person and count:rumah no."""
    if a.startswith("count:") or b.startswith("count:"):
        return a == b
    return registry().get_dimensionality(pint_name(a)) == registry().get_dimensionality(pint_name(b))


def convert(value: Decimal, unit: str, to: str) -> Decimal:
    """Convert a magnitude exactly between compatible units."""
    reg = registry()
    return reg.Quantity(value, pint_name(unit)).to(pint_name(to)).magnitude
