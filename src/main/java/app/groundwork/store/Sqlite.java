package app.groundwork.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteOpenMode;

/** Opening connections with the settings every journal connection needs. */
final class Sqlite {
    private Sqlite() {
    }

    /**
     * Pages kept in memory, in KiB (a negative cache size): enough for a ten-year journal's figures to be read from
     * memory rather than the file each time Progress adds them up (the default 2 MiB held about a fifth of one).
     */
    static final int CACHE_KIB = 32 * 1024;

    /**
     * The journal's one read-write connection: WAL, full sync (a saved entry survives a power cut), foreign keys, a
     * page cache large enough for the whole journal, and temporary tables in memory, never in a file.
     */
    static Connection openReadWrite(Path file) throws SQLException {
        return openReadWrite(file, null);
    }

    /** The same, for a journal encrypted with {@code passphrase} ({@code null} for a plain one). */
    static Connection openReadWrite(Path file, String passphrase) throws SQLException {
        SQLiteConfig config = Cipher.config(passphrase);
        config.setCacheSize(-CACHE_KIB);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /** A connection that cannot write, for checking a file that may be damaged or for verifying a backup. */
    static Connection openReadOnly(Path file) throws SQLException {
        return openReadOnly(file, null);
    }

    /** The same, for a file encrypted with {@code passphrase} ({@code null} for a plain one). */
    static Connection openReadOnly(Path file, String passphrase) throws SQLException {
        SQLiteConfig config = Cipher.config(passphrase);
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /**
     * Copies the database of {@code source} into {@code target} with SQLite's online backup API, through the open
     * connection: what is committed, including what still sits in the WAL, is copied page by page, and nothing else
     * has to stop. The copy is then switched to a rollback journal, so that opening it read-only later (to verify it,
     * count its entries, or check it before a restore) creates no {@code -wal} or {@code -shm} files beside it.
     * Call on the thread that owns {@code source}. Any key for the copy belongs here (see docs/decisions/0012).
     */
    static void backup(Connection source, Path target) throws SQLException {
        int status = source.unwrap(SQLiteConnection.class).getDatabase().backup("main", target.toString(), null);
        if (status != 0) {
            throw new SQLException("the copy to " + target + " stopped with SQLite status " + status);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setOpenMode(SQLiteOpenMode.READWRITE);
        try (Connection copy = config.createConnection("jdbc:sqlite:" + target);
             Statement statement = copy.createStatement();
             ResultSet mode = statement.executeQuery("PRAGMA journal_mode = DELETE")) {
            if (!mode.next() || !"delete".equalsIgnoreCase(mode.getString(1))) {
                throw new SQLException("the copy " + target + " kept its write-ahead log");
            }
        }
    }

    /**
     * Copies the database with {@code VACUUM INTO}, which keeps an encrypted source's cipher and key for the copy (the
     * online backup would write it plain). The copy is in rollback mode, not WAL.
     */
    static void vacuumInto(Connection source, Path target) throws SQLException {
        try (PreparedStatement vacuum = source.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toString());
            vacuum.execute();
        }
    }

    /** Runs {@code PRAGMA quick_check}; returns the problems it lists, empty when the file is sound. */
    static List<String> quickCheck(Connection connection) throws SQLException {
        return check(connection, "PRAGMA quick_check");
    }

    /**
     * Runs the full {@code PRAGMA integrity_check} (which, unlike the quick check, also compares every index with its
     * table); returns the problems it lists, empty when the file is sound.
     */
    static List<String> integrityCheck(Connection connection) throws SQLException {
        return check(connection, "PRAGMA integrity_check");
    }

    private static List<String> check(Connection connection, String pragma) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(pragma)) {
            while (rows.next()) {
                String line = rows.getString(1);
                if (!"ok".equals(line)) {
                    problems.add(line);
                }
            }
        }
        return problems;
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** Names of the ordinary tables, so a backup can be compared with its source table by table. */
    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
