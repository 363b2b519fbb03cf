"""Where the tests find the read-only shared data: ``../shared`` beside the repository
(the layout CI uses), or the folder named by ``DETENTE_SHARED``."""

import os
from pathlib import Path

SHARED = Path(os.environ.get("DETENTE_SHARED") or Path(__file__).resolve().parents[2] / "shared")
SEEDS = SHARED / "seeds"
HE_SEED_PATH = SEEDS / "000_ee65b16fb3b2a586.txt"
AR_SEED_PATH = SEEDS / "002_a06e4be71bb4080b.txt"
