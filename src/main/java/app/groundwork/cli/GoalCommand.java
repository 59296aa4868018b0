package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalMark;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.Prediction;
import app.groundwork.domain.Recurrence;
import app.groundwork.domain.Saved;
import app.groundwork.io.EntryJson;
import app.groundwork.io.GoalJson;
import app.groundwork.service.GoalService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code groundwork goal}: small steps set from the command line ({@code add}), what became of them on a day
 * ({@code done}, {@code skip}, {@code let-go}) and the list ({@code list}). Every outcome is kept for its own day; a
 * step not taken is skipped or let go, never missed.
 */
@Command(name = "goal", mixinStandardHelpOptions = true,
        description = "Set small steps and mark what became of them.",
        subcommands = {GoalCommand.Add.class, GoalCommand.Done.class, GoalCommand.Skip.class, GoalCommand.LetGo.class,
                GoalCommand.ListSteps.class})
final class GoalCommand implements Runnable {
    @ParentCommand
    GroundworkCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Messages.get("cli.goal.subcommand"));
    }

    Path dataDir() {
        return root.resolvedDataDir();
    }

    /** What every marking subcommand takes: the step, a few words, the day and the output form. */
    static final class MarkOptions {
        @Parameters(index = "0", paramLabel = "ID", description = "The step's number, as goal list shows it.")
        long id;

        @Option(names = "--note", paramLabel = "TEXT", description = "A few words about how it went, if you like.")
        String note;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default today; not in the future).")
        LocalDate date;

        @Option(names = "--json", description = "Print the outcome as JSON, as list --json shows it.")
        boolean json;
    }

    /**
     * Records {@code outcome} for the step the options name, on their day (today when none is given), and prints one
     * line, or the outcome as the entry JSON of {@code list --json}.
     */
    static void mark(Path dataDir, CommandSpec spec, MarkOptions options, GoalOutcome outcome) {
        long id = options.id;
        LocalDate date = options.date;
        String note = options.note;
        boolean json = options.json;
        try (JournalAccess access = JournalAccess.open(dataDir)) {
            GoalService goals = access.session().goals();
            LocalDate day = date != null ? date : goals.today();
            Saved<GoalMark> saved = JournalAccess.await(goals.mark(id, day, outcome, note))
                    .orElseThrow(() -> CommandFailure.badInput(Messages.get("cli.goal.unknown", id)));
            GoalMark mark = saved.entry();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(EntryJson.writeSaved(GoalLines.entry(mark), saved.safety(), EntryPrinter.trapNames(access.content())));
            } else {
                out.println(Messages.get(switch (outcome) {
                    case DONE -> "cli.goal.done";
                    case PARTLY -> "cli.goal.partly";
                    case SKIPPED -> "cli.goal.skipped";
                    case LET_GO -> "cli.goal.letGo";
                }, id, mark.date(), mark.goal().title()));
            }
            if (saved.safety().flagged()) {
                SupportPrinter.print(access, dataDir, spec.commandLine().getErr());
            }
        }
    }

    /** What setting a step takes, for {@code goal add} and {@code experiment add}. */
    static final class StepOptions {
        @Parameters(arity = "1..*", paramLabel = "TITLE", description = "The step, in a few words (quote it).")
        List<String> words = new ArrayList<>();

        @Option(names = "--category", required = true, paramLabel = "ID", converter = GoalLines.CategoryConverter.class,
                description = "self-care, movement, study, work, social, solo, boundaries or joy.")
        GoalCategory category;

        @Option(names = "--size", required = true, paramLabel = "1-5", description = "How big it feels, 1 (tiny) to 5 (a stretch).")
        int size;

        @Option(names = "--due", paramLabel = "YYYY-MM-DD", description = "The day a one-off step is meant for.")
        LocalDate due;

        @Option(names = "--note", paramLabel = "TEXT", description = "A few words to go with it.")
        String note;

        @Option(names = "--json", description = "Print the new step as JSON.")
        boolean json;

        GoalPlan plan(Recurrence repeat, Prediction prediction) {
            return new GoalPlan(String.join(" ", words).strip(), category, size, repeat, due, note, prediction, null);
        }
    }

    /**
     * Sets the step and prints it: one line from {@code messageKey} (id, title, and what it is), or the new goal as
     * JSON.
     */
    static void add(Path dataDir, CommandSpec spec, GoalPlan plan, boolean json, String messageKey) {
        try (JournalAccess access = JournalAccess.open(dataDir)) {
            Saved<Goal> saved = JournalAccess.await(access.session().goals().add(plan));
            Goal added = saved.entry();
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? GoalJson.savedGoal(added, saved.safety())
                    : Messages.get(messageKey, added.id(), added.title(), GoalLines.about(added, access.content().goalIdeas())));
            if (saved.safety().flagged()) {
                SupportPrinter.print(access, dataDir, spec.commandLine().getErr());
            }
        }
    }

    /** {@code goal add TITLE --category C --size N}: a new step, starting today. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Set a small step, starting today.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        GoalCommand goal;

        @Spec
        CommandSpec spec;

        @Mixin
        StepOptions step;

        @Option(names = "--repeat", paramLabel = "DAYS", converter = GoalLines.RepeatConverter.class,
                description = "Make it come round: daily, or weekdays such as mon,wed,fri.")
        Recurrence repeat;

        @Override
        public Integer call() {
            add(goal.dataDir(), spec, step.plan(repeat, null), step.json, "cli.goal.added");
            return 0;
        }
    }

    /** {@code goal done ID}: the step was taken, or with {@code --partly} part of it. */
    @Command(name = "done", mixinStandardHelpOptions = true, description = "Mark a step done (or partly done) for today or an earlier day.")
    static final class Done implements Callable<Integer> {
        @ParentCommand
        GoalCommand goal;

        @Spec
        CommandSpec spec;

        @Mixin
        MarkOptions options;

        @Option(names = "--partly", description = "Part of it was done; that counts too.")
        boolean partly;

        @Override
        public Integer call() {
            mark(goal.dataDir(), spec, options, partly ? GoalOutcome.PARTLY : GoalOutcome.DONE);
            return 0;
        }
    }

    /** {@code goal skip ID}: not this time; the step stays on the list. */
    @Command(name = "skip", mixinStandardHelpOptions = true, description = "Mark a step skipped for today or an earlier day; it stays on your list.")
    static final class Skip implements Callable<Integer> {
        @ParentCommand
        GoalCommand goal;

        @Spec
        CommandSpec spec;

        @Mixin
        MarkOptions options;

        @Override
        public Integer call() {
            mark(goal.dataDir(), spec, options, GoalOutcome.SKIPPED);
            return 0;
        }
    }

    /** {@code goal let-go ID}: the step leaves the list from that day on. */
    @Command(name = "let-go", mixinStandardHelpOptions = true, description = "Let a step go: it leaves your list from that day on.")
    static final class LetGo implements Callable<Integer> {
        @ParentCommand
        GoalCommand goal;

        @Spec
        CommandSpec spec;

        @Mixin
        MarkOptions options;

        @Override
        public Integer call() {
            mark(goal.dataDir(), spec, options, GoalOutcome.LET_GO);
            return 0;
        }
    }

    /** {@code goal list}: the steps on the list, in the order they were set; {@code --all} adds those that left it. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List your steps in the order they were set.")
    static final class ListSteps implements Callable<Integer> {
        @ParentCommand
        GoalCommand goal;

        @Spec
        CommandSpec spec;

        @Option(names = "--all", description = "Also the steps that left the list (done once, or let go).")
        boolean all;

        @Option(names = "--json", description = "Print one JSON array of steps.")
        boolean json;

        @Override
        public Integer call() {
            try (JournalAccess access = JournalAccess.open(goal.dataDir())) {
                GoalService goals = access.session().goals();
                List<Goal> shown = new ArrayList<>(JournalAccess.await(goals.open()));
                if (all) {
                    int days = (int) ChronoUnit.DAYS.between(GoalLines.BEGINNING, goals.today());
                    shown.addAll(JournalAccess.await(goals.endedLately(days)));
                    shown.sort(Comparator.comparing(Goal::createdOn).thenComparingLong(Goal::id));
                }
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(GoalJson.goals(shown));
                } else if (shown.isEmpty()) {
                    out.println(Messages.get(all ? "cli.goal.noneAll" : "cli.goal.none"));
                } else {
                    shown.forEach(step -> out.println(Messages.get("cli.goal.line", step.id(), step.title(),
                            GoalLines.about(step, access.content().goalIdeas()))));
                }
            }
            return 0;
        }
    }
}
