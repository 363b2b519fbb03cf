"""One document through every stage: RawDocument in, ProcessedDocument out."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import replace

from detente.models import Document, Event, Evidence, ProcessedDocument, RawDocument, Sentence
from detente.normalise import rtl
from detente.normalise.dates import find_dateline
from detente.normalise.langid import detect_language
from detente.segment import segment_sentences

_URL = re.compile(r"(?:https?://|www\.)\S+")


def mask_urls(text: str) -> str:
    """Blank out URLs (same length) so that words inside links are not read as prose:
    footnote links such as ".../swapping-azeri-gas-for-russian-supplies" name no actor."""
    return _URL.sub(lambda m: " " * len(m.group()), text)


def doc_id_for(text: str) -> str:
    """Content hash: the same text ingested twice is one document."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()[:16]


def prepare(raw: RawDocument) -> tuple[Document, str]:
    """Build the Document record and the text to match on (repaired when RTL is broken)."""
    text = raw.text
    lang = detect_language(text)
    flags = rtl.assess(text, lang) if lang in ("he", "ar", None) else []
    match_text = mask_urls(rtl.repair(text) if flags else text)
    date, date_source = raw.date, raw.date_source
    if not date:
        dl = find_dateline(match_text, lang)
        if dl is not None:
            date, date_source = dl.value, "dateline"
    doc = Document(
        doc_id=doc_id_for(text),
        name=raw.name,
        source=raw.source,
        text=text,
        language=lang,
        media_type=raw.media_type,
        encoding=raw.encoding,
        title=raw.title or _first_line(text),
        date=date,
        date_source=date_source,
        quality=flags,
    )
    return doc, match_text


def process(raw: RawDocument, *, kb=None, code_events: bool = True) -> ProcessedDocument:
    from detente.actors import extract_mentions
    from detente.events import code_document
    from detente.relations.ties import extract_ties

    doc, match_text = prepare(raw)
    sentences = segment_sentences(text=doc.text, doc_id=doc.doc_id, lang=doc.language)
    mentions = extract_mentions(doc, sentences, match_text=match_text, kb=kb)
    events = code_document(doc, sentences, mentions, match_text=match_text) if code_events else []
    if code_events and doc.rtl_broken:
        events += _reading_order_events(doc, match_text, sentences, events, kb)
    ties = extract_ties(doc, sentences, mentions, match_text=match_text) if code_events else []
    return ProcessedDocument(doc, sentences, mentions, events, ties)


def _reading_order_events(
    doc: Document, match_text: str, sentences: list[Sentence], found: list[Event], kb
) -> list[Event]:
    """Events that only a second reading finds, with each broken line's chunks put back in
    reading order ("...הציב שלוש" on one line, "דרישות פומביות ל" on the next).

    The extraction's own order is coded first and stays the record; this pass adds an
    event that names an actor and a recipient country only when none of the same type
    between the same countries was found. Its evidence is the stretch of the document the
    sentence was read from, as written there, and its trigger offsets point into it; the
    sentence as read is quoted in ``why``.
    """
    from detente.actors import extract_mentions
    from detente.events import code_document

    reading, origin = rtl.reading_order(match_text)
    rdoc = replace(doc, text=reading)
    rsents = segment_sentences(text=reading, doc_id=doc.doc_id, lang=doc.language)
    rments = extract_mentions(rdoc, rsents, match_text=reading, kb=kb)

    def key(e: Event):
        return (
            e.event_type,
            frozenset(a.country for a in e.actor if a.country),
            frozenset(r.country for r in e.recipient if r.country),
        )

    seen = {key(e) for e in found}
    out = []
    for e in code_document(rdoc, rsents, rments, match_text=reading):
        # A reordered reading is a guess: it adds only events that name both parties.
        if key(e) in seen or not (key(e)[1] and key(e)[2]) or e.trigger_start is None:
            continue
        seen.add(key(e))
        span = origin[e.evidence.start : e.evidence.end]
        a, b = min(span), max(span) + 1
        tspan = origin[e.trigger_start : e.trigger_end]
        t0 = min(tspan)
        read = " ".join(e.evidence.text.split())
        out.append(
            replace(
                e,
                evidence=Evidence(doc.text[a:b], a, b),
                trigger=doc.text[t0 : max(tspan) + 1],
                trigger_start=t0,
                trigger_end=max(tspan) + 1,
                sentence_index=next((s.index for s in sentences if s.start <= t0 < s.end), None),
                why=f"{e.why}; found in reading order (the broken lines' chunks put back): "
                f"'{read}'",
            )
        )
    return out


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:120]
    return None
