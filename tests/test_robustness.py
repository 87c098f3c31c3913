"""Robustness: the extractor never raises, keeps its offsets honest and stays linear in time;
unreadable inputs become clear InputErrors and exit code 2 without losing the good files."""

from __future__ import annotations

import io
import json
import random
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checks.cli import main
from extract.model import InputError
from extract.quantities import extract_quantities
from extract.sources import read_text_paths

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NUMBERISH = "0123456789.,-–/ %Rpjutaribu"
TOKENS = [
    "Rp", "Rp.", "Rp1,6", "1,2", "1.600.000", "60.000", "2.5", "3M", "100K", "juta", "ribu", "miliar",
    "triliun", "jt", "sekitar", "hampir", "lebih", "dari", "kurang", "hingga", "sampai", "antara", "dan",
    "-", "–", "/", "persen", "%", "orang", "peserta", "per", "hari", "setiap", "bulan", "ke-", "ke", "7",
    "pukul", "10.00", "WIB", "(15/9/2020)", "2020", "1990-an", "dua", "puluh", "ratus", "seratus",
    "setengah", "koma", "lima", "puluhan", "ratusan", "beberapa", "dolar", "AS", "US$", "kg", "ton",
    "minus", "negatif", "pertama", "ketiga", "nomor", "No.", "skor", "2-1", ",", ".", "\n", "(", ")",
    "Tbk.", "sebesar", "sebanyak", "0812-3456-7890", "x", "4x4", "19A", "5G",
]


def _check_spans(text: str, qs) -> None:
    for q in qs:
        assert 0 <= q.start < q.end <= len(text), q
        assert text[q.start:q.end] == q.text, q


def _extract_both(text: str) -> None:
    for include_all in (False, True):
        qs = extract_quantities(text, include_all=include_all)
        _check_spans(text, qs)


# --- never raises, spans point at the text --------------------------------------------------
@SETTINGS
@given(st.text())
def test_arbitrary_text(text):
    _extract_both(text)


@SETTINGS
@given(st.text(alphabet=NUMBERISH, max_size=200))
def test_numberish_text(text):
    _extract_both(text)


@SETTINGS
@given(st.lists(st.sampled_from(TOKENS), max_size=40),
       st.lists(st.sampled_from([" ", "", "  ", "\n", "\u00a0"]), min_size=40, max_size=40))
@example(tokens=["pukul", "10.00", "WIB"], seps=[" ", ""] + [" "] * 38)
def test_token_soup(tokens, seps):
    text = "".join(t + s for t, s in zip(tokens, seps))
    _extract_both(text)


@SETTINGS
@given(st.text(alphabet=st.characters(categories=["Nd", "P", "Zs", "Sc", "Lu"]), max_size=200))
def test_digits_punctuation_symbols(text):
    _extract_both(text)


# once a crash: a clock time glued to its zone raised ValueError (int("00WIB"))
@pytest.mark.parametrize("text", ["pukul 10.00WIB", "jam 19.51WIB tadi", "pukul 16.00GMT", "pukul 9WIB"])
def test_glued_time_zone(text):
    _extract_both(text)


@pytest.mark.parametrize("text", ["lahan seluas 5 Ha", "10 Ha sawah terendam", "seluas 1,5 Ha."])
def test_capitalised_hectare(text):
    _extract_both(text)


# --- time grows linearly with input ----------------------------------------------------------
def _best_time(text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        qs = extract_quantities(text, include_all=True)
        best = min(best, time.perf_counter() - t0)
        _check_spans(text, qs)
    return best


# Known bug, shared by the linearity tests below.

def _ratio(make, small: int, large: int) -> float:
    return _best_time(make(large)) / max(_best_time(make(small)), 1e-6)


def test_absurd_numeral_bounded():
    text = "9" * 100_000
    t0 = time.perf_counter()
    qs = extract_quantities(text, include_all=True)
    assert time.perf_counter() - t0 < 30  # generous: the ratio test below is the real check
    _check_spans(text, qs)
    for q in extract_quantities(text):  # no quantity carries a 100,000-digit value
        assert q.value is None or len(format(q.value, "f")) <= 60


def test_absurd_numeral_linear():
    assert _ratio(lambda n: "9" * n, 50_000, 200_000) < 10


CHAINS = {
    "dash": lambda n: "-".join(str(i) for i in range(1, n + 1)),  # 1-2-3-…
    "hingga": lambda n: " hingga ".join(str(i) for i in range(1, n + 1)),  # 1 hingga 2 hingga 3 …
}


@pytest.mark.parametrize("chain", sorted(CHAINS))
def test_chain_finishes(chain):
    text = CHAINS[chain](10_000)
    for include_all in (False, True):
        qs = extract_quantities(text, include_all=include_all)
        _check_spans(text, qs)
        assert [q.start for q in qs] == sorted(q.start for q in qs)
        assert all(a.end <= b.start for a, b in zip(qs, qs[1:]))  # mentions never overlap


@pytest.mark.parametrize("chain", sorted(CHAINS))
def test_chain_linear(chain):
    # 8x the input should cost about 8x the time (measured: ~21x for dash, ~29x for hingga)
    assert _ratio(CHAINS[chain], 1_250, 10_000) < 16


@pytest.mark.parametrize("unit,small,large", [
    ("ada 5 rumah, ", 1_250, 10_000),
    ("tiga dan ", 1_250, 10_000),
    ("nomor 5, ", 2_500, 20_000),
])
def test_many_mentions_linear(unit, small, large):
    # 8x the mentions should cost about 8x the time; quadratic scanning costs up to 64x
    assert _ratio(lambda n: unit * n, small, large) < 16


def test_five_megabyte_line():
    rng = random.Random(7)
    parts = []
    size = 0
    templates = [
        "Pemerintah menyalurkan Rp {a},{b} triliun kepada sekitar {c}.{d:03d} penerima, ",
        "naik {a},{b} persen dari {c} juta orang pada {y}; ",
        "harga cabai Rp{c}.{d:03d} per kg hingga Rp{e}.{d:03d}/kg, ",
        "lebih dari {c} ribu warga di {a} kecamatan mengungsi pukul {h}.{m:02d} WIB, ",
        "dua puluh tiga ribu lima ratus peserta, ke-{a}, nomor {c}, ",
        # prose without numbers, so the line is about as dense in numbers as news text
        "Menurut keterangan pejabat setempat, kegiatan tersebut berlangsung dengan lancar dan tertib. ",
        "Warga berharap pemerintah daerah segera memperbaiki jalan yang rusak menjelang musim hujan. ",
        "Ia menambahkan bahwa koordinasi antarlembaga terus dilakukan agar bantuan tepat sasaran. ",
        "Sementara itu, pihak kepolisian masih menyelidiki penyebab kejadian tersebut. ",
        "Para pedagang mengaku pembeli mulai ramai sejak pagi hari. ",
    ]
    while size < 5_000_000:
        t = rng.choice(templates).format(a=rng.randint(1, 99), b=rng.randint(0, 9), c=rng.randint(1, 999),
                                         d=rng.randint(0, 999), e=rng.randint(1000, 2000),
                                         y=rng.randint(1990, 2024), h=rng.randint(0, 23), m=rng.randint(0, 59))
        parts.append(t)
        size += len(t)
    text = "".join(parts)
    assert "\n" not in text and len(text) >= 5_000_000
    qs = extract_quantities(text)
    assert len(qs) > 5_000
    _check_spans(text, qs)


# --- unreadable inputs -----------------------------------------------------------------------
@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "good.txt"
    good.write_text("Sebanyak 1,2 juta peserta menerima Rp 600.000 per bulan.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\t\n")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Harga naik 5 persen, kata Andr\u00e9.".encode("latin-1"))
    nodir = tmp_path / "no_txt_here"
    nodir.mkdir()
    (nodir / "notes.md").write_text("12 orang", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    return {"good": good, "empty": empty, "blank": blank, "binary": binary, "encoding": latin,
            "dir": nodir, "missing": missing}


@pytest.mark.parametrize("name,error", [
    ("empty", "empty"), ("blank", "empty"), ("binary", "binary"), ("encoding", "encoding"),
    ("dir", "empty"), ("missing", "unreadable"),
])
def test_bad_source_is_input_error(inputs, name, error):
    items = list(read_text_paths([str(inputs[name])]))
    assert len(items) == 1
    item = items[0]
    assert isinstance(item, InputError), item
    assert item.error == error
    assert item.origin and str(inputs[name]) in item.origin
    assert item.detail


def test_good_and_bad_sources_together(inputs):
    order = ["good", "empty", "binary", "encoding", "dir", "missing"]
    items = list(read_text_paths([str(inputs[k]) for k in order]))
    assert [getattr(i, "error", None) for i in items] == [None, "empty", "binary", "encoding", "empty",
                                                          "unreadable"]
    assert "1,2 juta" in items[0].text


@pytest.mark.parametrize("name", ["empty", "blank", "binary", "encoding", "dir", "missing"])
def test_cli_exit_2_keeps_good_output(inputs, name, capsys):
    rc = main(["extract", "--format", "jsonl", str(inputs["good"]), str(inputs[name])])
    out, err = capsys.readouterr()
    assert rc == 2
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and {r["doc"] for r in rows} == {"good"}
    assert any(r["kind"] == "money" and r["value"] == "600000" for r in rows)
    assert str(inputs[name]) in err


def test_cli_exit_2_bad_file_first(inputs, capsys):
    rc = main(["extract", "--format", "jsonl", str(inputs["binary"]), str(inputs["good"])])
    out, err = capsys.readouterr()
    assert rc == 2
    assert {json.loads(line)["doc"] for line in out.splitlines()} == {"good"}
    assert "binary" in err


def test_cli_stdin_binary(monkeypatch, capsys):
    class Stdin:
        buffer = io.BytesIO(b"\x00\x01\x02 12 orang")

    monkeypatch.setattr("sys.stdin", Stdin())
    rc = main(["extract", "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert rc == 2 and out == "" and "binary" in err
