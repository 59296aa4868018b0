package app.groundwork.store;

import java.nio.file.Path;

/**
 * The journal is encrypted and was not opened: no passphrase was given, or the one given did not open it. The file was
 * not written to.
 */
public final class JournalPassphraseException extends StoreException {
    private final boolean passphraseGiven;

    public JournalPassphraseException(Path file, boolean passphraseGiven) {
        super(file, passphraseGiven ? "the passphrase does not open the journal " + file
                : "the journal " + file + " is locked with a passphrase", null);
        this.passphraseGiven = passphraseGiven;
    }

    /** True when a passphrase was tried and did not fit; false when none was given. */
    public boolean passphraseGiven() {
        return passphraseGiven;
    }
}
