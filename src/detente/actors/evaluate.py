"""Score the actor matcher and resolver against the hand-annotated gold mentions.

Each gold sentence runs through the real pipeline (language detection, right-to-left
repair, segmentation, matching, resolution; the event coder is skipped). Predicted and
gold mentions are paired by span overlap, not by exact offsets: gold spans include Hebrew
and Arabic proclitics and whole descriptive phrases, while the matcher reports the span
without stripped clitics. Pairing is one-to-one, greedy by largest overlap.

Measures per language:

* recall: gold mentions overlapped by at least one predicted mention;
* precision: predicted mentions overlapping at least one gold mention (so "Dutch" and
  "Australian governments" inside the gold "the Dutch and Australian governments" are
  both correct finds);
* resolution accuracy: among the one-to-one pairs, country and sector both equal
  (null == null);
* entity accuracy: among pairs, the same canonical entity name (case-insensitive);
* role accuracy: among pairs, the same role (actor / location). Role does not decide
  pairing, so a location predicted for a gold actor still counts for recall.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from detente.models import Mention, RawDocument
from detente.resources import LANGUAGES

GOLD_DIR = Path(__file__).resolve().parents[3] / "eval" / "mentions"


def gold_paths(langs: list[str] | None = None) -> list[Path]:
    return [GOLD_DIR / f"{lang}.jsonl" for lang in (langs or LANGUAGES)]


def _read_gold(path: Path) -> list[dict]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                out.append(json.loads(line))
    return out


def predict(item: dict, kb=None) -> list[Mention]:
    from detente.pipeline import process

    raw = RawDocument(
        text=item["text"],
        name=item["id"],
        source=item["id"],
        date=item.get("doc_date"),
        date_source="option" if item.get("doc_date") else None,
    )
    # a group ("the police") has no country of its own and the gold marks none: not scored
    # Like pronouns, phrases for two parties named before ("both countries") are not
    # marked in the gold: they point back to mentions, they are not mentions of their own.
    return [
        m
        for m in process(raw, kb=kb, code_events=False).mentions
        if m.role != "group" and m.kind != "pair"
    ]


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def pair(gold: list[dict], pred: list[Mention]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, largest overlap first."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = _overlap(g["start"], g["end"], p.start, p.end)
            if ov > 0:
                cands.append((ov, gi, pi))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return sorted(out)


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _pred_dict(p: Mention) -> dict:
    return {
        "text": p.raw_text,
        "start": p.start,
        "end": p.end,
        "entity_name": p.entity_name,
        "country": p.country,
        "sector": p.sector,
        "role": p.role,
        "why": p.why,
    }


def _gold_dict(g: dict) -> dict:
    keep = ("text", "start", "end", "entity_name", "country", "sector", "role")
    return {k: g.get(k) for k in keep}


def evaluate_items(items: list[dict], kb=None) -> dict[str, Any]:
    """Scores for one list of gold sentences (normally one language)."""
    n_gold = n_pred = n_pairs = n_found = n_true = res_ok = ent_ok = role_ok = 0
    misses: list[dict] = []
    false: list[dict] = []
    wrong: list[dict] = []
    for item in items:
        gold = item.get("mentions") or []
        pred = predict(item, kb=kb)
        pairs = pair(gold, pred)
        n_gold += len(gold)
        n_pred += len(pred)
        n_pairs += len(pairs)
        for g in gold:
            if any(_overlap(g["start"], g["end"], p.start, p.end) for p in pred):
                n_found += 1
            else:
                misses.append({"id": item["id"], "sentence": item["text"], "gold": _gold_dict(g)})
        for p in pred:
            if any(_overlap(g["start"], g["end"], p.start, p.end) for g in gold):
                n_true += 1
            else:
                false.append({"id": item["id"], "sentence": item["text"], "pred": _pred_dict(p)})
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            ok = g.get("country") == p.country and g.get("sector") == p.sector
            ent = (g.get("entity_name") or "").casefold() == (p.entity_name or "").casefold()
            role = (g.get("role") or "actor") == p.role
            res_ok += ok
            ent_ok += ent
            role_ok += role
            if not (ok and role):
                wrong.append(
                    {
                        "id": item["id"],
                        "sentence": item["text"],
                        "gold": _gold_dict(g),
                        "pred": _pred_dict(p),
                        "resolution_ok": ok,
                        "role_ok": role,
                    }
                )
    return {
        "sentences": len(items),
        "gold": n_gold,
        "predicted": n_pred,
        "matched": n_pairs,
        "recall": _ratio(n_found, n_gold),
        "precision": _ratio(n_true, n_pred),
        "resolution_accuracy": _ratio(res_ok, n_pairs),
        "entity_accuracy": _ratio(ent_ok, n_pairs),
        "role_accuracy": _ratio(role_ok, n_pairs),
        "misses": misses,
        "false_mentions": false,
        "wrong_resolutions": wrong,
    }


def evaluate_mentions(paths: list[Path] | None = None, kb=None) -> dict[str, dict]:
    """Scores per language for the gold files ``paths`` (default: all of eval/mentions).

    The language of an item is its ``lang`` field; a file may mix languages.
    """
    by_lang: dict[str, list[dict]] = {}
    for path in paths or gold_paths():
        for item in _read_gold(Path(path)):
            by_lang.setdefault(item.get("lang") or Path(path).stem, []).append(item)
    return {lang: evaluate_items(items, kb=kb) for lang, items in by_lang.items()}
