package app.groundwork.content;

/**
 * How one step size is shown to the person ({@code goal-ideas.json}).
 *
 * @param size  from {@link app.groundwork.domain.GoalPlan#SMALLEST} (tiny) to {@link app.groundwork.domain.GoalPlan#LARGEST} (a stretch)
 * @param name  a word or two, for example "Tiny"
 * @param about one line on what a step of this size feels like
 */
public record GoalSizeInfo(int size, String name, String about) {
}
