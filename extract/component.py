"""The spaCy component: `nlp.add_pipe("cekangka")` after `pip install cekangka`.

Registered under the entry point `spacy_factories` (pyproject.toml), so any Language finds it.
It sets `doc._.claims` (the document's claims, `extract.model.Claim`) and, on every mention span
(`doc.spans["cekangka"]`), `span._.quantity` (that span's claim). Claims come from the same
`ClaimBuilder` the library and the CLI use, on `doc.text`, so offsets are the same everywhere.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.claims import ClaimBuilder

SPAN_KEY = "cekangka"

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)
if not Span.has_extension("quantity"):
    Span.set_extension("quantity", default=None)


class CekangkaComponent:
    """Adds cekangka's claims to a Doc."""

    def __init__(self, include_all: bool = False):
        self.include_all = include_all
        self._builder = ClaimBuilder()

    def __call__(self, doc: Doc) -> Doc:
        claims = self._builder(doc.text, include_all=self.include_all)
        doc._.claims = claims
        spans = []
        for claim in claims:
            span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
            if span is not None:
                span._.quantity = claim
                spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("cekangka", default_config={"include_all": False})
def make_component(nlp: Language, name: str, include_all: bool) -> CekangkaComponent:
    return CekangkaComponent(include_all=include_all)
