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


# --- check reports ----------------------------------------------------------------------------
_MARK = {"consistent": "✓", "inconsistent": "✗", "undetermined": "?", "suspicious": "!"}


def write_report(report, fmt: str, out: TextIO, text: str = "", lang: str = "id") -> None:
    """One document's check report: text, json (one object), jsonl (one line) or html."""
    if fmt == "text":
        out.write(format_report_text(report, lang))
    elif fmt == "jsonl":
        out.write(report.model_dump_json())
        out.write("\n")
    elif fmt == "json":
        out.write(json.dumps(json.loads(report.model_dump_json()), ensure_ascii=False, indent=2))
        out.write("\n")
    elif fmt == "html":
        out.write(format_report_html(report, text, lang))
    else:
        raise ValueError(f"unknown format {fmt!r}")


def format_report_text(report, lang: str = "id") -> str:
    by_id = {c.id: c for c in report.claims}
    counts = {}
    for cov in report.coverage:
        counts[cov.status] = counts.get(cov.status, 0) + 1
    head = "temuan" if lang == "id" else "findings"
    lines = [f"# {report.doc}: {len(report.findings)} {head}; "
             + ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))]
    for i, f in enumerate(report.findings):
        names = " · ".join(f"{cid} {by_id[cid].text!r}" for cid in f.claims if cid in by_id)
        lines.append(f"[{i}] {_MARK[f.verdict]} {f.check} {f.verdict}: {names}")
        for step in f.explanation[lang]:
            lines.append(f"      {step}")
        if f.fix is not None:
            lines.append(f"      → {f.fix.text[lang]}")
    return "\n".join(lines) + "\n"


_CSS = """body{font:15px/1.5 system-ui,sans-serif;margin:0;display:flex;gap:1.5em}
article{flex:3;padding:1.5em;white-space:pre-wrap;max-width:48em}
aside{flex:2;padding:1.5em;background:#f6f6f4;min-height:100vh}
mark{border-radius:3px;padding:0 2px;background:#e8eef8}
mark.consistent{background:#dff3e0}mark.inconsistent{background:#fbd9d6}
mark.suspicious{background:#fdf0c4}mark.undetermined{background:#ececec}
.f{margin:0 0 1em;padding:.6em .8em;border-left:4px solid #999;background:#fff}
.f.consistent{border-color:#3a9a46}.f.inconsistent{border-color:#c9372c}
.f.suspicious{border-color:#d9a400}.f ol{margin:.3em 0 0 1.2em;padding:0}.fix{font-weight:600}"""


def format_report_html(report, text: str, lang: str = "id") -> str:
    """One self-contained page: the article with every quantity highlighted (coloured by the
    worst verdict it takes part in), and the findings beside it. All article text is escaped."""
    from html import escape

    from checks.model import VERDICT_RANK

    worst: dict[str, str] = {}
    for f in report.findings:
        for cid in f.claims:
            if cid not in worst or VERDICT_RANK[f.verdict] > VERDICT_RANK[worst[cid]]:
                worst[cid] = f.verdict
    parts, pos = [], 0
    for c in sorted(report.claims, key=lambda c: c.start):
        if c.start < pos:
            continue
        parts.append(escape(text[pos:c.start]))
        cls = worst.get(c.id, "")
        title = f"{c.id} {c.kind} {describe_value(c)} {c.unit or ''}".strip()
        parts.append(f'<mark id="{escape(c.id)}" class="{cls}" title="{escape(title)}">'
                     f"{escape(text[c.start:c.end])}</mark>")
        pos = c.end
    parts.append(escape(text[pos:]))
    items = []
    for i, f in enumerate(report.findings):
        steps = "".join(f"<li>{escape(s)}</li>" for s in f.explanation[lang])
        links = " · ".join(f'<a href="#{escape(cid)}">{escape(cid)}</a>' for cid in f.claims)
        fix = f'<div class="fix">→ {escape(f.fix.text[lang])}</div>' if f.fix else ""
        items.append(f'<div class="f {f.verdict}"><b>[{i}] {escape(f.check)}: {escape(f.verdict)}</b> '
                     f"{links}<ol>{steps}</ol>{fix}</div>")
    title = escape(report.doc)
    empty = "<p>Tidak ada temuan.</p>" if lang == "id" else "<p>No findings.</p>"
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>cekangka: {title}</title><style>{_CSS}</style></head><body>"
            f"<article>{''.join(parts)}</article><aside><h2>cekangka: {title}</h2>"
            f"{''.join(items) or empty}</aside></body></html>\n")
