-- AUTOINCREMENT so that the id of a deleted session is never given to another one:
-- a stale reference must never open somebody else's answers.
CREATE TABLE sessions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    label           TEXT,
    status          TEXT    NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
    site            TEXT,
    diagnosis       TEXT,
    pain_intensity  INTEGER,
    sure_score      INTEGER,
    leaning         TEXT,
    content_version TEXT    NOT NULL,
    result_json     TEXT,
    answers_json    TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);

CREATE INDEX sessions_by_created ON sessions (created_at DESC, id DESC);
CREATE INDEX sessions_by_diagnosis ON sessions (diagnosis, created_at DESC, id DESC);
