package app.groundwork.store;

import app.groundwork.domain.AssessmentSummary;
import app.groundwork.domain.DaySummary;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.HighlightedText;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.JournalQuery;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.GoalMark;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.Reframe;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The journal as a whole, across entry kinds: listing, filtering, full-text search, the calendar, delete and undo. */
public final class JournalRepository {
    private static final char MATCH_START = '\u0002';
    private static final char MATCH_END = '\u0003';
    private static final char TAG_SEPARATOR = '\u001f';
    private static final String COLUMNS =
            "SELECT e.id, e.type, e.entry_date, e.entry_time, e.note, c.mood, "
                    + "(SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM entry_tag t WHERE t.entry_id = e.id ORDER BY position)), "
                    + "a.instrument, a.score, a.band ";

    private final Database database;

    public JournalRepository(Database database) {
        this.database = database;
    }

    /**
     * Entries matching {@code query}, newest first. With text, every word must appear in the entry's free text or its
     * labels; when the words find nothing (or there are none, as with emoji), the exact typed text is looked for in
     * notes instead, so scripts written without spaces and symbols are found too.
     */
    public CompletableFuture<List<JournalEntry>> find(JournalQuery query) {
        return database.read(connection -> {
            if (query.text() == null) {
                return select(connection, query, Mode.ALL);
            }
            List<JournalEntry> byWords = SearchText.matchExpression(query.text()).isEmpty()
                    ? List.of()
                    : select(connection, query, Mode.WORDS);
            return byWords.isEmpty() ? select(connection, query, Mode.EXACT_TEXT) : byWords;
        });
    }

    private enum Mode { ALL, WORDS, EXACT_TEXT }

    private static List<JournalEntry> select(Connection connection, JournalQuery query, Mode mode) throws SQLException {
        StringBuilder sql = new StringBuilder(COLUMNS);
        List<Object> parameters = new ArrayList<>();
        if (mode == Mode.WORDS) {
            sql.append(", snippet(entry_fts, 0, char(2), char(3), '…', 40) FROM entry_fts f JOIN entry e ON e.id = f.rowid ");
        } else {
            sql.append(", NULL FROM entry e ");
        }
        sql.append("LEFT JOIN checkin c ON c.entry_id = e.id LEFT JOIN assessment a ON a.entry_id = e.id WHERE e.deleted_at IS NULL ");
        if (mode == Mode.WORDS) {
            sql.append("AND entry_fts MATCH ? ");
            parameters.add(SearchText.matchExpression(query.text()));
        } else if (mode == Mode.EXACT_TEXT) {
            sql.append("AND instr(e.note, ?) > 0 ");
            parameters.add(query.text());
        }
        if (query.from() != null) {
            sql.append("AND e.entry_date >= ? ");
            parameters.add(query.from().toString());
        }
        if (query.to() != null) {
            sql.append("AND e.entry_date <= ? ");
            parameters.add(query.to().toString());
        }
        if (query.emotion() != null) {
            sql.append("AND EXISTS (SELECT 1 FROM checkin_emotion m WHERE m.entry_id = e.id AND m.emotion = ? COLLATE NOCASE) ");
            parameters.add(query.emotion());
        }
        if (query.tag() != null) {
            sql.append("AND EXISTS (SELECT 1 FROM entry_tag t WHERE t.entry_id = e.id AND t.tag = ? COLLATE NOCASE) ");
            parameters.add(query.tag().startsWith("#") ? query.tag().substring(1) : query.tag());
        }
        if (query.lifeArea() != null) {
            sql.append("AND EXISTS (SELECT 1 FROM checkin_life_area a WHERE a.entry_id = e.id AND a.area = ?) ");
            parameters.add(query.lifeArea());
        }
        sql.append("ORDER BY e.entry_date DESC, e.entry_time DESC, e.id DESC LIMIT ?");
        parameters.add(query.limit());

        List<JournalEntry> entries = new ArrayList<>();
        List<Long> reframeIds = new ArrayList<>();
        List<Long> goalIds = new ArrayList<>();
        List<Long> practiceIds = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    JournalEntry entry = entry(rows, mode, query.text());
                    entries.add(entry);
                    if (entry.type() == EntryType.REFRAME) {
                        reframeIds.add(entry.id());
                    } else if (entry.type() == EntryType.GOAL) {
                        goalIds.add(entry.id());
                    } else if (entry.type() == EntryType.PRACTICE) {
                        practiceIds.add(entry.id());
                    }
                }
            }
        }
        return withPractices(connection, withGoals(connection, withReframes(connection, entries, reframeIds), goalIds),
                practiceIds);
    }

    /** A practice's entry note is only its answers, so the Journal gets the prompts and the week with them. */
    private static List<JournalEntry> withPractices(Connection connection, List<JournalEntry> entries, List<Long> ids)
            throws SQLException {
        if (ids.isEmpty()) {
            return entries;
        }
        Map<Long, PracticeResponse> responses = PracticeRepository.findAll(connection, ids);
        return entries.stream()
                .map(entry -> responses.containsKey(entry.id()) ? entry.withPractice(responses.get(entry.id())) : entry)
                .toList();
    }

    /** A goal outcome is read by its step, so the Journal gets the outcome and its goal for each. */
    private static List<JournalEntry> withGoals(Connection connection, List<JournalEntry> entries, List<Long> ids)
            throws SQLException {
        if (ids.isEmpty()) {
            return entries;
        }
        Map<Long, GoalMark> marks = GoalRepository.findAll(connection, ids);
        return entries.stream()
                .map(entry -> marks.containsKey(entry.id()) ? entry.withGoal(marks.get(entry.id())) : entry)
                .toList();
    }

    /** Thought records show more than their note, so the Journal gets the whole record for each. */
    private static List<JournalEntry> withReframes(Connection connection, List<JournalEntry> entries, List<Long> ids)
            throws SQLException {
        if (ids.isEmpty()) {
            return entries;
        }
        Map<Long, Reframe> reframes = ReframeRepository.findAll(connection, ids);
        return entries.stream()
                .map(entry -> reframes.containsKey(entry.id()) ? entry.withReframe(reframes.get(entry.id())) : entry)
                .toList();
    }

    private static JournalEntry entry(ResultSet row, Mode mode, String text) throws SQLException {
        String note = row.getString(5);
        int mood = row.getInt(6);
        Integer moodOrNull = row.wasNull() ? null : mood;
        String tagList = row.getString(7);
        List<String> tags = tagList == null ? List.of() : Arrays.asList(tagList.split(String.valueOf(TAG_SEPARATOR)));
        HighlightedText excerpt = switch (mode) {
            case WORDS -> markedRuns(row.getString(11));
            case EXACT_TEXT -> exactRuns(note, text);
            case ALL -> HighlightedText.plain(note);
        };
        return new JournalEntry(
                row.getLong(1),
                EntryType.fromId(row.getString(2)).orElseThrow(() -> new SQLException("unknown entry type")),
                LocalDate.parse(row.getString(3)),
                LocalTime.parse(row.getString(4)),
                note,
                tags,
                moodOrNull,
                excerpt,
                assessment(row));
    }

    /** The assessment's instrument, score and band when the row is one; {@code null} for other kinds. */
    private static AssessmentSummary assessment(ResultSet row) throws SQLException {
        String instrumentId = row.getString(8);
        if (instrumentId == null) {
            return null;
        }
        Instrument instrument = Instrument.fromId(instrumentId)
                .orElseThrow(() -> new SQLException("unknown instrument " + instrumentId));
        return new AssessmentSummary(instrument, row.getDouble(9), Optional.ofNullable(row.getString(10)));
    }

    /** Reads FTS5 snippet output, where matches sit between the two control characters. */
    static HighlightedText markedRuns(String snippet) {
        List<HighlightedText.Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inMatch = false;
        for (char c : (snippet == null ? "" : snippet).toCharArray()) {
            if (c == MATCH_START || c == MATCH_END) {
                if (current.length() > 0) {
                    runs.add(new HighlightedText.Run(current.toString(), inMatch));
                    current.setLength(0);
                }
                inMatch = c == MATCH_START;
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            runs.add(new HighlightedText.Run(current.toString(), inMatch));
        }
        return new HighlightedText(runs);
    }

    private static HighlightedText exactRuns(String note, String text) {
        List<HighlightedText.Run> runs = new ArrayList<>();
        int from = 0;
        for (int at = note.indexOf(text); at >= 0; at = note.indexOf(text, from)) {
            if (at > from) {
                runs.add(new HighlightedText.Run(note.substring(from, at), false));
            }
            runs.add(new HighlightedText.Run(text, true));
            from = at + text.length();
        }
        if (from < note.length()) {
            runs.add(new HighlightedText.Run(note.substring(from), false));
        }
        return new HighlightedText(runs);
    }

    /** Per-day counts and mean mood between two days inclusive, for the month calendar. */
    public CompletableFuture<List<DaySummary>> days(LocalDate from, LocalDate to) {
        return database.read(connection -> {
            List<DaySummary> days = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT e.entry_date, count(*), avg(c.mood) FROM entry e LEFT JOIN checkin c ON c.entry_id = e.id "
                            + "WHERE e.deleted_at IS NULL AND e.entry_date BETWEEN ? AND ? GROUP BY e.entry_date ORDER BY e.entry_date")) {
                statement.setString(1, from.toString());
                statement.setString(2, to.toString());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        double mean = rows.getDouble(3);
                        // asked straight after the mean is read: a day with entries but no check-in has no mood
                        Double meanOrNull = rows.wasNull() ? null : mean;
                        days.add(new DaySummary(LocalDate.parse(rows.getString(1)), rows.getInt(2), meanOrNull));
                    }
                }
            }
            return days;
        });
    }

    /**
     * Each day's mean self-trust between two days inclusive, oldest first; only days where a check-in gave it (it is
     * optional, so a day may have a mood and no self-trust).
     */
    public CompletableFuture<List<DayValue>> selfTrustByDay(LocalDate from, LocalDate to) {
        return database.read(connection -> {
            List<DayValue> days = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT e.entry_date, avg(c.self_trust) FROM entry e JOIN checkin c ON c.entry_id = e.id "
                            + "WHERE e.deleted_at IS NULL AND c.self_trust IS NOT NULL AND e.entry_date BETWEEN ? AND ? "
                            + "GROUP BY e.entry_date ORDER BY e.entry_date")) {
                statement.setString(1, from.toString());
                statement.setString(2, to.toString());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        days.add(new DayValue(LocalDate.parse(rows.getString(1)), rows.getDouble(2)));
                    }
                }
            }
            return days;
        });
    }

    /** Every tag in use, most used first, for the filter's choices. */
    public CompletableFuture<List<String>> tags() {
        return database.read(connection -> strings(connection,
                "SELECT t.tag FROM entry_tag t JOIN entry e ON e.id = t.entry_id WHERE e.deleted_at IS NULL "
                        + "GROUP BY t.tag COLLATE NOCASE ORDER BY count(*) DESC, t.tag"));
    }

    /** The person's own emotion words in use, most used first. */
    public CompletableFuture<List<String>> customEmotions() {
        return database.read(connection -> strings(connection,
                "SELECT m.emotion FROM checkin_emotion m JOIN entry e ON e.id = m.entry_id "
                        + "WHERE m.custom = 1 AND e.deleted_at IS NULL GROUP BY m.emotion COLLATE NOCASE ORDER BY count(*) DESC, m.emotion"));
    }

    /** Hides an entry everywhere; {@link #undoDelete} brings it back until the journal is next opened. */
    public CompletableFuture<Boolean> delete(long id, Instant now) {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE entry SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")) {
                statement.setString(1, now.toString());
                statement.setLong(2, id);
                return statement.executeUpdate() == 1;
            }
        });
    }

    public CompletableFuture<Boolean> undoDelete(long id) {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE entry SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL")) {
                statement.setLong(1, id);
                return statement.executeUpdate() == 1;
            }
        });
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
