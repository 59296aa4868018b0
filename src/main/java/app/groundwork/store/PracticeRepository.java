package app.groundwork.store;

import app.groundwork.domain.EntryType;
import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.PracticeResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Answers to practices (the weekly review, and the guided practices with their drafts): the {@code entry} row (its
 * note is the answers), the {@code practice_response} row, one {@code practice_answer} row per prompt and the
 * full-text row, always written together in one transaction. A draft is a response whose {@code finished_at} is
 * {@code NULL}.
 */
public final class PracticeRepository {
    private static final String SELECT = "SELECT e.id, p.practice_id, e.entry_date, e.entry_time, p.week_of, p.finished_at "
            + "FROM practice_response p JOIN entry e ON e.id = p.entry_id WHERE e.deleted_at IS NULL ";
    /** Kept well under SQLite's limit on parameters in one statement. */
    private static final int IDS_PER_QUERY = 500;

    private final Database database;

    public PracticeRepository(Database database) {
        this.database = database;
    }

    /**
     * Stores the answer to a practice for one week, replacing the one already kept for that practice and week (its
     * entry keeps its id and moves to the response's day and time). The look-up and the write happen in one
     * transaction, so two saves in a row can never leave two answers for one week.
     *
     * @param labels the words search should find it by besides its prompts and answers (the practice's name)
     * @return the response as stored, with its entry id
     */
    public CompletableFuture<PracticeResponse> saveForWeek(PracticeResponse response, String labels, Instant now) {
        if (response.weekOf() == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("a response saved for a week needs its week"));
        }
        return database.write(connection -> {
            Optional<PracticeResponse> existing = forWeek(connection, response.practiceId(), response.weekOf());
            long id;
            if (existing.isPresent()) {
                id = existing.get().entryId();
                replace(connection, response.withEntryId(id), labels, now);
            } else {
                id = insert(connection, response, labels, now);
            }
            return find(connection, id).orElseThrow();
        });
    }

    /**
     * Stores a new answer to a practice: a draft while {@code finishedAt} is {@code null}. Search finds it by the
     * practice's title and every prompt and answer; its labels are the word "practice" and the title.
     *
     * @return the response as stored, with its entry id
     */
    public CompletableFuture<PracticeResponse> insert(PracticeResponse response, String title, Instant now) {
        return database.write(connection -> {
            long id = insert(connection, response, labels(title), now, titled(title, response));
            return find(connection, id).orElseThrow();
        });
    }

    /**
     * Rewrites a draft in place (its entry keeps its id and moves to the response's day and time). The look-up and the
     * write happen in one transaction.
     *
     * @return the response as stored; empty when {@code response.entryId()} is no longer a draft of the same practice
     *         (deleted, or finished meanwhile), and then nothing is written
     */
    public CompletableFuture<Optional<PracticeResponse>> updateDraft(PracticeResponse response, String title, Instant now) {
        return database.write(connection -> {
            Optional<PracticeResponse> stored = find(connection, response.entryId());
            if (stored.isEmpty() || stored.get().finishedAt() != null
                    || !stored.get().practiceId().equals(response.practiceId())) {
                return Optional.<PracticeResponse>empty();
            }
            replace(connection, response, labels(title), now, titled(title, response));
            return find(connection, response.entryId());
        });
    }

    /** The unfinished answers to a practice, the most recently written first. */
    public CompletableFuture<List<PracticeResponse>> drafts(String practiceId) {
        return database.read(connection -> select(connection,
                "AND p.practice_id = ? AND p.finished_at IS NULL ORDER BY e.updated_at DESC, e.id DESC",
                List.of(practiceId)));
    }

    /** The days with at least one finished answer to a practice, each once, earliest first. */
    public CompletableFuture<List<LocalDate>> finishedDays(String practiceId) {
        return database.read(connection -> {
            List<LocalDate> days = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT DISTINCT e.entry_date FROM practice_response p JOIN entry e ON e.id = p.entry_id "
                            + "WHERE e.deleted_at IS NULL AND p.practice_id = ? AND p.finished_at IS NOT NULL "
                            + "ORDER BY e.entry_date")) {
                statement.setString(1, practiceId);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        days.add(LocalDate.parse(row.getString(1)));
                    }
                }
            }
            return days;
        });
    }

    /** The answer kept for a practice and week; the most recent one should an undone delete have left two. */
    public CompletableFuture<Optional<PracticeResponse>> forWeek(String practiceId, LocalDate weekOf) {
        return database.read(connection -> forWeek(connection, practiceId, weekOf));
    }

    public CompletableFuture<Optional<PracticeResponse>> find(long entryId) {
        return database.read(connection -> find(connection, entryId));
    }

    /** The responses with these entry ids, for the Journal list; ids of other kinds are absent from the map. */
    static Map<Long, PracticeResponse> findAll(Connection connection, List<Long> ids) throws SQLException {
        Map<Long, PracticeResponse> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> some = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            String marks = some.stream().map(id -> "?").collect(Collectors.joining(", "));
            for (PracticeResponse response : select(connection, "AND e.id IN (" + marks + ")", List.copyOf(some))) {
                found.put(response.entryId(), response);
            }
        }
        return found;
    }

    private static Optional<PracticeResponse> forWeek(Connection connection, String practiceId, LocalDate weekOf)
            throws SQLException {
        return select(connection, "AND p.practice_id = ? AND p.week_of = ? ORDER BY e.updated_at DESC, e.id DESC LIMIT 1",
                List.of(practiceId, weekOf.toString())).stream().findFirst();
    }

    private static Optional<PracticeResponse> find(Connection connection, long entryId) throws SQLException {
        return select(connection, "AND e.id = ?", List.of(entryId)).stream().findFirst();
    }

    private static long insert(Connection connection, PracticeResponse response, String labels, Instant now)
            throws SQLException {
        return insert(connection, response, labels, now, body(response));
    }

    private static long insert(Connection connection, PracticeResponse response, String labels, Instant now, String body)
            throws SQLException {
        long id;
        try (PreparedStatement entry = connection.prepareStatement(
                "INSERT INTO entry (type, entry_date, entry_time, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            entry.setString(1, EntryType.PRACTICE.id());
            entry.setString(2, response.date().toString());
            entry.setString(3, EntryColumns.time(response.time()));
            entry.setString(4, response.answerText());
            entry.setString(5, now.toString());
            entry.setString(6, now.toString());
            entry.executeUpdate();
            try (ResultSet keys = entry.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement row = connection.prepareStatement(
                "INSERT INTO practice_response (entry_id, practice_id, week_of, finished_at) VALUES (?, ?, ?, ?)")) {
            row.setLong(1, id);
            row.setString(2, response.practiceId());
            row.setString(3, response.weekOf() == null ? null : response.weekOf().toString());
            row.setString(4, response.finishedAt() == null ? null : response.finishedAt().toString());
            row.executeUpdate();
        }
        insertAnswers(connection, id, response);
        EntryColumns.index(connection, id, body, labels);
        return id;
    }

    /** Rewrites a stored response in place: the entry row, the response row, every answer and the full-text row. */
    private static void replace(Connection connection, PracticeResponse response, String labels, Instant now)
            throws SQLException {
        replace(connection, response, labels, now, body(response));
    }

    private static void replace(Connection connection, PracticeResponse response, String labels, Instant now, String body)
            throws SQLException {
        long id = response.entryId();
        try (PreparedStatement entry = connection.prepareStatement(
                "UPDATE entry SET entry_date = ?, entry_time = ?, note = ?, updated_at = ? WHERE id = ?")) {
            entry.setString(1, response.date().toString());
            entry.setString(2, EntryColumns.time(response.time()));
            entry.setString(3, response.answerText());
            entry.setString(4, now.toString());
            entry.setLong(5, id);
            entry.executeUpdate();
        }
        try (PreparedStatement row = connection.prepareStatement(
                "UPDATE practice_response SET finished_at = ? WHERE entry_id = ?")) {
            row.setString(1, response.finishedAt() == null ? null : response.finishedAt().toString());
            row.setLong(2, id);
            row.executeUpdate();
        }
        for (String sql : List.of("DELETE FROM practice_answer WHERE entry_id = ?", "DELETE FROM entry_fts WHERE rowid = ?")) {
            try (PreparedStatement clear = connection.prepareStatement(sql)) {
                clear.setLong(1, id);
                clear.executeUpdate();
            }
        }
        insertAnswers(connection, id, response);
        EntryColumns.index(connection, id, body, labels);
    }

    private static void insertAnswers(Connection connection, long id, PracticeResponse response) throws SQLException {
        try (PreparedStatement answer = connection.prepareStatement(
                "INSERT INTO practice_answer (entry_id, position, prompt_id, prompt, answer) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (PracticeAnswer item : response.answers()) {
                answer.setLong(1, id);
                answer.setInt(2, position++);
                answer.setString(3, item.promptId());
                answer.setString(4, item.prompt());
                answer.setString(5, item.answer());
                answer.addBatch();
            }
            answer.executeBatch();
        }
    }

    /** What search reads of a practice's answer: its title, then each prompt followed by its answer. */
    private static String titled(String title, PracticeResponse response) {
        return (title + "\n\n" + body(response)).strip();
    }

    private static String labels(String title) {
        return "practice " + title;
    }

    /** What search reads of a response: each prompt followed by its answer. */
    private static String body(PracticeResponse response) {
        return response.answers().stream()
                .map(answer -> answer.prompt() + "\n" + answer.answer())
                .collect(Collectors.joining("\n\n"))
                .strip();
    }

    /** The responses matching {@code where} (which follows the deleted check), with their answers in order. */
    private static List<PracticeResponse> select(Connection connection, String where, List<Object> parameters)
            throws SQLException {
        Map<Long, PracticeResponse> rows = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SELECT + where)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String weekOf = row.getString(5);
                    String finishedAt = row.getString(6);
                    rows.put(row.getLong(1), new PracticeResponse(row.getLong(1), row.getString(2),
                            LocalDate.parse(row.getString(3)), LocalTime.parse(row.getString(4)),
                            weekOf == null ? null : LocalDate.parse(weekOf),
                            finishedAt == null ? null : Instant.parse(finishedAt), List.of()));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PracticeAnswer>> answers = new HashMap<>();
        String marks = rows.keySet().stream().map(id -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT entry_id, prompt_id, prompt, answer FROM practice_answer WHERE entry_id IN (" + marks
                        + ") ORDER BY entry_id, position")) {
            int index = 1;
            for (long id : rows.keySet()) {
                statement.setLong(index++, id);
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    answers.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new PracticeAnswer(row.getString(2), row.getString(3), row.getString(4)));
                }
            }
        }
        List<PracticeResponse> responses = new ArrayList<>(rows.size());
        for (PracticeResponse bare : rows.values()) {
            responses.add(new PracticeResponse(bare.entryId(), bare.practiceId(), bare.date(), bare.time(), bare.weekOf(),
                    bare.finishedAt(), answers.getOrDefault(bare.entryId(), List.of())));
        }
        return responses;
    }
}
