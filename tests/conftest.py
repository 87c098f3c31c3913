"""Shared test helpers: the corpus tables as parameters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = ROOT / "seeds" / "000_18452ab9b31ccb8f.txt"


def load_jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:  # a broken table is a test failure, not a skip
                raise AssertionError(f"{path.name}:{n}: {e}") from e
    return rows


def phrase_params() -> list:
    params = []
    for path in sorted((CORPUS / "phrases").glob("*.jsonl")):
        for row in load_jsonl(path):
            marks = []
            if row.get("xfail"):
                marks.append(pytest.mark.xfail(strict=True, reason=row["xfail"]))
            params.append(pytest.param(row, id=f"{path.stem}:{row['text']}", marks=marks))
    return params
