-- Schema 1: documents, their sentences, resolved mentions and coded events.
-- Kept to SQL that SQLite and PostgreSQL both accept (TEXT, INTEGER, REAL; no AUTOINCREMENT).
CREATE TABLE documents (
    doc_id       TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    source       TEXT NOT NULL,
    title        TEXT,
    language     TEXT,
    date         TEXT,
    date_source  TEXT,
    media_type   TEXT,
    encoding     TEXT,
    quality      TEXT NOT NULL DEFAULT '[]',
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);
CREATE TABLE sentences (
    doc_id    TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    start_off INTEGER NOT NULL,
    end_off   INTEGER NOT NULL,
    language  TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE mentions (
    doc_id         TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    start_off      INTEGER NOT NULL,
    end_off        INTEGER NOT NULL,
    raw_text       TEXT NOT NULL,
    entity_id      TEXT,
    entity_name    TEXT,
    country        TEXT,
    sector         TEXT,
    wikidata_id    TEXT,
    kind           TEXT,
    alias          TEXT,
    language       TEXT,
    sentence_index INTEGER,
    role           TEXT,
    why            TEXT
);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE INDEX mentions_country ON mentions(country);
CREATE TABLE events (
    event_id       TEXT PRIMARY KEY,
    doc_id         TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    doc            TEXT NOT NULL,
    event_type     TEXT NOT NULL,
    mode           TEXT,
    context        TEXT NOT NULL DEFAULT '[]',
    date           TEXT,
    date_precision TEXT,
    negated        INTEGER NOT NULL,
    modality       TEXT NOT NULL,
    intensity      REAL,
    confidence     REAL NOT NULL,
    language       TEXT,
    evidence_text  TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    cameo          TEXT,
    trigger_text   TEXT,
    trigger_start  INTEGER,
    trigger_end    INTEGER,
    sentence_index INTEGER,
    why            TEXT
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_type ON events(event_type);
CREATE INDEX events_date ON events(date);
CREATE TABLE event_entities (
    event_id    TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    raw_text    TEXT NOT NULL,
    entity_name TEXT,
    country     TEXT,
    sector      TEXT,
    wikidata_id TEXT,
    PRIMARY KEY (event_id, role, position)
);
CREATE INDEX event_entities_country ON event_entities(role, country);
