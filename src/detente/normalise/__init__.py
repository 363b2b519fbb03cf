"""Normalisation for matching only: the original text is never rewritten.

``normalise(text, lang)`` returns the matching form together with an offset map so that
any span found in the normalised string can be reported against the original text.
"""

from __future__ import annotations

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

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        rep = ch.casefold() if ch.isupper() else ch
        if len(rep) != 1:
            self.changes.add(code)
        self[code] = rep
        return rep


@lru_cache(maxsize=None)
def _translation(lang: str | None) -> _Translation:
    return _Translation(char_table(lang))


def normalise(text: str, lang: str | None = None) -> Normalised:
    # Fast path: when every character maps to exactly one, offsets are the identity.
    tr = _translation(lang)
    out_text = text.translate(tr)
    if len(out_text) == len(text) and not tr.changes.intersection(map(ord, set(text))):
        return Normalised(out_text, list(range(len(text) + 1)))
    return _normalise_slow(text, lang)


def _normalise_slow(text: str, lang: str | None) -> Normalised:
    table = char_table(lang)
    out: list[str] = []
    origin: list[int] = []
    tail: dict[int, int] = {}
    kept_end = -1  # original index just past the last kept character and its marks
    for i, ch in enumerate(text):
        rep = table.get(ch)
        if rep is None:
            rep = ch.casefold() if ch.isupper() else ch
        elif rep == "":
            if i == kept_end and out and unicodedata.category(ch) == "Mn":
                kept_end = tail[len(out) - 1] = i + 1
            continue
        kept_end = i + 1
        for r in rep:
            out.append(r)
            origin.append(i)
    origin.append(len(text))
    return Normalised("".join(out), origin, tail)


def match_form(text: str, lang: str | None = None) -> str:
    """The matching form of a short string (an alias, a trigger, a query)."""
    return normalise(unicodedata.normalize("NFC", text), lang).text
