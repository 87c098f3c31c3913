"""Batch runs over archives: many documents, in parallel, resumable, into one DuckDB file.

    from checks.batch import run_batch
    summary = run_batch(["cc-news/*.warc.gz", "id_news.jsonl"], "out/", workers=4)

The parent process streams the inputs with `extract.sources.read_sources` (never the whole
archive in memory) and cuts the stream into shards of `shard_size` records (documents and
unreadable records alike, in input order). Each shard goes to a worker, which runs `process`
on its documents and writes the shard's files itself (`stage_shard`): a claims and an errors
JSONL file, and Parquet tables (zstd) documents, claims, errors and findings. A shard is
written into a temporary folder that is renamed to `shards/NNNNNN/` when it is complete and on
disk (`commit_shard`; the rename is the commit: done by the parent for local workers, which go
on to their next shard meanwhile, by the worker itself on dask: `run_shard`), and the parent
then appends the shard to `manifest.jsonl` with its input position (first and last record:
origin and index). The parent loads the Parquet shards, in shard order, into one database,
`cekangka.duckdb`, as they come in (`_Database`), with the tables documents, claims, findings,
errors and, at the end, archive_findings (the archive-level check below, `cumulative_decrease`).

Crash safety and resuming: a rerun of the same command on the same `out` re-reads the inputs,
passes over the records of finished shards (checking that they are the same records), and
redoes only the shards that were not finished; a shard is either wholly in the output or not at
all, so no document is lost or written twice. An `out` folder holding a run of other inputs or
settings is refused (BatchError), and two runs can't share one `out` (a lock file).

Engines: "local" (default) is a process pool (spawn) on this machine; "dask" sends the same
shards to a Dask distributed cluster (`scheduler="tcp://host:8786"`, or a LocalCluster of
`workers` processes when no scheduler is given); its workers write the shards themselves, so
`out` must be on a filesystem they share. `dask[distributed]` is imported only for that engine.

Every record the readers cannot read becomes an errors row; a document whose processing raises
becomes an errors row too (error "failed"); a document that kills its worker process (local
engine) is found by re-running its shard one document at a time and becomes an errors row
("crashed"). The run never stops for one document.

Library code: no printing except the progress line, written to the given stream only when it is
a terminal. When the local engine is called from a script, call it under
`if __name__ == "__main__":` (worker processes are spawned and import the main module).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import functools
import itertools
import json
import os
import re
import shutil
import socket
import sys
import time
import types
import typing
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import Any, Literal, TextIO

import orjson

from extract.model import Claim, Document, InputError
from extract.sources import Page, extract_page, headline_text

__all__ = [
    "ARCHIVE_CHECKS",
    "BatchError",
    "BatchSummary",
    "DocResult",
    "ShardInfo",
    "ShardTask",
    "archive_findings",
    "consistency_check",
    "process",
    "run_batch",
    "run_shard",
    "stage_shard",
    "commit_shard",
    "subject_key",
]

SHARD_SIZE = 200
DB_NAME = "cekangka.duckdb"
SHARDS_DIR = "shards"
MANIFEST = "manifest.jsonl"
RUN_FILE = "run.json"
SUMMARY_FILE = "summary.json"
LOCK_FILE = ".lock"
SHARD_INFO = "shard.json"
TABLES = ("documents", "claims", "findings", "errors")
FORMAT_VERSION = 2  # 2: titles read and checked as headlines (claims.part)

Check = Callable[[list[Claim], str], list[dict]]


class BatchError(Exception):
    """A run that cannot start or go on: `out` in use or holding another run, inputs changed
    under a resumed run, the dask engine without dask installed."""


# =============================================================================================
# One document
# =============================================================================================

@dataclass(frozen=True)
class DocResult:
    """What processing one document gave: its claims and findings, or why it failed.

    The claims' offsets index the text they were read from, `headline_text(doc)`: the title, a
    blank line, the text. `parts[i]` says where claim i stands, "title" or "text", and
    `shifts[i]` moves its offsets into that part (`doc.title` or `doc.text`), as the shard files
    store them (moved there, not here: copying every claim model costs more than its reading);
    a finding's spans are already moved and carry their "part"."""

    doc: Document
    claims: list[Claim] = field(default_factory=list)
    findings: list[dict] = field(default_factory=list)
    error: InputError | None = None
    parts: list[str] = field(default_factory=list)
    shifts: list[int] = field(default_factory=list)


TITLE, TEXT = "title", "text"
# the offset fields of a claim, moved when a claim is mapped back from title + body to its part
_OFFSETS = ("start", "end", "subject_start", "subject_end")


def process(doc: Document, check: Check | None = None, include_all: bool = False) -> DocResult:
    """The claims of one document and, given a `check` ((claims, text) -> finding dicts), its
    findings. The title is read and checked with the text, as its headline (a headline that
    disagrees with the body is a finding). Never raises: an exception becomes `error`
    ("failed") and no claims."""
    from extract.claims import build_claims

    try:
        text, body = headline_text(doc)
        claims = build_claims(text, doc.id, include_all)
        findings = [dict(f) for f in check(claims, text)] if check is not None else []
        if not body:
            return DocResult(doc=doc, claims=claims, findings=findings, parts=[TEXT] * len(claims),
                             shifts=[0] * len(claims))
        lead = len(doc.title or "") - len((doc.title or "").lstrip())  # title offsets as stored
        parts = [TITLE if c.start < body else TEXT for c in claims]
        for f in findings:
            if isinstance(f.get("spans"), list):
                f["spans"] = [_moved_span(sp, body, lead) for sp in f["spans"]]
        return DocResult(doc=doc, claims=claims, findings=findings, parts=parts,
                         shifts=[lead if part == TITLE else -body for part in parts])
    except Exception as e:
        return DocResult(doc=doc, error=_failed(doc, "failed", f"{type(e).__name__}: {e}"))


def _moved_span(span: Any, body: int, lead: int) -> Any:
    """A finding's span {start, end} as offsets into its part, with that part named."""
    if not isinstance(span, Mapping) or not isinstance(span.get("start"), int):
        return span
    shift = lead if span["start"] < body else -body
    return {**span, "start": span["start"] + shift, "end": span["end"] + shift,
            "part": TITLE if span["start"] < body else TEXT}


def consistency_check(claims: list[Claim], text: str) -> list[dict]:
    """The document checker (checks/registry.py) as a batch `check`: its findings as JSON dicts."""
    from checks.registry import find

    return [f.model_dump(mode="json") for f in find(text, claims)]


def _failed(doc: Document, error: str, detail: str) -> InputError:
    return InputError(doc=doc.id, origin=doc.origin, error=error, detail=detail[:300])


# =============================================================================================
# Table schemas
# =============================================================================================

def _leaf_types(annotation: Any) -> set[Any]:
    """The types an annotation names, through Optional/Union/Annotated: {Decimal, NoneType}."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return set().union(*(_leaf_types(a) for a in typing.get_args(annotation)))
    if origin is typing.Annotated:
        return _leaf_types(typing.get_args(annotation)[0])
    return {origin or annotation}


def _arrow_type(annotation: Any) -> Any:
    """The Arrow type of a pydantic field annotation: exact numbers (Decimal) and strings as
    strings, tuples as lists of strings, Optional[X] as X (nullable)."""
    import pyarrow as pa

    leaves = _leaf_types(annotation) - {type(None)}
    leaf = next(iter(leaves)) if len(leaves) == 1 else str  # (a union of several: a string)
    if leaf is tuple or leaf is list:
        return pa.list_(pa.string())
    if leaf is bool:
        return pa.bool_()
    if leaf is int:
        return pa.int64()
    return pa.string()  # str, Decimal, a Literal


def _claim_fields() -> list[str]:
    return [name for name in Claim.model_fields if name != "doc"]


_ALL_CLAIM_FIELDS = tuple(Claim.model_fields)
# the claim fields whose JSON form differs from the value: exact numbers, tuples
_DECIMAL_FIELDS = frozenset(n for n, f in Claim.model_fields.items() if Decimal in _leaf_types(f.annotation))
_TUPLE_FIELDS = frozenset(n for n, f in Claim.model_fields.items() if tuple in _leaf_types(f.annotation))


def schemas() -> dict[str, Any]:
    """The Arrow schema of each table (the DuckDB tables have the same columns)."""
    import pyarrow as pa

    claim_cols = [pa.field("doc", pa.string()), pa.field("pos", pa.int64())]
    for name in _claim_fields():
        if name == "sentence":  # a TextSpan, flattened
            claim_cols += [pa.field("sentence_start", pa.int64()), pa.field("sentence_end", pa.int64())]
        else:
            claim_cols.append(pa.field(name, _arrow_type(Claim.model_fields[name].annotation)))
    claim_cols += [pa.field("part", pa.string()), pa.field("subject_key", pa.string()),
                   pa.field("cumulative", pa.bool_())]
    return {
        "documents": pa.schema([
            ("doc", pa.string()), ("pos", pa.int64()), ("title", pa.string()), ("date", pa.string()),
            ("published", pa.date32()), ("url", pa.string()), ("origin", pa.string()),
            ("n_claims", pa.int64()), ("chars", pa.int64()),
        ]),
        "claims": pa.schema(claim_cols),
        "errors": pa.schema([
            ("doc", pa.string()), ("pos", pa.int64()), ("origin", pa.string()), ("error", pa.string()),
            ("detail", pa.string()), ("stage", pa.string()),
        ]),
        "findings": pa.schema([
            ("doc", pa.string()), ("pos", pa.int64()), ("check_name", pa.string()), ("verdict", pa.string()),
            ("explanation", pa.string()), ("data", pa.string()),
        ]),
    }


def archive_schema() -> Any:
    import pyarrow as pa

    return pa.schema([
        ("check_name", pa.string()), ("subject", pa.string()), ("unit", pa.string()),
        ("doc_earlier", pa.string()), ("doc_later", pa.string()),
        ("claim_earlier", pa.string()), ("claim_later", pa.string()),
        ("value_earlier", pa.string()), ("value_later", pa.string()),
        ("text_earlier", pa.string()), ("text_later", pa.string()),
        ("date_earlier", pa.date32()), ("date_later", pa.date32()),
        ("explanation", pa.string()),
    ])


_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY_DATE = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")


def published(date: str | None) -> _dt.date | None:
    """The calendar day of a document's date field: ISO ("2023-12-03", "2023-12-03T07:00Z") or
    day first, as Indonesian dates are written ("03/12/2023", "3-12-2023"); None otherwise."""
    if not date:
        return None
    m = _ISO_DATE.match(date)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _DMY_DATE.match(date)
        if not m:
            return None
        d, mo, y = (int(g) for g in m.groups())
    try:
        return _dt.date(y, mo, d)
    except ValueError:
        return None


# =============================================================================================
# One shard
# =============================================================================================

@dataclass(frozen=True)
class ShardTask:
    """A shard to process: records `first_pos`.. of the input stream, and where to write."""

    number: int
    first_pos: int
    items: list[Document | InputError | Page]
    out: str
    check: Check | None = None
    include_all: bool = False
    digest: str = ""


@dataclass
class ShardInfo:
    """A finished shard, as recorded in the manifest."""

    number: int
    first_pos: int
    n_items: int
    first_origin: str | None
    last_origin: str | None
    digest: str = ""
    documents: int = 0
    claims: int = 0
    errors: int = 0
    findings: int = 0
    seconds: float = 0.0
    worker: str = ""
    peak_rss_kb: int = 0
    skipped: dict[str, int] = field(default_factory=dict)  # pages with no main text, by reason

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ShardInfo:
        names = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in names})


def _origin(item: Document | InputError | Page) -> str | None:
    if isinstance(item, Page):
        return item.origin
    return item.origin if item.origin is not None else item.doc if isinstance(item, InputError) else item.id


def digest(items: list[Document | InputError | Page]) -> str:
    """A fingerprint of a shard's records (ids, origins, texts, metadata), to know on a resumed
    run that a finished shard was made from the same records."""
    import hashlib

    h = hashlib.blake2b(digest_size=16)
    for item in items:
        if isinstance(item, Page):
            h.update(json.dumps([item.doc, item.origin, item.url, item.date]).encode("utf-8", "surrogatepass"))
            h.update(item.html)
        else:
            h.update(item.model_dump_json().encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def shard_name(number: int) -> str:
    return f"{number:06d}"


def run_shard(task: ShardTask) -> ShardInfo:
    """Process a shard's documents and write its files (what a dask worker runs)."""
    info, staged = stage_shard(task)
    commit_shard(task, staged)
    return info


def stage_shard(task: ShardTask) -> tuple[ShardInfo, str]:
    """Process a shard's documents and write its files into a temporary folder, returned for
    `commit_shard` (what a local worker runs: the parent, otherwise idle, commits the shard
    while the worker goes on to the next)."""
    t0 = time.perf_counter()
    results = [run_item(item, task.check, task.include_all) for item in task.items]
    info, staged = _stage(task, results, time.perf_counter() - t0)
    return info, str(staged)


NO_TEXT = "no_text"  # a deferred page in which trafilatura finds no main text: skipped, not an error


def run_item(item: Document | InputError | Page, check: Check | None = None,
             include_all: bool = False) -> DocResult | InputError | str:
    """One record of a shard: a document processed, a read error as it is, a deferred WARC page
    extracted first (its failure an InputError; no main text: the skip reason `NO_TEXT`)."""
    if isinstance(item, Page):
        item = extract_page(item)
        if item is None:
            return NO_TEXT
    if isinstance(item, InputError):
        return item
    return process(item, check, include_all)


def write_shard(task: ShardTask, results: list[DocResult | InputError | str], seconds: float = 0.0) -> ShardInfo:
    """Write a shard's files into a temporary folder, then rename it to shards/NNNNNN.

    `results` holds one entry per record of the task, in order: the InputError of an unreadable
    record, the DocResult of a document, or the reason a record was skipped (a page with no
    main text: no row anywhere, counted in the shard's `skipped`).
    """
    info, staged = _stage(task, results, seconds)
    commit_shard(task, str(staged))
    return info


def _stage(task: ShardTask, results: list[DocResult | InputError | str], seconds: float) -> tuple[ShardInfo, Path]:
    """Write a shard's files into a new temporary folder (see write_shard); not yet on disk for
    sure, nor in place."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    t0 = time.perf_counter()
    sch = schemas()
    cols: dict[str, dict[str, list]] = {name: {f.name: [] for f in s} for name, s in sch.items()}
    root = Path(task.out, SHARDS_DIR)
    tmp = root / f".{shard_name(task.number)}.tmp-{uuid.uuid4().hex[:12]}"
    tmp.mkdir(parents=True)
    n_findings = 0
    skipped: dict[str, int] = {}
    claim_cols = cols["claims"]
    shard_claims: list[Claim] = []
    claim_shifts: list[int] = []  # what to add to claim i's offsets: into its part, title or text
    with open(tmp / "claims.jsonl", "wb") as cj, open(tmp / "errors.jsonl", "wb") as ej, \
            open(tmp / "findings.jsonl", "wb") as fj:
        for pos, res in enumerate(results, task.first_pos):
            if isinstance(res, str):
                skipped[res] = skipped.get(res, 0) + 1
                continue
            error = res if isinstance(res, InputError) else res.error
            if error is not None:
                stage = "read" if isinstance(res, InputError) else "process"
                _append(cols["errors"], doc=error.doc, pos=pos, origin=error.origin, error=error.error,
                        detail=error.detail, stage=stage)
                ej.write(json_line({**error.model_dump(mode="json"), "pos": pos, "stage": stage}))
                continue
            d = res.doc
            _append(cols["documents"], doc=d.id, pos=pos, title=d.title, date=d.date,
                    published=published(d.date), url=d.url, origin=d.origin,
                    n_claims=len(res.claims), chars=len(d.text))
            claims = res.claims
            n = len(claims)
            shifts = res.shifts or [0] * n
            read = headline_text(d)[0] if any(shifts) else d.text  # what the claims' offsets index
            keys = [subject_key(c.subject) for c in claims]
            shard_claims += claims
            claim_shifts += shifts
            claim_cols["part"] += res.parts or [TEXT] * n
            claim_cols["doc"] += [d.id] * n
            claim_cols["pos"] += [pos] * n
            claim_cols["subject_key"] += keys
            claim_cols["cumulative"] += [is_cumulative(c, k, read) for c, k in zip(claims, keys)]
            for f in res.findings:
                data = json_text(f)
                _append(cols["findings"], doc=d.id, pos=pos, check_name=_str(f.get("check")),
                        verdict=_str(f.get("verdict")), explanation=_explanation(f.get("explanation")),
                        data=data)
                fj.write(_finding_line(d.id, pos, f, data))
            n_findings += len(res.findings)
        # the claims' own fields, a column at a time over the whole shard
        json_cols = _claim_columns(shard_claims, claim_shifts)
        parts = claim_cols["part"]
        names = ("part", *json_cols)
        cj.writelines([json_line(dict(zip(names, values))) for values in zip(parts, *json_cols.values())])
        for name, values in json_cols.items():
            if name == "sentence":  # a TextSpan, flattened in the table
                claim_cols["sentence_start"] = [None if v is None else v["start"] for v in values]
                claim_cols["sentence_end"] = [None if v is None else v["end"] for v in values]
            elif name != "doc":
                claim_cols[name] = values
        n_claims = len(shard_claims)
    for name, s in sch.items():
        t = pa.Table.from_pydict(cols[name], schema=s)
        pq.write_table(t, tmp / f"{name}.parquet", compression="zstd", use_dictionary=False)
    items = task.items
    info = ShardInfo(
        number=task.number, first_pos=task.first_pos, n_items=len(items),
        first_origin=_origin(items[0]) if items else None,
        last_origin=_origin(items[-1]) if items else None, digest=task.digest,
        documents=len(cols["documents"]["doc"]), claims=n_claims, errors=len(cols["errors"]["doc"]),
        findings=n_findings, seconds=round(seconds + time.perf_counter() - t0, 4),
        worker=f"{socket.gethostname()}:{os.getpid()}", peak_rss_kb=_peak_rss_kb(), skipped=skipped,
    )
    _write_json(tmp / SHARD_INFO, asdict(info))
    return info, tmp


def commit_shard(task: ShardTask, staged: str) -> None:
    """Put a shard's staged folder in place, shards/NNNNNN: every file on disk first, then the
    rename (the commit), then the rename on disk. Any process of this machine can commit what
    a worker staged (the files are the same page cache)."""
    tmp = Path(staged)
    root = tmp.parent
    for name in os.listdir(tmp):  # every file of the shard on disk before it is renamed in place
        with open(tmp / name, "rb") as fh:
            os.fsync(fh.fileno())
    final = root / shard_name(task.number)
    if final.exists():  # left by an attempt that died between this rename and its manifest line
        shutil.rmtree(final, ignore_errors=True)
    try:
        os.rename(tmp, final)
    except OSError:
        if not (final / SHARD_INFO).exists():
            raise
        # another attempt at the same shard (a task a cluster ran twice) finished first; the
        # same records give the same files, so its copy stands
        shutil.rmtree(tmp, ignore_errors=True)
    _fsync_dir(root)


# the standard library's encoder, made once (`json.dumps` with any option builds a new one on
# every call): for what orjson refuses, an integer past 64 bits or a key that is not a string
_stdlib_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode
# orjson leaves to `default` (str()) what the standard library's encoder would leave to it
_ORJSON_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def json_line(obj: Any) -> bytes:
    """One JSON Lines record, UTF-8, compact, newline-terminated; what JSON lacks (a Decimal)
    written as its str(). orjson: several times faster than `json` on the shards' millions of
    lines."""
    try:
        return orjson.dumps(obj, default=str, option=_ORJSON_OPTIONS | orjson.OPT_APPEND_NEWLINE)
    except TypeError:  # orjson.JSONEncodeError
        return (_stdlib_json(obj) + "\n").encode("utf-8")


def json_text(obj: Any) -> str:
    """`obj` as compact JSON text (json_line without the newline, as a str)."""
    return json_line(obj)[:-1].decode("utf-8")


def _finding_line(doc: str, pos: int, f: dict, data: str) -> bytes:
    """A findings.jsonl line, {"doc": ..., "pos": ..., **f}, from the finding's JSON `data`
    (already encoded for its table): spliced, not encoded a second time."""
    if data == "{}" or "doc" in f or "pos" in f:
        return json_line({"doc": doc, "pos": pos, **f})
    return b'{"doc":' + json_line(doc)[:-1] + b',"pos":' + str(pos).encode() + b"," \
        + data[1:].encode("utf-8") + b"\n"


def _claim_columns(claims: list[Claim], shifts: list[int]) -> dict[str, list[Any]]:
    """The claims' JSON forms, field by field (as `model_dump(mode="json")` has them: exact
    numbers as decimal strings, tuples as lists, the sentence as {start, end}), claim i's
    offsets moved by `shifts[i]`: read straight from the models a column at a time, several
    times faster than dumping them one by one."""
    cols: dict[str, list[Any]] = {}
    moved = any(shifts)
    fields = [vars(c) for c in claims]  # a model's fields are its __dict__: read there, twice as fast
    for name in _ALL_CLAIM_FIELDS:
        values = list(map(itemgetter(name), fields))
        if name == "sentence":
            values = [None if v is None else {"start": v.start + s, "end": v.end + s}
                      for v, s in zip(values, shifts)]
        elif name in _OFFSETS:
            if moved:
                values = [None if v is None else v + s for v, s in zip(values, shifts)]
        elif name in _DECIMAL_FIELDS:
            values = [format(v, "f") if isinstance(v, Decimal) else v for v in values]
        elif name in _TUPLE_FIELDS:
            values = [list(v) if isinstance(v, tuple) else v for v in values]
        cols[name] = values
    return cols


def _append(cols: dict[str, list], **values: Any) -> None:
    for k, v in values.items():
        cols[k].append(v)


def _explanation(v: Any) -> str | None:
    """A finding's explanation as one text: the English steps of {'id': [...], 'en': [...]}."""
    if isinstance(v, Mapping):
        v = v.get("en", v.get("id", next(iter(v.values()), None)))
    if isinstance(v, (list, tuple)):
        return " ".join(str(x) for x in v)
    return _str(v)


def _str(v: Any) -> str | None:
    return None if v is None else str(v)


def _write_json(path: Path, data: Any) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _peak_rss_kb() -> int:
    """This process's peak resident set size, in KB. On Linux its VmHWM: getrusage's ru_maxrss
    of a spawned worker also holds the parent's size at the fork that started it (Linux keeps
    it across exec), so a worker started by a big process would report that process's memory."""
    try:
        with open("/proc/self/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource
    except ImportError:  # not on this platform
        return 0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss // 1024 if sys.platform == "darwin" else rss


# =============================================================================================
# The archive check: cumulative figures that go down over time
# =============================================================================================

@dataclass(frozen=True)
class _Words:
    drop: frozenset[str]        # dropped from a subject key: amount nouns, function words, "total"
    total: Any                  # regex: a total phrase ("total", "secara keseluruhan", "kumulatif")
    generic: frozenset[str]     # counted nouns that say nothing alone ("orang", "unit")
    cumulative: Any             # regex (case-sensitive): a cumulative word, lower case or opening
    to_date: Any                # regex: a to-date word that needs no time after it ("sejak")
    until: Any                  # regex: "hingga"/"sampai" followed by a time ("hingga akhir Mei")
    source: str                 # "dari": after a cumulative word, what the total is made of
    not_after: frozenset[str]   # a cumulative word after these names a score ("prestasi")


def _subject_words() -> _Words:
    """The archive check's words, from the lexicon (extract/lang/id/cues.toml)."""
    from extract.lang import lexicon, norm, trie_pattern

    lex = lexicon()
    cues = lex.cues
    subj = cues["subject"]
    phrases = [p.lower() for p in cues["total"]["phrases"]]
    table = cues["cumulative"]

    def alt(words: list[str] | set[str] | frozenset[str]) -> str:
        return "(?:" + trie_pattern({norm(w) for w in words}) + ")"

    def rx(words: list[str]) -> Any:
        return re.compile(r"(?<!\w)" + alt(words) + r"(?!\w)")

    # a cumulative word in lower case, or capitalised where it opens the sentence or follows
    # "Secara": a capital mid-sentence names something ("Indeks Prestasi Kumulatif", a GPA)
    words = [w.lower() for w in table["words"]]
    caps = [w.capitalize() for w in words]
    cumulative = re.compile(r"(?<!\w)(?:" + alt(words)
                            + r"|(?:^[\s\"“‘(]*|(?<=Secara\s))(?:" + "|".join(map(re.escape, caps))
                            + r"))(?!\w)")
    needs_time = {w.lower() for w in table["until"]}
    times = set(lex.months) | set(lex.days) | set(subj["time_words"]) | set(table["until_times"])
    # a time: a year, a day of a month ("24 Desember", "30/5"), a month, a day or a time word
    # (not any number: "hingga 70 bank", "sampai 100.000 km" are amounts)
    date = r"(?:19|20)\d\d(?!\d)|\d{1,2}(?:/\d|\s+" + alt(lex.months) + r"(?!\w))"
    until = re.compile(r"(?<!\w)" + alt(needs_time) + r"\s+(?:" + alt(table["until_joins"]) + r"\s+)?"
                       + r"(?:" + date + "|" + alt(times) + r"(?!\w))", re.I)
    return _Words(
        drop=frozenset(subj["amount_nouns"]) | frozenset(subj["strip_leading"])
        | frozenset(w for p in phrases for w in p.split()),
        total=rx(phrases), generic=frozenset(subj["generic_nouns"]), cumulative=cumulative,
        to_date=rx([w for w in table["to_date"] if w.lower() not in needs_time]), until=until,
        source=table["source"], not_after=frozenset(w.lower() for w in table["not_after"]),
    )


_WORDS: _Words | None = None
_WORD_RX = re.compile(r"[^\W_][\w\-]*")
MIN_KEY_WORDS = 2
# role cues that make a figure something other than a running total
_NOT_TOTAL_CUES = frozenset({"change", "part_of", "per_unit", "share"})
_TOTAL_KINDS = frozenset({"count", "money", "measure"})
# durations are no running totals ("masa jabatan total 10 tahun")
_DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})


def _words() -> _Words:
    global _WORDS
    if _WORDS is None:
        _WORDS = _subject_words()
    return _WORDS


@functools.lru_cache(maxsize=1 << 16)
def subject_key(subject: str | None) -> str | None:
    """A subject normalised for matching across articles: its words lower-cased, less amount
    nouns ("jumlah"), total words ("total", "kumulatif", "seluruh") and function words
    ("yang", "para"): "Total kasus positif" and "jumlah kasus positif" -> "kasus positif".
    None when nothing is left."""
    if not subject:
        return None
    drop = _words().drop
    words = [w for w in _WORD_RX.findall(subject.lower()) if w not in drop]
    return " ".join(words) or None


def is_cumulative(c: Claim, key: str | None, text: str) -> bool:
    """Whether a claim reads as a running total that may be compared across articles.

    All of: a count, money or measure (no duration) with no rate; none of the change, part_of,
    per_unit and share cues; a subject key of at least two words that are not all generic
    nouns ("orang", "unit") or the counted noun itself ("kabupaten/kota"); a total cue (or a
    total phrase in its subject: "secara keseluruhan" as a whole, not its "secara"); and a sign
    that it runs up to a date, in its sentence before it or in its subject: a cumulative word
    ("kumulatif", "akumulasi"; not capitalised inside a name: "Indeks Prestasi Kumulatif" is a
    GPA; nor with "dari" between it and the figure: "akumulasi dari tiga seri" counts the
    parts), "sejak" or "sejauh ini", or "hingga"/"sampai" followed by a time ("hingga akhir
    September", "sampai dengan April 2023", "hingga kini"; "hadiah hingga Rp 3 miliar" and "dari
    pembibitan hingga pasca panen" are no running totals).
    """
    if key is None or c.kind not in _TOTAL_KINDS or c.per is not None or c.unit in _DURATION_UNITS:
        return False
    if _NOT_TOTAL_CUES.intersection(c.cues):
        return False
    w = _words()
    subject = c.subject or ""
    if "total" not in c.cues and not w.total.search(subject.lower()):  # first: it rules out most
        return False
    words = key.split()
    # the counted noun alone ("38 kabupaten/kota", "225.030 kasus") says too little: some word
    # must name what kind of it is counted ("kasus positif")
    noun = set(_WORD_RX.findall(c.unit[6:].lower())) if c.unit and c.unit.startswith("count:") else set()
    if len(words) < MIN_KEY_WORDS or all(x in w.generic or x in noun for x in words):
        return False
    start = c.sentence.start if c.sentence is not None else max(0, c.start - 200)
    before = text[start:c.start] + " " + subject
    if w.to_date.search(before.lower()) or w.until.search(before):
        return True
    # "akumulasi dari tiga seri balapan": what a total is accumulated from, not the total
    last = None
    for m in w.cumulative.finditer(before):
        ahead = _WORD_RX.findall(before[max(0, m.start() - 24):m.start()].lower())
        if not ahead or ahead[-1] not in w.not_after:  # "indeks prestasi kumulatif": a grade
            last = m
    return last is not None and w.source not in _WORD_RX.findall(before[last.end():].lower())


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@dataclass(frozen=True)
class _Figure:
    doc: str
    claim: str
    subject: str
    unit: str | None
    kind: str
    day: _dt.date
    text: str
    value: str | None
    interval: Any


def cumulative_decrease(figures: list[_Figure]) -> Iterator[dict]:
    """Findings for one subject and unit: a later article (by date, the same calendar year)
    whose figure lies wholly below an earlier article's figure (intervals from written
    precision and hedges, so "1,2 juta" then "1.180.000" is no finding). Each later figure
    cites the most recent earlier one it contradicts."""
    from checks.intervals import format_interval

    by_day: dict[_dt.date, list[_Figure]] = {}
    for f in figures:
        by_day.setdefault(f.day, []).append(f)
    days = sorted(by_day)
    seen: set[tuple[str, str]] = set()
    for i, day in enumerate(days):
        for later in by_day[day]:
            hi = later.interval.hi
            if hi is None:
                continue
            found = None
            for earlier_day in reversed(days[:i]):
                if earlier_day.year != day.year:
                    break  # many running totals start again each year (year to date)
                cands = [e for e in by_day[earlier_day]
                         if e.doc != later.doc and e.interval.lo is not None and _below(later.interval, e.interval)]
                if cands:
                    found = max(cands, key=lambda e: e.interval.lo)
                    break
            if found is None or (found.doc, later.doc) in seen:
                continue
            seen.add((found.doc, later.doc))
            e = found
            yield {
                "check_name": "cumulative_decrease", "subject": later.subject, "unit": later.unit,
                "doc_earlier": e.doc, "doc_later": later.doc,
                "claim_earlier": e.claim, "claim_later": later.claim,
                "value_earlier": e.value, "value_later": later.value,
                "text_earlier": e.text, "text_later": later.text,
                "date_earlier": e.day, "date_later": later.day,
                "explanation": (
                    f"the running total of '{later.subject}' went down: {e.doc} ({e.day.isoformat()}) "
                    f"reports \"{e.text}\" ({format_interval(e.interval, e.unit)}), the later "
                    f"{later.doc} ({later.day.isoformat()}) reports \"{later.text}\" "
                    f"({format_interval(later.interval, later.unit)}); a cumulative figure cannot "
                    f"fall, so one of them is wrong or they count different things"
                ),
            }


def _below(a: Any, b: Any) -> bool:
    """Whether interval a lies wholly below interval b."""
    if a.hi is None or b.lo is None:
        return False
    return a.hi < b.lo or (a.hi == b.lo and (a.hi_open or b.lo_open))


ARCHIVE_CHECKS: list[tuple[str, Callable[[list[_Figure]], Iterator[dict]]]] = [
    ("cumulative_decrease", cumulative_decrease),
]

_FIGURES_SQL = """
SELECT c.doc, c.id, c.subject_key, c.unit, c.kind, d.published, c.text, c.value, c.fraction,
       c.low, c.high, c.precision, c.hedge, c.vague, c.time
FROM claims c JOIN documents d ON c.pos = d.pos
WHERE c.cumulative AND d.published IS NOT NULL
ORDER BY c.subject_key, c.unit NULLS FIRST, c.kind, d.published, c.pos, c.start
"""


_FETCH = 10_000  # figures read from the database at a time


def archive_findings(con: Any) -> list[dict]:
    """Run the archive checks over an open DuckDB connection holding claims and documents."""
    from checks.intervals import from_quantity

    cursor = con.execute(_FIGURES_SQL)
    rows = iter(lambda: cursor.fetchmany(_FETCH), [])  # a batch at a time: an archive's figures
    out: list[dict] = []                                # may not fit in memory at once
    group: list[_Figure] = []
    group_key: tuple | None = None

    def flush() -> None:
        if len(group) > 1:
            for _, fn in ARCHIVE_CHECKS:
                out.extend(fn(group))

    for (doc, cid, key, unit, kind, day, text, value, fraction, low, high, precision, hedge,
         vague, anchor) in itertools.chain.from_iterable(rows):
        years = {int(y) for y in _YEAR.findall(anchor or "")}
        if years and years != {day.year}:
            continue  # a figure of another year ("pada 2020" in a 2023 article): not the current total
        q = types.SimpleNamespace(
            value=_dec(value), fraction=fraction, low=_dec(low), high=_dec(high),
            precision=_dec(precision), hedge=hedge, vague=vague, kind=kind)
        try:
            iv = from_quantity(q)
        except (ValueError, TypeError):
            continue
        k = (key, unit, kind)
        if k != group_key:
            flush()
            group, group_key = [], k
        group.append(_Figure(doc=doc, claim=cid, subject=key, unit=unit, kind=kind, day=day, text=text,
                             value=value, interval=iv))
    flush()
    return out


def _dec(s: str | None) -> Decimal | None:
    return None if s is None else Decimal(s)


# =============================================================================================
# Engines
# =============================================================================================

_SPAWN_HELP = (
    "the worker processes could not start; a script that calls run_batch must call it under "
    "`if __name__ == \"__main__\":` (workers are spawned and import the main module)")


# a worker allocates millions of short-lived objects (candidates, claims, intervals) and keeps
# few, so the collector's default pace (a young collection every 700 allocations, and the
# sweeps of everything alive they lead to) costs it several percent for nothing
WORKER_GC_THRESHOLD = (50_000, 50, 100)


# a document the workers read once before their first shard: claims with a unit conversion, so
# a check loads what it loads lazily (the checks, pint's registry, numpy) up front
WARM_UP = Document(id="warm-up", text="Sebanyak 2 ton beras dijual Rp 10.000 per kg, senilai Rp 20 juta.")


# what glibc's malloc keeps at the top of its heap when it grows or shrinks it (its default: 0)
WORKER_MALLOC_TOP_PAD = 16 << 20
_M_TOP_PAD = -2  # mallopt's parameter number (glibc's malloc.h)
heap_pad = 0  # the pad this process has set (keep_heap_pad); 0: malloc's default


def keep_heap_pad(pad: int = WORKER_MALLOC_TOP_PAD) -> bool:
    """Have glibc's malloc keep `pad` bytes free at the top of its heap instead of handing every
    freed stretch back to the kernel at once. A worker's memory rises and falls with each
    document; by default the kernel takes the pages back and must fault them in again, zeroed,
    for the next document: a worker's pass over id_news took about 190,000 page faults and
    0.75 s of kernel time. With 16 MB kept: ~40,000 and 0.45 s, for 2 MB more peak RSS. True
    if set; False where the C library has no such setting (not glibc): nothing changes there."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    global heap_pad
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    if mallopt(_M_TOP_PAD, pad) != 1:
        return False
    heap_pad = pad
    return True


def start_worker(check: Check | None = None) -> None:
    """Start a worker process of the local engine (its initializer): run `check` once on
    WARM_UP, so that what the check imports on first use loads while the parent opens the
    database rather than inside the first shard; then tune the garbage collector: what
    start-up left (modules, word tables, compiled patterns, pint's registry: never garbage) is
    frozen out of the collector's sweeps, and young objects are collected every
    WORKER_GC_THRESHOLD[0] allocations. Reference counting frees almost everything a document
    leaves; the collector still runs, so cyclic garbage stays bounded. And malloc keeps some
    freed memory for the next document (keep_heap_pad)."""
    import gc

    import extract.claims  # noqa: F401  what every shard runs, loaded before the freeze

    keep_heap_pad()

    if check is not None:
        process(WARM_UP, check)  # never raises: a check that fails here fails on the shards
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLD)


def _ping() -> int:
    return os.getpid()


class _LocalEngine:
    """A spawn process pool; workers=0 runs shards in this process (for debugging)."""

    def __init__(self, workers: int, check: Check | None = None) -> None:
        self.workers = workers
        self.check = check  # run once by each worker as it starts (start_worker)
        self.pool: Any = None
        self.started: Any = None
        self._new_pool()

    def _new_pool(self) -> None:
        """Start the worker processes; `ready` waits for them (the caller works meanwhile)."""
        if self.workers > 0:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=start_worker, initargs=(self.check,))
            self.started = self.pool.submit(_ping)

    def ready(self) -> None:
        """Wait until the workers have started: workers that can't even start would make every
        shard look like a crash."""
        from concurrent.futures.process import BrokenProcessPool

        if self.started is None:
            return
        try:
            self.started.result()
        except BrokenProcessPool as e:
            self.pool.shutdown(wait=False, cancel_futures=True)
            raise BatchError(_SPAWN_HELP) from e
        self.started = None

    @property
    def capacity(self) -> int:
        return max(2, 2 * self.workers)

    def submit(self, task: ShardTask) -> Any:
        from concurrent.futures import Future

        if self.pool is None:
            f: Future = Future()
            f.set_result(stage_shard(task))
            return f
        return self.pool.submit(stage_shard, task)

    def result(self, future: Any, task: ShardTask) -> ShardInfo:
        """A finished shard, committed here: its worker went on to the next one meanwhile."""
        info, staged = future.result()
        commit_shard(task, staged)
        return info

    def wait_any(self, futures: Iterable[Any]) -> set[Any]:
        from concurrent.futures import FIRST_COMPLETED, wait

        return set(wait(list(futures), return_when=FIRST_COMPLETED).done)

    def broken(self, exc: BaseException) -> bool:
        from concurrent.futures.process import BrokenProcessPool

        return isinstance(exc, BrokenProcessPool)

    def restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self._new_pool()
        self.ready()

    def isolate(self, task: ShardTask) -> ShardInfo:
        """Run a shard one document at a time in a worker process of its own, so that a
        document that kills its process is found and reported ("crashed"); the parent writes
        the shard."""
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        ctx = multiprocessing.get_context("spawn")
        t0 = time.perf_counter()
        pool = ProcessPoolExecutor(1, mp_context=ctx, initializer=start_worker, initargs=(task.check,))
        results: list[DocResult | InputError | str] = []
        try:
            for item in task.items:
                if isinstance(item, InputError):
                    results.append(item)
                    continue
                try:
                    results.append(pool.submit(run_item, item, task.check, task.include_all).result())
                except BrokenProcessPool:
                    died = "the worker process died on this document"
                    results.append(InputError(doc=item.doc, origin=item.origin, error="crashed", detail=died)
                                   if isinstance(item, Page) else DocResult(doc=item, error=_failed(item, "crashed", died)))
                    pool.shutdown(wait=False)
                    pool = ProcessPoolExecutor(1, mp_context=ctx, initializer=start_worker, initargs=(task.check,))
        finally:
            pool.shutdown(wait=True)
        return write_shard(task, results, time.perf_counter() - t0)

    def close(self) -> None:  # idempotent
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


class _DaskEngine:
    """Shards as tasks of a Dask distributed cluster; workers write their shards themselves."""

    def __init__(self, workers: int, scheduler: str | None) -> None:
        try:
            from dask import distributed
        except ImportError as e:
            raise BatchError(
                "the dask engine needs dask[distributed]: pip install 'cekangka[dask]' "
                f"(or pip install 'dask[distributed]'): {e}") from e
        self._d = distributed
        self.cluster = None
        if scheduler:
            self.client = distributed.Client(scheduler)
        else:
            self.cluster = distributed.LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                                    processes=True, dashboard_address=None)
            self.client = distributed.Client(self.cluster)
        n = len(self.client.scheduler_info().get("workers", {})) or max(1, workers)
        self.capacity = max(2, 2 * n)

    def ready(self) -> None:
        pass  # the Client is connected once constructed

    def submit(self, task: ShardTask) -> Any:
        return self.client.submit(run_shard, task, pure=False,
                                  key=f"cekangka-shard-{shard_name(task.number)}-{uuid.uuid4().hex[:8]}")

    def result(self, future: Any, task: ShardTask) -> ShardInfo:
        return future.result()  # committed by the worker, on the filesystem it shares

    def wait_any(self, futures: Iterable[Any]) -> set[Any]:
        return set(self._d.wait(list(futures), return_when="FIRST_COMPLETED").done)

    def broken(self, exc: BaseException) -> bool:
        return False  # the scheduler retries tasks of lost workers itself

    def close(self) -> None:  # idempotent
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None


# =============================================================================================
# The run
# =============================================================================================

@dataclass
class BatchSummary:
    """What a run produced (all shards of the output, those of an earlier run included)."""

    documents: int = 0
    claims: int = 0
    errors: int = 0
    findings: int = 0
    archive_findings: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    errors_by_reason: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    shards: int = 0
    resumed_shards: int = 0
    records: int = 0
    database: str = ""
    out: str = ""
    shards_dir: str = ""
    manifest: str = ""
    peak_rss_mb: dict[str, float] = field(default_factory=dict)

    @property
    def articles_per_second(self) -> float:
        processed = self.records
        return processed / self.seconds if self.seconds else 0.0

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["articles_per_second"] = round(self.articles_per_second, 1)
        return d


def run_batch(sources: list[str], out: str, *, workers: int = 2, engine: Literal["local", "dask"] = "local",
              scheduler: str | None = None, fields: Any = None, fmt: str | None = None,
              progress: TextIO | None = None, check: Check | None = None, include_all: bool = False,
              shard_size: int = SHARD_SIZE) -> BatchSummary:
    """Extract the claims of every document of `sources` into `out` (see the module doc).

    `workers`: worker processes (local engine; 0 runs in this process) or the size of the
    LocalCluster the dask engine starts when no `scheduler` address is given. `fields` and
    `fmt` go to `read_sources`. `progress`: a stream for a progress line, written only when it is
    a terminal. `check`: (claims, text) -> finding dicts, run per document (must be picklable:
    a module-level function). Raises BatchError when the run can't start, ValueError for a bad
    `fmt` or `fields`.
    """
    import multiprocessing

    from extract.sources import read_sources

    if getattr(multiprocessing.current_process(), "_inheriting", False):
        raise BatchError(_SPAWN_HELP)  # a spawned worker importing an unguarded main script
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}; known: local, dask")
    if shard_size < 1:
        raise ValueError("shard_size must be at least 1")
    if workers < 0:
        raise ValueError("workers must not be negative")
    t0 = time.perf_counter()
    out_path = Path(out).resolve()
    out_path.mkdir(parents=True, exist_ok=True)
    # WARC pages go to the workers unextracted: trafilatura runs there, in parallel
    stream = read_sources(sources, fields=fields, fmt=fmt, defer_pages=True)  # ValueError for bad fields/fmt
    config = {
        "version": FORMAT_VERSION,
        "sources": [_source_id(s) for s in (list(sources) or ["-"])],
        "fields": asdict(stream.fields), "fmt": fmt, "shard_size": shard_size, "include_all": include_all,
        "check": None if check is None else _callable_name(check),
    }
    with _Lock(out_path):
        done = _prepare(out_path, config)
        resumed = len(done)
        meter = _Progress(progress, _count_records(sources, fmt) if _is_tty(progress) else None)
        with contextlib.ExitStack() as running:
            running.callback(stream.close)
            # the workers start (spawn, imports) while this process opens the database
            eng: Any = _LocalEngine(workers, check) if engine == "local" else _DaskEngine(workers, scheduler)
            running.callback(eng.close)
            database = _Database(out_path)
            running.callback(database.close)
            eng.ready()
            n_shards, records = _drive(stream, eng, done, out_path, config, check, include_all,
                                       shard_size, meter, database.add)
            eng.close()
            meter.finish()
            shards = [done[n] for n in range(n_shards)]
            summary = database.finish(n_shards)
    skipped = dict(stream.skipped)
    for info in shards:
        for reason, n in info.skipped.items():
            skipped[reason] = skipped.get(reason, 0) + n
    summary.skipped = skipped
    summary.shards = n_shards
    summary.resumed_shards = resumed
    summary.records = records
    summary.seconds = round(time.perf_counter() - t0, 3)
    rss: dict[str, float] = {}
    for s in shards:
        if s.worker:
            rss[s.worker] = max(rss.get(s.worker, 0.0), round(s.peak_rss_kb / 1024, 1))
    summary.peak_rss_mb = rss
    _write_json(out_path / SUMMARY_FILE, summary.to_json())
    return summary


def _callable_name(fn: Any) -> str:
    return f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', repr(fn))}"


def _source_id(s: str) -> str:
    if s == "-" or s.startswith(("http://", "https://")):
        return s
    return os.path.abspath(s)


class _Lock:
    """An exclusive lock on `out` for the length of a run (flock; released if the run dies)."""

    def __init__(self, out: Path) -> None:
        self.path = out / LOCK_FILE
        self.fh: Any = None

    def __enter__(self) -> _Lock:
        self.fh = open(self.path, "a+")
        try:
            import fcntl

            fcntl.flock(self.fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:
            pass
        except OSError as e:
            self.fh.close()
            raise BatchError(f"{self.path.parent}: another run is using this output folder") from e
        return self

    def __exit__(self, *exc: object) -> None:
        self.fh.close()


def _prepare(out: Path, config: dict) -> dict[int, ShardInfo]:
    """Check `out` holds no other run, clean up unfinished shards, and return the finished ones
    (from the manifest, and from complete shard folders a killed run had not yet recorded)."""
    run_file = out / RUN_FILE
    if run_file.exists():
        try:
            old = json.loads(run_file.read_text(encoding="utf-8"))
        except ValueError:
            old = None
        if old != config:
            raise BatchError(
                f"{out} holds a run of other inputs or settings ({run_file}); "
                "use another output folder, or delete this one to start over")
    else:
        _write_json(run_file, config)
    root = out / SHARDS_DIR
    root.mkdir(exist_ok=True)
    for p in root.iterdir():
        if p.name.startswith("."):  # a temporary folder of a shard that was being written
            shutil.rmtree(p, ignore_errors=True)
    done: dict[int, ShardInfo] = {}
    manifest = out / MANIFEST
    if manifest.exists():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            try:
                info = ShardInfo.from_json(json.loads(line))
            except (ValueError, TypeError):
                continue  # a line torn by a kill
            if (root / shard_name(info.number) / SHARD_INFO).exists():
                done[info.number] = info
    unrecorded = []
    for p in sorted(root.iterdir()):
        if not p.name.isdigit():
            continue
        number = int(p.name)
        if number in done:
            continue
        try:
            info = ShardInfo.from_json(json.loads((p / SHARD_INFO).read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            shutil.rmtree(p, ignore_errors=True)
            continue
        done[number] = info
        unrecorded.append(info)
    if unrecorded or (manifest.exists() and not _manifest_clean(manifest, done)):
        # rewrite the manifest whole (torn lines dropped, unrecorded shards added), atomically
        tmp = out / (MANIFEST + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            for n in sorted(done):
                fh.write(json.dumps(asdict(done[n])) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, manifest)
    return done


def _manifest_clean(manifest: Path, done: dict[int, ShardInfo]) -> bool:
    lines = [ln for ln in manifest.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return len(lines) == len(done) and manifest.read_bytes().endswith(b"\n")


def _drive(stream: Any, eng: Any, done: dict[int, ShardInfo], out: Path, config: dict,
           check: Check | None, include_all: bool, shard_size: int, meter: _Progress,
           finished: Callable[[ShardInfo], None]) -> tuple[int, int]:
    """Cut the stream into shards, pass over finished ones, run the others; `finished` is told
    of every shard done, resumed or run. Returns the number of shards and of records."""
    manifest = open(out / MANIFEST, "a", encoding="utf-8")
    pending: dict[Any, ShardTask] = {}
    attempts: dict[int, int] = {}

    def record(info: ShardInfo) -> None:
        done[info.number] = info
        manifest.write(json.dumps(asdict(info)) + "\n")
        manifest.flush()
        os.fsync(manifest.fileno())
        meter.add(info.n_items, info.errors)
        finished(info)

    def collect(block: bool) -> None:
        while pending and (block or len(pending) >= eng.capacity):
            for f in eng.wait_any(pending):
                task = pending.pop(f)
                try:
                    info = eng.result(f, task)
                except Exception as e:
                    if not eng.broken(e):
                        raise
                    _recover(eng, task, pending, attempts, record)
                    break  # the pending set changed
                record(info)

    number, pos = 0, 0
    items: list[Document | InputError | Page] = []

    def dispatch(items: list[Document | InputError | Page]) -> None:
        nonlocal number
        first = pos - len(items)
        if number in done:
            _verify(done[number], first, items)
            meter.add(len(items), 0, resumed=True)
            finished(done[number])
        else:
            task = ShardTask(number=number, first_pos=first, items=items, out=str(out),
                             check=check, include_all=include_all, digest=digest(items))
            collect(block=False)
            pending[eng.submit(task)] = task
        number += 1

    try:
        for item in stream:
            items.append(item)
            pos += 1
            if len(items) == shard_size:
                dispatch(items)
                items = []
            meter.tick()
        if items:
            dispatch(items)
        collect(block=True)
    finally:
        manifest.close()
    stale = sorted(n for n in done if n >= number)
    if stale:
        raise BatchError(f"{out}: shards {stale[:5]} lie past the end of the inputs; the inputs changed")
    return number, pos


def _recover(eng: Any, task: ShardTask, pending: dict[Any, ShardTask], attempts: dict[int, int],
             record: Callable[[ShardInfo], None]) -> None:
    """A worker process died (local engine): restart the pool and resubmit what was running;
    a shard that was running at two deaths is redone one document at a time; a shard a worker
    had finished before the pool broke is committed as it is."""
    tasks = [task]
    for f, t in pending.items():
        if f.done() and not f.cancelled() and f.exception() is None:
            record(eng.result(f, t))
        else:
            tasks.append(t)
    pending.clear()
    eng.restart()
    for t in tasks:
        attempts[t.number] = attempts.get(t.number, 0) + 1
    for t in sorted(tasks, key=lambda t: t.number):
        if attempts[t.number] >= 2:
            record(eng.isolate(t))
        else:
            pending[eng.submit(t)] = t


def _verify(info: ShardInfo, first: int, items: list[Document | InputError | Page]) -> None:
    got = (first, len(items), _origin(items[0]), _origin(items[-1]), digest(items))
    want = (info.first_pos, info.n_items, info.first_origin, info.last_origin, info.digest)
    if got != want:
        raise BatchError(
            f"shard {shard_name(info.number)} was made from other records (position, count, first "
            f"and last origin, digest: recorded {want}, read now {got}); the inputs changed since the "
            "interrupted run: use another output folder")


class _Database:
    """cekangka.duckdb, built while the run goes on: each finished shard's Parquet files are
    loaded as soon as every shard before it is (so rows stand in shard order, as the shards do),
    by the coordinating process, which is otherwise idle while the workers run. `finish` adds
    the archive findings and renames the file in place. A run that dies leaves only the
    temporary file, which the next run starts over."""

    def __init__(self, out: Path) -> None:
        import duckdb

        self.out = out
        self.db = out / DB_NAME
        self.tmp = out / (DB_NAME + ".tmp")
        for p in (self.tmp, Path(str(self.tmp) + ".wal")):
            if p.exists():
                p.unlink()
        self.con = duckdb.connect(str(self.tmp))
        # one thread while loading: the workers have the cores; all of them for the end. Written
        # to the file every few shards (not all in the final checkpoint, while nothing else runs);
        # DuckDB's cache kept small (it spills to disk past it): the parent's memory is the run's too
        self.con.execute("SET threads TO 1")
        self.con.execute("SET checkpoint_threshold = '4MB'")
        self.con.execute("SET memory_limit = '128MB'")
        for name, s in schemas().items():
            self.con.register("empty_view", s.empty_table())
            self.con.execute(f"CREATE TABLE {name} AS SELECT * FROM empty_view")
            self.con.unregister("empty_view")
        self.next = 0  # the first shard not loaded yet
        self.ready: dict[int, ShardInfo] = {}

    def add(self, info: ShardInfo) -> None:
        """Load a finished shard, or keep it until the shards before it are loaded."""
        self.ready[info.number] = info
        while self.next in self.ready:
            folder = self.out / SHARDS_DIR / shard_name(self.next)
            for name in TABLES:
                self.con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM read_parquet(?)",
                                 [str(folder / f"{name}.parquet")])
            del self.ready[self.next]
            self.next += 1

    def finish(self, n_shards: int) -> BatchSummary:
        if self.next != n_shards or self.ready:
            raise BatchError(f"{self.out}: the database holds shards up to {self.next} of {n_shards}")
        import pyarrow as pa

        con = self.con
        con.execute("RESET threads")
        found = archive_findings(con)
        asch = archive_schema()
        table = pa.Table.from_pylist(found, schema=asch) if found else asch.empty_table()
        con.register("archive_view", table)
        con.execute("CREATE TABLE archive_findings AS SELECT * FROM archive_view")
        con.unregister("archive_view")
        counts = {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in TABLES}
        by_reason = dict(con.execute(
            "SELECT error, count(*) FROM errors GROUP BY error ORDER BY count(*) DESC, error").fetchall())
        con.execute("CHECKPOINT")
        self.close()
        os.replace(self.tmp, self.db)
        out = self.out
        return BatchSummary(
            documents=counts["documents"], claims=counts["claims"], errors=counts["errors"],
            findings=counts["findings"], archive_findings=len(found), errors_by_reason=by_reason,
            database=str(self.db), out=str(out), shards_dir=str(out / SHARDS_DIR),
            manifest=str(out / MANIFEST),
        )

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None


# =============================================================================================
# Progress
# =============================================================================================

def _is_tty(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def _count_records(sources: list[str], fmt: str | None) -> int | None:
    """The number of records, when every input is a plain (uncompressed) JSON Lines or text
    file and counting is cheap; else None (no ETA)."""
    from extract.sources import detect_format

    total = 0
    for s in sources or ["-"]:
        p = Path(s)
        if s == "-" or not p.is_file():
            return None
        kind = fmt or detect_format(p) or "text"
        with open(p, "rb") as fh:
            head = fh.read(4)
            if head[:2] == b"\x1f\x8b" or head == b"\x28\xb5\x2f\xfd":
                return None
            if kind == "text":
                total += 1
                continue
            if kind != "jsonl":
                return None
            fh.seek(0)
            n, last = 0, b"\n"
            while chunk := fh.read(1 << 20):
                n += chunk.count(b"\n")
                last = chunk[-1:]
            total += n + (last != b"\n")
    return total


class _Progress:
    """A one-line progress display on a terminal: records, articles/s, errors, ETA."""

    EVERY = 0.5  # seconds between updates

    def __init__(self, stream: TextIO | None, total: int | None) -> None:
        self.stream = stream if _is_tty(stream) else None
        self.total = total
        self.done = 0
        self.errors = 0
        self.read = 0
        self.t0 = time.perf_counter()
        self.last = 0.0
        self.base = 0  # records of shards finished by an earlier run

    def tick(self) -> None:
        self.read += 1
        if self.stream is not None and self.read % 64 == 0:
            self._show()

    def add(self, n: int, errors: int, resumed: bool = False) -> None:
        self.done += n
        self.errors += errors
        if resumed:
            self.base += n
        self._show()

    def _show(self, final: bool = False) -> None:
        if self.stream is None:
            return
        now = time.perf_counter()
        if not final and now - self.last < self.EVERY:
            return
        self.last = now
        elapsed = now - self.t0
        rate = (self.done - self.base) / elapsed if elapsed > 0 else 0.0
        line = f"cekangka batch: {self.done:,} articles, {rate:,.0f} articles/s, {self.errors:,} errors"
        if self.total and rate > 0 and not final:
            left = max(0, self.total - self.done)
            line += f", ETA {_dt.timedelta(seconds=round(left / rate))}"
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()

    def finish(self) -> None:
        if self.stream is not None:
            self._show(final=True)
            self.stream.write("\n")
            self.stream.flush()
