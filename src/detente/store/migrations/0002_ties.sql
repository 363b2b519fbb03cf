-- Schema 2: standing relations (dependencies, transit, alliances, treaties) per document.
CREATE TABLE ties (
    tie_id         TEXT PRIMARY KEY,
    doc_id         TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    doc            TEXT NOT NULL,
    tie_type       TEXT NOT NULL,
    directed       INTEGER NOT NULL,
    source         TEXT NOT NULL,
    target         TEXT NOT NULL,
    source_countries TEXT NOT NULL,
    target_countries TEXT NOT NULL,
    figure         TEXT,
    value          REAL,
    unit           TEXT,
    commodity      TEXT,
    date           TEXT,
    date_precision TEXT,
    negated        INTEGER NOT NULL,
    confidence     REAL NOT NULL,
    language       TEXT,
    evidence_text  TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    trigger_text   TEXT,
    why            TEXT
);
CREATE INDEX ties_doc ON ties(doc_id);
CREATE INDEX ties_type ON ties(tie_type);
