package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.domain.ExperimentResult;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalMark;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.Prediction;
import app.groundwork.domain.Recurrence;
import app.groundwork.domain.Saved;
import app.groundwork.io.EntryJson;
import app.groundwork.service.GoalService;
import java.io.PrintWriter;
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
 * {@code groundwork experiment}: a step that tests a fear. {@code add} writes down the fear and how uncomfortable it
 * is expected to be; {@code close} keeps how it really was beside it, so the two can be compared.
 */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Test a fear with a small step: predict how uncomfortable it will be, then compare.",
        subcommands = {ExperimentCommand.Add.class, ExperimentCommand.Close.class})
final class ExperimentCommand implements Runnable {
    @ParentCommand
    GroundworkCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Messages.get("cli.experiment.subcommand"));
    }

    /** {@code experiment add TITLE --category C --size N --fear TEXT --predicted N}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Set an experiment, with what you fear and how uncomfortable you expect it to be.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        ExperimentCommand experiment;

        @Spec
        CommandSpec spec;

        @Mixin
        GoalCommand.StepOptions step;

        @Option(names = "--fear", required = true, paramLabel = "TEXT", description = "What you fear will happen.")
        String fear;

        @Option(names = "--predicted", required = true, paramLabel = "0-100", description = "How uncomfortable you expect it to be, 0 to 100.")
        int predicted;

        @Override
        public Integer call() {
            GoalCommand.add(experiment.root.resolvedDataDir(), spec, step.plan(Recurrence.NONE, new Prediction(fear, predicted)),
                    step.json, "cli.experiment.added");
            return 0;
        }
    }

    /** {@code experiment close ID --actual N}: how it really went, kept today beside the prediction. */
    @Command(name = "close", mixinStandardHelpOptions = true, description = "Close an experiment today with how uncomfortable it really was.")
    static final class Close implements Callable<Integer> {
        @ParentCommand
        ExperimentCommand experiment;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The experiment's number, as goal list shows it.")
        long id;

        @Option(names = "--actual", required = true, paramLabel = "0-100", description = "How uncomfortable it really was, 0 to 100.")
        int actual;

        @Option(names = "--happened", paramLabel = "TEXT", description = "What actually happened.")
        String happened;

        @Option(names = "--learned", paramLabel = "TEXT", description = "What you take from it.")
        String learned;

        @Option(names = "--partly", description = "Only part of it was done; that counts too.")
        boolean partly;

        @Option(names = "--note", paramLabel = "TEXT", description = "A few more words about it.")
        String note;

        @Option(names = "--json", description = "Print the outcome as JSON, as list --json shows it.")
        boolean json;

        @Override
        public Integer call() {
            try (JournalAccess access = JournalAccess.open(experiment.root.resolvedDataDir())) {
                GoalService goals = access.session().goals();
                Goal goal = JournalAccess.await(goals.find(id))
                        .orElseThrow(() -> CommandFailure.badInput(Messages.get("cli.goal.unknown", id)));
                if (!goal.experiment()) {
                    throw CommandFailure.badInput(Messages.get("cli.goal.notExperiment", id, goal.title()));
                }
                Saved<GoalMark> saved = JournalAccess.await(goals.closeExperiment(id,
                                new ExperimentResult(happened, actual, learned), partly, note))
                        .orElseThrow(() -> CommandFailure.badInput(Messages.get("cli.goal.unknown", id)));
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(EntryJson.writeSaved(GoalLines.entry(saved.entry()), saved.safety(),
                            EntryPrinter.trapNames(access.content())));
                } else {
                    out.println(closing(saved.entry()));
                }
                if (saved.safety().flagged()) {
                    SupportPrinter.print(access, experiment.root.resolvedDataDir(), spec.commandLine().getErr());
                }
            }
            return 0;
        }

        /** "Kept. It was 45 points less uncomfortable than you feared." */
        private static String closing(GoalMark mark) {
            String kept = Messages.get(mark.outcome() == GoalOutcome.PARTLY
                    ? "cli.experiment.keptPartly" : "cli.experiment.kept");
            int relief = mark.relief();
            String compared = relief > 0 ? Messages.get("cli.experiment.easier", relief)
                    : relief < 0 ? Messages.get("cli.experiment.harder", -relief)
                    : Messages.get("cli.experiment.asExpected");
            return kept + " " + compared;
        }
    }
}
