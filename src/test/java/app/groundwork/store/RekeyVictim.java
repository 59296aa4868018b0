package app.groundwork.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a process of its own by {@link RekeyCrashTest}: opens the journal in {@code args[0]} with the passphrase
 * {@code args[1]} ("-" for none), starts changing it to {@code args[2]} ("-" for none), and stops the whole process
 * dead, as a power cut would, when the change reaches the step {@code args[3]}.
 */
public final class RekeyVictim {
    /** The exit status of a process stopped on purpose. */
    static final int HALTED = 77;

    private RekeyVictim() {
    }

    public static void main(String[] args) throws Exception {
        String from = "-".equals(args[1]) ? null : args[1];
        String to = "-".equals(args[2]) ? null : args[2];
        String haltAt = args[3];
        Database database = Database.open(Path.of(args[0]), Runnable::run, Clock.systemUTC(), from);
        database.rekey(to, step -> {
            if (step.equals(haltAt)) {
                Runtime.getRuntime().halt(HALTED);
            }
        });
        Runtime.getRuntime().halt(0);
    }
}
