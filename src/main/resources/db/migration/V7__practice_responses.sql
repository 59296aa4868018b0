-- Practices: a person's answers to a guided practice (the weekly review first, later the practices library).
-- Every response is a journal entry of type 'practice' (its note is the person's answers, so the Journal shows and
-- searches them); its full-text body holds each prompt with its answer, its labels the practice's name.

CREATE TABLE practice_response (
    entry_id    INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
    practice_id TEXT    NOT NULL CHECK (length(trim(practice_id)) > 0),
    -- for the weekly review: the Monday of the week it looks back on; NULL for practices not tied to a week
    week_of     TEXT    CHECK (week_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    -- when the person finished it; NULL while a longer practice is still in progress
    finished_at TEXT
);
-- a week's review is looked up by practice and week; saving it again replaces the answers in place
CREATE INDEX practice_response_by_week ON practice_response (practice_id, week_of);

CREATE TABLE practice_answer (
    entry_id  INTEGER NOT NULL REFERENCES practice_response (entry_id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position >= 0),
    -- the content id of the prompt when it came from the content module; NULL for a prompt written in code
    prompt_id TEXT,
    -- the prompt as the person saw it, kept so the answer still makes sense if the content changes later
    prompt    TEXT    NOT NULL,
    answer    TEXT    NOT NULL,
    PRIMARY KEY (entry_id, position)
) WITHOUT ROWID;
