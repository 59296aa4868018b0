package app.groundwork.content;

import app.groundwork.domain.GoalCategory;

/**
 * How a goal category is shown to the person ({@code goal-ideas.json}).
 *
 * @param category the category these words are for
 * @param name     its friendly name, for example "Reconnecting" for {@link GoalCategory#SOCIAL}
 * @param about    one plain line on what belongs in it
 */
public record GoalCategoryInfo(GoalCategory category, String name, String about) {
}
