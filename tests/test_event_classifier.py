"""The shipped event-type classifier weights (not wired into the coder: see the model card)
and the numpy logistic regression that trains them (scripts/train_event_classifier.py)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np

from detente.models import PLOVER_TYPES

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "src" / "detente" / "data" / "models"


def _trainer():
    spec = importlib.util.spec_from_file_location(
        "train_event_classifier", ROOT / "scripts" / "train_event_classifier.py"
    )
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, mod)
    spec.loader.exec_module(mod)
    return mod


def test_shipped_weights_match_the_card():
    path = MODELS / "event_classifier.npz"
    assert path.stat().st_size < 300_000
    z = np.load(path)
    card = json.loads((MODELS / "event_classifier.json").read_text(encoding="utf-8"))
    types = [str(t) for t in z["types"]]
    assert types == card["types"]
    assert set(types) == set(PLOVER_TYPES)
    assert z["weights"].shape == (16, 384)
    assert z["mean"].shape == z["scale"].shape == (384,)
    assert np.isfinite(z["weights"].astype(np.float32)).all()
    assert (z["scale"].astype(np.float32) > 0).all()
    assert "sentences" in card["trained_on"] and card["held_out"]["decision"]


def test_logistic_heads_learn_a_separable_problem():
    tec = _trainer()
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 384)).astype(np.float32)
    labels = [
        {t: int(x[i, 0] > 0.5) if t == "PROTEST" else 0 for t in tec.TYPES} for i in range(200)
    ]
    for i in range(0, 200, 7):  # unlabelled for PROTEST: ignored by that head
        del labels[i]["PROTEST"]
    model = tec.train(x, labels)
    p = model.proba(x)[:, tec.TYPES.index("PROTEST")]
    y = x[:, 0] > 0.5
    assert ((p >= 0.5) == y).mean() > 0.9
    # a head with no positive example never fires
    assert model.proba(x)[:, tec.TYPES.index("AGREE")].max() < 0.05
