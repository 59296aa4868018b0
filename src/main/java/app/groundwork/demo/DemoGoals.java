package app.groundwork.demo;

import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalMark;
import app.groundwork.domain.OwnWin;
import java.util.List;

/**
 * The steps of a demo journal, ready for {@code GoalService.saveAll}: the goals in the order they were set (ids
 * 1, 2, 3… that the outcomes name them by), every outcome oldest first, and the wins written in by hand.
 */
public record DemoGoals(List<Goal> goals, List<GoalMark> outcomes, List<OwnWin> wins) {
    public DemoGoals {
        goals = List.copyOf(goals);
        outcomes = List.copyOf(outcomes);
        wins = List.copyOf(wins);
    }
}
