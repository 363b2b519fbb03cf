-- Schema 3: fusion. Clusters of events that report one real-world event, the cached
-- sentence embeddings used to build them, and checkable claims found in documents.
-- Entities are JSON text and vectors base64 text so the schema stays portable to PostgreSQL.
CREATE TABLE clusters (
    cluster_id          TEXT PRIMARY KEY,
    seq                 INTEGER NOT NULL,
    event_type          TEXT NOT NULL,
    negated             INTEGER NOT NULL,
    mode                TEXT,
    actor               TEXT NOT NULL DEFAULT '[]',
    recipient           TEXT NOT NULL DEFAULT '[]',
    actor_countries     TEXT NOT NULL,
    recipient_countries TEXT NOT NULL,
    founder_recipients  TEXT NOT NULL,
    date                TEXT,
    date_precision      TEXT,
    intensity           REAL,
    corroboration       INTEGER NOT NULL,
    reports             INTEGER NOT NULL,
    languages           TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX clusters_type ON clusters(event_type);
CREATE INDEX clusters_date ON clusters(date);
CREATE TABLE cluster_members (
    event_id   TEXT PRIMARY KEY REFERENCES events(event_id) ON DELETE CASCADE,
    cluster_id TEXT NOT NULL REFERENCES clusters(cluster_id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    score      REAL
);
CREATE INDEX cluster_members_cluster ON cluster_members(cluster_id);
CREATE TABLE event_embeddings (
    event_id TEXT PRIMARY KEY REFERENCES events(event_id) ON DELETE CASCADE,
    model    TEXT NOT NULL,
    dim      INTEGER NOT NULL,
    vector   TEXT NOT NULL
);
CREATE TABLE claim_docs (
    doc_id       TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
    claims       INTEGER NOT NULL,
    extracted_at TEXT NOT NULL
);
CREATE TABLE claims (
    claim_id       TEXT PRIMARY KEY,
    doc_id         TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    doc            TEXT NOT NULL,
    language       TEXT,
    fact           TEXT NOT NULL,
    value          TEXT NOT NULL,
    source_entity  TEXT,
    cue            TEXT,
    sentence_index INTEGER,
    evidence_text  TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL
);
CREATE INDEX claims_doc ON claims(doc_id);
CREATE INDEX claims_fact ON claims(fact)
