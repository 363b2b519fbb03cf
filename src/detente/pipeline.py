"""One document through every stage: RawDocument in, ProcessedDocument out."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from detente.models import Document, ProcessedDocument, RawDocument
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
    ties = extract_ties(doc, sentences, mentions, match_text=match_text) if code_events else []
    return ProcessedDocument(doc, sentences, mentions, events, ties)


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:120]
    return None
