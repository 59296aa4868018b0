package app.groundwork.insight;

import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.ReframeStats;
import app.groundwork.domain.TrapChoice;
import app.groundwork.domain.TrapStats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * Sums up the thought records of a period: how many were finished, how much they eased feelings and belief in the old
 * thought, and which thinking traps came up most. Only finished records count; one still in progress has not had its
 * re-rating yet. A thought believed more at the end counts honestly, as a negative drop.
 */
public final class ReframeInsights {
    /** Oldest first, so "the first spelling" of a trap the person named is the one they wrote first. */
    private static final Comparator<Reframe> WRITTEN_ORDER = Comparator.comparing(Reframe::date)
            .thenComparing(Reframe::time).thenComparingLong(Reframe::id);

    private ReframeInsights() {
    }

    /**
     * The figures for the finished records dated {@code from} to {@code to}, both inclusive. A record without both
     * ratings of a kind counts towards {@code done} but not towards that mean; a mean of nothing is empty.
     *
     * <p>Traps are counted once per record. Catalogue traps are keyed by their id; traps the person named are keyed
     * by their name ignoring case and surrounding spaces, showing the spelling of the oldest record.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public static ReframeStats summarize(List<Reframe> reframes, LocalDate from, LocalDate to) {
        Objects.requireNonNull(reframes, "reframes");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + " to " + to);
        }
        List<Reframe> counted = reframes.stream()
                .filter(Reframe::finished)
                .filter(reframe -> !reframe.date().isBefore(from) && !reframe.date().isAfter(to))
                .sorted(WRITTEN_ORDER)
                .toList();
        Map<TrapKey, TrapTally> perTrap = new LinkedHashMap<>();
        for (Reframe reframe : counted) {
            Set<TrapKey> chosen = new LinkedHashSet<>();
            for (TrapChoice choice : reframe.content().traps()) {
                if (choice.trap().isBlank()) {
                    continue;
                }
                TrapKey key = TrapKey.of(choice);
                if (chosen.add(key)) {
                    perTrap.computeIfAbsent(key, k -> new TrapTally(choice.custom() ? choice.trap().strip() : choice.trap()))
                            .records.add(reframe.content());
                }
            }
        }
        List<TrapStats> trapStats = new ArrayList<>();
        perTrap.forEach((key, tally) -> trapStats.add(new TrapStats(tally.shownName, key.custom(), tally.records.size(),
                mean(tally.records, ReframeContent::distressDrop), mean(tally.records, ReframeContent::beliefDrop))));
        List<ReframeContent> contents = counted.stream().map(Reframe::content).toList();
        return new ReframeStats(from, to, counted.size(), mean(contents, ReframeContent::distressDrop),
                mean(contents, ReframeContent::beliefDrop), trapStats);
    }

    private static OptionalDouble mean(List<ReframeContent> contents, Function<ReframeContent, OptionalDouble> drop) {
        double sum = 0;
        int count = 0;
        for (ReframeContent content : contents) {
            OptionalDouble value = drop.apply(content);
            if (value.isPresent()) {
                sum += value.getAsDouble();
                count++;
            }
        }
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
    }

    /** A catalogue id as it is; a named trap by its name folded to lower case, so "Replaying" and "replaying" meet. */
    private record TrapKey(String name, boolean custom) {
        static TrapKey of(TrapChoice choice) {
            return choice.custom()
                    ? new TrapKey(choice.trap().strip().toLowerCase(Locale.ROOT), true)
                    : new TrapKey(choice.trap(), false);
        }
    }

    private static final class TrapTally {
        private final String shownName;
        private final List<ReframeContent> records = new ArrayList<>();

        TrapTally(String shownName) {
            this.shownName = shownName;
        }
    }
}
