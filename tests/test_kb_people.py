"""Checks on the people part of the actor knowledge base (entities/people*.yaml and
<lang>/aliases/people*.yaml)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "detente" / "data"
LANGS = ("he", "ar", "ru", "en")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CODE_RE = re.compile(r"^[A-Z]{3}$")
ALIAS_TYPES = {"name", "adjective", "demonym", "metonym", "surname", "abbreviation"}


def _load(rel: str):
    with (DATA / rel).open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def _people_files(folder: str) -> list[str]:
    return [f"{folder}/{p.name}" for p in sorted((DATA / folder).glob("people*.yaml"))]


@pytest.fixture(scope="module")
def people():
    recs = [r for rel in _people_files("entities") for r in _load(rel)]
    assert isinstance(recs, list) and recs
    return recs


@pytest.fixture(scope="module")
def by_id(people):
    return {p["id"]: p for p in people}


@pytest.fixture(scope="module")
def aliases():
    out = {}
    for lang in LANGS:
        out[lang] = {}
        for rel in _people_files(f"{lang}/aliases"):
            for key, items in _load(rel).items():
                assert key not in out[lang], (rel, key)  # one person, one alias list
                out[lang][key] = items
    return out


def _date_str(v) -> str:
    """A role date as loaded by YAML (date, int year or 'YYYY-MM' string) -> ISO text."""
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def _key(v, end: bool) -> tuple:
    """Comparable (y, m, d); a partial date spans its whole period."""
    parts = [int(x) for x in _date_str(v).split("-")]
    while len(parts) < 3:
        parts.append(99 if end else 0)
    return tuple(parts)


def test_ids_unique_and_well_formed(people):
    ids = [p["id"] for p in people]
    assert len(ids) == len(set(ids))
    for p in people:
        assert re.fullmatch(r"person:[a-z0-9]+(_[a-z0-9]+)*", p["id"]), p["id"]
        assert p["kind"] == "person"
        assert isinstance(p["name"], str) and p["name"]
        assert CODE_RE.match(p["country"]), p
        assert p["sector"] is None or re.fullmatch(r"[A-Z]{3}", p["sector"]), p
        if "wikidata" in p:
            assert re.fullmatch(r"Q\d+", str(p["wikidata"])), p


def test_roles_dates(people):
    for p in people:
        roles = p.get("roles")
        assert roles, p["id"]
        for r in roles:
            assert set(r) >= {"country", "sector", "title", "start", "end"}, (p["id"], r)
            assert CODE_RE.match(r["country"]), (p["id"], r)
            assert r["title"]
            assert DATE_RE.match(_date_str(r["start"])), (p["id"], r)
            if r["end"] is not None:
                assert DATE_RE.match(_date_str(r["end"])), (p["id"], r)
                assert _key(r["start"], False) <= _key(r["end"], True), (p["id"], r)
            # full dates must be real calendar dates
            for v in (r["start"], r["end"]):
                if v is not None and len(_date_str(v)) == 10:
                    dt.date.fromisoformat(_date_str(v))


def test_entity_country_matches_a_role(people):
    for p in people:
        assert p["country"] in {r["country"] for r in p["roles"]}, p["id"]


def test_alias_files_load_and_keys_are_people(aliases, by_id):
    for lang, table in aliases.items():
        assert isinstance(table, dict) and table, lang
        for key, items in table.items():
            assert key in by_id, (lang, key)
            assert isinstance(items, list) and items, (lang, key)
            for a in items:
                if isinstance(a, str):
                    assert a.strip() == a and a, (lang, key, a)
                else:
                    assert isinstance(a.get("text"), str) and a["text"], (lang, key, a)
                    assert a.get("type", "name") in ALIAS_TYPES, (lang, key, a)
                    assert set(a) <= {"text", "type", "ambiguous"}, (lang, key, a)


def test_every_person_has_aliases_in_every_language(aliases, by_id):
    for lang in LANGS:
        missing = sorted(set(by_id) - set(aliases[lang]))
        assert not missing, (lang, missing[:10])


def _texts(items):
    return [a if isinstance(a, str) else a["text"] for a in items]


def test_alias_scripts(aliases):
    scripts = {"he": r"[\u0590-\u05FF]", "ar": r"[\u0600-\u06FF]", "ru": r"[\u0400-\u04FF]", "en": r"[A-Za-z]"}
    for lang, table in aliases.items():
        for key, items in table.items():
            # at least one alias per person in the language's own script
            assert any(re.search(scripts[lang], t) for t in _texts(items)), (lang, key)
            if lang in ("he", "ar", "ru"):
                for t in _texts(items):
                    assert not re.search(r"[A-Za-z]{4,}", t), (lang, key, t)


def test_shared_surnames_are_marked_ambiguous(aliases):
    for lang, table in aliases.items():
        owners: dict[str, set[str]] = {}
        for key, items in table.items():
            for a in items:
                if isinstance(a, dict) and a.get("type") == "surname":
                    owners.setdefault(a["text"].lower(), set()).add(key)
        for key, items in table.items():
            for a in items:
                if isinstance(a, dict) and a.get("type") == "surname" and len(owners[a["text"].lower()]) > 1:
                    assert a.get("ambiguous") is True, (lang, key, a)


# ---- spot checks (verified by hand) -------------------------------------------------

def _roles(by_id, pid, title_part):
    return [r for r in by_id[pid]["roles"] if title_part.lower() in r["title"].lower()]


def test_putin(by_id, aliases):
    p = by_id["person:vladimir_putin"]
    assert p["country"] == "RUS" and p["sector"] == "GOV"
    pres = _roles(by_id, "person:vladimir_putin", "President")
    assert [_date_str(r["start"]) for r in pres] == ["2000-05-07", "2012-05-07"]
    assert pres[-1]["end"] is None
    assert "Владимир Владимирович Путин" in _texts(aliases["ru"]["person:vladimir_putin"])


def test_aliyevs(by_id, aliases):
    ilham = _roles(by_id, "person:ilham_aliyev", "President")
    assert _date_str(ilham[0]["start"]) == "2003-10-31" and ilham[0]["end"] is None
    heydar = _roles(by_id, "person:heydar_aliyev", "President")
    assert _date_str(heydar[0]["end"]).startswith("2003")
    for lang in LANGS:
        for pid in ("person:ilham_aliyev", "person:heydar_aliyev"):
            surnames = [a for a in aliases[lang][pid] if isinstance(a, dict) and a.get("type") == "surname"]
            assert surnames and all(a.get("ambiguous") for a in surnames), (lang, pid)


def test_lavrov(by_id):
    fm = _roles(by_id, "person:sergey_lavrov", "Foreign Affairs")
    assert len(fm) == 1 and _date_str(fm[0]["start"]).startswith("2004") and fm[0]["end"] is None


def test_trump_two_terms(by_id):
    pres = _roles(by_id, "person:donald_trump", "President")
    assert [(_date_str(r["start"]), r["end"] and _date_str(r["end"])) for r in pres] == [
        ("2017-01-20", "2021-01-20"),
        ("2025-01-20", None),
    ]


def test_igo_people(by_id):
    assert by_id["person:antonio_guterres"]["country"] == "UNO"
    assert by_id["person:antonio_guterres"]["sector"] is None
    assert by_id["person:mark_rutte"]["country"] == "IGO"
    assert by_id["person:jens_stoltenberg"]["country"] == "IGO"
    assert by_id["person:ursula_von_der_leyen"]["country"] == "EUR"
    assert by_id["person:kaja_kallas"]["country"] == "EUR"


def test_ambiguous_common_words(aliases):
    def amb(lang, pid, text):
        return any(isinstance(a, dict) and a["text"] == text and a.get("ambiguous") for a in aliases[lang][pid])

    assert amb("he", "person:israel_katz", "כץ")
    assert not amb("en", "person:donald_trump", "Trump")
