package app.groundwork.content;

import app.groundwork.domain.ReframeStep;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and checks {@code reframe-guide.json}: exactly one entry per {@link ReframeStep}, in the screen's order, each
 * with a title, prompt and example; the evidence step with its two prompts; and the examples of balanced answers.
 */
final class ReframeGuideChecks {
    static final String STEPS = "steps";
    static final String ALTERNATIVES = "alternatives";
    private static final List<String> STEP_IDS = Arrays.stream(ReframeStep.values()).map(ReframeStep::id).toList();
    private static final Set<String> KNOWN_STEP_IDS = Set.copyOf(STEP_IDS);

    private ReframeGuideChecks() {
    }

    static ReframeGuide read(ContentFileReader reader, String file) {
        Map<String, JsonNode> lists = reader.readLists(file, List.of(STEPS, ALTERNATIVES));
        List<ReframeGuideStep> steps = reader.bindEntries(file, lists.get(STEPS), ReframeGuideStep.class,
                ReframeGuideStep::id, ReframeGuideChecks::step);
        requireEveryStepInOrder(file, steps);
        List<AlternativeExample> alternatives = reader.bindEntries(file, lists.get(ALTERNATIVES),
                AlternativeExample.class, AlternativeExample::id, ReframeGuideChecks::alternative);
        return new ReframeGuide(steps, alternatives);
    }

    static void step(ReframeGuideStep step, EntryFields fields) {
        fields.requireId(step.id());
        if (!KNOWN_STEP_IDS.contains(step.id())) {
            throw fields.problem("id", "there is no step \"" + step.id() + "\"; the steps are " + String.join(", ", STEP_IDS));
        }
        fields.requireText("title", step.title());
        fields.requireText("prompt", step.prompt());
        fields.requireText("example", step.example());
        if (step.hint() != null) {
            fields.requireText("hint", step.hint());
        }
        if (step.id().equals(ReframeStep.EVIDENCE.id())) {
            fields.requireText("promptFor", step.promptFor());
            fields.requireText("promptAgainst", step.promptAgainst());
        } else {
            // the screen asks for evidence for and against only at the evidence step, so anywhere else they would be lost
            refuseOutsideEvidence("promptFor", step.promptFor(), fields);
            refuseOutsideEvidence("promptAgainst", step.promptAgainst(), fields);
        }
    }

    static void alternative(AlternativeExample example, EntryFields fields) {
        fields.requireId(example.id());
        fields.requireText("critic", example.critic());
        fields.requireText("balanced", example.balanced());
    }

    /** The screen walks the steps in {@link ReframeStep} order and shows each from the guide, so every one is needed. */
    private static void requireEveryStepInOrder(String file, List<ReframeGuideStep> steps) {
        Set<String> present = steps.stream().map(ReframeGuideStep::id).collect(Collectors.toSet());
        for (String id : STEP_IDS) {
            if (!present.contains(id)) {
                throw new ContentException(file, null, STEPS, "there is no entry for the step \"" + id + "\"");
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).id().equals(STEP_IDS.get(i))) {
                throw new ContentException(file, steps.get(i).id(), "id", "expected the step \"" + STEP_IDS.get(i)
                        + "\" here; the steps come in the order " + String.join(", ", STEP_IDS));
            }
        }
    }

    private static void refuseOutsideEvidence(String field, String value, EntryFields fields) {
        if (value != null) {
            throw fields.problem(field, "only the \"" + ReframeStep.EVIDENCE.id() + "\" step asks for evidence; leave this out");
        }
    }
}
