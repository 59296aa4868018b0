package app.groundwork.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.mc.SQLiteMCSqlCipherConfig;

/**
 * Whole-file encryption through the driver's SQLite3MultipleCiphers build, in the SQLCipher 4 format so other
 * SQLCipher tools can open the file with the passphrase. Cipher settings go through the driver's config API, never
 * through the connection URL (URL settings can silently create a plain file). A {@code null} passphrase means a plain
 * file.
 */
final class Cipher {
    /** The first sixteen bytes of every plain SQLite file. */
    private static final byte[] PLAIN_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int SMALLEST_PAGE = 512;

    private Cipher() {
    }

    /**
     * True when the file is whole pages that do not start like a plain SQLite file: it is encrypted (or it is something
     * else of that shape, which opening with a passphrase tells apart no better than a wrong passphrase would). Anything
     * that is not whole pages, such as a text file, is not a database at all, and is left to the integrity check.
     */
    static boolean isEncrypted(Path file) {
        try {
            long size = Files.size(file);
            // an encrypted file is whole pages, and a page is at least 512 bytes
            if (!Files.isRegularFile(file) || size < SMALLEST_PAGE || size % SMALLEST_PAGE != 0) {
                return false;
            }
            byte[] header = new byte[PLAIN_HEADER.length];
            try (InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(header, 0, header.length) < header.length) {
                    return false;
                }
            }
            return !Arrays.equals(header, PLAIN_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** The settings a connection starts from: plain, or SQLCipher 4 with the passphrase as its key. */
    static SQLiteConfig config(String passphrase) {
        if (passphrase == null) {
            return new SQLiteConfig();
        }
        return SQLiteMCSqlCipherConfig.getV4Defaults().withKey(passphrase).build();
    }

    /**
     * Re-keys a file no one else has open (a fresh copy, never the live journal): from {@code oldPassphrase} to
     * {@code newPassphrase}, either of which may be {@code null} for plain. The copy must not be in WAL mode, where
     * the cipher cannot re-key; {@code VACUUM INTO} makes copies in rollback mode.
     */
    static void rekey(Path copy, String oldPassphrase, String newPassphrase) throws SQLException {
        SQLiteConfig config = oldPassphrase == null
                ? SQLiteMCSqlCipherConfig.getV4Defaults().build()
                : config(oldPassphrase);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + copy);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA rekey = " + quoted(newPassphrase == null ? "" : newPassphrase));
        }
    }

    /** A string as an SQL literal; PRAGMA takes no bound parameters. */
    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Whether an exception from opening a file means its key did not fit (SQLITE_NOTADB). */
    static boolean notADatabase(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return e.getErrorCode() == 26 || message.contains("SQLITE_NOTADB") || message.contains("not a database");
    }
}
