"""Typed records that flow forward through the pipeline.

Every span carries ``start``/``end`` character offsets into ``Document.text``, the
original text exactly as ingested; ``text[start:end]`` must equal the reported string.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# Country-like codes PLOVER allows besides ISO 3166-1 alpha-3.
NON_STATE_CODES: tuple[str, ...] = ("UNO", "EUR", "IGO", "NGO", "ISM", "IMG", "MNC")

MODALITIES: tuple[str, ...] = ("asserted", "reported", "hypothetical", "future")
DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year")


@dataclass
class RawDocument:
    """What ingest hands to the pipeline: decoded text plus what we know about its origin."""

    text: str
    name: str  # file name as the user knows it, or "<stdin>"
    source: str  # full path, URL or "<stdin>"
    media_type: str = "text/plain"  # text/plain, text/html, application/pdf
    encoding: str | None = None
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD (or YYYY-MM / YYYY)
    date_source: str | None = None  # option | metadata | dateline


@dataclass
class IngestError:
    name: str
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"


@dataclass
class QualityFlag:
    code: str  # e.g. "rtl_broken"
    reason: str


@dataclass
class Document:
    doc_id: str
    name: str
    source: str
    text: str
    language: str | None
    media_type: str = "text/plain"
    encoding: str | None = None
    title: str | None = None
    date: str | None = None
    date_source: str | None = None
    quality: list[QualityFlag] = field(default_factory=list)

    @property
    def quality_ok(self) -> bool:
        return not self.quality

    @property
    def rtl_broken(self) -> bool:
        """Flagged as right-to-left text broken by extraction (detente.normalise.rtl)."""
        return any(q.code.startswith("rtl") for q in self.quality)


@dataclass
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    text: str
    language: str | None


@dataclass
class Entity:
    """One PLOVER actor or recipient entry."""

    raw_text: str
    entity_name: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata_id: str | None = None


@dataclass
class Mention:
    """A span of text resolved to an entity of the knowledge base."""

    doc: str
    doc_id: str
    start: int
    end: int
    raw_text: str
    entity_name: str | None
    country: str | None
    sector: str | None
    wikidata_id: str | None = None
    entity_id: str | None = None  # knowledge-base key
    kind: str | None = None  # country, person, org, place, group, description, pair
    alias: str | None = None  # the alias that matched, as written in the knowledge base
    language: str | None = None
    sentence_index: int | None = None
    role: str = "actor"  # actor | location | other
    why: str | None = None  # short human reason for the resolution
    # where a body named by its place ("police in Moscow") names that place: the place
    # still tells where the clause happens
    place_start: int | None = None

    def entity(self) -> Entity:
        return Entity(self.raw_text, self.entity_name, self.country, self.sector, self.wikidata_id)


@dataclass
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class Event:
    event_type: str
    mode: str | None
    context: list[str]
    actor: list[Entity]
    recipient: list[Entity]
    date: str | None
    date_precision: str | None
    negated: bool
    modality: str
    intensity: float | None
    evidence: Evidence
    confidence: float
    doc: str
    doc_id: str
    language: str | None
    # Explanations, kept out of the public JSONL contract but stored and shown on request.
    cameo: str | None = None
    trigger: str | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    sentence_index: int | None = None
    why: str | None = None

    CONTRACT_FIELDS = (
        "event_type",
        "mode",
        "context",
        "actor",
        "recipient",
        "date",
        "date_precision",
        "negated",
        "modality",
        "intensity",
        "evidence",
        "confidence",
        "doc",
        "doc_id",
        "language",
    )

    def to_contract(self) -> dict[str, Any]:
        """The public event record: exactly the contract fields, in order."""
        full = asdict(self)
        return {k: full[k] for k in self.CONTRACT_FIELDS}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


TIE_TYPES: tuple[str, ...] = (
    "energy_dependence",
    "trade_dependence",
    "security_dependence",
    "transit",
    "pipeline",
    "alliance",
    "partnership",
    "treaty",
    "membership",
    "military_base",
    "rivalry",
)


@dataclass
class Tie:
    """A standing relation between actors, not an event: dependence, transit, alliance,
    treaty. Directed ties read "source depends on / is bound to target"."""

    tie_type: str
    source: list[Entity]
    target: list[Entity]
    directed: bool
    evidence: Evidence
    doc: str
    doc_id: str
    language: str | None
    figure: str | None = None  # as written: "80%", "около 80 процентов"
    value: float | None = None  # 0.8
    unit: str | None = None  # percent | bcm | bpd | usd | tonnes
    commodity: str | None = None  # oil | gas | grain | electricity | trade | arms
    date: str | None = None
    date_precision: str | None = None
    negated: bool = False
    confidence: float = 0.5
    trigger: str | None = None
    why: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ProcessedDocument:
    document: Document
    sentences: list[Sentence]
    mentions: list[Mention]
    events: list[Event]
    ties: list[Tie] = field(default_factory=list)


def entity_from_dict(d: dict[str, Any]) -> Entity:
    return Entity(
        **{k: d.get(k) for k in ("raw_text", "entity_name", "country", "sector", "wikidata_id")}
    )


def event_from_dict(d: dict[str, Any]) -> Event:
    d = dict(d)
    d["actor"] = [entity_from_dict(a) for a in d.get("actor") or []]
    d["recipient"] = [entity_from_dict(a) for a in d.get("recipient") or []]
    d["evidence"] = Evidence(**d["evidence"])
    known = set(Event.__dataclass_fields__)
    return Event(**{k: v for k, v in d.items() if k in known})
