package app.groundwork.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.ReframeStep;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled thought-record guide, held to what the Reframe screen needs and to the product's tone. */
class ReframeGuideContentTest {
    /** Words that judge the person or cheer at them; neither belongs in a guide for someone on a hard day. */
    private static final List<String> UNKIND = List.of("failure", "failed", "loser", "pathetic", "great job", "well done",
            "awesome", "amazing", "stay positive", "just think positive", "should have known", "disorder", "symptom");

    private static ReframeGuide guide;

    @BeforeAll
    static void load() {
        guide = ContentLibrary.loadBundled().reframeGuide();
    }

    @Test
    void everyStepIsThereOnceInTheScreensOrder() {
        assertEquals(Arrays.stream(ReframeStep.values()).map(ReframeStep::id).toList(),
                guide.steps().stream().map(ReframeGuideStep::id).toList());
        for (ReframeStep step : ReframeStep.values()) {
            assertEquals(step.id(), guide.step(step).id());
            assertSame(guide.steps().get(step.ordinal()), guide.step(step));
        }
    }

    @Test
    void everyStepHasATitleAPromptAndAnExample() {
        for (ReframeGuideStep step : guide.steps()) {
            assertFalse(step.title().isBlank(), step.id());
            assertFalse(step.prompt().isBlank(), step.id());
            assertFalse(step.example().isBlank(), step.id());
            int titleWords = step.title().strip().split("\\s+").length;
            assertTrue(titleWords >= 2 && titleWords <= 4, step.id() + " title: " + step.title());
            long sentences = Arrays.stream(step.prompt().split("[.?](\\s|$)")).filter(s -> !s.isBlank()).count();
            assertTrue(sentences >= 1 && sentences <= 3, step.id() + " prompt: " + step.prompt());
            assertTrue(step.hasHint() && step.hint().length() <= 140, step.id() + " hint: " + step.hint());
        }
    }

    @Test
    void onlyTheEvidenceStepAsksForEvidenceForAndAgainst() {
        ReframeGuideStep evidence = guide.step(ReframeStep.EVIDENCE);
        assertTrue(evidence.promptFor().contains("?") && evidence.promptAgainst().contains("?"));
        assertTrue(evidence.promptAgainst().contains("not"), evidence.promptAgainst());
        assertTrue(evidence.example().contains("For:") && evidence.example().contains("Against:"), evidence.example());
        guide.steps().stream().filter(step -> step != evidence).forEach(step -> {
            assertNull(step.promptFor(), step.id());
            assertNull(step.promptAgainst(), step.id());
        });
    }

    @Test
    void theStepsSayWhatTheMethodAsks() {
        assertTrue(guide.step(ReframeStep.FRIEND).prompt().contains("friend"));
        assertTrue(guide.step(ReframeStep.FRIEND).prompt().endsWith("?"));
        assertTrue(guide.step(ReframeStep.THOUGHT).prompt().contains("critic"));
        assertTrue(guide.step(ReframeStep.BEFORE).prompt().contains("0 to 100"));
        assertTrue(guide.step(ReframeStep.AFTER).prompt().contains("Any drop at all counts"));
        assertTrue(guide.step(ReframeStep.ALTERNATIVE).example().contains("not a description of who I am"));
    }

    @Test
    void theExamplesTellOneStoryWithNumbersThatEase() {
        // the running example: a job not offered after a final interview, followed from the facts to the re-rating
        assertTrue(guide.step(ReframeStep.SITUATION).example().contains("final interview"));
        assertTrue(guide.step(ReframeStep.EVIDENCE).example().contains("final round"));
        assertTrue(guide.step(ReframeStep.FRIEND).example().contains("final round"));
        assertTrue(guide.step(ReframeStep.BEFORE).example().contains("85 out of 100"));
        assertTrue(guide.step(ReframeStep.AFTER).example().contains("40 out of 100"));
        for (String feeling : List.of("Shame", "disappointment", "anxiety")) {
            assertTrue(guide.step(ReframeStep.BEFORE).example().contains(feeling), feeling);
            assertTrue(guide.step(ReframeStep.AFTER).example().contains(feeling), feeling);
        }
    }

    @Test
    void atLeastEightAlternativesAcrossStudyJobAndRelationships() {
        List<AlternativeExample> alternatives = guide.alternatives();
        assertTrue(alternatives.size() >= 8, "alternatives: " + alternatives.size());
        Set<String> ids = alternatives.stream().map(AlternativeExample::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("exam-not-passed", "let-go", "relationship-ended")), ids.toString());
        for (AlternativeExample example : alternatives) {
            assertFalse(example.critic().isBlank() || example.balanced().isBlank(), example.id());
            assertTrue(example.balanced().length() > example.critic().length(),
                    example.id() + ": the answer takes more care than the critic did");
        }
    }

    @Test
    void theGuideNeverJudgesOrCheers() {
        Stream<String> texts = Stream.concat(
                guide.steps().stream().flatMap(step -> Stream.of(step.title(), step.prompt(), step.example(), step.hint(),
                        step.promptFor(), step.promptAgainst())),
                guide.alternatives().stream().flatMap(example -> Stream.of(example.critic(), example.balanced())));
        texts.filter(text -> text != null).forEach(text -> {
            String lower = text.toLowerCase(Locale.ROOT);
            UNKIND.forEach(word -> assertFalse(lower.contains(word), "\"" + word + "\" in: " + text));
            assertFalse(text.contains("!"), text);
        });
    }

    @Test
    void aGuideBuiltWithoutAStepSaysWhichIsMissing() {
        ReframeGuide partial = new ReframeGuide(guide.steps().subList(0, 2), List.of());
        assertEquals("thought", partial.step(ReframeStep.THOUGHT).id());
        NoSuchElementException missing = assertThrows(NoSuchElementException.class, () -> partial.step(ReframeStep.AFTER));
        assertTrue(missing.getMessage().contains("\"after\""), missing.getMessage());
    }
}
