"""Storage: one interface, SQLite by default.

``open_store("detente.db")`` or ``open_store("sqlite:///path.db")`` gives a SQLite store.
A PostgreSQL backend implements the same ``Store`` interface; the schema in
``migrations/`` is kept to SQL both accept.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path

from detente.models import Document, Event, Mention, ProcessedDocument, Sentence, Tie


@dataclass
class EventFilter:
    actor: str | None = None  # country code or part of an entity name
    recipient: str | None = None
    event_type: str | None = None
    since: str | None = None  # inclusive, compared on the event date's prefix
    until: str | None = None
    language: str | None = None
    doc: str | None = None  # doc_id prefix or document name
    negated: bool | None = None
    modality: str | None = None
    limit: int | None = None


@dataclass
class DocumentFilter:
    language: str | None = None
    since: str | None = None
    until: str | None = None
    doc: str | None = None
    flagged: bool | None = None
    limit: int | None = None


class Store(ABC):
    """What every backend offers. Writing a document is all or nothing."""

    @abstractmethod
    def add(self, processed: ProcessedDocument) -> bool:
        """Store a document with its sentences, mentions and events in one transaction.

        Returns False, writing nothing, when a document with the same ID is present."""

    @abstractmethod
    def has_document(self, doc_id: str) -> bool: ...

    @abstractmethod
    def get_document(self, doc_id: str) -> Document | None: ...

    @abstractmethod
    def documents(self, flt: DocumentFilter | None = None) -> list[Document]: ...

    @abstractmethod
    def sentences(self, doc_id: str) -> list[Sentence]: ...

    @abstractmethod
    def mentions(self, doc_id: str | None = None) -> list[Mention]: ...

    @abstractmethod
    def events(self, flt: EventFilter | None = None) -> list[Event]: ...

    @abstractmethod
    def ties(
        self, country: str | None = None, other: str | None = None, tie_type: str | None = None
    ) -> list[Tie]:
        """Standing relations naming ``country`` (and ``other``) on either side."""

    @abstractmethod
    def counts(self) -> dict[str, int]: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(url: str | Path) -> Store:
    text = str(url)
    if text.startswith(("postgresql://", "postgres://")):
        raise NotImplementedError(
            "PostgreSQL backend is not built yet; the Store interface is ready for it"
        )
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    from detente.store.sqlite import SQLiteStore

    return SQLiteStore(Path(text))


__all__ = ["DocumentFilter", "EventFilter", "Store", "open_store"]
