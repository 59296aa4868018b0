package app.groundwork.ui.goals;

import app.groundwork.Messages;
import app.groundwork.domain.DueGoal;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalOutcome;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One step on a day's list, with its outcome marked in place: Done, Partly or Skip, or, once marked, the outcome in
 * plain words and a way to change it. An experiment asks how it went instead of a bare "Done".
 */
public final class StepRow {
    /** What the row's buttons do. */
    public interface Actions {
        void mark(Goal goal, GoalOutcome outcome);

        void unmark(Goal goal);

        /** Opens the experiment's "after". */
        void close(Goal experiment);
    }

    private StepRow() {
    }

    public static Node of(DueGoal item, GoalWords words, Actions actions) {
        Goal goal = item.goal();
        String id = "step-" + goal.id();
        Label title = new Label(goal.title());
        title.getStyleClass().add("step-title");
        title.setWrapText(true);
        Label meta = new Label(words.meta(goal));
        meta.getStyleClass().addAll("muted", "small");
        meta.setWrapText(true);
        VBox text = new VBox(2, title, meta);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);

        List<Node> controls = new ArrayList<>();
        if (item.marked()) {
            GoalOutcome outcome = item.mark().outcome();
            Label said = new Label(GoalWords.outcome(outcome));
            said.setId(id + "-outcome");
            said.getStyleClass().addAll("outcome-badge", "outcome-" + outcome.id());
            Button change = new Button(Messages.get("goals.step.change"));
            change.setId(id + "-undo");
            change.getStyleClass().add("flat");
            change.setAccessibleText(Messages.get("goals.step.change.accessible", goal.title()));
            change.setOnAction(event -> actions.unmark(goal));
            controls.add(said);
            controls.add(change);
        } else {
            if (goal.experiment()) {
                controls.add(button(id + "-close", "goals.step.howItWent", goal, "accent", () -> actions.close(goal)));
            } else {
                controls.add(button(id + "-done", "goals.step.done", goal, "accent", () -> actions.mark(goal, GoalOutcome.DONE)));
                controls.add(button(id + "-partly", "goals.step.partly", goal, null, () -> actions.mark(goal, GoalOutcome.PARTLY)));
            }
            controls.add(button(id + "-skip", "goals.step.skip", goal, "flat", () -> actions.mark(goal, GoalOutcome.SKIPPED)));
        }
        HBox buttons = new HBox(6);
        buttons.getChildren().addAll(controls);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, text, buttons);
        row.setId(id);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("step-row");
        return row;
    }

    private static Button button(String id, String key, Goal goal, String style, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (style != null) {
            button.getStyleClass().add(style);
        }
        button.setAccessibleText(Messages.get(key + ".accessible", goal.title()));
        button.setOnAction(event -> action.run());
        return button;
    }
}
