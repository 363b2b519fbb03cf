"""Shared by the coder tests: what a snippet codes, as comparable tuples."""

from detente.actors import extract_mentions
from detente.events import code_text
from detente.models import Document
from detente.segment import segment_sentences


def coded_tuples(text: str, lang: str, date: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(type, actor countries, recipient countries) of every event coded in ``text``, the
    countries in the coder's order."""
    return {
        (e.event_type, tuple(a.country for a in e.actor), tuple(r.country for r in e.recipient))
        for e in code_text(text, lang, date)
    }


def happened(text: str, lang: str, date: str, etype: str) -> bool:
    """Is an event of ``etype`` coded as having taken place (not negated; asserted or
    reported), as the detection sets score it?"""
    return any(
        e.event_type == etype and not e.negated and e.modality in ("asserted", "reported")
        for e in code_text(text, lang, date)
    )


def mentions_of(text: str, lang: str, date: str = "2025-03-03"):
    """The resolved mentions of ``text`` read as one document in ``lang``."""
    doc = Document("t", "t.txt", "test", text, lang, date=date)
    return extract_mentions(doc, segment_sentences(text, "t", lang))
