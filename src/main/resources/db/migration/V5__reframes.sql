-- Thought records (the Reframe screen). A record is kept from its first word; finished_at stays NULL while it is in
-- progress and `step` is where the person was. entry.note holds the automatic thought, which the Journal shows.

CREATE TABLE reframe (
    entry_id          INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
    situation         TEXT    NOT NULL DEFAULT '',
    thought           TEXT    NOT NULL DEFAULT '',
    belief_before     INTEGER CHECK (belief_before BETWEEN 0 AND 100),
    evidence_for      TEXT    NOT NULL DEFAULT '',
    evidence_against  TEXT    NOT NULL DEFAULT '',
    friend_answer     TEXT    NOT NULL DEFAULT '',
    alternative       TEXT    NOT NULL DEFAULT '',
    belief_after      INTEGER CHECK (belief_after BETWEEN 0 AND 100),
    follow_up_days    INTEGER CHECK (follow_up_days BETWEEN 1 AND 90),
    step              TEXT    NOT NULL CHECK (step IN ('situation', 'thought', 'before', 'traps', 'evidence', 'friend', 'alternative', 'after')),
    finished_at       TEXT,
    -- the later look back: due on follow_up_on, answered with follow_up_belief on follow_up_answered_on
    follow_up_on           TEXT CHECK (follow_up_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    follow_up_belief       INTEGER CHECK (follow_up_belief BETWEEN 0 AND 100),
    follow_up_answered_on  TEXT CHECK (follow_up_answered_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
CREATE INDEX reframe_in_progress ON reframe (finished_at) WHERE finished_at IS NULL;
CREATE INDEX reframe_follow_up ON reframe (follow_up_on) WHERE follow_up_on IS NOT NULL AND follow_up_answered_on IS NULL;

CREATE TABLE reframe_emotion (
    entry_id   INTEGER NOT NULL REFERENCES reframe (entry_id) ON DELETE CASCADE,
    phase      TEXT    NOT NULL CHECK (phase IN ('before', 'after')),
    emotion    TEXT    NOT NULL,
    custom     INTEGER NOT NULL CHECK (custom IN (0, 1)),
    intensity  INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 100),
    position   INTEGER NOT NULL,
    PRIMARY KEY (entry_id, phase, custom, emotion)
) WITHOUT ROWID;

CREATE TABLE reframe_trap (
    entry_id   INTEGER NOT NULL REFERENCES reframe (entry_id) ON DELETE CASCADE,
    trap       TEXT    NOT NULL,
    custom     INTEGER NOT NULL CHECK (custom IN (0, 1)),
    suggested  INTEGER NOT NULL CHECK (suggested IN (0, 1)),
    position   INTEGER NOT NULL,
    PRIMARY KEY (entry_id, custom, trap)
) WITHOUT ROWID;
CREATE INDEX reframe_trap_by_trap ON reframe_trap (trap, entry_id);
