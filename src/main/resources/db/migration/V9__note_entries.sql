-- foreign-keys: off while this script runs
-- Plain notes: entries of type 'note' (words, tags, a day and a time, nothing else), such as entries brought in from
-- another journal app. SQLite cannot change a CHECK constraint in place, so `entry` is rebuilt the way SQLite's
-- documentation describes for such changes: a new table, every row copied with its id, the old table dropped, the new
-- one renamed, its indexes made again. Foreign keys are off meanwhile (so dropping the old table removes nothing that
-- refers to it) and checked before the commit. The full-text rows are keyed by the same ids and stay as they are.

CREATE TABLE entry_rebuilt (
    id          INTEGER PRIMARY KEY,
    type        TEXT    NOT NULL CHECK (type IN ('checkin', 'reframe', 'goal', 'practice', 'assessment', 'note')),
    entry_date  TEXT    NOT NULL CHECK (entry_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    entry_time  TEXT    NOT NULL CHECK (entry_time GLOB '[0-9][0-9]:[0-9][0-9]'),
    note        TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    deleted_at  TEXT
);

INSERT INTO entry_rebuilt (id, type, entry_date, entry_time, note, created_at, updated_at, deleted_at)
    SELECT id, type, entry_date, entry_time, note, created_at, updated_at, deleted_at FROM entry;

DROP TABLE entry;

ALTER TABLE entry_rebuilt RENAME TO entry;

CREATE INDEX entry_by_moment ON entry (entry_date, entry_time, id);

CREATE INDEX entry_live_by_date ON entry (entry_date, deleted_at, type);
