"""The data contract of cekangka: pydantic models shared by the whole project.

Every model is frozen and round-trips through JSON exactly: Decimal values are written as
decimal strings, never floats. These models are the single definition of the output contract;
`cekangka schema` publishes their JSON Schema.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

# Exact numbers travel as decimal strings ("1600000000000", "0.5") so no reader turns them into
# floats by accident. Parsing accepts strings, ints and Decimals (never floats, by strict mode).
Exact = Annotated[
    Decimal,
    PlainSerializer(lambda d: format(d, "f"), return_type=str, when_used="json"),
    Field(json_schema_extra={"type": "string", "pattern": r"^-?\d+(\.\d+)?$"}),
]

QuantityKind = Literal["money", "count", "percent", "measure", "ratio"]
OtherKind = Literal["date", "year", "time", "ordinal", "identifier", "score"]
Hedge = Literal["none", "approx", "almost", "over", "under", "at_least", "at_most"]

QUANTITY_KINDS: tuple[str, ...] = QuantityKind.__args__  # type: ignore[attr-defined]
OTHER_KINDS: tuple[str, ...] = OtherKind.__args__  # type: ignore[attr-defined]
HEDGES: tuple[str, ...] = Hedge.__args__  # type: ignore[attr-defined]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    @classmethod
    def trusted(cls, **fields: Any) -> Self:
        """An instance built without validation, for values the code itself made and that are
        already of the field types (a Decimal for `Exact`, a tuple for a tuple, a model for a
        model): the extractor's mentions and the checker's coverage, 100,000s of them per
        archive, at under half the cost of `cls(**fields)`. Anything read from outside (JSON,
        user input) goes through `cls(**fields)` or `model_validate`; tests re-validate what
        `trusted` builds (tests/test_claims.py)."""
        return cls.trusted_from(fields)

    @classmethod
    def trusted_from(cls, fields: dict[str, Any]) -> Self:
        """`trusted` with the fields given as a dict: callers that build them as one (the
        extractor's mentions) spare their copy into keyword arguments and back."""
        cached = _TEMPLATES.get(cls)
        if cached is None:  # every field in field order, with its default or _REQUIRED
            template = {name: _REQUIRED if f.is_required() else f.default
                        for name, f in cls.model_fields.items()}
            required = frozenset(name for name, v in template.items() if v is _REQUIRED)
            cached = _TEMPLATES[cls] = (template, required)
        template, required = cached
        values = {**template, **fields}
        if len(values) != len(template) or not fields.keys() >= required:
            raise TypeError(f"{cls.__name__}.trusted: unknown or missing fields "
                            f"{sorted(set(values) ^ set(template) | {k for k, v in values.items() if v is _REQUIRED})}")
        obj = _new(cls)
        _set(obj, "__dict__", values)
        _set(obj, "__pydantic_fields_set__", set(fields))
        _set(obj, "__pydantic_extra__", None)
        _set(obj, "__pydantic_private__", None)
        return obj


# per class: {field: default or _REQUIRED} in field order, and the names of the required fields
_TEMPLATES: dict[type, tuple[dict[str, Any], frozenset[str]]] = {}
_REQUIRED = object()
_new = object.__new__
_set = object.__setattr__


class Numeral(Frozen):
    """A number as written: exact value, the place value of its last written digit, its span."""

    start: int
    end: int
    text: str
    value: Exact | None = Field(None, description="null only when `fraction` holds the value")
    fraction: str | None = Field(None, description="'n/d' for values with no finite decimal: 2/3")
    precision: Exact | None = Field(
        None,
        description="place value of the last written digit, in the units of `value`: "
        "'1,2 juta' -> 100000, '60.000' -> 1, '18 juta' -> 1000000",
    )
    words: bool = Field(False, description="written in words ('dua puluh') rather than digits")
    scale: Exact | None = Field(None, description="the scale word's multiplier, if one was read")
    flags: tuple[str, ...] = ()


class Quantity(Frozen):
    """One numeric mention: a value or bounds with unit, hedge and rate, and its span.

    `text[start:end]` (code-point offsets into the text as read) is the whole mention, hedge
    words, currency, scale and counted noun included.
    """

    doc: str | None = None
    id: str
    start: int
    end: int
    text: str
    kind: QuantityKind | OtherKind
    value: Exact | None = Field(None, description="the stated number; null for ranges and vague counts")
    fraction: str | None = Field(
        None, description="the exact value as 'n/d' when it has no finite decimal ('dua pertiga')"
    )
    low: Exact | None = Field(None, description="stated lower bound (ranges, vague counts)")
    high: Exact | None = Field(None, description="stated upper bound (ranges, vague counts)")
    unit: str | None = Field(
        None,
        description="ISO 4217 code for money; 'percent' or 'percentage_point'; 'person' or "
        "'count:<noun>' for counts; the canonical unit name for measures",
    )
    hedge: Hedge = "none"
    per: str | None = Field(None, description="unit of the rate's denominator ('day', 'person')")
    precision: Exact | None = Field(
        None,
        description="place value of the last written digit in the units of value (for ranges "
        "the coarser of the two bounds): '1,2 juta' -> 100000",
    )
    vague: bool = Field(False, description="a vague magnitude ('puluhan', 'ratusan ribu')")
    flags: tuple[str, ...] = Field(
        (), description="marks such as english_decimal, doubled_scale, malformed_grouping"
    )
    rules: tuple[str, ...] = Field((), description="names of the rules that built this mention")

    @property
    def is_quantity(self) -> bool:
        return self.kind in QUANTITY_KINDS


class Document(Frozen):
    """One article as read from a source; offsets everywhere refer to `text`."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    origin: str | None = Field(None, description="where it came from: file, line or record")


class InputError(Frozen):
    """Input that could not be read, with the reason; reported instead of crashing."""

    doc: str | None = None
    origin: str | None = None
    error: str = Field(description="short machine-readable reason: binary, encoding, empty, ...")
    detail: str = ""




class TextSpan(Frozen):
    start: int
    end: int


class Claim(Quantity):
    """A quantity with its context: the sentence, what it counts, and the role cues around it.

    The claim fields are filled for quantities; dates, years and other non-quantities (with
    `--all`) carry their sentence only.
    """

    sentence: TextSpan | None = Field(None, description="the sentence holding the mention")
    subject: str | None = Field(None, description="what is counted or measured, as written")
    subject_start: int | None = None
    subject_end: int | None = None
    predicate: str | None = Field(None, description="the verb or phrase tying subject and number")
    cues: tuple[str, ...] = Field((), description="role cues: part_of, per_unit, total, change, share")
    time: str | None = Field(None, description="the time anchor the sentence gives")


class ClaimSet(Frozen):
    """What `cekangka extract` returns for one document."""

    doc: str
    claims: list[Claim]
