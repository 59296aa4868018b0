package app.groundwork.ui.settings;

import app.groundwork.Messages;
import app.groundwork.content.HelplineRegion;
import app.groundwork.domain.Helpline;
import app.groundwork.domain.SupportContact;
import app.groundwork.ui.common.Ui;
import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Support part of Settings: where you are, the people you can reach out to, and the helplines for your region. */
public final class SupportSettingsView extends VBox {
    private final SupportSettingsViewModel model;

    public SupportSettingsView(SupportSettingsViewModel model) {
        super(22);
        this.model = model;
        Label problem = new Label();
        problem.setId("support-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        showWhenSet(problem, model.problemProperty());
        getChildren().addAll(problem, region(), people(), helplines());
    }

    // ---- region -----------------------------------------------------------------------------------------------

    private Node region() {
        ComboBox<HelplineRegion> regions = new ComboBox<>();
        regions.setId("support-region");
        regions.getItems().setAll(model.regions());
        regions.setConverter(new StringConverter<>() {
            @Override
            public String toString(HelplineRegion region) {
                return region == null ? "" : region.name();
            }

            @Override
            public HelplineRegion fromString(String name) {
                return model.regions().stream().filter(region -> region.name().equals(name)).findFirst().orElse(null);
            }
        });
        regions.valueProperty().bindBidirectional(model.regionProperty());
        regions.setAccessibleText(Messages.get("support.region.accessible"));
        return Ui.section("support.region", "support.region.hint", regions);
    }

    // ---- people -----------------------------------------------------------------------------------------------

    private Node people() {
        VBox list = new VBox(8);
        list.setId("support-contacts");
        rebuildOnChange(model.contacts(), list, this::contactRow);

        Label empty = Ui.text("support.people.empty", "muted");
        empty.visibleProperty().bind(Bindings.isEmpty(model.contacts()));
        empty.managedProperty().bind(empty.visibleProperty());

        Button add = new Button(Messages.get("support.people.add"));
        add.setId("support-add-contact");
        add.setOnAction(event -> model.newContact());
        ContactForm form = model.contactForm();
        add.visibleProperty().bind(form.openProperty().not());
        add.managedProperty().bind(add.visibleProperty());

        return Ui.section("support.people", "support.people.hint", list, empty, removalQuestion(), add, contactForm(form));
    }

    private Node contactRow(SupportContact contact) {
        Label name = new Label(contact.name());
        name.getStyleClass().add("emphasis");
        name.setWrapText(true);
        Label reach = new Label(contact.reach());
        reach.setWrapText(true);
        VBox row = new VBox(4, name, reach);
        if (!contact.note().isBlank()) {
            Label note = new Label(contact.note());
            note.getStyleClass().add("muted");
            note.setWrapText(true);
            row.getChildren().add(note);
        }
        Button edit = flat("support.people.edit", contact.name());
        edit.setOnAction(event -> model.editContact(contact));
        Button remove = flat("support.people.remove", contact.name());
        remove.setOnAction(event -> model.askToRemove(contact));
        row.getChildren().add(new HBox(8, edit, remove));
        row.getStyleClass().add("inner-card");
        return row;
    }

    private Node removalQuestion() {
        Label question = new Label();
        question.setWrapText(true);
        question.textProperty().bind(Bindings.createStringBinding(() ->
                model.removalAskedProperty().get() == null ? ""
                        : Messages.get("support.people.removeAsk", model.removalAskedProperty().get().name()),
                model.removalAskedProperty()));
        Button yes = new Button(Messages.get("support.people.removeYes"));
        yes.setId("support-remove-yes");
        yes.setOnAction(event -> model.confirmRemoval());
        Button no = new Button(Messages.get("support.people.removeNo"));
        no.getStyleClass().add("flat");
        no.setOnAction(event -> model.keepContact());
        FlowPane bar = new FlowPane(12, 8, question, yes, no);
        bar.getStyleClass().add("banner");
        bar.visibleProperty().bind(model.removalAskedProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        model.removalAskedProperty().addListener((obs, old, asked) -> {
            if (asked != null) {
                no.requestFocus();
            }
        });
        return bar;
    }

    private Node contactForm(ContactForm form) {
        TextField name = new TextField();
        name.setId("support-contact-name");
        name.textProperty().bindBidirectional(form.nameProperty());
        TextField reach = new TextField();
        reach.setId("support-contact-reach");
        reach.setPromptText(Messages.get("support.people.reach.prompt"));
        reach.textProperty().bindBidirectional(form.reachProperty());
        TextArea note = new TextArea();
        note.setId("support-contact-note");
        note.setPromptText(Messages.get("support.people.note.prompt"));
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(form.noteProperty());
        name.setOnAction(event -> model.saveContact());
        reach.setOnAction(event -> model.saveContact());

        return editor("support-contact-save", form.titleProperty(), form.openProperty(), name,
                model::saveContact, model::cancelContact,
                field("support.people.name", name, form.problems().of(ContactForm.NAME)),
                field("support.people.reach", reach, form.problems().of(ContactForm.REACH)),
                field("support.people.note", note, form.problems().of(ContactForm.NOTE)));
    }

    // ---- helplines --------------------------------------------------------------------------------------------

    private Node helplines() {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(model.helplinesTitleProperty());

        VBox list = new VBox(8);
        list.setId("support-helplines");
        rebuildOnChange(model.helplines(), list, this::helplineRow);
        Label empty = Ui.text("support.helplines.empty", "muted");
        empty.visibleProperty().bind(Bindings.isEmpty(model.helplines()));
        empty.managedProperty().bind(empty.visibleProperty());

        HelplineForm form = model.helplineForm();
        Button add = new Button(Messages.get("support.helplines.add"));
        add.setId("support-add-helpline");
        add.setOnAction(event -> model.newHelpline());
        add.visibleProperty().bind(form.openProperty().not());
        add.managedProperty().bind(add.visibleProperty());

        VBox section = new VBox(8, title, Ui.text("support.helplines.hint", "muted"), list, empty, add,
                helplineForm(form), hidden(), therapy());
        section.getStyleClass().add("section");
        return section;
    }

    private Node helplineRow(Helpline line) {
        Label name = new Label(line.name());
        name.getStyleClass().add("emphasis");
        name.setWrapText(true);
        FlowPane heading = new FlowPane(10, 4, name);
        String origin = model.originLabel(line);
        if (!origin.isEmpty()) {
            Label tag = new Label(origin);
            tag.getStyleClass().add("kicker");
            heading.getChildren().add(tag);
        }
        Label contact = new Label(line.contact());
        contact.setWrapText(true);
        VBox row = new VBox(4, heading, contact);
        if (!line.hours().isBlank()) {
            row.getChildren().add(muted(line.hours()));
        }
        String source = model.sourceLine(line);
        if (!source.isEmpty()) {
            row.getChildren().add(muted(source));
        }
        Button edit = flat("support.helplines.edit", line.name());
        edit.setOnAction(event -> model.editHelpline(line));
        Button remove = flat("support.helplines.remove", line.name());
        remove.setOnAction(event -> model.removeHelpline(line));
        HBox actions = new HBox(8, edit, remove);
        if (model.canRestore(line)) {
            Button restore = flat("support.helplines.restore", line.name());
            restore.setOnAction(event -> model.restoreHelpline(line));
            actions.getChildren().add(restore);
        }
        row.getChildren().add(actions);
        row.getStyleClass().add("inner-card");
        return row;
    }

    private Node helplineForm(HelplineForm form) {
        TextField name = new TextField();
        name.setId("support-helpline-name");
        name.textProperty().bindBidirectional(form.nameProperty());
        TextField contact = new TextField();
        contact.setId("support-helpline-contact");
        contact.setPromptText(Messages.get("support.helplines.contact.prompt"));
        contact.textProperty().bindBidirectional(form.contactProperty());
        TextField hours = new TextField();
        hours.setId("support-helpline-hours");
        hours.textProperty().bindBidirectional(form.hoursProperty());
        TextField source = new TextField();
        source.setId("support-helpline-source");
        source.setPromptText(Messages.get("support.helplines.source.prompt"));
        source.textProperty().bindBidirectional(form.sourceProperty());
        TextField checked = new TextField();
        checked.setId("support-helpline-checked");
        checked.setPromptText(Messages.get("support.helplines.checked.prompt"));
        checked.setMaxWidth(160);
        checked.textProperty().bindBidirectional(form.checkedProperty());
        for (TextField field : new TextField[] {name, contact, hours, source, checked}) {
            field.setOnAction(event -> model.saveHelpline());
        }

        return editor("support-helpline-save", form.titleProperty(), form.openProperty(), name,
                model::saveHelpline, model::cancelHelpline,
                field("support.helplines.name", name, form.problems().of(HelplineForm.NAME)),
                field("support.helplines.contact", contact, form.problems().of(HelplineForm.CONTACT)),
                field("support.helplines.hours", hours, form.problems().of(HelplineForm.HOURS)),
                field("support.helplines.source.field", source, form.problems().of(HelplineForm.SOURCE)),
                field("support.helplines.checked.field", checked, form.problems().of(HelplineForm.CHECKED)));
    }

    private Node hidden() {
        VBox list = new VBox(4);
        list.setId("support-hidden-helplines");
        rebuildOnChange(model.hiddenHelplines(), list, line -> {
            Label name = new Label(line.name());
            name.setWrapText(true);
            Button putBack = flat("support.helplines.putBack", line.name());
            putBack.setOnAction(event -> model.restoreHelpline(line));
            return new FlowPane(10, 4, name, putBack);
        });
        VBox box = new VBox(4, Ui.text("support.helplines.hidden", "field-label"), list);
        box.setPadding(new Insets(8, 0, 0, 0));
        box.visibleProperty().bind(Bindings.isNotEmpty(model.hiddenHelplines()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node therapy() {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(model.findingTherapyProperty());
        VBox box = new VBox(4, Ui.text("support.therapy", "field-label"), text);
        box.setPadding(new Insets(8, 0, 0, 0));
        box.visibleProperty().bind(model.findingTherapyProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    // ---- small builders ---------------------------------------------------------------------------------------

    /** A form shown only while open: its fields, then Save and Cancel; the first field takes focus on opening. */
    private static VBox editor(String saveId, ObservableValue<String> title, ReadOnlyBooleanProperty open, Node first,
                               Runnable save, Runnable cancel, Node... fields) {
        Button saveButton = new Button(Messages.get("support.save"));
        saveButton.setId(saveId);
        saveButton.getStyleClass().add("accent");
        saveButton.setOnAction(event -> save.run());
        Button cancelButton = new Button(Messages.get("support.cancel"));
        cancelButton.getStyleClass().add("flat");
        cancelButton.setOnAction(event -> cancel.run());
        Node[] content = Arrays.copyOf(fields, fields.length + 1);
        content[fields.length] = new HBox(8, saveButton, cancelButton);
        VBox box = formBox(title, content);
        box.visibleProperty().bind(open);
        box.managedProperty().bind(box.visibleProperty());
        open.addListener((obs, was, isOpen) -> {
            if (isOpen) {
                first.requestFocus();
            }
        });
        return box;
    }

    private static VBox formBox(ObservableValue<String> title, Node... content) {
        Label heading = new Label();
        heading.getStyleClass().add("emphasis");
        heading.setWrapText(true);
        heading.textProperty().bind(title);
        VBox box = new VBox(10, heading);
        box.getChildren().addAll(content);
        box.getStyleClass().add("inner-card");
        return box;
    }

    /** A labelled field with its problem, if any, right below it in plain words. */
    private static Node field(String labelKey, Control control, ReadOnlyStringProperty problem) {
        Label label = Ui.text(labelKey, "field-label");
        label.setLabelFor(control);
        control.setAccessibleText(Messages.get(labelKey));
        Label message = new Label();
        message.getStyleClass().add("problem");
        message.setWrapText(true);
        message.textProperty().bind(problem);
        showWhenSet(message, problem);
        return new VBox(4, label, control, message);
    }

    private static Button flat(String key, String about) {
        Button button = new Button(Messages.get(key));
        button.getStyleClass().add("flat");
        button.setAccessibleText(Messages.get(key) + ": " + about);
        return button;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        return label;
    }

    private static void showWhenSet(Node node, ReadOnlyStringProperty text) {
        node.visibleProperty().bind(text.isNotEmpty());
        node.managedProperty().bind(node.visibleProperty());
    }

    private static <T> void rebuildOnChange(ObservableList<T> items, VBox into, Function<T, Node> row) {
        Runnable rebuild = () -> into.getChildren().setAll(items.stream().map(row).toList());
        items.addListener((ListChangeListener<T>) change -> rebuild.run());
        rebuild.run();
    }
}
