"""Pair series, networks and clusters for the web layer.

detente.relations and detente.fusion are built separately and may be missing or half
built; they are imported when first needed. Pair timelines and the actor network fall
back to simple aggregates of stored events so the workbench stays useful without them;
event clusters have no fallback and are reported as not available.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections import defaultdict
from typing import Any

from detente.models import Event
from detente.store import EventFilter, Store

__all__ = ["cluster", "clusters", "fusion_available", "network", "pair", "to_jsonable"]


def _optional(module: str, *names: str) -> tuple[Any, ...] | None:
    try:
        mod = __import__(module, fromlist=list(names))
    except ImportError:
        return None
    found = tuple(getattr(mod, n, None) for n in names)
    return None if any(f is None for f in found) else found


def to_jsonable(obj: Any) -> Any:
    """Plain JSON data from whatever another module returns (dataclasses, pandas, numpy)."""
    if obj is None or isinstance(obj, (str, bool, int)):
        return obj
    if isinstance(obj, float):
        return None if math.isnan(obj) or math.isinf(obj) else obj
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return to_jsonable(dataclasses.asdict(obj))
    if hasattr(obj, "to_dict") and callable(obj.to_dict):
        try:
            return to_jsonable(obj.to_dict())
        except TypeError:
            pass
    if hasattr(obj, "item") and callable(obj.item):  # numpy scalars
        try:
            return to_jsonable(obj.item())
        except (TypeError, ValueError):
            pass
    if hasattr(obj, "isoformat"):  # pandas Timestamp / Period
        return obj.isoformat()
    if hasattr(obj, "start_time"):
        return obj.start_time.isoformat()
    return str(obj)


def _codes(ents) -> set[str]:
    return {e.country for e in ents if e.country}


def _period(date: str | None) -> str | None:
    if not date or len(date) < 7:
        return None
    return date[:7]


# -- pair timeline --------------------------------------------------------------------------
def _pair_events(store: Store, a: str, b: str) -> list[Event]:
    out = []
    seen = set()
    for actor, recipient in ((a, b), (b, a)):
        for ev in store.events(EventFilter(actor=actor, recipient=recipient)):
            key = (ev.doc_id, ev.event_type, ev.evidence.start, ev.trigger_start)
            if key in seen:
                continue
            # The store's filter also matches names; keep only exact country pairs.
            if actor in _codes(ev.actor) and recipient in _codes(ev.recipient):
                seen.add(key)
                out.append(ev)
    out.sort(key=lambda e: (e.date or "", e.doc, e.evidence.start))
    return out


def _fallback_series(events: list[Event]) -> list[dict]:
    by: dict[str, list[Event]] = defaultdict(list)
    for ev in events:
        p = _period(ev.date)
        if p:
            by[p].append(ev)
    if not by:
        return []
    months = sorted(by)
    # Every month between the first and the last, so gaps show as gaps, not as slopes.
    y, m = map(int, months[0].split("-"))
    last = months[-1]
    rows = []
    smooth = None
    while True:
        p = f"{y:04d}-{m:02d}"
        evs = by.get(p, [])
        vals = [e.intensity for e in evs if e.intensity is not None and not e.negated]
        mean = sum(vals) / len(vals) if vals else None
        if mean is not None:
            smooth = mean if smooth is None else 0.5 * mean + 0.5 * smooth
        rows.append(
            {
                "period": p,
                "count": len(evs),
                "cooperation": sum(1 for v in vals if v > 0),
                "conflict": sum(1 for v in vals if v < 0),
                "intensity": mean,
                "index": smooth if evs else None,
            }
        )
        if p >= last:
            break
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return rows


def _fallback_changes(rows: list[dict]) -> list[dict]:
    out = []
    prev = None
    for r in rows:
        if r["intensity"] is None:
            continue
        if prev is not None and abs(r["intensity"] - prev["intensity"]) >= 4:
            direction = (
                "towards conflict" if r["intensity"] < prev["intensity"] else "towards cooperation"
            )
            out.append(
                {
                    "period": r["period"],
                    "direction": direction,
                    "delta": r["intensity"] - prev["intensity"],
                    "reason": f"mean intensity moved from {prev['intensity']:+.1f} to {r['intensity']:+.1f}",
                }
            )
        prev = r
    return out


def _pick(row: dict, *names: str) -> Any:
    for n in names:
        if n in row and not isinstance(row[n], str):
            return row[n]
    return None


def _series_from_frame(df) -> list[dict]:
    frame = df if "period" in df.columns else df.reset_index(names="period")
    rows = to_jsonable(frame.to_dict(orient="records"))
    # The chart reads period/count/index/intensity; other columns pass through untouched.
    out = []
    for r in rows:
        row = dict(r)
        row["period"] = str(row.get("period"))
        row["count"] = _pick(row, "count", "events", "n", "units") or 0
        row["index"] = _pick(row, "index", "smoothed", "cc_index")
        row["intensity"] = _pick(row, "intensity_mean", "intensity", "mean_intensity")
        row.pop("unit_ids", None)
        out.append(row)
    return out


def pair(store: Store, a: str, b: str, freq: str = "M") -> dict:
    a, b = a.upper(), b.upper()
    events = _pair_events(store, a, b)
    source = "fallback"
    notes = []
    rel = _optional("detente.relations", "pair_series", "detect_changes")
    series: list[dict]
    changes: list[dict]
    if rel:
        pair_series, detect_changes = rel
        try:
            df = pair_series(store, a, b, freq=freq)
            series = _series_from_frame(df)
            changes = to_jsonable(_changes_list(detect_changes(df)))
            source = "detente.relations"
        except Exception as exc:  # a half-built module must not take the page down
            notes.append(
                f"detente.relations failed ({type(exc).__name__}: {exc}); basic series shown"
            )
            series = _fallback_series(events)
            changes = _fallback_changes(series)
    else:
        notes.append("detente.relations is not available yet; basic monthly series shown")
        series = _fallback_series(events)
        changes = _fallback_changes(series)
    ties = [t for t in store.ties(a, b)]
    by_month: dict[str, int] = defaultdict(int)
    for ev in events:
        by_month[_period(ev.date) or "undated"] += 1
    return {
        "a": a,
        "b": b,
        "source": source,
        "notes": notes,
        "series": series,
        "changes": changes,
        "events": events,
        "by_month": dict(sorted(by_month.items())),
        "ties": ties,
    }


def _changes_list(obj) -> Any:
    if hasattr(obj, "to_dict") and hasattr(obj, "columns"):
        return obj.reset_index().to_dict(orient="records")
    return obj


# -- network --------------------------------------------------------------------------------
def _fallback_network(store: Store, since: str | None, until: str | None) -> dict:
    edges: dict[tuple[str, str], dict] = {}
    nodes: dict[str, dict] = {}
    for ev in store.events(EventFilter(since=since, until=until)):
        if ev.negated or ev.modality == "hypothetical":
            continue
        names = {
            e.country: (
                e.entity_name
                if e.entity_name and e.country and len(e.country) == 3 and e.sector is None
                else None
            )
            for e in ev.actor + ev.recipient
        }
        for a in _codes(ev.actor):
            for b in _codes(ev.recipient):
                if a == b:
                    continue
                for c in (a, b):
                    node = nodes.setdefault(c, {"id": c, "label": c, "events": 0, "name": None})
                    node["events"] += 1
                    if names.get(c) and not node["name"]:
                        node["name"] = names[c]
                key = tuple(sorted((a, b)))
                e = edges.setdefault(
                    key,
                    {
                        "source": key[0],
                        "target": key[1],
                        "weight": 0,
                        "cooperation": 0,
                        "conflict": 0,
                        "_sum": 0.0,
                        "_n": 0,
                    },
                )
                e["weight"] += 1
                if ev.intensity is not None:
                    e["_sum"] += ev.intensity
                    e["_n"] += 1
                    if ev.intensity > 0:
                        e["cooperation"] += 1
                    elif ev.intensity < 0:
                        e["conflict"] += 1
    out_edges = []
    for e in edges.values():
        e["intensity"] = e.pop("_sum") / e["_n"] if e["_n"] else None
        e.pop("_n")
        out_edges.append(e)
    return {"nodes": sorted(nodes.values(), key=lambda n: -n["events"]), "edges": out_edges}


def _graph_to_json(g) -> dict:
    nodes = []
    for n, attrs in g.nodes(data=True):
        d = to_jsonable(dict(attrs))
        d.update(id=str(n), name=d.get("label") or d.get("name"), label=str(n))
        d["events"] = _pick(d, "events", "units", "weight") or g.degree(n, weight="weight") or 0
        nodes.append(d)
    edges = []
    for u, v, attrs in g.edges(data=True):
        d = to_jsonable(dict(attrs))
        d.update(source=str(u), target=str(v))
        d["weight"] = _pick(d, "weight", "units", "count") or 1
        d["intensity"] = _pick(d, "intensity_mean", "intensity")
        d.pop("event_ids", None)  # can be long; the page asks for events by pair
        edges.append(d)
    return {"nodes": nodes, "edges": edges}


def network(store: Store, since: str | None = None, until: str | None = None) -> dict:
    rel = _optional("detente.relations", "network")
    if rel:
        try:
            data = _graph_to_json(rel[0](store, since, until))
            data.update(source="detente.relations", notes=[])
            return data
        except Exception as exc:
            note = f"detente.relations.network failed ({type(exc).__name__}: {exc}); basic network shown"
    else:
        note = "detente.relations is not available yet; network built from stored events"
    data = _fallback_network(store, since, until)
    data.update(source="fallback", notes=[note])
    return data


# -- clusters -------------------------------------------------------------------------------
def _fusion():
    """load_clusters, get_cluster, contradictions from detente.fusion; None when it is
    missing. get_cluster and contradictions may be None on their own."""
    try:
        import detente.fusion as fz
    except ImportError:
        return None
    load = getattr(fz, "load_clusters", None)
    if load is None:
        return None
    contra = getattr(fz, "contradictions", None)
    if contra is None:
        try:
            from detente.fusion.claims import contradictions as contra
        except ImportError:
            contra = None
    return load, getattr(fz, "get_cluster", None), contra


def fusion_available() -> bool:
    return _fusion() is not None


def _cluster_json(c: Any) -> dict:
    d = to_jsonable(c)
    if not isinstance(d, dict):
        d = {"value": d}
    d["id"] = str(d.get("cluster_id") or d.get("id") or "")
    d.setdefault("reports", len(d.get("members") or []))
    return d


def clusters(store: Store, **filters: Any) -> dict | None:
    """Stored clusters as JSON data, or None when detente.fusion is not available."""
    fz = _fusion()
    if not fz:
        return None
    load_clusters = fz[0]
    try:
        found = load_clusters(store, **{k: v for k, v in filters.items() if v is not None})
    except TypeError:
        found = load_clusters(store)
    contra, note = all_contradictions(store)
    return {
        "items": [_cluster_json(c) for c in found],
        "contradictions": contra,
        "notes": [note] if note else [],
    }


def _contradictions_for(store: Store, cl: dict) -> tuple[list, str | None]:
    fz = _fusion()
    if not fz or fz[2] is None:
        return [], "contradiction finding (detente.fusion.contradictions) is not available yet"
    found, note = all_contradictions(store)
    if note:
        return [], note
    ids = {cl["id"]} | {m.get("event_id") for m in cl.get("members") or []}
    docs = {m.get("doc_id") for m in cl.get("members") or []}

    def touches(x: Any) -> bool:
        # Match on any cluster, event or document ID the record carries, however nested.
        if isinstance(x, dict):
            for k, v in x.items():
                if k in ("cluster_id", "cluster", "event_id", "clusters", "event_ids") and (
                    (isinstance(v, str) and v in ids)
                    or (isinstance(v, list) and any(i in ids for i in v if isinstance(i, str)))
                ):
                    return True
                if k == "doc_id" and v in docs and x.get("scope") == "document":
                    return True  # a report that contradicts itself
                if isinstance(v, (dict, list)) and touches(v):
                    return True
        elif isinstance(x, list):
            return any(touches(i) for i in x)
        return False

    return [x for x in found if touches(x)], None


def all_contradictions(store: Store) -> tuple[list, str | None]:
    """Stored contradictions as JSON data, and a note when they cannot be had."""
    fz = _fusion()
    if not fz or fz[2] is None:
        return [], "contradiction finding (detente.fusion) is not available yet"
    try:
        # Reading a page must not start claim extraction over the whole store; the
        # fusion step (update_clusters) keeps the stored claims current.
        try:
            found = fz[2](store, refresh=False)
        except TypeError:
            found = fz[2](store)
    except Exception as exc:  # a half-built module must not take the page down
        return [], f"contradictions failed: {type(exc).__name__}: {exc}"
    found = to_jsonable(found)
    return (found if isinstance(found, list) else []), None


def cluster(store: Store, cluster_id: str) -> dict | None:
    """One cluster with the contradictions that concern it; {} when unknown."""
    fz = _fusion()
    if not fz:
        return None
    load_clusters, get_cluster, _ = fz
    found = None
    if get_cluster is not None:
        found = get_cluster(store, cluster_id)
    else:
        for c in load_clusters(store):
            if _cluster_json(c)["id"] == cluster_id:
                found = c
                break
    if found is None:
        return {}
    cl = _cluster_json(found)
    contra, note = _contradictions_for(store, cl)
    return {"cluster": cl, "contradictions": contra, "notes": [note] if note else []}
