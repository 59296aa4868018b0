package app.groundwork.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why one field of an entry cannot be stored. The message lives in the {@code i18n/messages} bundle
 * under {@code key}, so the app and the command line word it the same way.
 *
 * @param field the field's id, for example {@code mood} or {@code note}
 * @param key   the bundle key of the message
 * @param args  values placed into the message
 */
public record FieldProblem(String field, String key, List<Object> args) {
    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String key, Object... args) {
        return new FieldProblem(field, key, List.of(args));
    }

    public String describe(ResourceBundle messages) {
        MessageFormat format = new MessageFormat(messages.getString(key), messages.getLocale() == null ? Locale.ROOT : messages.getLocale());
        return format.format(args.toArray());
    }
}
