package app.groundwork.bench;

import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.BackupInfo;
import app.groundwork.service.JournalOpener;
import app.groundwork.service.JournalSession;
import app.groundwork.service.OpenOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The backup benchmark: how long a verified copy of a whole journal takes, from asking to having the copy under its
 * final name (online backup, {@code integrity_check} of the copy, every table's rows counted in both), measured on a
 * journal thread as the app runs it; and how long the list of copies takes to read. Usage (after {@code mvn verify}):
 * {@code bench/backup.sh}, or {@code java -cp … app.groundwork.bench.BackupBench DIR [RUNS]}.
 */
public final class BackupBench {
    private static final int WARM_UP = 3;

    private BackupBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path out = Files.createTempDirectory("groundwork-backup-bench");
        ExecutorService journalThread = Executors.newSingleThreadExecutor();
        OpenOutcome outcome = new JournalOpener(ContentLibrary.loadBundled(), Clock.systemDefaultZone())
                .openHere(dataDir, journalThread);
        if (!(outcome instanceof OpenOutcome.Opened opened)) {
            throw new IllegalStateException("the journal could not be opened: " + outcome);
        }
        try (JournalSession session = opened.session()) {
            List<Double> copies = new ArrayList<>();
            BackupInfo copy = null;
            for (int i = 0; i < WARM_UP + runs; i++) {
                Path target = out.resolve("copy-" + i + ".db");
                long start = System.nanoTime();
                copy = session.backups().backUpTo(target).join();
                if (i >= WARM_UP) {
                    copies.add((System.nanoTime() - start) / 1e6);
                }
                Files.delete(target);
            }
            // as many copies as the rolling policy keeps at most (seven daily, four weekly), for the list to read
            for (int i = 0; i < 11; i++) {
                session.backups().backUpNow().join();
            }
            List<Double> listings = new ArrayList<>();
            for (int i = 0; i < WARM_UP + runs; i++) {
                long start = System.nanoTime();
                session.backups().list().join();
                if (i >= WARM_UP) {
                    listings.add((System.nanoTime() - start) / 1e6);
                }
            }
            System.out.printf("verified copy: %s (%.1f MB, %d entries)%n", figures(copies), copy.sizeBytes() / 1048576.0,
                    copy.entries().orElse(-1));
            System.out.printf("list of copies (%d copies): %s%n", session.backups().list().join().size(), figures(listings));
        } finally {
            journalThread.shutdown();
            Files.deleteIfExists(out);
        }
    }

    private static String figures(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return String.format("median %.0f ms, p95 %.0f ms, best %.0f ms over %d runs", sorted.get(sorted.size() / 2),
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)), sorted.get(0), sorted.size());
    }
}
