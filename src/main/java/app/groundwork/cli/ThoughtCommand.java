package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.content.ContentLibrary;
import app.groundwork.content.ThinkingTrap;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeStep;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.Saved;
import app.groundwork.domain.TrapSuggestion;
import app.groundwork.insight.CrisisScreener;
import app.groundwork.insight.TrapSuggester;
import app.groundwork.io.ThoughtJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code groundwork thought TEXT}: which thinking traps the words of a thought may point to, and why, with the friend
 * test to answer it; {@code --save} begins a thought record with it, to continue in the app.
 */
@Command(name = "thought", mixinStandardHelpOptions = true,
        description = "Suggest thinking traps for an automatic thought and show the friend test.")
final class ThoughtCommand implements Callable<Integer> {
    @ParentCommand
    GroundworkCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "The thought, in the words it came in (quote it).")
    List<String> words = new ArrayList<>();

    @Option(names = "--save", description = "Begin a thought record with it, to continue in the app.")
    boolean save;

    @Option(names = "--json", description = "Print the suggestions as one line of JSON.")
    boolean json;

    @Override
    public Integer call() {
        String thought = String.join(" ", words);
        if (thought.isBlank()) {
            throw CommandFailure.badInput(Messages.get("cli.thought.empty"));
        }
        if (!save) {
            ContentLibrary content = ContentLibrary.loadBundled();
            SafetyCheck safety = new CrisisScreener(content.crisisLexicon()).screen(thought);
            print(content, new TrapSuggester(content).suggest(thought), safety, null);
            if (safety.flagged()) {
                SupportPrinter.print(content, root.resolvedDataDir(), spec.commandLine().getErr());
            }
            return 0;
        }
        try (JournalAccess access = JournalAccess.open(root.resolvedDataDir())) {
            Saved<Reframe> started = JournalAccess.await(access.session().reframes().start(thought));
            print(access.content(), access.session().reframes().suggest(thought), started.safety(), started.entry().id());
            if (started.safety().flagged()) {
                SupportPrinter.print(access, root.resolvedDataDir(), spec.commandLine().getErr());
            }
        }
        return 0;
    }

    private void print(ContentLibrary content, List<TrapSuggestion> suggestions, SafetyCheck safety, Long savedId) {
        PrintWriter out = spec.commandLine().getOut();
        String friendTest = content.reframeGuide().step(ReframeStep.FRIEND).prompt();
        List<ThoughtJson.Trap> traps = suggestions.stream()
                .map(suggestion -> new ThoughtJson.Trap(suggestion.trapId(), name(content, suggestion.trapId()),
                        suggestion.because()))
                .toList();
        if (json) {
            out.println(ThoughtJson.write(traps, friendTest, safety, savedId));
            return;
        }
        if (traps.isEmpty()) {
            out.println(Messages.get("cli.thought.none"));
        } else {
            out.println(Messages.get("cli.thought.traps"));
            for (ThoughtJson.Trap trap : traps) {
                String because = trap.because().stream().map(word -> Messages.get("reframe.quoted", word))
                        .collect(Collectors.joining(", "));
                out.println(Messages.get("cli.thought.trap", trap.name(), because));
                content.thinkingTrap(trap.id()).ifPresent(found -> out.println("    " + found.question()));
            }
        }
        out.println();
        out.println(Messages.get("cli.thought.friend", friendTest));
        if (savedId != null) {
            out.println();
            out.println(Messages.get("cli.thought.saved", savedId));
        }
    }

    private static String name(ContentLibrary content, String id) {
        return content.thinkingTrap(id).map(ThinkingTrap::name).orElse(id);
    }
}
