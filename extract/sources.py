"""Document sources: read input into `Document`s, or say clearly why a record can't be read.

Readers stream: one document at a time, never a whole archive in memory. Every reader has the
same shape (see `Reader`): it takes one decompressed binary stream and yields `Document`s, or an
`InputError` for each record it cannot read, and goes on with the next record. Records that are
not documents at all (a WARC request, an image, a page with no main text) are not errors: they
are counted by reason in `SourceStats.skipped`.

Formats and the readers that handle them:

  text   .txt, .text (and any file given by name whose extension is unknown): one document
  html   .html, .htm, .xhtml, and http(s) URLs given explicitly: main text, title and date
         through trafilatura; `Document.text` is the extracted text, so offsets refer to it
  jsonl  .jsonl, .ndjson, .json: one JSON object per line, field names configurable (`Fields`)
  csv    .csv (comma) and .tsv (tab): one record per row, a header row names the columns
  warc   .warc: HTML `response` records (CommonCrawl CC-NEWS) through trafilatura

Any file may be gzip (.gz) or zstd (.zst) compressed: compression is recognised by its magic
bytes, so the suffix only matters for choosing the format. A compressed stream that ends early
yields the good records before the break, then one InputError("truncated").

`read_sources` is the single entry point; trafilatura, warcio and zstandard are imported only by
the readers that need them, so reading plain text stays fast to start.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields as dataclass_fields
from pathlib import Path
from typing import IO, Any, Protocol

from extract.model import Document, InputError

# A NUL byte in the first block means a binary file, not text.
_SNIFF = 8192


def decode(data: bytes, doc: str, origin: str) -> Document | InputError:
    """Bytes -> a Document, or an InputError for binary, undecodable or empty input."""
    if b"\x00" in data[:_SNIFF]:
        return InputError(doc=doc, origin=origin, error="binary", detail="NUL bytes: not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return InputError(
            doc=doc, origin=origin, error="encoding",
            detail=f"invalid UTF-8 at byte {e.start}: {data[e.start:e.start + 4]!r}",
        )
    if not text.strip():
        return InputError(doc=doc, origin=origin, error="empty", detail="no text")
    return Document(id=doc, text=text, origin=origin)


def headline_text(doc: Document) -> tuple[str, int]:
    """The text a document is checked as: its title as the headline, a blank line, then its
    text (as `cekangka check` reads a record), and where the text starts in it. A title the
    text already opens with, or none, adds nothing: (text, 0)."""
    title = (doc.title or "").strip()
    if not title or doc.text.lstrip().startswith(title):
        return doc.text, 0
    return f"{title}\n\n{doc.text}", len(title) + 2


def read_text_paths(paths: list[str]) -> Iterator[Document | InputError]:
    """Plain text files, folders of *.txt files (sorted), and "-" for standard input."""
    for p in paths or ["-"]:
        if p == "-":
            yield decode(sys.stdin.buffer.read(), "-", "stdin")
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*.txt") if f.is_file())
            if not files:
                yield InputError(doc=path.name, origin=str(path), error="empty", detail="no .txt files")
            for f in files:
                yield _read_file(f)
        else:
            yield _read_file(path)


def _read_file(path: Path) -> Document | InputError:
    try:
        data = path.read_bytes()
    except OSError as e:
        return InputError(doc=path.stem, origin=str(path), error="unreadable", detail=e.strerror or str(e))
    return decode(data, path.stem, str(path))


# =============================================================================================
# Formats, field names, counters
# =============================================================================================

FORMATS: tuple[str, ...] = ("text", "html", "jsonl", "csv", "tsv", "warc")

_EXTENSIONS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "tsv",
    ".warc": "warc",
}
_COMPRESSION_SUFFIXES = (".gz", ".gzip", ".zst", ".zstd")

# One record (a JSON line, a text file, a page) larger than this is refused, not loaded.
MAX_RECORD = 64 * 1024 * 1024
# trafilatura refuses pages over 20 MB; we stop reading a little past that.
MAX_PAGE = 20_000_000
_CHUNK = 1 << 16


def detect_format(path: str | os.PathLike[str]) -> str | None:
    """The format a file name implies ("a.jsonl.gz" -> "jsonl"), or None if it implies none."""
    return _EXTENSIONS.get(_base_suffix(os.path.basename(os.fspath(path))))


def _base_suffix(name: str) -> str:
    """'a.JSON.gz' -> '.json': the extension under any compression suffix, lower case."""
    name = name.lower()
    for suffix in _COMPRESSION_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return os.path.splitext(name)[1]


def _stem(path: Path) -> str:
    """'a/b.jsonl.gz' -> 'b': the file name less its format and compression suffixes."""
    name = path.name
    for suffix in _COMPRESSION_SUFFIXES:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    stem, ext = os.path.splitext(name)
    return stem if ext and stem else name


@dataclass(frozen=True)
class Fields:
    """Which record field (JSON key or CSV column) holds each Document field.

    A name containing dots ("meta.url") reaches into nested JSON objects when no key of that
    exact name exists.
    """

    id: str = "id"
    title: str = "title"
    text: str = "text"
    date: str = "date"
    url: str = "url"

    @classmethod
    def of(cls, value: Fields | Mapping[str, str] | str | None) -> Fields:
        """Fields from a Fields, a mapping {"text": "content"}, a spec "text=content,id=uuid"
        or None (the defaults). Raises ValueError for an unknown role or a malformed spec."""
        if value is None:
            return cls()
        if isinstance(value, Fields):
            return value
        if isinstance(value, str):
            return cls.parse(value)
        known = {f.name for f in dataclass_fields(cls)}
        unknown = sorted(set(value) - known)
        if unknown:
            raise ValueError(f"unknown field role(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        empty = sorted(k for k, v in value.items() if not v)
        if empty:
            raise ValueError(f"empty field name for {', '.join(empty)}")
        return cls(**dict(value))

    @classmethod
    def parse(cls, spec: str) -> Fields:
        """'text=content,id=uuid' -> Fields(text='content', id='uuid', ...)."""
        mapping: dict[str, str] = {}
        for part in spec.split(","):
            if not part.strip():
                continue
            role, sep, name = part.partition("=")
            if not sep:
                raise ValueError(f"field spec {part!r} is not ROLE=NAME")
            mapping[role.strip()] = name.strip()
        return cls.of(mapping)


@dataclass
class SourceStats:
    """What a run of readers produced: documents, errors, and records skipped by reason."""

    documents: int = 0
    errors: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str, n: int = 1) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + n


@dataclass(frozen=True)
class Source:
    """One input stream: `label` starts every origin ("data/a.jsonl.gz", "stdin", a URL);
    `stem` is the default document id (the file name less its suffixes). `defer_pages`: the
    WARC reader yields its HTML pages as `Page`s, unextracted (see `read_sources`)."""

    label: str
    stem: str
    defer_pages: bool = False


@dataclass(frozen=True)
class Page:
    """A WARC record's HTML page, read but not yet through trafilatura: the batch runner hands
    pages to its workers, so extracting main text (the slow part of reading an archive) runs in
    parallel and the reading process only splits the archive. `extract_page` finishes it."""

    doc: str
    origin: str
    url: str | None
    html: bytes
    date: str | None = None  # the record's WARC-Date, preferred over the page's own


def extract_page(page: Page) -> Document | InputError | None:
    """A deferred page as its Document, an InputError for a page trafilatura fails on, or None
    for a page with no main text (the reader counts these as skipped "no_text")."""
    item = _html_document(page.html, doc=page.doc, origin=page.origin, url=page.url)
    if isinstance(item, InputError):
        return None if item.error == "empty" else item
    return item.model_copy(update={"date": page.date or item.date})


class Reader(Protocol):
    """The one reader interface: a decompressed binary stream in, documents or errors out.

    A reader never raises for bad input: a record it cannot read becomes an InputError and it
    goes on; records that are no documents are counted in `stats.skipped`. The stream may raise
    `_StreamError` when the compressed data under it breaks; `read_sources` turns that into an
    InputError after the good records already yielded.
    """

    def __call__(
        self, stream: IO[bytes], source: Source, fields: Fields, stats: SourceStats
    ) -> Iterator[Document | InputError]: ...


# =============================================================================================
# Opening and decompressing streams
# =============================================================================================

class _StreamError(Exception):
    """The bytes under a reader broke: a truncated or corrupt compressed stream, an I/O error."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


_GZIP_MAGIC = b"\x1f\x8b"
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


class _ZstdRaw(io.RawIOBase):
    """A streaming zstd decoder that, unlike zstandard's stream_reader, notices truncation.

    Input is fed in small chunks so one chunk never expands past a bounded size; consecutive
    frames are read one after another.
    """

    _FEED = 4096  # a zstd block expands at most ~32000x: 4 KiB in, at most ~128 MiB out

    def __init__(self, fh: IO[bytes]) -> None:
        import zstandard

        self._fh = fh
        self._zstd = zstandard
        self._dctx = zstandard.ZstdDecompressor()
        self._obj: Any = None
        self._in_frame = False
        self._buf = b""
        self._pos = 0
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while self._pos >= len(self._buf):
            if self._done:
                return 0
            chunk = self._fh.read(self._FEED)
            if not chunk:
                self._done = True
                if self._in_frame:
                    raise EOFError("zstd stream ended in the middle of a frame")
                return 0
            self._buf = self._feed(chunk)
            self._pos = 0
        n = min(len(b), len(self._buf) - self._pos)
        b[:n] = self._buf[self._pos:self._pos + n]
        self._pos += n
        return n

    def _feed(self, chunk: bytes) -> bytes:
        out = []
        while chunk:
            if not self._in_frame:
                self._obj = self._dctx.decompressobj()
                self._in_frame = True
            try:
                out.append(self._obj.decompress(chunk))
            except self._zstd.ZstdError as e:
                raise _StreamError("corrupt", f"zstd: {e}") from None
            if self._obj.eof:
                self._in_frame = False
                chunk = self._obj.unused_data
            else:
                chunk = b""
        return b"".join(out)


class _Stream(io.BufferedIOBase):
    """The decompressed bytes a reader sees, with every failure below turned into a
    `_StreamError`.

    Unlike io.BufferedReader, `read(n)` hands on the data decoded before a failure and raises
    it on the next call, so the records before a truncation are all read; `readline` drops
    the broken partial line. A failure is sticky: every later read raises it again.
    """

    def __init__(self, inner: IO[bytes], kind: str) -> None:
        self._read1 = getattr(inner, "read1", inner.read)  # one underlying read per call
        self._kind = kind
        self._buf = bytearray()
        self._eof = False
        self._error: _StreamError | None = None

    def readable(self) -> bool:
        return True

    def _fill(self) -> bool:
        """Append one chunk to the buffer; False at the end of the stream."""
        if self._error is not None:
            raise self._error
        if self._eof:
            return False
        try:
            data = self._read1(_CHUNK)
        except _StreamError as e:
            self._error = e
        except EOFError as e:
            self._error = _StreamError("truncated", f"{self._kind} stream ended early ({e})")
        except OSError as e:
            if type(e).__name__ == "BadGzipFile":
                self._error = _StreamError("corrupt", f"gzip: {e}")
            else:
                self._error = _StreamError("unreadable", e.strerror or str(e))
        except Exception as e:  # zlib.error and other decoder failures
            self._error = _StreamError("corrupt", f"{self._kind}: {e}")
        else:
            if not data:
                self._eof = True
                return False
            self._buf += data
            return True
        raise self._error

    def _take(self, n: int) -> bytes:
        out = bytes(self._buf[:n])
        del self._buf[:n]
        return out

    def read(self, n: int | None = -1) -> bytes:
        want = None if n is None or n < 0 else n
        while want is None or len(self._buf) < want:
            try:
                if not self._fill():
                    break
            except _StreamError:
                if self._buf:
                    break  # hand on what came before the failure; the next read raises it
                raise
        return self._take(len(self._buf) if want is None else want)

    def read1(self, n: int = -1) -> bytes:
        if not self._buf:
            self._fill()
        return self._take(len(self._buf) if n < 0 else n)

    def readline(self, limit: int | None = -1) -> bytes:
        lim = -1 if limit is None else limit
        start = 0
        while True:
            i = self._buf.find(b"\n", start)
            if i >= 0:
                end = i + 1
                break
            if 0 <= lim <= len(self._buf):
                end = lim
                break
            start = len(self._buf)
            if not self._fill():  # a failure here drops the partial line: it is the broken record
                end = len(self._buf)
                break
        return self._take(end if lim < 0 else min(end, lim))


def _decompressed(raw: IO[bytes]) -> IO[bytes]:
    """A buffered binary stream of `raw`'s content, gunzipped or unzstd'ed by magic bytes."""
    buffered: Any = raw if hasattr(raw, "peek") else io.BufferedReader(raw, _CHUNK)  # type: ignore[arg-type]
    try:
        magic = buffered.peek(4)[:4]
    except OSError as e:
        raise _StreamError("unreadable", e.strerror or str(e)) from None
    inner: IO[bytes]
    if magic[:2] == _GZIP_MAGIC:
        import gzip

        inner, kind = gzip.GzipFile(fileobj=buffered, mode="rb"), "gzip"
    elif magic == _ZSTD_MAGIC:
        inner, kind = _ZstdRaw(buffered), "zstd"  # type: ignore[assignment]
    else:
        inner, kind = buffered, "file"
    return _Stream(inner, kind)


def _read_limited(stream: IO[bytes], limit: int) -> bytes | None:
    """All of a stream of at most `limit` bytes; None if there are more. A stream that breaks
    raises `_StreamError` even when some data came before the break."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        return None
    stream.read(1)  # at the end, b""; after a short read over a break, the deferred failure
    return data


# =============================================================================================
# Readers
# =============================================================================================

def _read_text(stream: IO[bytes], source: Source, fields: Fields, stats: SourceStats) -> Iterator[Document | InputError]:
    """The whole stream is one document (as `decode` reads it)."""
    data = _read_limited(stream, MAX_RECORD)
    if data is None:
        yield InputError(doc=source.stem, origin=source.label, error="too_large",
                         detail=f"over {MAX_RECORD} bytes")
        return
    yield decode(data, source.stem, source.label)


# --- HTML ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Page:
    text: str
    title: str | None
    date: str | None
    url: str | None


def _extract_page(html: bytes | str, url: str | None) -> _Page | None:
    """Main text and metadata of a page through trafilatura; None when it finds no text.

    Reader comments are left out (they are not the article); tables are kept (they hold
    numbers). Raises whatever trafilatura raises.
    """
    import json

    import trafilatura

    out = trafilatura.extract(
        html, url=url, output_format="json", with_metadata=True,
        include_comments=False, include_tables=True, include_images=False, include_links=False,
    )
    if not out:
        return None
    meta = json.loads(out)
    text = meta.get("text") or ""
    if not text.strip():
        return None
    return _Page(
        text=text,
        title=meta.get("title") or None,
        date=meta.get("date") or None,
        url=meta.get("source") or url or None,
    )


def _read_html(stream: IO[bytes], source: Source, fields: Fields, stats: SourceStats) -> Iterator[Document | InputError]:
    """One HTML page from a file or stdin: its main text, title, date and canonical URL."""
    data = _read_limited(stream, MAX_PAGE)
    if data is None:
        yield InputError(doc=source.stem, origin=source.label, error="too_large", detail=f"over {MAX_PAGE} bytes")
        return
    yield _html_document(data, doc=source.stem, origin=source.label, url=None)


def _html_document(html: bytes | str, *, doc: str, origin: str, url: str | None) -> Document | InputError:
    if not html.strip():
        return InputError(doc=doc, origin=origin, error="empty", detail="no content")
    try:
        page = _extract_page(html, url)
    except Exception as e:  # a parser failure on hostile input is this page's problem only
        return InputError(doc=doc, origin=origin, error="html", detail=f"{type(e).__name__}: {e}"[:200])
    if page is None:
        return InputError(doc=doc, origin=origin, error="empty", detail="no main text found in the page")
    bad = _bad_string(page.text, page.title, page.date, page.url)
    if bad:
        return InputError(doc=doc, origin=origin, error="encoding", detail=bad)
    return Document(id=doc, text=page.text, title=page.title, date=page.date,
                    url=url or page.url, origin=origin)


def _read_url(url: str) -> Iterator[Document | InputError]:
    """A page fetched through trafilatura's downloader (only for URLs given explicitly)."""
    import trafilatura

    try:
        html = trafilatura.fetch_url(url)
    except Exception as e:
        yield InputError(doc=url, origin=url, error="fetch", detail=f"{type(e).__name__}: {e}"[:200])
        return
    if html is None:
        yield InputError(doc=url, origin=url, error="fetch", detail="download failed")
        return
    yield _html_document(html, doc=url, origin=url, url=url)


# --- JSON Lines ------------------------------------------------------------------------------

def _lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs; the line is None when it is longer than MAX_RECORD."""
    number = 0
    while True:
        line = stream.readline(MAX_RECORD + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_RECORD and not line.endswith(b"\n"):
            while True:  # skip the rest of the long line, a chunk at a time
                rest = stream.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
        else:
            yield number, line


def _lookup(record: Mapping[str, Any], name: str) -> Any:
    if name in record:
        return record[name]
    if "." in name:
        value: Any = record
        for part in name.split("."):
            if not isinstance(value, Mapping) or part not in value:
                return None
            value = value[part]
        return value
    return None


def _bad_string(*values: str | None) -> str | None:
    """Why a string can't be written as UTF-8 (a lone surrogate), or None."""
    for v in values:
        if v is None:
            continue
        try:
            v.encode("utf-8")
        except UnicodeEncodeError as e:
            return f"undecodable or lone-surrogate character at offset {e.start}"
    return None


def _scalar(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (dict, list)):
        return None
    return str(value)


def _record_document(record: Any, source: Source, fields: Fields, number: int, origin: str) -> Document | InputError:
    """One JSON object or CSV row -> a Document, or the reason it is none."""
    if not isinstance(record, Mapping):
        return InputError(origin=origin, error="json", detail=f"a JSON {type(record).__name__}, not an object")
    doc = _scalar(_lookup(record, fields.id)) or f"{source.stem}:{number}"
    text = _lookup(record, fields.text)
    if text is None:
        return InputError(doc=doc, origin=origin, error="missing_text", detail=f"no field {fields.text!r}")
    if not isinstance(text, str):
        return InputError(doc=doc, origin=origin, error="missing_text",
                          detail=f"field {fields.text!r} is a {type(text).__name__}, not a string")
    if not text.strip():
        return InputError(doc=doc, origin=origin, error="empty", detail=f"field {fields.text!r} is empty")
    title = _scalar(_lookup(record, fields.title))
    date = _scalar(_lookup(record, fields.date))
    url = _scalar(_lookup(record, fields.url))
    bad = _bad_string(doc, text, title, date, url)
    if bad:
        return InputError(doc=None if _bad_string(doc) else doc, origin=origin, error="encoding", detail=bad)
    return Document(id=doc, text=text, title=title, date=date, url=url, origin=origin)


def _read_jsonl(stream: IO[bytes], source: Source, fields: Fields, stats: SourceStats) -> Iterator[Document | InputError]:
    """One JSON object per line; blank lines are skipped, bad lines reported and passed over."""
    import json

    strict_json = detect_format(source.label) == "jsonl" and _base_suffix(source.label) == ".json"
    seen_record = False
    number = 0
    try:
        for number, line in _lines(stream):
            origin = f"{source.label}:{number}"
            if line is None:
                yield InputError(origin=origin, error="too_large", detail=f"line over {MAX_RECORD} bytes")
                continue
            try:
                s = line.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as e:
                yield InputError(origin=origin, error="encoding",
                                 detail=f"invalid UTF-8 at byte {e.start}: {line[e.start:e.start + 4]!r}")
                continue
            if not s.strip():
                stats.skip("blank_line")
                continue
            try:
                record = json.loads(s)
            except (ValueError, RecursionError) as e:  # bad JSON, too deep, a number too long
                if strict_json and not seen_record:
                    # A .json file whose first line is no JSON object is a JSON document
                    # (an array, a pretty-printed object), not JSON Lines: one error, not one per line.
                    yield InputError(origin=origin, error="format",
                                     detail="not JSON Lines (one object per line); a JSON array "
                                     "converts with: jq -c '.[]'")
                    return
                yield InputError(origin=origin, error="json", detail=str(e)[:200])
                continue
            seen_record = True
            yield _record_document(record, source, fields, number, origin)
    except _StreamError as e:
        yield InputError(origin=f"{source.label}:{number + 1}", error=e.code,
                         detail=f"{e.detail}; after line {number}")


# --- CSV -------------------------------------------------------------------------------------

_CSV_FIELD_LIMIT = MAX_RECORD


def _read_delimited(delimiter: str) -> Reader:
    def read(stream: IO[bytes], source: Source, fields: Fields, stats: SourceStats) -> Iterator[Document | InputError]:
        """A header row, then one record per row; a quoted field may span lines."""
        import csv

        if csv.field_size_limit() < _CSV_FIELD_LIMIT:
            csv.field_size_limit(_CSV_FIELD_LIMIT)  # articles are longer than the 128 KiB default
        # surrogateescape keeps undecodable bytes so that only their row is rejected
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
        reader = csv.reader(text, delimiter=delimiter)
        last = 0
        try:
            header: list[str] | None = None
            while header is None:
                try:
                    row = next(reader)
                except StopIteration:
                    yield InputError(doc=source.stem, origin=source.label, error="empty", detail="no header row")
                    return
                except csv.Error as e:
                    yield InputError(doc=source.stem, origin=f"{source.label}:{reader.line_num}", error="csv",
                                     detail=f"header row: {e}"[:200])
                    return
                if row:
                    header = row
            last = reader.line_num
            if _bad_string(*header):
                yield InputError(doc=source.stem, origin=f"{source.label}:{last}", error="encoding",
                                 detail="undecodable bytes in the header row")
                return
            if fields.text not in header:
                yield InputError(doc=source.stem, origin=f"{source.label}:{last}", error="missing_text",
                                 detail=f"no column {fields.text!r} in the header: {', '.join(header)}"[:300])
                return
            while True:
                start = last + 1
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as e:
                    last = reader.line_num
                    yield InputError(origin=f"{source.label}:{start}", error="csv", detail=str(e)[:200])
                    continue
                last = reader.line_num
                if not row:
                    continue  # a blank line
                origin = f"{source.label}:{start}"
                record = dict(zip(header, row))  # a short row lacks its last columns
                item = _record_document(record, source, fields, start, origin)
                if isinstance(item, InputError) and item.error == "encoding":
                    item = item.model_copy(update={"detail": "undecodable bytes (invalid UTF-8) in the row"})
                yield item
        except _StreamError as e:
            yield InputError(origin=f"{source.label}:{last + 1}", error=e.code,
                             detail=f"{e.detail}; after line {last}")
        finally:
            text.detach()

    return read


# --- WARC ------------------------------------------------------------------------------------

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _read_warc(stream: IO[bytes], source: Source, fields: Fields, stats: SourceStats) -> Iterator[Document | InputError]:
    """HTML response records of a WARC file (CC-NEWS): one Document each.

    Other records are skipped by reason: not_response (request, warcinfo, metadata, revisit),
    http_status (not 2xx), not_html, too_large, no_text. A broken record is an InputError;
    when the archive can't be followed past it the reader stops there.
    """
    number = 0  # the record being read (1-based)
    try:
        records = iter(_warc_iterator(stream))
        while True:
            number += 1
            try:
                record = next(records)
            except StopIteration:
                return
            origin = f"{source.label}:{number}"
            try:
                item = _warc_record(record, source, number, origin, stats)
            except _StreamError:
                raise
            except Exception as e:
                item = InputError(origin=origin, error="warc", detail=f"{type(e).__name__}: {e}"[:200])
            if item is not None:
                yield item
    except _StreamError as e:
        yield InputError(origin=f"{source.label}:{number}", error=e.code,
                         detail=f"{e.detail}, in record {number}")
    except Exception as e:  # warcio's ArchiveLoadFailed and the like: the archive can't be followed
        yield InputError(origin=f"{source.label}:{number}", error="warc",
                         detail=f"{type(e).__name__}: {e}"[:250] + f", in record {number}")


def _warc_iterator(stream: IO[bytes]) -> Any:
    """warcio's WARC iterator (WARC only: anything else fails on its first line), made quiet:
    warcio writes a warning to stderr when a record is not followed by a blank line; here
    the stray line is passed over silently (a real break fails on the next record)."""
    from warcio.archiveiterator import WARCIterator

    class Quiet(WARCIterator):  # type: ignore[misc]
        def _consume_blanklines(self) -> tuple[bytes | None, int]:
            empty_size = 0
            first_line = True
            while True:
                line = self.reader.readline()
                if len(line) == 0:
                    return None, empty_size
                if len(line.rstrip()) == 0 or first_line:
                    empty_size += len(line)
                    first_line = False
                    continue
                return line, empty_size

    return Quiet(stream)


def _drain(record: Any) -> bool:
    """Read the rest of a record's block; False if the block is shorter than its Content-Length."""
    raw = record.raw_stream
    while raw.read(_CHUNK):
        pass
    return getattr(raw, "limit", 0) <= 0


def _warc_record(record: Any, source: Source, number: int, origin: str,
                 stats: SourceStats) -> Document | InputError | Page | None:
    headers = record.rec_headers
    record_id = (headers.get_header("WARC-Record-ID") or "").strip().strip("<>") or None
    url = headers.get_header("WARC-Target-URI") or None
    doc = record_id or url or f"{source.stem}:{number}"
    truncated = InputError(doc=doc, origin=origin, error="truncated",
                           detail="record block shorter than its Content-Length")

    def skip(reason: str) -> None:
        stats.skip(reason)
        return None

    if record.rec_type != "response" or record.http_headers is None:
        return truncated if not _drain(record) else skip("not_response")
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return truncated if not _drain(record) else skip("http_status")
    ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if ctype and ctype not in _HTML_TYPES:
        return truncated if not _drain(record) else skip("not_html")
    payload = record.content_stream().read(MAX_PAGE + 1)
    if not _drain(record):
        return truncated
    if len(payload) > MAX_PAGE:
        return skip("too_large")
    if not ctype and not _looks_like_html(payload):
        return skip("not_html")
    page = Page(doc=doc, origin=origin, url=url, html=payload, date=headers.get_header("WARC-Date") or None)
    if source.defer_pages:
        return page
    item = extract_page(page)
    return skip("no_text") if item is None else item


# --- registry --------------------------------------------------------------------------------

READERS: dict[str, Reader] = {
    "text": _read_text,
    "html": _read_html,
    "jsonl": _read_jsonl,
    "csv": _read_delimited(","),
    "tsv": _read_delimited("\t"),
    "warc": _read_warc,
}


# =============================================================================================
# The dispatcher
# =============================================================================================

def _is_url(p: str) -> bool:
    return p.startswith(("http://", "https://"))


class Sources(Iterator[Document | InputError]):
    """An iterator over the documents of many inputs, with `stats` (and `skipped`) to read.

    Made by `read_sources`; iterate it, then read `skipped` for the records that were passed
    over by reason (they are no errors: a WARC request record, an image, a page without text).
    """

    def __init__(self, paths: Iterable[str], *, fields: Fields | Mapping[str, str] | str | None = None,
                 fmt: str | None = None, defer_pages: bool = False) -> None:
        if fmt is not None and fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
        self.fields = Fields.of(fields)
        self.fmt = fmt
        self.defer_pages = defer_pages
        self.stats = SourceStats()
        self._it = self._generate(list(paths) or ["-"])

    @property
    def skipped(self) -> dict[str, int]:
        return self.stats.skipped

    def __iter__(self) -> Sources:
        return self

    def __next__(self) -> Document | InputError:
        item = next(self._it)
        if isinstance(item, InputError):
            self.stats.errors += 1
        else:
            self.stats.documents += 1
        return item

    def close(self) -> None:
        self._it.close()

    def __enter__(self) -> Sources:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- internals -----------------------------------------------------------------------
    def _generate(self, paths: list[str]) -> Iterator[Document | InputError]:
        for p in paths:
            if p == "-":
                yield from self._run(lambda: sys.stdin.buffer, Source("stdin", "-", self.defer_pages), self.fmt or "text", close=False)
            elif _is_url(p):
                yield from self._guard(_read_url(p), Source(p, p))
            else:
                path = Path(p)
                if path.is_dir():
                    yield from self._read_dir(path)
                else:
                    yield from self._read_path(path, self.fmt or detect_format(path) or "text")

    def _read_dir(self, root: Path) -> Iterator[Document | InputError]:
        found: list[tuple[tuple[str, ...], Path, str]] = []
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                if name.startswith("."):
                    continue
                f = Path(dirpath, name)
                fmt = self.fmt or detect_format(f)
                if fmt is None:
                    self.stats.skip("unsupported_file")
                    continue
                found.append((f.relative_to(root).parts, f, fmt))
        if not found:
            yield InputError(doc=root.name, origin=str(root), error="empty",
                             detail="no readable files (" + ", ".join(sorted(_EXTENSIONS)) + ")")
        for _, f, fmt in sorted(found, key=lambda t: t[0]):
            yield from self._read_path(f, fmt)

    def _read_path(self, path: Path, fmt: str) -> Iterator[Document | InputError]:
        source = Source(str(path), _stem(path), self.defer_pages)
        yield from self._run(lambda: open(path, "rb"), source, fmt, close=True)

    def _run(self, opener: Callable[[], IO[bytes]], source: Source, fmt: str, *, close: bool) -> Iterator[Document | InputError]:
        try:
            raw = opener()
        except OSError as e:
            yield InputError(doc=source.stem, origin=source.label, error="unreadable", detail=e.strerror or str(e))
            return
        try:
            try:
                stream = _decompressed(raw)
            except _StreamError as e:
                yield InputError(doc=source.stem, origin=source.label, error=e.code, detail=e.detail)
                return
            yield from self._guard(READERS[fmt](stream, source, self.fields, self.stats), source)
        finally:
            if close:
                raw.close()

    @staticmethod
    def _guard(items: Iterator[Document | InputError], source: Source) -> Iterator[Document | InputError]:
        """No exception escapes a reader: what it raises ends that input with one InputError."""
        try:
            yield from items
        except _StreamError as e:
            yield InputError(doc=source.stem, origin=source.label, error=e.code, detail=e.detail)
        except Exception as e:
            yield InputError(doc=source.stem, origin=source.label, error="failed",
                             detail=f"{type(e).__name__}: {e}"[:300])


def read_sources(paths: Iterable[str], *, fields: Fields | Mapping[str, str] | str | None = None,
                 fmt: str | None = None, defer_pages: bool = False) -> Sources:
    """Documents (or InputErrors) from files, folders (recursive, sorted), "-" and URLs.

    The format of each file comes from `fmt` when given, else from its extension (see
    `detect_format`; an unknown extension reads as text when the file is named, and is skipped,
    counted as "unsupported_file", inside a folder). "-" reads standard input: as text, or in
    `fmt`. An http(s) URL is fetched through trafilatura and read as HTML. `fields` maps
    Document fields to JSON keys or CSV columns (a Fields, a mapping, or "text=content,id=uuid").
    The returned `Sources` iterator exposes `.skipped` and `.stats` while and after it runs.
    With `defer_pages`, a WARC's HTML pages come as `Page`s for the caller to finish with
    `extract_page` (where it likes: the batch runner's workers); a page without main text is
    then the caller's to count as skipped.
    Raises ValueError (before reading anything) only for an unknown `fmt` or bad `fields`.
    """
    return Sources(paths, fields=fields, fmt=fmt, defer_pages=defer_pages)
