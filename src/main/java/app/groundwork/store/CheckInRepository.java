package app.groundwork.store;

import app.groundwork.domain.BodySignalMark;
import app.groundwork.domain.CheckIn;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.EntryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Check-ins: the {@code entry} row, the {@code checkin} row, their lists, and the full-text row, always together. */
public final class CheckInRepository {
    private final Database database;

    public CheckInRepository(Database database) {
        this.database = database;
    }

    /** Stores a new check-in and, in the same transaction, removes the draft it was written from. */
    public CompletableFuture<CheckIn> insert(CheckInContent content, Instant now, String draftKind) {
        return database.write(connection -> {
            CheckIn stored = insert(connection, content, now);
            DraftRepository.clear(connection, draftKind);
            return stored;
        });
    }

    /** Stores many check-ins in one transaction (the demo journal, imports). */
    public CompletableFuture<Integer> insertAll(List<CheckInContent> contents, Instant now) {
        return database.write(connection -> {
            for (CheckInContent content : contents) {
                insert(connection, content, now);
            }
            return contents.size();
        });
    }

    /** Replaces what a check-in says, keeping its id and creation time. Empty when there is no such check-in. */
    public CompletableFuture<Optional<CheckIn>> update(long id, CheckInContent content, Instant now, String draftKind) {
        return database.write(connection -> {
            DraftRepository.clear(connection, draftKind);
            try (PreparedStatement entry = connection.prepareStatement(
                    "UPDATE entry SET entry_date = ?, entry_time = ?, note = ?, updated_at = ? "
                            + "WHERE id = ? AND type = 'checkin' AND deleted_at IS NULL")) {
                entry.setString(1, content.date().toString());
                entry.setString(2, EntryColumns.time(content.time()));
                entry.setString(3, content.note());
                entry.setString(4, now.toString());
                entry.setLong(5, id);
                if (entry.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM checkin WHERE entry_id = ?")) {
                clear.setLong(1, id);
                clear.executeUpdate();
            }
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM entry_tag WHERE entry_id = ?")) {
                clear.setLong(1, id);
                clear.executeUpdate();
            }
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM entry_fts WHERE rowid = ?")) {
                clear.setLong(1, id);
                clear.executeUpdate();
            }
            insertDetails(connection, id, content);
            return find(connection, id);
        });
    }

    public CompletableFuture<Optional<CheckIn>> find(long id) {
        return database.read(connection -> find(connection, id));
    }

    /** The newest check-in by its own date and time, if any. */
    public CompletableFuture<Optional<CheckIn>> latest() {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT id FROM entry WHERE type = 'checkin' AND deleted_at IS NULL "
                                 + "ORDER BY entry_date DESC, entry_time DESC, id DESC LIMIT 1")) {
                return rows.next() ? find(connection, rows.getLong(1)) : Optional.empty();
            }
        });
    }

    public CompletableFuture<Integer> countOn(LocalDate day) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT count(*) FROM entry WHERE type = 'checkin' AND entry_date = ? AND deleted_at IS NULL")) {
                statement.setString(1, day.toString());
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getInt(1) : 0;
                }
            }
        });
    }

    private static CheckIn insert(Connection connection, CheckInContent content, Instant now) throws SQLException {
        long id;
        try (PreparedStatement entry = connection.prepareStatement(
                "INSERT INTO entry (type, entry_date, entry_time, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            entry.setString(1, EntryType.CHECKIN.id());
            entry.setString(2, content.date().toString());
            entry.setString(3, EntryColumns.time(content.time()));
            entry.setString(4, content.note());
            entry.setString(5, now.toString());
            entry.setString(6, now.toString());
            entry.executeUpdate();
            try (ResultSet keys = entry.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        insertDetails(connection, id, content);
        return new CheckIn(id, content, now, now);
    }

    private static void insertDetails(Connection connection, long id, CheckInContent content) throws SQLException {
        try (PreparedStatement checkin = connection.prepareStatement(CheckInRows.CHECKIN);
             PreparedStatement emotion = connection.prepareStatement(CheckInRows.EMOTION);
             PreparedStatement signal = connection.prepareStatement(CheckInRows.BODY_SIGNAL);
             PreparedStatement area = connection.prepareStatement(CheckInRows.LIFE_AREA)) {
            CheckInRows.bindCheckIn(checkin, id, content);
            checkin.executeUpdate();
            CheckInRows.batchDetails(emotion, signal, area, id, content);
            emotion.executeBatch();
            signal.executeBatch();
            area.executeBatch();
        }
        EntryColumns.insertTags(connection, id, content.tags());
        String labels = Stream.of(
                        content.tags().stream(),
                        content.emotions().stream().filter(EmotionRating::custom).map(EmotionRating::name),
                        content.bodySignals().stream().filter(BodySignalMark::custom).map(BodySignalMark::name))
                .flatMap(s -> s)
                .collect(Collectors.joining(" "));
        EntryColumns.index(connection, id, content.note(), labels);
    }

    private static Optional<CheckIn> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT e.entry_date, e.entry_time, e.note, e.created_at, e.updated_at, "
                        + "c.mood, c.self_trust, c.energy, c.sleep_hours "
                        + "FROM entry e JOIN checkin c ON c.entry_id = e.id WHERE e.id = ? AND e.deleted_at IS NULL")) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                CheckInContent content = new CheckInContent(
                        LocalDate.parse(row.getString(1)),
                        LocalTime.parse(row.getString(2)),
                        row.getInt(6),
                        EntryColumns.nullableInt(row, 7),
                        EntryColumns.nullableInt(row, 8),
                        nullableDouble(row, 9),
                        emotions(connection, id),
                        bodySignals(connection, id),
                        lifeAreas(connection, id),
                        row.getString(3),
                        EntryColumns.tags(connection, id));
                return Optional.of(new CheckIn(id, content, Instant.parse(row.getString(4)), Instant.parse(row.getString(5))));
            }
        }
    }

    private static List<EmotionRating> emotions(Connection connection, long id) throws SQLException {
        List<EmotionRating> emotions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT emotion, custom, intensity FROM checkin_emotion WHERE entry_id = ? ORDER BY position")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    emotions.add(new EmotionRating(rows.getString(1), rows.getInt(2) == 1, rows.getInt(3)));
                }
            }
        }
        return emotions;
    }

    private static List<BodySignalMark> bodySignals(Connection connection, long id) throws SQLException {
        List<BodySignalMark> signals = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT signal, custom FROM checkin_body_signal WHERE entry_id = ? ORDER BY position")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    signals.add(new BodySignalMark(rows.getString(1), rows.getInt(2) == 1));
                }
            }
        }
        return signals;
    }

    private static List<String> lifeAreas(Connection connection, long id) throws SQLException {
        List<String> areas = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT area FROM checkin_life_area WHERE entry_id = ? ORDER BY position")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    areas.add(rows.getString(1));
                }
            }
        }
        return areas;
    }

    private static Double nullableDouble(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
