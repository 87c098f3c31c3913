"""The checks, in one list, and the function that runs them over a document.

Each check is a small named function `check(doc) -> list[Finding]` (checks/<family>.py); every
finding names its check and rule, so a wrong verdict is traced in one step.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from checks.change import check_change, check_change_against_base
from checks.model import Coverage, Finding, Report
from checks.product import check_average, check_each, check_product, check_product_units
from checks.rate import check_multiple, check_rate
from checks.relations import Doc
from checks.restatement import check_restatement
from checks.share import check_share
from checks.subset import check_subset
from checks.sums import check_sum
from checks.typo import check_typo
from extract.claims import build_claims
from extract.model import QUANTITY_KINDS, Claim

CHECKS: list[tuple[str, Callable[[Doc], list[Finding]]]] = [
    ("typo", check_typo),
    ("restatement", check_restatement),
    ("product", check_product),
    ("product_units", check_product_units),
    ("average", check_average),
    ("each", check_each),
    ("subset", check_subset),
    ("sum", check_sum),
    ("share", check_share),
    ("change", check_change),
    ("change_base", check_change_against_base),
    ("rate", check_rate),
    ("multiple", check_multiple),
]


# the checks that look at one claim alone ("1,2 juta juta"); every other check relates two or
# more, so a document with fewer than two claims skips them (a third of news articles)
ONE_CLAIM_CHECKS = frozenset({"typo"})


def find(text: str, claims: list[Claim]) -> list[Finding]:
    """The findings of every check, in text order (what a batch stores: no coverage)."""
    doc = Doc.of(text, claims)
    findings: list[Finding] = []
    alone = len(doc.claims) < 2
    for name, check in CHECKS:
        if not alone or name in ONE_CLAIM_CHECKS:
            findings.extend(check(doc))
    findings.sort(key=lambda f: (f.spans[0].start, f.check))
    return findings


def run_checks(text: str, claims: list[Claim]) -> tuple[list[Finding], list[Coverage]]:
    """Findings of every check, and for every quantity whether it was checked."""
    findings = find(text, claims)
    used: dict[str, list[int]] = {}
    for i, f in enumerate(findings):
        for cid in f.claims:
            used.setdefault(cid, []).append(i)
    coverage = []
    for c in claims:
        if c.kind not in QUANTITY_KINDS:
            continue
        if c.id in used:
            coverage.append(Coverage.trusted(claim=c.id, status="checked", findings=tuple(used[c.id])))
        elif c.sentence is None or (c.value is None and c.fraction is None and c.low is None and c.high is None):
            coverage.append(_unchecked(c.id, "not_understood"))
        else:
            coverage.append(_unchecked(c.id, "unrelated"))
    return findings, coverage


@lru_cache(maxsize=1 << 12)
def _unchecked(claim: str, status: str) -> Coverage:
    """The coverage of an unchecked claim: the same (frozen) object for every "q7 unrelated"."""
    return Coverage.trusted(claim=claim, status=status)


def check_text(text: str, doc_id: str = "-") -> Report:
    """The whole checker on one text: claims, findings, coverage."""
    claims = build_claims(text, doc_id)
    findings, coverage = run_checks(text, claims)
    return Report(doc=doc_id, claims=claims, findings=findings, coverage=coverage)
