"""Document readers: every format streams Documents, bad records become InputErrors with a
file:line (or file:record) origin, and the run goes on. Offline: all inputs are made here."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.model import Document, InputError
from extract.sources import Fields, detect_format, read_sources, read_text_paths

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="id"><head>
<meta charset="utf-8">
<title>Banjir Rendam 60.000 Rumah di Jakarta</title>
<meta property="article:published_time" content="2024-01-15T10:00:00+07:00">
<style>.angka { color: red } body::before { content: "STYLELEAK 777" }</style>
<script>var hitungan = "SCRIPTLEAK 424242"; console.log(hitungan);</script>
</head><body>
<nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>
<article>
<h1>Banjir Rendam 60.000 Rumah di Jakarta</h1>
<p>Sebanyak 1.200 warga mengungsi akibat banjir yang melanda Jakarta pada Senin (15/1/2024).
Kerugian ditaksir mencapai Rp 1,6 triliun menurut perhitungan pemerintah daerah.</p>
<script>document.write("SCRIPTLEAK 999");</script>
<p>Menurut BPBD, sekitar 60.000 rumah terendam dengan ketinggian air hingga 1,5 meter.
Sebanyak 12 orang dilaporkan meninggal dunia dan hampir 3.000 orang luka-luka.</p>
<p>Pemerintah menyiapkan dana darurat sebesar Rp 500 miliar untuk membantu para korban banjir
di 25 kelurahan yang terdampak paling parah.</p>
</article>
<footer>Hak cipta 2024</footer>
</body></html>
"""


def _split(items):
    items = list(items)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    return docs, errors


def _jsonl_bytes(records: list) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records)


MIXED = [
    {"id": "a", "title": "Satu", "text": "Sebanyak 1.200 warga mengungsi.", "date": "2024-01-15",
     "url": "https://berita.example/a"},
    b'{"id": "bad", "text": "unterminated',
    {"id": "c", "title": "Tanpa teks"},
    b"",
    {"id": "d", "text": "   "},
    {"text": "Kerugian Rp 1,6 triliun."},
    b"[1, 2, 3]",
    b'{"id": "e", "text": "caf\xe9 rusak"}',
    {"id": 7, "text": "Ada 60.000 rumah terendam.", "date": 20240115},
]


def _check_mixed(items, label: str) -> None:
    docs, errors = _split(items)
    assert [d.id for d in docs] == ["a", "x:6", "7"]
    a = docs[0]
    assert (a.title, a.date, a.url, a.origin) == ("Satu", "2024-01-15", "https://berita.example/a", f"{label}:1")
    assert docs[1].origin == f"{label}:6"
    assert docs[2].date == "20240115"
    assert [(e.origin, e.error) for e in errors] == [
        (f"{label}:2", "json"),
        (f"{label}:3", "missing_text"),
        (f"{label}:5", "empty"),
        (f"{label}:7", "json"),
        (f"{label}:8", "encoding"),
    ]
    assert errors[1].doc == "c"


# --- JSON Lines ------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", ["", ".gz", ".zst"])
def test_jsonl_plain_gzip_zstd(tmp_path, suffix):
    data = _jsonl_bytes(MIXED)
    if suffix == ".gz":
        data = gzip.compress(data)
    elif suffix == ".zst":
        zstandard = pytest.importorskip("zstandard")
        data = zstandard.ZstdCompressor().compress(data)
    path = tmp_path / f"x.jsonl{suffix}"
    path.write_bytes(data)
    src = read_sources([str(path)])
    items = list(src)
    _check_mixed(items, str(path))
    assert src.stats.documents == 3 and src.stats.errors == 5
    assert src.skipped == {"blank_line": 1}


def test_jsonl_custom_fields(tmp_path):
    path = tmp_path / "berita.ndjson"
    path.write_bytes(_jsonl_bytes([
        {"uuid": "u1", "judul": "Judul", "isi": "Ada 5 orang.", "meta": {"tanggal": "2024-02-01"}},
        {"uuid": "u2", "text": "not the text field"},
    ]))
    for fields in ({"id": "uuid", "title": "judul", "text": "isi", "date": "meta.tanggal"},
                   "id=uuid,title=judul,text=isi,date=meta.tanggal"):
        docs, errors = _split(read_sources([str(path)], fields=fields))
        assert [(d.id, d.title, d.text, d.date) for d in docs] == [("u1", "Judul", "Ada 5 orang.", "2024-02-01")]
        assert [(e.doc, e.error, e.origin) for e in errors] == [("u2", "missing_text", f"{path}:2")]


def test_fields_validation():
    with pytest.raises(ValueError):
        Fields.of({"body": "isi"})
    with pytest.raises(ValueError):
        Fields.parse("text")
    with pytest.raises(ValueError):
        read_sources(["x"], fmt="pdf")


def test_json_array_is_one_error(tmp_path):
    path = tmp_path / "arr.json"
    path.write_text('[\n  {"id": "a", "text": "x"},\n  {"id": "b", "text": "y"}\n]\n')
    docs, errors = _split(read_sources([str(path)]))
    assert docs == [] and [e.error for e in errors] == ["format"]


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_truncated_gzip_good_records_then_one_error(tmp_path, cut):
    records = [{"id": f"r{i}", "text": f"Sebanyak {i}.000 orang hadir. " * 20} for i in range(200)]
    data = gzip.compress(_jsonl_bytes(records))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: int(len(data) * cut)])
    items = list(read_sources([str(path)]))
    docs, errors = _split(items)
    assert len(errors) == 1 and items[-1] is errors[0]
    assert errors[0].error == "truncated"
    assert 0 < len(docs) < 200
    assert [d.id for d in docs] == [f"r{i}" for i in range(len(docs))]
    assert all(d.text == records[i]["text"] for i, d in enumerate(docs))
    assert errors[0].origin == f"{path}:{len(docs) + 1}"


def test_truncated_zstd_good_records_then_one_error(tmp_path):
    zstandard = pytest.importorskip("zstandard")
    records = [{"id": f"r{i}", "text": f"Ada {i} kasus baru hari ini. " * 40} for i in range(300)]
    data = zstandard.ZstdCompressor().compress(_jsonl_bytes(records))
    path = tmp_path / "cut.jsonl.zst"
    path.write_bytes(data[: len(data) * 3 // 4])
    items = list(read_sources([str(path)]))
    docs, errors = _split(items)
    assert [e.error for e in errors] == ["truncated"] and items[-1] is errors[0]
    assert [d.id for d in docs] == [f"r{i}" for i in range(len(docs))]


def test_corrupt_gzip_is_an_error(tmp_path):
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(b"\x1f\x8b" + b"not really gzip" * 10)
    items = list(read_sources([str(path)]))
    assert [type(i) for i in items] == [InputError]
    assert items[0].error in ("corrupt", "truncated")


def test_truncated_gzip_text_file(tmp_path):
    data = gzip.compress(("Sebanyak 1.200 warga mengungsi. " * 2000).encode())
    path = tmp_path / "a.txt.gz"
    path.write_bytes(data[: len(data) // 2])
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress("Ada 5 orang.".encode()))
    items = list(read_sources([str(path), str(tmp_path / "b.txt.gz")]))
    assert [type(i) for i in items] == [InputError, Document]
    assert items[0].error == "truncated"
    assert (items[1].id, items[1].text) == ("b", "Ada 5 orang.")


# --- CSV -------------------------------------------------------------------------------------

def test_csv_custom_text_column(tmp_path):
    path = tmp_path / "berita.csv"
    path.write_bytes(
        "id,judul,isi,tanggal\n"
        '1,Satu,"Sebanyak 1.200 warga, kata BPBD.\nBaris kedua: 60.000 rumah.",2024-01-15\n'
        "2,Dua,,2024-01-16\n"
        "\n".encode()
        + b"3,Tiga,caf\xe9 rusak,2024-01-17\n"
        + "4,Empat,Ada 5 orang.,2024-01-18\n".encode()
    )
    src = read_sources([str(path)], fields={"title": "judul", "text": "isi", "date": "tanggal"})
    docs, errors = _split(src)
    assert [(d.id, d.title, d.date, d.origin) for d in docs] == [
        ("1", "Satu", "2024-01-15", f"{path}:2"),
        ("4", "Empat", "2024-01-18", f"{path}:7"),
    ]
    assert docs[0].text == "Sebanyak 1.200 warga, kata BPBD.\nBaris kedua: 60.000 rumah."
    assert [(e.doc, e.error, e.origin) for e in errors] == [
        ("2", "empty", f"{path}:4"),
        ("3", "encoding", f"{path}:6"),
    ]


def test_csv_missing_text_column_is_one_error(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("id,body\n1,a\n2,b\n")
    items = list(read_sources([str(path)]))
    assert [(type(i), i.error) for i in items] == [(InputError, "missing_text")]


def test_tsv_gzip(tmp_path):
    path = tmp_path / "x.tsv.gz"
    path.write_bytes(gzip.compress("id\ttext\na\tAda 5 orang.\n".encode()))
    docs, errors = _split(read_sources([str(path)]))
    assert [(d.id, d.text) for d in docs] == [("a", "Ada 5 orang.")] and errors == []


# --- HTML ------------------------------------------------------------------------------------

def test_html_file_main_text_title_date(tmp_path):
    pytest.importorskip("trafilatura")
    path = tmp_path / "banjir.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    docs, errors = _split(read_sources([str(path)]))
    assert errors == [] and len(docs) == 1
    d = docs[0]
    assert (d.id, d.origin) == ("banjir", str(path))
    assert d.title == "Banjir Rendam 60.000 Rumah di Jakarta"
    assert d.date == "2024-01-15"
    for phrase in ("Sebanyak 1.200 warga", "Rp 1,6 triliun", "sekitar 60.000 rumah", "1,5 meter",
                   "Rp 500 miliar", "hampir 3.000 orang"):
        assert phrase in d.text
        start = d.text.index(phrase)  # offsets refer to the extracted text itself
        assert d.text[start:start + len(phrase)] == phrase
    for leak in ("SCRIPTLEAK", "STYLELEAK", "424242", "console.log", "color: red", "Beranda"):
        assert leak not in d.text


@pytest.mark.parametrize("html", [
    b"<html><body>" + b"<div>" * 50_000 + b"<p>Sebanyak 5 orang tewas.</p>" + b"</div>" * 50_000 + b"</body></html>",
    b'<html><body><p data-x="' + b"a" * 3_000_000 + b'">Sebanyak 5 orang tewas dalam kecelakaan di jalan tol '
    b"Cipali pada hari Minggu pagi menurut keterangan polisi.</p></body></html>",
    b"<html><body><p>" + b"<b><i>" * 20_000 + b"1.000" + b"</p>" * 10,
    bytes(range(256)) * 50,
    b"",
    b"   \n",
], ids=["deep-nesting", "huge-attribute", "unclosed-inline", "binary", "empty", "blank"])
def test_hostile_html_does_not_crash(tmp_path, html):
    pytest.importorskip("trafilatura")
    path = tmp_path / "hostile.html"
    path.write_bytes(html)
    items = list(read_sources([str(path)]))
    assert len(items) == 1
    item = items[0]
    if isinstance(item, InputError):
        assert item.error in ("empty", "html", "too_large") and item.origin == str(path)
    else:
        assert item.text.strip()


def test_url_is_fetched_through_trafilatura(monkeypatch):
    trafilatura = pytest.importorskip("trafilatura")
    asked: list[str] = []

    def fake_fetch(url, *args, **kwargs):
        asked.append(url)
        return ARTICLE_HTML if url.endswith("/ok") else None

    monkeypatch.setattr(trafilatura, "fetch_url", fake_fetch)
    items = list(read_sources(["https://berita.example/ok", "http://berita.example/gone"]))
    assert asked == ["https://berita.example/ok", "http://berita.example/gone"]
    assert isinstance(items[0], Document)
    assert (items[0].id, items[0].url, items[0].origin) == (("https://berita.example/ok",) * 3)
    assert "Rp 1,6 triliun" in items[0].text
    assert isinstance(items[1], InputError) and items[1].error == "fetch"


def test_urls_inside_records_are_never_fetched(tmp_path, monkeypatch):
    trafilatura = pytest.importorskip("trafilatura")
    monkeypatch.setattr(trafilatura, "fetch_url", lambda *a, **k: pytest.fail("fetched"))
    path = tmp_path / "x.jsonl"
    path.write_bytes(_jsonl_bytes([{"id": "a", "text": "Ada 5 orang.", "url": "https://berita.example/a"}]))
    docs, _ = _split(read_sources([str(path)]))
    assert docs[0].url == "https://berita.example/a"


# --- WARC ------------------------------------------------------------------------------------

def _warc_bytes(gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    w = WARCWriter(out, gzip=gz)
    w.write_record(w.create_warc_record(
        "https://berita.example/banjir", "request",
        payload=io.BytesIO(b"GET /banjir HTTP/1.1\r\nHost: berita.example\r\n\r\n"),
        warc_content_type="application/http; msgtype=request"))
    html = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record(
        "https://berita.example/banjir", "response", payload=io.BytesIO(ARTICLE_HTML.encode()),
        http_headers=html,
        warc_headers_dict={"WARC-Date": "2024-01-15T03:12:45Z",
                           "WARC-Record-ID": "<urn:uuid:11111111-2222-3333-4444-555555555555>"}))
    png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record(
        "https://berita.example/foto.png", "response",
        payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(4000)), http_headers=png))
    return out.getvalue()


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_warc_html_response_only(tmp_path, gz):
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    path = tmp_path / ("news.warc.gz" if gz else "news.warc")
    path.write_bytes(_warc_bytes(gz))
    src = read_sources([str(path)])
    items = list(src)
    docs, errors = _split(items)
    assert errors == [] and len(docs) == 1
    d = docs[0]
    assert d.id == "urn:uuid:11111111-2222-3333-4444-555555555555"
    assert d.url == "https://berita.example/banjir"
    assert d.date == "2024-01-15T03:12:45Z"
    assert d.title == "Banjir Rendam 60.000 Rumah di Jakarta"
    assert d.origin == f"{path}:2"
    assert "Rp 1,6 triliun" in d.text and "SCRIPTLEAK" not in d.text
    assert src.skipped == {"not_response": 1, "not_html": 1}


def _warc_with_empty_page(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    w = WARCWriter(out, gzip=True)
    html = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record(
        "https://berita.example/kosong", "response", http_headers=html,
        payload=io.BytesIO(b"<html><head><title>Kosong</title></head><body></body></html>")))
    path.write_bytes(_warc_bytes(True) + out.getvalue())


def test_deferred_warc_pages_are_the_same_documents(tmp_path):
    """With defer_pages the reader hands out the pages unextracted; extract_page gives exactly
    the documents the plain reader gives, and a page without main text is the caller's skip."""
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    from extract.sources import Page, extract_page

    path = tmp_path / "news.warc.gz"
    _warc_with_empty_page(path)
    plain = read_sources([str(path)])
    want = list(plain)
    deferred = read_sources([str(path)], defer_pages=True)
    pages = list(deferred)
    assert all(isinstance(p, Page) for p in pages) and len(pages) == 2
    got = [extract_page(p) for p in pages]
    assert got[0] == want[0] and got[1] is None
    assert plain.skipped == {"not_response": 1, "not_html": 1, "no_text": 1}
    assert deferred.skipped == {"not_response": 1, "not_html": 1}


def test_batch_extracts_warc_pages_in_its_workers(tmp_path):
    """The batch runner reads a WARC in the parent and runs trafilatura in the workers: the
    same documents and claims, and the pages without text counted as skipped."""
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    duckdb = pytest.importorskip("duckdb")
    from checks.batch import DB_NAME, headline_text, run_batch
    from extract.claims import build_claims

    path = tmp_path / "news.warc.gz"
    _warc_with_empty_page(path)
    cut = tmp_path / "cut.warc.gz"  # the same archive with a record cut short at its end
    more = _warc_bytes(True)
    cut.write_bytes(path.read_bytes() + more[: len(more) * 2 // 3])
    s = run_batch([str(path)], str(tmp_path / "out"), workers=1)
    assert s.skipped == {"not_response": 1, "not_html": 1, "no_text": 1}
    assert (s.documents, s.errors) == (1, 0)
    t = run_batch([str(cut)], str(tmp_path / "out-cut"), workers=1)
    plain = list(read_sources([str(cut)]))  # what reading in one process gives
    assert t.documents == sum(isinstance(d, Document) for d in plain) >= 1  # every good page
    assert t.errors_by_reason == {"truncated": 1}  # and the cut record, reported
    assert t.skipped["no_text"] == 1
    con = duckdb.connect(str(tmp_path / "out" / DB_NAME), read_only=True)
    assert con.sql("SELECT doc, title, date FROM documents").fetchall() == [
        ("urn:uuid:11111111-2222-3333-4444-555555555555", "Banjir Rendam 60.000 Rumah di Jakarta",
         "2024-01-15T03:12:45Z")]
    (doc,) = [d for d in read_sources([str(path)]) if isinstance(d, Document)]
    want = [c.text for c in build_claims(headline_text(doc)[0])]
    assert want and sorted(r[0] for r in con.sql("SELECT text FROM claims").fetchall()) == sorted(want)


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.97])
def test_truncated_warc_gz_is_an_error_not_an_exception(tmp_path, keep):
    pytest.importorskip("warcio")
    data = _warc_bytes(True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: int(len(data) * keep)])
    items = list(read_sources([str(path)]))
    docs, errors = _split(items)
    assert len(errors) == 1 and items[-1] is errors[0]
    assert errors[0].error == "truncated" and errors[0].origin.startswith(f"{path}:")
    assert len(docs) <= 1


def test_truncated_plain_warc_is_an_error(tmp_path):
    pytest.importorskip("warcio")
    data = _warc_bytes(False)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:-200])
    docs, errors = _split(read_sources([str(path)]))
    assert len(docs) == 1 and [e.error for e in errors] == ["truncated"]
    assert errors[0].origin == f"{path}:3"


def test_not_a_warc_is_one_error(tmp_path, capsys):
    pytest.importorskip("warcio")
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not a warc file\n" * 20)
    items = list(read_sources([str(path)]))
    assert [(type(i), i.error) for i in items] == [(InputError, "warc")]
    assert capsys.readouterr().err == ""


# --- text, folders, stdin, dispatch ----------------------------------------------------------

class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_stdin_as_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin("Sebanyak 1.200 warga.\n".encode()))
    items = list(read_sources(["-"]))
    assert [(i.id, i.origin, i.text) for i in items] == [("-", "stdin", "Sebanyak 1.200 warga.\n")]


def test_stdin_empty_and_default(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(b""))
    items = list(read_sources([]))
    assert [(type(i), i.error, i.origin) for i in items] == [(InputError, "empty", "stdin")]


def test_stdin_jsonl_gzip_with_fmt(monkeypatch):
    data = gzip.compress(_jsonl_bytes([{"id": "a", "text": "Ada 5 orang."}, b"{oops"]))
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    items = list(read_sources(["-"], fmt="jsonl"))
    assert [(type(i).__name__, i.origin) for i in items] == [("Document", "stdin:1"), ("InputError", "stdin:2")]


def test_folder_recursive_sorted_mixed_formats(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Ada 2 orang.")
    (tmp_path / "a.txt").write_text("Ada 1 orang.")
    (tmp_path / "c.jsonl").write_bytes(_jsonl_bytes([{"id": "c1", "text": "Ada 3 orang."}]))
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("tersembunyi")
    src = read_sources([str(tmp_path)])
    docs, errors = _split(src)
    assert errors == []
    assert [d.id for d in docs] == ["a", "z", "c1"]
    assert src.skipped == {"unsupported_file": 1}


def test_empty_folder_and_missing_file(tmp_path):
    items = list(read_sources([str(tmp_path), str(tmp_path / "nope.jsonl")]))
    assert [(type(i), i.error) for i in items] == [(InputError, "empty"), (InputError, "unreadable")]


def test_unknown_extension_named_explicitly_reads_as_text(tmp_path):
    path = tmp_path / "artikel"
    path.write_text("Ada 5 orang.")
    items = list(read_sources([str(path)]))
    assert [(i.id, i.text) for i in items] == [("artikel", "Ada 5 orang.")]


def test_fmt_overrides_extension(tmp_path):
    path = tmp_path / "dump.dat"
    path.write_bytes(_jsonl_bytes([{"id": "a", "text": "Ada 5 orang."}]))
    items = list(read_sources([str(path)], fmt="jsonl"))
    assert [(i.id, i.origin) for i in items] == [("a", f"{path}:1")]


@pytest.mark.parametrize("name, fmt", [
    ("a.txt", "text"), ("a.html", "html"), ("a.HTM", "html"), ("a.jsonl", "jsonl"),
    ("a.ndjson.gz", "jsonl"), ("a.json.zst", "jsonl"), ("a.csv.gz", "csv"), ("a.warc.gz", "warc"),
    ("a.warc", "warc"), ("a.pdf", None), ("a.gz", None),
])
def test_detect_format(name, fmt):
    assert detect_format(name) == fmt


def test_read_text_paths_unchanged(tmp_path):
    (tmp_path / "a.txt").write_text("Ada 5 orang.")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    items = list(read_text_paths([str(tmp_path)]))
    assert [(type(i).__name__, i.origin) for i in items] == [
        ("Document", str(tmp_path / "a.txt")), ("InputError", str(tmp_path / "b.txt"))]


def test_heavy_libraries_are_imported_lazily():
    code = ("import sys, extract.sources; "
            "print(sorted(m for m in ('trafilatura', 'warcio', 'zstandard', 'lxml', 'gzip') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_reader_stops_early_without_leaking(tmp_path):
    path = tmp_path / "x.jsonl.gz"
    path.write_bytes(gzip.compress(_jsonl_bytes([{"id": str(i), "text": "Ada 5 orang."} for i in range(100)])))
    with read_sources([str(path)]) as src:
        first = next(src)
    assert isinstance(first, Document) and src.stats.documents == 1


def test_long_line_is_refused_not_loaded(tmp_path, monkeypatch):
    import extract.sources as sources

    monkeypatch.setattr(sources, "MAX_RECORD", 1000)
    path = tmp_path / "x.jsonl"
    path.write_bytes(_jsonl_bytes([{"id": "big", "text": "x" * 5000}, {"id": "ok", "text": "Ada 5 orang."}]))
    items = list(read_sources([str(path)]))
    assert [(type(i).__name__, i.origin) for i in items] == [
        ("InputError", f"{path}:1"), ("Document", f"{path}:2")]
    assert items[0].error == "too_large"


def test_origins_name_file_and_line(tmp_path):
    path = Path(tmp_path / "o.jsonl")
    path.write_bytes(_jsonl_bytes([{"text": "a"}, {"text": "b"}]))
    assert [i.origin for i in read_sources([str(path)])] == [f"{path}:1", f"{path}:2"]
