"""Sanity checks for the hand-annotated evaluation sets in eval/events and eval/mentions."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from detente.models import MODALITIES, NON_STATE_CODES, PLOVER_TYPES

try:
    import pycountry

    ISO3 = {c.alpha_3 for c in pycountry.countries}
except ImportError:  # pragma: no cover - pycountry is a declared dependency
    ISO3 = None

EVAL = Path(__file__).resolve().parents[1] / "eval"
LANGS = ("he", "ar", "ru", "en")
EXTRA_CODES = set(NON_STATE_CODES) | {"XKX"}
DATE_RE = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}
ROLES = {"actor", "location", "other"}


def load(kind: str, lang: str) -> list[dict]:
    path = EVAL / kind / f"{lang}.jsonl"
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path}:{n} empty line"
        out.append(json.loads(line))
    return out


def valid_country(code: str | None) -> bool:
    if code is None:
        return True
    if code in EXTRA_CODES:
        return True
    if ISO3 is None:
        return bool(re.fullmatch(r"[A-Z]{3}", code))
    return code in ISO3


@pytest.mark.parametrize("lang", LANGS)
def test_events_file(lang: str) -> None:
    recs = load("events", lang)
    assert len(recs) >= 70
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids))
    types: Counter[str] = Counter()
    for r in recs:
        assert r["lang"] == lang
        assert r["text"].strip()
        assert re.fullmatch(DATE_RE["day"], r["doc_date"])
        for e in r["events"]:
            assert e["event_type"] in PLOVER_TYPES, (r["id"], e["event_type"])
            types[e["event_type"]] += 1
            assert e["modality"] in MODALITIES
            assert isinstance(e["negated"], bool)
            assert e["mode"] is None or isinstance(e["mode"], str)
            for side in ("actor", "recipient"):
                cs, ss, ts = e[f"{side}_country"], e[f"{side}_sector"], e[f"{side}_text"]
                assert len(cs) == len(ss) == len(ts), r["id"]
                for c, t in zip(cs, ts, strict=True):
                    assert valid_country(c), (r["id"], c)
                    assert t and t in r["text"], (r["id"], t)
            assert e["date_precision"] in DATE_RE
            assert re.fullmatch(DATE_RE[e["date_precision"]], e["date"]), (r["id"], e["date"])
    for t in PLOVER_TYPES:
        assert types[t] >= 3, (lang, t, types[t])
    # a healthy share of sentences without any event (false-positive measurement)
    assert sum(1 for r in recs if not r["events"]) >= 0.15 * len(recs)


@pytest.mark.parametrize("lang", LANGS)
def test_mentions_file(lang: str) -> None:
    recs = load("mentions", lang)
    total = 0
    for r in recs:
        assert r["lang"] == lang
        text = r["text"]
        assert text.strip()
        assert re.fullmatch(DATE_RE["day"], r["doc_date"])
        spans = []
        for m in r["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"], (r["id"], m)
            assert m["entity_name"]
            assert valid_country(m["country"]), (r["id"], m["country"])
            assert m["role"] in ROLES
            spans.append((m["start"], m["end"]))
            total += 1
        spans.sort()
        for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
            assert e1 <= s2, (r["id"], "overlapping mentions")
    assert total >= 160
