package app.groundwork;

import app.groundwork.domain.FieldProblem;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Every sentence the app and the command line show, from {@code i18n/messages.properties}. Every message goes
 * through {@link MessageFormat}, so the file uses the typographic apostrophe (’) rather than a doubled quote.
 */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.messages", Locale.getDefault());

    private Messages() {
    }

    public static String get(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), BUNDLE.getLocale()).format(args);
    }

    /** "Mood: 11 is outside 1–10." for one problem; several are put one per line. */
    public static String describe(List<FieldProblem> problems) {
        return describe(problems, "\n");
    }

    /** The same, joined by {@code separator} (the command line keeps its reason on one line). */
    public static String describe(List<FieldProblem> problems, String separator) {
        return problems.stream()
                .map(problem -> get("field." + problem.field()) + ": " + problem.describe(BUNDLE))
                .collect(Collectors.joining(separator));
    }
}
