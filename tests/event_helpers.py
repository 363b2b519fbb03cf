"""Shared by the coder tests: what a snippet codes, as comparable tuples."""

from detente.actors import extract_mentions
from detente.events import code_text
from detente.models import Document
from detente.segment import segment_sentences


def coded_tuples(
    text: str, lang: str, date: str
) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
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


class Coder:
    """The coder for one language and document date, as the round tests ask of it."""

    def __init__(self, lang: str, date: str):
        self.lang, self.date = lang, date

    def tuples(self, text: str, date: str | None = None):
        """``coded_tuples`` of ``text``."""
        return coded_tuples(text, self.lang, date or self.date)

    def types(self, text: str, date: str | None = None) -> set[str]:
        """The types of every event coded in ``text``."""
        return {e.event_type for e in code_text(text, self.lang, date or self.date)}

    def happened(self, text: str, etype: str) -> bool:
        """``happened`` for this language and date."""
        return happened(text, self.lang, self.date, etype)

    def modalities(self, text: str, etype: str) -> set[str]:
        """The modalities of the events of ``etype`` coded in ``text``."""
        return {e.modality for e in code_text(text, self.lang, self.date) if e.event_type == etype}

    def coded_with(self, text: str, etype: str, actors: set[str], recipients: set[str]) -> bool:
        """Is an event of ``etype`` coded with exactly these actor and recipient countries?"""
        return any(
            e.event_type == etype
            and {a.country for a in e.actor} == actors
            and {r.country for r in e.recipient} == recipients
            for e in code_text(text, self.lang, self.date)
        )
