"""Relations over time: pair series, sharp changes, the network, briefs and charts.

Counting is per unit (a fusion cluster, or a lone event until fusion has run); only
asserted and reported units feed counts and the index, negated and hypothetical ones are
counted apart. See ``series`` for the index and the date rules.

Names are loaded on first use: the pipeline imports ``detente.relations.ties`` and
should not pay for pandas and networkx.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

_EXPORTS = {
    "Change": "changes",
    "detect_changes": "changes",
    "Unit": "unit",
    "units": "unit",
    "all_pairs": "series",
    "pair_series": "series",
    "brief": "briefing",
    "export_network": "graph",
    "network": "graph",
    "plot_pair": "plot",
    "sparkline": "plot",
}

__all__ = [
    "Change",
    "Unit",
    "all_pairs",
    "brief",
    "detect_changes",
    "export_network",
    "network",
    "pair_series",
    "plot_pair",
    "sparkline",
    "units",
]

if TYPE_CHECKING:
    from detente.relations.briefing import brief
    from detente.relations.changes import Change, detect_changes
    from detente.relations.graph import export_network, network
    from detente.relations.plot import plot_pair, sparkline
    from detente.relations.series import all_pairs, pair_series
    from detente.relations.unit import Unit, units


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'detente.relations' has no attribute {name!r}")
    value = getattr(import_module(f"detente.relations.{module}"), name)
    globals()[name] = value
    return value
