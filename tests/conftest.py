from pathlib import Path

import pytest
from shared_data import HE_SEED_PATH as HE_SEED
from shared_data import SEEDS


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not HE_SEED.exists():
        pytest.fail(f"seed documents not found at {SEEDS}; the repository must sit beside shared/")
    return SEEDS
