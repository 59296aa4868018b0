package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.demo.DemoGoals;
import app.groundwork.demo.DemoJournalGenerator;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.JournalQuery;
import app.groundwork.domain.TakenAssessment;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code groundwork demo}: writes a realistic demo journal into a folder of its own. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Write a realistic demo journal (ups, downs, slow recovery) into an empty folder.")
final class DemoCommand implements Callable<Integer> {
    static final int MOST_YEARS = 50;

    @ParentCommand
    GroundworkCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--years", required = true, paramLabel = "N", description = "How many years of entries, 1 to 50.")
    int years;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for the same journal every time (default 7).")
    long seed = 7;

    @Override
    public Integer call() {
        if (root.dataDir == null) {
            throw CommandFailure.badInput(Messages.get("cli.demo.needsDir"));
        }
        if (years < 1 || years > MOST_YEARS) {
            throw CommandFailure.badInput(Messages.get("cli.demo.years", years, MOST_YEARS));
        }
        Path dataDir = root.resolvedDataDir();
        try (JournalAccess access = JournalAccess.open(dataDir)) {
            if (!JournalAccess.await(access.session().journal().find(new JournalQuery(null, null, null, null, null, null, 1))).isEmpty()) {
                throw CommandFailure.badInput(Messages.get("cli.demo.notEmpty", dataDir));
            }
            DemoJournalGenerator generator = new DemoJournalGenerator(seed);
            List<CheckInContent> checkIns = generator.generate(access.session().checkIns().today(), years);
            int saved = JournalAccess.await(access.session().checkIns().saveAll(checkIns));
            List<TakenAssessment> assessments = generator.assessments(access.session().assessments().today(), years);
            int taken = JournalAccess.await(access.session().assessments().saveAll(assessments));
            int reframed = JournalAccess.await(access.session().reframes().saveAll(
                    generator.reframes(access.session().reframes().today(), years)));
            DemoGoals goals = generator.goals(access.session().goals().today(), years, access.content().goalIdeas());
            int outcomes = JournalAccess.await(access.session().goals().saveAll(goals.goals(), goals.outcomes(), goals.wins()));
            spec.commandLine().getOut().println(Messages.get("cli.demo.done", saved, taken, reframed, outcomes, years, dataDir));
        }
        return 0;
    }
}
