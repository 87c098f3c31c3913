"""The batch runner: bad records reported, kill and resume, dask, the archive check.

Every input is generated here, in tmp_path; nothing is read from outside the repository.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("pyarrow")

from checks.batch import (  # noqa: E402
    DB_NAME,
    MANIFEST,
    BatchError,
    is_cumulative,
    process,
    published,
    run_batch,
    subject_key,
)
from extract.model import Document, InputError  # noqa: E402
from extract.sources import read_sources  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


# --- generated articles ---------------------------------------------------------------------

def article(i: int, long: bool = False) -> dict:
    body = (
        f"Pemerintah Kabupaten {i} menyalurkan bantuan sebesar Rp {600 + i % 50}.000 per bulan kepada "
        f"sekitar {1 + i % 9},2 juta penerima. Hingga Selasa, dana yang terserap mencapai Rp 2,4 triliun "
        f"atau {i % 90 + 5} persen dari pagu. Sebanyak {i * 7 % 1000 + 12} orang sudah melakukan "
        f"transaksi pembelian pelatihan, dan hampir {i % 40 + 1} ribu keluarga menerima lewat rekening."
    )
    if long:
        body = "\n\n".join([body] * 3)
    return {"id": f"a{i:05d}", "title": f"Bantuan {i}", "text": body,
            "date": (dt.date(2023, 1, 1) + dt.timedelta(days=i % 365)).isoformat(),
            "url": f"https://contoh.id/berita/{i}"}


def write_jsonl(path: Path, rows: list) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n")
    return path


def rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def table(db: Path, name: str) -> list[tuple]:
    return sorted(rows(db, f"SELECT * FROM {name}"), key=repr)


# checks given to `run_batch` must be importable by worker processes: module-level functions
def flag_every_document(claims, text):
    if "RUSAK" in text:
        raise RuntimeError("a checker bug")
    return [{"check": "demo", "verdict": "info", "explanation": f"{len(claims)} claims", "n": len(claims)}]


def die_on_poison(claims, text):
    if "RACUN" in text:
        os._exit(3)  # the worker process dies, as on a segfault or the OOM killer
    return []


# --- bad records ----------------------------------------------------------------------------

def bad_inputs(tmp_path: Path) -> list[str]:
    good = write_jsonl(tmp_path / "good.jsonl", [
        article(1), "{not json", article(2), {"id": "no-text", "title": "x"}, "",
        article(3), "[1, 2]", {"id": "kosong", "text": "   "}, article(4),
        {"id": "rusak", "text": "Dokumen RUSAK dengan 12 orang."}, article(5),
    ])
    with open(good, "ab") as fh:  # a line that is not UTF-8
        fh.write(b'{"id": "latin1", "text": "caf\xe9 12 orang"}\n')
    full = gzip.compress("".join(json.dumps(article(100 + i)) + "\n" for i in range(40)).encode())
    trunc = tmp_path / "trunc.jsonl.gz"
    trunc.write_bytes(full[: len(full) // 2])
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 20)
    txt = tmp_path / "seed.txt"
    txt.write_text("Dana insentif yang sudah dicairkan mencapai Rp 1,6 triliun.\n", encoding="utf-8")
    csv = tmp_path / "b.csv"
    csv.write_text('id,title,text,date\nc1,T,"Harga cabai Rp 95.000 per kg.",2024-02-01\n'
                   'c2,T,"Sebanyak 1.200 warga mengungsi.",03/02/2024\n', encoding="utf-8")
    return [str(good), str(trunc), str(junk), str(txt), str(csv), str(tmp_path / "missing.jsonl")]


def test_bad_records_are_reported_and_good_ones_kept(tmp_path):
    sources = bad_inputs(tmp_path)
    expected = list(read_sources(sources))
    good = {d.id for d in expected if isinstance(d, Document)} - {"rusak"}
    read_errors = [e for e in expected if isinstance(e, InputError)]
    reasons = {e.error for e in read_errors}
    assert {"json", "missing_text", "empty", "encoding", "truncated", "binary", "unreadable"} <= reasons
    assert any(d.startswith("a001") for d in good)  # the truncated gzip's good lines come first

    out = tmp_path / "out"
    s = run_batch(sources, str(out), workers=0, check=flag_every_document, shard_size=4)
    db = out / DB_NAME
    docs = rows(db, "SELECT doc FROM documents")
    assert sorted(d for (d,) in docs) == sorted(good)
    assert s.documents == len(good) and s.errors == len(read_errors) + 1
    assert s.records == len(expected) == s.documents + s.errors
    assert s.skipped == {"blank_line": 1}

    errs = rows(db, "SELECT error, stage, origin FROM errors ORDER BY pos")
    assert sorted(e for e, _, _ in errs) == sorted([e.error for e in read_errors] + ["failed"])
    assert ("failed", "process") in {(e, st) for e, st, _ in errs}
    assert all(o for _, _, o in errs)  # every error says where it came from
    assert s.errors_by_reason["failed"] == 1

    # claims: exactly those `process` gives, with Decimals as exact strings
    n = rows(db, "SELECT count(*) FROM claims")[0][0]
    want = sum(len(process(d).claims) for d in expected if isinstance(d, Document) and d.id != "rusak")
    assert n == want == s.claims
    assert rows(db, "SELECT value FROM claims WHERE doc = 'seed'") == [("1600000000000",)]
    assert rows(db, "SELECT published FROM documents WHERE doc = 'c2'") == [(dt.date(2024, 2, 3),)]
    # findings of the per-document check, one per document
    assert rows(db, "SELECT count(*), min(check_name), min(verdict) FROM findings")[0] == (len(good), "demo", "info")
    # the JSONL files hold the same claims and errors
    shards = sorted((out / "shards").iterdir())
    jsonl_claims = sum(1 for p in shards for line in open(p / "claims.jsonl", encoding="utf-8") if line.strip())
    jsonl_errors = sum(1 for p in shards for line in open(p / "errors.jsonl", encoding="utf-8") if line.strip())
    assert (jsonl_claims, jsonl_errors) == (s.claims, s.errors)
    first = json.loads(open(shards[0] / "claims.jsonl", encoding="utf-8").readline())
    assert first["doc"] == "a00001" and isinstance(first["value"], str)


def test_the_document_checker_fills_findings(tmp_path):
    from checks.batch import consistency_check
    from checks.registry import run_checks
    from extract.claims import build_claims

    texts = ["Harga naik dari Rp 10.000 menjadi Rp 9.000 per kg.",
             "Dari 1.000 peserta, 600 orang laki-laki dan 500 orang perempuan.",
             "Sebanyak 1.200 warga mengungsi."]
    src = write_jsonl(tmp_path / "c.jsonl", [{"id": f"c{i}", "text": t} for i, t in enumerate(texts)])
    out = tmp_path / "out"
    s = run_batch([str(src)], str(out), workers=0, check=consistency_check)
    want = sorted((f"c{i}", f.check, f.verdict) for i, t in enumerate(texts)
                  for f in run_checks(t, build_claims(t, f"c{i}"))[0])
    got = rows(out / DB_NAME, "SELECT doc, check_name, verdict FROM findings")
    assert sorted(got) == want and s.findings == len(want) > 0
    data = rows(out / DB_NAME, "SELECT data, explanation FROM findings")
    assert all(json.loads(d)["claims"] and e for d, e in data)


def test_a_title_is_checked_as_the_headline(tmp_path):
    """A record's title is read with its text, as its headline: a headline figure that
    disagrees with the body is a finding, and every claim and span names the part (title or
    text) its offsets index."""
    from checks.batch import consistency_check

    rec = {"id": "h1", "title": " Pemerintah Salurkan Bansos Rp 1,6 Miliar",
           "text": "Pemerintah menyalurkan bansos senilai Rp 1,6 triliun kepada 1,2 juta keluarga."}
    same = {"id": "h2", "title": "Bansos Rp 1,6 Triliun", "text": "Bansos Rp 1,6 Triliun\n\n"
            "Pemerintah menyalurkan bansos senilai Rp 1,6 triliun."}  # the text opens with its title
    src = write_jsonl(tmp_path / "h.jsonl", [rec, same])
    out = tmp_path / "out"
    run_batch([str(src)], str(out), workers=0, check=consistency_check)
    claims = rows(out / DB_NAME, "SELECT doc, part, start, \"end\", text FROM claims ORDER BY doc, id")
    for doc, part, a, b, text in claims:
        source = {"h1": rec, "h2": same}[doc][part]
        assert source[a:b] == text
    assert ("h1", "title", 28, 41, "Rp 1,6 Miliar") in claims
    assert {p for d, p, *_ in claims if d == "h2"} == {"text"}
    (data,) = rows(out / DB_NAME, "SELECT data FROM findings WHERE doc = 'h1' AND verdict = 'inconsistent'")
    finding = json.loads(data[0])
    assert finding["check"] == "restatement"
    assert [(sp["part"], rec[sp["part"]][sp["start"]:sp["end"]]) for sp in finding["spans"]] == [
        ("title", "Rp 1,6 Miliar"), ("text", "Rp 1,6 triliun")]
    lines = [json.loads(x) for x in (out / "shards" / "000000" / "claims.jsonl").read_text().splitlines()]
    assert [x["part"] for x in lines if x["doc"] == "h1"] == ["title", "text", "text"]


def test_process_never_raises():
    doc = Document(id="d", text="Dokumen RUSAK dengan 12 orang.", origin="x:1")
    res = process(doc, check=flag_every_document)
    assert res.claims == [] and res.error is not None and res.error.error == "failed"
    assert "RuntimeError: a checker bug" in res.error.detail
    ok = process(Document(id="e", text="Sebanyak 1.200 warga mengungsi."))
    assert ok.error is None and [c.value for c in ok.claims] and ok.findings == []


def test_a_document_that_kills_its_worker_is_reported(tmp_path):
    src = write_jsonl(tmp_path / "p.jsonl", [article(i) for i in range(5)]
                      + [{"id": "racun", "text": "Teks RACUN berisi 12 orang."}, article(6)])
    out = tmp_path / "out"
    s = run_batch([str(src)], str(out), workers=1, check=die_on_poison, shard_size=4)
    assert s.documents == 6 and s.errors == 1
    assert rows(out / DB_NAME, "SELECT doc, error FROM errors") == [("racun", "crashed")]
    assert not [p for p in (out / "shards").iterdir() if p.name.startswith(".")]  # nothing left staged


def test_out_folder_of_another_run_is_refused(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", [article(i) for i in range(3)])
    b = write_jsonl(tmp_path / "b.jsonl", [article(i) for i in range(4)])
    out = tmp_path / "out"
    run_batch([str(a)], str(out), workers=0)
    again = run_batch([str(a)], str(out), workers=0)  # the same run again: nothing to redo
    assert again.resumed_shards == again.shards == 1 and again.documents == 3
    with pytest.raises(BatchError, match="other inputs"):
        run_batch([str(b)], str(out), workers=0)


def test_changed_input_under_a_resumed_run_is_refused(tmp_path):
    src = write_jsonl(tmp_path / "a.jsonl", [article(i) for i in range(6)])
    out = tmp_path / "out"
    run_batch([str(src)], str(out), workers=0, shard_size=2)
    write_jsonl(src, [article(i + 50) for i in range(6)])  # same path, other records
    with pytest.raises(BatchError, match="inputs changed"):
        run_batch([str(src)], str(out), workers=0, shard_size=2)


def test_a_staged_shard_is_in_place_only_once_committed(tmp_path):
    from checks.batch import ShardTask, commit_shard, stage_shard

    out = tmp_path / "out"
    task = ShardTask(number=3, first_pos=30, items=[Document(id="a", text="Ada 12 orang.")], out=str(out))
    info, staged = stage_shard(task)
    assert info.documents == 1 and info.claims == 1
    assert Path(staged).parent == out / "shards" and Path(staged).name.startswith(".")
    assert not (out / "shards" / "000003").exists()  # a run killed now redoes the shard
    commit_shard(task, staged)
    assert not Path(staged).exists()
    assert json.loads((out / "shards" / "000003" / "shard.json").read_text())["claims"] == 1


def test_shards_finished_before_a_worker_died_are_committed_not_redone(tmp_path):
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from checks.batch import ShardTask, _LocalEngine, _recover, stage_shard

    out = str(tmp_path / "out")
    tasks = [ShardTask(number=n, first_pos=n, items=[Document(id=str(n), text="Ada 12 orang.")], out=out)
             for n in range(3)]
    finished, running, broken = Future(), Future(), Future()
    finished.set_result(stage_shard(tasks[1]))
    broken.set_exception(BrokenProcessPool("died"))
    resubmitted, recorded = [], []

    class Engine(_LocalEngine):  # in-process; records what is submitted again
        def restart(self):
            pass

        def submit(self, task):
            resubmitted.append(task.number)
            return super().submit(task)

    pending = {finished: tasks[1], running: tasks[2]}
    _recover(Engine(0), tasks[0], pending, {}, recorded.append)
    assert [i.number for i in recorded] == [1] and (tmp_path / "out" / "shards" / "000001").is_dir()
    assert resubmitted == [0, 2] and sorted(t.number for t in pending.values()) == [0, 2]


# --- kill and resume --------------------------------------------------------------------------

KILL_DOCS = 3000
KILL_SHARD = 50


def test_killed_run_resumes_without_loss_or_duplicates(tmp_path):
    src = write_jsonl(tmp_path / "archive.jsonl", [article(i) for i in range(KILL_DOCS)])
    out = tmp_path / "killed"
    code = (f"from checks.batch import run_batch; "
            f"run_batch([{str(src)!r}], {str(out)!r}, workers=2, shard_size={KILL_SHARD})")
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    shards = out / "shards"
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if shards.is_dir() and any(p.name.isdigit() for p in shards.iterdir()):
                break
            time.sleep(0.005)
        assert proc.poll() is None, f"the run ended before it could be killed: {proc.stderr.read()!r}"
        os.killpg(proc.pid, signal.SIGKILL)  # the run and its worker processes, at once
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stderr.close()
    n_shards = -(-KILL_DOCS // KILL_SHARD)
    finished = [p for p in shards.iterdir() if p.name.isdigit()]
    assert 1 <= len(finished) < n_shards, "the kill came too late to test anything"
    assert not (out / DB_NAME).exists()

    resumed = run_batch([str(src)], str(out), workers=2, shard_size=KILL_SHARD)
    assert resumed.resumed_shards >= 1
    assert resumed.shards == n_shards and resumed.documents == KILL_DOCS and resumed.errors == 0
    db = out / DB_NAME
    assert rows(db, "SELECT count(*), count(DISTINCT doc), count(DISTINCT pos) FROM documents")[0] == (
        KILL_DOCS, KILL_DOCS, KILL_DOCS)
    manifest = [json.loads(x) for x in (out / MANIFEST).read_text().splitlines()]
    assert sorted(m["number"] for m in manifest) == list(range(n_shards))
    assert not [p for p in shards.iterdir() if p.name.startswith(".")]  # no temporary folder left

    ref = tmp_path / "reference"
    whole = run_batch([str(src)], str(ref), workers=0, shard_size=KILL_SHARD)
    assert whole.claims == resumed.claims > KILL_DOCS
    for name in ("documents", "claims", "errors", "findings", "archive_findings"):
        assert table(db, name) == table(ref / DB_NAME, name), name


# --- dask -------------------------------------------------------------------------------------

def test_dask_engine_gives_the_local_result(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    sources = bad_inputs(tmp_path)
    local = run_batch(sources, str(tmp_path / "local"), workers=0, shard_size=3)
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        remote = run_batch(sources, str(tmp_path / "dask"), engine="dask",
                           scheduler=cluster.scheduler_address, shard_size=3)
    assert (remote.documents, remote.claims, remote.errors) == (local.documents, local.claims, local.errors)
    workers = {json.loads(x)["worker"] for x in (tmp_path / "dask" / MANIFEST).read_text().splitlines()}
    assert len(workers) >= 1 and all(":" in w for w in workers)
    for name in ("documents", "claims", "errors", "findings", "archive_findings"):
        assert table(tmp_path / "dask" / DB_NAME, name) == table(tmp_path / "local" / DB_NAME, name), name


def test_dask_engine_without_dask_is_a_clear_error(tmp_path, monkeypatch):
    src = write_jsonl(tmp_path / "a.jsonl", [article(1)])
    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(BatchError, match=r"dask\[distributed\]"):
        run_batch([str(src)], str(tmp_path / "out"), engine="dask")


# --- the archive check ------------------------------------------------------------------------

@pytest.mark.parametrize("fetch", [10_000, 1])  # the figures read in one batch, or one at a time
def test_cumulative_figure_that_goes_down_is_flagged(tmp_path, monkeypatch, fetch):
    monkeypatch.setattr("checks.batch._FETCH", fetch)
    src = write_jsonl(tmp_path / "news.jsonl", [
        {"id": "kompas-1", "date": "2020-09-10", "text":
            "Hingga Kamis (10/9/2020), jumlah kasus positif Covid-19 mencapai 207.203. "
            "Sampai hari ini, total peserta Kartu Prakerja mencapai 1,2 juta orang."},
        {"id": "detik-2", "date": "2020-09-15T08:00:00+07:00", "text":
            "Hingga Selasa (15/9/2020), jumlah kasus positif Covid-19 tercatat 200.035. "
            "Sampai hari ini, total peserta Kartu Prakerja mencapai 1.180.000 orang. "
            "Jumlah kasus positif harian mencapai 3.000."},
        {"id": "tempo-3", "date": "2020-09-20", "text":
            "Hingga Minggu (20/9/2020), jumlah kasus positif Covid-19 mencapai 244.676."},
        {"id": "undated", "text": "Hingga kini, jumlah kasus positif Covid-19 mencapai 100.000."},
        {"id": "next-year", "date": "2021-01-05", "text":
            "Hingga Selasa, jumlah kasus positif Covid-19 mencapai 190.000."},
    ])
    out = tmp_path / "out"
    s = run_batch([str(src)], str(out), workers=0)
    assert s.archive_findings == 1
    (f,) = rows(out / DB_NAME, "SELECT doc_earlier, doc_later, subject, unit, value_earlier, value_later, "
                               "date_earlier, date_later, explanation, check_name FROM archive_findings")
    assert f[:8] == ("kompas-1", "detik-2", "kasus positif", None, "207203", "200035",
                     dt.date(2020, 9, 10), dt.date(2020, 9, 15))
    assert "kompas-1" in f[8] and "detik-2" in f[8] and f[9] == "cumulative_decrease"


def _cumulative(sentence: str, figure: str) -> bool:
    from extract.claims import build_claims

    (c,) = [c for c in build_claims(sentence) if c.text == figure]
    return is_cumulative(c, subject_key(c.subject), sentence)


@pytest.mark.parametrize("sentence, figure", [
    ("Hingga akhir Oktober 2024, total penyaluran kredit usaha mencapai Rp 182 triliun.", "Rp 182 triliun"),
    ("Sampai dengan 20 Mei 2024, jumlah pasien demam berdarah tercatat 1.204 orang.", "1.204 orang"),
    ("Hingga tanggal 3 Maret, jumlah korban jiwa banjir mencapai 47 orang.", "47 orang"),
    ("Sampai hari ini, total pendaftar program magang mencapai 8.450 orang.", "8.450 orang"),
    ("Secara kumulatif, nilai ekspor kopi Lampung mencapai US$ 310 juta.", "US$ 310 juta"),
    ("Sejak 2019, jumlah desa wisata yang dibina mencapai 412 desa wisata.", "412 desa"),
])
def test_running_totals_are_cumulative(sentence, figure):
    assert _cumulative(sentence, figure)


@pytest.mark.parametrize("sentence, figure", [
    # "hingga"/"sampai" as "up to" or "to", no time after it
    ("Pemenang undian berhak atas hadiah hingga total Rp 5 miliar.", "Rp 5 miliar"),
    ("Jumlah bantuan ke daerah dipangkas hingga total Rp 2 triliun.", "Rp 2 triliun"),
    ("Total panjang jalan layang dari Cawang sampai Tanjung Priok adalah 19,2 km.", "19,2 km"),
    ("Idealnya jumlah koperasi aktif di kabupaten itu berkisar 40 unit hingga 60 unit.", "40 unit hingga 60 unit"),
    # a capitalised "Kumulatif" inside a name, and a GPA in lower case
    ("Rata-rata Indeks Prestasi Kumulatif (IPK) untuk 2.310 wisudawan fakultas teknik adalah 3,41.",
     "2.310 wisudawan"),
    ("Pelamar wajib memiliki indeks prestasi kumulatif paling rendah 3,00.", "3,00"),
    # what an accumulation is made of
    ("Skor itu merupakan akumulasi dari empat seri balapan musim ini.", "empat seri"),
    # "secara" alone is no total word ("secara keseluruhan" is)
    ("Sejak dulu sengketa lima desa yang secara adat berada di wilayah itu belum selesai.", "lima desa"),
])
def test_figures_that_are_no_running_totals(sentence, figure):
    assert not _cumulative(sentence, figure)


def test_subject_key_and_dates():
    assert subject_key("Total kasus positif") == subject_key("jumlah kasus positif") == "kasus positif"
    assert subject_key("Jumlah peserta Kartu Prakerja") == "peserta kartu prakerja"
    assert subject_key("jumlah") is None and subject_key(None) is None
    assert published("2023-12-03") == dt.date(2023, 12, 3)
    assert published("2023-12-03T07:00:00Z") == dt.date(2023, 12, 3)
    assert published("03/12/2023") == dt.date(2023, 12, 3)
    assert published("Minggu, 3 Desember 2023") is None and published("2023-02-30") is None


def test_the_documented_queries_run(tmp_path):
    """Every SQL block of docs/batch.md and the README runs on a real run's database."""
    import re

    from checks.batch import consistency_check

    recs = [{"id": "q1", "title": "Bansos Rp 1,6 Miliar", "date": "2024-03-01",
             "text": "Pemerintah menyalurkan bansos Rp 1,6 triliun kepada 1,2 juta keluarga, "
                     "masing-masing Rp 600.000, sehingga totalnya Rp 7,2 triliun."}]
    src = write_jsonl(tmp_path / "q.jsonl", recs)
    out = tmp_path / "out"
    run_batch([str(src)], str(out), workers=0, check=consistency_check)
    blocks = [b for doc in ("docs/batch.md", "README.md")
              for b in re.findall(r"```sql\n(.*?)```", (ROOT / doc).read_text(), re.S)]
    statements = [q.strip() for b in blocks for q in b.split(";") if q.strip()]
    assert len(statements) >= 8
    con = duckdb.connect(str(out / DB_NAME), read_only=True)
    for q in statements:
        con.sql(q).fetchall()  # raises on a query that does not run
    restated = con.sql(statements[[i for i, q in enumerate(statements) if "restatement" in q][0]]).fetchall()
    assert restated and restated[0][0] == "q1"


def test_claim_lines_are_the_claims_json_with_offsets_moved(tmp_path):
    """claims.jsonl holds each claim as `model_dump(mode="json")` gives it (exact numbers as
    decimal strings, tuples as lists), its offsets moved into the part (title or text) it is in."""
    rec = {"id": "m1", "title": "Bansos Rp 1,6 Triliun untuk 1,2 Juta Keluarga",
           "text": "Sekitar 1,2 juta keluarga menerima Rp 600.000-Rp 2,4 juta, naik 5 persen dari 2023."}
    src = write_jsonl(tmp_path / "m.jsonl", [rec])
    out = tmp_path / "out"
    run_batch([str(src)], str(out), workers=0)
    lines = [json.loads(x) for x in (out / "shards" / "000000" / "claims.jsonl").read_text().splitlines()]
    res = process(Document(id="m1", title=rec["title"], text=rec["text"]))
    assert len(lines) == len(res.claims) > 4
    assert any(x["low"] is not None for x in lines) and any(x["cues"] for x in lines)
    for line, c, part, shift in zip(lines, res.claims, res.parts, res.shifts):
        want = c.model_dump(mode="json")
        for name in ("start", "end", "subject_start", "subject_end"):
            want[name] = None if want[name] is None else want[name] + shift
        if want["sentence"] is not None:
            want["sentence"] = {k: v + shift for k, v in want["sentence"].items()}
        assert line == {"part": part, **want}
        assert rec[part][line["start"]:line["end"]] == c.text


# --- the database, the shard files, the workers ------------------------------------------------

def test_database_rows_stand_in_shard_order_whatever_order_shards_finish(tmp_path):
    """The coordinator loads each shard into the database as it finishes, but only once the
    shards before it are in: rows stand in input order however the workers finish."""
    from checks.batch import ShardInfo, _Database

    src = write_jsonl(tmp_path / "a.jsonl", [article(i) for i in range(7)])
    out = tmp_path / "out"
    run_batch([str(src)], str(out), workers=0, shard_size=2)
    shards = sorted((ShardInfo.from_json(json.loads(x)) for x in (out / MANIFEST).read_text().splitlines()),
                    key=lambda info: info.number)
    assert [info.number for info in shards] == [0, 1, 2, 3]
    (out / DB_NAME).unlink()
    db = _Database(out)
    try:
        for info in reversed(shards[1:]):
            db.add(info)
        assert db.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0  # waiting for shard 0
        with pytest.raises(BatchError):
            db.finish(len(shards))
        db.add(shards[0])
        summary = db.finish(len(shards))
    finally:
        db.close()
    assert summary.documents == 7 and summary.claims > 7
    assert [r[0] for r in rows(out / DB_NAME, "SELECT pos FROM documents")] == list(range(7))
    claim_pos = [r[0] for r in rows(out / DB_NAME, "SELECT pos FROM claims")]
    assert claim_pos == sorted(claim_pos) and set(claim_pos) == set(range(7))


def test_json_lines_are_compact_utf8_and_take_what_orjson_refuses():
    from decimal import Decimal

    from checks.batch import json_line, json_text

    assert json_line({"a": Decimal("1.50"), "t": "Rp 1,6 triliun – naik"}) == \
        '{"a":"1.50","t":"Rp 1,6 triliun – naik"}\n'.encode("utf-8")
    big = {"n": 2 ** 70, 3: [1, None, True]}  # past 64 bits; a key that is not a string
    assert json.loads(json_line(big)) == {"n": 2 ** 70, "3": [1, None, True]}
    assert json.loads(json_text(big)) == json.loads(json.dumps(big))
    assert json_text({"d": dt.date(2024, 5, 1)}) == '{"d":"2024-05-01"}'


def test_local_workers_run_with_the_tuned_collector():
    import gc

    from checks.batch import WORKER_GC_THRESHOLD, _LocalEngine

    eng = _LocalEngine(1)
    try:
        threshold, frozen = eng.pool.submit(_gc_state).result(timeout=60)
    finally:
        eng.close()
    assert tuple(threshold) == WORKER_GC_THRESHOLD and frozen > 1000
    assert gc.get_threshold() != WORKER_GC_THRESHOLD  # this process is left alone


def _gc_state():
    import gc

    return gc.get_threshold(), gc.get_freeze_count()


def test_a_worker_keeps_freed_memory_for_its_next_document():
    """glibc's malloc is told to keep WORKER_MALLOC_TOP_PAD bytes of freed memory in a worker
    (the page faults it saves depend on where malloc's heap ends, so they are measured in the
    bench, not here); the parent is left alone."""
    import platform

    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        pytest.skip("a glibc malloc setting")
    import checks.batch
    from checks.batch import WORKER_MALLOC_TOP_PAD, _LocalEngine

    eng = _LocalEngine(1)
    try:
        assert eng.pool.submit(_heap_pad).result(timeout=60) == WORKER_MALLOC_TOP_PAD
    finally:
        eng.close()
    assert checks.batch.heap_pad == 0


def _heap_pad() -> int:
    import checks.batch

    return checks.batch.heap_pad


def test_a_worker_reports_its_own_peak_memory_not_its_parents():
    """A spawned worker's ru_maxrss starts at the parent's size at the fork (Linux keeps it
    across exec); the workers' peak RSS is their own (VmHWM)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("VmHWM is Linux's")
    from checks.batch import _LocalEngine, _peak_rss_kb

    ballast = bytearray(320 * 1024 * 1024)
    for i in range(0, len(ballast), 4096):
        ballast[i] = 1  # resident
    eng = _LocalEngine(1)
    try:
        worker_kb = eng.pool.submit(_peak_rss_kb).result(timeout=60)
    finally:
        eng.close()
    assert _peak_rss_kb() > 320 * 1024 > worker_kb
    del ballast


def test_local_workers_load_what_the_check_loads_before_the_first_shard():
    """Workers run the check once as they start (checks, pint's registry), frozen with the rest."""
    from checks.batch import _LocalEngine, consistency_check

    for check, loaded in ((None, False), (consistency_check, True)):
        eng = _LocalEngine(1, check)
        try:
            modules = eng.pool.submit(_loaded, ("checks.registry", "pint")).result(timeout=60)
        finally:
            eng.close()
        assert modules == [loaded, loaded]


def _loaded(names):
    import sys

    return [name in sys.modules for name in names]
