"""Report writers: one function per format. Library code: writes to the stream it is given."""

from __future__ import annotations

import json
from typing import TextIO

from extract.model import ClaimSet, Quantity
from extract.numerals import format_id


def write_claims(cs: ClaimSet, fmt: str, out: TextIO) -> None:
    if fmt == "jsonl":
        for c in cs.claims:
            out.write(c.model_dump_json())
            out.write("\n")
    elif fmt == "text":
        out.write(format_claims_text(cs))
    else:
        raise ValueError(f"unknown format {fmt!r}")


def write_claims_json(sets: list[ClaimSet], out: TextIO) -> None:
    data = [json.loads(c.model_dump_json()) for c in sets]
    json.dump(data[0] if len(data) == 1 else data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def describe_value(q: Quantity) -> str:
    """The amount as a reader would say it: "1.200.000", "60.000–80.000", "2/3"."""
    if q.value is not None:
        return format_id(q.value)
    if q.fraction is not None:
        return q.fraction
    if q.low is not None and q.high is not None:
        return f"{format_id(q.low)}–{format_id(q.high)}"
    if q.low is not None:
        return f"≥ {format_id(q.low)}"
    return "?"


def format_claims_text(cs: ClaimSet) -> str:
    lines = [f"# {cs.doc}: {len(cs.claims)} mentions"]
    for q in cs.claims:
        extras = [x for x in (
            q.unit or "",
            f"per {q.per}" if q.per else "",
            q.hedge if q.hedge != "none" else "",
            "vague" if q.vague else "",
            ",".join(q.flags),
        ) if x]
        lines.append(
            f"{q.id:>5} {q.start:>6}-{q.end:<6} {q.kind:<10} {describe_value(q):>22}  "
            f"{' '.join(extras):<28} {json.dumps(q.text, ensure_ascii=False)}"
            + (f"  ← {q.subject}" if q.subject else "")
        )
    return "\n".join(lines) + "\n"
