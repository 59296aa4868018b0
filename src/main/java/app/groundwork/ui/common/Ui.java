package app.groundwork.ui.common;

import app.groundwork.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.IntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Small builders the screens share, so every screen has the same rhythm of headings, sections and chips. */
public final class Ui {
    private Ui() {
    }

    public static Label text(String key, String... styleClasses) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        return label;
    }

    /** A wrapping label for text that is not a message key: the person's own words or content. */
    public static Label plain(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        return label;
    }

    public static Label heading(String key) {
        Label label = text(key, "screen-title");
        label.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        return label;
    }

    /** A titled block of the form: a heading, an optional hint below it, then the controls. */
    public static VBox section(String titleKey, String hintKey, Node... content) {
        VBox section = new VBox(8);
        section.getStyleClass().add("section");
        Label title = text(titleKey, "section-title");
        section.getChildren().add(title);
        if (hintKey != null) {
            section.getChildren().add(text(hintKey, "muted"));
        }
        section.getChildren().addAll(content);
        return section;
    }

    /**
     * A row of toggle buttons for a number scale; choosing the chosen number again clears it, so an optional
     * scale can be left empty.
     */
    public static FlowPane scale(int from, int to, ObjectProperty<Integer> value, IntFunction<String> accessibleText) {
        FlowPane row = new FlowPane(4, 4);
        row.getStyleClass().add("scale");
        ToggleGroup group = new ToggleGroup();
        for (int n = from; n <= to; n++) {
            ToggleButton button = new ToggleButton(String.valueOf(n));
            button.setUserData(n);
            button.setToggleGroup(group);
            button.getStyleClass().add("scale-step");
            button.setAccessibleText(accessibleText.apply(n));
            row.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, selected) ->
                value.set(selected == null ? null : (Integer) selected.getUserData()));
        value.addListener((obs, old, number) -> group.getToggles().forEach(toggle ->
                toggle.setSelected(number != null && number.equals(toggle.getUserData()))));
        return row;
    }

    public static ToggleButton chip(String label, String accessibleText) {
        ToggleButton chip = new ToggleButton(label);
        chip.getStyleClass().add("chip");
        chip.setAccessibleText(accessibleText);
        chip.setFocusTraversable(true);
        return chip;
    }

    /** A form field: its label above the control, tied to it for screen readers. */
    public static VBox field(String labelKey, Node control) {
        Label label = text(labelKey, "field-label");
        label.setLabelFor(control);
        return new VBox(4, label, control);
    }

    /** A wrapping line bound to {@code text}, shown only while there is something to say. */
    public static Label line(ObservableStringValue text, String styleClass) {
        Label label = new Label();
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        label.textProperty().bind(text);
        showWhen(label, Bindings.isNotEmpty(text));
        return label;
    }

    /** Shows {@code node}, and gives it room in the layout, only while {@code condition} holds. */
    public static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
        node.managedProperty().bind(node.visibleProperty());
    }

    /**
     * A day typed into a picker counts only once it is committed; a shortcut pressed straight after typing it should
     * still use it. A day the picker cannot read is left as it was: the picker shows the last day it understood.
     */
    public static void commitTypedDate(DatePicker picker) {
        String typed = picker.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            return;
        }
        try {
            LocalDate parsed = picker.getConverter().fromString(typed.strip());
            if (parsed != null) {
                picker.setValue(parsed);
            }
        } catch (DateTimeParseException e) {
            // left as it was
        }
    }
}
