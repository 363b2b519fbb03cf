"""Normalisation for matching only: the original text is never rewritten.

``normalise(text, lang)`` returns the matching form together with an offset map so that
any span found in the normalised string can be reported against the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from detente.normalise.tables import char_table

__all__ = ["Normalised", "normalise", "match_form"]


@dataclass
class Normalised:
    text: str
    # origin[i] is the index in the original text of normalised character i;
    # origin[len(text)] == len(original) so that end offsets map too.
    origin: list[int]
    # Where a kept character is followed by vowel signs the table drops (فلسطينياً),
    # the original end of that character including them, so spans keep their marks.
    tail: dict[int, int] = field(default_factory=dict)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back to the original."""
        if end <= start:
            o = self.origin[start]
            return o, o
        return self.origin[start], self.tail.get(end - 1, self.origin[end - 1] + 1)


class _Translation(dict):
    """``str.translate`` table: the language table, and for any other character its
    case-folded form if it is upper case, computed once per character."""

    def __init__(self, table: dict[str, str]):
        super().__init__({ord(k): v for k, v in table.items()})
        # characters whose matching form is not exactly one character long
        self.changes = {k for k, v in self.items() if len(v) != 1}
        self._changes_re: re.Pattern | None = None

    def changes_re(self) -> re.Pattern:
        """A pattern for any character whose matching form is not one character."""
        if self._changes_re is None:
            self._changes_re = _changing_re(frozenset(self.changes))
        return self._changes_re

    def changing(self, text: str) -> bool:
        """Does ``text`` hold a character whose matching form is not one character?"""
        return self.changes_re().search(text) is not None

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        rep = ch.casefold() if ch.isupper() else ch
        if len(rep) != 1:
            self.changes.add(code)
            self._changes_re = None
        self[code] = rep
        return rep


@lru_cache(maxsize=None)
def _translation(lang: str | None) -> _Translation:
    return _Translation(char_table(lang))


def normalise(text: str, lang: str | None = None) -> Normalised:
    # Fast path: when every character maps to exactly one, offsets are the identity.
    tr = _translation(lang)
    out_text = text.translate(tr)
    if len(out_text) == len(text) and not tr.changing(text):
        return Normalised(out_text, list(range(len(text) + 1)))
    origin, tail = _offsets(text, tr)
    return Normalised(out_text, origin, tail)


def _offsets(text: str, tr: _Translation) -> tuple[list[int], dict[int, int]]:
    """Offset map of ``text.translate(tr)``, which has already met every character of
    ``text``: characters that map to one character are taken in runs; only those whose
    matching form is longer or empty (dropped marks) are looked at one by one."""
    origin: list[int] = []
    tail: dict[int, int] = {}
    n_out = 0
    kept_end = -1  # original index just past the last kept character and its marks
    pos = 0
    # One pattern for every changing character of the table, compiled once, rather than
    # one per set of them a text happens to hold.
    for m in tr.changes_re().finditer(text):
        i = m.start()
        if i > pos:
            origin.extend(range(pos, i))
            n_out += i - pos
            kept_end = i
        pos = i + 1
        ch = text[i]
        rep = tr[ord(ch)]
        if rep == "":
            if i == kept_end and n_out and unicodedata.category(ch) == "Mn":
                kept_end = tail[n_out - 1] = i + 1
            continue
        kept_end = i + 1
        origin.extend([i] * len(rep))
        n_out += len(rep)
    if pos < len(text):
        origin.extend(range(pos, len(text)))
    origin.append(len(text))
    return origin, tail


@lru_cache(maxsize=1024)
def _changing_re(changing: frozenset[int]) -> re.Pattern:
    if not changing:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(changing)) + "]")


def match_form(text: str, lang: str | None = None) -> str:
    """The matching form of a short string (an alias, a trigger, a query)."""
    return normalise(unicodedata.normalize("NFC", text), lang).text
