"""Dating a headline's events from the story's lead, and naming their parties from it.

A headline is written in the present ("Qatar condemns Iranian attack") about the news its
lead paragraph tells and dates ("Iran fired missiles last night..."). An event coded in the
headline with nothing but the document date to go on therefore takes the lead's date: the
date of a lead event of the same type, else the first date the lead names that is not the
dateline's publication date.

A headline also leaves out who acted ("Three hostages freed", "ضربات على مواقع"): an event
coded in it with no actor takes the parties of the lead's event of its type, which tells
the same news with its parties; one with an actor and no recipient ("Thousands protest in
Tbilisi") takes the recipient of the lead's event of its type by the same actor.
"""

from __future__ import annotations

from dataclasses import replace

from detente.models import Document, Event, Sentence
from detente.normalise.dates import DateMatch, find_dateline

_ENDS_SENTENCE = ".!?؟:;"
_DOC_DATE = "date: document date"


def headline_index(text: str, sentences: list[Sentence]) -> int | None:
    """The first sentence if it is a headline: a line of its own, with no closing
    punctuation, followed by more text after a line break."""
    if len(sentences) < 2:
        return None
    first, second = sentences[0], sentences[1]
    line = text[first.start : first.end].strip()
    if not line or "\n" in line or line[-1] in _ENDS_SENTENCE:
        return None
    if "\n" not in text[first.end : second.start]:
        return None
    return first.index


def date_headline(
    events: list[Event],
    head: int,
    lead: Sentence,
    lead_dates: list[DateMatch],
    doc: Document,
    text: str,
) -> list[Event]:
    lead_events = [e for e in events if e.sentence_index == lead.index and e.date]
    dateline = find_dateline(text, doc.language)
    own: list[DateMatch] = []
    for d in lead_dates:
        a, b = lead.start + d.start, lead.start + d.end
        if dateline is not None and a < dateline.end and dateline.start < b:
            continue
        own.append(d)
    out = []
    for e in events:
        if e.sentence_index != head or not (e.why or "").endswith(_DOC_DATE):
            out.append(e)
            continue
        same = next(
            (o for o in lead_events if o.event_type == e.event_type and _DOC_DATE not in o.why),
            None,
        )
        if same is not None:
            date, prec, why = same.date, same.date_precision, "the lead's event of its type"
        elif own:
            date, prec, why = own[0].value, own[0].precision, f"'{own[0].text}' in the lead"
        else:
            out.append(e)
            continue
        why_text = e.why[: -len(_DOC_DATE)] + f"date: {why} (a headline tells the lead's news)"
        out.append(replace(e, date=date, date_precision=prec, why=why_text))
    return out


def headline_parties(events: list[Event], head: int, lead: Sentence) -> list[Event]:
    lead_events = [e for e in events if e.sentence_index == lead.index and e.actor]
    out = []
    for e in events:
        if e.sentence_index != head or (e.actor and e.recipient):
            out.append(e)
            continue
        own = {a.country for a in e.actor}
        # the lead's event of the type; one the headline names an actor for must have
        # that actor ("Thousands protest in Tbilisi" fills in whom they protest against)
        same = next(
            (
                o
                for o in lead_events
                if o.event_type == e.event_type
                and (not own or own == {a.country for a in o.actor})
                and (o.recipient or not e.actor)
            ),
            None,
        )
        if same is None:
            out.append(e)
            continue
        if e.actor:
            why = f"{e.why}; recipient: the lead's event of its type ('{same.trigger}')"
            out.append(replace(e, recipient=list(same.recipient), why=why))
            continue
        why = f"{e.why}; actor: the lead's event of its type ('{same.trigger}')"
        recipient = e.recipient or same.recipient
        out.append(replace(e, actor=list(same.actor), recipient=list(recipient), why=why))
    return out
