"""The extraction pipeline as one call: sources -> documents -> quantities, errors kept."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from extract.model import Document, Extraction, InputError
from extract.quantities import extract_quantities
from extract.sources import read_text_paths


@dataclass(frozen=True)
class Item:
    """One input's outcome: an extraction with its text, or the reason it could not be read."""

    extraction: Extraction | None = None
    text: str = ""
    error: InputError | None = None


def extract_document(doc: Document, include_all: bool = False) -> Extraction:
    return Extraction(doc=doc.id, quantities=extract_quantities(doc.text, doc.id, include_all))


def extract_paths(paths: list[str], include_all: bool = False) -> Iterator[Item]:
    for d in read_text_paths(paths):
        if isinstance(d, InputError):
            yield Item(error=d)
        else:
            yield Item(extraction=extract_document(d, include_all), text=d.text)
