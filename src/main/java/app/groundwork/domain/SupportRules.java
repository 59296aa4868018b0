package app.groundwork.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a support contact or a helpline can be stored as given. Every problem names its field, so a form can show
 * it beside the field; nothing is corrected silently.
 */
public final class SupportRules {
    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_REACH_LENGTH = 200;
    public static final int MAX_CONTACT_NOTE_LENGTH = 1_000;
    public static final int MAX_HOURS_LENGTH = 100;
    public static final int MAX_SOURCE_LENGTH = 300;

    private SupportRules() {
    }

    /** Every problem with {@code contact}; empty when it can be stored. */
    public static List<FieldProblem> problems(SupportContact contact) {
        List<FieldProblem> problems = new ArrayList<>();
        checkLine("contactName", contact.name(), MAX_NAME_LENGTH, true, problems);
        checkLine("contactReach", contact.reach(), MAX_REACH_LENGTH, true, problems);
        checkText("contactNote", contact.note(), MAX_CONTACT_NOTE_LENGTH, problems);
        return problems;
    }

    /** Every problem with {@code line}; {@code regionIds} are the regions the app knows. */
    public static List<FieldProblem> problems(Helpline line, Set<String> regionIds) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!regionIds.contains(line.region())) {
            problems.add(FieldProblem.of("helplineRegion", "problem.support.region", line.region()));
        }
        checkLine("helplineName", line.name(), MAX_NAME_LENGTH, true, problems);
        checkLine("helplineContact", line.contact(), MAX_REACH_LENGTH, true, problems);
        checkLine("helplineHours", line.hours(), MAX_HOURS_LENGTH, false, problems);
        checkLine("helplineSource", line.source(), MAX_SOURCE_LENGTH, false, problems);
        return problems;
    }

    public static void requireValid(SupportContact contact) {
        throwIfAny(problems(contact));
    }

    public static void requireValid(Helpline line, Set<String> regionIds) {
        throwIfAny(problems(line, regionIds));
    }

    /**
     * Reads the "checked on" date as typed: empty means none (null); otherwise it must be {@code YYYY-MM-DD}.
     * A date that cannot be read adds a problem and gives null.
     */
    public static LocalDate parseChecked(String typed, List<FieldProblem> problems) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of("helplineChecked", "problem.support.checkedDate", text));
            return null;
        }
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
    }

    /** One line of text: needed or optional, at most {@code max} characters, no line breaks. */
    private static void checkLine(String field, String text, int max, boolean needed, List<FieldProblem> problems) {
        if (text.isBlank()) {
            if (needed) {
                problems.add(FieldProblem.of(field, "problem.support.needed"));
            }
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            problems.add(FieldProblem.of(field, "problem.support.tooLong", length, max));
            return;
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            problems.add(FieldProblem.of(field, "problem.support.oneLine"));
            return;
        }
        TextRules.checkStorable(field, text, problems);
    }

    /** Optional text that may run over several lines. */
    private static void checkText(String field, String text, int max, List<FieldProblem> problems) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            problems.add(FieldProblem.of(field, "problem.support.tooLong", length, max));
            return;
        }
        TextRules.checkStorable(field, text, problems);
    }
}
