"""Planted errors: the classic newsroom errors, planted one at a time into numbers that take part
in a relation an article states (corpus/gold/*.findings.jsonl), and whether the checker flags
each one (inconsistent or suspicious, on a finding that involves the planted number).

Error types: scale_slip (miliar↔triliun, ribu↔juta), digit (the leading digit changed),
digit_last (the last significant digit changed, when it is not the leading one), percent (a
share's percent no longer matching), part_over_total (a part made larger than its total),
headline (the headline figure of a restatement changed).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import regex

from checks.registry import check_text
from checks.scoring import DEFAULT_GOLD, find_occurrence, load_gold

def _scale_swaps() -> dict[str, str]:
    """Scale words paired as newsrooms slip them: ribu↔juta, miliar↔triliun (neighbours a
    thousand apart, taken two by two from the smallest)."""
    from extract.lang import lexicon

    words: dict = {}
    for w, v in lexicon().scales.items():
        if w.isalpha() and len(w) > 2:
            words.setdefault(v, w)  # the first spelling of each value
    values = sorted(words)
    swaps = {}
    for a, b in zip(values[0::2], values[1::2]):
        if b == a * 1000:
            for x, y in ((words[a], words[b]), (words[b], words[a])):
                swaps[x], swaps[x.capitalize()] = y, y.capitalize()
    return swaps


_SCALE_SWAP = _scale_swaps()
_SCALE = regex.compile(r"(?<!\p{L})(" + "|".join(_SCALE_SWAP) + r")(?!\p{L})")
_DIGIT = regex.compile(r"[1-9]")
ERROR_TYPES = ("scale_slip", "digit", "digit_last", "percent", "part_over_total", "headline")


def plants(check: str, mentions: list[str]) -> list[tuple[str, int, str]]:
    """(error type, index of the mention to change, its new text) for one stated relation."""
    out = []
    for i, m in enumerate(mentions):
        s = _SCALE.search(m)
        if s:
            out.append(("scale_slip", i, m[:s.start()] + _SCALE_SWAP[s.group()] + m[s.end():]))
    d = _DIGIT.search(mentions[-1])
    if d:
        new = str((int(d.group()) + 4) % 9 + 1)
        out.append(("digit", len(mentions) - 1, mentions[-1][:d.start()] + new + mentions[-1][d.end():]))
    # the same slip in the last written significant digit ("Rp 1,6 triliun" -> "Rp 1,1 triliun"),
    # so no rule can score by watching the leading digit alone
    last = list(_DIGIT.finditer(mentions[-1]))
    if len(last) >= 2:
        d = last[-1]
        new = str((int(d.group()) + 4) % 9 + 1)
        out.append(("digit_last", len(mentions) - 1, mentions[-1][:d.start()] + new + mentions[-1][d.end():]))
    if check == "share":
        p = next((i for i, m in enumerate(mentions) if "persen" in m.lower() or "%" in m), None)
        d = _DIGIT.search(mentions[p]) if p is not None else None
        if d:
            out.append(("percent", p, mentions[p][:d.start()] + str(int(d.group()) % 9 + 1) * 2 + mentions[p][d.end():]))
    if check in ("sum", "subset") and len(mentions) >= 2:
        # a part ten times larger than it was is larger than its total: a sum lists its parts
        # first (the total last), a subset its whole first (then the parts, stage by stage)
        i = 0 if check == "sum" else 1
        d = _DIGIT.search(mentions[i])
        if d:
            out.append(("part_over_total", i, mentions[i][:d.start()] + d.group() + "0" + mentions[i][d.end():]))
    if check == "restatement":
        d = _DIGIT.search(mentions[0])
        if d:
            new = str((int(d.group()) + 4) % 9 + 1)
            out.append(("headline", 0, mentions[0][:d.start()] + new + mentions[0][d.end():]))
    return out


def _articles(gold_dir: Path) -> list[tuple[str, str]]:
    """(name, text) of each article of a gold folder: the annotated corpus (corpus/gold, texts in
    corpus/articles), or a held-out folder that holds its articles beside their relations."""
    texts = sorted(gold_dir.glob("*.txt"))
    if texts:
        return [(t.stem, t.read_text(encoding="utf-8")) for t in texts]
    return [(a.name, a.text) for a in load_gold(gold_dir)]


def run_planted(gold_dir: Path | str = DEFAULT_GOLD) -> dict:
    """Recall per error type over every stated relation of every gold article; also how many of
    those relations the checker finds in the clean article, and its alarms there."""
    planted, flagged = Counter(), Counter()
    misses = []
    relations = found = 0
    clean_alarms = []
    for name, article in _articles(Path(gold_dir)):
        path = Path(gold_dir) / f"{name}.findings.jsonl"
        if not path.exists():
            continue
        clean = check_text(article, name)
        clean_alarms += [{"article": name, "check": f.check, "verdict": f.verdict, "rule": f.rule}
                         for f in clean.findings if f.verdict in ("inconsistent", "suspicious")]
        for line in path.read_text(encoding="utf-8").splitlines():
            rel = json.loads(line)
            if rel.get("verdict") != "consistent":
                continue
            relations += 1
            spans = [(s, s + len(m)) for m, o in rel["mentions"] if (s := find_occurrence(article, m, o)) >= 0]
            found += any(all(any(x.start < e and s < x.end for x in f.spans) for s, e in spans)
                         for f in clean.findings)
            texts = [m for m, _ in rel["mentions"]]
            for kind, i, new in plants(rel["check"], texts):
                mention, occ = rel["mentions"][i]
                start = find_occurrence(article, mention, occ)
                if start < 0 or new == mention:
                    continue
                text = article[:start] + new + article[start + len(mention):]
                end = start + len(new)
                report = check_text(text, name)
                hit = any(f.verdict in ("inconsistent", "suspicious")
                          and any(s.start < end and start < s.end for s in f.spans)
                          for f in report.findings)
                planted[kind] += 1
                flagged[kind] += hit
                if not hit:
                    misses.append({"article": name, "check": rel["check"], "error": kind,
                                   "from": mention, "to": new})
    recall = {k: flagged[k] / planted[k] for k in planted}
    total = sum(planted.values())
    return {"planted": dict(planted), "flagged": dict(flagged), "recall": recall,
            "overall": sum(flagged.values()) / total if total else 0.0, "misses": misses,
            "relations": relations, "relations_found": found, "clean_alarms": clean_alarms}


def format_planted(result: dict, fmt: str = "text", heldout: dict | None = None) -> str:
    """The recall per error type; with `heldout`, the same on the held-out articles after it."""
    if fmt == "json":
        data = result if heldout is None else {**result, "heldout": heldout}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    lines = [f"planted errors flagged: {result['overall']:.3f} overall (target 0.9)"]
    lines += _per_type(result)
    if heldout is not None:
        lines.append(f"held-out articles (corpus/heldout, written after the rules, never tuned on): "
                     f"{heldout['overall']:.3f} overall; relations found {heldout['relations_found']}/"
                     f"{heldout['relations']}; alarms on the clean articles {len(heldout['clean_alarms'])}")
        lines += _per_type(heldout)
    return "\n".join(lines) + "\n"


def _per_type(result: dict) -> list[str]:
    return [f"  {k:<16} {result['flagged'][k]:>4} / {result['planted'][k]:<4} {result['recall'][k]:.3f}"
            for k in ERROR_TYPES if k in result["planted"]]
