-- Case store schema, version 2 (PRAGMA user_version = 2; index audit_doc since 2). Documented in docs/review.md.
-- One SQLite database per dossier: OUT/internal/case.sqlite (confidential: holds the text).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE runs (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL,              -- run | apply
    started          TEXT NOT NULL,
    finished         TEXT,
    actor            TEXT NOT NULL,
    version          TEXT NOT NULL DEFAULT '',
    detector_version TEXT NOT NULL DEFAULT '',
    options          TEXT NOT NULL DEFAULT '{}', -- JSON
    summary          TEXT NOT NULL DEFAULT '{}'  -- JSON
);

CREATE TABLE documents (
    id              TEXT PRIMARY KEY,            -- content-derived document ID
    position        INTEGER NOT NULL,            -- input order
    name            TEXT NOT NULL,               -- file name as published
    source          TEXT NOT NULL,               -- absolute path of the original
    sha256          TEXT NOT NULL,               -- of the original
    pages           INTEGER NOT NULL DEFAULT 0,
    title           TEXT NOT NULL DEFAULT '',
    date            TEXT NOT NULL DEFAULT '',
    text            TEXT NOT NULL DEFAULT '',    -- Document.text
    status          TEXT NOT NULL DEFAULT 'done',-- done | skipped | failed | removed
    error_kind      TEXT NOT NULL DEFAULT '',
    error           TEXT NOT NULL DEFAULT '',
    output          TEXT NOT NULL DEFAULT '',    -- publish path relative to OUT/
    output_sha256   TEXT NOT NULL DEFAULT '',    -- of the published file ('' = not published)
    published_fp    TEXT NOT NULL DEFAULT '',    -- fingerprint of the areas it was written with
    decided         INTEGER NOT NULL DEFAULT 0,  -- 1 = the run recorded its findings and decisions
    withheld        INTEGER NOT NULL DEFAULT 0,  -- 1 = Niet openbaar (reviewer decision)
    withheld_ground TEXT NOT NULL DEFAULT '',
    withheld_reason TEXT NOT NULL DEFAULT '',
    withheld_by     TEXT NOT NULL DEFAULT '',
    withheld_at     TEXT NOT NULL DEFAULT '',
    reviewed        INTEGER NOT NULL DEFAULT 0,
    reviewed_by     TEXT NOT NULL DEFAULT '',
    reviewed_at     TEXT NOT NULL DEFAULT '',
    run_id          INTEGER REFERENCES runs(id)
);

CREATE TABLE pages (
    doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,             -- 0-based
    width          REAL NOT NULL,
    height         REAL NOT NULL,
    rotation       INTEGER NOT NULL DEFAULT 0,
    mediabox       TEXT NOT NULL,                -- JSON [x0, y0, x1, y1]
    cropbox        TEXT NOT NULL,                -- JSON [x0, y0, x1, y1]
    ocr            INTEGER NOT NULL DEFAULT 0,
    ocr_reason     TEXT NOT NULL DEFAULT '',
    image_coverage REAL NOT NULL DEFAULT 0,
    words          TEXT NOT NULL DEFAULT '[]',   -- JSON [[text, x0, y0, x1, y1, start, end, line, [edges], direction, confidence], ...]
    images         TEXT NOT NULL DEFAULT '[]',   -- JSON [[x0, y0, x1, y1, name, pw, ph], ...]
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE findings (
    id          TEXT PRIMARY KEY,                -- <doc_id>-NNNN (detector) or <doc_id>-mNNN (manual)
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    origin      TEXT NOT NULL,                   -- detector | manual
    start       INTEGER NOT NULL,                -- char span in documents.text
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    label       TEXT NOT NULL,
    detector    TEXT NOT NULL DEFAULT '',
    score       REAL NOT NULL DEFAULT 0,
    explanation TEXT NOT NULL DEFAULT '',
    context     TEXT NOT NULL DEFAULT '{}',      -- JSON Finding.context
    person      TEXT NOT NULL DEFAULT '',        -- Finding.person_key
    areas       TEXT NOT NULL DEFAULT '[]',      -- JSON explicit areas [[page, x0, y0, x1, y1], ...] (images, drawn rectangles)
    boxes       TEXT NOT NULL DEFAULT '[]',      -- JSON rectangles it covers [[page, x0, y0, x1, y1], ...]
    page        INTEGER NOT NULL DEFAULT 0,      -- first page (0-based)
    retired     INTEGER NOT NULL DEFAULT 0,      -- 1 = no longer produced by the detector
    decision_id INTEGER,                         -- current decision (decisions.id)
    run_id      INTEGER REFERENCES runs(id),
    created     TEXT NOT NULL
);
CREATE INDEX findings_doc ON findings(doc_id, page);
CREATE INDEX findings_person ON findings(person);

CREATE TABLE decisions (                         -- append-only history; findings.decision_id is the current one
    id         INTEGER PRIMARY KEY,
    finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    action     TEXT NOT NULL,                    -- redact | keep | review
    ground     TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT '',
    actor      TEXT NOT NULL,                    -- rule:<id> | list:<name> | model:<name> | reviewer:<name>
    time       TEXT NOT NULL,
    run_id     INTEGER REFERENCES runs(id),
    audit_seq  INTEGER
);
CREATE INDEX decisions_finding ON decisions(finding_id, id);

CREATE TABLE audit (                             -- the hash chain (mirrored to internal/audit.jsonl)
    seq        INTEGER PRIMARY KEY,              -- 1, 2, 3, ...
    time       TEXT NOT NULL,
    actor      TEXT NOT NULL,
    kind       TEXT NOT NULL,                    -- decision | document | publish | reports | run | apply
    doc_id     TEXT NOT NULL DEFAULT '',
    finding_id TEXT NOT NULL DEFAULT '',
    action     TEXT NOT NULL DEFAULT '',
    ground     TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT '',
    data       TEXT NOT NULL DEFAULT '{}',       -- JSON
    prev       TEXT NOT NULL,                    -- hash of the previous entry (64 zeros for the first)
    hash       TEXT NOT NULL                     -- SHA-256(prev + canonical JSON of the entry without hash)
);
CREATE INDEX audit_doc ON audit(doc_id, kind);    -- the last entry of a kind for a document (seq is the rowid)
