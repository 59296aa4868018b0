-- Progress adds up a whole range at a time: every live entry of each day, with its kind. This index answers those
-- reads from the index alone (the day, whether the entry is deleted, its kind, and its id), so a ten-year range
-- never visits the entry rows themselves. The Journal's newest-first list keeps using entry_by_moment.
CREATE INDEX entry_live_by_date ON entry (entry_date, deleted_at, type);
