-- Groundwork journal, schema version 1.
-- Every kind of entry (check-in, reframe, goal outcome, practice, assessment) is one row of `entry`,
-- which carries what the Journal lists, filters and searches. Each kind keeps its own fields in a
-- table keyed by entry_id, so later kinds add tables and never rewrite this one.

CREATE TABLE entry (
    id          INTEGER PRIMARY KEY,
    type        TEXT    NOT NULL CHECK (type IN ('checkin', 'reframe', 'goal', 'practice', 'assessment')),
    entry_date  TEXT    NOT NULL CHECK (entry_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    entry_time  TEXT    NOT NULL CHECK (entry_time GLOB '[0-9][0-9]:[0-9][0-9]'),
    note        TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    -- set while an undo is still possible; such rows are hidden everywhere and removed at the next start
    deleted_at  TEXT
);
CREATE INDEX entry_by_moment ON entry (entry_date, entry_time, id);

CREATE TABLE entry_tag (
    entry_id  INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    tag       TEXT    NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (entry_id, tag)
) WITHOUT ROWID;
CREATE INDEX entry_tag_by_tag ON entry_tag (tag COLLATE NOCASE);

CREATE TABLE checkin (
    entry_id    INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
    mood        INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 10),
    self_trust  INTEGER CHECK (self_trust BETWEEN 0 AND 10),
    energy      INTEGER CHECK (energy BETWEEN 1 AND 5),
    sleep_hours REAL    CHECK (sleep_hours BETWEEN 0 AND 24)
);

CREATE TABLE checkin_emotion (
    entry_id   INTEGER NOT NULL REFERENCES checkin (entry_id) ON DELETE CASCADE,
    emotion    TEXT    NOT NULL,
    custom     INTEGER NOT NULL CHECK (custom IN (0, 1)),
    intensity  INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 100),
    position   INTEGER NOT NULL,
    PRIMARY KEY (entry_id, custom, emotion)
) WITHOUT ROWID;
CREATE INDEX checkin_emotion_by_emotion ON checkin_emotion (emotion, entry_id);

CREATE TABLE checkin_body_signal (
    entry_id  INTEGER NOT NULL REFERENCES checkin (entry_id) ON DELETE CASCADE,
    signal    TEXT    NOT NULL,
    custom    INTEGER NOT NULL CHECK (custom IN (0, 1)),
    position  INTEGER NOT NULL,
    PRIMARY KEY (entry_id, custom, signal)
) WITHOUT ROWID;

CREATE TABLE checkin_life_area (
    entry_id  INTEGER NOT NULL REFERENCES checkin (entry_id) ON DELETE CASCADE,
    area      TEXT    NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (entry_id, area)
) WITHOUT ROWID;
CREATE INDEX checkin_life_area_by_area ON checkin_life_area (area, entry_id);

-- Work in progress, one row per form (for example 'checkin'), so nothing typed is lost.
CREATE TABLE draft (
    kind      TEXT PRIMARY KEY,
    payload   TEXT NOT NULL,
    saved_at  TEXT NOT NULL
);

-- Full-text index over every free-text field; rowid = entry.id. `body` holds the note (and later the
-- other free text of an entry kind), `labels` holds tags and the person's own emotion and signal words.
CREATE VIRTUAL TABLE entry_fts USING fts5 (body, labels, tokenize = 'unicode61 remove_diacritics 2');
