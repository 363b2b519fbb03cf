"""Coverage of the actor knowledge base for the 60 states most present in the news (issue 3).

Usage: python benchmarks/kb_coverage.py [--kb DATA_ROOT] [--from 2022-01-01] [--to 2025-12-31]
                                        [--names] [--missing]

For each state of ``common/top_states.yaml`` prints which of six roles have at least one
holder in the bundled base (``entities/*.yaml``, no Wikidata import or user overlay) whose
role dates overlap the period: head of state (HoS), head of government (HoG), foreign
minister (FM), defence minister (DM), foreign-ministry spokesperson (SPK) and any official
spokesperson (SPK+). Role titles are free text (``roles[].title``) and are matched with the
keyword rules below.

SPK stays strictly the foreign-ministry spokesperson. SPK+ is broader: any official
spokesperson of the state, i.e. anything SPK accepts, plus a government or presidential
spokesperson (titles "government spokesperson", "presidential spokesperson",
"spokesperson of the government / the presidency / the president", "press secretary of
the president", "White House press secretary", optionally prefixed "international",
"chief" or "official"; nothing with "deputy" or "vice"), plus the ``g`` case below. Many
states have no publicly named foreign-ministry spokesperson, and their regularly quoted
official voice is a government or presidential spokesperson: SPK+ measures that.

Marks: ``Y`` covered; ``-`` not covered; ``p`` (HoG) a presidential system where the President
heads the government; ``m`` (HoS) a Commonwealth realm whose head of state is the British
monarch; ``g`` (SPK, only for the states of ``GOV_SPOKESPERSON_STATES``) no foreign-ministry
spokesperson as such, but a government spokesperson (the UK Prime Minister's official
spokesperson, Japan's Chief Cabinet Secretary) is in the base; the same applies to SPK+.
Each of these counts as covered.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path

import yaml

from detente.actors import load_kb
from detente.actors.kb import Role
from detente.resources import data_dir

ROLES = ("HoS", "HoG", "FM", "DM", "SPK", "SPK+")
ROLE_NAMES = {
    "HoS": "head of state",
    "HoG": "head of government",
    "FM": "foreign minister",
    "DM": "defence minister",
    "SPK": "foreign-ministry spokesperson",
    "SPK+": "any official spokesperson",
}

# States where the President is also head of government (no prime minister, or one who
# does not lead the executive).
PRESIDENTIAL = {
    "USA", "MEX", "BRA", "ARG", "IDN", "ZAF", "NGA", "TUR", "IRN", "VEN", "KOR",
}
# States with no foreign-ministry spokesperson as such: a government spokesperson counts.
GOV_SPOKESPERSON_STATES = {"GBR", "JPN"}
# Commonwealth realms: the head of state is the British monarch (a GBR role in the base).
REALMS = {"CAN": "GBR", "AUS": "GBR"}

_LEADING = re.compile(r"^(acting|interim|transitional|caretaker)\s+")


def _norm(title: str | None) -> str:
    t = (title or "").strip().strip('"').lower()
    t = re.sub(r"\s*\(.*?\)\s*", " ", t).strip()  # "(acting)", "(Emir until 2002)"
    return _LEADING.sub("", t)


def is_head_of_state(t: str) -> bool:
    if t in {"president", "king", "queen", "emir", "sultan", "emperor", "supreme leader",
             "grand duke", "prince", "president of the state of palestine",
             "president of the palestinian authority", "leader of the taliban",
             "supreme leader of the taliban government",
             "chairman of the state affairs commission"}:
        return True
    return t.startswith("chairman of the") and any(
        k in t for k in ("sovereignty council", "presidential leadership council",
                         "presidential council", "state administration council")
    )


def is_head_of_government(t: str) -> bool:
    if any(k in t for k in ("deputy", "vice", "kurdistan", "spokes", "press", "adviser")):
        return False
    return t.startswith("prime minister") or t in {"premier", "chancellor", "federal chancellor"}


def is_foreign_minister(t: str) -> bool:
    if any(k in t for k in ("deputy", "vice", "minister of state", "spokes", "under-secretary",
                            "secretary-general", "secretary general", "high representative",
                            "envoy", "ambassador", "adviser", "advisor")):
        return False
    if t in {"secretary of state", "foreign secretary"}:
        return True
    return t.startswith("minister") and any(
        k in t for k in ("foreign affairs", "external affairs", "international relations")
    )


def is_defence_minister(t: str) -> bool:
    if not any(k in t for k in ("defence", "defense", "armed forces", "secretary of war")):
        return False
    if any(k in t for k in ("deputy minister", "vice minister", "director", "chief", "commander",
                            "council", "staff", "spokes", "intelligence")):
        return False
    return t.startswith(("minister", "secretary of", "defence secretary", "deputy prime minister"))


def is_mfa_spokesperson(t: str) -> bool:
    return ("spokes" in t or "press secretary" in t) and any(
        k in t for k in ("foreign", "external affairs", "department of state")
    )


def is_gov_spokesperson(t: str) -> bool:
    return t in {"chief cabinet secretary", "government spokesperson", "spokesperson of the government",
                 "prime minister's official spokesperson", "official spokesperson of the prime minister"}


_OFFICIAL_SPOKESPERSON = re.compile(
    r"^(?:(?:international|chief|official)\s+)?(?:"
    r"(?:government|presidential)\s+spokes(?:person|man|woman)"
    r"|spokes(?:person|man|woman)\s+of\s+the\s+(?:government|presidency|president)"
    r"|press\s+secretary\s+(?:of|to)\s+the\s+president"
    r"|white\s+house\s+press\s+secretary"
    r")$"
)


def is_official_spokesperson(t: str) -> bool:
    """SPK+: a foreign-ministry, government or presidential spokesperson."""
    if is_mfa_spokesperson(t):
        return True
    if "deputy" in t or "vice" in t:
        return False
    return bool(_OFFICIAL_SPOKESPERSON.match(t))


RULES: dict[str, Callable[[str], bool]] = {
    "HoS": is_head_of_state,
    "HoG": is_head_of_government,
    "FM": is_foreign_minister,
    "DM": is_defence_minister,
    "SPK": is_mfa_spokesperson,
    "SPK+": is_official_spokesperson,
}


def _date_key(v: str | None, end: bool) -> str:
    """ISO date, possibly partial, padded to a full date for comparison."""
    if not v:
        return "9999-12-31" if end else "0000-01-01"
    parts = v.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31" if end else f"{parts[0]}-01-01"
    if len(parts) == 2:
        return f"{v}-31" if end else f"{v}-01"
    return v


def overlaps(r: Role, lo: str, hi: str) -> bool:
    return _date_key(r.start, False) <= hi and _date_key(r.end, True) >= lo


def load_states(root: Path) -> list[str]:
    with (root / "common" / "top_states.yaml").open(encoding="utf-8") as f:
        data = yaml.safe_load(f)
    return [c for group in data["states"].values() for c in group]


def coverage(kb, states: list[str], lo: str, hi: str) -> dict[str, dict[str, tuple[str, list[str]]]]:
    """state -> role -> (mark, holder names)."""
    holders: dict[tuple[str, str], list[str]] = {}
    gov_spk: dict[str, list[str]] = {}
    presidents: dict[str, list[str]] = {}
    for e in kb.entities.values():
        if e.kind != "person":
            continue
        for r in e.roles:
            if not r.country or not overlaps(r, lo, hi):
                continue
            t = _norm(r.title)
            for role, rule in RULES.items():
                if rule(t) and e.name not in holders.setdefault((r.country, role), []):
                    holders[(r.country, role)].append(e.name)
            if t == "president" and e.name not in presidents.setdefault(r.country, []):
                presidents[r.country].append(e.name)
            if is_gov_spokesperson(t) and e.name not in gov_spk.setdefault(r.country, []):
                gov_spk[r.country].append(e.name)
    out: dict[str, dict[str, tuple[str, list[str]]]] = {}
    for c in states:
        row: dict[str, tuple[str, list[str]]] = {}
        for role in ROLES:
            names = holders.get((c, role), [])
            mark = "Y" if names else "-"
            if not names and role == "HoG" and c in PRESIDENTIAL:
                names = presidents.get(c, [])
                mark = "p" if names else "-"
            if not names and role == "HoS" and c in REALMS:
                names = holders.get((REALMS[c], "HoS"), [])
                mark = "m" if names else "-"
            if not names and role in ("SPK", "SPK+") and c in GOV_SPOKESPERSON_STATES:
                names = gov_spk.get(c, [])
                mark = "g" if names else "-"
            row[role] = (mark, names)
        out[c] = row
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kb", type=Path, default=None, help="data root (default: bundled data)")
    ap.add_argument("--from", dest="lo", default="2022-01-01")
    ap.add_argument("--to", dest="hi", default="2025-12-31")
    ap.add_argument("--names", action="store_true", help="list the holders found")
    ap.add_argument("--missing", action="store_true", help="list uncovered states per role")
    args = ap.parse_args()
    root = args.kb or data_dir()
    kb = load_kb(data_root=root)
    states = load_states(Path(root))
    cov = coverage(kb, states, args.lo, args.hi)

    print(f"Roles held at some point in {args.lo}..{args.hi} ({len(states)} states)")
    print("state  " + "  ".join(f"{r:>4}" for r in ROLES))
    for c in states:
        row = cov[c]
        line = f"{c:<5}  " + "  ".join(f"{row[r][0]:>4}" for r in ROLES)
        if args.names:
            line += "   " + "; ".join(f"{r}: {', '.join(row[r][1])}" for r in ROLES if row[r][1])
        print(line)
    print()
    print("p = presidential system, the President heads the government; m = head of state is the")
    print("British monarch; g = no foreign-ministry spokesperson as such, a government spokesperson")
    print("(e.g. UK Prime Minister's spokesperson, Japan's Chief Cabinet Secretary) counts instead.")
    print("SPK+ = any official spokesperson: foreign-ministry, government or presidential.")
    print()
    for role in ROLES:
        n = sum(1 for c in states if cov[c][role][0] != "-")
        line = f"{ROLE_NAMES[role]:<30} {n}/{len(states)} covered"
        print(line)
        if args.missing:
            miss = [c for c in states if cov[c][role][0] == "-"]
            print(f"  missing: {' '.join(miss) if miss else '(none)'}")


if __name__ == "__main__":
    main()
