package app.groundwork.ui.support;

import app.groundwork.Messages;
import app.groundwork.domain.Helpline;
import app.groundwork.domain.SupportContact;
import app.groundwork.ui.common.HelplineText;
import app.groundwork.ui.common.Ui;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The support panel: calm, short, always reachable. It lies over the window, so whatever was on screen (and
 * anything being typed) stays just as it was underneath. "I’m safe for now" or Escape closes it.
 */
public final class SupportPanelView extends StackPane {
    /**
     * @param openSettings shows the Settings screen where contacts and helplines are edited; null when it cannot open
     */
    public SupportPanelView(SupportPanelModel model, Runnable onClose, Runnable openSettings) {
        setId("support-panel");
        getStyleClass().add("overlay");
        setAccessibleText(Messages.get("support.title"));

        VBox people = new VBox(8);
        Label contactsNote = Ui.text("support.contacts.none", "muted");
        contactsNote.textProperty().bind(model.contactsNoteProperty());
        contactsNote.visibleProperty().bind(model.contactsNoteProperty().isNotEmpty());
        contactsNote.managedProperty().bind(contactsNote.visibleProperty());
        model.contacts().addListener((ListChangeListener<SupportContact>) change -> showContacts(model, people));
        VBox peopleSection = new VBox(8, Ui.text("support.contacts.title", "section-title"), people, contactsNote);

        VBox lines = new VBox(10);
        lines.setId("support-helplines");
        model.helplines().addListener((ListChangeListener<Helpline>) change -> showHelplines(model, lines));
        showHelplines(model, lines);
        Label linesTitle = new Label();
        linesTitle.getStyleClass().add("section-title");
        linesTitle.setWrapText(true);
        linesTitle.textProperty().bind(model.listTitleProperty());
        VBox linesSection = new VBox(8, linesTitle, lines);

        Button safe = new Button(Messages.get("support.safe"));
        safe.setId("support-safe");
        safe.getStyleClass().add("accent");
        safe.setDefaultButton(true);
        safe.setOnAction(event -> onClose.run());
        HBox actions = new HBox(12, safe);
        actions.setAlignment(Pos.CENTER_LEFT);
        if (openSettings != null) {
            Button edit = new Button(Messages.get("support.edit"));
            edit.setId("support-edit");
            edit.getStyleClass().add("flat");
            edit.setOnAction(event -> {
                onClose.run();
                openSettings.run();
            });
            actions.getChildren().add(edit);
        }

        VBox body = new VBox(16,
                Ui.text("support.title", "screen-title"),
                Ui.text("support.deserve"),
                Ui.text("support.emergency", "emphasis"),
                peopleSection,
                linesSection,
                Ui.text("support.linesNote", "muted"));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("support-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        VBox card = new VBox(16, scroll, actions);
        card.getStyleClass().addAll("card", "welcome-card", "support-card");
        card.setMaxWidth(640);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        scroll.setPrefViewportHeight(540);
        StackPane.setAlignment(card, Pos.CENTER);
        StackPane.setMargin(card, new Insets(24));
        getChildren().add(card);

        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                onClose.run();
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                safe.requestFocus();
            }
        });
    }

    private static void showContacts(SupportPanelModel model, VBox people) {
        people.getChildren().clear();
        for (SupportContact contact : model.contacts()) {
            VBox row = new VBox(2, bold(contact.name()), copyable(contact.reach()));
            if (!contact.note().isBlank()) {
                row.getChildren().add(Ui.plain(contact.note(), "muted"));
            }
            row.getStyleClass().add("support-row");
            people.getChildren().add(row);
        }
    }

    private static void showHelplines(SupportPanelModel model, VBox lines) {
        lines.getChildren().clear();
        for (Helpline line : model.helplines()) {
            VBox row = new VBox(2, bold(line.name()), copyable(line.contact()));
            if (!line.hours().isBlank()) {
                row.getChildren().add(Ui.plain(line.hours(), "muted"));
            }
            String source = HelplineText.sourceLine(line);
            if (!source.isEmpty()) {
                row.getChildren().add(Ui.plain(source, "muted", "small"));
            }
            row.getStyleClass().add("support-row");
            lines.getChildren().add(row);
        }
        if (model.helplines().isEmpty()) {
            lines.getChildren().add(Ui.text("support.helplines.none", "muted"));
        }
    }

    private static Label bold(String text) {
        return Ui.plain(text, "support-name");
    }

    /** How to reach someone, large and whole: a number read off the screen in a hard moment must never be cut short. */
    private static Label copyable(String text) {
        Label reach = Ui.plain(text, "support-contact");
        reach.setMinHeight(Region.USE_PREF_SIZE);
        return reach;
    }
}
