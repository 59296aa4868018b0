-- Goals (the Goals screen): the steps a person sets, each day's outcome of them, and wins written in by hand.
-- Every outcome is a journal entry of type 'goal' (its note is what the person wrote about how it went), so the
-- Journal lists and searches it. Days are the person's local calendar days, stored as ISO dates.

CREATE TABLE goal (
    id          INTEGER PRIMARY KEY,
    title       TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    category    TEXT    NOT NULL CHECK (category IN ('self-care', 'movement', 'study', 'work', 'social', 'solo', 'boundaries', 'joy')),
    size        INTEGER NOT NULL CHECK (size BETWEEN 1 AND 5),
    -- the weekdays a recurring goal comes round on, Monday the lowest bit; 0 for a one-off step
    repeat_days INTEGER NOT NULL DEFAULT 0 CHECK (repeat_days BETWEEN 0 AND 127),
    due_on      TEXT    CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note        TEXT    NOT NULL DEFAULT '',
    -- an experiment's "before": what is feared and how uncomfortable it is expected to be
    fear        TEXT,
    predicted   INTEGER CHECK (predicted BETWEEN 0 AND 100),
    idea_id     TEXT,
    created_on  TEXT    NOT NULL CHECK (created_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    ended_on    TEXT    CHECK (ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    CHECK ((fear IS NULL) = (predicted IS NULL))
);
CREATE INDEX goal_open ON goal (ended_on) WHERE ended_on IS NULL;

CREATE TABLE goal_outcome (
    entry_id  INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
    goal_id   INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    on_date   TEXT    NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    outcome   TEXT    NOT NULL CHECK (outcome IN ('done', 'partly', 'skipped', 'let-go')),
    -- an experiment's "after"
    happened  TEXT,
    actual    INTEGER CHECK (actual BETWEEN 0 AND 100),
    learned   TEXT
);
-- one outcome per goal and day; marking the day again replaces it
CREATE UNIQUE INDEX goal_outcome_per_day ON goal_outcome (goal_id, on_date);
CREATE INDEX goal_outcome_by_date ON goal_outcome (on_date);

CREATE TABLE own_win (
    id          INTEGER PRIMARY KEY,
    win_date    TEXT    NOT NULL CHECK (win_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    title       TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    note        TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL
);
CREATE INDEX own_win_by_date ON own_win (win_date);
