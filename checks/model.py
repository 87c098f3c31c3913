"""The checker's contract: findings, coverage and the report of one document.

Like extract/model.py, frozen pydantic models whose exact numbers travel as decimal strings.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from extract.model import Claim, Exact, Frozen, TextSpan

Verdict = Literal["consistent", "inconsistent", "undetermined", "suspicious"]
VERDICT_RANK = {"consistent": 0, "undetermined": 1, "suspicious": 2, "inconsistent": 3}


class Bound(Frozen):
    """An interval as the report shows it: ends (null = unbounded), openness, and its text."""

    lo: Exact | None = None
    hi: Exact | None = None
    lo_open: bool = False
    hi_open: bool = False
    text: str = Field(description="the interval written the Indonesian way: 'Rp 0,72 triliun – Rp 2,88 triliun'")


class Fix(Frozen):
    """The smallest change that would make a relation hold: move one number into a range."""

    claim: str = Field(description="id of the claim to change")
    into: Bound
    text: dict[str, str] = Field(description="the suggestion in Indonesian ('id') and English ('en')")


class Finding(Frozen):
    """One relation between claims, checked: verdict, stated vs derived, the working, a fix."""

    check: str = Field(description="product, sum, share, subset, change, multiple, rate, restatement, typo")
    verdict: Verdict
    claims: tuple[str, ...] = Field(description="ids of the claims involved, in the check's order")
    spans: tuple[TextSpan, ...] = Field(description="the mentions of those claims")
    stated: Bound | None = Field(None, description="the figure as the text states it")
    derived: Bound | None = Field(None, description="the figure as the other claims imply it")
    explanation: dict[str, list[str]] = Field(description="the derivation step by step: {'id': [...], 'en': [...]}")
    fix: Fix | None = None
    rule: str = Field(description="name of the rule that found the relation")


class Coverage(Frozen):
    """Whether a claim was verified: checked (in which findings), unrelated, or not understood."""

    claim: str
    status: Literal["checked", "unrelated", "not_understood"]
    findings: tuple[int, ...] = ()


class Report(Frozen):
    """Everything `cekangka check` says about one document."""

    doc: str
    claims: list[Claim]
    findings: list[Finding]
    coverage: list[Coverage]

    def worst(self) -> str | None:
        if not self.findings:
            return None
        return max((f.verdict for f in self.findings), key=VERDICT_RANK.__getitem__)
