"""Consistency checks for the demo corpus and its gold annotations."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest

from detente.models import DATE_PRECISIONS, MODALITIES, NON_STATE_CODES, PLOVER_TYPES

DEMO = Path(__file__).resolve().parents[1] / "src" / "detente" / "demo"
CORPUS = DEMO / "corpus"
ANNOTATIONS = DEMO / "annotations.jsonl"
LANGS = ("en", "ru", "he", "ar")
NAME_RE = re.compile(r"^(en|ru|he|ar)_\d{2}_[a-z0-9_]+\.txt$")
SECTOR_RE = re.compile(r"^[A-Z]{3}$")
DATE_RE = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
KEYS = {
    "doc", "event_type", "mode", "actor_country", "actor_sector", "actor_text",
    "recipient_country", "recipient_sector", "recipient_text", "date", "date_precision",
    "negated", "modality", "evidence",
}


def _files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


def _text(name: str) -> str:
    return (CORPUS / name).read_bytes().decode("utf-8")


def _rows() -> list[dict]:
    lines = ANNOTATIONS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_files_are_utf8_and_well_named():
    files = _files()
    assert files
    for p in files:
        assert NAME_RE.match(p.name), p.name
        text = p.read_bytes().decode("utf-8")  # raises if not UTF-8
        assert not text.startswith("\ufeff"), p.name
        words = len(text.split())
        assert 80 <= words <= 230, (p.name, words)
        title, blank, dateline = text.split("\n")[:3]
        assert title.strip() and not blank.strip() and "—" in dateline, p.name


def test_at_least_five_files_per_language():
    counts = Counter(p.name[:2] for p in _files())
    for lang in LANGS:
        assert counts[lang] >= 5, (lang, counts)


def test_annotation_records_are_complete():
    rows = _rows()
    assert len(rows) >= 60
    for r in rows:
        assert set(r) == KEYS, r
        assert r["event_type"] in PLOVER_TYPES, r
        assert r["modality"] in MODALITIES, r
        assert isinstance(r["negated"], bool), r
        assert r["mode"] is None or (isinstance(r["mode"], str) and r["mode"]), r
        for side in ("actor", "recipient"):
            c, s, t = r[f"{side}_country"], r[f"{side}_sector"], r[f"{side}_text"]
            assert len(c) == len(s) == len(t), r
        assert r["actor_country"], r


def test_docs_exist_and_evidence_is_exact():
    names = {p.name for p in _files()}
    for r in _rows():
        assert r["doc"] in names, r["doc"]
        text = _text(r["doc"])
        assert r["evidence"] and r["evidence"] in text, (r["doc"], r["evidence"])
        for s in r["actor_text"] + r["recipient_text"]:
            assert s and s in text, (r["doc"], s)


def test_countries_and_sectors_are_valid():
    pycountry = pytest.importorskip("pycountry")
    for r in _rows():
        for code in r["actor_country"] + r["recipient_country"]:
            assert code in NON_STATE_CODES or pycountry.countries.get(alpha_3=code), (r["doc"], code)
        for sector in r["actor_sector"] + r["recipient_sector"]:
            assert sector is None or SECTOR_RE.match(sector), (r["doc"], sector)


def test_dates_are_valid_and_match_precision():
    for r in _rows():
        prec, value = r["date_precision"], r["date"]
        assert prec in DATE_PRECISIONS, r
        assert DATE_RE[prec].match(value), r
        parts = [int(x) for x in value.split("-")] + [1, 1]
        d = date(parts[0], parts[1], parts[2])  # raises on impossible dates
        assert date(2024, 1, 1) <= d <= date(2025, 12, 31), r


def test_every_plover_type_appears_at_least_twice():
    counts = Counter(r["event_type"] for r in _rows())
    missing = {t: counts[t] for t in PLOVER_TYPES if counts[t] < 2}
    assert not missing, missing


def test_each_language_covers_eight_types():
    by_lang: dict[str, set[str]] = defaultdict(set)
    for r in _rows():
        by_lang[r["doc"][:2]].add(r["event_type"])
    for lang in LANGS:
        assert len(by_lang[lang]) >= 8, (lang, sorted(by_lang[lang]))


def test_every_document_is_annotated():
    annotated = {r["doc"] for r in _rows()}
    assert {p.name for p in _files()} <= annotated


def test_hard_cases_are_present():
    rows = _rows()
    assert any(r["negated"] for r in rows)
    assert any(r["modality"] == "reported" for r in rows)
    assert any(r["modality"] == "future" for r in rows)
