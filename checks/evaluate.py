"""Conformance: score the extractor on a peer's corpus (Duckling's Indonesian corpus).

`run_conformance(path)` reads a JSONL file with one phrase a line — `dimension` (numeral,
ordinal, amount_of_money), `text`, `value`, `unit`, and for intervals `min`/`max` — and checks:

- numeral: `parse_numeral(text)` has exactly the value `Decimal(str(value))`;
- ordinal: `extract_quantities(text, include_all=True)` gives one mention, an ordinal covering
  the phrase, with that value;
- amount_of_money: `extract_quantities(text)` gives one mention, money, covering the phrase,
  with the unit as an ISO code ($ USD, € EUR, £ GBP, ¥ JPY) and, when Duckling gives a value,
  that value; when Duckling's value is null (an interval) the mention must be a range with
  low = min and high = max, or a hedged value in the direction the phrase says ("kurang dari",
  "di bawah", "tidak sampai", "lebih murah dari" -> under; "lebih dari", "di atas", "melebihi",
  "melewati" -> over).

"Covering" allows only whitespace and punctuation outside the mention's span.

Deliberate differences — phrases where Indonesian news usage differs from the peer's reading —
are data, in `corpus/peers/duckling_differences.jsonl` (one line each, with the reason). They are
reported apart from the failures; the pass rate is given with and without them.
"""

from __future__ import annotations

import json
import unicodedata
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

DIFFERENCES = Path(__file__).resolve().parent.parent / "corpus" / "peers" / "duckling_differences.jsonl"
TARGET = 0.95

# Duckling's currency symbols as ISO 4217 codes; ISO codes stand for themselves.
CURRENCY_ISO = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
# Which hedge an interval phrase asks for, by its cue words (checked longest first).
HEDGE_CUES = {
    "lebih murah dari": "under",
    "kurang dari": "under",
    "di bawah": "under",
    "tidak sampai": "under",
    "lebih dari": "over",
    "di atas": "over",
    "melebihi": "over",
    "melewati": "over",
}
DIMENSIONS = ("numeral", "ordinal", "amount_of_money")


def load_differences(path: Path | str | None = None) -> dict[tuple[str, str], dict[str, Any]]:
    """The documented differences, keyed by (dimension, text). A missing file means none."""
    p = Path(path) if path is not None else DIFFERENCES
    out: dict[tuple[str, str], dict[str, Any]] = {}
    if not p.is_file():
        return out
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)  # a broken table is an error, not a silent skip
        if not row.get("reason"):
            raise ValueError(f"{p.name}:{n}: a difference needs a reason")
        out[(row["dimension"], row["text"])] = row
    return out


def _dec(v: Any) -> Decimal | None:
    if v is None:
        return None
    try:
        return Decimal(str(v))
    except InvalidOperation:
        return None


def _fmt(d: Decimal | None) -> str:
    return "null" if d is None else format(d, "f")


def _outside_ok(s: str) -> bool:
    """Only whitespace or punctuation: what may lie outside a mention that covers a phrase."""
    return all(c.isspace() or unicodedata.category(c).startswith("P") for c in s)


def _covers(text: str, start: int, end: int) -> bool:
    return _outside_ok(text[:start]) and _outside_ok(text[end:])


def _describe(q) -> str:
    parts = [f"{q.kind} {q.text!r} [{q.start}:{q.end}]"]
    if q.value is not None:
        parts.append(f"value={_fmt(q.value)}")
    if q.fraction is not None:
        parts.append(f"fraction={q.fraction}")
    if q.low is not None or q.high is not None:
        parts.append(f"low={_fmt(q.low)} high={_fmt(q.high)}")
    if q.unit:
        parts.append(f"unit={q.unit}")
    if q.hedge != "none":
        parts.append(f"hedge={q.hedge}")
    return " ".join(parts)


def _expected_hedge(text: str) -> str | None:
    low = " ".join(text.lower().split())
    for cue in sorted(HEDGE_CUES, key=len, reverse=True):
        if cue in low:
            return HEDGE_CUES[cue]
    return None


# --- one check per dimension: (problems, what we returned) ----------------------------------
def check_numeral(row: dict[str, Any]) -> tuple[list[str], str]:
    from extract.numerals import parse_numeral

    want = _dec(row.get("value"))
    n = parse_numeral(row["text"])
    if n is None:
        return ["parse_numeral returned None"], "None"
    got = f"value={_fmt(n.value)}" + (f" fraction={n.fraction}" if n.fraction else "")
    if n.value != want:
        return [f"value: want {_fmt(want)}, got {_fmt(n.value)}"], got
    return [], got


def check_ordinal(row: dict[str, Any]) -> tuple[list[str], str]:
    from extract.quantities import extract_quantities

    text = row["text"]
    want = _dec(row.get("value"))
    qs = extract_quantities(text, include_all=True)
    got = "; ".join(_describe(q) for q in qs) or "nothing"
    if len(qs) != 1:
        return [f"want one ordinal mention, got {len(qs)} mentions"], got
    q = qs[0]
    problems = []
    if q.kind != "ordinal":
        problems.append(f"kind: want ordinal, got {q.kind}")
    if not _covers(text, q.start, q.end):
        problems.append(f"span: {q.text!r} does not cover {text!r}")
    if q.value != want:
        problems.append(f"value: want {_fmt(want)}, got {_fmt(q.value)}")
    return problems, got


def check_money(row: dict[str, Any]) -> tuple[list[str], str]:
    from extract.quantities import extract_quantities

    text = row["text"]
    qs = extract_quantities(text)
    got = "; ".join(_describe(q) for q in qs) or "nothing"
    money = [q for q in qs if q.kind == "money"]
    if len(money) != 1 or len(qs) != 1:
        return [f"want exactly one money mention, got {len(money)} money of {len(qs)} mentions"], got
    q = money[0]
    problems = []
    if not _covers(text, q.start, q.end):
        problems.append(f"span: {q.text!r} does not cover {text!r}")
    unit = CURRENCY_ISO.get(row.get("unit"), row.get("unit"))
    if q.unit != unit:
        problems.append(f"unit: want {unit}, got {q.unit}")
    value = _dec(row.get("value"))
    lo, hi = _dec(row.get("min")), _dec(row.get("max"))
    if value is not None:
        if q.value != value:
            problems.append(f"value: want {_fmt(value)}, got {_fmt(q.value)}")
    elif lo is not None and hi is not None:
        if q.low is None or q.high is None:
            problems.append("range: want low and high set")
        elif (q.low, q.high) != (lo, hi):
            problems.append(f"range: want {_fmt(lo)}..{_fmt(hi)}, got {_fmt(q.low)}..{_fmt(q.high)}")
    else:
        direction = _expected_hedge(text) or ("under" if hi is not None else "over")
        bound = hi if hi is not None else lo
        if q.low is not None and q.high is not None:
            problems.append(f"interval: an open interval ({direction}) read as a range")
        elif q.hedge != direction:
            problems.append(f"hedge: want {direction}, got {q.hedge}")
        if q.value != bound:
            problems.append(f"bound: want value {_fmt(bound)}, got {_fmt(q.value)}")
    return problems, got


CHECKS = {"numeral": check_numeral, "ordinal": check_ordinal, "amount_of_money": check_money}


def _expected(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in ("value", "min", "max", "unit") if row.get(k) is not None}


def run_conformance(path: str, differences_file: Path | str | None = None) -> dict[str, Any]:
    """Score the extractor on a Duckling-style JSONL corpus; see the module docstring.

    `differences_file` overrides corpus/peers/duckling_differences.jsonl. Raises OSError when
    `path` cannot be read.
    """
    documented = load_differences(differences_file)
    used: set[tuple[str, str]] = set()
    rows: list[dict[str, Any]] = []
    bad_lines = 0
    skipped: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                bad_lines += 1
                continue
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                bad_lines += 1
                continue
            if row.get("dimension") not in CHECKS:
                skipped.append({"line": n, "dimension": row.get("dimension"), "text": row["text"]})
                continue
            rows.append(row)

    by_dim: dict[str, dict[str, int]] = {d: {"total": 0, "passed": 0} for d in DIMENSIONS}
    failures: list[dict[str, Any]] = []
    differences: list[dict[str, Any]] = []
    stale: list[dict[str, Any]] = []
    passed = 0
    for row in rows:
        dim, text = row["dimension"], row["text"]
        try:
            problems, got = CHECKS[dim](row)
        except Exception as e:  # a crash is a failure with its reason, not the end of the run
            problems, got = [f"raised {type(e).__name__}: {e}"], "exception"
        key = (dim, text)
        by_dim[dim]["total"] += 1
        doc = documented.get(key)
        if doc is not None:
            used.add(key)
        if not problems:
            passed += 1
            by_dim[dim]["passed"] += 1
            if doc is not None:
                stale.append({"dimension": dim, "text": text, "reason": doc["reason"],
                              "note": "documented as a difference but passes"})
            continue
        entry = {"dimension": dim, "text": text, "expected": _expected(row), "got": got,
                 "problems": problems}
        if doc is not None:
            differences.append({**entry, "reason": doc["reason"]})
        else:
            failures.append(entry)
    for key, doc in documented.items():
        if key not in used:
            stale.append({"dimension": key[0], "text": key[1], "reason": doc["reason"],
                          "note": "documented but not in the corpus"})

    total = len(rows)
    excl = total - len(differences)
    rate = passed / total if total else 0.0
    rate_excl = passed / excl if excl else 0.0
    return {
        "path": str(path),
        "differences_file": str(differences_path(differences_file)),
        "total": total,
        "passed": passed,
        "failed": total - passed,
        "pass_rate": rate,
        "documented_differences": len(differences),
        "pass_rate_excluding_differences": rate_excl,
        "target": TARGET,
        "target_pass": rate >= TARGET,
        "target_pass_excluding_differences": rate_excl >= TARGET,
        "by_dimension": by_dim,
        "differences": differences,
        "failures": failures,
        "stale_differences": stale,
        "bad_lines": bad_lines,
        "skipped": skipped,
    }


def differences_path(path: Path | str | None = None) -> Path:
    return Path(path) if path is not None else DIFFERENCES


def format_conformance(result: dict[str, Any], fmt: str = "text") -> str:
    """The conformance result as `text` (summary, differences, failures) or `json`."""
    if fmt == "json":
        return json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    if fmt != "text":
        raise ValueError(f"unknown format {fmt!r}")

    def verdict(ok: bool) -> str:
        return "PASS" if ok else "FAIL"

    r = result
    lines = [
        f"cekangka conformance: {r['path']}",
        f"  {r['total']} phrases, {r['passed']} passed, {r['failed']} failed"
        + (f", {r['bad_lines']} bad lines" if r["bad_lines"] else "")
        + (f", {len(r['skipped'])} of unknown dimensions skipped" if r["skipped"] else ""),
        f"  pass rate                        {r['pass_rate']:7.1%}   target >= {r['target']:.0%}  "
        f"{verdict(r['target_pass'])}",
        f"  excluding {r['documented_differences']} documented differences "
        f"{r['pass_rate_excluding_differences']:7.1%}   target >= {r['target']:.0%}  "
        f"{verdict(r['target_pass_excluding_differences'])}",
    ]
    for dim, c in r["by_dimension"].items():
        if c["total"]:
            lines.append(f"    {dim:<18} {c['passed']:>4} / {c['total']:<4}")
    if r["differences"]:
        lines += ["", f"documented differences ({r['differences_file']}):"]
        for d in r["differences"]:
            lines.append(f"  {d['dimension']:<16} {d['text']!r}: Duckling {json.dumps(d['expected'], ensure_ascii=False)}"
                         f", ours {d['got']}")
            lines.append(f"  {'':<16} reason: {d['reason']}")
    if r["failures"]:
        lines += ["", "failures:"]
        for fl in r["failures"]:
            lines.append(f"  {fl['dimension']:<16} {fl['text']!r}: want {json.dumps(fl['expected'], ensure_ascii=False)}")
            lines.append(f"  {'':<16} got  {fl['got']}")
            lines.append(f"  {'':<16} why  {'; '.join(fl['problems'])}")
    if r["stale_differences"]:
        lines += ["", "stale entries in the differences file:"]
        for s in r["stale_differences"]:
            lines.append(f"  {s['dimension']:<16} {s['text']!r}: {s['note']}")
    return "\n".join(lines) + "\n"
