"""Character tables for matching, loaded from ``data/<lang>/normalise.yaml``.

Every language table is merged with ``data/common/normalise.yaml`` (quotes, dashes,
digits), because mixed-language documents are common.
"""

from __future__ import annotations

from functools import lru_cache

from detente.resources import load_yaml


def _expand(spec: dict) -> dict[str, str]:
    table: dict[str, str] = {}
    for target, sources in (spec.get("map") or {}).items():
        for s in sources:
            table[s] = target
    for rng in spec.get("remove_ranges") or []:
        lo, hi = (int(x, 16) for x in rng.split("-"))
        for cp in range(lo, hi + 1):
            table[chr(cp)] = ""
    for s in spec.get("remove") or []:
        table[s] = ""
    return table


@lru_cache(maxsize=None)
def char_table(lang: str | None) -> dict[str, str]:
    table = _expand(load_yaml("common/normalise.yaml") or {})
    # Hebrew and Arabic tables apply to any document: quotes and marks from one script
    # show up inside the other's text, and they never conflict.
    for code in ("he", "ar", "ru"):
        table.update(_expand(load_yaml(f"{code}/normalise.yaml") or {}))
    return table
