"""The Python API. Every CLI command is a thin layer over a function here."""

from __future__ import annotations

import os
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from detente.ingest import read_paths
from detente.models import Event, IngestError, ProcessedDocument, RawDocument
from detente.store import DocumentFilter, EventFilter, Store, open_store

__all__ = ["DocumentFilter", "EventFilter", "demo", "documents", "events", "extract", "ingest"]

DEFAULT_DB = "detente.db"
DEFAULT_MAX_BYTES = 20_000_000


def default_db() -> str:
    return os.environ.get("DETENTE_DB", DEFAULT_DB)


def demo_corpus_dir() -> Path:
    return Path(str(resources.files("detente") / "demo" / "corpus"))


def process_raw(raw: RawDocument, *, kb=None) -> ProcessedDocument | IngestError:
    """Run the pipeline on one document; a failure becomes an IngestError, never an exception."""
    from detente.pipeline import process

    try:
        return process(raw, kb=kb)
    except Exception as exc:  # one bad document must not stop a batch
        if os.environ.get("DETENTE_DEBUG"):
            traceback.print_exc()
        return IngestError(raw.name, raw.source, f"processing failed: {type(exc).__name__}: {exc}")


def extract(
    paths: Iterable[str | Path],
    *,
    date: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    kb=None,
    exclude: Sequence[str] = (),
) -> Iterator[ProcessedDocument | IngestError]:
    """Run the pipeline over files, folders or '-' (stdin) without storing anything.
    ``exclude`` holds glob patterns for files inside folders to leave out ("README*")."""
    for item in read_paths(paths, max_bytes=max_bytes, date=date, exclude=exclude):
        if isinstance(item, IngestError):
            yield item
        else:
            yield process_raw(item, kb=kb)


@dataclass
class IngestReport:
    new: int = 0
    present: int = 0
    failed: list[IngestError] = field(default_factory=list)
    events: int = 0
    mentions: int = 0
    by_language: Counter = field(default_factory=Counter)
    by_type: Counter = field(default_factory=Counter)
    flagged: list[tuple[str, str]] = field(default_factory=list)  # (doc name, reason)
    clusters: object | None = None  # detente.fusion.ClusterReport when clustering ran

    @property
    def ok(self) -> bool:
        return not self.failed


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    date: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    kb=None,
    progress: Callable[[str], None] | None = None,
    cluster: bool = True,
    exclude: Sequence[str] = (),
) -> IngestReport:
    """Store documents and their events; one transaction per document. New events are then
    merged into event clusters (``cluster=False`` leaves that to ``detente clusters update``)."""
    report = IngestReport()
    for item in extract(paths, date=date, max_bytes=max_bytes, kb=kb, exclude=exclude):
        if isinstance(item, IngestError):
            report.failed.append(item)
            if progress:
                progress(item.name)
            continue
        doc = item.document
        try:
            added = store.add(item)
        except Exception as exc:
            report.failed.append(IngestError(doc.name, doc.source, f"could not store: {exc}"))
            continue
        if added:
            report.new += 1
            report.events += len(item.events)
            report.mentions += len(item.mentions)
            report.by_language[doc.language or "?"] += 1
            report.by_type.update(e.event_type for e in item.events)
            report.flagged += [(doc.name, q.reason) for q in doc.quality]
        else:
            report.present += 1
        if progress:
            progress(doc.name)
    if cluster and report.new:
        from detente.fusion import update_clusters

        report.clusters = update_clusters(store)
    return report


def events(store: Store, **filters) -> list[Event]:
    return store.events(EventFilter(**filters))


def documents(store: Store, **filters):
    return store.documents(DocumentFilter(**filters))


def remove_store(db: str | Path) -> None:
    """Delete a SQLite store with its WAL files."""
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(db) + suffix)
        if p.exists():
            p.unlink()


def demo(db: str | Path = "demo.db", *, fresh: bool = True, progress=None) -> IngestReport:
    """Ingest the bundled demo corpus into a fresh store and report what was found."""
    if fresh:
        remove_store(db)
    with open_store(db) as store:
        return ingest([demo_corpus_dir()], store, progress=progress)
