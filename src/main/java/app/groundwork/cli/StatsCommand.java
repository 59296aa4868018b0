package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.DateRange;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.NamedCount;
import app.groundwork.domain.Numbers;
import app.groundwork.domain.ProgressData;
import app.groundwork.domain.TrapStats;
import app.groundwork.io.StatsJson;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code groundwork stats}: a period in figures — mood and self-trust (mean and how they moved), entries of each kind,
 * the emotions named most, the thinking traps worked on most, and wins. Without dates: from the first entry to today.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Show a period in figures: mood, self-trust, entries, emotions, traps, wins.")
final class StatsCommand implements Callable<Integer> {
    /** How many emotions and traps are listed. */
    static final int TOP = 5;

    @ParentCommand
    GroundworkCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day, inclusive (default: the first entry).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, inclusive (default: today).")
    LocalDate to;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (from != null && to != null && from.isAfter(to)) {
            throw CommandFailure.badInput(Messages.get("cli.list.order", from, to));
        }
        try (JournalAccess access = JournalAccess.open(root.resolvedDataDir())) {
            DateRange all = JournalAccess.await(access.session().progress().allTime());
            LocalDate last = to != null ? to : all.to();
            LocalDate first = from != null ? from : all.from().isAfter(last) ? last : all.from();
            ProgressData data = JournalAccess.await(access.session().progress().load(new DateRange(first, last)));
            StatsJson.Stats stats = stats(data, access.content());
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? StatsJson.write(stats) : StatsLines.text(stats));
        }
        return 0;
    }

    static StatsJson.Stats stats(ProgressData data, ContentLibrary content) {
        Map<String, Integer> entries = new LinkedHashMap<>();
        for (EntryType type : EntryType.values()) {
            entries.put(type.id(), data.entries().getOrDefault(type, 0));
        }
        List<StatsJson.Emotion> emotions = data.emotions().stream().limit(TOP)
                .map(emotion -> new StatsJson.Emotion(emotion.id(), emotionName(emotion, content), emotion.custom(),
                        emotion.count(), round(emotion.meanIntensity())))
                .toList();
        List<StatsJson.Trap> traps = data.reframes().mostFrequent(TOP).stream()
                .map(trap -> new StatsJson.Trap(trap.trap(), trapName(trap, content), trap.custom(), trap.count(),
                        round(trap.meanBeliefDrop()), round(trap.meanDistressDrop())))
                .toList();
        return new StatsJson.Stats(data.range().from().toString(), data.range().to().toString(), data.range().days(),
                scale(data.mood(), data.moodRolling()), scale(data.selfTrust(), data.selfTrustRolling()), entries, emotions,
                traps, data.goals().wins(), round(data.goals().meanRelief()));
    }

    /** The mean of the daily means, and the trailing mean on the first and last day with one; null without days. */
    static StatsJson.Scale scale(List<DayValue> daily, List<DayValue> rolling) {
        if (daily.isEmpty() || rolling.isEmpty()) {
            return null;
        }
        double mean = Numbers.mean(daily, DayValue::value).orElse(0);
        double start = rolling.get(0).value();
        double end = rolling.get(rolling.size() - 1).value();
        return new StatsJson.Scale(round(mean), daily.size(), round(start), round(end), round(end - start));
    }

    private static String emotionName(NamedCount emotion, ContentLibrary content) {
        return emotion.custom() ? emotion.id()
                : content.emotions().stream().filter(known -> known.id().equals(emotion.id())).map(known -> known.label())
                .findFirst().orElse(emotion.id());
    }

    private static String trapName(TrapStats trap, ContentLibrary content) {
        return trap.custom() ? trap.trap() : content.thinkingTrap(trap.trap()).map(found -> found.name()).orElse(trap.trap());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static Double round(Double value) {
        return value == null ? null : round(value.doubleValue());
    }

    private static Double round(OptionalDouble value) {
        return value.isPresent() ? round(value.getAsDouble()) : null;
    }

    /** The figures as a few lines for a terminal. */
    static final class StatsLines {
        private StatsLines() {
        }

        static String text(StatsJson.Stats stats) {
            StringBuilder out = new StringBuilder(Messages.get("cli.stats.period", stats.from(), stats.to(), stats.days()));
            out.append('\n').append(scaleLine("cli.stats.mood", stats.mood()));
            out.append('\n').append(scaleLine("cli.stats.selfTrust", stats.selfTrust()));
            out.append('\n').append(Messages.get("cli.stats.entries", stats.entries().get("checkin"), stats.entries().get("reframe"),
                    stats.entries().get("goal"), stats.entries().get("assessment"), stats.entries().get("practice")));
            if (!stats.emotions().isEmpty()) {
                out.append('\n').append(Messages.get("cli.stats.emotions", String.join(", ", stats.emotions().stream()
                        .map(emotion -> Messages.get("cli.stats.named", emotion.name(), emotion.count())).toList())));
            }
            if (!stats.traps().isEmpty()) {
                out.append('\n').append(Messages.get("cli.stats.traps", String.join(", ", stats.traps().stream()
                        .map(trap -> Messages.get("cli.stats.named", trap.name(), trap.count())).toList())));
            }
            out.append('\n').append(Messages.get("cli.stats.wins", stats.wins()));
            return out.toString();
        }

        private static String scaleLine(String key, StatsJson.Scale scale) {
            if (scale == null) {
                return Messages.get(key + ".none");
            }
            return Messages.get(key, format(scale.mean()), scale.days(), format(scale.start()), format(scale.end()));
        }

        private static String format(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }
}
