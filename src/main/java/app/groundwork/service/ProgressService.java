package app.groundwork.service;

import app.groundwork.domain.Bucket;
import app.groundwork.domain.DateRange;
import app.groundwork.domain.DatedText;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.ProgressData;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ResultChange;
import app.groundwork.domain.SavedAssessment;
import app.groundwork.domain.SelfTalkPoint;
import app.groundwork.insight.GoalInsights;
import app.groundwork.insight.ProgressInsights;
import app.groundwork.insight.ReframeInsights;
import app.groundwork.store.AssessmentRepository;
import app.groundwork.store.GoalRepository;
import app.groundwork.store.ProgressRepository;
import app.groundwork.store.ReframeRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * The figures of any range for the Progress screen, the {@code stats} command and the report, read in one go and
 * aggregated before anything is drawn: one value per day or period, never one per entry.
 */
public final class ProgressService {
    private final ProgressRepository progress;
    private final ReframeRepository reframes;
    private final GoalRepository goals;
    private final AssessmentRepository assessments;
    private final BiFunction<List<DatedText>, Bucket, List<SelfTalkPoint>> selfTalk;
    private final Clock clock;

    /** @param selfTalk the self-talk meter: the person's notes counted per period */
    ProgressService(ProgressRepository progress, ReframeRepository reframes, GoalRepository goals,
                    AssessmentRepository assessments, BiFunction<List<DatedText>, Bucket, List<SelfTalkPoint>> selfTalk,
                    Clock clock) {
        this.progress = progress;
        this.reframes = reframes;
        this.goals = goals;
        this.assessments = assessments;
        this.selfTalk = selfTalk;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** From the first day anything was written to today; just today for an empty journal. */
    public CompletableFuture<DateRange> allTime() {
        LocalDate today = today();
        return progress.firstDay().thenApply(first -> new DateRange(first.filter(day -> day.isBefore(today)).orElse(today), today));
    }

    /** Everything the range adds up to. */
    public CompletableFuture<ProgressData> load(DateRange range) {
        Bucket bucket = Bucket.forRange(range);
        LocalDate daysFrom = range.from().minusDays(ProgressInsights.ROLLING_DAYS - 1L);
        CompletableFuture<ProgressRepository.RangeFigures> figures = progress.figures(range, daysFrom);
        CompletableFuture<List<Reframe>> finished = reframes.finishedBetween(range.from(), range.to());
        CompletableFuture<GoalStats> goalStats = goals.marksBetween(range.from(), range.to())
                .thenCombine(goals.winsBetween(range.from(), range.to()),
                        (marks, own) -> GoalInsights.summarize(marks, own, range.from(), range.to()));
        Map<Instrument, CompletableFuture<List<SavedAssessment>>> histories = new EnumMap<>(Instrument.class);
        for (Instrument instrument : Instrument.values()) {
            histories.put(instrument, assessments.history(instrument));
        }
        CompletableFuture<?>[] all = new CompletableFuture<?>[histories.size() + 3];
        int next = 0;
        for (CompletableFuture<List<SavedAssessment>> history : histories.values()) {
            all[next++] = history;
        }
        all[next++] = figures;
        all[next++] = finished;
        all[next] = goalStats;
        return CompletableFuture.allOf(all).thenApply(done -> assemble(range, bucket, figures.join(), finished.join(),
                goalStats.join(), histories));
    }

    private ProgressData assemble(DateRange range, Bucket bucket, ProgressRepository.RangeFigures figures,
                                  List<Reframe> finished, GoalStats goalStats,
                                  Map<Instrument, CompletableFuture<List<SavedAssessment>>> histories) {
        List<DayValue> moodAll = new ArrayList<>();
        List<DayValue> selfTrustAll = new ArrayList<>();
        for (ProgressRepository.DayFigures day : figures.days()) {
            moodAll.add(new DayValue(day.date(), day.meanMood()));
            if (day.meanSelfTrust() != null) {
                selfTrustAll.add(new DayValue(day.date(), day.meanSelfTrust()));
            }
        }
        List<Map.Entry<LocalDate, String>> chosenTraps = figures.traps().stream()
                .map(trap -> (Map.Entry<LocalDate, String>) new AbstractMap.SimpleImmutableEntry<>(trap.date(), trap.trap()))
                .toList();
        Map<Instrument, List<ResultChange>> results = new EnumMap<>(Instrument.class);
        histories.forEach((instrument, history) -> {
            // changes are marked against the result before, even when that one is older than the range
            List<ResultChange> inRange = ResultChange.mark(history.join()).stream()
                    .filter(change -> range.contains(change.result().date()))
                    .toList();
            if (!inRange.isEmpty()) {
                results.put(instrument, inRange);
            }
        });
        return new ProgressData(range, bucket,
                inRange(moodAll, range), ProgressInsights.rolling(moodAll, range),
                inRange(selfTrustAll, range), ProgressInsights.rolling(selfTrustAll, range),
                figures.emotions(), figures.bodySignals(), ProgressInsights.perPeriod(chosenTraps, bucket),
                ReframeInsights.summarize(finished, range.from(), range.to()), ProgressInsights.drops(finished),
                goalStats, results, selfTalk.apply(figures.notes(), bucket), figures.entries());
    }

    private static List<DayValue> inRange(List<DayValue> days, DateRange range) {
        return days.stream().filter(day -> range.contains(day.date())).toList();
    }

}
