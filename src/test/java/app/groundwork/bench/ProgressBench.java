package app.groundwork.bench;

import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.DateRange;
import app.groundwork.domain.ProgressData;
import app.groundwork.service.JournalOpener;
import app.groundwork.service.JournalSession;
import app.groundwork.service.OpenOutcome;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Progress benchmark: how long the figures of a whole journal take to be ready for the charts, from asking to
 * having every chart's aggregated data, measured on a journal thread as the app runs it. Usage (after
 * {@code mvn verify}): {@code bench/progress.sh}, or {@code java -cp … app.groundwork.bench.ProgressBench DIR [RUNS]}.
 */
public final class ProgressBench {
    private static final int WARM_UP = 15;

    private ProgressBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        ExecutorService journalThread = Executors.newSingleThreadExecutor();
        OpenOutcome outcome = new JournalOpener(ContentLibrary.loadBundled(), Clock.systemDefaultZone())
                .openHere(dataDir, journalThread);
        if (!(outcome instanceof OpenOutcome.Opened opened)) {
            throw new IllegalStateException("the journal could not be opened: " + outcome);
        }
        try (JournalSession session = opened.session()) {
            DateRange all = session.progress().allTime().join();
            DateRange year = new DateRange(all.to().minusDays(364), all.to());
            report("everything (" + all.days() + " days)", session, all, runs);
            report("the last year", session, year, runs);
        } finally {
            journalThread.shutdown();
        }
    }

    private static void report(String label, JournalSession session, DateRange range, int runs) {
        ProgressData data = null;
        for (int i = 0; i < WARM_UP; i++) {
            data = session.progress().load(range).join();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            data = session.progress().load(range).join();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        System.out.printf("%s: median %.1f ms, p95 %.1f ms, best %.1f ms over %d runs (%d days of mood, %d reframes, "
                        + "%d goal weeks, %d self-talk periods)%n", label, times.get(times.size() / 2),
                times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(0), runs, data.mood().size(),
                data.reframes().done(), data.goals().doneByWeek().size(), data.selfTalk().size());
    }
}
