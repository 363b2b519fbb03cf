"""Claims and contradictions: checkable facts that reports of one event disagree about.

A claim is one sentence asserting a fact about an event: its cause ("bird_strike" vs
"missile"), its death toll (38), or who admitted or denied responsibility. Each claim keeps
its sentence and, when the sentence attributes it ("according to the Russian side",
"state media reported"), who makes it.

Cue words are data (``data/<lang>/claims.yaml``). They are matched as words anywhere in the
sentence, not as ordered phrases, because text from broken right-to-left PDF extraction has
its words and chunks out of order within lines.

A contradiction is one fact with different values, either among the claims attached to one
cluster (reports in different documents) or within one document when the differing claims
come from different sources (the Hebrew seed reports the Russian bird-strike version and
the missile-fragment finding side by side). Date disagreements come from the cluster
members themselves: reports whose day dates differ.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from detente.models import Evidence, Mention, Sentence
from detente.normalise import match_form, normalise
from detente.resources import load_yaml

__all__ = [
    "Claim",
    "Contradiction",
    "contradictions",
    "find_claims",
    "find_contradictions",
    "update_claims",
]

FACTS = ("cause", "casualties", "responsibility", "date")


@dataclass
class Claim:
    fact: str  # cause | casualties | responsibility (admitted/denied)
    value: Any  # normalised: "bird_strike", "missile", 38, "denied"
    source: str | None  # who makes the claim, when the sentence says so
    doc: str
    doc_id: str
    language: str | None
    evidence: Evidence
    cue: str | None = None  # the words that triggered the claim, as written
    sentence_index: int | None = None
    cluster_id: str | None = None
    disputed: bool = False  # the writer calls it false

    @property
    def claim_id(self) -> str:
        key = json.dumps(
            [self.doc_id, self.fact, self.value, self.evidence.start, self.cue],
            ensure_ascii=False,
        )
        return hashlib.sha256(key.encode()).hexdigest()[:20]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["claim_id"] = self.claim_id
        return d


@dataclass
class Contradiction:
    fact: str
    scope: str  # "cluster" (across reports) or "document" (within one document)
    cluster_id: str | None
    doc_id: str | None
    values: dict[str, list[Claim]] = field(default_factory=dict)  # value (as text) → claims

    @property
    def claims(self) -> list[Claim]:
        return [c for v in sorted(self.values) for c in self.values[v]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "fact": self.fact,
            "scope": self.scope,
            "cluster_id": self.cluster_id,
            "doc_id": self.doc_id,
            "values": {v: [c.to_dict() for c in cs] for v, cs in sorted(self.values.items())},
        }


# -- cue tables ------------------------------------------------------------------------------
_WORD = re.compile(r"[\w\"'׳״%\-]+")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NUMBER = re.compile(r"^\d{1,6}$")

_PROCLITICS = {
    "he": {"letters": "והבכלמש", "max": 3, "strings": ()},
    "ar": {"letters": "وفبلك", "max": 3, "strings": ("ال", "لل")},
}


@dataclass(frozen=True)
class _Cue:
    text: str
    words: tuple[str, ...]  # match forms; a trailing "*" means "starts with"


@lru_cache(maxsize=None)
def _table(lang: str) -> dict[str, Any]:
    data = load_yaml(f"{lang}/claims.yaml") or load_yaml("en/claims.yaml") or {}

    def cues(items) -> tuple[_Cue, ...]:
        out = []
        for item in items or []:
            words = tuple(
                w if w == "%" else match_form(w, lang) for w in str(item).split() if w.strip()
            )
            if words:
                out.append(_Cue(str(item), words))
        return tuple(out)

    return {
        "cause": {v: cues(c) for v, c in (data.get("cause") or {}).items()},
        "death": cues((data.get("casualties") or {}).get("death")),
        "not_people": cues((data.get("casualties") or {}).get("not_people")),
        "window": int(data.get("casualty_window", 4)),
        "responsibility": {v: cues(c) for v, c in (data.get("responsibility") or {}).items()},
        "attribution": cues(data.get("attribution")),
        "sources": {v: cues(c) for v, c in (data.get("sources") or {}).items()},
        "falsity": cues(data.get("falsity")),
        "not_admission": cues(data.get("not_admission")),
    }


def _strip_forms(token: str, lang: str) -> list[str]:
    """The token and its readings without proclitics (he, ar)."""
    forms = [token]
    spec = _PROCLITICS.get(lang)
    if not spec:
        return forms
    frontier = [token]
    for _ in range(spec["max"] + 1):
        nxt = []
        for t in frontier:
            for s in spec["strings"]:
                if t.startswith(s) and len(t) - len(s) >= 2:
                    nxt.append(t[len(s) :])
            if t and t[0] in spec["letters"] and len(t) > 2:
                nxt.append(t[1:])
        forms += nxt
        frontier = nxt
    if lang == "he":
        # After ב ל כ the article is not written (לטיל, not להטיל), so "לה" + stem is a
        # different word: להטיל is "to impose", not "to the missile".
        forms = [
            f
            for f in forms
            if not any(b in token[: len(token) - len(f)] for b in ("לה", "בה", "כה"))
        ]
    return list(dict.fromkeys(forms))


def _word_ok(cue_word: str, forms: list[str]) -> bool:
    if cue_word.endswith("*"):
        stem = cue_word[:-1]
        return any(f.startswith(stem) for f in forms)
    return cue_word in forms


@dataclass
class _Tok:
    text: str  # original
    forms: list[str]
    start: int  # offsets in the original document
    end: int
    number: int | None


def _tokens(text: str, base: int, lang: str) -> list[_Tok]:
    norm = normalise(text, lang)
    out = []
    for m in _WORD.finditer(norm.text):
        raw = m.group(0).strip("-'\"")
        if not raw:
            continue
        s, e = norm.span(m.start(), m.end())
        digits = raw.translate(_DIGITS)
        # "38-" or Hebrew numbers glued to a prefix ("ב-38") still count as numbers.
        num_text = re.sub(r"^[^\d]*-", "", digits)
        number = int(num_text) if _NUMBER.match(num_text) else None
        out.append(_Tok(text[s:e], _strip_forms(raw, lang), base + s, base + e, number))
    return out


def _match(cue: _Cue, toks: list[_Tok]) -> list[int] | None:
    """Token positions of the cue's words, in any order; None when a word is missing."""
    found = []
    for w in cue.words:
        hit = next((i for i, t in enumerate(toks) if _word_ok(w, t.forms)), None)
        if hit is None:
            return None
        found.append(hit)
    return found


def _first(cues: Sequence[_Cue], toks: list[_Tok]) -> tuple[_Cue, list[int]] | None:
    # Longer cues first so "bird strike" wins over "bird*" in the cue text shown.
    for cue in sorted(cues, key=lambda c: (-len(c.words), c.text)):
        hit = _match(cue, toks)
        if hit is not None:
            return cue, hit
    return None


# -- extraction ------------------------------------------------------------------------------
def _source(
    table: dict[str, Any],
    toks: list[_Tok],
    sent: Sentence,
    mentions_by_sent: dict[int, list[Mention]],
) -> str | None:
    """Who the sentence attributes its statement to, if anyone."""
    label = None
    # The file lists the most specific speakers first.
    for name, cues in table["sources"].items():
        if _first(cues, toks):
            label = name
            break
    attributed = _first(table["attribution"], toks) is not None
    if not (label or attributed):
        return None
    ms = [m for m in mentions_by_sent.get(sent.index, []) if m.entity_name or m.country]
    # A speaker named in the sentence; countries stand for their governments or media.
    named = ms[0].entity_name or ms[0].country if ms else None
    if label and named:
        return f"{label} ({named})"
    return label or named


def find_claims(
    doc_text: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    lang: str | None,
    doc_name: str,
    doc_id: str,
) -> list[Claim]:
    """Claims in one document, in text order. ``doc_text`` is the document text that the
    sentence offsets refer to."""
    lang = lang if lang in ("he", "ar", "ru", "en") else "en"
    table = _table(lang)
    by_sent: dict[int, list[Mention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.start):
        idx = m.sentence_index
        if idx is None:
            idx = next((s.index for s in sentences if s.start <= m.start < s.end), None)
        if idx is not None:
            by_sent[idx].append(m)
    out: list[Claim] = []
    for sent in sentences:
        text = doc_text[sent.start : sent.end]
        toks = _tokens(text, sent.start, lang)
        if not toks:
            continue
        ev = Evidence(text, sent.start, sent.end)
        disputed = _first(table["falsity"], toks) is not None
        found: list[tuple[str, Any, str]] = []
        for value, cues in sorted(table["cause"].items()):
            hit = _first(cues, toks)
            if hit:
                found.append(("cause", value, " ".join(toks[i].text for i in sorted(set(hit[1])))))
        for value, cues in sorted(table["responsibility"].items()):
            hit = _first(cues, toks)
            if value == "admitted" and hit and _first(table["not_admission"], toks):
                continue
            if hit:
                found.append(
                    ("responsibility", value, " ".join(toks[i].text for i in sorted(set(hit[1]))))
                )
        found += _casualties(table, toks)
        if not found:
            continue
        src = _source(table, toks, sent, by_sent)
        for fact, value, cue in found:
            out.append(
                Claim(
                    fact=fact,
                    value=value,
                    source=src,
                    doc=doc_name,
                    doc_id=doc_id,
                    language=lang,
                    evidence=ev,
                    cue=cue,
                    sentence_index=sent.index,
                    disputed=disputed,
                )
            )
    return out


def _casualties(table: dict[str, Any], toks: list[_Tok]) -> list[tuple[str, Any, str]]:
    deaths = [i for i, t in enumerate(toks) if any(_match(c, [t]) for c in table["death"])]
    if not deaths:
        return []
    out = []
    seen = set()
    for i, t in enumerate(toks):
        if t.number is None or not 0 < t.number < 1_000_000:
            continue
        if 1900 <= t.number <= 2100:
            continue  # a year
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt and any(_match(c, [nxt]) for c in table["not_people"]):
            continue
        near = min((abs(i - d) for d in deaths), default=99)
        if near <= table["window"] and t.number not in seen:
            seen.add(t.number)
            d = min(deaths, key=lambda d: abs(i - d))
            cue = " ".join(toks[k].text for k in sorted({i, d}))
            out.append(("casualties", t.number, cue))
    return out


# -- contradictions --------------------------------------------------------------------------
def _value_key(v: Any) -> str:
    return v if isinstance(v, str) else json.dumps(v)


def find_contradictions(claims: Sequence[Claim]) -> list[Contradiction]:
    """Contradictions among claims whose ``cluster_id`` is set (across documents) and
    within each document (between different sources)."""
    out: list[Contradiction] = []
    by_cluster: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    by_doc: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.cluster_id:
            by_cluster[(c.cluster_id, c.fact)].append(c)
        by_doc[(c.doc_id, c.fact)].append(c)
    for (cid, fact), cs in sorted(by_cluster.items()):
        values: dict[str, list[Claim]] = defaultdict(list)
        for c in cs:
            values[_value_key(c.value)].append(c)
        if len(values) > 1 and len({c.doc_id for c in cs}) > 1:
            out.append(Contradiction(fact, "cluster", cid, None, dict(values)))
    for (doc_id, fact), cs in sorted(by_doc.items()):
        values = defaultdict(list)
        for c in cs:
            values[_value_key(c.value)].append(c)
        if len(values) < 2:
            continue
        sources = {v: {c.source for c in group} for v, group in values.items()}
        # Differing values count only when some pair of them has different speakers.
        distinct = any(sources[a] != sources[b] for a in sources for b in sources if a < b)
        if distinct:
            out.append(Contradiction(fact, "document", None, doc_id, dict(values)))
    return out


def _attach(store, claims: list[Claim]) -> None:
    """Link each claim to the cluster of the nearest coded event in its document, within one
    sentence; claims about an event are usually in or next to the sentence reporting it."""
    from detente.store import fusion as fstore

    docs = sorted({c.doc_id for c in claims})
    events = [p for d in docs for p in fstore.events_with_ids(store, doc_id=d)]
    where = fstore.clusters_of_events(store, [eid for eid, _ in events])
    by_doc: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for eid, ev in events:
        cid = where.get(eid)
        if cid and ev.sentence_index is not None:
            # Violent events carry facts like causes and tolls; prefer them on ties.
            rank = 0 if ev.event_type in ("ASSAULT", "COERCE") else 1
            by_doc[ev.doc_id].append((ev.sentence_index, rank, cid))
    for c in claims:
        if c.sentence_index is None:
            continue
        best = None
        for idx, rank, cid in by_doc.get(c.doc_id, []):
            dist = abs(idx - c.sentence_index)
            if dist > 1:
                continue
            if c.fact == "responsibility":
                rank = 0  # apologies and denials are about whatever event is nearest
            key = (dist, rank, cid)
            if best is None or key < best:
                best = key
        c.cluster_id = best[2] if best else None


def _date_contradictions(store) -> list[Contradiction]:
    from detente.fusion import load_clusters

    out = []
    for cl in load_clusters(store, min_reports=2):
        values: dict[str, list[Claim]] = defaultdict(list)
        seen = set()
        for m in cl.members:
            if m.date_precision != "day" or not m.date:
                continue
            if (m.doc_id, m.date) in seen:
                continue
            seen.add((m.doc_id, m.date))
            values[m.date].append(
                Claim(
                    "date",
                    m.date,
                    None,
                    m.doc,
                    m.doc_id,
                    m.language,
                    m.evidence,
                    m.date,
                    None,
                    cl.cluster_id,
                )
            )
        if len(values) > 1:
            out.append(Contradiction("date", "cluster", cl.cluster_id, None, dict(values)))
    return out


def update_claims(store) -> tuple[int, int]:
    """Extract claims from stored documents that have not been read for claims yet.
    Returns (documents read, claims found)."""
    from detente.store import fusion as fstore

    ndocs = nclaims = 0
    for doc_id in fstore.docs_without_claims(store):
        doc = store.get_document(doc_id)
        if doc is None:
            continue
        found = find_claims(
            doc.text,
            store.sentences(doc.doc_id),
            store.mentions(doc.doc_id),
            doc.language,
            doc.name,
            doc.doc_id,
        )
        fstore.save_claims(store, doc.doc_id, found)
        ndocs += 1
        nclaims += len(found)
    return ndocs, nclaims


def stored_claims(
    store, *, cluster_id: str | None = None, doc_id: str | None = None
) -> list[Claim]:
    """Stored claims with their cluster links resolved."""
    from detente.store import fusion as fstore

    claims = fstore.load_claims(store, [doc_id] if doc_id else None)
    _attach(store, claims)
    if cluster_id:
        claims = [c for c in claims if c.cluster_id == cluster_id]
    return claims


def contradictions(store, *, refresh: bool = True) -> list[Contradiction]:
    """Every contradiction in the store: claim disagreements within clusters and within
    documents, and clusters whose reports give different day dates."""
    if refresh:
        update_claims(store)
    return find_contradictions(stored_claims(store)) + _date_contradictions(store)
