package app.groundwork.content;

import app.groundwork.domain.GoalCategory;

/**
 * A ready-made small step a person can take as their own goal ({@code goal-ideas.json}).
 *
 * @param id       stable: a goal made from the idea keeps it ({@link app.groundwork.domain.GoalPlan#ideaId()})
 * @param title    the step itself, one line of at most {@link GoalIdeas#TITLE_LIMIT} characters, for example
 *                 "Send one message to an old friend"
 * @param category the part of life it belongs to
 * @param size     how big the step feels, {@link app.groundwork.domain.GoalPlan#SMALLEST} to
 *                 {@link app.groundwork.domain.GoalPlan#LARGEST}
 * @param why      one plain sentence on how the step helps rebuild trust in oneself after a setback
 */
public record GoalIdea(String id, String title, GoalCategory category, int size, String why) {
}
