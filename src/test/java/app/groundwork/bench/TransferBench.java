package app.groundwork.bench;

import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.transfer.ExportFormat;
import app.groundwork.domain.transfer.ImportFormat;
import app.groundwork.domain.transfer.ImportResult;
import app.groundwork.service.JournalOpener;
import app.groundwork.service.JournalSession;
import app.groundwork.service.OpenOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The export and import benchmark: the whole journal written out as Groundwork JSON, restored into an empty journal,
 * and brought into the journal that already has all of it (everything skipped), each on a journal thread as the app
 * runs it. The first run of each is reported on its own (what a person meets once), then the median of the rest.
 * Usage (after {@code mvn verify}): {@code bench/transfer.sh}, or
 * {@code java -cp … app.groundwork.bench.TransferBench JOURNAL_DIR WORK_DIR [RUNS]}.
 */
public final class TransferBench {
    private TransferBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ContentLibrary content = ContentLibrary.loadBundled();
        ExecutorService journalThread = Executors.newSingleThreadExecutor();
        try {
            Path file = work.resolve("journal.json");
            List<Double> exports = new ArrayList<>();
            List<Double> merges = new ArrayList<>();
            try (JournalSession session = open(content, dataDir, journalThread)) {
                for (int i = 0; i <= runs; i++) {
                    long start = System.nanoTime();
                    session.exports().export(ExportFormat.JSON, file, null, null, false).join();
                    exports.add((System.nanoTime() - start) / 1e6);
                }
                for (int i = 0; i <= runs; i++) {
                    long start = System.nanoTime();
                    ImportResult result = session.imports().bringIn(file, ImportFormat.GROUNDWORK, Map.of()).join();
                    merges.add((System.nanoTime() - start) / 1e6);
                    if (result.imported().total() != 0) {
                        throw new IllegalStateException("a merge of the journal's own export added " + result.imported());
                    }
                }
            }
            List<Double> restores = new ArrayList<>();
            int entries = 0;
            for (int i = 0; i <= runs; i++) {
                try (JournalSession empty = open(content, work.resolve("restore-" + i), journalThread)) {
                    long start = System.nanoTime();
                    ImportResult result = empty.imports().bringIn(file, ImportFormat.GROUNDWORK, Map.of()).join();
                    restores.add((System.nanoTime() - start) / 1e6);
                    entries = result.imported().entries();
                }
            }
            System.out.printf("file: %.1f MB, %d entries%n", Files.size(file) / (1024.0 * 1024.0), entries);
            report("export (JSON, everything)", exports);
            report("import into an empty journal (restore)", restores);
            report("import into the same journal (merge, all skipped)", merges);
        } finally {
            journalThread.shutdown();
        }
    }

    private static JournalSession open(ContentLibrary content, Path dataDir, ExecutorService journalThread) throws Exception {
        OpenOutcome outcome = journalThread.submit(() -> new JournalOpener(content, Clock.systemDefaultZone())
                .openHere(dataDir, journalThread)).get();
        if (!(outcome instanceof OpenOutcome.Opened opened)) {
            throw new IllegalStateException("the journal could not be opened: " + outcome);
        }
        return opened.session();
    }

    private static void report(String label, List<Double> times) {
        double first = times.get(0);
        List<Double> rest = new ArrayList<>(times.subList(1, times.size()));
        Collections.sort(rest);
        System.out.printf("%s: first %.0f ms, then median %.0f ms, best %.0f ms over %d runs%n", label, first,
                rest.get(rest.size() / 2), rest.get(0), rest.size());
    }
}
