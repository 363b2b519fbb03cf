"""SQLite backend: one file, WAL journal, numbered migrations."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from detente.models import (
    Document,
    Entity,
    Event,
    Evidence,
    Mention,
    ProcessedDocument,
    QualityFlag,
    Sentence,
    Tie,
)
from detente.store import DocumentFilter, EventFilter, Store


def migrations() -> list[tuple[int, str]]:
    folder = resources.files("detente.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), entry.read_text(encoding="utf-8")))
    return sorted(found)


def event_id(ev: Event) -> str:
    """Stable ID: the same coding of the same span in the same document is one event."""
    key = json.dumps(
        [
            ev.doc_id,
            ev.event_type,
            ev.evidence.start,
            ev.evidence.end,
            ev.trigger_start,
            [a.country for a in ev.actor],
            [a.raw_text for a in ev.actor],
            [r.country for r in ev.recipient],
            [r.raw_text for r in ev.recipient],
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def tie_id(tie: Tie) -> str:
    key = json.dumps(
        [
            tie.doc_id,
            tie.tie_type,
            tie.evidence.start,
            [e.country for e in tie.source],
            [e.country for e in tie.target],
            tie.figure,
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


class SQLiteStore(Store):
    def __init__(self, path: Path):
        self.path = Path(path)
        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: transactions are opened explicitly, so a document is
        # written whole or not at all.
        self.conn = sqlite3.connect(str(self.path), isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self._migrate()

    # -- schema -------------------------------------------------------------------------
    def schema_version(self) -> int:
        row = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_migrations'"
        ).fetchone()
        if not row:
            return 0
        v = self.conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0]
        return int(v or 0)

    def _migrate(self) -> None:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        # Every missing number is applied, not only those above the highest: a store made
        # by a branch that skipped a migration still receives it.
        applied = {v for (v,) in self.conn.execute("SELECT version FROM schema_migrations")}
        for version, sql in migrations():
            if version in applied:
                continue
            self.conn.execute("BEGIN")
            try:
                body = "\n".join(
                    line for line in sql.splitlines() if not line.lstrip().startswith("--")
                )
                for statement in body.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute("INSERT INTO schema_migrations VALUES (?, ?)", (version, _now()))
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    # -- writing ------------------------------------------------------------------------
    def add(self, processed: ProcessedDocument) -> bool:
        doc = processed.document
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            if c.execute("SELECT 1 FROM documents WHERE doc_id=?", (doc.doc_id,)).fetchone():
                c.execute("ROLLBACK")
                return False
            c.execute(
                "INSERT INTO documents (doc_id, name, source, title, language, date, date_source,"
                " media_type, encoding, quality, text, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    doc.doc_id,
                    doc.name,
                    doc.source,
                    doc.title,
                    doc.language,
                    doc.date,
                    doc.date_source,
                    doc.media_type,
                    doc.encoding,
                    json.dumps([asdict(q) for q in doc.quality], ensure_ascii=False),
                    doc.text,
                    _now(),
                ),
            )
            c.executemany(
                "INSERT INTO sentences VALUES (?,?,?,?,?)",
                [(doc.doc_id, s.index, s.start, s.end, s.language) for s in processed.sentences],
            )
            c.executemany(
                "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        doc.doc_id,
                        m.start,
                        m.end,
                        m.raw_text,
                        m.entity_id,
                        m.entity_name,
                        m.country,
                        m.sector,
                        m.wikidata_id,
                        m.kind,
                        m.alias,
                        m.language,
                        m.sentence_index,
                        m.role,
                        m.why,
                    )
                    for m in processed.mentions
                ],
            )
            seen: set[str] = set()
            for ev in processed.events:
                eid = event_id(ev)
                if eid in seen:
                    continue
                seen.add(eid)
                c.execute(
                    "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        eid,
                        ev.doc_id,
                        ev.doc,
                        ev.event_type,
                        ev.mode,
                        json.dumps(ev.context, ensure_ascii=False),
                        ev.date,
                        ev.date_precision,
                        int(ev.negated),
                        ev.modality,
                        ev.intensity,
                        ev.confidence,
                        ev.language,
                        ev.evidence.text,
                        ev.evidence.start,
                        ev.evidence.end,
                        ev.cameo,
                        ev.trigger,
                        ev.trigger_start,
                        ev.trigger_end,
                        ev.sentence_index,
                        ev.why,
                    ),
                )
                rows = [
                    (eid, role, i, e.raw_text, e.entity_name, e.country, e.sector, e.wikidata_id)
                    for role, ents in (("actor", ev.actor), ("recipient", ev.recipient))
                    for i, e in enumerate(ents)
                ]
                c.executemany("INSERT INTO event_entities VALUES (?,?,?,?,?,?,?,?)", rows)
            for tie in processed.ties:
                c.execute(
                    "INSERT OR IGNORE INTO ties VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        tie_id(tie),
                        tie.doc_id,
                        tie.doc,
                        tie.tie_type,
                        int(tie.directed),
                        json.dumps([asdict(e) for e in tie.source], ensure_ascii=False),
                        json.dumps([asdict(e) for e in tie.target], ensure_ascii=False),
                        " ".join(e.country or "" for e in tie.source),
                        " ".join(e.country or "" for e in tie.target),
                        tie.figure,
                        tie.value,
                        tie.unit,
                        tie.commodity,
                        tie.date,
                        tie.date_precision,
                        int(tie.negated),
                        tie.confidence,
                        tie.language,
                        tie.evidence.text,
                        tie.evidence.start,
                        tie.evidence.end,
                        tie.trigger,
                        tie.why,
                    ),
                )
            c.execute("COMMIT")
            return True
        except BaseException:
            c.execute("ROLLBACK")
            raise

    # -- reading ------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return bool(
            self.conn.execute("SELECT 1 FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        )

    def get_document(self, doc_id: str) -> Document | None:
        row = self.conn.execute(
            "SELECT * FROM documents WHERE doc_id=? OR doc_id LIKE ? ORDER BY doc_id LIMIT 1",
            (doc_id, doc_id + "%"),
        ).fetchone()
        return _doc(row) if row else None

    def documents(self, flt: DocumentFilter | None = None) -> list[Document]:
        flt = flt or DocumentFilter()
        where, args = [], []
        if flt.language:
            where.append("language = ?")
            args.append(flt.language)
        if flt.since:
            where.append("date >= ?")
            args.append(flt.since)
        if flt.until:
            where.append("substr(date, 1, ?) <= ?")
            args += [len(flt.until), flt.until]
        if flt.doc:
            where.append("(doc_id LIKE ? OR name = ?)")
            args += [flt.doc + "%", flt.doc]
        if flt.flagged is not None:
            where.append("quality != '[]'" if flt.flagged else "quality = '[]'")
        sql = "SELECT * FROM documents"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date, name"
        if flt.limit:
            sql += f" LIMIT {int(flt.limit)}"
        return [_doc(r) for r in self.conn.execute(sql, args)]

    def sentences(self, doc_id: str) -> list[Sentence]:
        doc = self.get_document(doc_id)
        if not doc:
            return []
        rows = self.conn.execute(
            "SELECT * FROM sentences WHERE doc_id=? ORDER BY idx", (doc.doc_id,)
        )
        return [
            Sentence(
                doc.doc_id,
                r["idx"],
                r["start_off"],
                r["end_off"],
                doc.text[r["start_off"] : r["end_off"]],
                r["language"],
            )
            for r in rows
        ]

    def mentions(self, doc_id: str | None = None) -> list[Mention]:
        sql = "SELECT m.*, d.name AS doc FROM mentions m JOIN documents d USING (doc_id)"
        args: list[Any] = []
        if doc_id:
            sql += " WHERE m.doc_id LIKE ?"
            args.append(doc_id + "%")
        sql += " ORDER BY m.doc_id, m.start_off"
        return [
            Mention(
                doc=r["doc"],
                doc_id=r["doc_id"],
                start=r["start_off"],
                end=r["end_off"],
                raw_text=r["raw_text"],
                entity_name=r["entity_name"],
                country=r["country"],
                sector=r["sector"],
                wikidata_id=r["wikidata_id"],
                entity_id=r["entity_id"],
                kind=r["kind"],
                alias=r["alias"],
                language=r["language"],
                sentence_index=r["sentence_index"],
                role=r["role"],
                why=r["why"],
            )
            for r in self.conn.execute(sql, args)
        ]

    def events(self, flt: EventFilter | None = None) -> list[Event]:
        flt = flt or EventFilter()
        where, args = [], []
        for role, value in (("actor", flt.actor), ("recipient", flt.recipient)):
            if value:
                where.append(
                    "EXISTS (SELECT 1 FROM event_entities x WHERE x.event_id = e.event_id"
                    " AND x.role = ? AND (x.country = ? OR x.entity_name LIKE ? OR x.raw_text LIKE ?))"
                )
                args += [role, value.upper(), f"%{value}%", f"%{value}%"]
        if flt.event_type:
            where.append("e.event_type = ?")
            args.append(flt.event_type.upper())
        # Date filters keep every event whose period overlaps the range: an event dated
        # only "2024-12" is kept for --until 2024-12-24 and for --since 2024-12-26.
        if flt.since:
            where.append("e.date >= substr(?, 1, length(e.date))")
            args.append(flt.since)
        if flt.until:
            where.append("substr(e.date, 1, ?) <= ?")
            args += [len(flt.until), flt.until]
        if flt.language:
            where.append("e.language = ?")
            args.append(flt.language)
        if flt.doc:
            where.append("(e.doc_id LIKE ? OR e.doc = ?)")
            args += [flt.doc + "%", flt.doc]
        if flt.negated is not None:
            where.append("e.negated = ?")
            args.append(int(flt.negated))
        if flt.modality:
            where.append("e.modality = ?")
            args.append(flt.modality)
        sql = "SELECT e.* FROM events e"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.date, e.doc, e.evidence_start"
        if flt.limit:
            sql += f" LIMIT {int(flt.limit)}"
        rows = self.conn.execute(sql, args).fetchall()
        ents: dict[str, dict[str, list[Entity]]] = {}
        if rows:
            ids = [r["event_id"] for r in rows]
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                q = "SELECT * FROM event_entities WHERE event_id IN ({}) ORDER BY event_id, role, position".format(
                    ",".join("?" * len(chunk))
                )
                for x in self.conn.execute(q, chunk):
                    ents.setdefault(x["event_id"], {"actor": [], "recipient": []})[
                        x["role"]
                    ].append(
                        Entity(
                            x["raw_text"],
                            x["entity_name"],
                            x["country"],
                            x["sector"],
                            x["wikidata_id"],
                        )
                    )
        out = []
        for r in rows:
            e = ents.get(r["event_id"], {"actor": [], "recipient": []})
            out.append(
                Event(
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
            )
        return out

    def ties(
        self, country: str | None = None, other: str | None = None, tie_type: str | None = None
    ) -> list[Tie]:
        where, args = [], []
        for code in (country, other):
            if code:
                where.append("(' ' || source_countries || ' ' || target_countries || ' ') LIKE ?")
                args.append(f"% {code.upper()} %")
        if tie_type:
            where.append("tie_type = ?")
            args.append(tie_type)
        sql = "SELECT * FROM ties" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY doc, evidence_start"
        out = []
        for r in self.conn.execute(sql, args):
            out.append(
                Tie(
                    tie_type=r["tie_type"],
                    source=[Entity(**e) for e in json.loads(r["source"])],
                    target=[Entity(**e) for e in json.loads(r["target"])],
                    directed=bool(r["directed"]),
                    evidence=Evidence(r["evidence_text"], r["evidence_start"], r["evidence_end"]),
                    doc=r["doc"],
                    doc_id=r["doc_id"],
                    language=r["language"],
                    figure=r["figure"],
                    value=r["value"],
                    unit=r["unit"],
                    commodity=r["commodity"],
                    date=r["date"],
                    date_precision=r["date_precision"],
                    negated=bool(r["negated"]),
                    confidence=r["confidence"],
                    trigger=r["trigger_text"],
                    why=r["why"],
                )
            )
        return out

    def counts(self) -> dict[str, int]:
        return {
            t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("documents", "sentences", "mentions", "events", "ties")
        }

    def close(self) -> None:
        self.conn.close()


def _doc(r: sqlite3.Row) -> Document:
    return Document(
        doc_id=r["doc_id"],
        name=r["name"],
        source=r["source"],
        text=r["text"],
        language=r["language"],
        media_type=r["media_type"],
        encoding=r["encoding"],
        title=r["title"],
        date=r["date"],
        date_source=r["date_source"],
        quality=[QualityFlag(**q) for q in json.loads(r["quality"])],
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
