"""Hand-built events and documents for the relations tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from detente.models import (
    Document,
    Entity,
    Event,
    Evidence,
    ProcessedDocument,
    Sentence,
    Tie,
)

NAMES = {
    "RUS": "Russia",
    "AZE": "Azerbaijan",
    "ARM": "Armenia",
    "TUR": "Turkey",
    "ISR": "Israel",
    "KAZ": "Kazakhstan",
}


def ent(code: str) -> Entity:
    return Entity(NAMES.get(code, code), NAMES.get(code, code), code, "GOV")


def ev(
    event_type: str,
    actor: str | list[str],
    recipient: str | list[str],
    date: str | None,
    intensity: float,
    *,
    text: str | None = None,
    mode: str | None = None,
    negated: bool = False,
    modality: str = "asserted",
    lang: str = "en",
) -> Event:
    """An event whose evidence is placed in its document by ``add_docs``."""
    actors = [actor] if isinstance(actor, str) else actor
    recips = [recipient] if isinstance(recipient, str) else recipient
    precision = {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)
    return Event(
        event_type=event_type,
        mode=mode,
        context=[],
        actor=[ent(c) for c in actors],
        recipient=[ent(c) for c in recips],
        date=date,
        date_precision=precision,
        negated=negated,
        modality=modality,
        intensity=intensity,
        evidence=Evidence(text or f"{'+'.join(actors)} {event_type} {date}.", 0, 0),
        confidence=0.8,
        doc="",
        doc_id="",
        language=lang,
    )


def processed(
    doc_id: str,
    events: list[Event],
    *,
    lang: str = "en",
    date: str | None = None,
    ties: list[Tie] | None = None,
) -> ProcessedDocument:
    """One document whose text is the events' evidence sentences, one per line; each
    event gets true offsets (the same sentence text shares one span)."""
    name = f"{doc_id}.txt"
    spans: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    pos = 0
    for e in events:
        t = e.evidence.text
        if t not in spans:
            spans[t] = (pos, pos + len(t))
            parts.append(t)
            pos += len(t) + 1
    text = "\n".join(parts)
    sentences = [
        Sentence(doc_id, i, s, e, text[s:e], lang) for i, (s, e) in enumerate(spans.values())
    ]
    for e in events:
        s, end = spans[e.evidence.text]
        e.evidence = Evidence(e.evidence.text, s, end)
        e.doc, e.doc_id = name, doc_id
    for t in ties or []:
        t.doc, t.doc_id = name, doc_id
    doc = Document(
        doc_id=doc_id, name=name, source=f"/x/{name}", text=text, language=lang, date=date
    )
    return ProcessedDocument(doc, sentences, [], events, ties or [])


def add_docs(store, docs: dict[str, list[Event]], lang: str = "en") -> None:
    for doc_id, events in docs.items():
        assert store.add(processed(doc_id, events, lang=lang))


@dataclass
class FakeCluster:
    """The shape fusion's clusters are promised to have."""

    cluster_id: str
    event_type: str
    mode: str | None
    actor: list[Entity]
    recipient: list[Entity]
    date: str | None
    date_precision: str | None
    intensity: float | None
    corroboration: int
    languages: list[str]
    members: list = field(default_factory=list)
