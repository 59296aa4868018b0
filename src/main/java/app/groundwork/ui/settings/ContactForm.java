package app.groundwork.ui.settings;

import app.groundwork.Messages;
import app.groundwork.domain.SupportContact;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The small form for adding or changing one of the person's support contacts. */
public final class ContactForm {
    public static final String NAME = "contactName";
    public static final String REACH = "contactReach";
    public static final String NOTE = "contactNote";

    private final BooleanProperty open = new SimpleBooleanProperty(this, "open");
    private final ObjectProperty<SupportContact> editing = new SimpleObjectProperty<>(this, "editing");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty reach = new SimpleStringProperty(this, "reach", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final FieldMessages problems = new FieldMessages(NAME, REACH, NOTE);

    ContactForm() {
        name.addListener((obs, old, now) -> problems.clear(NAME));
        reach.addListener((obs, old, now) -> problems.clear(REACH));
        note.addListener((obs, old, now) -> problems.clear(NOTE));
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty reachProperty() {
        return reach;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Messages beside the fields {@link #NAME}, {@link #REACH} and {@link #NOTE}. */
    public FieldMessages problems() {
        return problems;
    }

    void openNew() {
        fill(null, "", "", "");
        title.set(Messages.get("support.people.formNew"));
    }

    void openFor(SupportContact contact) {
        fill(contact, contact.name(), contact.reach(), contact.note());
        title.set(Messages.get("support.people.formEdit", contact.name()));
    }

    void close() {
        fill(null, "", "", "");
        open.set(false);
    }

    /** The contact as typed, without spaces around it; id 0 when it is a new one. */
    SupportContact toContact() {
        long id = editing.get() == null ? 0 : editing.get().id();
        return new SupportContact(id, name.get().strip(), reach.get().strip(), note.get().strip());
    }

    private void fill(SupportContact contact, String newName, String newReach, String newNote) {
        editing.set(contact);
        name.set(newName);
        reach.set(newReach);
        note.set(newNote);
        problems.clear();
        open.set(true);
    }
}
