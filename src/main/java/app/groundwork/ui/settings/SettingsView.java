package app.groundwork.ui.settings;

import app.groundwork.Messages;
import app.groundwork.content.FaqEntry;
import app.groundwork.service.AppSettings.Theme;
import app.groundwork.service.AppSettings;
import app.groundwork.ui.common.ScrollIntoView;
import app.groundwork.ui.common.Ui;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Settings: appearance, support (people and helplines), where the journal lives, what Groundwork is and is not, and
 * common questions.
 */
public final class SettingsView extends ScrollPane {
    public SettingsView(SettingsViewModel model) {
        getStyleClass().add("screen-scroll");
        setFitToWidth(true);
        ScrollIntoView.install(this);
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox page = new VBox(22, Ui.heading("settings.title"), problem, appearance(model),
                support(model), about(), faq(model));
        page.getStyleClass().add("screen");
        setContent(page);
    }

    private static Node appearance(SettingsViewModel model) {
        ToggleGroup themes = new ToggleGroup();
        RadioButton light = new RadioButton(Messages.get("settings.theme.light"));
        light.setId("theme-light");
        light.setToggleGroup(themes);
        light.setUserData(Theme.LIGHT);
        RadioButton dark = new RadioButton(Messages.get("settings.theme.dark"));
        dark.setId("theme-dark");
        dark.setToggleGroup(themes);
        dark.setUserData(Theme.DARK);
        themes.selectToggle(model.themeProperty().get() == Theme.DARK ? dark : light);
        themes.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.themeProperty().set((Theme) chosen.getUserData());
            }
        });

        Slider size = new Slider(AppSettings.SMALLEST_TEXT, AppSettings.LARGEST_TEXT, model.textSizeProperty().get());
        size.setId("text-size");
        size.setMajorTickUnit(1);
        size.setMinorTickCount(0);
        size.setSnapToTicks(true);
        size.setBlockIncrement(1);
        size.setPrefWidth(240);
        size.setAccessibleText(Messages.get("settings.textSize"));
        size.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                model.textSizeProperty().set((int) Math.round(size.getValue()));
            }
        });
        size.valueProperty().addListener((obs, old, value) -> {
            if (!size.isValueChanging()) {
                model.textSizeProperty().set((int) Math.round(value.doubleValue()));
            }
        });
        Label sizeValue = new Label();
        sizeValue.textProperty().bind(model.textSizeProperty().asString());
        CheckBox stillness = new CheckBox(Messages.get("settings.reducedMotion"));
        stillness.setId("reduced-motion");
        stillness.setWrapText(true);
        stillness.selectedProperty().bindBidirectional(model.reducedMotionProperty());
        return Ui.section("settings.appearance", null,
                Ui.text("settings.theme", "field-label"), new HBox(16, light, dark),
                Ui.text("settings.textSize", "field-label"), new HBox(12, size, sizeValue), stillness);
    }

    private static Node support(SettingsViewModel model) {
        return new SupportSettingsView(model.support());
    }

    private static Node about() {
        return Ui.section("settings.about", null,
                Ui.text("settings.about.what"),
                Ui.text("settings.about.not"),
                Ui.text("settings.about.emergency", "emphasis"));
    }

    private static Node faq(SettingsViewModel model) {
        VBox questions = new VBox(4);
        for (FaqEntry entry : model.faq()) {
            Label answer = new Label(entry.answer());
            answer.setWrapText(true);
            TitledPane pane = new TitledPane(entry.question(), answer);
            pane.setExpanded(false);
            pane.setAnimated(false);
            pane.getStyleClass().add("faq");
            questions.getChildren().add(pane);
        }
        return Ui.section("settings.faq", null, questions);
    }
}
