package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.content.Assessment;
import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.AssessmentScore;
import app.groundwork.domain.AssessmentScoring;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.SavedAssessment;
import app.groundwork.io.AssessmentJson;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code groundwork assess INSTRUMENT --answers A,B,...}: scores a self-assessment from its raw answers and, with
 * {@code --save}, keeps it in the journal. Without {@code --save} the journal is not opened at all.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Score a self-assessment from its answers; --save keeps it in your journal. "
                + "A score is information, not a diagnosis.")
final class AssessCommand implements Callable<Integer> {
    @ParentCommand
    GroundworkCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INSTRUMENT", converter = InstrumentConverter.class,
            description = "who5, phq9, gad7, rses or scssf.")
    Instrument instrument;

    @Option(names = "--answers", required = true, split = ",", paramLabel = "A,B,...", hideParamSyntax = true,
            converter = AnswerConverter.class,
            description = "Every answer in item order, as the number of the option chosen (who5 0-5, phq9 and gad7 0-3, "
                    + "rses 0-3 from strongly disagree to strongly agree, scssf 1-5).")
    List<Integer> answers;

    @Option(names = "--save", description = "Keep the result in your journal, dated now.")
    boolean save;

    @Option(names = "--json", description = "Print the result as one line of JSON.")
    boolean json;

    @Override
    public Integer call() {
        AssessmentScore score;
        try {
            score = AssessmentScoring.score(instrument, answers);
        } catch (InvalidEntryException refused) {
            throw CommandFailure.badInput(Messages.describe(refused.problems(), "; "));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!save) {
            ContentLibrary content = json && !score.safety().flagged() ? null : ContentLibrary.loadBundled();
            print(score, content, out);
            if (score.safety().flagged()) {
                SupportPrinter.print(content, root.resolvedDataDir(), spec.commandLine().getErr());
            }
            return 0;
        }
        try (JournalAccess access = JournalAccess.open(root.resolvedDataDir())) {
            SavedAssessment saved = JournalAccess.await(access.session().assessments().save(instrument, answers));
            print(saved.score(), access.content(), out);
            if (!json) {
                out.println(Messages.get("cli.assess.saved"));
            }
            if (saved.score().safety().flagged()) {
                SupportPrinter.print(access, root.resolvedDataDir(), spec.commandLine().getErr());
            }
        }
        return 0;
    }

    private void print(AssessmentScore score, ContentLibrary content, PrintWriter out) {
        if (json) {
            out.println(AssessmentJson.write(score));
            return;
        }
        Assessment wording = content.assessment(score.instrument());
        out.println(Messages.get("cli.assess.result", wording.shortName(), wording.scoreName(), score.formattedScore(),
                score.formattedHighestScore()));
        out.println(wording.resultFor(score).text());
    }

    /** Instrument ids, with a one-line reason naming the ids that exist. */
    static final class InstrumentConverter implements ITypeConverter<Instrument> {
        @Override
        public Instrument convert(String value) {
            return Instrument.fromId(value.strip()).orElseThrow(() -> new TypeConversionException(Messages.get(
                    "cli.assess.unknown", value,
                    Arrays.stream(Instrument.values()).map(Instrument::id).collect(Collectors.joining(", ")))));
        }
    }

    /** One answer: a whole number, spaces around it allowed. */
    static final class AnswerConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException(Messages.get("cli.assess.notNumber", value));
            }
        }
    }
}
