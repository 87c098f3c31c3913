"""cekangka's extraction stage: Indonesian news text -> exact, typed numeric mentions."""

from extract.model import Numeral, Quantity
from extract.quantities import extract_quantities

__all__ = ["Numeral", "Quantity", "extract_quantities"]
