"""Benchmark: extraction throughput against spaCy's blank Indonesian tokenizer, in one run.

`run_bench(path)` streams a JSONL file of articles (one object a line with a `text` field) twice:

1. our extraction, `extract_claims(text)` (quantities and their claims) on every text — seconds, articles/s, MB/s (UTF-8
   bytes, 1 MB = 10^6 bytes) and the number of quantities; then the peak RSS of the process,
   read BEFORE spaCy is imported or loaded, so it reflects extraction alone;
2. spaCy's `spacy.blank("id")` tokenizer on the same texts — load time, the same stats, tokens;

then the throughput ratio (our MB/s / spaCy's MB/s), the total peak RSS, and the cold time of the
`cekangka extract` command on a small text (a fresh interpreter, `python -m checks.cli extract`).

Only the calls being measured are timed (JSON decoding and byte counting are outside the clock).
Nothing is kept in memory across articles. Library code: no printing, no exiting; progress goes
to the given stream only when it is a terminal.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from typing import Any, TextIO

# The targets printed next to the results.
TARGET_RATIO = 2.0  # our MB/s at least twice spaCy's tokenizer
TARGET_RSS_MB = 300.0  # peak RSS of the extraction pass (MiB, ru_maxrss / 1024)
TARGET_COLD_S = 0.8  # a fresh `cekangka extract` on a small text

# Our own small text for the cold-start run (not taken from any corpus).
COLD_TEXT = (
    "Pemerintah menyalurkan bantuan sebesar Rp 600.000 per bulan kepada sekitar 1,2 juta "
    "penerima. Hingga Selasa (15/9/2020), dana yang terserap mencapai Rp 2,4 triliun atau "
    "48 persen dari pagu.\n"
)
COLD_RUNS = 3
PROGRESS_EVERY = 250
MB = 1_000_000
E2E_ROUNDS = 3  # rounds of (1-worker batch, spaCy) in the end-to-end bench: the median decides


def iter_texts(path: str, limit: int | None, counts: dict[str, int],
               headlines: bool = False) -> Iterator[tuple[str, str]]:
    """(id, text) for each good line of a JSONL file, streamed; bad lines are counted, skipped.

    A line is bad when it is not JSON, not an object, or has no string `text`. Blank lines are
    ignored. `limit` counts good lines only. With `headlines`, the text is what `cekangka batch`
    reads of the record: its title as the headline, a blank line, the text (`headline_text`).
    """
    if headlines:
        from extract.model import Document
        from extract.sources import headline_text
    counts.setdefault("bad_lines", 0)
    seen = 0
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            if limit is not None and seen >= limit:
                return
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError):
                counts["bad_lines"] += 1
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                counts["bad_lines"] += 1
                continue
            seen += 1
            text = obj["text"]
            if headlines and isinstance(obj.get("title"), str):
                text = headline_text(Document(id="-", title=obj["title"], text=text))[0]
            yield str(obj.get("id", f"line{n}")), text


def _peak_rss_kb() -> int:
    """Peak resident set size of this process so far, in KB (Linux reports ru_maxrss in KB)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss // 1024 if sys.platform == "darwin" else rss  # macOS reports bytes


def _show(progress: TextIO | None, message: str) -> None:
    if progress is not None:
        progress.write("\r" + message)
        progress.flush()


def _stats(seconds: float, articles: int, nbytes: int) -> dict[str, float]:
    return {
        "seconds": seconds,
        "articles_per_s": articles / seconds if seconds > 0 else 0.0,
        "mb_per_s": nbytes / MB / seconds if seconds > 0 else 0.0,
    }


def _extraction_pass(path: str, limit: int | None, progress: TextIO | None) -> dict[str, Any]:
    from checks.registry import run_checks
    from extract import extract_claims

    counts: dict[str, int] = {}
    articles = chars = nbytes = quantities = findings = 0
    checking = 0.0  # the checker's time on the claims, timed apart from extraction
    # one-off loading (lexicon tables, the pint unit registry) is not timed, like spaCy's load
    warm = "Sebanyak 1,2 juta orang menerima Rp 600.000 per bulan, total Rp 1,6 triliun (naik 5 persen)."
    run_checks(warm, extract_claims(warm))
    from extract.units import registry  # pint (and numpy) load on the first unit conversion,

    registry()  # which the warm text does not need: loaded here, untimed, like spaCy's load
    errors: list[dict[str, str]] = []
    error_kinds: dict[str, int] = {}
    n_errors = 0
    elapsed = 0.0
    clock = time.perf_counter
    for doc_id, text in iter_texts(path, limit, counts):
        t0 = clock()
        try:
            found = extract_claims(text)
        except Exception as e:  # a crash on one article is a finding of the bench, not its end
            elapsed += clock() - t0
            n_errors += 1
            message = f"{type(e).__name__}: {e}"[:300]
            error_kinds[message] = error_kinds.get(message, 0) + 1
            if len(errors) < 10:
                errors.append({"id": doc_id, "error": message})
            found = []
        else:
            elapsed += clock() - t0
            t1 = clock()
            try:
                findings += len(run_checks(text, found)[0])
            except Exception as e:
                n_errors += 1
                message = f"check: {type(e).__name__}: {e}"[:300]
                error_kinds[message] = error_kinds.get(message, 0) + 1
            checking += clock() - t1
        articles += 1
        chars += len(text)
        nbytes += len(text.encode("utf-8"))
        quantities += len(found)
        if progress is not None and articles % PROGRESS_EVERY == 0:
            _show(progress, f"extract: {articles} articles, {elapsed:.1f} s")
    return {
        "articles": articles, "chars": chars, "bytes": nbytes, "bad_lines": counts["bad_lines"],
        "quantities": quantities, "findings": findings, "errors": n_errors, "error_examples": errors,
        "error_kinds": dict(sorted(error_kinds.items(), key=lambda kv: -kv[1])),
        **_stats(elapsed, articles, nbytes),
        "with_check": _stats(elapsed + checking, articles, nbytes),
    }


def _spacy_pass(path: str, limit: int | None, progress: TextIO | None,
                headlines: bool = False) -> dict[str, Any]:
    t0 = time.perf_counter()
    import spacy

    t1 = time.perf_counter()
    nlp = spacy.blank("id")
    t2 = time.perf_counter()
    tokenizer = nlp.tokenizer
    counts: dict[str, int] = {}
    articles = nbytes = tokens = 0
    elapsed = 0.0
    clock = time.perf_counter
    for _, text in iter_texts(path, limit, counts, headlines):
        s = clock()
        doc = tokenizer(text)
        elapsed += clock() - s
        tokens += len(doc)
        articles += 1
        nbytes += len(text.encode("utf-8"))
        if progress is not None and articles % PROGRESS_EVERY == 0:
            _show(progress, f"spaCy:   {articles} articles, {elapsed:.1f} s")
    return {
        "articles": articles, "bytes": nbytes, "tokens": tokens,
        "import_seconds": t1 - t0, "load_seconds": t2 - t1, "spacy_version": spacy.__version__,
        **_stats(elapsed, articles, nbytes),
    }


def cold_start(runs: int = COLD_RUNS, text: str = COLD_TEXT) -> dict[str, Any]:
    """Wall time of `python -m checks.cli extract FILE` in fresh interpreters on a small text."""
    fd, name = tempfile.mkstemp(suffix=".txt", prefix="cekangka-bench-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        times: list[float] = []
        codes: list[int] = []
        for _ in range(runs):
            t0 = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "checks.cli", "extract", name],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False,
            )
            times.append(time.perf_counter() - t0)
            codes.append(done.returncode)
    finally:
        os.unlink(name)
    return {
        "runs": times, "seconds": statistics.median(times), "first_seconds": times[0],
        "exit_codes": codes, "text_chars": len(text),
    }


def _target(value: float | None, target: float, op: str, unit: str) -> dict[str, Any]:
    ok = None if value is None else (value >= target if op == ">=" else value <= target)
    return {"value": value, "target": target, "op": op, "unit": unit, "pass": ok}


def run_bench(path: str, limit: int | None = None, progress: TextIO | None = None,
              cold: bool = True) -> dict[str, Any]:
    """Measure extraction and spaCy tokenization on the same texts; see the module docstring.

    `progress` (e.g. sys.stderr) is written to only when it is a terminal. `cold=False` skips
    the cold-start subprocess runs (for tests). Raises OSError when `path` cannot be read.
    """
    stream = progress if progress is not None and _isatty(progress) else None
    with open(path, "rb"):  # fail early and plainly on a missing or unreadable file
        pass
    rss_start = _peak_rss_kb()
    spacy_before = "spacy" in sys.modules
    ours = _extraction_pass(path, limit, stream)
    rss_extract = _peak_rss_kb()
    spacy_after = "spacy" in sys.modules
    theirs = _spacy_pass(path, limit, stream)
    rss_total = _peak_rss_kb()
    if stream is not None:
        stream.write("\n")
    cold_result = cold_start() if cold else None

    ratio = ours["mb_per_s"] / theirs["mb_per_s"] if theirs["mb_per_s"] > 0 else None
    ratio_check = ours["with_check"]["mb_per_s"] / theirs["mb_per_s"] if theirs["mb_per_s"] > 0 else None
    return {
        "path": str(path),
        "limit": limit,
        "articles": ours["articles"],
        "chars": ours["chars"],
        "bytes": ours["bytes"],
        "bad_lines": ours["bad_lines"],
        "extraction": ours,
        "spacy": theirs,
        "ratio": ratio,
        "ratio_with_check": ratio_check,
        "rss": {
            "start_kb": rss_start,
            "extraction_peak_kb": rss_extract,
            "total_peak_kb": rss_total,
            # True would mean the extraction figure includes spaCy: then it is not extraction alone
            "spacy_loaded_during_extraction": spacy_before or spacy_after,
        },
        "cold": cold_result,
        "targets": {
            "ratio": _target(ratio, TARGET_RATIO, ">=", "x"),
            "ratio_with_check": _target(ratio_check, TARGET_RATIO, ">=", "x"),
            "rss": _target(rss_extract / 1024, TARGET_RSS_MB, "<=", "MB"),
            "cold": _target(cold_result["seconds"] if cold_result else None, TARGET_COLD_S, "<=", "s"),
        },
        "python": sys.version.split()[0],
    }


def _isatty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _verdict(t: dict[str, Any]) -> str:
    return "SKIPPED" if t["pass"] is None else ("PASS" if t["pass"] else "FAIL")


def format_bench(result: dict[str, Any], fmt: str = "text") -> str:
    """The bench result as `text` (a table with targets and PASS/FAIL) or `json`."""
    if fmt == "json":
        return json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    if fmt != "text":
        raise ValueError(f"unknown format {fmt!r}")
    ours, theirs, t = result["extraction"], result["spacy"], result["targets"]
    lines = [
        f"cekangka bench: {result['path']}",
        f"  {result['articles']} articles, {result['chars']:,} chars, {result['bytes'] / MB:.1f} MB UTF-8, "
        f"{result['bad_lines']} bad lines skipped" + (f", limit {result['limit']}" if result["limit"] else ""),
        "",
        f"  {'':<26}{'seconds':>9}{'articles/s':>12}{'MB/s':>8}   output",
        f"  {'extraction (ours)':<26}{ours['seconds']:>9.2f}{ours['articles_per_s']:>12.1f}"
        f"{ours['mb_per_s']:>8.2f}   {ours['quantities']:,} quantities"
        + (f", {ours['errors']} articles raised" if ours["errors"] else ""),
        f"  {'extraction + check (ours)':<26}{ours['with_check']['seconds']:>9.2f}"
        f"{ours['with_check']['articles_per_s']:>12.1f}{ours['with_check']['mb_per_s']:>8.2f}"
        f"   {ours['findings']:,} findings",
        f"  {'spaCy blank(id) tokenizer':<26}{theirs['seconds']:>9.2f}{theirs['articles_per_s']:>12.1f}"
        f"{theirs['mb_per_s']:>8.2f}   {theirs['tokens']:,} tokens "
        f"(import {theirs['import_seconds']:.2f} s, load {theirs['load_seconds']:.2f} s, not timed)",
        "",
    ]
    ratio = result["ratio"]
    lines.append(
        f"  {'throughput ratio':<26}{'n/a' if ratio is None else f'{ratio:.2f}x':>12}"
        f"   target >= {t['ratio']['target']:g}x        {_verdict(t['ratio'])}"
    )
    ratio = result["ratio_with_check"]
    lines.append(
        f"  {'ratio with the checker':<26}{'n/a' if ratio is None else f'{ratio:.2f}x':>12}"
        f"   target >= {t['ratio_with_check']['target']:g}x        {_verdict(t['ratio_with_check'])}"
    )
    rss = result["rss"]
    note = "  (spaCy was loaded: not extraction alone)" if rss["spacy_loaded_during_extraction"] else ""
    lines.append(
        f"  {'peak RSS, extraction':<26}{rss['extraction_peak_kb'] / 1024:>9.1f} MB"
        f"   target <= {t['rss']['target']:g} MB      {_verdict(t['rss'])}{note}"
    )
    lines.append(
        f"  {'peak RSS, total':<26}{rss['total_peak_kb'] / 1024:>9.1f} MB"
        f"   (at start, before importing extract: {rss['start_kb'] / 1024:.1f} MB)"
    )
    cold = result["cold"]
    if cold is None:
        lines.append(f"  {'cold `cekangka extract`':<26}{'skipped':>12}")
    else:
        runs = ", ".join(f"{x:.2f}" for x in cold["runs"])
        bad = [c for c in cold["exit_codes"] if c != 0]
        lines.append(
            f"  {'cold `cekangka extract`':<26}{cold['seconds']:>10.2f} s"
            f"   target <= {t['cold']['target']:g} s        {_verdict(t['cold'])}"
            f"  (median of runs {runs})" + (f"  exit codes {cold['exit_codes']}" if bad else "")
        )
    if ours["errors"]:
        lines.append("")
        lines.append(f"  extraction raised on {ours['errors']} articles:")
        lines += [f"    {n:>5} x {message}" for message, n in ours["error_kinds"].items()]
        lines.append("    e.g. " + ", ".join(f"{e['id']}" for e in ours["error_examples"]))
    return "\n".join(lines) + "\n"


# --- end to end: extract + check over an archive, per worker and with two ---------------------
def run_e2e_bench(path: str, copies: int = 4, progress: TextIO | None = None,
                  rounds: int = E2E_ROUNDS) -> dict[str, Any]:
    """`cekangka batch` (extract + check, the whole run into DuckDB) on the archive with 1 and 2
    workers, spaCy's tokenizer alone on the same texts, and the batch again on `copies` × the
    archive to show that a worker's memory does not grow with the archive.

    The ratio per worker is the median over `rounds` rounds of a 1-worker batch with spaCy's pass
    right after it: a pair measured minutes apart would let a shared machine's drift decide it,
    and one pair alone, the luck of one run (our runs swing by up to ±7% from one to the next on
    this machine, spaCy's by ~1%). The 1-worker figures shown are the median round's."""
    import shutil

    from checks.batch import consistency_check, run_batch

    if rounds < 1:
        raise ValueError(f"rounds must be at least 1, not {rounds}")
    stream = progress if progress is not None and _isatty(progress) else None
    counts: dict[str, int] = {}
    # the batch reads each record's title as its headline: both sides are measured on that text
    nbytes = sum(len(t.encode("utf-8")) for _, t in iter_texts(path, None, counts, headlines=True))
    work = tempfile.mkdtemp(prefix="cekangka-bench-")

    def batch(sources: list[str], name: str, workers: int) -> dict[str, Any]:
        out = os.path.join(work, name)
        s = run_batch(sources, out, workers=workers, check=consistency_check, progress=stream)
        shutil.rmtree(out, ignore_errors=True)
        return {"seconds": s.seconds, "articles": s.records,
                "articles_per_second": s.articles_per_second,
                "mb_per_second": nbytes / MB / s.seconds if s.seconds else 0.0,
                "peak_rss_mb_per_worker": max(s.peak_rss_mb.values(), default=0.0)}

    try:
        pairs = []
        for r in range(rounds):
            ours = batch([path], f"w1-{r}", 1)
            theirs = _spacy_pass(path, None, stream, headlines=True)
            ratio = ours["mb_per_second"] / theirs["mb_per_s"] if theirs["mb_per_s"] else 0.0
            pairs.append({"ratio": ratio, "ours": ours, "spacy": theirs})
        median = sorted(pairs, key=lambda p: p["ratio"])[(rounds - 1) // 2]  # the lower middle
        runs = {1: median["ours"], 2: batch([path], "w2", 2)}
        big = os.path.join(work, f"x{copies}.jsonl")
        with open(path, "rb") as src, open(big, "wb") as dst:
            for _ in range(copies):
                src.seek(0)
                shutil.copyfileobj(src, dst)
        g = batch([big], f"x{copies}", 2)
        grown = {"copies": copies, "articles": g["articles"], "seconds": g["seconds"],
                 "peak_rss_mb_per_worker": g["peak_rss_mb_per_worker"]}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rss1, rss_big = runs[2]["peak_rss_mb_per_worker"], grown["peak_rss_mb_per_worker"]
    return {
        "path": path, "bytes": nbytes, "runs": runs, "spacy": median["spacy"], "grown": grown,
        "rounds": [{"ratio": p["ratio"], "seconds": p["ours"]["seconds"],
                    "spacy_seconds": p["spacy"]["seconds"]} for p in pairs],
        "targets": {
            "ratio_per_worker": _target(median["ratio"], TARGET_RATIO, ">=", "x"),
            "rss_per_worker": _target(max(max(p["ours"]["peak_rss_mb_per_worker"] for p in pairs), rss1,
                                          rss_big), TARGET_RSS_MB, "<=", "MB"),
            "rss_growth": _target(rss_big / rss1 if rss1 else 0.0, 1.25, "<=", "x"),
        },
    }


def format_e2e_bench(result: dict[str, Any], fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(result, indent=2) + "\n"
    r, t = result["runs"], result["targets"]
    g = result["grown"]
    lines = [
        f"cekangka bench --e2e: {result['path']} ({result['bytes'] / MB:.1f} MB), extract + check into DuckDB",
        "",
        "                              seconds  articles/s    MB/s   peak RSS/worker",
    ]
    for w in (1, 2):
        lines.append(f"  cekangka batch, {w} worker{'s' if w > 1 else ' '}   {r[w]['seconds']:9.2f}  "
                     f"{r[w]['articles_per_second']:10.1f}  {r[w]['mb_per_second']:6.2f}   "
                     f"{r[w]['peak_rss_mb_per_worker']:.1f} MB")
    sp = result["spacy"]
    lines.append(f"  spaCy blank(id) tokenizer   {sp['seconds']:9.2f}  {sp['articles_per_s']:10.1f}  "
                 f"{sp['mb_per_s']:6.2f}")
    lines.append(f"  {g['copies']}x the archive, 2 workers {g['seconds']:7.2f}  "
                 f"{g['articles'] / g['seconds'] if g['seconds'] else 0:10.1f}           "
                 f"{g['peak_rss_mb_per_worker']:.1f} MB")
    lines.append("")
    rounds = result["rounds"]
    lines.append(f"  ratio per worker to spaCy   {t['ratio_per_worker']['value']:6.2f}x  target >= 2x   "
                 f"{_verdict(t['ratio_per_worker'])}"
                 + (f"  (median of {len(rounds)} rounds)" if len(rounds) > 1 else ""))
    if len(rounds) > 1:
        lines += [f"    round {i}: 1 worker {r['seconds']:6.2f} s, spaCy {r['spacy_seconds']:6.2f} s: "
                  f"{r['ratio']:.2f}x" for i, r in enumerate(rounds, 1)]
    lines.append(f"  peak RSS per worker         {t['rss_per_worker']['value']:6.1f} MB target <= 300 MB "
                 f"{_verdict(t['rss_per_worker'])}")
    lines.append(f"  RSS growth at {g['copies']}x           {t['rss_growth']['value']:6.2f}x  target <= 1.25x "
                 f"{_verdict(t['rss_growth'])}")
    return "\n".join(lines) + "\n"
