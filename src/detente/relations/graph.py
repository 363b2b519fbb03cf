"""The relations network: who did what to whom, summed over a period."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import networkx as nx

from detente.relations.series import pair_units
from detente.relations.unit import COUNTED_MODALITIES, QUADS, Unit, in_range, units
from detente.store import Store

_EDGE_COUNTERS = (
    "units",
    "reports",
    *QUADS,
    "cooperation",
    "conflict",
    "negated",
    "hypothetical",
)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    from detente.resources import load_yaml

    recs = load_yaml("entities/countries.yaml") or []
    return {r["id"]: r["name"] for r in recs if r.get("id") and r.get("name")}


def country_name(code: str) -> str:
    """The knowledge base's English name for a country code; other codes stay as they are."""
    return _country_names().get(code.upper(), code.upper())


def network(
    store: Store,
    since: str | None = None,
    until: str | None = None,
    *,
    directed: bool = False,
    modalities: tuple[str, ...] = COUNTED_MODALITIES,
    unit_list: list[Unit] | None = None,
) -> nx.Graph:
    """Countries as nodes, one edge per pair that interacted.

    Edge attributes: ``units`` (clusters), ``reports``, counts per quad class,
    ``cooperation``/``conflict`` counts, ``cooperation_intensity`` (sum of positive intensities)
    and ``conflict_intensity`` (sum of the magnitudes of negative ones), ``intensity_sum``,
    ``intensity_mean``, ``weight`` (= units), ``negated`` and ``hypothetical`` (kept out of
    every other figure) and ``event_ids`` (a list; ``export_network`` joins it).
    Undated units are left out when ``since`` or ``until`` is given."""
    all_units = [u for u in (unit_list or units(store)) if in_range(u.date, since, until)]
    g: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    seen_pairs: set[tuple[str, str]] = set()
    for u in all_units:
        for x in u.actor_countries:
            for y in u.recipient_countries:
                if x != y:
                    seen_pairs.add((x, y) if directed else tuple(sorted((x, y))))
    for x, y in sorted(seen_pairs):
        us = pair_units(all_units, x, y, directed=directed)
        attrs = {k: 0 for k in _EDGE_COUNTERS}
        attrs.update(cooperation_intensity=0.0, conflict_intensity=0.0, intensity_sum=0.0)
        ids: list[str] = []
        for u in us:
            status = u.status(modalities)
            ids += u.event_ids or [u.unit_id]
            if status != "counted":
                attrs[status] += 1
                continue
            attrs["units"] += 1
            attrs["reports"] += max(1, len(u.event_ids))
            if u.quad:
                attrs[u.quad] += 1
                attrs["cooperation" if u.quad.endswith("cooperation") else "conflict"] += 1
            if u.intensity is not None:
                attrs["intensity_sum"] += u.intensity
                if u.intensity > 0:
                    attrs["cooperation_intensity"] += u.intensity
                else:
                    attrs["conflict_intensity"] += -u.intensity
        attrs["intensity_mean"] = attrs["intensity_sum"] / attrs["units"] if attrs["units"] else 0.0
        attrs["weight"] = attrs["units"]
        attrs["event_ids"] = list(dict.fromkeys(ids))
        for node in (x, y):
            if node not in g:
                g.add_node(node, label=country_name(node), units=0)
        g.add_edge(x, y, **attrs)
        g.nodes[x]["units"] += attrs["units"]
        if y != x:
            g.nodes[y]["units"] += attrs["units"]
    g.graph.update(
        since=since or "", until=until or "", directed=directed, counted=" ".join(modalities)
    )
    return g


def _scalar(v):
    if v is None:
        return ""
    if isinstance(v, (list, tuple, set)):
        return ";".join(str(x) for x in v)
    if isinstance(v, bool | int | float | str):
        return v
    return str(v)


def export_network(graph: nx.Graph, path: str | Path) -> Path:
    """Write GraphML (``.graphml``) or GEXF (``.gexf``). List attributes such as
    ``event_ids`` are joined with ";" because both formats hold scalars only."""
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in (".graphml", ".gexf"):
        raise ValueError(f"network file must end in .graphml or .gexf, not {path.name!r}")
    g = graph.copy()
    g.graph = {k: _scalar(v) for k, v in graph.graph.items()}
    for _, data in g.nodes(data=True):
        for k, v in list(data.items()):
            data[k] = _scalar(v)
    for *_, data in g.edges(data=True):
        for k, v in list(data.items()):
            data[k] = _scalar(v)
    path.parent.mkdir(parents=True, exist_ok=True)
    if ext == ".graphml":
        nx.write_graphml(g, path)
    else:
        nx.write_gexf(g, path)
    return path
