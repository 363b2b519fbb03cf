"""Import people and states from a Wikidata JSON dump into a user-overlay YAML.

The dump is read line by line (a JSON array with one entity per line, or JSON Lines;
plain, .gz or .bz2), never whole. Two passes: the first keeps humans holding positions
(P39) and states, and notes which position items they refer to; the second collects the
labels and jurisdictions of those positions, so roles get titles and countries.
"""

from __future__ import annotations

import bz2
import gzip
import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import yaml

from detente.actors.kb import KnowledgeBase

HUMAN = "Q5"
STATE_CLASSES = {"Q6256", "Q3624078"}  # country, sovereign state


def _open(path: Path):
    name = str(path)
    if name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    if name.endswith(".bz2"):
        return bz2.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def iter_entities(path: Path) -> Iterator[dict]:
    with _open(Path(path)) as f:
        for line in f:
            line = line.strip()
            if line in ("", "[", "]"):
                continue
            if line.endswith(","):
                line = line[:-1]
            try:
                yield json.loads(line)
            except json.JSONDecodeError:
                continue


def _item_ids(claims: dict, prop: str) -> list[str]:
    out = []
    for c in claims.get(prop) or []:
        if c.get("rank") == "deprecated":
            continue
        v = ((c.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if isinstance(v, dict) and v.get("id"):
            out.append(v["id"])
    return out


def _strings(claims: dict, prop: str) -> list[str]:
    out = []
    for c in claims.get(prop) or []:
        v = ((c.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if isinstance(v, str):
            out.append(v)
    return out


def _time(snaks: list) -> str | None:
    for s in snaks or []:
        v = (s.get("datavalue") or {}).get("value")
        if isinstance(v, dict) and v.get("time"):
            m = re.match(r"^[+]?(\d{4})-(\d\d)-(\d\d)", v["time"])
            if not m:
                continue
            y, mo, d = m.groups()
            prec = v.get("precision", 11)
            if prec <= 9 or mo == "00":
                return y
            if prec == 10 or d == "00":
                return f"{y}-{mo}"
            return f"{y}-{mo}-{d}"
    return None


def _names(ent: dict, languages: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for lang in languages:
        names = []
        lab = (ent.get("labels") or {}).get(lang)
        if lab and lab.get("value"):
            names.append(lab["value"])
        for a in (ent.get("aliases") or {}).get(lang) or []:
            if a.get("value") and a["value"] not in names:
                names.append(a["value"])
        if names:
            out[lang] = names
    return out


def _slug(text: str) -> str:
    s = re.sub(r"[^0-9a-z]+", "_", text.casefold()).strip("_")
    return s or "unnamed"


def import_wikidata(
    path: Path,
    out: Path,
    *,
    languages: Sequence[str] = ("he", "ar", "ru", "en"),
    kb: KnowledgeBase | None = None,
) -> int:
    """Write people with positions and states found in the dump to ``out``; returns count."""
    if kb is None:
        from detente.actors.kb import default_kb

        kb = default_kb()
    known = kb.by_wikidata()  # Q-id -> KB id (countries: ISO3)
    iso: dict[str, str] = {q: i for q, i in known.items() if re.fullmatch(r"[A-Z]{3}", i)}
    people: list[dict] = []
    states: list[dict] = []
    positions: set[str] = set()
    for ent in iter_entities(path):
        claims = ent.get("claims") or {}
        kinds = set(_item_ids(claims, "P31"))
        qid = ent.get("id")
        if not qid:
            continue
        if kinds & STATE_CLASSES:
            codes = _strings(claims, "P298")
            if codes:
                iso[qid] = codes[0]
            states.append(
                {"q": qid, "iso": codes[0] if codes else None, "names": _names(ent, languages)}
            )
        elif HUMAN in kinds and claims.get("P39"):
            held = []
            for c in claims["P39"]:
                if c.get("rank") == "deprecated":
                    continue
                v = ((c.get("mainsnak") or {}).get("datavalue") or {}).get("value") or {}
                if not v.get("id"):
                    continue
                q = c.get("qualifiers") or {}
                held.append((v["id"], _time(q.get("P580")), _time(q.get("P582"))))
                positions.add(v["id"])
            if held:
                people.append(
                    {
                        "q": qid,
                        "held": held,
                        "citizenship": _item_ids(claims, "P27"),
                        "names": _names(ent, languages),
                    }
                )
    pos_info: dict[str, tuple[str | None, list[str]]] = {}
    if positions:
        for ent in iter_entities(path):
            if ent.get("id") in positions:
                claims = ent.get("claims") or {}
                label = ((ent.get("labels") or {}).get("en") or {}).get("value")
                pos_info[ent["id"]] = (label, _item_ids(claims, "P1001") + _item_ids(claims, "P17"))

    entities: list[dict] = []
    aliases: dict[str, dict[str, list]] = {lang: {} for lang in languages}

    def add_names(eid: str, names: dict[str, list[str]], person: bool) -> None:
        for lang, ns in names.items():
            items: list = list(ns)
            # A surname alone is how news refers to people after the first mention;
            # Arabic names (bin/ibn chains) do not end in a surname reliably.
            if person and lang != "ar" and ns and len(ns[0].split()) >= 2:
                items.append({"text": ns[0].split()[-1], "type": "surname"})
            aliases[lang][eid] = items

    for st in states:
        code = st["iso"] or iso.get(st["q"])
        eid = known.get(st["q"]) or code
        if not eid:
            continue
        en = (st["names"].get("en") or [eid])[0]
        entities.append(
            {
                "id": eid,
                "kind": "country",
                "name": en,
                "country": code,
                "sector": None,
                "wikidata": st["q"],
            }
        )
        add_names(eid, st["names"], False)
    for p in people:
        en = (p["names"].get("en") or [p["q"]])[0]
        eid = known.get(p["q"]) or f"person:{_slug(en)}"
        citizen = next((iso[c] for c in p["citizenship"] if c in iso), None)
        roles = []
        for pos, start, end in p["held"]:
            title, where = pos_info.get(pos, (None, []))
            country = next((iso[c] for c in where if c in iso), None) or citizen
            roles.append(
                {"country": country, "sector": "GOV", "title": title, "start": start, "end": end}
            )
        roles.sort(key=lambda r: r["start"] or "")
        entities.append(
            {
                "id": eid,
                "kind": "person",
                "name": en,
                "country": citizen,
                "sector": None,
                "wikidata": p["q"],
                "roles": roles,
            }
        )
        add_names(eid, p["names"], True)
    data = {"entities": entities, "aliases": {k: v for k, v in aliases.items() if v}}
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False)
    return len(entities)
