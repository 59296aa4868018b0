package app.groundwork.store;

import app.groundwork.domain.AssessmentScore;
import app.groundwork.domain.AssessmentScoring;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.SavedAssessment;
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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Self-assessments: the {@code entry} row (type {@code assessment}, empty note), the {@code assessment} row and the
 * full-text row, always written together. Deleted entries (still undoable) are left out of every answer.
 */
public final class AssessmentRepository {
    private static final String SELECT =
            "SELECT e.id, e.entry_date, e.entry_time, a.instrument, a.answers "
                    + "FROM assessment a JOIN entry e ON e.id = a.entry_id WHERE e.deleted_at IS NULL ";
    private static final String OLDEST_FIRST = "ORDER BY e.entry_date, e.entry_time, e.id";

    private final Database database;

    public AssessmentRepository(Database database) {
        this.database = database;
    }

    /**
     * Stores a scored assessment taken at {@code date} and {@code time} (kept to the minute, like every entry).
     *
     * @param searchLabels words that find the entry in search, such as the instrument's names
     */
    public CompletableFuture<SavedAssessment> insert(AssessmentScore score, LocalDate date, LocalTime time, Instant now,
                                                     String searchLabels) {
        return database.write(connection -> insert(connection, score, date, time, now, searchLabels));
    }

    /** One dated result to store with {@link #insertAll}. */
    public record DatedScore(AssessmentScore score, LocalDate date, LocalTime time, String searchLabels) {
    }

    /** Stores several dated results in one transaction: all of them, or none if any fails. */
    public CompletableFuture<Integer> insertAll(List<DatedScore> results, Instant now) {
        return database.write(connection -> {
            for (DatedScore result : results) {
                insert(connection, result.score(), result.date(), result.time(), now, result.searchLabels());
            }
            return results.size();
        });
    }

    /** Every result of one instrument, oldest first. */
    public CompletableFuture<List<SavedAssessment>> history(Instrument instrument) {
        return database.read(connection -> select(connection, SELECT + "AND a.instrument = ? " + OLDEST_FIRST, instrument.id()));
    }

    /** The newest result of one instrument, by its own date and time. */
    public CompletableFuture<Optional<SavedAssessment>> latest(Instrument instrument) {
        return database.read(connection -> select(connection,
                SELECT + "AND a.instrument = ? ORDER BY e.entry_date DESC, e.entry_time DESC, e.id DESC LIMIT 1",
                instrument.id()).stream().findFirst());
    }

    /** The newest result of every instrument taken at least once. */
    public CompletableFuture<Map<Instrument, SavedAssessment>> latestOfEach() {
        return database.read(connection -> {
            Map<Instrument, SavedAssessment> latest = new EnumMap<>(Instrument.class);
            for (SavedAssessment result : select(connection, SELECT + OLDEST_FIRST)) {
                latest.put(result.instrument(), result);
            }
            return latest;
        });
    }

    private static SavedAssessment insert(Connection connection, AssessmentScore score, LocalDate date, LocalTime time,
                                          Instant now, String searchLabels) throws SQLException {
        long id;
        try (PreparedStatement entry = connection.prepareStatement(
                "INSERT INTO entry (type, entry_date, entry_time, note, created_at, updated_at) VALUES (?, ?, ?, '', ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            entry.setString(1, EntryType.ASSESSMENT.id());
            entry.setString(2, date.toString());
            entry.setString(3, EntryColumns.time(time));
            entry.setString(4, now.toString());
            entry.setString(5, now.toString());
            entry.executeUpdate();
            try (ResultSet keys = entry.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement row = connection.prepareStatement(
                "INSERT INTO assessment (entry_id, instrument, answers, score, band) VALUES (?, ?, ?, ?, ?)")) {
            row.setLong(1, id);
            row.setString(2, score.instrument().id());
            row.setString(3, score.answers().stream().map(String::valueOf).collect(Collectors.joining(",")));
            row.setDouble(4, score.score());
            if (score.band().isPresent()) {
                row.setString(5, score.band().get());
            } else {
                row.setNull(5, Types.VARCHAR);
            }
            row.executeUpdate();
        }
        EntryColumns.index(connection, id, "", searchLabels);
        return new SavedAssessment(id, date, LocalTime.parse(EntryColumns.time(time)), score);
    }

    private static List<SavedAssessment> select(Connection connection, String sql, Object... parameters) throws SQLException {
        List<SavedAssessment> results = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    results.add(result(rows));
                }
            }
        }
        return results;
    }

    /** Rescores the stored raw answers, so a result always follows the same published rules as a new one. */
    private static SavedAssessment result(ResultSet row) throws SQLException {
        String instrumentId = row.getString(4);
        Instrument instrument = Instrument.fromId(instrumentId)
                .orElseThrow(() -> new SQLException("unknown instrument " + instrumentId));
        List<Integer> answers = Arrays.stream(row.getString(5).split(",")).map(Integer::valueOf).toList();
        return new SavedAssessment(row.getLong(1), LocalDate.parse(row.getString(2)), LocalTime.parse(row.getString(3)),
                AssessmentScoring.score(instrument, answers));
    }
}
