package app.groundwork.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** What every entry kind stores the same way: its time column, its tags and its full-text row. */
final class EntryColumns {
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private EntryColumns() {
    }

    static String time(LocalTime time) {
        return time.format(HOURS_MINUTES);
    }

    static void insertTags(Connection connection, long entryId, List<String> tags) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO entry_tag (entry_id, tag, position) VALUES (?, ?, ?)")) {
            int position = 0;
            for (String tag : tags) {
                statement.setLong(1, entryId);
                statement.setString(2, tag);
                statement.setInt(3, position++);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    static List<String> tags(Connection connection, long entryId) throws SQLException {
        List<String> tags = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT tag FROM entry_tag WHERE entry_id = ? ORDER BY position")) {
            statement.setLong(1, entryId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tags.add(rows.getString(1));
                }
            }
        }
        return tags;
    }

    /** Writes the entry's full-text row: {@code body} is its free text, {@code labels} its tags and own words. */
    static void index(Connection connection, long entryId, String body, String labels) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO entry_fts (rowid, body, labels) VALUES (?, ?, ?)")) {
            statement.setLong(1, entryId);
            statement.setString(2, body);
            statement.setString(3, labels);
            statement.executeUpdate();
        }
    }

    static void setNullableInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static Integer nullableInt(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
