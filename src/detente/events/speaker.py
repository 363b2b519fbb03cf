"""First person inside a quotation: "We condemn ...," Zakharova said.

A quoted statement speaks for the party its speaker belongs to. Its first-person words
("we", "our", "мы", "אנחנו", "نحن"; grammar.yaml `first_person`) stand for the speaker
named in the same sentence outside the quotation, so the coder finds the party that
condemns, demands or promises.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from detente.events.lexicon import lexicon
from detente.models import Mention, Sentence
from detente.normalise import Normalised

# opening and closing marks of a quotation; a straight double quote opens after a space or
# a colon and closes before one (a Hebrew acronym such as צה"ל keeps it between letters)
_PAIRS = (("«", "»"), ("“", "”"), ("„", "“"), ("„", "”"))
_WORD = re.compile(r"\w+", re.UNICODE)


def _straight_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    marks = [
        i
        for i in range(start, end)
        if text[i] == '"'
        and not (0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha())
    ]
    return [(marks[k] + 1, marks[k + 1]) for k in range(0, len(marks) - 1, 2)] + (
        [(marks[-1] + 1, end)] if len(marks) % 2 else []
    )


def quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of text quoted between ``start`` and ``end``; a quotation left open runs
    to ``end``. Typographic marks are read left to right, so the "“" that closes „…“ does
    not open a quotation of its own."""
    spans = _straight_quotes(text, start, end)
    closers = {op: {cl for o, cl in _PAIRS if o == op} for op, _ in _PAIRS}
    i = start
    while i < end:
        ch = text[i]
        if ch in closers:
            j = next((k for k in range(i + 1, end) if text[k] in closers[ch]), end)
            spans.append((i + 1, j))
            i = j + 1
        else:
            i += 1
    return sorted(set(spans))


def _speaker(mentions: list[Mention], spans: list[tuple[int, int]], q: tuple[int, int]):
    """The party outside every quotation nearest to ``q``: after it (", Zakharova said")
    before before it ("Zakharova said: ...")."""
    outside = [
        m
        for m in mentions
        if m.role == "actor" and m.country and not any(a <= m.start < b for a, b in spans)
    ]
    after = [m for m in outside if m.start >= q[1]]
    if after:
        return min(after, key=lambda m: m.start)
    before = [m for m in outside if m.end <= q[0]]
    return max(before, key=lambda m: m.end) if before else None


def quote_speakers(
    text: str, s: Sentence, mentions: list[Mention]
) -> list[tuple[int, int, Mention]]:
    """Each quotation of the sentence with the speaker named outside it, where there is one."""
    spans = quotations(text, s.start, s.end)
    out = []
    for q in spans:
        speaker = _speaker(mentions, spans, q)
        if speaker is not None:
            out.append((q[0], q[1], speaker))
    return out


@lru_cache(maxsize=None)
def _imperfect_prefixes(lang: str) -> dict[str, str]:
    table = lexicon(lang).grammar.get("first_person_verb_prefixes") or {}
    # longest first, so "ون" is read before "ن"
    return dict(sorted(((str(k), str(v)) for k, v in table.items()), key=lambda kv: -len(kv[0])))


def _imperfect_prefix(word: str, lang: str) -> str | None:
    """The first-person plural imperfect prefix ``word`` begins with (grammar.yaml
    `first_person_verb_prefixes`: "نحذر", "وندين"), if its stem has three letters or more."""
    return next(
        (p for p in _imperfect_prefixes(lang) if word.startswith(p) and len(word) >= len(p) + 3),
        None,
    )


def first_person_verb(text: str, start: int, lang: str | None) -> bool:
    """Does the word at ``start`` carry a first-person plural ending (grammar.yaml
    `first_person_verb_endings`: "גינינו", "قدمنا", "осуждаем") or imperfect prefix
    (`first_person_verb_prefixes`: "نحذر")?"""
    if not lang:
        return False
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    word = text[start:end].lower()
    endings = [str(e) for e in lexicon(lang).grammar.get("first_person_verb_endings") or ()]
    if any(word.endswith(e) and len(word) > len(e) + 2 for e in endings):
        return True
    return _imperfect_prefix(word, lang) is not None


def third_person_reading(norm: Normalised, offset: int, quotes, lang: str | None) -> Normalised:
    """``norm`` (a sentence's matching form, the sentence starting at ``offset`` of the
    document) with each quoted first-person plural imperfect read as its third-person
    form: «نحذر واشنطن» matches the trigger "تحذر". The prefix is swapped for one of the
    same length, so offsets hold."""
    if not lang or not quotes or not _imperfect_prefixes(lang):
        return norm
    chars = list(norm.text)
    changed = False
    for w in _WORD.finditer(norm.text):
        a = norm.span(w.start(), w.end())[0] + offset
        if not any(qa <= a < qb for qa, qb, _ in quotes):
            continue
        p = _imperfect_prefix(w.group(), lang)
        if p is None:
            continue
        rep = _imperfect_prefixes(lang)[p]
        if len(rep) != len(p):
            continue
        chars[w.start() : w.start() + len(p)] = rep
        changed = True
    if not changed:
        return norm
    return Normalised("".join(chars), norm.origin, norm.tail)


def first_person_mentions(
    text: str, s: Sentence, lang: str | None, mentions: list[Mention]
) -> list[Mention]:
    """Mentions of the speaker for the first-person words of the sentence's quotations."""
    if not lang:
        return []
    words = {str(w).lower() for w in lexicon(lang).grammar.get("first_person") or ()}
    if not words:
        return []
    spans = quotations(text, s.start, s.end)
    out: list[Mention] = []
    for q in spans:
        speaker = _speaker(mentions, spans, q)
        if speaker is None:
            continue
        for w in _WORD.finditer(text, q[0], q[1]):
            word = w.group().lower()
            # "ואנחנו", "ونحن": the prefixed "and"
            if word not in words and not (word[:1] in "וو" and word[1:] in words):
                continue
            if any(m.start < w.end() and w.start() < m.end for m in mentions):
                continue
            out.append(
                replace(
                    speaker,
                    start=w.start(),
                    end=w.end(),
                    raw_text=w.group(),
                    why=f"first person in a quotation of '{speaker.raw_text}'",
                    place_start=None,
                )
            )
    return out
