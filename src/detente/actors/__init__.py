"""actors stage: the knowledge base and the resolver of actor mentions."""

from __future__ import annotations

from detente.actors.kb import (
    AliasRef,
    EntityRecord,
    KnowledgeBase,
    Role,
    SectorRef,
    TitleRef,
    default_kb,
    load_kb,
    user_file_path,
    wikidata_file_path,
)
from detente.actors.resolve import extract_mentions, role_at
from detente.actors.user import add_alias, add_entity
from detente.actors.wikidata import import_wikidata
from detente.models import Document, Sentence

__all__ = [
    "AliasRef",
    "EntityRecord",
    "KnowledgeBase",
    "Role",
    "SectorRef",
    "TitleRef",
    "add_alias",
    "add_entity",
    "default_kb",
    "extract_mentions",
    "import_wikidata",
    "load_kb",
    "lookup",
    "role_at",
    "user_file_path",
    "wikidata_file_path",
]


def lookup(
    text: str, lang: str | None = None, date: str | None = None, kb: KnowledgeBase | None = None
) -> list[dict]:
    """How ``text`` resolves: one dict per mention (alias, entity, country, sector, why)."""
    if lang is None:
        from detente.normalise.langid import detect_language

        lang = detect_language(text) or "en"
    doc = Document(
        doc_id="lookup", name="<lookup>", source="<lookup>", text=text, language=lang, date=date
    )
    sent = Sentence("lookup", 0, 0, len(text), text, lang)
    return [
        {
            "text": m.raw_text,
            "alias": m.alias,
            "entity_id": m.entity_id,
            "entity_name": m.entity_name,
            "country": m.country,
            "sector": m.sector,
            "kind": m.kind,
            "role": m.role,
            "wikidata_id": m.wikidata_id,
            "why": m.why,
        }
        for m in extract_mentions(doc, [sent], kb=kb or default_kb())
    ]
