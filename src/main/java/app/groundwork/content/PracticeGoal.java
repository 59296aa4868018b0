package app.groundwork.content;

import app.groundwork.domain.GoalCategory;

/**
 * How a practice's plan can become a small step on the Goals screen.
 *
 * @param category  a {@link GoalCategory} id
 * @param size      the step's size, 1–5
 * @param titleFrom the written step whose answer becomes the step's title
 */
public record PracticeGoal(String category, Integer size, String titleFrom) {
    /** The category; in a library that loaded it is always a known one. */
    public GoalCategory goalCategory() {
        return GoalCategory.fromId(category).orElseThrow();
    }
}
