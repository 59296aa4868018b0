package app.groundwork.store;

import app.groundwork.domain.BackupInfo;
import app.groundwork.domain.BackupRefusedException;
import app.groundwork.domain.BackupRefusedException.Reason;
import app.groundwork.domain.BackupRetention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Verified copies of the journal in {@code backups/}, made with SQLite's online backup through the journal's own
 * connection. A copy only gets its final name after it has been opened read-only, passed {@code PRAGMA
 * integrity_check} and been compared with the journal table by table, so a file named {@code journal-*.db} is always
 * good, and an older copy is only rolled away once a newer one has been verified.
 *
 * <p>Names are {@code journal-YYYYMMDD-HHMMSS-<label>.db} (local time), the label saying why the copy exists:
 * {@value #DAILY}, {@value #MANUAL}, {@value #BEFORE_RESTORE} or {@code before-vN} (before a migration to version N).
 * Only daily copies are rolled (see {@link BackupRetention}); the others stay until the person removes them.
 */
public final class Backups {
    static final String DAILY = "daily";
    static final String MANUAL = "manual";
    static final String BEFORE_RESTORE = "before-restore";
    static final String BEFORE_UPDATE = "before-v";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("journal-(\\d{8}-\\d{6})-([a-z0-9-]+?)(?:-(\\d+))?\\.db");
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

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


    /** A verified copy in the folder, read from its name. */
    record Copy(Path file, LocalDateTime takenAt, String label, int repeat) {
        boolean daily() {
            return DAILY.equals(label);
        }
    }

    /** The folder the copies are kept in. */
    public Path folder() {
        return files.backups();
    }

    /** The newest verified copy, if there is one. Reads only the folder listing. */
    public Optional<Path> newest() {
        return list().stream().findFirst();
    }

    /** Every verified copy, newest first. Reads only the folder listing. */
    public List<Path> list() {
        return copies().stream().map(Copy::file).toList();
    }

    List<Copy> copies() {
        if (!Files.isDirectory(files.backups())) {
            return List.of();
        }
        List<Copy> copies = new ArrayList<>();
        try (Stream<Path> entries = Files.list(files.backups())) {
            entries.forEach(path -> parse(path).ifPresent(copies::add));
        } catch (IOException e) {
            return List.of();
        }
        // copies taken within the same second (a manual copy just after the daily one) keep the order they were made in
        copies.sort(Comparator.comparing(Copy::takenAt).thenComparing(Copy::repeat)
                .thenComparing(copy -> modified(copy.file())).reversed());
        return copies;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static Optional<Copy> parse(Path path) {
        Matcher name = NAME.matcher(path.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime takenAt = LocalDateTime.parse(name.group(1), STAMP);
            int repeat = name.group(3) == null ? 1 : Integer.parseInt(name.group(3));
            return Optional.of(new Copy(path, takenAt, name.group(2), repeat));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Every verified copy for a person to choose from, newest first: when, how large, how many entries (read from
     * the copy, opened read-only) and why it was kept. Opens each copy, so call it on the journal's thread.
     */
    public List<BackupInfo> describe() {
        List<Copy> copies = copies();
        Map<Copy, BackupInfo.Kind> rolling = BackupRetention.keep(copies.stream().filter(Copy::daily).toList(), Copy::takenAt);
        return copies.stream().map(copy -> describe(copy, rolling.getOrDefault(copy, kindOf(copy)))).toList();
    }

    /** One copy, described as {@link #describe()} does. */
    public BackupInfo describe(Path file) {
        Copy copy = parse(file).orElseGet(() -> new Copy(file, LocalDateTime.now(clock), MANUAL, 1));
        return describe(copy, kindOf(copy));
    }

    private BackupInfo describe(Copy copy, BackupInfo.Kind kind) {
        long size;
        try {
            size = Files.size(copy.file());
        } catch (IOException e) {
            size = 0;
        }
        return new BackupInfo(copy.file(), copy.takenAt(), size, entries(copy.file()), kind);
    }

    private static BackupInfo.Kind kindOf(Copy copy) {
        if (copy.daily()) {
            return BackupInfo.Kind.DAILY;
        }
        if (BEFORE_RESTORE.equals(copy.label())) {
            return BackupInfo.Kind.BEFORE_RESTORE;
        }
        if (copy.label().startsWith(BEFORE_UPDATE)) {
            return BackupInfo.Kind.BEFORE_UPDATE;
        }
        return BackupInfo.Kind.MANUAL;
    }

    /** Entries a person would see in the copy (those waiting for an undo are left out); empty if it cannot be read. */
    private OptionalInt entries(Path copy) {
        try (Connection check = Sqlite.openReadOnly(copy, Cipher.isEncrypted(copy) ? passphrase : null);
             PreparedStatement count = check.prepareStatement("SELECT count(*) FROM entry WHERE deleted_at IS NULL");
             ResultSet row = count.executeQuery()) {
            return row.next() ? OptionalInt.of(row.getInt(1)) : OptionalInt.empty();
        } catch (SQLException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * Copies the open journal into the backups folder, verifies the copy and gives it its final name; a daily copy
     * then rolls away the daily copies no longer kept.
     *
     * @param label a word saying why the copy was taken, for example {@code daily} or {@code before-v2}
     */
    Path create(Connection source, String label) throws SQLException, IOException {
        Files.createDirectories(files.backups());
        String name = "journal-" + LocalDateTime.now(clock).format(STAMP) + "-" + label;
        Path finished = uniqueName(name);
        Path partial = files.backups().resolve(finished.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        writeVerified(source, partial, finished);
        if (DAILY.equals(label)) {
            roll();
        }
        return finished;
    }

    /**
     * Copies the open journal to {@code target}, anywhere the person chooses, verified like every other copy. An
     * existing file is never overwritten, and the copy is written beside it under a temporary name first.
     *
     * @throws BackupRefusedException when {@code target} exists or its folder does not
     */
    Path createAt(Connection source, Path target) throws SQLException, IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BackupRefusedException(target, Reason.NO_FOLDER, null);
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new BackupRefusedException(target, Reason.ALREADY_EXISTS, null);
        }
        Path partial = Files.createTempFile(folder, ".groundwork-copy-", ".partial");
        writeVerified(source, partial, absolute);
        return absolute;
    }

    /** True when no daily copy was taken today (local date). */
    boolean dailyCopyDue() {
        return copies().stream()
                .filter(Copy::daily)
                .findFirst()
                .map(copy -> !copy.takenAt().toLocalDate().equals(LocalDateTime.now(clock).toLocalDate()))
                .orElse(true);
    }

    private Path uniqueName(String name) {
        Path candidate = files.backups().resolve(name + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = files.backups().resolve(name + "-" + n + ".db");
        }
        return candidate;
    }

    /**
     * Backs {@code source} up into {@code partial}, verifies it and only then moves it to {@code finished} (a rename
     * in the same folder, which never replaces a file that is there). The partial file is gone afterwards whatever
     * happened.
     */
    private void writeVerified(Connection source, Path partial, Path finished) throws SQLException, IOException {
        try {
            if (passphrase == null) {
                Sqlite.backup(source, partial);
            } else {
                // the online backup would write the copy without the key; VACUUM INTO keeps the journal's cipher
                Sqlite.vacuumInto(source, partial);
            }
            verify(source, partial);
            Files.move(partial, finished);
        } finally {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(partial.resolveSibling(partial.getFileName() + "-journal"));
        }
    }

    /**
     * Opens the copy read-only and checks it with {@code PRAGMA integrity_check}, its schema version and the number
     * of rows in every table against the source.
     */
    private void verify(Connection source, Path copy) throws SQLException {
        try (Connection check = Sqlite.openReadOnly(copy, passphrase)) {
            List<String> problems = Sqlite.integrityCheck(check);
            if (!problems.isEmpty()) {
                throw new SQLException("the copy failed its integrity check: " + problems.get(0));
            }
            if (Sqlite.userVersion(check) != Sqlite.userVersion(source)) {
                throw new SQLException("the copy has a different schema version than the journal");
            }
            for (String table : Sqlite.tables(source)) {
                long expected = Sqlite.count(source, table);
                long copied = Sqlite.count(check, table);
                if (expected != copied) {
                    throw new SQLException("the copy holds " + copied + " rows of " + table + ", the journal " + expected);
                }
            }
        }
    }

    private void roll() throws IOException {
        List<Copy> daily = copies().stream().filter(Copy::daily).toList();
        Map<Copy, BackupInfo.Kind> kept = BackupRetention.keep(daily, Copy::takenAt);
        for (Copy copy : daily) {
            if (!kept.containsKey(copy)) {
                Files.deleteIfExists(copy.file());
            }
        }
    }

    /**
     * Checks that {@code candidate} can be put in place of the journal: a readable SQLite file that passes {@code
     * PRAGMA integrity_check}, written by this version of Groundwork or an earlier one, with an entry table, and not
     * the journal itself. Only reads the file.
     *
     * @throws BackupRefusedException naming the reason when it cannot
     */
    void checkRestorable(Path candidate) {
        if (!Files.isRegularFile(candidate)) {
            throw new BackupRefusedException(candidate, Reason.MISSING, null);
        }
        try {
            if (Files.exists(files.database()) && Files.isSameFile(candidate, files.database())) {
                throw new BackupRefusedException(candidate, Reason.IS_THE_JOURNAL, null);
            }
            // an encrypted journal's copies are encrypted with its passphrase
            if (!startsWithSqliteHeader(candidate) && !(passphrase != null && Cipher.isEncrypted(candidate))) {
                throw new BackupRefusedException(candidate, Reason.NOT_A_DATABASE, null);
            }
        } catch (IOException e) {
            throw new BackupRefusedException(candidate, Reason.NOT_A_DATABASE, e.getMessage());
        }
        try (Connection check = Sqlite.openReadOnly(candidate, keyOf(candidate))) {
            List<String> problems = Sqlite.integrityCheck(check);
            if (!problems.isEmpty()) {
                throw new BackupRefusedException(candidate, Reason.DAMAGED, problems.get(0));
            }
            if (Sqlite.userVersion(check) > Migrations.latestVersion()) {
                throw new BackupRefusedException(candidate, Reason.TOO_NEW, String.valueOf(Sqlite.userVersion(check)));
            }
            if (!Sqlite.tables(check).contains("entry")) {
                throw new BackupRefusedException(candidate, Reason.NOT_A_JOURNAL, null);
            }
        } catch (SQLException e) {
            throw new BackupRefusedException(candidate, Reason.DAMAGED, e.getMessage());
        }
    }

    /** The passphrase a copy opens with: the journal's for an encrypted copy, none for a plain one. */
    private String keyOf(Path copy) {
        return Cipher.isEncrypted(copy) ? passphrase : null;
    }

    private static boolean startsWithSqliteHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(SQLITE_HEADER, in.readNBytes(SQLITE_HEADER.length));
        }
    }

    /**
     * Writes a verified copy of a checked {@code candidate} beside the journal as {@code journal.db.restoring}, ready
     * for {@link #putInPlace()}. Uses the online backup from a read-only connection, so a candidate with a write-ahead
     * log beside it is copied with what the log holds. The journal itself is not touched.
     */
    void prepareRestore(Path candidate) throws SQLException, IOException {
        Path incoming = files.sidecar(".restoring");
        Files.deleteIfExists(incoming);
        String key = keyOf(candidate);
        try (Connection source = Sqlite.openReadOnly(candidate, key)) {
            if (key == null) {
                Sqlite.backup(source, incoming);
            } else {
                // the online backup would write the copy without the key; VACUUM INTO keeps the copy's cipher
                Sqlite.vacuumInto(source, incoming);
            }
        } catch (SQLException | RuntimeException e) {
            Files.deleteIfExists(incoming);
            throw e;
        }
        try {
            if (passphrase != null && key == null) {
                // a plain copy restored into an encrypted journal takes the journal's passphrase
                Cipher.rekey(incoming, null, passphrase);
            }
            try (Connection source = Sqlite.openReadOnly(candidate, key)) {
                verify(source, incoming);
            }
        } catch (SQLException | RuntimeException e) {
            Files.deleteIfExists(incoming);
            throw e;
        }
    }

    /**
     * Moves the prepared copy in place of the journal in one atomic rename, so the journal file is at every moment
     * either the old journal or the new one. Call only after the journal's connection was closed (which checkpoints
     * and removes its write-ahead log). A log still there belongs to the old journal and would be replayed onto the
     * new one, so it is set aside first, under a name saying when.
     */
    void putInPlace() throws IOException {
        Path incoming = files.sidecar(".restoring");
        if (!Files.isRegularFile(incoming)) {
            throw new IOException("no prepared copy at " + incoming);
        }
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path wal = files.sidecar("-wal");
        if (Files.exists(wal)) {
            Files.move(wal, files.dataDir().resolve("journal.db-wal.replaced-" + stamp));
        }
        Files.deleteIfExists(files.sidecar("-shm"));
        moveIntoPlace(incoming, files.database());
        syncFolder(files.dataDir());
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
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the system allows a folder to be synced; elsewhere it is skipped. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every system can sync a folder; the rename is still atomic
        }
    }
}
