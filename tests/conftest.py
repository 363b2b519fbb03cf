from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
HE_SEED = SEEDS / "000_ee65b16fb3b2a586.txt"
AR_SEED = SEEDS / "002_a06e4be71bb4080b.txt"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not HE_SEED.exists():
        pytest.fail(f"seed documents not found at {SEEDS}; the repository must sit beside shared/")
    return SEEDS
