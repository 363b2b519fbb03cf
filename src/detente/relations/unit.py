"""Units of counting: fusion clusters when fusion has run, otherwise single events.

Relations count what happened, not how often it was reported: five articles on one
downing are one unit. ``units(store)`` asks ``detente.fusion.load_clusters`` for
clusters and falls back to one unit per stored event when fusion is absent or has
produced nothing, so every function downstream works before and after fusion lands.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from detente.models import Entity, Event
from detente.store import Store

QUADS: tuple[str, ...] = (
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
)
COUNTED_MODALITIES: tuple[str, ...] = ("asserted", "reported")
_PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}


@lru_cache(maxsize=1)
def plover() -> dict[str, dict]:
    from detente.resources import load_yaml

    return load_yaml("plover.yaml")["types"]


def quad_of(event_type: str) -> str | None:
    return (plover().get(event_type) or {}).get("quad")


def default_intensity(event_type: str, mode: str | None) -> float | None:
    info = plover().get(event_type)
    if not info:
        return None
    return (info.get("modes") or {}).get(mode, info.get("intensity"))


def event_key(ev: Event) -> str:
    """The store's stable event ID, so units can be traced back to stored rows."""
    from detente.store.sqlite import event_id

    return event_id(ev)


@dataclass
class Unit:
    """One counted happening: a fusion cluster or a lone event."""

    unit_id: str
    event_type: str
    mode: str | None
    actor: list[Entity]
    recipient: list[Entity]
    date: str | None
    date_precision: str | None
    intensity: float | None
    negated: bool
    modality: str
    events: list[Event] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)
    corroboration: int = 1  # distinct documents
    languages: list[str] = field(default_factory=list)
    source: str = "event"  # event | cluster

    @property
    def quad(self) -> str | None:
        return quad_of(self.event_type)

    @property
    def actor_countries(self) -> list[str]:
        return _codes(self.actor)

    @property
    def recipient_countries(self) -> list[str]:
        return _codes(self.recipient)

    @property
    def docs(self) -> list[str]:
        return list(dict.fromkeys(e.doc for e in self.events))

    def counted(self, modalities: tuple[str, ...] = COUNTED_MODALITIES) -> bool:
        return not self.negated and self.modality in modalities

    def status(self, modalities: tuple[str, ...] = COUNTED_MODALITIES) -> str:
        if self.negated:
            return "negated"
        if self.modality not in modalities:
            return "hypothetical"
        return "counted"

    def touches(self, a: str, b: str, directed: bool) -> bool:
        """Does this unit run from ``a`` to ``b`` (or either way when undirected)?"""
        acts, recs = self.actor_countries, self.recipient_countries
        if a in acts and b in recs:
            return True
        if not directed and b in acts and a in recs:
            return True
        # A joint actor with no recipient ("X and Y agreed", as PLOVER codes it) is an
        # act between its members when the pair is looked at undirected.
        return not directed and not recs and a in acts and b in acts and a != b

    def mirror_key(self) -> tuple:
        """Equal for the two halves of a reciprocal coding ("X and Y agreed" is coded as
        X→Y and Y→X from the same words); an undirected count keeps one of them."""
        spans = frozenset((e.doc_id, e.evidence.start, e.evidence.end) for e in self.events)
        return (self.event_type, spans or self.unit_id)

    def summary(self) -> str:
        acts = "+".join(self.actor_countries) or "?"
        recs = "+".join(self.recipient_countries) or "?"
        mode = f"/{self.mode}" if self.mode else ""
        inten = "" if self.intensity is None else f" ({self.intensity:+.1f})"
        return f"{self.date or 'undated'} {self.event_type}{mode} {acts}→{recs}{inten}"


def _codes(ents: list[Entity]) -> list[str]:
    return list(dict.fromkeys(e.country.upper() for e in ents if e.country))


def precision_of(date: str | None, given: str | None) -> str | None:
    if not date:
        return None
    return given or _PRECISION_BY_LENGTH.get(len(date))


def unit_from_event(ev: Event, eid: str | None = None) -> Unit:
    eid = eid or event_key(ev)
    intensity = ev.intensity
    if intensity is None:
        intensity = default_intensity(ev.event_type, ev.mode)
    return Unit(
        unit_id=eid,
        event_type=ev.event_type,
        mode=ev.mode,
        actor=list(ev.actor),
        recipient=list(ev.recipient),
        date=ev.date,
        date_precision=precision_of(ev.date, ev.date_precision),
        intensity=intensity,
        negated=bool(ev.negated),
        modality=ev.modality or "asserted",
        events=[ev],
        event_ids=[eid],
        corroboration=1,
        languages=[ev.language] if ev.language else [],
        source="event",
    )


def _member_event(m: Any, by_id: dict[str, Event]) -> tuple[str | None, Event | None]:
    if isinstance(m, Event):
        return event_key(m), m
    if isinstance(m, str):
        return m, by_id.get(m)
    inner = getattr(m, "event", None)
    if isinstance(inner, Event):
        return getattr(m, "event_id", None) or event_key(inner), inner
    eid = getattr(m, "event_id", None)
    if isinstance(eid, str):
        return eid, by_id.get(eid)
    return None, None


def unit_from_cluster(cluster: Any, by_id: dict[str, Event]) -> Unit:
    evs: list[Event] = []
    ids: list[str] = []
    for m in getattr(cluster, "members", None) or []:
        eid, ev = _member_event(m, by_id)
        if eid:
            ids.append(eid)
        if ev is not None:
            evs.append(ev)
    negated = getattr(cluster, "negated", None)
    if negated is None:
        negated = bool(evs) and all(e.negated for e in evs)
    modality = getattr(cluster, "modality", None)
    if modality is None:
        # A cluster is as real as its most certain report.
        mods = [e.modality for e in evs if not e.negated] or [e.modality for e in evs]
        modality = next((m for m in COUNTED_MODALITIES if m in mods), None)
        modality = modality or (Counter(mods).most_common(1)[0][0] if mods else "asserted")
    etype = cluster.event_type
    mode = getattr(cluster, "mode", None)
    intensity = getattr(cluster, "intensity", None)
    if intensity is None:
        intensity = default_intensity(etype, mode)
    date = getattr(cluster, "date", None)
    langs = getattr(cluster, "languages", None) or list(
        dict.fromkeys(e.language for e in evs if e.language)
    )
    corroboration = getattr(cluster, "corroboration", None)
    if corroboration is None:
        corroboration = len({e.doc_id for e in evs}) or 1
    return Unit(
        unit_id=str(cluster.cluster_id),
        event_type=etype,
        mode=mode,
        actor=list(getattr(cluster, "actor", None) or []),
        recipient=list(getattr(cluster, "recipient", None) or []),
        date=date,
        date_precision=precision_of(date, getattr(cluster, "date_precision", None)),
        intensity=intensity,
        negated=bool(negated),
        modality=modality,
        events=evs,
        event_ids=ids,
        corroboration=int(corroboration),
        languages=list(langs),
        source="cluster",
    )


def _load_clusters(store: Store) -> list[Any]:
    try:
        from detente.fusion import load_clusters
    except ImportError:
        return []
    try:
        return list(load_clusters(store) or [])
    except NotImplementedError:
        return []


def units(store: Store, *, use_fusion: bool = True) -> list[Unit]:
    """Everything stored, as units: fusion clusters if there are any, else one per event.

    Events that no cluster claims (fusion run before they were stored) stay single units,
    so nothing is lost and nothing is counted twice."""
    events = store.events()
    by_id = {event_key(e): e for e in events}
    clusters = _load_clusters(store) if use_fusion else []
    if not clusters:
        return [unit_from_event(e, eid) for eid, e in by_id.items()]
    out = [unit_from_cluster(c, by_id) for c in clusters]
    claimed = {i for u in out for i in u.event_ids}
    if claimed:
        out += [unit_from_event(e, eid) for eid, e in by_id.items() if eid not in claimed]
    return out


def in_range(date: str | None, since: str | None, until: str | None) -> bool:
    """Keep a unit whose date period overlaps [since, until], as the store's filter does:
    "2024-12" overlaps both --until 2024-12-24 and --since 2024-12-26."""
    if not since and not until:
        return True
    if not date:
        return False
    if since and date < since[: len(date)]:
        return False
    return not (until and date[: len(until)] > until)
