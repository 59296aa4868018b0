package app.groundwork.ui.common;

import app.groundwork.Messages;
import app.groundwork.domain.AssessmentSummary;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.GoalMark;
import app.groundwork.domain.HighlightedText;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeContent;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One journal entry in a list: time, mood (or an assessment's score), tags and the note (or the part of it that
 * matched, marked).
 */
public final class EntryCell extends ListCell<JournalEntry> {
    /** Long notes are cut in the list; the whole note is one click away. */
    private static final int EXCERPT_LENGTH = 220;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault());

    private final boolean showDate;

    public EntryCell(boolean showDate) {
        this.showDate = showDate;
        getStyleClass().add("entry-cell");
    }

    @Override
    protected void updateItem(JournalEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        String when = (showDate ? DAY.format(entry.date()) + " · " : "") + entry.time();
        Label time = new Label(when);
        time.getStyleClass().add("entry-time");
        HBox top = new HBox(10, time);
        top.setAlignment(Pos.CENTER_LEFT);
        if (entry.mood() != null) {
            Label mood = new Label(Messages.get("entry.mood", entry.mood()));
            mood.getStyleClass().add("entry-mood");
            top.getChildren().add(mood);
        }
        String summary = assessmentSummary(entry);
        if (!summary.isEmpty()) {
            Label assessment = new Label(summary);
            assessment.getStyleClass().addAll("entry-mood", "entry-assessment");
            top.getChildren().add(assessment);
        }
        String reframe = reframeSummary(entry);
        if (!reframe.isEmpty()) {
            Label kind = new Label(reframe);
            kind.getStyleClass().addAll("entry-mood", "entry-reframe");
            top.getChildren().add(kind);
        }
        String step = goalSummary(entry);
        if (!step.isEmpty()) {
            Label kind = new Label(step);
            kind.getStyleClass().addAll("entry-mood", "entry-goal");
            top.getChildren().add(kind);
        }
        String practice = practiceSummary(entry);
        if (!practice.isEmpty()) {
            Label kind = new Label(practice);
            kind.getStyleClass().addAll("entry-mood", "entry-practice");
            top.getChildren().add(kind);
        }
        if (entry.type() == EntryType.NOTE) {
            Label kind = new Label(Messages.get("entry.note"));
            kind.getStyleClass().addAll("entry-mood", "entry-plain-note");
            top.getChildren().add(kind);
        }
        if (!entry.tags().isEmpty()) {
            Label tags = new Label(entry.tags().stream().map(tag -> "#" + tag).collect(Collectors.joining(" ")));
            tags.getStyleClass().add("entry-tags");
            top.getChildren().add(tags);
        }
        TextFlow note = excerpt(entry.excerpt());
        note.getStyleClass().add("entry-note");
        VBox box = new VBox(4, top);
        GoalMark mark = entry.goal();
        if (mark != null) {
            Label title = new Label(mark.goal().title());
            title.getStyleClass().add("entry-step");
            title.setWrapText(true);
            title.prefWidthProperty().bind(box.prefWidthProperty());
            box.getChildren().add(title);
        }
        if (!entry.excerpt().text().isBlank() && (mark == null || !entry.excerpt().text().equals(mark.goal().title()))) {
            box.getChildren().add(note);
        }
        if (entry.reframe() != null && !entry.reframe().content().alternative().isBlank()) {
            Label answer = new Label(Messages.get("entry.reframe.answer", shorten(entry.reframe().content().alternative())));
            answer.getStyleClass().add("entry-answer");
            answer.setWrapText(true);
            answer.prefWidthProperty().bind(box.prefWidthProperty());
            box.getChildren().add(answer);
        }
        box.prefWidthProperty().bind(widthProperty().subtract(32));
        note.prefWidthProperty().bind(box.prefWidthProperty());
        setGraphic(box);
        setText(null);
        setAccessibleText(Messages.get("entry.accessible", when, entry.mood() != null ? Messages.get("entry.mood", entry.mood())
                        : !reframe.isEmpty() ? reframe : !step.isEmpty() ? step + ", " + entry.goal().goal().title()
                        : !practice.isEmpty() ? practice
                        : entry.type() == EntryType.NOTE ? Messages.get("entry.note") : summary,
                entry.excerpt().text()));
    }

    /** "WHO-5 · 64 of 100" for an assessment; empty for other kinds. */
    static String assessmentSummary(JournalEntry entry) {
        AssessmentSummary assessment = entry.assessment();
        if (assessment == null) {
            return "";
        }
        return Messages.get("entry.assessment", assessment.instrument().shortName(),
                assessment.formattedScore(Locale.getDefault()), assessment.formattedHighestScore());
    }

    /**
     * "Step · done" for a goal outcome, "Experiment · done · feared 80, felt 35" for an experiment carried out; empty
     * for other kinds.
     */
    static String goalSummary(JournalEntry entry) {
        GoalMark mark = entry.goal();
        if (mark == null) {
            return "";
        }
        String outcome = Messages.get("entry.goal.outcome." + mark.outcome().id());
        if (!mark.goal().experiment()) {
            return Messages.get("entry.goal", outcome);
        }
        return mark.result() == null ? Messages.get("entry.goal.experiment", outcome)
                : Messages.get("entry.goal.experimentResult", outcome, mark.goal().plan().prediction().discomfort(),
                mark.result().discomfort());
    }

    /** "Weekly review · week of 9 March" for a weekly review's answer, "Practice" for another practice; empty otherwise. */
    static String practiceSummary(JournalEntry entry) {
        PracticeResponse response = entry.practice();
        if (response == null) {
            return "";
        }
        if (response.weeklyReview() && response.weekOf() != null) {
            return Messages.get("entry.practice.weeklyReview", DateTimeFormatter.ofPattern("d MMMM", Locale.getDefault()).format(response.weekOf()));
        }
        return Messages.get("entry.practice");
    }

    /** "Reframe · belief 90 → 35" for a finished thought record, "Reframe · in progress" for one left open. */
    static String reframeSummary(JournalEntry entry) {
        Reframe record = entry.reframe();
        if (record == null) {
            return "";
        }
        if (!record.finished()) {
            return Messages.get("entry.reframe.open");
        }
        ReframeContent c = record.content();
        return c.beliefBefore() != null && c.beliefAfter() != null
                ? Messages.get("entry.reframe.belief", c.beliefBefore(), c.beliefAfter())
                : Messages.get("entry.reframe");
    }

    private static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > EXCERPT_LENGTH ? flat.substring(0, EXCERPT_LENGTH) + "…" : flat;
    }

    private static TextFlow excerpt(HighlightedText text) {
        TextFlow flow = new TextFlow();
        int budget = EXCERPT_LENGTH;
        for (HighlightedText.Run run : text.runs()) {
            if (budget <= 0) {
                break;
            }
            String shown = run.text().length() > budget ? run.text().substring(0, budget) + "…" : run.text();
            budget -= shown.length();
            Text piece = new Text(shown.replace('\n', ' '));
            piece.getStyleClass().add(run.match() ? "match" : "plain");
            flow.getChildren().add(piece);
        }
        return flow;
    }
}
