package app.groundwork.service;

import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The journal's optional passphrase: set it (the whole file, its write-ahead log and its backups are encrypted from
 * then on), change it, or remove it. Changing or removing asks for the current one again. A passphrase that is refused
 * fails the future with {@link InvalidEntryException} and the journal is unchanged. There is no way back into an
 * encrypted journal without its passphrase, which is why the screens say so before one is set.
 */
public final class PassphraseService {
    /** The fewest characters a passphrase may have. */
    public static final int SHORTEST = 8;

    private final Database database;

    PassphraseService(Database database) {
        this.database = database;
    }

    /** Whether the journal is encrypted now. */
    public CompletableFuture<Boolean> isSet() {
        return database.isEncrypted();
    }

    /** Encrypts a plain journal with {@code passphrase}, typed twice. */
    public CompletableFuture<Void> set(String passphrase, String repeated) {
        List<FieldProblem> problems = new ArrayList<>();
        checkNew(passphrase, repeated, "passphrase", problems);
        if (!problems.isEmpty()) {
            return CompletableFuture.failedFuture(new InvalidEntryException(problems));
        }
        return database.isEncrypted().thenCompose(encrypted -> encrypted
                ? CompletableFuture.failedFuture(new InvalidEntryException(
                        List.of(FieldProblem.of("passphrase", "problem.passphrase.alreadySet"))))
                : database.changePassphrase(passphrase));
    }

    /** Changes the passphrase, after the current one is given again. */
    public CompletableFuture<Void> change(String current, String passphrase, String repeated) {
        List<FieldProblem> problems = new ArrayList<>();
        checkNew(passphrase, repeated, "passphrase", problems);
        if (!problems.isEmpty()) {
            return CompletableFuture.failedFuture(new InvalidEntryException(problems));
        }
        return whenCurrent(current).thenCompose(ignored -> database.changePassphrase(passphrase));
    }

    /** Makes the journal plain again, after the current passphrase is given again. */
    public CompletableFuture<Void> remove(String current) {
        return whenCurrent(current).thenCompose(ignored -> database.changePassphrase(null));
    }

    private CompletableFuture<Void> whenCurrent(String current) {
        return database.passphraseIs(current).thenCompose(fits -> fits
                ? CompletableFuture.<Void>completedFuture(null)
                : CompletableFuture.failedFuture(new InvalidEntryException(
                        List.of(FieldProblem.of("current", "problem.passphrase.current")))));
    }

    /** What is wrong with a new passphrase: too short, only spaces, or the two typings differ. */
    public static void checkNew(String passphrase, String repeated, String field, List<FieldProblem> problems) {
        String typed = passphrase == null ? "" : passphrase;
        if (typed.isBlank() || typed.codePointCount(0, typed.length()) < SHORTEST) {
            problems.add(FieldProblem.of(field, "problem.passphrase.short", SHORTEST));
        } else if (!typed.equals(repeated)) {
            problems.add(FieldProblem.of("repeated", "problem.passphrase.differs"));
        }
    }
}
