"""SQL for fusion: clusters, their members, cached embeddings and claims.

Functions take a SQLiteStore and use ``store.conn``. Statements stay in the SQL subset
PostgreSQL also accepts (``ON CONFLICT ... DO UPDATE``, no SQLite-only functions besides
``substr``/``length``, which both have) so a PostgreSQL backend can reuse them with its own
placeholder style.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import numpy as np

from detente.models import Entity, Event, Evidence

if TYPE_CHECKING:  # pragma: no cover
    from detente.fusion import Cluster
    from detente.fusion.claims import Claim

_CHUNK = 500


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _chunks(items: Sequence, n: int = _CHUNK):
    for i in range(0, len(items), n):
        yield items[i : i + n]


# -- events with their IDs -------------------------------------------------------------------
def _row_event(r, ents: dict[str, dict[str, list[Entity]]]) -> Event:
    e = ents.get(r["event_id"], {"actor": [], "recipient": []})
    return Event(
        event_type=r["event_type"],
        mode=r["mode"],
        context=json.loads(r["context"]),
        actor=e["actor"],
        recipient=e["recipient"],
        date=r["date"],
        date_precision=r["date_precision"],
        negated=bool(r["negated"]),
        modality=r["modality"],
        intensity=r["intensity"],
        evidence=Evidence(r["evidence_text"], r["evidence_start"], r["evidence_end"]),
        confidence=r["confidence"],
        doc=r["doc"],
        doc_id=r["doc_id"],
        language=r["language"],
        cameo=r["cameo"],
        trigger=r["trigger_text"],
        trigger_start=r["trigger_start"],
        trigger_end=r["trigger_end"],
        sentence_index=r["sentence_index"],
        why=r["why"],
    )


def _entities(store, ids: list[str]) -> dict[str, dict[str, list[Entity]]]:
    ents: dict[str, dict[str, list[Entity]]] = {}
    for chunk in _chunks(ids):
        q = (
            "SELECT * FROM event_entities WHERE event_id IN ({}) ORDER BY event_id, role, position"
        ).format(",".join("?" * len(chunk)))
        for x in store.conn.execute(q, chunk):
            ents.setdefault(x["event_id"], {"actor": [], "recipient": []})[x["role"]].append(
                Entity(x["raw_text"], x["entity_name"], x["country"], x["sector"], x["wikidata_id"])
            )
    return ents


def _pairs(store, sql: str, args: Sequence[Any] = ()) -> list[tuple[str, Event]]:
    rows = store.conn.execute(sql, list(args)).fetchall()
    ents = _entities(store, [r["event_id"] for r in rows])
    return [(r["event_id"], _row_event(r, ents)) for r in rows]


def events_with_ids(
    store, *, ids: Iterable[str] | None = None, doc_id: str | None = None
) -> list[tuple[str, Event]]:
    """Stored events as (event_id, Event) pairs, in a stable order."""
    order = " ORDER BY e.date, e.doc_id, e.evidence_start, e.event_id"
    if ids is not None:
        ids = sorted(set(ids))
        out: list[tuple[str, Event]] = []
        for chunk in _chunks(ids):
            sql = "SELECT e.* FROM events e WHERE e.event_id IN ({})".format(
                ",".join("?" * len(chunk))
            )
            out += _pairs(store, sql, chunk)
        return out
    if doc_id is not None:
        return _pairs(store, "SELECT e.* FROM events e WHERE e.doc_id = ?" + order, [doc_id])
    return _pairs(store, "SELECT e.* FROM events e" + order)


def unassigned_events(store) -> list[tuple[str, Event]]:
    return _pairs(
        store,
        "SELECT e.* FROM events e WHERE NOT EXISTS "
        "(SELECT 1 FROM cluster_members m WHERE m.event_id = e.event_id)"
        " ORDER BY e.date, e.doc_id, e.evidence_start, e.event_id",
    )


def document_sources(store, doc_ids: Iterable[str]) -> dict[str, str]:
    ids = sorted(set(doc_ids))
    out = {}
    for chunk in _chunks(ids):
        q = "SELECT doc_id, source FROM documents WHERE doc_id IN ({})".format(
            ",".join("?" * len(chunk))
        )
        out.update({r["doc_id"]: r["source"] for r in store.conn.execute(q, chunk)})
    return out


# -- embeddings ------------------------------------------------------------------------------
def load_embeddings(store, ids: Iterable[str]) -> dict[str, np.ndarray]:
    ids = sorted(set(ids))
    out = {}
    for chunk in _chunks(ids):
        q = "SELECT event_id, vector FROM event_embeddings WHERE event_id IN ({})".format(
            ",".join("?" * len(chunk))
        )
        for r in store.conn.execute(q, chunk):
            out[r["event_id"]] = np.frombuffer(base64.b64decode(r["vector"]), dtype=np.float32)
    return out


def save_embeddings(store, vectors: dict[str, np.ndarray], model: str) -> None:
    rows = [
        (
            eid,
            model,
            int(v.shape[0]),
            base64.b64encode(np.asarray(v, dtype=np.float32).tobytes()).decode(),
        )
        for eid, v in sorted(vectors.items())
    ]
    c = store.conn
    c.execute("BEGIN")
    try:
        c.executemany(
            "INSERT INTO event_embeddings (event_id, model, dim, vector) VALUES (?,?,?,?)"
            " ON CONFLICT (event_id) DO NOTHING",
            rows,
        )
        c.execute("COMMIT")
    except BaseException:
        c.execute("ROLLBACK")
        raise


# -- clusters --------------------------------------------------------------------------------
def _ents_json(ents: list[Entity]) -> str:
    return json.dumps([asdict(e) for e in ents], ensure_ascii=False)


def _codes_text(codes: Iterable[str]) -> str:
    return " ".join(sorted(codes))


def save_clusters(store, items: list[tuple[Cluster, tuple]]) -> None:
    """Insert or refresh clusters and add their new members, in one transaction."""
    from detente.fusion import _codes

    if not items:
        return
    c = store.conn
    c.execute("BEGIN IMMEDIATE")
    try:
        seq = c.execute("SELECT COALESCE(MAX(seq), 0) FROM clusters").fetchone()[0]
        now = _now()
        for cl, block in items:
            founder = cl.members[0]
            seq += 1
            c.execute(
                "INSERT INTO clusters (cluster_id, seq, event_type, negated, mode, actor, recipient,"
                " actor_countries, recipient_countries, founder_recipients, date, date_precision,"
                " intensity, corroboration, reports, languages, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT (cluster_id) DO UPDATE SET mode = excluded.mode,"
                " actor = excluded.actor, recipient = excluded.recipient,"
                " recipient_countries = excluded.recipient_countries,"
                " date = excluded.date, date_precision = excluded.date_precision,"
                " intensity = excluded.intensity, corroboration = excluded.corroboration,"
                " reports = excluded.reports, languages = excluded.languages,"
                " updated_at = excluded.updated_at",
                (
                    cl.cluster_id,
                    seq,
                    cl.event_type,
                    int(cl.negated),
                    cl.mode,
                    _ents_json(cl.actor),
                    _ents_json(cl.recipient),
                    _codes_text(block[1]),
                    _codes_text(_codes(cl.recipient)),
                    _codes_text(_codes(founder.recipient)),
                    cl.date,
                    cl.date_precision,
                    cl.intensity,
                    cl.corroboration,
                    len(cl.members),
                    " ".join(cl.languages),
                    now,
                ),
            )
            c.executemany(
                "INSERT INTO cluster_members (event_id, cluster_id, position, score)"
                " VALUES (?,?,?,?) ON CONFLICT (event_id) DO NOTHING",
                [(m.event_id, cl.cluster_id, i, m.score) for i, m in enumerate(cl.members)],
            )
        c.execute("COMMIT")
    except BaseException:
        c.execute("ROLLBACK")
        raise


def _members(store, cluster_ids: list[str]) -> dict[str, list[tuple[str, Event, float | None]]]:
    rows: list = []
    for chunk in _chunks(cluster_ids):
        q = (
            "SELECT m.cluster_id, m.position, m.score, e.* FROM cluster_members m"
            " JOIN events e ON e.event_id = m.event_id WHERE m.cluster_id IN ({})"
        ).format(",".join("?" * len(chunk)))
        rows += store.conn.execute(q, chunk).fetchall()
    rows.sort(key=lambda r: (r["cluster_id"], r["position"], r["event_id"]))
    ents = _entities(store, [r["event_id"] for r in rows])
    out: dict[str, list[tuple[str, Event, float | None]]] = {}
    for r in rows:
        out.setdefault(r["cluster_id"], []).append((r["event_id"], _row_event(r, ents), r["score"]))
    return out


def clusters_state(store, event_types: Sequence[str]) -> list[tuple[str, list]]:
    """Existing clusters of the given types with their member events, in creation order."""
    found: list[tuple[int, str]] = []
    for chunk in _chunks(list(event_types)):
        q = "SELECT cluster_id, seq FROM clusters WHERE event_type IN ({})".format(
            ",".join("?" * len(chunk))
        )
        found += [(r["seq"], r["cluster_id"]) for r in store.conn.execute(q, chunk)]
    found.sort()
    mem = _members(store, [cid for _, cid in found])
    return [(cid, mem[cid]) for _, cid in found if mem.get(cid)]


def count_clusters(store) -> int:
    return store.conn.execute("SELECT COUNT(*) FROM clusters").fetchone()[0]


def _cluster_from(row, members) -> Cluster:
    from detente.fusion import Cluster, Member

    return Cluster(
        cluster_id=row["cluster_id"],
        event_type=row["event_type"],
        mode=row["mode"],
        actor=[Entity(**e) for e in json.loads(row["actor"])],
        recipient=[Entity(**e) for e in json.loads(row["recipient"])],
        date=row["date"],
        date_precision=row["date_precision"],
        intensity=row["intensity"],
        corroboration=row["corroboration"],
        languages=row["languages"].split(),
        members=[
            Member(
                event_id=eid,
                doc=ev.doc,
                doc_id=ev.doc_id,
                language=ev.language,
                date=ev.date,
                date_precision=ev.date_precision,
                mode=ev.mode,
                evidence=ev.evidence,
                actor=ev.actor,
                recipient=ev.recipient,
                score=score,
            )
            for eid, ev, score in members
        ],
        negated=bool(row["negated"]),
    )


def load_clusters(
    store,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    event_type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_reports: int | None = None,
    limit: int | None = None,
    ids: Sequence[str] | None = None,
) -> list[Cluster]:
    where, args = [], []
    for col, ents, value in (
        ("actor_countries", "actor", actor),
        ("recipient_countries", "recipient", recipient),
    ):
        if value:
            where.append(f"((' ' || {col} || ' ') LIKE ? OR {ents} LIKE ?)")
            args += [f"% {value.upper()} %", f"%{value}%"]
    if event_type:
        where.append("event_type = ?")
        args.append(event_type.upper())
    if since:
        where.append("date >= substr(?, 1, length(date))")
        args.append(since)
    if until:
        where.append("substr(date, 1, ?) <= ?")
        args += [len(until), until]
    if min_reports:
        where.append("reports >= ?")
        args.append(int(min_reports))
    if ids is not None:
        if not ids:
            return []
        where.append("cluster_id IN ({})".format(",".join("?" * len(ids))))
        args += list(ids)
    sql = "SELECT * FROM clusters"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY date IS NULL, date, event_type, cluster_id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = store.conn.execute(sql, args).fetchall()
    mem = _members(store, [r["cluster_id"] for r in rows])
    return [_cluster_from(r, mem.get(r["cluster_id"], [])) for r in rows]


def get_cluster(store, cluster_id: str) -> Cluster | None:
    rows = store.conn.execute(
        "SELECT cluster_id FROM clusters WHERE cluster_id = ? OR cluster_id LIKE ?"
        " ORDER BY cluster_id LIMIT 2",
        (cluster_id, cluster_id + "%"),
    ).fetchall()
    exact = [r for r in rows if r["cluster_id"] == cluster_id]
    if exact:
        rows = exact
    if len(rows) != 1:
        return None
    found = load_clusters(store, ids=[rows[0]["cluster_id"]])
    return found[0] if found else None


def clusters_of_events(store, event_ids: Iterable[str]) -> dict[str, str]:
    ids = sorted(set(event_ids))
    out = {}
    for chunk in _chunks(ids):
        q = "SELECT event_id, cluster_id FROM cluster_members WHERE event_id IN ({})".format(
            ",".join("?" * len(chunk))
        )
        out.update({r["event_id"]: r["cluster_id"] for r in store.conn.execute(q, chunk)})
    return out


# -- claims ----------------------------------------------------------------------------------
def docs_without_claims(store) -> list[str]:
    return [
        r["doc_id"]
        for r in store.conn.execute(
            "SELECT d.doc_id FROM documents d WHERE NOT EXISTS"
            " (SELECT 1 FROM claim_docs c WHERE c.doc_id = d.doc_id) ORDER BY d.doc_id"
        )
    ]


def save_claims(store, doc_id: str, claims: list[Claim]) -> None:
    c = store.conn
    c.execute("BEGIN IMMEDIATE")
    try:
        c.executemany(
            "INSERT INTO claims (claim_id, doc_id, doc, language, fact, value, source_entity, cue,"
            " sentence_index, evidence_text, evidence_start, evidence_end)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (claim_id) DO NOTHING",
            [
                (
                    cl.claim_id,
                    cl.doc_id,
                    cl.doc,
                    cl.language,
                    cl.fact,
                    json.dumps(cl.value, ensure_ascii=False),
                    cl.source,
                    cl.cue,
                    cl.sentence_index,
                    cl.evidence.text,
                    cl.evidence.start,
                    cl.evidence.end,
                )
                for cl in claims
            ],
        )
        c.execute(
            "INSERT INTO claim_docs (doc_id, claims, extracted_at) VALUES (?,?,?)"
            " ON CONFLICT (doc_id) DO UPDATE SET claims = excluded.claims,"
            " extracted_at = excluded.extracted_at",
            (doc_id, len(claims), _now()),
        )
        c.execute("COMMIT")
    except BaseException:
        c.execute("ROLLBACK")
        raise


def load_claims(store, doc_ids: Sequence[str] | None = None) -> list[Claim]:
    from detente.fusion.claims import Claim

    sql = "SELECT * FROM claims"
    args: list[Any] = []
    if doc_ids is not None:
        if not doc_ids:
            return []
        sql += " WHERE doc_id IN ({})".format(",".join("?" * len(doc_ids)))
        args = list(doc_ids)
    sql += " ORDER BY doc, evidence_start, fact, claim_id"
    return [
        Claim(
            fact=r["fact"],
            value=json.loads(r["value"]),
            source=r["source_entity"],
            doc=r["doc"],
            doc_id=r["doc_id"],
            language=r["language"],
            evidence=Evidence(r["evidence_text"], r["evidence_start"], r["evidence_end"]),
            cue=r["cue"],
            sentence_index=r["sentence_index"],
        )
        for r in store.conn.execute(sql, args)
    ]
