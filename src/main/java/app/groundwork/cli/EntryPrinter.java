package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.content.ContentLibrary;
import app.groundwork.content.Practice;
import app.groundwork.content.ThinkingTrap;
import app.groundwork.domain.GoalMark;
import app.groundwork.domain.HighlightedText;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.io.EntryJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Prints entries for people (one line each, matches in [brackets]) or as the JSON contract. */
final class EntryPrinter {
    private static final int LINE_NOTE = 100;

    private EntryPrinter() {
    }

    static void print(List<JournalEntry> entries, boolean json, ContentLibrary content, PrintWriter out) {
        if (json) {
            out.println(EntryJson.write(entries, trapNames(content)));
            return;
        }
        if (entries.isEmpty()) {
            out.println(Messages.get("cli.list.none"));
            return;
        }
        for (JournalEntry entry : entries) {
            StringBuilder line = new StringBuilder()
                    .append(entry.date()).append(' ').append(entry.time())
                    .append("  #").append(entry.id())
                    .append("  ").append(entry.type().id());
            if (entry.mood() != null) {
                line.append("  ").append(Messages.get("entry.mood", entry.mood()));
            }
            if (entry.assessment() != null) {
                line.append("  ").append(Messages.get("entry.assessment", entry.assessment().instrument().shortName(),
                        entry.assessment().formattedScore(), entry.assessment().formattedHighestScore()));
            }
            if (entry.goal() != null) {
                line.append("  ").append(goal(entry.goal()));
            }
            if (entry.practice() != null) {
                line.append("  ").append(practice(entry.practice(), content));
            }
            if (!entry.tags().isEmpty()) {
                line.append("  ").append(entry.tags().stream().map(tag -> "#" + tag).collect(Collectors.joining(" ")));
            }
            String note = excerpt(entry.excerpt());
            if (!note.isBlank()) {
                line.append("\n    ").append(note);
            }
            out.println(line);
        }
    }

    /** "Walk to the end of the street · done", with an experiment's expected and felt discomfort once it is closed. */
    private static String goal(GoalMark mark) {
        String line = Messages.get("cli.entry.goal", mark.goal().title(), GoalLines.outcome(mark.outcome()));
        if (mark.relief() != null) {
            line += " · " + Messages.get("cli.entry.experiment", mark.goal().plan().prediction().discomfort(),
                    mark.result().discomfort());
        }
        return line;
    }

    /** "Self-compassion letter", or "Self-compassion letter · under way" for a draft; the weekly review by its name. */
    private static String practice(PracticeResponse response, ContentLibrary content) {
        String title = response.weeklyReview() ? Messages.get("cli.entry.weeklyReview")
                : content.practice(response.practiceId()).map(Practice::title).orElse(response.practiceId());
        return response.finishedAt() == null ? Messages.get("cli.entry.practiceUnderWay", title) : title;
    }

    /** A catalogue trap's name from its id, for the JSON. */
    static Function<String, String> trapNames(ContentLibrary content) {
        return id -> content.thinkingTrap(id).map(ThinkingTrap::name).orElse(id);
    }

    private static String excerpt(HighlightedText text) {
        String marked = text.runs().stream()
                .map(run -> run.match() ? "[" + run.text() + "]" : run.text())
                .collect(Collectors.joining())
                .replaceAll("\\s+", " ")
                .strip();
        return marked.length() > LINE_NOTE ? marked.substring(0, LINE_NOTE) + "…" : marked;
    }
}
