package app.groundwork.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/** Named preference values kept in the journal; each is written on its own, so changes never overwrite each other. */
public final class PreferenceRepository {
    private final Database database;

    public PreferenceRepository(Database database) {
        this.database = database;
    }

    public CompletableFuture<Map<String, String>> all() {
        return database.read(connection -> {
            Map<String, String> values = new TreeMap<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT name, value FROM preference");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getString(1), rows.getString(2));
                }
            }
            return values;
        });
    }

    public CompletableFuture<Void> put(String name, String value) {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO preference (name, value) VALUES (?, ?) "
                            + "ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
                statement.setString(1, name);
                statement.setString(2, value);
                statement.executeUpdate();
            }
            return null;
        });
    }
}
