package app.groundwork.content;

import app.groundwork.domain.ReframeStep;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The words that walk a person through a thought record ({@code reframe-guide.json}): one {@link ReframeGuideStep}
 * per {@link ReframeStep}, in the screen's order, and examples of balanced answers to the inner critic.
 *
 * @param steps        one per step, in {@link ReframeStep} order
 * @param alternatives examples of an "event, not a verdict on me" answer, in file order
 */
public record ReframeGuide(List<ReframeGuideStep> steps, List<AlternativeExample> alternatives) {

    public ReframeGuide {
        steps = List.copyOf(steps);
        alternatives = List.copyOf(alternatives);
    }

    /**
     * The guide's words for one step; a library that loaded has every step.
     *
     * @throws NoSuchElementException only for a guide built by hand without that step
     */
    public ReframeGuideStep step(ReframeStep step) {
        for (ReframeGuideStep guideStep : steps) {
            if (guideStep.id().equals(step.id())) {
                return guideStep;
            }
        }
        throw new NoSuchElementException("the reframe guide has no step \"" + step.id() + "\"");
    }
}
