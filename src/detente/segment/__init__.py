"""Sentence segmentation: spans into the document text, and Sentence records."""

from __future__ import annotations

from detente.models import Sentence
from detente.normalise.langid import detect_language, script_counts
from detente.segment.splitter import segment

__all__ = ["segment", "segment_sentences"]

# Below this many letters a sentence's language is taken from the document, unless the
# sentence is written in another script altogether.
_SHORT_LETTERS = 20


def _main_script(text: str) -> tuple[str | None, int]:
    counts = script_counts(text)
    if not counts:
        return None, 0
    script = max(counts, key=counts.__getitem__)
    return script, sum(counts.values())


def segment_sentences(
    text: str, doc_id: str, lang: str | None = None, detect: bool = True
) -> list[Sentence]:
    """Sentence records for ``text``; each sentence's language detected when ``detect``."""
    doc_lang = lang if lang is not None or not detect else detect_language(text)
    doc_script = _main_script(text)[0] if detect else None
    sentences = []
    for i, (start, end) in enumerate(segment(text, doc_lang)):
        s = text[start:end]
        s_lang = doc_lang
        if detect:
            script, letters = _main_script(s)
            if script is not None and (letters >= _SHORT_LETTERS or script != doc_script):
                s_lang = detect_language(s) or doc_lang
        sentences.append(Sentence(doc_id, i, start, end, s, s_lang))
    return sentences
