-- The person's own support: people they can reach out to, and their changes to the bundled helplines.

-- position keeps the order the person added them in
CREATE TABLE support_contact (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    reach    TEXT NOT NULL,
    note     TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL
);

-- One row per helpline the person touched. A bundled line's edit or removal is kept under the bundled id
-- (restoring it deletes the row); the person's own lines have ids 'own-<n>' and own = 1.
-- The text columns are NULL for a bundled line that was removed without being edited.
CREATE TABLE helpline_change (
    id      TEXT PRIMARY KEY,
    region  TEXT NOT NULL,
    name    TEXT,
    contact TEXT,
    hours   TEXT,
    source  TEXT,
    checked TEXT,
    removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    own     INTEGER NOT NULL CHECK (own IN (0, 1))
);
