"""The `cekangka` command as a shell: formats, --all, stdin, schema, exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from checks.cli import main
from extract.model import OTHER_KINDS, QUANTITY_KINDS, Claim, Quantity

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_18452ab9b31ccb8f.txt"
FIELDS = ("doc", "id", "start", "end", "text", "kind", "value", "low", "high", "unit", "hedge", "per",
          "precision")


def seed_text() -> str:
    # what the extractor reads: bytes decoded as UTF-8 (BOM dropped), newlines untouched
    return SEED.read_bytes().decode("utf-8-sig")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_seed_is_in_repo():
    assert SEED.is_file(), SEED


def test_extract_jsonl(capsys):
    rc, out, err = run(capsys, "extract", "--format", "jsonl", str(SEED))
    assert rc == 0, err
    rows = jsonl(out)
    assert rows
    text = seed_text()
    for r in rows:
        for f in FIELDS:
            assert f in r, (f, r)
        assert r["doc"] == SEED.stem
        assert text[r["start"]:r["end"]] == r["text"], r
        assert r["kind"] in QUANTITY_KINDS
        for f in ("value", "low", "high", "precision"):
            assert r[f] is None or isinstance(r[f], str), (f, r)  # exact decimals travel as strings
        Claim.model_validate_json(json.dumps(r))  # every line is a valid Claim
    ids = [r["id"] for r in rows]
    assert ids == [f"q{i}" for i in range(1, len(rows) + 1)]
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)
    assert any(r["kind"] == "money" and r["unit"] == "IDR" for r in rows)
    assert any(r["kind"] == "count" and r["unit"] == "person" for r in rows)


def test_extract_all_adds_other_kinds(capsys):
    _, out, _ = run(capsys, "extract", "--format", "jsonl", str(SEED))
    rc, out_all, err = run(capsys, "extract", "--all", "--format", "jsonl", str(SEED))
    assert rc == 0, err
    plain, every = jsonl(out), jsonl(out_all)
    kinds = {r["kind"] for r in every}
    assert {"date", "time", "ordinal"} <= kinds
    assert kinds <= set(QUANTITY_KINDS) | set(OTHER_KINDS)
    assert not {r["kind"] for r in plain} & set(OTHER_KINDS)
    # the quantities are the same mentions with the same ids either way
    assert [r for r in every if r["kind"] in QUANTITY_KINDS] == plain
    assert all(r["id"].startswith("n") for r in every if r["kind"] in OTHER_KINDS)
    text = seed_text()
    assert all(text[r["start"]:r["end"]] == r["text"] for r in every)


def test_extract_stdin(monkeypatch, capsys):
    class Stdin:
        buffer = io.BytesIO("Sekitar 60.000 peserta menerima Rp 600.000 per bulan.\n".encode())

    monkeypatch.setattr("sys.stdin", Stdin())
    rc, out, err = run(capsys, "extract", "--format", "jsonl")
    assert rc == 0, err
    rows = jsonl(out)
    assert {r["doc"] for r in rows} == {"-"}
    assert [(r["kind"], r["value"]) for r in rows] == [("count", "60000"), ("money", "600000")]
    assert rows[0]["hedge"] == "approx"
    assert rows[1]["per"] == "month"


def test_extract_stdin_dash(monkeypatch, capsys):
    class Stdin:
        buffer = io.BytesIO(SEED.read_bytes())

    monkeypatch.setattr("sys.stdin", Stdin())
    rc, out, _ = run(capsys, "extract", "--format", "jsonl", "-")
    assert rc == 0
    _, from_file, _ = run(capsys, "extract", "--format", "jsonl", str(SEED))
    strip = [{k: v for k, v in r.items() if k != "doc"} for r in jsonl(out)]
    assert strip == [{k: v for k, v in r.items() if k != "doc"} for r in jsonl(from_file)]


def test_extract_json(capsys):
    rc, out, err = run(capsys, "extract", "--format", "json", str(SEED))
    assert rc == 0, err
    data = json.loads(out)
    assert data["doc"] == SEED.stem
    assert data["claims"]
    _, out_l, _ = run(capsys, "extract", "--format", "jsonl", str(SEED))
    assert data["claims"] == jsonl(out_l)


def test_extract_json_two_files(tmp_path, capsys):
    a = tmp_path / "a.txt"
    a.write_text("Harga naik 5 persen.", encoding="utf-8")
    rc, out, _ = run(capsys, "extract", "--format", "json", str(SEED), str(a))
    assert rc == 0
    data = json.loads(out)
    assert isinstance(data, list) and [d["doc"] for d in data] == [SEED.stem, "a"]
    assert data[1]["claims"][0]["unit"] == "percent"


def test_extract_text_table(capsys):
    rc, out, err = run(capsys, "extract", "--format", "text", str(SEED))
    assert rc == 0, err
    _, out_l, _ = run(capsys, "extract", "--format", "jsonl", str(SEED))
    rows = jsonl(out_l)
    lines = out.splitlines()
    assert lines[0].startswith(f"# {SEED.stem}:") and f"{len(rows)} mentions" in lines[0]
    assert len(lines) == len(rows) + 1
    for line, r in zip(lines[1:], rows):
        assert line.split()[0] == r["id"]
        assert f"{r['start']}-{r['end']}" in line.replace(" ", "")
        assert r["kind"] in line
        assert json.dumps(r["text"], ensure_ascii=False) in line
    # the default format is the table
    rc, out_default, _ = run(capsys, "extract", str(SEED))
    assert out_default == out


def test_schema(capsys):
    rc, out, _ = run(capsys, "schema")
    assert rc == 0
    schema = json.loads(out)
    props = schema["quantity"]["properties"]
    assert set(Quantity.model_fields) <= set(props)
    assert props["value"]["anyOf"][0]["type"] == "string"  # exact numbers are strings
    assert set(Claim.model_fields) <= set(schema["claim"]["properties"])
    assert "document" in schema
    rc, out, _ = run(capsys, "schema", "--model", "quantity")
    assert rc == 0 and set(Quantity.model_fields) <= set(json.loads(out)["properties"])


@pytest.mark.parametrize("argv", [
    [],
    ["nonsense"],
    ["extract", "--format", "xml", "x.txt"],
    ["extract", "--bogus"],
    ["schema", "--model", "nope"],
    ["bench"],
    ["conformance"],
])
def test_usage_error_exit_2(argv, capsys):
    rc, out, err = run(capsys, *argv)
    assert rc == 2
    assert out == ""
    assert "usage" in err.lower()


def test_help_exit_0(capsys):
    rc, out, _ = run(capsys, "--help")
    assert rc == 0 and "extract" in out


def test_missing_file_exit_2(tmp_path, capsys):
    rc, out, err = run(capsys, "extract", str(tmp_path / "nope.txt"))
    assert rc == 2
    assert "unreadable" in err and out == ""


def test_bench_conformance_missing_file_exit_2(tmp_path, capsys):
    for cmd in ("bench", "conformance"):
        rc, out, err = run(capsys, cmd, str(tmp_path / "nope.jsonl"))
        assert rc == 2 and out == "" and "nope.jsonl" in err


def test_extract_reads_a_records_title_as_check_does(tmp_path, capsys):
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "a1", "title": "Bansos Rp 1,6 Triliun Cair",
                               "text": "Pemerintah mencairkan bansos Rp 1,6 triliun."}) + "\n", encoding="utf-8")
    assert main(["extract", "--format", "jsonl", str(src)]) == 0
    claims = [json.loads(line) for line in capsys.readouterr().out.splitlines()]  # a claim a line
    assert [c["text"] for c in claims] == ["Rp 1,6 Triliun", "Rp 1,6 triliun"]
    assert main(["check", "--format", "jsonl", str(src)]) == 0
    assert [c["text"] for c in json.loads(capsys.readouterr().out)["claims"]] == [c["text"] for c in claims]
