"""Sentence spans for Hebrew, Arabic, Russian and English text.

Two passes. The line pass decides which line breaks end a sentence: blank lines, bullets,
headings and URL lines do; the breaks inside a hard-wrapped paragraph (PDF extractions,
e-mail style text) do not. The punctuation pass then splits each block at sentence-final
punctuation, skipping abbreviations, initials, numbers and URLs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from detente.resources import LANGUAGES, load_yaml

__all__ = ["segment", "MAX_SENTENCE", "TARGET_SPLIT"]

MAX_SENTENCE = 600
TARGET_SPLIT = 400

_FINAL_PUNCT = ".!?…؟۔"
# Closing quotes and brackets that belong to the sentence they close.
_CLOSERS = "\"'”’»)]›"
_BOUNDARY = re.compile(f"[{re.escape(_FINAL_PUNCT)}]+[{re.escape(_CLOSERS)}]*(?=\\s|$)")
_BULLET = re.compile(r"[-–—•*·▪●◦‣►]\s|\d{1,3}[.)]\s|\(\d{1,3}\)\s")
_URL = re.compile(r"(?:https?://|www\.)\S*[^\s.,;:!?)\]\"'»”]")
_URL_LINE = re.compile(r"(?:https?://|www\.)\S*$")
_DOTTED = re.compile(r"(?:\w\.)+\w", re.U)
# A line that ends like this needs no continuation: final punctuation, or a colon that
# introduces a list.
_LINE_TERMINAL = re.compile(f"[{re.escape(_FINAL_PUNCT)}:][{re.escape(_CLOSERS)}]*$")


@dataclass(frozen=True)
class _Abbreviations:
    prefix: frozenset[str]  # never end a sentence: a name or a number follows
    suffix: frozenset[str]  # end a sentence when a capitalised word follows


@cache
def _abbreviations(lang: str | None) -> _Abbreviations:
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    prefix: set[str] = set()
    suffix: set[str] = set()
    for code in langs:
        data = load_yaml(f"{code}/segment.yaml") or {}
        prefix.update(str(w).casefold() for w in data.get("abbreviations") or [])
        suffix.update(str(w).casefold() for w in data.get("suffix_abbreviations") or [])
    return _Abbreviations(frozenset(prefix), frozenset(suffix))


@dataclass
class _Line:
    start: int
    end: int
    text: str
    blank_before: bool

    @property
    def bullet(self) -> bool:
        return bool(_BULLET.match(self.text))

    @property
    def url(self) -> bool:
        return bool(_URL_LINE.match(self.text))

    @property
    def terminal(self) -> bool:
        return bool(_LINE_TERMINAL.search(self.text))


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    newlines_since = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            start = pos + lead
            lines.append(_Line(start, start + len(stripped), stripped, newlines_since >= 2))
            newlines_since = 1 if len(body) < len(raw) else 0
        else:
            newlines_since += 1
        pos += len(raw)
    return lines


def _percentile(values: list[int], q: float) -> int:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


@dataclass
class _Layout:
    wrapped: bool
    width: int
    blank_as_wrap: bool


def _layout(lines: list[_Line]) -> _Layout:
    """Is this text hard-wrapped, and does it separate wrapped lines with blank lines?"""
    body = [ln for ln in lines if not ln.bullet and not ln.url]
    if len(body) < 2:
        return _Layout(False, 0, False)
    width = _percentile([len(ln.text) for ln in body], 0.9)
    long_lines = [ln for ln in body[:-1] if len(ln.text) >= 0.6 * width]
    open_ended = sum(1 for ln in long_lines if not ln.terminal)
    wrapped = width >= 30 and open_ended >= 2 and open_ended >= 0.3 * len(long_lines)
    # Some PDF extractions put an empty line after every line; then a blank line says
    # nothing about paragraphs and must be read as a plain line break.
    blanks = sum(1 for ln in lines[1:] if ln.blank_before)
    blank_as_wrap = wrapped and blanks >= 0.6 * (len(lines) - 1)
    return _Layout(wrapped, width, blank_as_wrap)


def _starts_lower(s: str) -> bool:
    return bool(s) and s[0].islower()


def _continues(prev: _Line, nxt: _Line, layout: _Layout) -> bool:
    """Does the break between two lines fall inside a sentence?"""
    if nxt.bullet or nxt.url or prev.url or prev.terminal:
        return False
    if nxt.blank_before and not layout.blank_as_wrap:
        return False
    if layout.wrapped and len(prev.text) >= 0.6 * layout.width:
        return True
    # Outside wrapped paragraphs, only an obvious continuation: a lowercase start.
    return _starts_lower(nxt.text) and len(prev.text) >= 30


def _blocks(text: str) -> list[tuple[int, int]]:
    lines = _lines(text)
    if not lines:
        return []
    layout = _layout(lines)
    blocks: list[tuple[int, int]] = []
    start = lines[0].start
    for prev, nxt in zip(lines, lines[1:], strict=False):
        if not _continues(prev, nxt, layout):
            blocks.append((start, prev.end))
            start = nxt.start
    blocks.append((start, lines[-1].end))
    return blocks


def _next_visible(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _plausible_start(ch: str) -> bool:
    if ch.isalpha():
        # Caseless scripts (Hebrew, Arabic) always qualify; cased ones need a capital.
        return not ch.islower()
    return ch.isdigit() or ch in "\"'“„«‘(-–—•[" or not ch.isalnum()


def _words_before(text: str, dot: int, start: int) -> tuple[str, str, bool]:
    """The word ending at ``dot``, the word before it, and whether the first opens its line."""
    i = dot
    while i > start and not text[i - 1].isspace():
        i -= 1
    word = text[i:dot].lstrip("\"'“„«‘([")
    j = i
    while j > start and text[j - 1] in " \t":
        j -= 1
    line_start = j == start or text[j - 1] == "\n"
    k = j
    while k > start and not text[k - 1].isspace():
        k -= 1
    return word, text[k:j], line_start


def _keeps_going(text: str, dot: int, nxt: int, start: int, abbr: _Abbreviations) -> bool:
    """Is the full stop at ``dot`` part of an abbreviation, initial or list number?"""
    word, previous, line_start = _words_before(text, dot, start)
    if not word:
        return False
    key = word.casefold()
    if line_start and word.isdigit() and len(word) <= 2:
        return True  # "1. " opening a numbered line
    capital_follows = text[nxt].isupper()
    if key in abbr.suffix:
        return not capital_follows
    if key in abbr.prefix:
        # After a number a title-like abbreviation is a unit ("в 2024 г."), so it may end.
        return not (capital_follows and previous.rstrip(",").isdigit())
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "V. Putin", "В. Путин", "د. محمد"
    return bool(_DOTTED.fullmatch(word))  # U.S, e.g, т.е


def _split_block(
    text: str, start: int, end: int, abbr: _Abbreviations, urls: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    cuts: list[int] = []
    for m in _BOUNDARY.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in urls):
            continue
        nxt = _next_visible(text, m.end(), end)
        if nxt >= end or not _plausible_start(text[nxt]):
            continue
        if m.group().rstrip(_CLOSERS) == "." and _keeps_going(text, m.start(), nxt, start, abbr):
            continue
        cuts.append(m.end())
    spans = []
    prev = start
    for c in [*cuts, end]:
        spans.append((prev, c))
        prev = c
    return spans


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _has_word(s: str) -> bool:
    return any(ch.isalnum() for ch in s)


def _split_long(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Cut a run-on span near TARGET_SPLIT characters at the gentlest boundary available."""
    out = []
    while b - a > MAX_SENTENCE:
        lo, hi, target = a + 150, a + MAX_SENTENCE, a + TARGET_SPLIT
        cut = None
        for pattern in (r"\n", r"[;؛]\s", r"[,،]\s", r"\s"):
            found = [m.end() for m in re.finditer(pattern, text[lo:hi])]
            if found:
                cut = lo + min(found, key=lambda p: abs(lo + p - target))
                break
        if cut is None:
            cut = target
        s, e = _strip(text, a, cut)
        if e > s:
            out.append((s, e))
        a, _ = _strip(text, cut, b)
    out.append((a, b))
    return out


def segment(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``[start, end)`` into ``text``, in order, without surrounding space."""
    abbr = _abbreviations(lang)
    urls = [m.span() for m in _URL.finditer(text)]
    spans: list[tuple[int, int]] = []
    pending: int | None = None  # start of stray punctuation waiting for a sentence
    for bs, be in _blocks(text):
        for a, b in _split_block(text, bs, be, abbr, urls):
            a, b = _strip(text, a, b)
            if b <= a:
                continue
            if not _has_word(text[a:b]):
                # Stray punctuation (". " at the start of a broken right-to-left line)
                # joins the sentence before it, unless that is a URL kept on its own.
                if spans and not _URL_LINE.fullmatch(text[spans[-1][0] : spans[-1][1]]):
                    spans[-1] = (spans[-1][0], b)
                elif pending is None:
                    pending = a
                continue
            if pending is not None:
                a, pending = pending, None
            spans.append((a, b))
    if pending is not None:
        spans.append(_strip(text, pending, len(text)))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        out.extend(_split_long(text, a, b) if b - a > MAX_SENTENCE else [(a, b)])
    return out
