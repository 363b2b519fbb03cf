"""Full-text search across documents in every language, on match keys rather than words.

A word in Hebrew or Arabic carries its prepositions and conjunctions ("ולרוסיה" = "and to
Russia"), and Russian inflects names ("России"). Indexing the raw words would make a search
for "רוסיה" miss most of its occurrences, so every token of the normalised text is indexed
with the keys the actor matcher uses (``detente.mentions.keys``): the token, its
clitic-stripped forms, its Russian lemmas, its English singular. A query is normalised the
same way and matched against those keys.

The index lives in the SQLite FTS5 table of migration 0004 and is filled lazily: ``sync``
indexes documents added since the last call (by any process: CLI, API, web upload).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from detente.mentions import keys, tokenize
from detente.normalise import match_form, normalise

__all__ = ["Hit", "SearchResult", "query_keys", "search", "sync", "term_keys"]

# Bump when the key rules change so that old rows are rebuilt.
INDEX_VERSION = 1

_SCRIPTS = (
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("en", re.compile(r"[A-Za-z]")),
)


def script_language(token: str, default: str | None = None) -> str | None:
    """The language whose morphology applies to a token, judged by its script.

    Documents quote words from other languages (an English report naming "Газпром"), so the
    script of the token decides, not the language of the document."""
    for lang, rx in _SCRIPTS:
        if rx.search(token):
            return lang
    return default


def _encode(key: str) -> str:
    # FTS5's unicode61 tokenizer splits on punctuation, which would break keys such as
    # צה"ל or russia's into two terms; mapping every non-alphanumeric character to a
    # modifier letter keeps each key one term on both the indexing and the query side.
    return "".join(ch if ch.isalnum() else "\u02c9" for ch in key)


def term_keys(token: str, lang: str | None) -> list[str]:
    """Index keys of one token of normalised text."""
    return keys(token, script_language(token, lang))


def query_keys(token: str, lang: str | None) -> list[str]:
    """Keys a query token is looked up under.

    Hebrew and Arabic query words are taken as written: the index already holds every
    stripped form of the document's words, and stripping the query too would let
    "מדינה" match "דינה". Russian and English query words add their lemmas/singulars so
    that "России" also finds "Россия"."""
    lang = script_language(token, lang)
    if lang in ("he", "ar"):
        return [token]
    return keys(token, lang)


def _document_terms(text: str, lang: str | None) -> str:
    norm = normalise(text, lang)
    parts: list[str] = []
    for tok in tokenize(norm.text):
        parts.extend(_encode(k) for k in term_keys(tok.text, lang))
    return " ".join(parts)


def sync(conn: sqlite3.Connection) -> int:
    """Index documents not yet in the search index; drop rows of deleted documents.

    Returns how many documents were indexed."""
    conn.execute(
        "DELETE FROM search_docs WHERE version != ? OR doc_id NOT IN (SELECT doc_id FROM documents)",
        (INDEX_VERSION,),
    )
    n_fts = conn.execute("SELECT COUNT(*) FROM search_fts").fetchone()[0]
    n_docs = conn.execute("SELECT COUNT(*) FROM search_docs").fetchone()[0]
    todo = conn.execute(
        "SELECT doc_id, language, text FROM documents"
        " WHERE doc_id NOT IN (SELECT doc_id FROM search_docs)"
    ).fetchall()
    if not todo and n_fts == n_docs:
        return 0
    # Tokenising is the slow part; do it before taking the write lock.
    rows = [(r[0], _document_terms(r[2], r[1])) for r in todo]
    in_tx = conn.in_transaction
    if not in_tx:
        conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM search_fts WHERE rowid NOT IN (SELECT fts_id FROM search_docs)")
        for doc_id, terms in rows:
            # Another process may have indexed the document since we looked.
            if conn.execute("SELECT 1 FROM search_docs WHERE doc_id=?", (doc_id,)).fetchone():
                continue
            cur = conn.execute(
                "INSERT INTO search_fts (terms, doc_id) VALUES (?, ?)", (terms, doc_id)
            )
            conn.execute(
                "INSERT INTO search_docs (doc_id, version, fts_id) VALUES (?, ?, ?)",
                (doc_id, INDEX_VERSION, cur.lastrowid),
            )
        if not in_tx:
            conn.execute("COMMIT")
    except BaseException:
        if not in_tx:
            conn.execute("ROLLBACK")
        raise
    return len(rows)


@dataclass
class Hit:
    start: int  # offsets in Document.text
    end: int


@dataclass
class SearchResult:
    doc_id: str
    name: str
    title: str | None
    language: str | None
    date: str | None
    score: float
    hits: list[Hit] = field(default_factory=list)


@dataclass
class _Term:
    keys: list[str]  # normalised, not encoded
    prefix: bool


def parse_query(q: str, lang: str | None = None) -> list[_Term]:
    """Query words with their lookup keys; a trailing * asks for a prefix search."""
    terms: list[_Term] = []
    for word in q.split():
        prefix = word.endswith("*")
        toks = tokenize(match_form(word.rstrip("*"), lang))
        for i, tok in enumerate(toks):
            ks = [k for k in query_keys(tok.text, lang) if k]
            if ks:
                # Only the last token of a word written with * is a prefix.
                terms.append(_Term(ks, prefix and i == len(toks) - 1))
    return terms


def _fts_expression(terms: list[_Term]) -> str:
    groups = []
    for t in terms:
        star = "*" if t.prefix else ""
        alts = " OR ".join(f'"{_encode(k)}"{star}' for k in dict.fromkeys(t.keys))
        groups.append(f"({alts})")
    return " AND ".join(groups)


def _token_hits(text: str, lang: str | None, terms: list[_Term]) -> list[Hit]:
    norm = normalise(text, lang)
    exact = {_encode(k) for t in terms if not t.prefix for k in t.keys}
    prefixes = [_encode(k) for t in terms if t.prefix for k in t.keys]
    hits = []
    for tok in tokenize(norm.text):
        for k in term_keys(tok.text, lang):
            e = _encode(k)
            if e in exact or any(e.startswith(p) for p in prefixes):
                start, end = norm.span(tok.start, tok.end)
                hits.append(Hit(start, end))
                break
    return hits


def search(
    conn: sqlite3.Connection,
    q: str,
    *,
    lang: str | None = None,
    doc_lang: str | None = None,
    limit: int = 50,
) -> tuple[list[SearchResult], list[list[str]]]:
    """Documents matching every word of ``q``, best first, with the matching spans.

    ``lang`` says how to analyse the query (by default each word's script decides);
    ``doc_lang`` restricts results to documents in that language. Returns the results
    and the keys each query word was looked up under."""
    terms = parse_query(q, lang)
    if not terms:
        return [], []
    sync(conn)
    sql = (
        "SELECT d.doc_id, d.name, d.title, d.language, d.date, d.text, bm25(search_fts) AS score"
        " FROM search_fts JOIN documents d ON d.doc_id = search_fts.doc_id"
        " WHERE search_fts MATCH ?"
    )
    args: list[object] = [_fts_expression(terms)]
    if doc_lang:
        sql += " AND d.language = ?"
        args.append(doc_lang)
    sql += " ORDER BY score LIMIT ?"
    args.append(int(limit))
    out = []
    for r in conn.execute(sql, args):
        out.append(
            SearchResult(
                doc_id=r["doc_id"],
                name=r["name"],
                title=r["title"],
                language=r["language"],
                date=r["date"],
                score=-float(r["score"]),
                hits=_token_hits(r["text"], r["language"], terms),
            )
        )
    return out, [t.keys for t in terms]
