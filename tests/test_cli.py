"""The command line as a user runs it: formats, exit status, bad input in a batch."""

import json

import pymupdf
from typer.testing import CliRunner

from detente.cli import app
from detente.models import Event
from detente.store import open_store

runner = CliRunner()

GOOD_EN = (
    "Azerbaijan suspends flights\n\n"
    "BAKU, Dec. 27, 2024 — Azerbaijan Airlines suspended flights to several Russian cities "
    "after the crash near Aktau.\n"
)
GOOD_RU = "Баку, 1 июля 2025 года — Власти Азербайджана задержали двух сотрудников Sputnik.\n"


def _batch(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good_en.txt").write_text(GOOD_EN, encoding="utf-8")
    (d / "good_ru.txt").write_text(GOOD_RU, encoding="cp1251")
    (d / "empty.txt").write_bytes(b"")
    (d / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (d / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nendobj\nxref\n0 2\n")
    scanned = pymupdf.open()
    scanned.new_page()  # a page with no text layer at all
    scanned.save(d / "scanned.pdf")
    (d / "big.txt").write_text("Россия " * 3000, encoding="utf-8")
    return d


def test_ingest_batch_with_bad_files(tmp_path):
    d = _batch(tmp_path)
    db = tmp_path / "s.db"
    r = runner.invoke(app, ["ingest", str(d), "--db", str(db), "--max-bytes", "10000"])
    assert r.exit_code == 1, r.output
    err = r.stderr
    for name, why in [("empty.txt", "empty"), ("image.png", "binary"), ("broken.pdf", "PDF"),
                      ("scanned.pdf", "text layer"), ("big.txt", "limit")]:
        line = next((ln for ln in err.splitlines() if name in ln), None)
        assert line is not None, f"no error line for {name}: {err}"
        assert why.lower() in line.lower(), line
    assert "documents new" in r.stdout and "failed" in r.stdout
    with open_store(db) as st:
        names = sorted(doc.name for doc in st.documents())
        assert names == ["good_en.txt", "good_ru.txt"]
        # every stored document is whole: its sentences cover text that exists
        for doc in st.documents():
            sents = st.sentences(doc.doc_id)
            assert sents and all(s.text for s in sents)
    # the same batch again: nothing new, nothing duplicated
    r = runner.invoke(app, ["ingest", str(d / "good_en.txt"), "--db", str(db)])
    assert r.exit_code == 0
    with open_store(db) as st:
        assert st.counts()["documents"] == 2


def test_ingest_exclude_leaves_out_matching_files(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good_en.txt").write_text(GOOD_EN, encoding="utf-8")
    (d / "README.md").write_text("Notes on this folder: Russia and Azerbaijan.\n", encoding="utf-8")
    db = tmp_path / "s.db"
    r = runner.invoke(app, ["ingest", str(d), "--db", str(db), "--exclude", "README*"])
    assert r.exit_code == 0, r.output
    with open_store(db) as st:
        assert [doc.name for doc in st.documents()] == ["good_en.txt"]


def test_extract_jsonl_contract(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(GOOD_EN, encoding="utf-8")
    r = runner.invoke(app, ["extract", str(f), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    lines = [ln for ln in r.stdout.splitlines() if ln.strip()]
    for ln in lines:
        rec = json.loads(ln)
        assert list(rec) == list(Event.CONTRACT_FIELDS)
        assert GOOD_EN[rec["evidence"]["start"] : rec["evidence"]["end"]] == rec["evidence"]["text"]


def test_extract_mentions_and_stdin():
    r = runner.invoke(app, ["extract", "-", "--mentions", "--format", "jsonl"], input=GOOD_RU.encode("utf-8"))
    assert r.exit_code == 0, r.output
    recs = [json.loads(ln) for ln in r.stdout.splitlines() if ln.strip()]
    assert recs, "the Russian line names Azerbaijan"
    for rec in recs:
        for k in ("raw_text", "entity_name", "country", "sector", "wikidata_id", "doc", "start", "end"):
            assert k in rec
        assert GOOD_RU[rec["start"] : rec["end"]] == rec["raw_text"]
    assert any(rec["country"] == "AZE" for rec in recs)


def test_events_and_docs_queries(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good_en.txt").write_text(GOOD_EN, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(d), "--db", db]).exit_code == 0
    r = runner.invoke(app, ["docs", "--db", db, "--format", "jsonl"])
    [doc] = [json.loads(ln) for ln in r.stdout.splitlines() if ln.strip()]
    assert doc["name"] == "good_en.txt" and doc["language"] == "en" and doc["date"] == "2024-12-27"
    r = runner.invoke(app, ["events", "--db", db, "--format", "csv"])
    assert r.exit_code == 0
    assert r.stdout.splitlines()[0].startswith("event_type,mode,context,actor,recipient")
    r = runner.invoke(app, ["events", "--db", db, "--type", "SANCTION", "--actor", "AZE"])
    assert r.exit_code == 0 and "SANCTION" in r.stdout


def test_demo_command(tmp_path):
    db = tmp_path / "demo.db"
    r = runner.invoke(app, ["demo", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "documents new" in r.stdout
    with open_store(db) as st:
        c = st.counts()
        assert c["documents"] >= 16 and c["events"] > 0
        langs = {d.language for d in st.documents()}
        assert langs == {"he", "ar", "ru", "en"}
