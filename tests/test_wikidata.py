import bz2
import gzip
from pathlib import Path

import yaml

from detente.actors import extract_mentions, import_wikidata, load_kb
from detente.models import Document, Sentence

SAMPLE = Path(__file__).parent / "fixtures" / "wikidata_sample.json"
KB_ROOT = Path(__file__).parent / "fixtures" / "kb"


def _check(out: Path) -> dict:
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    ents = {e["id"]: e for e in data["entities"]}
    # Russia is in the fixture KB as RUS (Q159); Douglas Adams holds no position; Paris is no state
    assert set(ents) == {"RUS", "person:vladimir_putin"}
    putin = ents["person:vladimir_putin"]
    assert putin["country"] == "RUS" and putin["wikidata"] == "Q7747"
    assert putin["roles"] == [
        {
            "country": "RUS",
            "sector": "GOV",
            "title": "President of Russia",
            "start": "2000-05-07",
            "end": "2008-05-07",
        },
        {
            "country": "RUS",
            "sector": "GOV",
            "title": "President of Russia",
            "start": "2012-05-07",
            "end": None,
        },
    ]
    assert {"text": "Путин", "type": "surname"} in data["aliases"]["ru"]["person:vladimir_putin"]
    assert "Russian Federation" in data["aliases"]["en"]["RUS"]
    return data


def test_import_plain_gz_bz2(tmp_path):
    kb = load_kb(data_root=KB_ROOT)
    raw = SAMPLE.read_bytes()
    (tmp_path / "d.json.gz").write_bytes(gzip.compress(raw))
    (tmp_path / "d.json.bz2").write_bytes(bz2.compress(raw))
    for src in (SAMPLE, tmp_path / "d.json.gz", tmp_path / "d.json.bz2"):
        out = tmp_path / "out.yaml"
        assert import_wikidata(src, out, kb=kb) == 2
        _check(out)


def test_import_json_lines_without_kb_ids(tmp_path):
    # JSON Lines, and an empty KB: Russia's ISO code comes from P298 in the dump
    lines = [
        ln.rstrip(",")
        for ln in SAMPLE.read_text(encoding="utf-8").splitlines()
        if ln not in ("[", "]")
    ]
    src = tmp_path / "d.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "out.yaml"
    assert import_wikidata(src, out, kb=load_kb(data_root=empty)) == 2
    _check(out)


def test_imported_overlay_resolves(tmp_path):
    out = tmp_path / "wd.yaml"
    import_wikidata(SAMPLE, out, kb=load_kb(data_root=KB_ROOT))
    empty = tmp_path / "empty"
    empty.mkdir()
    kb = load_kb([out], data_root=empty)
    text = "Путин заявил"
    doc = Document("x", "x", "x", text, "ru", date="2005-01-01")
    (m,) = extract_mentions(doc, [Sentence("x", 0, 0, len(text), text, "ru")], kb=kb)
    assert (m.entity_id, m.country, m.sector) == ("person:vladimir_putin", "RUS", "GOV")
