package app.groundwork.ui.common;

import app.groundwork.Messages;
import app.groundwork.domain.InvalidEntryException;
import java.util.concurrent.CompletionException;

/** Words for a failed background task that a person can act on; the details go to the log, not the screen. */
public final class Failures {
    private Failures() {
    }

    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** A refused entry names its fields; anything else says the journal could not be reached and nothing changed. */
    public static String describe(Throwable failure, String whatWasTried) {
        Throwable cause = unwrap(failure);
        if (cause instanceof InvalidEntryException invalid) {
            return Messages.describe(invalid.problems());
        }
        System.getLogger("groundwork").log(System.Logger.Level.WARNING, whatWasTried + " failed", cause);
        return Messages.get("error.journal", Messages.get(whatWasTried));
    }
}
