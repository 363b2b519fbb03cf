"""Checks on the non-person knowledge base: countries, organisations, places, sectors."""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest
import yaml

from detente.models import NON_STATE_CODES

DATA = Path(__file__).resolve().parent.parent / "src" / "detente" / "data"
LANGS = ("he", "ar", "ru", "en")
FILES = ("countries", "organisations", "places")
ALIAS_TYPES = {"name", "adjective", "demonym", "metonym", "surname", "abbreviation"}
KINDS = {"country", "org", "person", "place", "group", "company"}
SECTORS = {
    "GOV",
    "MIL",
    "COP",
    "SPY",
    "JUD",
    "LEG",
    "MED",
    "BUS",
    "OPP",
    "REB",
    "CVL",
    "CRM",
    "REF",
    "LAB",
    "EDU",
    "HLH",
    "NGO",
    "REL",
}
EXTRA_CODES = set(NON_STATE_CODES) | {"XKX"}


def load(path: Path):
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def entities(name: str) -> list[dict]:
    return load(DATA / "entities" / f"{name}.yaml")


def aliases(lang: str, name: str) -> dict[str, list]:
    return load(DATA / lang / "aliases" / f"{name}.yaml")


def texts(lang: str, name: str, eid: str, typ: str | None = None) -> set[str]:
    out = set()
    for a in aliases(lang, name).get(eid, []):
        t, ty = (a, "name") if isinstance(a, str) else (a["text"], a.get("type", "name"))
        if typ is None or ty == typ:
            out.add(t)
    return out


def valid_code(code: str) -> bool:
    return code in EXTRA_CODES or pycountry.countries.get(alpha_3=code) is not None


@pytest.mark.parametrize("name", FILES)
def test_entity_records(name):
    recs = entities(name)
    assert isinstance(recs, list) and recs
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in recs:
        assert r["kind"] in KINDS, r
        assert isinstance(r["name"], str) and r["name"], r
        # seas and regions belong to no country (eval/README.md: country null)
        assert (name == "places" and r["country"] is None) or valid_code(r["country"]), r
        assert r.get("sector") is None or r["sector"] in SECTORS, r
        if r.get("wikidata") is not None:
            assert str(r["wikidata"]).startswith("Q") and str(r["wikidata"])[1:].isdigit(), r
        if name == "countries":
            assert r["kind"] == "country" and r["id"] == r["country"], r
        else:
            assert ":" in r["id"], r
        if name == "places":
            assert r["kind"] == "place"
            assert "metonym_for" in r, r
            if r["metonym_for"] is not None:
                assert valid_code(r["metonym_for"]) and r["sector"] in SECTORS, r
            else:
                assert r["sector"] is None, r


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", FILES)
def test_alias_files(lang, name):
    ids = {r["id"] for r in entities(name)}
    data = aliases(lang, name)
    assert isinstance(data, dict)
    assert set(data) <= ids, f"unknown ids: {sorted(set(data) - ids)}"
    assert ids <= set(data), f"no {lang} aliases: {sorted(ids - set(data))}"
    for eid, items in data.items():
        assert items, eid
        for a in items:
            if isinstance(a, str):
                assert a.strip() == a and a, (eid, a)
            else:
                assert set(a) <= {"text", "type", "ambiguous"}, (eid, a)
                assert isinstance(a["text"], str) and a["text"].strip() == a["text"], (eid, a)
                assert a.get("type", "name") in ALIAS_TYPES, (eid, a)
                assert isinstance(a.get("ambiguous", False), bool), (eid, a)


def test_country_coverage():
    ids = {r["id"] for r in entities("countries")}
    assert len(ids) == 198  # 193 UN members + PSE XKX TWN HKG VAT
    assert {"PSE", "XKX", "TWN", "HKG", "VAT", "USA", "RUS", "AZE", "SSD", "TLS"} <= ids


@pytest.mark.parametrize("lang", LANGS)
def test_sectors(lang):
    data = load(DATA / lang / "sectors.yaml")
    assert isinstance(data, list) and data
    seen = set()
    for e in data:
        assert set(e) <= {"terms", "sector", "note"}, e
        assert e["sector"] in SECTORS, e
        assert e["terms"] and all(isinstance(t, str) and t for t in e["terms"]), e
        seen.add(e["sector"])
    assert {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "MED", "BUS", "OPP", "REB", "CVL"} <= seen


def test_azerbaijan():
    assert next(r for r in entities("countries") if r["id"] == "AZE")["wikidata"] == "Q227"
    assert {"Azerbaijan"} <= texts("en", "countries", "AZE", "name")
    assert {"Azerbaijani", "Azeri"} <= texts("en", "countries", "AZE", "adjective")
    assert {"Azeris"} <= texts("en", "countries", "AZE", "demonym")
    assert {"אזרבייג'ן", "אזרבייג'אן"} <= texts("he", "countries", "AZE", "name")
    assert {"אזרי", "אזרית", "אזריים"} <= texts("he", "countries", "AZE", "adjective")
    assert {"أذربيجان"} <= texts("ar", "countries", "AZE", "name")
    assert {"أذربيجاني", "أذربيجانية", "آذري"} <= texts("ar", "countries", "AZE", "adjective")
    assert {"Азербайджан"} <= texts("ru", "countries", "AZE", "name")
    assert {"азербайджанский"} <= texts("ru", "countries", "AZE", "adjective")
    assert {"азербайджанец", "азербайджанцы"} <= texts("ru", "countries", "AZE", "demonym")


def test_country_abbreviations_and_flags():
    assert {"USA", "U.S."} <= texts("en", "countries", "USA", "abbreviation")
    assert 'ארה"ב' in texts("he", "countries", "USA", "abbreviation")
    assert "США" in texts("ru", "countries", "USA", "abbreviation")
    assert "РФ" in texts("ru", "countries", "RUS", "abbreviation")
    geo = [
        a
        for a in aliases("en", "countries")["GEO"]
        if isinstance(a, dict) and a["text"] == "Georgia"
    ]
    assert geo and geo[0]["ambiguous"] is True
    assert "Turkic" not in texts("en", "countries", "TUR")


def test_places_and_orgs_spot_checks():
    places = {r["id"]: r for r in entities("places")}
    k = places["place:kremlin"]
    assert (k["metonym_for"], k["country"], k["sector"]) == ("RUS", "RUS", "GOV")
    assert "Кремль" in texts("ru", "places", "place:kremlin")
    assert "הקרמלין" in texts("he", "places", "place:kremlin")
    assert places["place:pentagon"]["sector"] == "MIL"
    assert places["place:knesset"]["sector"] == "LEG"
    g = places["place:grozny"]
    assert g["metonym_for"] is None and g["country"] == "RUS"
    assert places["place:baku"]["metonym_for"] == "AZE"
    orgs = {r["id"]: r for r in entities("organisations")}
    assert (orgs["org:sputnik"]["country"], orgs["org:sputnik"]["sector"]) == ("RUS", "MED")
    assert orgs["org:nato"]["country"] == "IGO"
    assert orgs["org:un_security_council"]["country"] == "UNO"
    assert orgs["org:european_commission"]["country"] == "EUR"
    assert (orgs["group:hamas"]["country"], orgs["group:hamas"]["sector"]) == ("PSE", "REB")
    assert orgs["group:isis"]["country"] == "ISM"
    assert (orgs["org:fsb"]["country"], orgs["org:fsb"]["sector"]) == ("RUS", "SPY")
    assert "НАТО" in texts("ru", "organisations", "org:nato")
    assert 'צה"ל' in texts("he", "organisations", "org:idf")


def test_every_trigger_mode_has_an_intensity_in_plover_yaml():
    # A mode missing from plover.yaml silently falls back to its type's intensity.
    import yaml

    from detente.resources import data_dir

    DATA_DIR = data_dir()
    types = yaml.safe_load((DATA_DIR / "plover.yaml").read_text(encoding="utf-8"))["types"]
    missing = set()
    for path in sorted(DATA_DIR.glob("*/triggers.yaml")):
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
        for e in entries if isinstance(entries, list) else entries.get("triggers", []):
            readings = [(e.get("type"), e.get("mode"))]
            readings += [tuple(str(a).partition("/")[::2]) for a in e.get("also") or []]
            for etype, mode in readings:
                if etype and etype != "NONE" and mode and mode not in types[etype]["modes"]:
                    missing.add((path.parent.name, etype, mode))
    assert not missing, sorted(missing)
