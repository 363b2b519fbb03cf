"""Dating what happened inside an earlier event: "In the call, Putin did not admit ...".

A sentence that opens inside an event the story has already told ("In the call", "During
the talks", `בשיחה`, `وخلال الاتصال`, "В ходе разговора") tells what happened in it, so
its events that have no date of their own take the date of the latest earlier event of
that kind (grammar.yaml `event_frames`, per language: type -> opening phrases).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from detente.events.lexicon import lexicon
from detente.models import Event, Sentence
from detente.normalise import match_form

_OWN_DATE = "in the sentence"


@lru_cache(maxsize=8)
def _frames(lang: str) -> tuple[tuple[str, str], ...]:
    table = lexicon(lang).grammar.get("event_frames") or {}
    return tuple(
        (match_form(str(p), lang).lower(), etype)
        for etype, phrases in table.items()
        for p in phrases
    )


def _frame_type(sentence: str, lang: str) -> str | None:
    opening = " ".join(re.sub(r"[^\w\s]", " ", match_form(sentence, lang).lower()).split())
    for phrase, etype in _frames(lang):
        if opening == phrase or opening.startswith(phrase + " "):
            return etype
    return None


def _date_segment(why: str) -> tuple[int, int]:
    """Where "date: ..." stands in an event's reasons."""
    i = why.rfind("date: ")
    if i < 0:
        return len(why), len(why)
    j = why.find("; ", i)
    return i, (j if j >= 0 else len(why))


def date_framed(events: list[Event], sentences: list[Sentence], text: str, lang: str | None):
    by_index = {s.index: s for s in sentences}
    out = []
    for e in events:
        why = e.why or ""
        i, j = _date_segment(why)
        s = by_index.get(e.sentence_index)
        s_lang = (s.language if s is not None else None) or lang
        frame = None
        if s is not None and s_lang and i < j and _OWN_DATE not in why[i:j]:
            etype = _frame_type(text[s.start : s.end], s_lang)
            frame = max(
                (
                    o
                    for o in events
                    if o.event_type == etype
                    and o.date
                    and o.sentence_index is not None
                    and o.sentence_index < s.index
                ),
                key=lambda o: (o.sentence_index, o.trigger_start or 0),
                default=None,
            )
        if frame is None or frame.date == e.date:
            out.append(e)
            continue
        reason = f"date: that of '{frame.trigger}', the event the sentence opens inside"
        out.append(
            replace(
                e,
                date=frame.date,
                date_precision=frame.date_precision,
                why=why[:i] + reason + why[j:],
            )
        )
    return out
