package app.groundwork.ui.settings;

import app.groundwork.Messages;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.Helpline;
import app.groundwork.domain.SupportRules;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The small form for changing a helpline or adding one of the person's own. */
public final class HelplineForm {
    public static final String NAME = "helplineName";
    public static final String CONTACT = "helplineContact";
    public static final String HOURS = "helplineHours";
    public static final String SOURCE = "helplineSource";
    public static final String CHECKED = "helplineChecked";

    private final BooleanProperty open = new SimpleBooleanProperty(this, "open");
    private final ObjectProperty<Helpline> editing = new SimpleObjectProperty<>(this, "editing");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty contact = new SimpleStringProperty(this, "contact", "");
    private final StringProperty hours = new SimpleStringProperty(this, "hours", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final StringProperty checked = new SimpleStringProperty(this, "checked", "");
    private final FieldMessages problems = new FieldMessages(NAME, CONTACT, HOURS, SOURCE, CHECKED);

    HelplineForm() {
        name.addListener((obs, old, now) -> problems.clear(NAME));
        contact.addListener((obs, old, now) -> problems.clear(CONTACT));
        hours.addListener((obs, old, now) -> problems.clear(HOURS));
        source.addListener((obs, old, now) -> problems.clear(SOURCE));
        checked.addListener((obs, old, now) -> problems.clear(CHECKED));
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

    public StringProperty contactProperty() {
        return contact;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    /** The "checked on" day as typed: {@code YYYY-MM-DD}, or empty. */
    public StringProperty checkedProperty() {
        return checked;
    }

    /** Messages beside the fields {@link #NAME}, {@link #CONTACT}, {@link #HOURS}, {@link #SOURCE}, {@link #CHECKED}. */
    public FieldMessages problems() {
        return problems;
    }

    void openNew() {
        fill(null, "", "", "", "", "");
        title.set(Messages.get("support.helplines.formNew"));
    }

    void openFor(Helpline line) {
        fill(line, line.name(), line.contact(), line.hours(), line.source(), line.checked() == null ? "" : line.checked().toString());
        title.set(Messages.get("support.helplines.formEdit", line.name()));
    }

    boolean isEditing(String id) {
        return editing.get() != null && editing.get().id().equals(id);
    }

    void close() {
        fill(null, "", "", "", "", "");
        open.set(false);
    }

    /**
     * The line as typed, without spaces around the texts: the person's version of the line being changed, or a new
     * own line in {@code regionForNew}. A "checked on" day that cannot be read adds its problem and counts as none.
     */
    Helpline toHelpline(String regionForNew, List<FieldProblem> problemsFound) {
        LocalDate day = SupportRules.parseChecked(checked.get(), problemsFound);
        Helpline line = editing.get();
        if (line == null) {
            return Helpline.newOwn(regionForNew, name.get().strip(), contact.get().strip(), hours.get().strip(),
                    source.get().strip(), day);
        }
        return line.withDetails(name.get().strip(), contact.get().strip(), hours.get().strip(), source.get().strip(), day);
    }

    private void fill(Helpline line, String newName, String newContact, String newHours, String newSource, String newChecked) {
        editing.set(line);
        name.set(newName);
        contact.set(newContact);
        hours.set(newHours);
        source.set(newSource);
        checked.set(newChecked);
        problems.clear();
        open.set(true);
    }
}
