package app.groundwork.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Verified copies of the journal in {@code backups/}. A copy only gets its final name after it has been opened,
 * checked and compared with the journal table by table, so a file named {@code journal-*.db} is always good.
 */
public final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Rolling copies kept; copies taken before a migration are kept beside them and never rolled away. */
    static final int ROLLING_COPIES = 7;

    private final JournalFiles files;
    private final Clock clock;
    /** The journal's passphrase, which its copies share; {@code null} for a plain journal. */
    private volatile String passphrase;

    public Backups(JournalFiles files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    /** Copies are made from, and checked with, a journal encrypted with this passphrase ({@code null}: plain). */
    void usePassphrase(String passphrase) {
        this.passphrase = passphrase;
    }

    /**
     * Re-keys every copy after the journal's passphrase changed, each through a re-keyed file renamed over it. A copy
     * that cannot be re-keyed is removed rather than left readable without the new passphrase.
     */
    void rekeyAll(String oldPassphrase, String newPassphrase) throws IOException {
        for (Path copy : list()) {
            Path next = copy.resolveSibling(copy.getFileName() + ".rekey");
            try {
                Files.copy(copy, next, StandardCopyOption.REPLACE_EXISTING);
                Cipher.rekey(next, oldPassphrase, newPassphrase);
                try (Connection check = Sqlite.openReadOnly(next, newPassphrase)) {
                    if (!Sqlite.quickCheck(check).isEmpty()) {
                        throw new SQLException("the re-keyed copy failed its check");
                    }
                }
                moveIntoPlace(next, copy);
            } catch (SQLException | IOException e) {
                System.getLogger("groundwork").log(System.Logger.Level.WARNING,
                        "a backup could not take the new passphrase and was removed: " + copy.getFileName(), e);
                Files.deleteIfExists(copy);
            } finally {
                Files.deleteIfExists(next);
            }
        }
    }

    /** The newest verified copy, if there is one. Reads only the folder listing. */
    public Optional<Path> newest() {
        return list().stream().findFirst();
    }

    /** Every verified copy, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(files.backups())) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(files.backups())) {
            return entries.filter(path -> {
                        String name = path.getFileName().toString();
                        return name.startsWith("journal-") && name.endsWith(".db");
                    })
                    .sorted(Comparator.comparing((Path path) -> path.getFileName().toString().substring(8, 23))
                            .reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Copies the open journal with SQLite's {@code VACUUM INTO}, verifies the copy and gives it its final name.
     *
     * @param label a word saying why the copy was taken, for example {@code daily} or {@code before-v2}
     */
    Path create(Connection source, String label) throws SQLException, IOException {
        Files.createDirectories(files.backups());
        String name = "journal-" + LocalDateTime.now(clock).format(STAMP) + "-" + label;
        Path partial = files.backups().resolve(name + ".partial");
        Path finished = uniqueName(name);
        Files.deleteIfExists(partial);
        try (PreparedStatement vacuum = source.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, partial.toString());
            vacuum.execute();
        }
        try {
            verify(source, partial);
            moveIntoPlace(partial, finished);
        } finally {
            Files.deleteIfExists(partial);
        }
        if ("daily".equals(label)) {
            roll();
        }
        return finished;
    }

    /** True when the newest rolling copy is older than a day (or there is none). */
    boolean dailyCopyDue() {
        String today = LocalDateTime.now(clock).format(STAMP).substring(0, 8);
        return list().stream()
                .map(path -> path.getFileName().toString())
                .filter(name -> name.endsWith("-daily.db"))
                .findFirst()
                .map(name -> !name.substring(8, 16).equals(today))
                .orElse(true);
    }

    private Path uniqueName(String name) {
        Path candidate = files.backups().resolve(name + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = files.backups().resolve(name + "-" + n + ".db");
        }
        return candidate;
    }

    private void verify(Connection source, Path copy) throws SQLException {
        try (Connection check = Sqlite.openReadOnly(copy, passphrase)) {
            List<String> problems = Sqlite.quickCheck(check);
            if (!problems.isEmpty()) {
                throw new SQLException("backup failed its check: " + problems.get(0));
            }
            if (Sqlite.userVersion(check) != Sqlite.userVersion(source)) {
                throw new SQLException("backup has a different schema version than the journal");
            }
            for (String table : Sqlite.tables(source)) {
                long expected = Sqlite.count(source, table);
                long copied = Sqlite.count(check, table);
                if (expected != copied) {
                    throw new SQLException("backup holds " + copied + " rows of " + table + ", the journal " + expected);
                }
            }
        }
    }

    private void roll() throws IOException {
        List<Path> rolling = list().stream()
                .filter(path -> path.getFileName().toString().endsWith("-daily.db"))
                .toList();
        for (Path old : rolling.subList(Math.min(ROLLING_COPIES, rolling.size()), rolling.size())) {
            Files.deleteIfExists(old);
        }
    }

    /**
     * Puts a backup in place of a damaged journal. The damaged file is renamed, never written to, so it can still be
     * looked at or rescued later. Call only while no connection to the journal is open.
     *
     * @return where the damaged file now is
     */
    public Path restoreOverDamaged(Path backup) throws IOException {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path damagedCopy = files.dataDir().resolve("journal.db.damaged-" + stamp);
        try (JournalLock lock = JournalLock.acquire(files.lock(), files.database())) {
            if (Files.exists(files.database())) {
                Files.move(files.database(), damagedCopy);
            }
            for (String suffix : List.of("-wal", "-shm")) {
                Path sidecar = files.sidecar(suffix);
                if (Files.exists(sidecar)) {
                    Files.move(sidecar, files.dataDir().resolve("journal.db" + suffix + ".damaged-" + stamp));
                }
            }
            Path incoming = files.sidecar(".restoring");
            Files.copy(backup, incoming, StandardCopyOption.REPLACE_EXISTING);
            moveIntoPlace(incoming, files.database());
        }
        return damagedCopy;
    }

    static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
