package app.groundwork.store;

import app.groundwork.domain.EntryType;
import app.groundwork.domain.ExperimentResult;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalMark;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.OwnWin;
import app.groundwork.domain.Prediction;
import app.groundwork.domain.Recurrence;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Goals, the outcome of each on each day, and wins written in by hand. An outcome is an {@code entry} row of type
 * {@code goal} (its note is what the person wrote about the day), its {@code goal_outcome} row and its full-text row,
 * always written together in one transaction.
 */
public final class GoalRepository {
    private static final String GOAL_COLUMNS = "g.id, g.title, g.category, g.size, g.repeat_days, g.due_on, g.note, "
            + "g.fear, g.predicted, g.idea_id, g.created_on, g.ended_on";
    private static final String SELECT_MARKS = "SELECT e.id, o.on_date, e.entry_time, o.outcome, e.note, o.happened, o.actual, "
            + "o.learned, " + GOAL_COLUMNS + " FROM goal_outcome o JOIN entry e ON e.id = o.entry_id "
            + "JOIN goal g ON g.id = o.goal_id WHERE e.deleted_at IS NULL ";
    /** Kept well under SQLite's limit on parameters in one statement. */
    private static final int IDS_PER_QUERY = 500;

    private final Database database;

    public GoalRepository(Database database) {
        this.database = database;
    }

    /** Stores a new goal set on {@code createdOn} and returns it with its id. */
    public CompletableFuture<Goal> insert(GoalPlan plan, LocalDate createdOn, Instant now) {
        return database.write(connection -> insertGoal(connection, new Goal(0, plan, createdOn, null), now));
    }

    /**
     * Replaces what a goal says. Its outcomes keep pointing at it, so their search rows are rewritten with the new
     * title. Empty when there is no such goal.
     *
     * @param labels the words search should find an outcome by besides its text
     */
    public CompletableFuture<Optional<Goal>> update(long id, GoalPlan plan, Function<GoalMark, String> labels, Instant now) {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE goal SET title = ?, category = ?, size = ?, repeat_days = ?, due_on = ?, note = ?, fear = ?, "
                            + "predicted = ?, idea_id = ?, updated_at = ? WHERE id = ?")) {
                int next = bindPlan(statement, 1, plan);
                statement.setString(next, now.toString());
                statement.setLong(next + 1, id);
                if (statement.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            for (GoalMark mark : selectMarks(connection, "AND o.goal_id = ? ORDER BY o.on_date", List.of(id))) {
                reindex(connection, mark, labels.apply(mark));
            }
            return findGoal(connection, id);
        });
    }

    public CompletableFuture<Optional<Goal>> find(long id) {
        return database.read(connection -> findGoal(connection, id));
    }

    /** Goals still on the list, in the order they were set. */
    public CompletableFuture<List<Goal>> open() {
        return database.read(connection -> selectGoals(connection, "WHERE g.ended_on IS NULL ORDER BY g.created_on, g.id", List.of()));
    }

    /** Goals that left the list on or after {@code since}, the most recent first. */
    public CompletableFuture<List<Goal>> endedSince(LocalDate since) {
        return database.read(connection -> selectGoals(connection,
                "WHERE g.ended_on >= ? ORDER BY g.ended_on DESC, g.id DESC", List.of(since.toString())));
    }

    /**
     * Records what became of a goal on {@code date}, replacing an outcome already marked for that day, and sets the
     * day the goal leaves the list ({@code endedOn}, {@code null} to keep or put it back on the list). Empty when
     * there is no such goal.
     */
    public CompletableFuture<Optional<GoalMark>> mark(GoalMark mark, LocalDate endedOn, String labels, Instant now) {
        return database.write(connection -> {
            long goalId = mark.goal().id();
            Optional<Goal> goal = findGoal(connection, goalId);
            if (goal.isEmpty()) {
                return Optional.empty();
            }
            Optional<Long> existing = outcomeEntry(connection, goalId, mark.date());
            long entryId;
            if (existing.isPresent()) {
                entryId = existing.get();
                try (PreparedStatement entry = connection.prepareStatement(
                        "UPDATE entry SET note = ?, entry_time = ?, updated_at = ? WHERE id = ?")) {
                    entry.setString(1, mark.note());
                    entry.setString(2, EntryColumns.time(mark.time()));
                    entry.setString(3, now.toString());
                    entry.setLong(4, entryId);
                    entry.executeUpdate();
                }
                try (PreparedStatement row = connection.prepareStatement(
                        "UPDATE goal_outcome SET outcome = ?, happened = ?, actual = ?, learned = ? WHERE entry_id = ?")) {
                    bindOutcome(row, 1, mark);
                    row.setLong(5, entryId);
                    row.executeUpdate();
                }
            } else {
                entryId = insertMark(connection, mark, now);
            }
            setEnded(connection, goalId, endedOn, now);
            GoalMark stored = selectMarks(connection, "AND e.id = ?", List.of(entryId)).get(0);
            reindex(connection, stored, labels);
            return Optional.of(stored);
        });
    }

    /**
     * Takes back the outcome marked for a goal on {@code date} (a slip of the finger) and puts the goal back on the
     * list when it left it that day. False when nothing was marked.
     */
    public CompletableFuture<Boolean> unmark(long goalId, LocalDate date, Instant now) {
        return database.write(connection -> {
            Optional<Long> existing = outcomeEntry(connection, goalId, date);
            if (existing.isEmpty()) {
                return false;
            }
            try (PreparedStatement fts = connection.prepareStatement("DELETE FROM entry_fts WHERE rowid = ?");
                 PreparedStatement entry = connection.prepareStatement("DELETE FROM entry WHERE id = ?")) {
                fts.setLong(1, existing.get());
                fts.executeUpdate();
                entry.setLong(1, existing.get());
                entry.executeUpdate();
            }
            try (PreparedStatement reopen = connection.prepareStatement(
                    "UPDATE goal SET ended_on = NULL, updated_at = ? WHERE id = ? AND ended_on = ?")) {
                reopen.setString(1, now.toString());
                reopen.setLong(2, goalId);
                reopen.setString(3, date.toString());
                reopen.executeUpdate();
            }
            return true;
        });
    }

    /** Sets the day a goal leaves the list, or puts it back ({@code null}). False when there is no such goal. */
    public CompletableFuture<Boolean> end(long goalId, LocalDate endedOn, Instant now) {
        return database.write(connection -> setEnded(connection, goalId, endedOn, now));
    }

    /** Removes a goal that has no outcome yet (one set by mistake). False when it has outcomes or does not exist. */
    public CompletableFuture<Boolean> deleteUnmarked(long goalId) {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM goal WHERE id = ? AND NOT EXISTS (SELECT 1 FROM goal_outcome WHERE goal_id = goal.id)")) {
                statement.setLong(1, goalId);
                return statement.executeUpdate() > 0;
            }
        });
    }

    /** Outcomes marked between two days inclusive, oldest first. */
    public CompletableFuture<List<GoalMark>> marksBetween(LocalDate from, LocalDate to) {
        return database.read(connection -> selectMarks(connection,
                "AND o.on_date BETWEEN ? AND ? ORDER BY o.on_date, e.entry_time, e.id", List.of(from.toString(), to.toString())));
    }

    /** Every experiment carried out (an outcome with a result), oldest first. */
    public CompletableFuture<List<GoalMark>> experimentMarks() {
        return database.read(connection -> selectMarks(connection,
                "AND g.predicted IS NOT NULL AND o.actual IS NOT NULL AND o.outcome IN ('done', 'partly') "
                        + "ORDER BY o.on_date, e.entry_time, e.id", List.of()));
    }

    /** Every outcome of one goal, oldest first. */
    public CompletableFuture<List<GoalMark>> marksOf(long goalId) {
        return database.read(connection -> selectMarks(connection, "AND o.goal_id = ? ORDER BY o.on_date, e.id", List.of(goalId)));
    }

    /** Stores a win written in by hand. */
    public CompletableFuture<OwnWin> addWin(OwnWin win, Instant now) {
        return database.write(connection -> insertWin(connection, win, now));
    }

    /** Removes a hand-written win. False when there is no such win. */
    public CompletableFuture<Boolean> deleteWin(long id) {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM own_win WHERE id = ?")) {
                statement.setLong(1, id);
                return statement.executeUpdate() > 0;
            }
        });
    }

    /** Hand-written wins between two days inclusive, oldest first. */
    public CompletableFuture<List<OwnWin>> winsBetween(LocalDate from, LocalDate to) {
        return database.read(connection -> {
            List<OwnWin> wins = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, win_date, title, note FROM own_win WHERE win_date BETWEEN ? AND ? ORDER BY win_date, id")) {
                statement.setString(1, from.toString());
                statement.setString(2, to.toString());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        wins.add(new OwnWin(rows.getLong(1), LocalDate.parse(rows.getString(2)), rows.getString(3), rows.getString(4)));
                    }
                }
            }
            return wins;
        });
    }

    /**
     * Stores goals with their outcomes and hand-written wins in one transaction (the demo journal, imports). Outcomes
     * name their goal by the id it has in {@code goals}; the stored goals get new ids.
     *
     * @return how many outcomes were stored
     */
    public CompletableFuture<Integer> insertAll(List<Goal> goals, List<GoalMark> marks, List<OwnWin> wins,
                                                Function<GoalMark, String> labels, Instant now) {
        return database.write(connection -> {
            Map<Long, Goal> stored = new HashMap<>();
            for (Goal goal : goals) {
                stored.put(goal.id(), insertGoal(connection, goal, now));
            }
            for (GoalMark mark : marks) {
                Goal goal = stored.get(mark.goal().id());
                if (goal == null) {
                    throw new IllegalArgumentException("an outcome names a goal that is not in the list: " + mark.goal().id());
                }
                GoalMark ofStored = new GoalMark(0, goal, mark.date(), mark.time(), mark.outcome(), mark.note(), mark.result());
                long entryId = insertMark(connection, ofStored, now);
                EntryColumns.index(connection, entryId, body(ofStored), labels.apply(ofStored));
            }
            for (OwnWin win : wins) {
                insertWin(connection, win, now);
            }
            return marks.size();
        });
    }

    /** The outcomes with these entry ids, for the Journal list; ids of other kinds are absent from the map. */
    static Map<Long, GoalMark> findAll(Connection connection, List<Long> ids) throws SQLException {
        Map<Long, GoalMark> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> some = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            String marks = some.stream().map(id -> "?").collect(Collectors.joining(", "));
            for (GoalMark mark : selectMarks(connection, "AND e.id IN (" + marks + ")", List.copyOf(some))) {
                found.put(mark.entryId(), mark);
            }
        }
        return found;
    }

    private static Goal insertGoal(Connection connection, Goal goal, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO goal (title, category, size, repeat_days, due_on, note, fear, predicted, idea_id, created_on, "
                        + "ended_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            int next = bindPlan(statement, 1, goal.plan());
            statement.setString(next, goal.createdOn().toString());
            setNullableDate(statement, next + 1, goal.endedOn());
            statement.setString(next + 2, now.toString());
            statement.setString(next + 3, now.toString());
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return new Goal(keys.getLong(1), goal.plan(), goal.createdOn(), goal.endedOn());
            }
        }
    }

    /** Binds the nine columns of a plan from {@code first}; returns the index after them. */
    private static int bindPlan(PreparedStatement statement, int first, GoalPlan plan) throws SQLException {
        statement.setString(first, plan.title());
        statement.setString(first + 1, plan.category().id());
        statement.setInt(first + 2, plan.size());
        statement.setInt(first + 3, plan.recurrence().mask());
        setNullableDate(statement, first + 4, plan.due());
        statement.setString(first + 5, plan.note());
        Prediction prediction = plan.prediction();
        if (prediction == null) {
            statement.setNull(first + 6, Types.VARCHAR);
            statement.setNull(first + 7, Types.INTEGER);
        } else {
            statement.setString(first + 6, prediction.fear());
            statement.setInt(first + 7, prediction.discomfort());
        }
        if (plan.ideaId() == null) {
            statement.setNull(first + 8, Types.VARCHAR);
        } else {
            statement.setString(first + 8, plan.ideaId());
        }
        return first + 9;
    }

    private static long insertMark(Connection connection, GoalMark mark, Instant now) throws SQLException {
        clearDeletedOutcome(connection, mark.goal().id(), mark.date());
        long entryId;
        try (PreparedStatement entry = connection.prepareStatement(
                "INSERT INTO entry (type, entry_date, entry_time, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            entry.setString(1, EntryType.GOAL.id());
            entry.setString(2, mark.date().toString());
            entry.setString(3, EntryColumns.time(mark.time()));
            entry.setString(4, mark.note());
            entry.setString(5, now.toString());
            entry.setString(6, now.toString());
            entry.executeUpdate();
            try (ResultSet keys = entry.getGeneratedKeys()) {
                keys.next();
                entryId = keys.getLong(1);
            }
        }
        try (PreparedStatement row = connection.prepareStatement(
                "INSERT INTO goal_outcome (outcome, happened, actual, learned, entry_id, goal_id, on_date) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            bindOutcome(row, 1, mark);
            row.setLong(5, entryId);
            row.setLong(6, mark.goal().id());
            row.setString(7, mark.date().toString());
            row.executeUpdate();
        }
        return entryId;
    }

    /**
     * An outcome deleted in the Journal (still undoable) would hold the goal's day; marking the day anew replaces it
     * for good.
     */
    private static void clearDeletedOutcome(Connection connection, long goalId, LocalDate date) throws SQLException {
        String deleted = "SELECT o.entry_id FROM goal_outcome o JOIN entry e ON e.id = o.entry_id "
                + "WHERE o.goal_id = ? AND o.on_date = ? AND e.deleted_at IS NOT NULL";
        try (PreparedStatement fts = connection.prepareStatement("DELETE FROM entry_fts WHERE rowid IN (" + deleted + ")");
             PreparedStatement entry = connection.prepareStatement("DELETE FROM entry WHERE id IN (" + deleted + ")")) {
            for (PreparedStatement statement : List.of(fts, entry)) {
                statement.setLong(1, goalId);
                statement.setString(2, date.toString());
                statement.executeUpdate();
            }
        }
    }

    private static void bindOutcome(PreparedStatement row, int first, GoalMark mark) throws SQLException {
        row.setString(first, mark.outcome().id());
        ExperimentResult result = mark.result();
        if (result == null) {
            row.setNull(first + 1, Types.VARCHAR);
            row.setNull(first + 2, Types.INTEGER);
            row.setNull(first + 3, Types.VARCHAR);
        } else {
            row.setString(first + 1, result.happened());
            row.setInt(first + 2, result.discomfort());
            row.setString(first + 3, result.learned());
        }
    }

    private static Optional<Long> outcomeEntry(Connection connection, long goalId, LocalDate date) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT o.entry_id FROM goal_outcome o JOIN entry e ON e.id = o.entry_id "
                        + "WHERE o.goal_id = ? AND o.on_date = ? AND e.deleted_at IS NULL")) {
            statement.setLong(1, goalId);
            statement.setString(2, date.toString());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private static boolean setEnded(Connection connection, long goalId, LocalDate endedOn, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE goal SET ended_on = ?, updated_at = ? WHERE id = ?")) {
            setNullableDate(statement, 1, endedOn);
            statement.setString(2, now.toString());
            statement.setLong(3, goalId);
            return statement.executeUpdate() > 0;
        }
    }

    private static void reindex(Connection connection, GoalMark mark, String labels) throws SQLException {
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM entry_fts WHERE rowid = ?")) {
            clear.setLong(1, mark.entryId());
            clear.executeUpdate();
        }
        EntryColumns.index(connection, mark.entryId(), body(mark), labels);
    }

    /** What search reads of an outcome: the step, the person's words about it and an experiment's before and after. */
    private static String body(GoalMark mark) {
        StringBuilder body = new StringBuilder(mark.goal().title()).append('\n').append(mark.note());
        Prediction prediction = mark.goal().plan().prediction();
        if (prediction != null) {
            body.append('\n').append(prediction.fear());
        }
        if (mark.result() != null) {
            body.append('\n').append(mark.result().happened()).append('\n').append(mark.result().learned());
        }
        return body.toString().strip();
    }

    private static OwnWin insertWin(Connection connection, OwnWin win, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO own_win (win_date, title, note, created_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, win.date().toString());
            statement.setString(2, win.title());
            statement.setString(3, win.note());
            statement.setString(4, now.toString());
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return new OwnWin(keys.getLong(1), win.date(), win.title(), win.note());
            }
        }
    }

    private static Optional<Goal> findGoal(Connection connection, long id) throws SQLException {
        List<Goal> found = selectGoals(connection, "WHERE g.id = ?", List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Goal> selectGoals(Connection connection, String where, List<Object> parameters) throws SQLException {
        List<Goal> goals = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + GOAL_COLUMNS + " FROM goal g " + where)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    goals.add(goal(rows, 1));
                }
            }
        }
        return goals;
    }

    private static List<GoalMark> selectMarks(Connection connection, String where, List<Object> parameters) throws SQLException {
        List<GoalMark> marks = new ArrayList<>();
        Map<Long, Goal> goals = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SELECT_MARKS + where)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Goal goal = goals.get(rows.getLong(9));
                    if (goal == null) {
                        goal = goal(rows, 9);
                        goals.put(goal.id(), goal);
                    }
                    Integer actual = EntryColumns.nullableInt(rows, 7);
                    ExperimentResult result = actual == null ? null
                            : new ExperimentResult(rows.getString(6), actual, rows.getString(8));
                    marks.add(new GoalMark(rows.getLong(1), goal, LocalDate.parse(rows.getString(2)),
                            LocalTime.parse(rows.getString(3)), GoalOutcome.fromId(rows.getString(4)).orElseThrow(),
                            rows.getString(5), result));
                }
            }
        }
        return marks;
    }

    /** Reads the twelve goal columns starting at {@code first}. */
    private static Goal goal(ResultSet rows, int first) throws SQLException {
        Integer predicted = EntryColumns.nullableInt(rows, first + 8);
        Prediction prediction = predicted == null ? null : new Prediction(rows.getString(first + 7), predicted);
        GoalPlan plan = new GoalPlan(rows.getString(first + 1), GoalCategory.fromId(rows.getString(first + 2)).orElseThrow(),
                rows.getInt(first + 3), Recurrence.fromMask(rows.getInt(first + 4)), date(rows.getString(first + 5)),
                rows.getString(first + 6), prediction, rows.getString(first + 9));
        return new Goal(rows.getLong(first), plan, LocalDate.parse(rows.getString(first + 10)), date(rows.getString(first + 11)));
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static void setNullableDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, date.toString());
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
