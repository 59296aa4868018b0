package app.groundwork.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a thought record can be kept as given. A record in progress may have any field still empty; a
 * finished one needs the thought it answers and the kinder answer itself. Nothing is corrected silently.
 */
public final class ReframeRules {
    public static final int MIN_FOLLOW_UP_DAYS = 1;
    public static final int MAX_FOLLOW_UP_DAYS = 90;

    private final CheckInRules emotionRules;
    private final Set<String> trapIds;

    /**
     * @param vocabulary the emotion ids a rating may use
     * @param trapIds    the ids of the thinking-trap catalogue
     */
    public ReframeRules(CheckInVocabulary vocabulary, Set<String> trapIds) {
        this.emotionRules = new CheckInRules(vocabulary);
        this.trapIds = Set.copyOf(trapIds);
    }

    /** Every problem with {@code content}; empty when it can be kept ({@code finishing}: and finished). */
    public List<FieldProblem> problems(ReframeContent content, boolean finishing) {
        List<FieldProblem> problems = new ArrayList<>();
        TextRules.checkText("situation", content.situation(), problems);
        TextRules.checkText("thought", content.thought(), problems);
        TextRules.checkText("evidenceFor", content.evidenceFor(), problems);
        TextRules.checkText("evidenceAgainst", content.evidenceAgainst(), problems);
        TextRules.checkText("friendAnswer", content.friendAnswer(), problems);
        TextRules.checkText("alternative", content.alternative(), problems);
        emotionRules.checkEmotions("emotionsBefore", content.emotionsBefore(), problems);
        emotionRules.checkEmotions("emotionsAfter", content.emotionsAfter(), problems);
        checkBelief("beliefBefore", content.beliefBefore(), problems);
        checkBelief("beliefAfter", content.beliefAfter(), problems);
        checkTraps(content.traps(), problems);
        Integer days = content.followUpDays();
        if (days != null && (days < MIN_FOLLOW_UP_DAYS || days > MAX_FOLLOW_UP_DAYS)) {
            problems.add(FieldProblem.of("followUpDays", "problem.range", days, MIN_FOLLOW_UP_DAYS, MAX_FOLLOW_UP_DAYS));
        }
        if (finishing && content.thought().isBlank()) {
            problems.add(FieldProblem.of("thought", "problem.reframe.thoughtNeeded"));
        }
        if (finishing && content.alternative().isBlank()) {
            problems.add(FieldProblem.of("alternative", "problem.reframe.alternativeNeeded"));
        }
        return problems;
    }

    /** Throws {@link InvalidEntryException} naming every problem, so the caller writes nothing. */
    public void requireValid(ReframeContent content, boolean finishing) {
        List<FieldProblem> problems = problems(content, finishing);
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
    }


    private static void checkBelief(String field, Integer belief, List<FieldProblem> problems) {
        if (belief != null && (belief < 0 || belief > 100)) {
            problems.add(FieldProblem.of(field, "problem.range", belief, 0, 100));
        }
    }

    private void checkTraps(List<TrapChoice> traps, List<FieldProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (TrapChoice choice : traps) {
            if (choice.custom()) {
                TextRules.checkLabel("traps", choice.trap(), problems);
            } else if (!trapIds.contains(choice.trap())) {
                problems.add(FieldProblem.of("traps", "problem.trap.unknown", choice.trap()));
            }
            if (!seen.add((choice.custom() ? "custom:" : "") + choice.trap().toLowerCase(Locale.ROOT))) {
                problems.add(FieldProblem.of("traps", "problem.trap.twice", choice.trap()));
            }
        }
    }
}
