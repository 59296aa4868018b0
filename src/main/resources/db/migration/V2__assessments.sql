-- Self-assessments (WHO-5, PHQ-9, GAD-7, RSES, SCS-SF). Each one is an `entry` row of type 'assessment'
-- (its date and time, an empty note) plus one row here, written in the same transaction.
-- `answers` holds the raw ratings as the person gave them, comma-separated, item 1 first; `score` and
-- `band` are what the published rules make of them, kept so charts and the Journal need no rescoring.

CREATE TABLE assessment (
    entry_id    INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
    instrument  TEXT    NOT NULL CHECK (instrument IN ('who5', 'phq9', 'gad7', 'rses', 'scssf')),
    answers     TEXT    NOT NULL CHECK (answers GLOB '[0-9]*' AND answers NOT GLOB '*[^0-9,]*'),
    score       REAL    NOT NULL,
    band        TEXT    CHECK (band IN ('minimal', 'mild', 'moderate', 'moderately-severe', 'severe'))
);

-- One instrument's history: its rows in entry order; the date order comes from entry_by_moment.
CREATE INDEX assessment_by_instrument ON assessment (instrument, entry_id);
