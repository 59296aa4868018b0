package app.groundwork.content;

import java.util.Set;

/**
 * A worked example of one thinking trap: what the inner critic said after a setback, and a kinder answer.
 *
 * @param setting where the setback happened: one of {@link #SETTINGS}
 * @param thought the critic's words, as a person might think them
 * @param answer  a balanced answer that takes the setback seriously without the trap
 */
public record TrapExample(String setting, String thought, String answer) {
    public static final String STUDY = "study";
    public static final String JOB = "job";
    public static final String RELATIONSHIP = "relationship";
    public static final Set<String> SETTINGS = Set.of(STUDY, JOB, RELATIONSHIP);
}
