"""Helpers the check tests share: the verdicts a text's findings give, by check and rule."""

from __future__ import annotations

from checks.registry import check_text

ALARM = {"inconsistent", "suspicious"}


def verdicts(text: str, check: str, rule: str | None = None) -> list[tuple[str, tuple[str, ...]]]:
    """(verdict, the texts of its claims) of each finding of `check` (and `rule`)."""
    rep = check_text(text, "t")
    by_id = {c.id: c for c in rep.claims}
    return [(f.verdict, tuple(by_id[i].text for i in f.claims)) for f in rep.findings
            if f.check == check and (rule is None or f.rule == rule)]


def verdict_on(text: str, check: str, figure: str, rule: str | None = None, *, within: bool = False) -> set[str]:
    """The verdicts of the findings that hold `figure` (as a claim's text; `within`: inside one)."""
    return {v for v, texts in verdicts(text, check, rule)
            if (any(figure in t for t in texts) if within else figure in texts)}


def alarms(text: str) -> list:
    return [f for f in check_text(text, "t").findings if f.verdict in ALARM]
