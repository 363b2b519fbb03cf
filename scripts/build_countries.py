#!/usr/bin/env python3
"""Build the country part of the actor knowledge base.

Writes
    src/detente/data/entities/countries.yaml
    src/detente/data/{he,ar,ru,en}/aliases/countries.yaml

from two sources:

1. CLDR territory names (``babel.Locale(lang).territories``) and pycountry (ISO codes,
   English official names), for every UN member state plus PSE, XKX, TWN, HKG, VAT;
2. ``scripts/country_extras.yaml``, edited BY HAND: canonical-name overrides, Wikidata
   ids, common short/long forms, abbreviations, adjectives and demonyms with their
   inflections, ambiguity flags, and CLDR names to drop.

The script is re-runnable and deterministic: never hand-edit the generated YAML files,
edit ``country_extras.yaml`` and run

    .venv/bin/python scripts/build_countries.py

Extras format (one entry per ISO3 code, every key optional)::

    AZE:
      name: Azerbaijan            # canonical English name (default: CLDR English name)
      wikidata: Q227
      drop: [...]                 # CLDR/pycountry names (any language) not to emit
      en: Azerbaijan, Republic of Azerbaijan | adj= Azerbaijani, Azeri | dem= Azeris
      he: ...

A language line is a list of groups separated by ``|``; a group is a comma-separated list
of aliases, optionally prefixed by a type: ``adj=`` adjective, ``dem=`` demonym,
``abbr=`` abbreviation, ``name=`` (the default). An alias ending in ``?`` is marked
``ambiguous: true`` (it is also a common word or another entity's name, e.g. "Georgia",
"Jordan", "Chad"). Commas inside an alias are not supported.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pycountry
import yaml
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "detente" / "data"
EXTRAS = Path(__file__).resolve().parent / "country_extras.yaml"
LANGS = ("he", "ar", "ru", "en")

# The 193 UN member states (ISO 3166-1 alpha-3).
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH
BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP
CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU
GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ
KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS
MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN
PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC
SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO
TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()
# Observer states, partially recognised states and territories that act internationally.
OTHERS = ["PSE", "XKX", "TWN", "HKG", "VAT"]
# ISO3 -> CLDR territory code where pycountry has no entry.
CLDR_CODE = {"XKX": "XK"}

TYPE_PREFIX = {"adj": "adjective", "dem": "demonym", "abbr": "abbreviation", "name": "name"}


def parse_line(line: str) -> list[dict]:
    out = []
    for group in str(line).split("|"):
        group = group.strip()
        if not group:
            continue
        typ = "name"
        m = re.match(r"^(adj|dem|abbr|name)=\s*", group)
        if m:
            typ = TYPE_PREFIX[m.group(1)]
            group = group[m.end():]
        for item in group.split(","):
            item = item.strip()
            if not item:
                continue
            amb = item.endswith("?")
            if amb:
                item = item[:-1].rstrip()
            out.append({"text": item, "type": typ, "ambiguous": amb})
    return out


def cldr_names(name: str) -> list[str]:
    """CLDR display names cleaned into usable aliases."""
    name = name.replace("’", "'")
    if " - " in name:  # "Congo - Kinshasa": disambiguation labels, not names
        return []
    out = []
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if m:  # "Myanmar (Burma)" -> both
        out += [m.group(1), m.group(2)]
    else:
        out.append(name)
    more = [n.replace(" & ", " and ") for n in out if " & " in n]
    return out + more


def english_official(code: str) -> list[str]:
    c = pycountry.countries.get(alpha_3=code)
    if c is None:
        return []
    out = []
    for attr in ("official_name", "common_name", "name"):
        v = getattr(c, attr, None)
        if v and "," not in v and "(" not in v:
            out.append(v.replace("’", "'"))
    return out


def alias_yaml(a: dict) -> str:
    text = json.dumps(a["text"], ensure_ascii=False)
    if a["type"] == "name" and not a["ambiguous"]:
        return text
    parts = [f"text: {text}"]
    if a["type"] != "name":
        parts.append(f"type: {a['type']}")
    if a["ambiguous"]:
        parts.append("ambiguous: true")
    return "{" + ", ".join(parts) + "}"


def build() -> None:
    extras = yaml.safe_load(EXTRAS.read_text(encoding="utf-8")) or {}
    codes = UN_MEMBERS + OTHERS
    assert len(UN_MEMBERS) == 193 and len(set(codes)) == len(codes), "bad member list"
    unknown = set(extras) - set(codes)
    if unknown:
        sys.exit(f"country_extras.yaml has unknown codes: {sorted(unknown)}")
    territories = {lang: Locale(lang).territories for lang in LANGS}

    records = []
    aliases: dict[str, dict[str, list[dict]]] = {lang: {} for lang in LANGS}
    for code in sorted(codes):
        ex = extras.get(code) or {}
        c = pycountry.countries.get(alpha_3=code)
        cldr = CLDR_CODE.get(code) or (c.alpha_2 if c else None)
        drop = set(ex.get("drop") or [])
        en_cldr = cldr_names(territories["en"].get(cldr, ""))
        name = ex.get("name") or (en_cldr[0] if en_cldr else None)
        if not name:
            sys.exit(f"{code}: no English name")
        rec = {"id": code, "kind": "country", "name": name, "country": code, "sector": None}
        if ex.get("wikidata"):
            rec["wikidata"] = ex["wikidata"]
        records.append(rec)
        for lang in LANGS:
            items: list[dict] = []
            base = cldr_names(territories[lang].get(cldr, ""))
            if lang == "en":
                base = [name] + base + english_official(code)
            items += [{"text": n, "type": "name", "ambiguous": False} for n in base if n not in drop]
            items += parse_line(ex.get(lang, ""))
            seen: dict[str, dict] = {}
            for it in items:
                prev = seen.get(it["text"])
                if prev is None:
                    seen[it["text"]] = it
                else:  # a later hand-written entry refines type/ambiguity
                    if it["type"] != "name":
                        prev["type"] = it["type"]
                    prev["ambiguous"] = prev["ambiguous"] or it["ambiguous"]
            if not seen:
                sys.exit(f"{code}: no {lang} alias")
            aliases[lang][code] = list(seen.values())

    head = "# GENERATED by scripts/build_countries.py from CLDR + scripts/country_extras.yaml.\n# Do not edit by hand: edit country_extras.yaml and re-run the script.\n"
    lines = [head]
    for r in records:
        lines.append(f"- id: {r['id']}")
        lines.append("  kind: country")
        lines.append(f"  name: {json.dumps(r['name'], ensure_ascii=False)}")
        lines.append(f"  country: {r['country']}")
        lines.append("  sector: null")
        if "wikidata" in r:
            lines.append(f"  wikidata: {r['wikidata']}")
    (DATA / "entities" / "countries.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for lang in LANGS:
        out = [head]
        for code, items in aliases[lang].items():
            out.append(f"{code}:")
            out += [f"  - {alias_yaml(a)}" for a in items]
        path = DATA / lang / "aliases" / "countries.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(out) + "\n", encoding="utf-8")
    n = {lang: sum(len(v) for v in aliases[lang].values()) for lang in LANGS}
    print(f"{len(records)} countries; aliases: {n}")


if __name__ == "__main__":
    build()
