package app.groundwork.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Brings a journal's schema up to date, one numbered script at a time, each in its own transaction together with
 * {@code PRAGMA user_version}. See docs/decisions/0002-migrations-with-user-version.md for why not Flyway.
 */
final class Migrations {
    /** In order; script N brings the schema to version N. Add new scripts at the end, never edit a shipped one. */
    static final List<String> SCRIPTS = List.of("V1__journal.sql", "V2__assessments.sql", "V3__support.sql", "V4__preferences.sql",
            "V5__reframes.sql", "V6__goals.sql", "V7__practice_responses.sql", "V8__entries_by_day.sql",
            "V9__note_entries.sql");

    /**
     * A script holding this line rebuilds a table, so it runs with foreign keys off (dropping the old table must not
     * cascade to the rows that refer to it) and {@code PRAGMA foreign_key_check} must find nothing before it commits.
     */
    static final String FOREIGN_KEYS_OFF = "-- foreign-keys: off while this script runs";

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    /** Applies every script after {@code fromVersion}. */
    static void apply(Connection connection, int fromVersion) throws SQLException {
        for (int version = fromVersion + 1; version <= latestVersion(); version++) {
            String script = read(SCRIPTS.get(version - 1));
            boolean rebuild = script.lines().anyMatch(line -> line.strip().equals(FOREIGN_KEYS_OFF));
            boolean foreignKeys = rebuild && foreignKeysOn(connection);
            if (foreignKeys) {
                // only takes effect outside a transaction, so before the script's own one begins
                execute(connection, "PRAGMA foreign_keys = OFF");
            }
            List<String> statements = statements(script);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.executeUpdate(sql);
                }
                if (rebuild) {
                    requireForeignKeysHold(statement, SCRIPTS.get(version - 1));
                }
                statement.executeUpdate("PRAGMA user_version = " + version);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
                if (foreignKeys) {
                    execute(connection, "PRAGMA foreign_keys = ON");
                }
            }
        }
    }

    private static boolean foreignKeysOn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA foreign_keys")) {
            return rows.next() && rows.getInt(1) == 1;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void requireForeignKeysHold(Statement statement, String script) throws SQLException {
        try (ResultSet broken = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (broken.next()) {
                throw new SQLException(script + " left a row of " + broken.getString(1) + " pointing at nothing");
            }
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script at semicolons that end a line; comment lines are dropped first. */
    static List<String> statements(String script) {
        String withoutComments = script.lines()
                .filter(line -> !line.strip().startsWith("--"))
                .reduce("", (all, line) -> all + line + "\n");
        return Arrays.stream(withoutComments.split(";\\s*\\n"))
                .map(String::strip)
                .filter(sql -> !sql.isEmpty())
                .toList();
    }
}
