from pathlib import Path

import pytest
from shared_data import HE_SEED_PATH as HE_SEED
from shared_data import SEEDS


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not HE_SEED.exists():
        pytest.fail(f"seed documents not found at {SEEDS}; put the repository (or the one it was cloned from) beside shared/, or set DETENTE_SHARED")
    return SEEDS
