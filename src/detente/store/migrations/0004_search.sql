-- Schema 4: full-text search over normalised tokens and their match keys.
-- SQLite only (FTS5). Each document is one row whose "terms" hold, for every token of the
-- normalised text, the token and its clitic-stripped / lemmatised keys, so that a query
-- for "רוסיה" finds "ולרוסיה" and "Россия" finds "России". The index is filled lazily by
-- detente.store.search from the documents table; search_docs records what is indexed and
-- with which version of the key rules.
CREATE VIRTUAL TABLE search_fts USING fts5(terms, doc_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 0');
CREATE TABLE search_docs (
    doc_id  TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    fts_id  INTEGER NOT NULL
);
