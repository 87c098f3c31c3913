"""Document sources: read input into `Document`s, or say clearly why a record can't be read.

Readers stream: one document at a time, never a whole archive in memory.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

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
