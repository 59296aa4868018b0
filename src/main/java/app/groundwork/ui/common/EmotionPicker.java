package app.groundwork.ui.common;

import app.groundwork.Messages;
import app.groundwork.content.Emotion;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Emotion chips, a strength slider (0–100) for each one chosen, and a field for an emotion in the person's own words.
 * The check-in and the thought record rate feelings the same way, so they share this.
 */
public final class EmotionPicker extends VBox {
    /** What the picker asks of the form it belongs to. */
    public interface Choices {
        ObservableList<EmotionChoice> chosen();

        boolean has(String id);

        void toggle(String id);

        /** Adds an emotion in the person's own words; false (with the form saying why) when it cannot be added. */
        boolean addOwn(String word);

        void remove(EmotionChoice choice);
    }

    /**
     * @param idPrefix put before every control id ({@code emotion-shame}, {@code custom-emotion}), so two pickers
     *                 on one screen stay apart
     */
    public EmotionPicker(String idPrefix, List<Emotion> known, Choices choices) {
        super(8);
        FlowPane chips = new FlowPane(6, 6);
        chips.setId(idPrefix + "emotion-chips");
        String chipPrefix = idPrefix + "emotion-";
        for (Emotion emotion : known) {
            ToggleButton chip = Ui.chip(emotion.label(), Messages.get("checkin.emotion.accessible", emotion.label()));
            chip.setId(chipPrefix + emotion.id());
            chip.getStyleClass().add(emotion.tone());
            chip.setOnAction(event -> choices.toggle(emotion.id()));
            chips.getChildren().add(chip);
        }
        VBox sliders = new VBox(6);
        sliders.getStyleClass().add("intensity-list");
        Predicate<Node> isChosen = node -> choices.has(node.getId().substring(chipPrefix.length()));
        Runnable refresh = () -> {
            chips.getChildren().forEach(node -> ((ToggleButton) node).setSelected(isChosen.test(node)));
            List<Node> rows = new ArrayList<>();
            for (EmotionChoice choice : choices.chosen()) {
                rows.add(intensityRow(choice, choices::remove));
            }
            sliders.getChildren().setAll(rows);
        };
        choices.chosen().addListener((ListChangeListener<EmotionChoice>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            }
            if (structural) {
                refresh.run();
            }
        });
        refresh.run();
        TextField own = new TextField();
        own.setId(idPrefix + "custom-emotion");
        own.setPromptText(Messages.get("checkin.emotion.ownPrompt"));
        own.setPrefColumnCount(22);
        own.setAccessibleText(Messages.get("checkin.emotion.ownPrompt"));
        Button add = new Button(Messages.get("checkin.add"));
        Runnable addOwn = () -> {
            if (choices.addOwn(own.getText())) {
                own.clear();
            }
        };
        add.setOnAction(event -> addOwn.run());
        own.setOnAction(event -> addOwn.run());
        getChildren().addAll(chips, sliders, new HBox(8, own, add));
    }

    private static Node intensityRow(EmotionChoice choice, Consumer<EmotionChoice> remove) {
        Label name = new Label(choice.label());
        name.getStyleClass().add("intensity-name");
        name.setMinWidth(140);
        Slider slider = new Slider(0, 100, choice.intensityProperty().get());
        slider.setBlockIncrement(5);
        slider.setMajorTickUnit(25);
        slider.setAccessibleText(Messages.get("checkin.intensity.accessible", choice.label()));
        slider.valueProperty().addListener((obs, old, value) -> choice.intensityProperty().set((int) Math.round(value.doubleValue())));
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label value = new Label();
        value.setMinWidth(36);
        value.textProperty().bind(choice.intensityProperty().asString());
        Button removeButton = new Button("✕");
        removeButton.getStyleClass().addAll("flat", "small");
        removeButton.setAccessibleText(Messages.get("checkin.remove.accessible", choice.label()));
        removeButton.setOnAction(event -> remove.accept(choice));
        HBox row = new HBox(10, name, slider, value, removeButton);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
