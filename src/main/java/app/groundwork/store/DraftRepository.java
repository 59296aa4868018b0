package app.groundwork.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** One saved draft per form kind. The payload is opaque here; the io package reads and writes it. */
public final class DraftRepository {
    /** A draft as stored. */
    public record StoredDraft(String payload, Instant savedAt) {
    }

    private final Database database;

    public DraftRepository(Database database) {
        this.database = database;
    }

    public CompletableFuture<Void> save(String kind, String payload, Instant savedAt) {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO draft (kind, payload, saved_at) VALUES (?, ?, ?) "
                            + "ON CONFLICT (kind) DO UPDATE SET payload = excluded.payload, saved_at = excluded.saved_at")) {
                statement.setString(1, kind);
                statement.setString(2, payload);
                statement.setString(3, savedAt.toString());
                statement.executeUpdate();
            }
            return null;
        });
    }

    public CompletableFuture<Optional<StoredDraft>> load(String kind) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT payload, saved_at FROM draft WHERE kind = ?")) {
                statement.setString(1, kind);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(new StoredDraft(row.getString(1), Instant.parse(row.getString(2))))
                            : Optional.empty();
                }
            }
        });
    }

    public CompletableFuture<Void> clear(String kind) {
        return database.write(connection -> {
            clear(connection, kind);
            return null;
        });
    }

    static void clear(Connection connection, String kind) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM draft WHERE kind = ?")) {
            statement.setString(1, kind);
            statement.executeUpdate();
        }
    }
}
