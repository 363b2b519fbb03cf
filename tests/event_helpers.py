"""Shared by the coder tests: what a snippet codes, as comparable tuples."""

from detente.events import code_text


def coded_tuples(text: str, lang: str, date: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(type, actor countries, recipient countries) of every event coded in ``text``, the
    countries in the coder's order."""
    return {
        (e.event_type, tuple(a.country for a in e.actor), tuple(r.country for r in e.recipient))
        for e in code_text(text, lang, date)
    }
