package app.groundwork.content;

import java.util.List;

/**
 * One of the thinking traps a thought record can name, as {@code thinking-traps.json} describes it.
 *
 * @param id          one of {@link #CATALOGUE_IDS}; kept in saved thought records, so it never changes
 * @param name        a short, friendly name, for example "All or nothing"
 * @param description one plain line on what the trap is
 * @param explanation a few warm sentences on how the trap works and why it is so common
 * @param question    a question, asked to the person, that tests whether the trap is at work
 * @param example     a thought caught in the trap after a setback, with a kinder, balanced answer
 */
public record ThinkingTrap(String id, String name, String description, String explanation, String question,
                           TrapExample example) {

    /** Every trap the app knows, in the order lists show them and suggestions come back in. */
    public static final List<String> CATALOGUE_IDS = List.of("all-or-nothing", "overgeneralizing", "labeling",
            "catastrophizing", "mind-reading", "fortune-telling", "personalizing", "should-statements",
            "emotional-reasoning", "discounting-positive", "mental-filter", "magnifying", "comparing", "blaming");
}
