package app.groundwork.store;

import app.groundwork.domain.DatedText;
import app.groundwork.domain.DateRange;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.NamedCount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The Progress figures that SQLite can add up itself: one row per day, emotion, signal or kind of entry, never one
 * per check-in. Everything for one range is read in one visit to the journal thread.
 */
public final class ProgressRepository {
    private final Database database;

    public ProgressRepository(Database database) {
        this.database = database;
    }

    /**
     * One day's check-ins in figures.
     *
     * @param meanSelfTrust {@code null} when no check-in that day gave it
     */
    public record DayFigures(LocalDate date, double meanMood, Double meanSelfTrust) {
    }

    /** A thinking trap chosen in a finished thought record of the range. */
    public record ChosenTrap(LocalDate date, String trap, boolean custom) {
    }

    /**
     * What one range adds up to.
     *
     * @param days    each day with a check-in from {@code daysFrom} (which may be earlier than the range, for rolling
     *                means) to the range's end, oldest first
     * @param notes   the person's own notes in the range (check-ins, goal outcomes, practices), oldest first
     */
    public record RangeFigures(List<DayFigures> days, List<NamedCount> emotions, List<NamedCount> bodySignals,
                               List<ChosenTrap> traps, Map<EntryType, Integer> entries, List<DatedText> notes) {
    }

    /** The first day anything was written, if anything was. */
    public CompletableFuture<Optional<LocalDate>> firstDay() {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT min(entry_date) FROM entry WHERE deleted_at IS NULL");
                 ResultSet rows = statement.executeQuery()) {
                String first = rows.next() ? rows.getString(1) : null;
                return first == null ? Optional.<LocalDate>empty() : Optional.of(LocalDate.parse(first));
            }
        });
    }

    /** Reads the figures of {@code range}; the daily figures start at {@code daysFrom}. */
    public CompletableFuture<RangeFigures> figures(DateRange range, LocalDate daysFrom) {
        return database.read(connection -> new RangeFigures(
                days(connection, daysFrom, range.to()),
                counts(connection, "SELECT m.emotion, m.custom, count(*), avg(m.intensity) FROM checkin_emotion m ", range),
                counts(connection, "SELECT m.signal, m.custom, count(*), NULL FROM checkin_body_signal m ", range),
                traps(connection, range),
                entries(connection, range),
                notes(connection, range)));
    }

    private static List<DayFigures> days(Connection connection, LocalDate from, LocalDate to) throws SQLException {
        List<DayFigures> days = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT e.entry_date, avg(c.mood), avg(c.self_trust) FROM entry e JOIN checkin c ON c.entry_id = e.id "
                        + "WHERE e.deleted_at IS NULL AND e.entry_date BETWEEN ? AND ? GROUP BY e.entry_date ORDER BY e.entry_date")) {
            statement.setString(1, from.toString());
            statement.setString(2, to.toString());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    double mood = rows.getDouble(2);
                    double selfTrust = rows.getDouble(3);
                    Double given = rows.wasNull() ? null : selfTrust;
                    days.add(new DayFigures(LocalDate.parse(rows.getString(1)), mood, given));
                }
            }
        }
        return days;
    }

    /** Counts per name over the check-ins of the range, most often first; {@code select} names the table as m. */
    private static List<NamedCount> counts(Connection connection, String select, DateRange range) throws SQLException {
        List<NamedCount> counts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(select
                + "JOIN entry e ON e.id = m.entry_id WHERE e.deleted_at IS NULL AND e.entry_date BETWEEN ? AND ? "
                + "GROUP BY m.custom, 1 ORDER BY count(*) DESC, 1")) {
            statement.setString(1, range.from().toString());
            statement.setString(2, range.to().toString());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    double intensity = rows.getDouble(4);
                    Double mean = rows.wasNull() ? null : intensity;
                    counts.add(new NamedCount(rows.getString(1), rows.getInt(2) == 1, rows.getInt(3), mean));
                }
            }
        }
        return counts;
    }

    private static List<ChosenTrap> traps(Connection connection, DateRange range) throws SQLException {
        List<ChosenTrap> traps = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT e.entry_date, t.trap, t.custom FROM reframe_trap t JOIN reframe r ON r.entry_id = t.entry_id "
                        + "JOIN entry e ON e.id = t.entry_id WHERE e.deleted_at IS NULL AND r.finished_at IS NOT NULL "
                        + "AND e.entry_date BETWEEN ? AND ? ORDER BY e.entry_date, t.entry_id, t.position")) {
            statement.setString(1, range.from().toString());
            statement.setString(2, range.to().toString());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    traps.add(new ChosenTrap(LocalDate.parse(rows.getString(1)), rows.getString(2), rows.getInt(3) == 1));
                }
            }
        }
        return traps;
    }

    private static Map<EntryType, Integer> entries(Connection connection, DateRange range) throws SQLException {
        Map<EntryType, Integer> entries = new EnumMap<>(EntryType.class);
        for (EntryType type : EntryType.values()) {
            entries.put(type, 0);
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT type, count(*) FROM entry WHERE deleted_at IS NULL AND entry_date BETWEEN ? AND ? GROUP BY type")) {
            statement.setString(1, range.from().toString());
            statement.setString(2, range.to().toString());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Optional<EntryType> type = EntryType.fromId(rows.getString(1));
                    if (type.isPresent()) {
                        entries.put(type.get(), rows.getInt(2));
                    }
                }
            }
        }
        return entries;
    }

    private static List<DatedText> notes(Connection connection, DateRange range) throws SQLException {
        List<DatedText> notes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT entry_date, note FROM entry WHERE deleted_at IS NULL AND type IN ('checkin', 'goal', 'practice') "
                        + "AND note <> '' AND entry_date BETWEEN ? AND ? ORDER BY entry_date, entry_time, id")) {
            statement.setString(1, range.from().toString());
            statement.setString(2, range.to().toString());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    notes.add(new DatedText(LocalDate.parse(rows.getString(1)), rows.getString(2)));
                }
            }
        }
        return notes;
    }
}
