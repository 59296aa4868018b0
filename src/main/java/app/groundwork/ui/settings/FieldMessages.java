package app.groundwork.ui.settings;

import app.groundwork.Messages;
import app.groundwork.domain.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What is wrong with each field of a small form, in plain words, for a label beside the field. */
public final class FieldMessages {
    private final Map<String, StringProperty> byField = new LinkedHashMap<>();

    FieldMessages(String... fields) {
        for (String field : fields) {
            byField.put(field, new SimpleStringProperty(this, field, ""));
        }
    }

    /** Empty while the field is fine. */
    public ReadOnlyStringProperty of(String field) {
        StringProperty message = byField.get(field);
        if (message == null) {
            throw new IllegalArgumentException("this form has no field " + field);
        }
        return message;
    }

    /** True while any field has a message. */
    public boolean any() {
        return byField.values().stream().anyMatch(message -> !message.get().isEmpty());
    }

    /** Shows each problem beside its field; returns the problems this form has no field for. */
    List<FieldProblem> show(List<FieldProblem> problems) {
        clear();
        List<FieldProblem> elsewhere = new ArrayList<>();
        for (FieldProblem problem : problems) {
            StringProperty message = byField.get(problem.field());
            if (message == null) {
                elsewhere.add(problem);
            } else {
                String text = Messages.describe(List.of(problem));
                message.set(message.get().isEmpty() ? text : message.get() + "\n" + text);
            }
        }
        return elsewhere;
    }

    void clear(String field) {
        StringProperty message = byField.get(field);
        if (message != null) {
            message.set("");
        }
    }

    void clear() {
        byField.values().forEach(message -> message.set(""));
    }
}
