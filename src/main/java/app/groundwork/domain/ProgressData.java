package app.groundwork.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the Progress screen, the {@code stats} command and the report show for one range, already aggregated:
 * at most one value per day or period, never one per entry.
 *
 * @param bucket           the period the "over time" figures are counted in
 * @param mood             each day's mean mood (1–10), days with a check-in only, oldest first
 * @param moodRolling      the trailing 7-day mean of the daily means, on each day with a check-in
 * @param selfTrust        each day's mean self-trust (0–10), days where it was given
 * @param selfTrustRolling the trailing 7-day mean of self-trust
 * @param emotions         the emotions named in check-ins, most often named first, with their mean intensity
 * @param bodySignals      the body signals noted in check-ins, most often first
 * @param traps            thinking traps chosen in finished thought records, per period and trap (catalogue id, or
 *                         the person's own name)
 * @param reframes         the thought records' figures for the range (done, mean drops, per trap)
 * @param reframeDrops     each finished record's drops, oldest first
 * @param goals            the goals' figures for the range
 * @param assessments      each instrument's results in the range, oldest first, meaningful changes marked
 * @param selfTalk         the self-talk meter per period, periods with notes only
 * @param entries          how many entries of each kind the range holds
 */
public record ProgressData(DateRange range, Bucket bucket, List<DayValue> mood, List<DayValue> moodRolling,
                           List<DayValue> selfTrust, List<DayValue> selfTrustRolling, List<NamedCount> emotions,
                           List<NamedCount> bodySignals, List<PeriodCount> traps, ReframeStats reframes,
                           List<ReframeDrop> reframeDrops, GoalStats goals, Map<Instrument, List<ResultChange>> assessments,
                           List<SelfTalkPoint> selfTalk, Map<EntryType, Integer> entries) {
    public ProgressData {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(bucket, "bucket");
        mood = List.copyOf(mood);
        moodRolling = List.copyOf(moodRolling);
        selfTrust = List.copyOf(selfTrust);
        selfTrustRolling = List.copyOf(selfTrustRolling);
        emotions = List.copyOf(emotions);
        bodySignals = List.copyOf(bodySignals);
        traps = List.copyOf(traps);
        Objects.requireNonNull(reframes, "reframes");
        reframeDrops = List.copyOf(reframeDrops);
        Objects.requireNonNull(goals, "goals");
        assessments = Map.copyOf(assessments);
        selfTalk = List.copyOf(selfTalk);
        entries = Map.copyOf(entries);
    }

    /** Whether the range holds nothing to chart at all (a fresh journal, or a quiet stretch). */
    public boolean empty() {
        return entries.values().stream().allMatch(count -> count == 0);
    }
}
