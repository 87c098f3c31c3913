"""The extraction pipeline as one call: sources -> documents -> claims, errors kept."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from extract.claims import build_claims
from extract.model import ClaimSet, Document, InputError
from extract.sources import headline_text, read_sources


@dataclass(frozen=True)
class Item:
    """One input's outcome: its claims with the text they index (title, blank line, text), or
    the reason it could not be read."""

    claims: ClaimSet | None = None
    text: str = ""
    error: InputError | None = None


def extract_document(doc: Document, include_all: bool = False) -> ClaimSet:
    """The claims of a document read as `cekangka check` reads it: its title as the headline, a
    blank line, then its text (`headline_text`; offsets index that text)."""
    return ClaimSet(doc=doc.id, claims=build_claims(headline_text(doc)[0], doc.id, include_all))


def extract_paths(paths: list[str], include_all: bool = False, fields=None,
                  fmt: str | None = None) -> Iterator[Item]:
    """Claims of every document the sources hold (text, HTML, JSONL, CSV, WARC; .gz/.zst)."""
    for d in read_sources(paths, fields=fields, fmt=fmt):
        if isinstance(d, InputError):
            yield Item(error=d)
        else:
            yield Item(claims=extract_document(d, include_all), text=headline_text(d)[0])
