"""cekangka's extraction stage: Indonesian news text -> exact, typed numeric claims.

    from extract import extract_claims
    for claim in extract_claims(text):
        print(claim.text, claim.value, claim.unit, claim.subject)
"""

from extract.claims import build_claims as extract_claims
from extract.model import Claim, Numeral, Quantity
from extract.quantities import extract_quantities

__all__ = ["Claim", "Numeral", "Quantity", "extract_claims", "extract_quantities"]
