package app.groundwork.ui.assessments;

import app.groundwork.Messages;
import app.groundwork.content.AnswerOption;
import app.groundwork.content.Assessment;
import app.groundwork.ui.common.Ui;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The questions of one instrument in its own wording: the instruction, the stem, then each item numbered with its
 * answer options as a row of toggle buttons in the instrument's order. Each row is tied to the model's answer for
 * that item, so answers survive the form being hidden and shown again.
 */
final class QuestionForm extends VBox {
    private final List<ToggleButton> firstOptions = new ArrayList<>();

    QuestionForm(Assessment assessment, List<ObjectProperty<Integer>> answers) {
        super(18);
        getStyleClass().add("question-form");
        Label instruction = Ui.plain(assessment.instruction(), "instruction");
        getChildren().add(instruction);
        if (assessment.stem() != null && !assessment.stem().isBlank()) {
            getChildren().add(Ui.plain(assessment.stem(), "stem"));
        }
        for (int i = 0; i < assessment.items().size(); i++) {
            getChildren().add(item(assessment, i + 1, assessment.items().get(i), answers.get(i)));
        }
    }

    /** The first option of the first item, where keyboard focus starts. */
    ToggleButton firstOption() {
        return firstOptions.get(0);
    }

    private VBox item(Assessment assessment, int number, String text, ObjectProperty<Integer> answer) {
        Label question = Ui.plain(Messages.get("assessments.taking.item", number, text), "item-text");
        FlowPane options = new FlowPane(6, 6);
        options.getStyleClass().add("answer-options");
        options.setId(assessment.id() + "-item-" + number);
        options.setAccessibleText(Messages.get("assessments.taking.group.accessible", number, text));
        ToggleGroup group = new ToggleGroup();
        for (AnswerOption option : assessment.options()) {
            ToggleButton button = new ToggleButton(option.label());
            button.setUserData(option.value());
            button.setToggleGroup(group);
            button.getStyleClass().add("answer-option");
            button.setAccessibleText(Messages.get("assessments.taking.option.accessible", number, option.label()));
            button.setSelected(option.value().equals(answer.get()));
            options.getChildren().add(button);
        }
        firstOptions.add((ToggleButton) options.getChildren().get(0));
        group.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                answer.set((Integer) chosen.getUserData());
            } else if (answer.get() != null && old != null) {
                // choosing the chosen answer again keeps it: every item needs one, and a stray click should not lose it
                old.setSelected(true);
            }
        });
        answer.addListener((obs, old, value) -> {
            for (Toggle toggle : group.getToggles()) {
                toggle.setSelected(value != null && value.equals(toggle.getUserData()));
            }
        });
        question.setLabelFor(options);
        VBox item = new VBox(8, question, options);
        item.getStyleClass().add("question");
        return item;
    }
}
