"""Scoring the extractor against the gold corpus (corpus/gold/*.jsonl): `cekangka eval`.

Gold mentions are matched to extracted claims by span overlap, one to one. Reported: precision,
recall and F1 of quantity detection; among matched mentions, exact-span agreement, value+unit,
hedge, per, subject and cue accuracy; and every miss, so a regression is traced in one step.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import regex

from extract.claims import build_claims, subject_head
from extract.model import QUANTITY_KINDS, Claim

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "corpus" / "gold"
# articles written after the checker's rules, with the relations they state: a measure of how the
# rules carry over to new text, never a set to tune them on (see corpus/heldout/README.md)
DEFAULT_HELDOUT = ROOT / "corpus" / "heldout"
ARTICLE_DIRS = (ROOT / "corpus" / "articles", ROOT / "seeds")
METRICS = ("quantity_precision", "quantity_recall", "quantity_f1", "span_exact", "value_unit",
           "hedge", "per", "subject", "cues")
_TOKEN = regex.compile(r"[\p{L}\d][\p{L}\d\-.]*")


@dataclass
class GoldMention:
    doc: str
    start: int
    end: int
    data: dict

    @property
    def kind(self) -> str:
        return self.data["kind"]


@dataclass
class Article:
    name: str
    text: str
    gold: list[GoldMention] = field(default_factory=list)


def find_occurrence(text: str, mention: str, occurrence: int) -> int:
    """Start of the n-th raw occurrence (from 1) of `mention` in `text`; -1 if there is none."""
    pos = -1
    for _ in range(occurrence):
        pos = text.find(mention, pos + 1)
        if pos < 0:
            return -1
    return pos


def load_gold(gold_dir: Path = DEFAULT_GOLD, article_dirs=ARTICLE_DIRS) -> list[Article]:
    """The annotated articles: text from corpus/articles/ (or seeds/), spans resolved."""
    articles = []
    for path in sorted(Path(gold_dir).glob("*.jsonl")):
        if path.name.endswith(".findings.jsonl"):
            continue
        name = path.stem
        src = next((d / f"{name}.txt" for d in map(Path, article_dirs) if (d / f"{name}.txt").exists()), None)
        if src is None:
            raise FileNotFoundError(f"no article text for gold file {path.name}")
        text = src.read_text(encoding="utf-8")
        art = Article(name, text)
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            start = find_occurrence(text, row["mention"], int(row.get("occurrence", 1)))
            if start < 0:
                raise ValueError(f"{path.name}:{n}: mention {row['mention']!r} not in the article")
            art.gold.append(GoldMention(name, start, start + len(row["mention"]), row))
        articles.append(art)
    return articles


def _tokens(s: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(s)]


def subject_matches(gold: str, got: str | None) -> bool:
    """Right when the head words agree and the token Dice overlap is at least one half."""
    if not got:
        return False
    if subject_head(gold) != subject_head(got):
        return False
    g, p = Counter(_tokens(gold)), Counter(_tokens(got))
    inter = sum((g & p).values())
    return 2 * inter / (sum(g.values()) + sum(p.values())) >= 0.5


def _dec(x) -> Decimal | None:
    return None if x is None else Decimal(str(x))


def _value_unit_ok(g: dict, c: Claim) -> bool:
    if g["kind"] != c.kind or g.get("unit") != c.unit:
        return False
    for key in ("value", "low", "high"):
        if key in g and _dec(g[key]) != getattr(c, key):
            return False
    return True


def _match(gold: list[GoldMention], claims: list[Claim]) -> list[tuple[GoldMention, Claim]]:
    """One-to-one pairs by largest span overlap."""
    pairs = []
    for g in gold:
        for c in claims:
            ov = min(g.end, c.end) - max(g.start, c.start)
            if ov > 0:
                pairs.append((ov, g, c))
    pairs.sort(key=lambda t: -t[0])
    used_g, used_c, out = set(), set(), []
    for _, g, c in pairs:
        if id(g) in used_g or id(c) in used_c:
            continue
        used_g.add(id(g))
        used_c.add(id(c))
        out.append((g, c))
    return out


def run_eval(gold_dir: Path | str = DEFAULT_GOLD) -> dict:
    """Score extraction on every gold article; returns the metrics and the list of misses."""
    articles = load_gold(Path(gold_dir))
    counts = Counter()
    misses: list[dict] = []
    for art in articles:
        claims = [c for c in build_claims(art.text, art.name) if c.kind in QUANTITY_KINDS]
        gold_q = [g for g in art.gold if g.kind in QUANTITY_KINDS]
        pairs = _match(art.gold, claims)
        matched_q = [(g, c) for g, c in pairs if g.kind in QUANTITY_KINDS]
        counts["gold"] += len(gold_q)
        counts["predicted"] += len(claims)
        counts["tp"] += len(matched_q)
        paired_c = {id(c) for _, c in matched_q}
        paired_g = {id(g) for g, _ in matched_q}
        for g in gold_q:
            if id(g) not in paired_g:
                misses.append(_miss(art, "missed", g.data["mention"], g.start))
        for c in claims:
            if id(c) not in paired_c:
                misses.append(_miss(art, "spurious", c.text, c.start, got=f"{c.kind} {c.value or (c.low, c.high)} {c.unit}"))
        for g, c in matched_q:
            d = g.data
            counts["span_exact"] += (g.start, g.end) == (c.start, c.end)
            if (g.start, g.end) != (c.start, c.end):
                misses.append(_miss(art, "span", d["mention"], g.start, got=c.text))
            ok = _value_unit_ok(d, c)
            counts["value_unit"] += ok
            if not ok:
                misses.append(_miss(art, "value_unit", d["mention"], g.start,
                                    want=f"{d['kind']} {d.get('value', (d.get('low'), d.get('high')))} {d.get('unit')}",
                                    got=f"{c.kind} {c.value if c.value is not None else (c.low, c.high)} {c.unit}"))
            if "hedge" in d:
                counts["hedge_n"] += 1
                counts["hedge"] += d["hedge"] == c.hedge
                if d["hedge"] != c.hedge:
                    misses.append(_miss(art, "hedge", d["mention"], g.start, want=d["hedge"], got=c.hedge))
            if "per" in d:
                counts["per_n"] += 1
                counts["per"] += d["per"] == c.per
                if d["per"] != c.per:
                    misses.append(_miss(art, "per", d["mention"], g.start, want=d["per"], got=c.per))
            if d.get("subject"):
                counts["subject_n"] += 1
                ok = subject_matches(d["subject"], c.subject)
                counts["subject"] += ok
                if not ok:
                    misses.append(_miss(art, "subject", d["mention"], g.start, want=d["subject"], got=c.subject))
            if "cues" in d:
                want, got = set(d["cues"]), set(c.cues)
                counts["cue_tp"] += len(want & got)
                counts["cue_fp"] += len(got - want)
                counts["cue_fn"] += len(want - got)
                if want != got:
                    misses.append(_miss(art, "cues", d["mention"], g.start, want=sorted(want), got=sorted(got)))
    p = counts["tp"] / counts["predicted"] if counts["predicted"] else 0.0
    r = counts["tp"] / counts["gold"] if counts["gold"] else 0.0
    tp = counts["tp"] or 1
    cue_p = counts["cue_tp"] / ((counts["cue_tp"] + counts["cue_fp"]) or 1)
    cue_r = counts["cue_tp"] / ((counts["cue_tp"] + counts["cue_fn"]) or 1)
    metrics = {
        "quantity_precision": p,
        "quantity_recall": r,
        "quantity_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "span_exact": counts["span_exact"] / tp,
        "value_unit": counts["value_unit"] / tp,
        "hedge": counts["hedge"] / (counts["hedge_n"] or 1),
        "per": counts["per"] / (counts["per_n"] or 1),
        "subject": counts["subject"] / (counts["subject_n"] or 1),
        "cues": 2 * cue_p * cue_r / (cue_p + cue_r) if cue_p + cue_r else 0.0,
    }
    return {"articles": len(articles), "gold_quantities": counts["gold"],
            "predicted_quantities": counts["predicted"], "metrics": metrics, "misses": misses}


def score_relations(gold_dir: Path | str = DEFAULT_GOLD) -> dict:
    """The gold relations (corpus/gold/*.findings.jsonl): how many the checker finds, per check,
    and how many of those get the gold verdict; and any alarm on these clean articles."""
    from checks.registry import check_text

    found, agree, total = Counter(), Counter(), Counter()
    alarms = []
    for art in load_gold(Path(gold_dir)):
        path = Path(gold_dir) / f"{art.name}.findings.jsonl"
        if not path.exists():
            continue
        report = check_text(art.text, art.name)
        for f in report.findings:
            if f.verdict == "inconsistent":
                alarms.append({"article": art.name, "check": f.check, "rule": f.rule})
        for line in path.read_text(encoding="utf-8").splitlines():
            rel = json.loads(line)
            spans = set()
            for m, occ in rel["mentions"]:
                s = find_occurrence(art.text, m, occ)
                spans.add((s, s + len(m)))
            total[rel["check"]] += 1
            hits = [f for f in report.findings if f.check == rel["check"]
                    and len({(x.start, x.end) for x in f.spans} & spans) >= min(2, len(spans))]
            found[rel["check"]] += bool(hits)
            agree[rel["check"]] += any(f.verdict == rel["verdict"] for f in hits)
    return {"total": dict(total), "found": dict(found), "agree": dict(agree),
            "found_share": sum(found.values()) / (sum(total.values()) or 1), "alarms_on_clean": alarms}


def format_relations(result: dict) -> str:
    lines = [f"gold relations found: {sum(result['found'].values())}/{sum(result['total'].values())} "
             f"({result['found_share']:.3f}); inconsistent findings on the clean articles: "
             f"{len(result['alarms_on_clean'])}"]
    for k in sorted(result["total"]):
        lines.append(f"  {k:<12} found {result['found'].get(k, 0):>3}/{result['total'][k]:<3} "
                     f"with the gold verdict {result['agree'].get(k, 0)}")
    return "\n".join(lines) + "\n"


def _miss(art: Article, what: str, mention: str, start: int, want=None, got=None) -> dict:
    line = art.text.count("\n", 0, start) + 1
    row = {"article": art.name, "line": line, "what": what, "mention": mention}
    if want is not None:
        row["want"] = want
    if got is not None:
        row["got"] = got
    return row


def format_eval(result: dict, fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(result, ensure_ascii=False, indent=2) + "\n"
    m = result["metrics"]
    lines = [
        f"articles {result['articles']}  gold quantities {result['gold_quantities']}  "
        f"extracted {result['predicted_quantities']}",
        f"quantity detection  P {m['quantity_precision']:.3f}  R {m['quantity_recall']:.3f}  "
        f"F1 {m['quantity_f1']:.3f}",
        f"on matched mentions: exact span {m['span_exact']:.3f}  value+unit {m['value_unit']:.3f}  "
        f"hedge {m['hedge']:.3f}  per {m['per']:.3f}  subject {m['subject']:.3f}  cues F1 {m['cues']:.3f}",
        "",
        f"misses ({len(result['misses'])}):",
    ]
    for x in result["misses"]:
        extra = "".join(f"  {k}={x[k]!r}" for k in ("want", "got") if k in x)
        lines.append(f"  {x['article']}:{x['line']}  {x['what']:<10} {x['mention']!r}{extra}")
    return "\n".join(lines) + "\n"
