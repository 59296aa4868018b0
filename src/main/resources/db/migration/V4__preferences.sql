-- Preferences that say something about the person's inner life (when a low-mood suggestion was hidden,
-- which self-assessments they want reminders for) live in the journal, so they are protected with it,
-- not in the plain settings file.

CREATE TABLE preference (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
