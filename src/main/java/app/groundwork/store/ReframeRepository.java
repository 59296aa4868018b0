package app.groundwork.store;

import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.FollowUp;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.ReframeStep;
import app.groundwork.domain.TrapChoice;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Thought records: the {@code entry} row (its note is the automatic thought), the {@code reframe} row, its emotions
 * and traps, and the full-text row, always written together in one transaction.
 */
public final class ReframeRepository {
    private static final String SELECT = "SELECT e.id, e.entry_date, e.entry_time, r.situation, r.thought, r.belief_before, "
            + "r.evidence_for, r.evidence_against, r.friend_answer, r.alternative, r.belief_after, r.follow_up_days, "
            + "r.step, r.finished_at, r.follow_up_on, r.follow_up_belief, r.follow_up_answered_on "
            + "FROM entry e JOIN reframe r ON r.entry_id = e.id WHERE e.deleted_at IS NULL ";

    /** Kept well under SQLite's limit on parameters in one statement. */
    private static final int IDS_PER_QUERY = 500;

    private final Database database;

    public ReframeRepository(Database database) {
        this.database = database;
    }

    /**
     * Stores a new record (its id is ignored) and returns it with the id it was given.
     *
     * @param labels the words search should find it by besides its text: trap names and own emotion words
     */
    public CompletableFuture<Reframe> insert(Reframe reframe, String labels, Instant now) {
        return database.write(connection -> insert(connection, reframe, labels, now));
    }

    /** Stores many finished records in one transaction (the demo journal, imports). */
    public CompletableFuture<Integer> insertAll(List<Reframe> reframes, Function<Reframe, String> labels, Instant now) {
        return database.write(connection -> {
            for (Reframe reframe : reframes) {
                insert(connection, reframe, labels.apply(reframe), now);
            }
            return reframes.size();
        });
    }

    /** Replaces what a record says and where it stands. Empty when there is no such record (deleted meanwhile). */
    public CompletableFuture<Optional<Reframe>> update(Reframe reframe, String labels, Instant now) {
        return database.write(connection -> {
            long id = reframe.id();
            try (PreparedStatement entry = connection.prepareStatement(
                    "UPDATE entry SET note = ?, updated_at = ? WHERE id = ? AND type = 'reframe' AND deleted_at IS NULL")) {
                entry.setString(1, reframe.content().thought());
                entry.setString(2, now.toString());
                entry.setLong(3, id);
                if (entry.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            for (String table : List.of("reframe_emotion", "reframe_trap", "reframe")) {
                try (PreparedStatement clear = connection.prepareStatement("DELETE FROM " + table + " WHERE entry_id = ?")) {
                    clear.setLong(1, id);
                    clear.executeUpdate();
                }
            }
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM entry_fts WHERE rowid = ?")) {
                clear.setLong(1, id);
                clear.executeUpdate();
            }
            insertDetails(connection, id, reframe, labels);
            return find(connection, id);
        });
    }

    public CompletableFuture<Optional<Reframe>> find(long id) {
        return database.read(connection -> find(connection, id));
    }

    /** Records not finished yet, the most recently begun first. */
    public CompletableFuture<List<Reframe>> inProgress() {
        return database.read(connection -> select(connection,
                "AND r.finished_at IS NULL ORDER BY e.entry_date DESC, e.entry_time DESC, e.id DESC", List.of()));
    }

    /** Finished records begun between two days inclusive, oldest first. */
    public CompletableFuture<List<Reframe>> finishedBetween(LocalDate from, LocalDate to) {
        return database.read(connection -> select(connection,
                "AND r.finished_at IS NOT NULL AND e.entry_date BETWEEN ? AND ? ORDER BY e.entry_date, e.entry_time, e.id",
                List.of(from.toString(), to.toString())));
    }

    /** Finished records whose look back is due on {@code day} or earlier and not yet answered, oldest due first. */
    public CompletableFuture<List<Reframe>> followUpsDue(LocalDate day) {
        return database.read(connection -> select(connection,
                "AND r.finished_at IS NOT NULL AND r.follow_up_on <= ? AND r.follow_up_answered_on IS NULL "
                        + "ORDER BY r.follow_up_on, e.id",
                List.of(day.toString())));
    }

    /**
     * Closes a record's look back: with a belief when the person answered, without one when they let it go.
     *
     * @return the record as it now stands; empty when it has no open look back (or no longer exists)
     */
    public CompletableFuture<Optional<Reframe>> closeFollowUp(long id, Integer belief, LocalDate on, Instant now) {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE reframe SET follow_up_belief = ?, follow_up_answered_on = ? WHERE entry_id = ? "
                            + "AND follow_up_on IS NOT NULL AND follow_up_answered_on IS NULL "
                            + "AND entry_id IN (SELECT id FROM entry WHERE deleted_at IS NULL)")) {
                EntryColumns.setNullableInt(statement, 1, belief);
                statement.setString(2, on.toString());
                statement.setLong(3, id);
                if (statement.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            touch(connection, id, now);
            return find(connection, id);
        });
    }

    /** The person's own trap names in use, most used first. */
    public CompletableFuture<List<String>> customTraps() {
        return database.read(connection -> {
            List<String> names = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT t.trap FROM reframe_trap t JOIN entry e ON e.id = t.entry_id "
                                 + "WHERE t.custom = 1 AND e.deleted_at IS NULL "
                                 + "GROUP BY t.trap COLLATE NOCASE ORDER BY count(*) DESC, t.trap")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
    }

    /** The records with these ids, for the Journal list; ids of other kinds are simply absent from the map. */
    static Map<Long, Reframe> findAll(Connection connection, List<Long> ids) throws SQLException {
        Map<Long, Reframe> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> some = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            String marks = some.stream().map(id -> "?").collect(Collectors.joining(", "));
            for (Reframe reframe : select(connection, "AND e.id IN (" + marks + ")", List.copyOf(some))) {
                found.put(reframe.id(), reframe);
            }
        }
        return found;
    }

    private static Reframe insert(Connection connection, Reframe reframe, String labels, Instant now) throws SQLException {
        long id;
        try (PreparedStatement entry = connection.prepareStatement(
                "INSERT INTO entry (type, entry_date, entry_time, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            entry.setString(1, EntryType.REFRAME.id());
            entry.setString(2, reframe.date().toString());
            entry.setString(3, EntryColumns.time(reframe.time()));
            entry.setString(4, reframe.content().thought());
            entry.setString(5, now.toString());
            entry.setString(6, now.toString());
            entry.executeUpdate();
            try (ResultSet keys = entry.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        insertDetails(connection, id, reframe, labels);
        return new Reframe(id, reframe.date(), reframe.time(), reframe.content(), reframe.step(), reframe.finishedAt(),
                reframe.followUp());
    }

    private static void insertDetails(Connection connection, long id, Reframe reframe, String labels) throws SQLException {
        ReframeContent content = reframe.content();
        FollowUp followUp = reframe.followUp();
        try (PreparedStatement row = connection.prepareStatement(
                "INSERT INTO reframe (entry_id, situation, thought, belief_before, evidence_for, evidence_against, "
                        + "friend_answer, alternative, belief_after, follow_up_days, step, finished_at, follow_up_on, "
                        + "follow_up_belief, follow_up_answered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            row.setLong(1, id);
            row.setString(2, content.situation());
            row.setString(3, content.thought());
            EntryColumns.setNullableInt(row, 4, content.beliefBefore());
            row.setString(5, content.evidenceFor());
            row.setString(6, content.evidenceAgainst());
            row.setString(7, content.friendAnswer());
            row.setString(8, content.alternative());
            EntryColumns.setNullableInt(row, 9, content.beliefAfter());
            EntryColumns.setNullableInt(row, 10, content.followUpDays());
            row.setString(11, reframe.step().id());
            row.setString(12, reframe.finishedAt() == null ? null : reframe.finishedAt().toString());
            row.setString(13, followUp == null ? null : followUp.due().toString());
            EntryColumns.setNullableInt(row, 14, followUp == null ? null : followUp.belief());
            row.setString(15, followUp == null || followUp.answeredOn() == null ? null : followUp.answeredOn().toString());
            row.executeUpdate();
        }
        insertEmotions(connection, id, "before", content.emotionsBefore());
        insertEmotions(connection, id, "after", content.emotionsAfter());
        try (PreparedStatement trap = connection.prepareStatement(
                "INSERT INTO reframe_trap (entry_id, trap, custom, suggested, position) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (TrapChoice choice : content.traps()) {
                trap.setLong(1, id);
                trap.setString(2, choice.trap());
                trap.setInt(3, choice.custom() ? 1 : 0);
                trap.setInt(4, choice.suggested() ? 1 : 0);
                trap.setInt(5, position++);
                trap.addBatch();
            }
            trap.executeBatch();
        }
        EntryColumns.index(connection, id, content.allText(), labels);
    }

    private static void insertEmotions(Connection connection, long id, String phase, List<EmotionRating> ratings)
            throws SQLException {
        try (PreparedStatement emotion = connection.prepareStatement(
                "INSERT INTO reframe_emotion (entry_id, phase, emotion, custom, intensity, position) VALUES (?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (EmotionRating rating : ratings) {
                emotion.setLong(1, id);
                emotion.setString(2, phase);
                emotion.setString(3, rating.name());
                emotion.setInt(4, rating.custom() ? 1 : 0);
                emotion.setInt(5, rating.intensity());
                emotion.setInt(6, position++);
                emotion.addBatch();
            }
            emotion.executeBatch();
        }
    }

    private static void touch(Connection connection, long id, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE entry SET updated_at = ? WHERE id = ?")) {
            statement.setString(1, now.toString());
            statement.setLong(2, id);
            statement.executeUpdate();
        }
    }

    private static Optional<Reframe> find(Connection connection, long id) throws SQLException {
        return select(connection, "AND e.id = ?", List.of(id)).stream().findFirst();
    }

    /** The records matching {@code where} (which follows the deleted check), with their emotions and traps. */
    private static List<Reframe> select(Connection connection, String where, List<Object> parameters) throws SQLException {
        Map<Long, Reframe> rows = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SELECT + where)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    rows.put(id, withoutLists(row, id));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EmotionRating>> before = new HashMap<>();
        Map<Long, List<EmotionRating>> after = new HashMap<>();
        Map<Long, List<TrapChoice>> traps = new HashMap<>();
        String marks = rows.keySet().stream().map(id -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT entry_id, phase, emotion, custom, intensity FROM reframe_emotion WHERE entry_id IN (" + marks
                        + ") ORDER BY entry_id, phase, position")) {
            bindIds(statement, rows.keySet());
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Map<Long, List<EmotionRating>> phase = "before".equals(row.getString(2)) ? before : after;
                    phase.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new EmotionRating(row.getString(3), row.getInt(4) == 1, row.getInt(5)));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT entry_id, trap, custom, suggested FROM reframe_trap WHERE entry_id IN (" + marks
                        + ") ORDER BY entry_id, position")) {
            bindIds(statement, rows.keySet());
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    traps.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new TrapChoice(row.getString(2), row.getInt(3) == 1, row.getInt(4) == 1));
                }
            }
        }
        List<Reframe> reframes = new ArrayList<>(rows.size());
        for (Reframe bare : rows.values()) {
            ReframeContent c = bare.content();
            ReframeContent full = new ReframeContent(c.situation(), c.thought(),
                    before.getOrDefault(bare.id(), List.of()), c.beliefBefore(),
                    traps.getOrDefault(bare.id(), List.of()), c.evidenceFor(), c.evidenceAgainst(), c.friendAnswer(),
                    c.alternative(), after.getOrDefault(bare.id(), List.of()), c.beliefAfter(), c.followUpDays());
            reframes.add(new Reframe(bare.id(), bare.date(), bare.time(), full, bare.step(), bare.finishedAt(),
                    bare.followUp()));
        }
        return reframes;
    }

    /** A record from its main row; {@link #select} adds the emotions and traps. */
    private static Reframe withoutLists(ResultSet row, long id) throws SQLException {
        ReframeContent content = new ReframeContent(row.getString(4), row.getString(5), List.of(),
                EntryColumns.nullableInt(row, 6), List.of(), row.getString(7), row.getString(8), row.getString(9), row.getString(10), List.of(),
                EntryColumns.nullableInt(row, 11), EntryColumns.nullableInt(row, 12));
        String stepId = row.getString(13);
        ReframeStep step = ReframeStep.fromId(stepId).orElseThrow(() -> new SQLException("unknown reframe step " + stepId));
        String finishedAt = row.getString(14);
        String followUpOn = row.getString(15);
        FollowUp followUp = null;
        if (followUpOn != null) {
            String answeredOn = row.getString(17);
            followUp = new FollowUp(LocalDate.parse(followUpOn), EntryColumns.nullableInt(row, 16),
                    answeredOn == null ? null : LocalDate.parse(answeredOn));
        }
        return new Reframe(id, LocalDate.parse(row.getString(2)), LocalTime.parse(row.getString(3)), content, step,
                finishedAt == null ? null : Instant.parse(finishedAt), followUp);
    }

    private static void bindIds(PreparedStatement statement, Collection<Long> ids) throws SQLException {
        int index = 1;
        for (long id : ids) {
            statement.setLong(index++, id);
        }
    }
}
