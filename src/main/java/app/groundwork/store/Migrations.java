package app.groundwork.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
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
            "V5__reframes.sql", "V6__goals.sql", "V7__practice_responses.sql", "V8__entries_by_day.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    /** Applies every script after {@code fromVersion}. */
    static void apply(Connection connection, int fromVersion) throws SQLException {
        for (int version = fromVersion + 1; version <= latestVersion(); version++) {
            List<String> statements = statements(read(SCRIPTS.get(version - 1)));
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.executeUpdate(sql);
                }
                statement.executeUpdate("PRAGMA user_version = " + version);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
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
