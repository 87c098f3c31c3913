"""The benchmark on a tiny generated corpus: structure and sane numbers (no timing targets)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from checks.bench import format_bench, iter_texts, run_bench

ARTICLES = [
    {"id": "a1", "title": "Bansos", "text": "Pemerintah menyalurkan Rp 600.000 per bulan kepada sekitar "
                                          "1,2 juta penerima pada 2020."},
    {"id": "a2", "text": "Harga cabai naik dari Rp 50.000 menjadi Rp 60.000 per kg; stok tinggal 3 ton."},
    {"id": "a3", "text": "Tidak ada angka di sini, hanya kata."},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "articles.jsonl"
    lines = [json.dumps(ARTICLES[0], ensure_ascii=False), "", "{not json", json.dumps({"id": "x"}),
             json.dumps(["a", "list"]), json.dumps({"id": "n", "text": 42})]
    lines += [json.dumps(a, ensure_ascii=False) for a in ARTICLES[1:]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def result(corpus) -> dict:
    return run_bench(str(corpus), cold=False)


def test_counts(result):
    assert result["articles"] == 3
    assert result["bad_lines"] == 4
    texts = [a["text"] for a in ARTICLES]
    assert result["chars"] == sum(len(t) for t in texts)
    assert result["bytes"] == sum(len(t.encode("utf-8")) for t in texts)
    assert result["extraction"]["quantities"] >= 5
    assert result["extraction"]["errors"] == 0
    assert result["spacy"]["articles"] == 3
    assert result["spacy"]["tokens"] > 20


def test_rates(result):
    for part in ("extraction", "spacy"):
        r = result[part]
        assert r["seconds"] > 0
        assert r["articles_per_s"] > 0 and r["mb_per_s"] > 0
    assert result["ratio"] > 0
    assert result["ratio"] == pytest.approx(result["extraction"]["mb_per_s"] / result["spacy"]["mb_per_s"])


def test_rss(result):
    rss = result["rss"]
    assert 0 < rss["start_kb"] <= rss["extraction_peak_kb"] <= rss["total_peak_kb"]


def test_targets(result):
    t = result["targets"]
    assert set(t) == {"ratio", "ratio_with_check", "rss", "cold"}
    assert t["ratio"]["target"] == 2 and t["ratio"]["pass"] == (result["ratio"] >= 2)
    # the checker's time comes on top of extraction's, on the same articles
    assert result["ratio_with_check"] <= result["ratio"]
    assert t["ratio_with_check"]["pass"] == (result["ratio_with_check"] >= 2)
    ext = result["extraction"]
    assert ext["with_check"]["seconds"] >= ext["seconds"]
    from checks.registry import run_checks
    from extract import extract_claims

    texts = [a["text"] for a in ARTICLES]
    assert ext["findings"] == sum(len(run_checks(t, extract_claims(t))[0]) for t in texts) >= 1
    assert t["rss"]["target"] == 300 and isinstance(t["rss"]["pass"], bool)
    assert result["cold"] is None and t["cold"]["pass"] is None


def test_format_text(result):
    text = format_bench(result, "text")
    assert "3 articles" in text and "4 bad lines" in text
    assert "throughput ratio" in text and "peak RSS" in text and "cold" in text
    assert "extraction + check" in text and "ratio with the checker" in text
    assert ("PASS" in text) or ("FAIL" in text)
    assert "target >= 2x" in text and "target <= 300 MB" in text


def test_format_json(result):
    back = json.loads(format_bench(result, "json"))
    assert back["articles"] == 3 and back["ratio"] == pytest.approx(result["ratio"])
    with pytest.raises(ValueError):
        format_bench(result, "xml")


def test_limit(corpus):
    counts: dict = {}
    assert [i for i, _ in iter_texts(str(corpus), 2, counts)] == ["a1", "a2"]
    r = run_bench(str(corpus), limit=1, cold=False)
    assert r["articles"] == 1 and r["spacy"]["articles"] == 1


def test_progress_only_on_a_terminal(corpus):
    quiet = io.StringIO()
    run_bench(str(corpus), limit=1, progress=quiet, cold=False)
    assert quiet.getvalue() == ""


def test_missing_file(tmp_path):
    with pytest.raises(OSError):
        run_bench(str(tmp_path / "missing.jsonl"), cold=False)


def test_progress_on_a_terminal(corpus, monkeypatch):
    monkeypatch.setattr("checks.bench.PROGRESS_EVERY", 1)

    class Tty(io.StringIO):
        def isatty(self):
            return True

    tty = Tty()
    run_bench(str(corpus), progress=tty, cold=False)
    assert "extract: 3 articles" in tty.getvalue() and "spaCy" in tty.getvalue()


def test_extraction_errors_are_counted(corpus, monkeypatch):
    def boom(text):
        if "cabai" in text:
            raise ValueError("bad")
        return []

    monkeypatch.setattr("extract.extract_claims", boom)
    r = run_bench(str(corpus), cold=False)
    assert r["articles"] == 3 and r["extraction"]["errors"] == 1
    assert r["extraction"]["error_kinds"] == {"ValueError: bad": 1}
    assert r["extraction"]["error_examples"] == [{"id": "a2", "error": "ValueError: bad"}]
    assert "raised on 1 articles" in format_bench(r, "text")


def test_e2e_bench_structure(corpus):
    from checks.bench import format_e2e_bench, run_e2e_bench

    r = run_e2e_bench(str(corpus), copies=2, rounds=3)
    assert r["runs"][1]["articles"] == r["runs"][2]["articles"] >= 3  # records, unreadable ones included
    assert r["grown"]["articles"] == 2 * r["runs"][1]["articles"]
    assert set(r["targets"]) == {"ratio_per_worker", "rss_per_worker", "rss_growth"}
    text = format_e2e_bench(r)
    assert "spaCy blank(id) tokenizer" in text and "(median of 3 rounds)" in text
    # the verdict is the median round's ratio, and the figures shown are that round's
    ratios = [x["ratio"] for x in r["rounds"]]
    middle = r["rounds"][ratios.index(sorted(ratios)[1])]
    assert r["targets"]["ratio_per_worker"]["value"] == middle["ratio"]
    assert (r["runs"][1]["seconds"], r["spacy"]["seconds"]) == (middle["seconds"], middle["spacy_seconds"])
    assert middle["ratio"] == pytest.approx(middle["spacy_seconds"] / middle["seconds"])
    with pytest.raises(ValueError, match="rounds"):
        run_e2e_bench(str(corpus), rounds=0)


def test_the_e2e_comparison_reads_what_the_batch_reads(tmp_path):
    """The batch checks a record's title as its headline; the e2e bench measures both sides on
    that same text (title, blank line, text), not on the text alone."""
    from checks.bench import iter_texts

    path = tmp_path / "t.jsonl"
    recs = [{"id": "a", "title": "Bansos Rp 1,6 Triliun", "text": "Pemerintah menyalurkan bansos."},
            {"id": "b", "title": "Sama", "text": "Sama\n\nTeks yang dibuka judulnya."},
            {"id": "c", "text": "Tanpa judul."}]
    path.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    assert [t for _, t in iter_texts(str(path), None, {})] == [r["text"] for r in recs]
    assert [t for _, t in iter_texts(str(path), None, {}, headlines=True)] == [
        "Bansos Rp 1,6 Triliun\n\nPemerintah menyalurkan bansos.", recs[1]["text"], "Tanpa judul."]
