"""Access to the package's bundled data (``detente/data``) and user data overlays."""

from __future__ import annotations

import gc
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

LANGUAGES = ("he", "ar", "ru", "en")


def settle() -> None:
    """Take everything alive now out of the cyclic garbage collector's walks.

    Called once a resource that lives as long as the process is built (the knowledge
    base, a language's matcher or lexicon, a parser): otherwise every full collection
    walks their hundreds of thousands of objects again, which cost coding about a tenth
    of its time (benchmarks/bench_coder.py). Objects frozen are still freed by reference
    counting; only garbage cycles alive at this moment are kept.
    """
    gc.freeze()


def data_dir() -> Path:
    return Path(str(resources.files("detente") / "data"))


@lru_cache(maxsize=None)
def load_yaml(relpath: str) -> Any:
    """Load ``data/<relpath>``; a missing file is None (a language may lack a table)."""
    p = data_dir() / relpath
    if not p.exists():
        return None
    with p.open(encoding="utf-8") as f:
        if p.suffix == ".json":
            return json.load(f)
        return yaml.safe_load(f)
