"""Where the tests find the read-only shared data: ``DETENTE_SHARED``, ``../shared`` beside
the repository (the layout CI uses), or beside the repository this clone came from."""

from detente.evaluation import shared_dir

SHARED = shared_dir()
SEEDS = SHARED / "seeds"
HE_SEED_PATH = SEEDS / "000_ee65b16fb3b2a586.txt"
AR_SEED_PATH = SEEDS / "002_a06e4be71bb4080b.txt"
