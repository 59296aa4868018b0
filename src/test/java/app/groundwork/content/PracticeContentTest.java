package app.groundwork.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.BreathingRhythm;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.PracticeRun;
import app.groundwork.domain.PracticeScript;
import app.groundwork.domain.StepTimer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled practices: the ones the product promises, each runnable from its content alone, in calm words. */
class PracticeContentTest {
    private static final List<String> EXPECTED = List.of("self-compassion-letter", "inner-child-dialogue",
            "vulnerability-check", "event-not-identity", "paced-breathing", "grounding-54321", "expressive-writing",
            "reconnection-planner", "solo-time-plan", "boundary-practice", "weekly-reflection");
    /** Words of verdict or pressure that do not belong in a practice for someone finding their feet again. */
    private static final List<Pattern> HARSH = Stream.of("\\bfail", "\\blazy", "\\bshould\\b", "\\bmust\\b", "\\bweak",
            "\\bpathetic", "!").map(Pattern::compile).toList();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T18:30:00Z"), ZoneOffset.UTC);

    private static ContentLibrary content;

    @BeforeAll
    static void load() {
        content = ContentLibrary.loadBundled();
    }

    @Test
    void everyPromisedPracticeIsThereInOrder() {
        assertEquals(EXPECTED, content.practices().stream().map(Practice::id).toList());
        assertEquals("Slow, paced breathing", content.practice("paced-breathing").orElseThrow().title());
        assertTrue(content.practice("weekly-review").isEmpty());
    }

    @Test
    void everyPracticeRunsFromItsFirstStepToItsLastAndCanBeFinished() {
        for (Practice practice : content.practices()) {
            PracticeScript script = practice.script();
            PracticeRun run = new PracticeRun(script, CLOCK);
            int visited = 0;
            int written = 0;
            boolean more = true;
            while (more) {
                visited++;
                PracticeScript.Step step = run.current();
                assertEquals(practice.steps().get(run.index()).prompt(), step.prompt(), practice.id());
                if (step.written()) {
                    run.write("Words for " + step.id());
                    written++;
                }
                run.timer().ifPresent(StepTimer::start);
                assertEquals(step.timed(), run.timer().isPresent(), practice.id() + " " + step.id());
                more = run.next();
            }
            assertEquals(practice.steps().size(), visited, practice.id());
            assertTrue(run.isLast(), practice.id());
            assertTrue(run.canFinish(), practice.id() + " can be finished");
            List<PracticeAnswer> answers = run.answers();
            assertEquals(written, answers.size(), practice.id() + ": one answer per written step");
            for (PracticeAnswer answer : answers) {
                assertEquals("Words for " + answer.promptId(), answer.answer(), practice.id());
            }
        }
    }

    @Test
    void practicesThatAskForWordsCannotBeFinishedEmpty() {
        for (Practice practice : content.practices()) {
            PracticeRun run = new PracticeRun(practice.script(), CLOCK);
            while (run.next()) {
                assertTrue(run.index() > 0);
            }
            assertEquals(practice.script().writtenSteps() == 0, run.canFinish(), practice.id());
        }
    }

    @Test
    void theBreathingGuideOffersFourFourSixAndBoxBreathing() {
        PracticeBreathing breathing = content.practice("paced-breathing").orElseThrow().breathingGuide().orElseThrow();
        assertEquals(new BreathingRhythm(4, 4, 6, 0), breathing.startingPattern().rhythm());
        assertTrue(breathing.patterns().stream().anyMatch(pattern -> pattern.rhythm().equals(new BreathingRhythm(4, 4, 4, 4))));
        assertTrue(breathing.rounds() >= 4);
    }

    @Test
    void expressiveWritingRunsOverDaysWithATimedSessionOfFifteenToTwentyMinutes() {
        Practice writing = content.practice("expressive-writing").orElseThrow();
        PracticeSeries series = writing.days().orElseThrow();
        assertTrue(series.days() >= 3, "several days");
        assertEquals(series.days(), series.focus().size());
        assertTrue(series.minutesPerDay() >= 15 && series.minutesPerDay() <= 20);
        int longest = writing.steps().stream().mapToInt(step -> step.timerSeconds() == null ? 0 : step.timerSeconds()).max().orElse(0);
        assertTrue(longest >= 15 * 60 && longest <= 20 * 60, longest + " seconds");
    }

    @Test
    void thePlannersAndTheBoundaryPracticeCanBecomeGoals() {
        assertEquals(GoalCategory.SOCIAL, content.practice("reconnection-planner").orElseThrow().goal().orElseThrow().goalCategory());
        assertEquals(GoalCategory.SOLO, content.practice("solo-time-plan").orElseThrow().goal().orElseThrow().goalCategory());
        assertEquals(GoalCategory.BOUNDARIES, content.practice("boundary-practice").orElseThrow().goal().orElseThrow().goalCategory());
    }

    @Test
    void theVulnerabilityCheckAsksWhatHurtWhatWasFearedAndWhatWasLost() {
        List<String> ids = content.practice("vulnerability-check").orElseThrow().steps().stream().map(PracticeStep::id).toList();
        assertTrue(ids.containsAll(List.of("what-hurt", "disappointment", "fear", "what-was-lost")), ids.toString());
    }

    @Test
    void everyPracticeIsShortKindAndLinked() {
        for (Practice practice : content.practices()) {
            long sentences = practice.why().chars().filter(c -> c == '.').count();
            assertTrue(sentences >= 1 && sentences <= 2, practice.id() + ": why in one or two sentences");
            assertFalse(practice.followUps().isEmpty(), practice.id() + " suggests what next");
            practice.cardId().ifPresent(card -> assertTrue(content.card(card).isPresent(), card));
            for (String text : texts(practice)) {
                String lower = text.toLowerCase(Locale.ROOT);
                HARSH.forEach(word -> assertFalse(word.matcher(lower).find(), practice.id() + " holds " + word + ": " + text));
            }
        }
    }

    private static List<String> texts(Practice practice) {
        List<String> texts = new java.util.ArrayList<>(List.of(practice.title(), practice.why()));
        practice.followUpSuggestions().forEach(texts::add);
        for (PracticeStep step : practice.steps()) {
            texts.add(step.prompt());
            if (step.example() != null) {
                texts.add(step.example());
            }
        }
        return texts;
    }
}
