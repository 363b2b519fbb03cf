"""Evaluate event fusion on eval/fusion: B-cubed purity and completeness.

Runs the real pipeline on eval/fusion/docs into a temporary store, clusters the stored
events with ``update_clusters`` and scores the clusters of the events that match a gold
item (eval/fusion/gold.yaml).

B-cubed, per matched event e with gold label L(e) and system cluster C(e):
  precision(e) = |{e' in C(e) : L(e') = L(e)}| / |C(e)|      (purity)
  recall(e)    = |{e' in C(e) : L(e') = L(e)}| / |{e' : L(e') = L(e)}|   (completeness)
averaged over matched events; C(e) counts only matched events.

Two selections of events are scored:
  all    every event whose evidence contains the gold text and whose type is allowed;
  coded  additionally the coder's actor countries equal the gold actors and its recipient
         countries equal the gold recipients or are empty, so coding errors (a wrong actor,
         a wrong date is still charged) are not charged to fusion.

Usage: python benchmarks/eval_fusion.py [--no-embed] [--threshold 0.84] [-v]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from detente import api  # noqa: E402
from detente.fusion import DEFAULT_THRESHOLD, load_clusters, update_clusters  # noqa: E402
from detente.store import open_store  # noqa: E402


def bcubed(items: list[tuple[str, str]]) -> tuple[float, float]:
    """items: (gold label, cluster id) per event."""
    if not items:
        return 0.0, 0.0
    by_cluster = Counter(c for _, c in items)
    by_label = Counter(g for g, _ in items)
    both = Counter(items)
    p = sum(both[(g, c)] / by_cluster[c] for g, c in items) / len(items)
    r = sum(both[(g, c)] / by_label[g] for g, c in items) / len(items)
    return p, r


def run(embed: bool, threshold: float, verbose: bool) -> dict[str, tuple[float, float, int]]:
    gold = yaml.safe_load((ROOT / "eval/fusion/gold.yaml").read_text(encoding="utf-8"))["items"]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "fusion.db"
        with open_store(db) as store:
            api.ingest([ROOT / "eval/fusion/docs"], store)
            update_clusters(store, embed=embed, threshold=threshold, claims=False)
            members = []
            for cl in load_clusters(store):
                for m in cl.members:
                    members.append((cl, m))
    results = {}
    for mode in ("all", "coded"):
        items: dict[str, tuple[str, str]] = {}
        missing = []
        for g in gold:
            hits = []
            for cl, m in members:
                if m.doc != g["doc"] or g["text"] not in m.evidence.text:
                    continue
                if cl.event_type not in g["types"]:
                    continue
                a = sorted({e.country for e in m.actor if e.country})
                r = sorted({e.country for e in m.recipient if e.country})
                if mode == "coded" and not (
                    a == sorted(g["actor"]) and (r == sorted(g["recipient"]) or not r)
                ):
                    continue
                hits.append((m.event_id, cl.cluster_id))
            if not hits:
                missing.append(g)
            for eid, cid in hits:
                items[eid] = (g["label"], cid)
        p, r = bcubed(list(items.values()))
        results[mode] = (p, r, len(items))
        if verbose:
            print(f"[{mode}] {len(items)} events matched; {len(missing)} gold items not coded:")
            for g in missing:
                print(f"    {g['label']}: {g['doc']} {g['text']!r}")
            by_c: dict[str, list[str]] = {}
            for label, cid in items.values():
                by_c.setdefault(cid, []).append(label)
            for cid, labels in sorted(by_c.items(), key=lambda x: sorted(x[1])):
                print(f"    {cid}: {dict(Counter(labels))}")
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-embed", action="store_true")
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    res = run(not args.no_embed, args.threshold, args.verbose)
    for mode, (p, r, n) in res.items():
        print(
            f"{mode:5s}  events {n:3d}  purity (B3 precision) {p:.3f}  completeness (B3 recall) {r:.3f}"
        )


if __name__ == "__main__":
    main()
