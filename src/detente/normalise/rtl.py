"""Detect and (conservatively) repair right-to-left text broken by PDF extraction.

Extraction tools that lose the bidirectional order leave tell-tale traces: Hebrew words
that start with a final letter (impossible in Hebrew spelling), Arabic words that end with
a reversed article, punctuation at the start of a line, mirrored brackets, prefixes cut off
from the numbers they belong to ("2014-ב" for "ב-2014") and lines whose chunks are out of
order. ``assess`` counts these per 1000 right-to-left words; ``repair`` only reverses whole
words that are certainly reversed and keeps every character at its place, so offsets found
in the repaired text hold in the original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from detente.models import QualityFlag

__all__ = ["assess", "reading_order", "repair", "signals", "RtlSignals"]

_HE = "\u05d0-\u05ea"
_HE_MARKS = "\u0591-\u05c7"
_AR = "\u0621-\u064a\u066e-\u06d3"
_AR_MARKS = "\u064b-\u065f\u0670\u06d6-\u06ed"

_HE_WORD = re.compile(f"[{_HE}][{_HE}{_HE_MARKS}]*")
_AR_WORD = re.compile(f"[{_AR}][{_AR}{_AR_MARKS}]*")
_RTL_LETTER = f"[{_HE}{_AR}]"

_RTL_LANGS = ("he", "ar", "fa", "ur", "yi")
_FINALS = "ךםןףץ"
_NON_FINAL = {"כ": "ך", "מ": "ם", "נ": "ן", "פ": "ף", "צ": "ץ"}
_HE_PREFIXES = "בהוכלמש"
_AR_PREFIXES = "وبلفك"

# A Hebrew prefix letter standing alone at the end of a line: its number or word went to
# another chunk ("... העיר אקטאו ב" + "25-" on the line).
_LINE_END_PREFIX = re.compile(f"(?:^|\\s)[{_HE_PREFIXES}][ \\t]*$", re.M)
# Punctuation that opens a line or a word: in logical order it closes the previous word.
_LINE_START_PUNCT = re.compile(f"^[ \\t]*[.,;:!?](?:[ \\t]|{_RTL_LETTER})", re.M)
_WORD_START_PUNCT = re.compile(f"(?<=\\s)[,.;:]{_RTL_LETTER}")
# Brackets pointing the wrong way: ")word" or "word(".
_MIRRORED = re.compile(f"\\){_RTL_LETTER}|{_RTL_LETTER}\\(")
# A prefix after the number it belongs to, and a number glued to the next word.
_NUMBER_PREFIX = re.compile(f"\\d-[{_HE_PREFIXES}](?![{_HE}])")
_NUMBER_GLUED = re.compile(f"\\d[{_HE}]")
# Two or more gaps of several spaces inside one line: chunks placed side by side.
# Two spaces after a full stop are a typing habit, not a gap between chunks.
_CHUNK_GAP = re.compile(r"[^\s.!?:][ \t]{2,}(?=\S)")

# Arabic words that really do end in "لا" (adverbs in -ًا written without tanween, "no").
_AR_LA_WORDS = frozenset(
    "لا إلا ألا الا مثلا أولا اولا قليلا طويلا فعلا أصلا اصلا كاملا شاملا مستقبلا "
    "عاجلا آجلا ليلا سبيلا بديلا جميلا دليلا مقابلا".split()
)

# Weights: a signal that cannot occur in clean text counts more than one that can.
_WEIGHTS = {
    "final_start": 3.0,
    "final_inside": 2.0,
    "nonfinal_end": 1.0,
    "ar_impossible_start": 3.0,
    "ar_reversed_article": 2.0,
    "line_end_prefix": 2.0,
    "line_start_punct": 2.0,
    "word_start_punct": 2.0,
    "mirrored_bracket": 2.0,
    "number_prefix": 3.0,
    "number_glued": 1.0,
    "chunked_lines": 1.0,
}
# Weighted signals per 1000 right-to-left words above which a text is flagged. Clean
# Hebrew and Arabic news score close to 0; the broken Hebrew seed scores several hundred.
_RATE_THRESHOLD = 25.0
# ... and at least this much evidence in absolute terms, so one odd token in a short text
# is not enough.
_MIN_SCORE = 6.0


@dataclass
class RtlSignals:
    rtl_words: int
    counts: dict[str, int]

    @property
    def score(self) -> float:
        return sum(_WEIGHTS[k] * n for k, n in self.counts.items())

    @property
    def rate(self) -> float:
        return 1000.0 * self.score / self.rtl_words if self.rtl_words else 0.0


def _letters(word: str) -> str:
    return "".join(ch for ch in word if not unicodedata.combining(ch))


def signals(text: str) -> RtlSignals:
    """Count the evidence of broken right-to-left order in ``text``."""
    counts = dict.fromkeys(_WEIGHTS, 0)
    he_words = 0
    for m in _HE_WORD.finditer(text):
        he_words += 1
        w = _letters(m.group())
        after = text[m.end() : m.end() + 1]
        before = text[m.start() - 1 : m.start()] if m.start() else ""
        # Geresh and apostrophe glue transliterations ("ג׳ן", "צ׳"); such pieces are not words.
        if before in "׳'" and before:
            continue
        if len(w) >= 2 and w[0] in _FINALS:
            counts["final_start"] += 1
        elif any(ch in _FINALS for ch in w[:-1]):
            counts["final_inside"] += 1
        elif len(w) >= 2 and w[-1] in _NON_FINAL and after not in "׳״'\"":
            counts["nonfinal_end"] += 1
    ar_words = 0
    for m in _AR_WORD.finditer(text):
        ar_words += 1
        w = _letters(m.group())
        if w[0] in "ةى":
            counts["ar_impossible_start"] += 1
        elif len(w) >= 5 and w.endswith("لا") and w not in _AR_LA_WORDS:
            counts["ar_reversed_article"] += 1
    counts["line_end_prefix"] = len(_LINE_END_PREFIX.findall(text)) if he_words else 0
    counts["line_start_punct"] = len(_LINE_START_PUNCT.findall(text))
    counts["word_start_punct"] = len(_WORD_START_PUNCT.findall(text))
    counts["mirrored_bracket"] = len(_MIRRORED.findall(text))
    counts["number_prefix"] = len(_NUMBER_PREFIX.findall(text))
    counts["number_glued"] = len(_NUMBER_GLUED.findall(text))
    counts["chunked_lines"] = sum(
        1
        for line in text.splitlines()
        if re.search(_RTL_LETTER, line) and len(_CHUNK_GAP.findall(line)) >= 2
    )
    return RtlSignals(he_words + ar_words, {k: v for k, v in counts.items() if v})


_DESCRIBE = {
    "final_start": "Hebrew words start with a final-form letter (ך ם ן ף ץ)",
    "final_inside": "Hebrew words have a final-form letter inside (two words glued)",
    "nonfinal_end": "Hebrew words end with a non-final letter where a final form belongs",
    "ar_impossible_start": "Arabic words start with ة or ى",
    "ar_reversed_article": "Arabic words end with a reversed article (لا)",
    "line_end_prefix": "lines end with a lone Hebrew prefix letter",
    "line_start_punct": "lines start with punctuation",
    "word_start_punct": "words carry punctuation at their start",
    "mirrored_bracket": "brackets are mirrored",
    "number_prefix": "prefixes follow their number (e.g. 2014-ב)",
    "number_glued": "numbers are glued to the following Hebrew word",
    "chunked_lines": "lines are made of chunks separated by wide gaps (word order shuffled)",
}


def assess(text: str, lang: str | None = None) -> list[QualityFlag]:
    """A ``rtl_broken`` flag when ``text`` shows broken right-to-left order, else []."""
    sig = signals(text)
    # A few quoted RTL words inside an English or Russian text are too little evidence.
    min_words = 10 if lang is None or lang in _RTL_LANGS else 30
    if sig.rtl_words < min_words or sig.score < _MIN_SCORE or sig.rate < _RATE_THRESHOLD:
        return []
    parts = [
        f"{n} {_DESCRIBE[k]}"
        for k, n in sorted(sig.counts.items(), key=lambda kv: -_WEIGHTS[kv[0]] * kv[1])
    ]
    reason = (
        f"Right-to-left text looks broken ({sig.rate:.0f} signals per 1000 words over "
        f"{sig.rtl_words} words): " + "; ".join(parts) + "."
    )
    return [QualityFlag("rtl_broken", reason)]


@lru_cache(maxsize=1)
def _zipf():
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq ships with the project
        return None
    return zipf_frequency


def _known(word: str, lang: str) -> float:
    zipf = _zipf()
    return zipf(word, lang) if zipf else 0.0


def _reverse_clusters(word: str) -> str:
    """Reverse by base letter, keeping each combining mark after its own letter."""
    clusters: list[str] = []
    for ch in word:
        if clusters and unicodedata.combining(ch):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return "".join(reversed(clusters))


def _clearly_reversed(word: str, rev: str, lang: str, prefixes: str, margin: float) -> bool:
    """The reversal is a common word and far more common than the word as written.

    Word lists built from the web contain some reversed words themselves (from the same
    broken PDFs), so "the written form is unknown" is too strict; a wide margin is used.
    """
    known_rev = _known(rev, lang)
    if known_rev < 1.5 and len(rev) > 3 and rev[0] in prefixes:
        # Prefixed forms ("ובבירה", "والعربية") are often missing from the word list.
        known_rev = _known(rev[1:], lang) - 0.5
    return known_rev >= 1.5 and known_rev - _known(word, lang) >= margin


def _hebrew_reversal(word: str) -> str | None:
    w = _letters(word)
    if len(w) < 2 or any(ch in _FINALS for ch in w[1:]):
        return None
    rev = _reverse_clusters(word)
    rl = _letters(rev)
    if w[0] in _FINALS:
        ok = _clearly_reversed(w, rl, "he", _HE_PREFIXES, 2.0)
    elif w[-1] in _NON_FINAL and rl[0] in _NON_FINAL:
        # Only the final form is out of place: weaker evidence, so demand a common word.
        ok = _known(w, "he") == 0 and _known(rl, "he") >= 3.0
    else:
        ok = False
    return rev if ok else None


# A reversed article, bare or behind a one-letter prefix: "...لا", "...لاو", "...لاب".
_AR_REVERSED_ARTICLE = re.compile("لا[وبلفك]?$")


def _arabic_reversal(word: str) -> str | None:
    w = _letters(word)
    if len(w) < 3 or w in _AR_LA_WORDS:
        return None
    if not (w[0] in "ةى" or _AR_REVERSED_ARTICLE.search(w)):
        return None
    rev = _reverse_clusters(word)
    rl = _letters(rev)
    if rl[0] in "ةى" or not _clearly_reversed(w, rl, "ar", _AR_PREFIXES, 2.0):
        return None
    return rev


def repair(text: str) -> str:
    """``text`` with confidently reversed words turned around; same length, same places."""
    out = list(text)
    for pattern, fix in ((_HE_WORD, _hebrew_reversal), (_AR_WORD, _arabic_reversal)):
        for m in pattern.finditer(text):
            if m.start() and text[m.start() - 1] in "׳'":
                continue
            rev = fix(m.group())
            if rev is not None:
                out[m.start() : m.end()] = rev
    result = "".join(out)
    assert len(result) == len(text)
    return result


# Any run of two or more spaces inside a broken right-to-left line separates two chunks the
# extraction set side by side; a lone space never does (unless the line ends in a prefix).
_GAP = re.compile(r"[ \t]{2,}")
_CLAUSE_MARK = re.compile(r"[,:;.] ")


def _line_order(line: str) -> list[tuple[int, int]]:
    """Pieces of one line, as (start, end) within it, in their reading order."""
    gaps = [m.span() for m in _GAP.finditer(line) if 0 < m.start() and m.end() < len(line)]
    if gaps:
        # The chunks came out left to right; a right-to-left reader reads them the other
        # way. Gaps go back between them (reversed too) so the length is unchanged.
        bounds = [0] + [x for g in gaps for x in g] + [len(line)]
        chunks = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
        order: list[tuple[int, int]] = []
        for i, c in enumerate(reversed(chunks)):
            order.append(c)
            if i < len(gaps):
                order.append(gaps[len(gaps) - 1 - i])
        return order
    end = line.rstrip()
    if _LINE_END_PREFIX.search(end):
        # "..., דרישות פומביות ל" + "רוסיה: ..." on one line: the prefix at the end belongs
        # to the word the line opens with, so the tail after the last clause mark comes
        # first, glued to the start; the space after the mark moves to the end.
        marks = list(_CLAUSE_MARK.finditer(end))
        if marks:
            a, b = marks[-1].start() + 1, marks[-1].end()
            return [(b, len(end)), (0, a), (a, b), (len(end), len(line))]
    return [(0, len(line))]


def reading_order(text: str) -> tuple[str, list[int]]:
    """``text`` with each broken right-to-left line's chunks put back in reading order.

    Returns the reordered text (same length: a permutation of the characters, line
    breaks made spaces so that a sentence may run on across the extraction's lines) and,
    for each of its characters, the position it came from in ``text``.
    """
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        pieces = _line_order(body) if re.search(_RTL_LETTER, body) else [(0, len(body))]
        for a, b in pieces:
            out.append(body[a:b])
            origin.extend(range(pos + a, pos + b))
        out.append(" " * (len(line) - len(body)))
        origin.extend(range(pos + len(body), pos + len(line)))
        pos += len(line)
    result = "".join(out)
    assert len(result) == len(text) == len(origin)
    return result, origin
