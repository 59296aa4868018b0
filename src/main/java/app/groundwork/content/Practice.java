package app.groundwork.content;

import app.groundwork.domain.PracticeScript;
import java.util.List;
import java.util.Optional;

/**
 * A guided practice from {@code practices.json}. The app runs any practice from this alone, so adding one never needs
 * code: the steps go to {@link app.groundwork.domain.PracticeRun} through {@link #script()}, and the optional blocks
 * add a breathing guide, a series over several days, or a plan that can become a goal.
 *
 * @param why         one or two sentences on why it helps
 * @param minutes     about how long it takes, 1–120
 * @param card        the id of a card that explains the idea behind it; {@code null} when none does
 * @param breathing   the breathing guide; {@code null} for practices without one
 * @param series      the days it runs over; {@code null} for practices done in one sitting
 * @param becomesGoal how the plan it makes can become a small step; {@code null} when it makes none
 * @param followUps   what to try next: a practice id (see {@link #isPracticeId(String)}) or a plain suggestion
 */
public record Practice(String id, String title, String why, Integer minutes, String card, PracticeBreathing breathing,
                       PracticeSeries series, PracticeGoal becomesGoal, List<PracticeStep> steps, List<String> followUps) {
    public Practice {
        steps = steps == null ? null : List.copyOf(steps);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    /** A follow-up written as an id (lowercase words joined by hyphens) names a practice; anything else is a suggestion. */
    public static boolean isPracticeId(String followUp) {
        return EntryFields.ID_PATTERN.matcher(followUp).matches();
    }

    /** The steps as the runner takes them. */
    public PracticeScript script() {
        return new PracticeScript(id, title, steps.stream().map(PracticeStep::asScriptStep).toList());
    }

    public Optional<String> cardId() {
        return Optional.ofNullable(card);
    }

    public Optional<PracticeBreathing> breathingGuide() {
        return Optional.ofNullable(breathing);
    }

    public Optional<PracticeSeries> days() {
        return Optional.ofNullable(series);
    }

    public Optional<PracticeGoal> goal() {
        return Optional.ofNullable(becomesGoal);
    }

    /** The follow-ups that name another practice, in order. */
    public List<String> followUpPractices() {
        return followUps.stream().filter(Practice::isPracticeId).toList();
    }

    /** The follow-ups that are plain suggestions, in order. */
    public List<String> followUpSuggestions() {
        return followUps.stream().filter(followUp -> !isPracticeId(followUp)).toList();
    }
}
