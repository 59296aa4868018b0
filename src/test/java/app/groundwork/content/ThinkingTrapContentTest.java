package app.groundwork.content;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled thinking traps and the cues that suggest them, held to the product's standards beyond what loading checks. */
class ThinkingTrapContentTest {
    private static final List<String> IDS = List.of("all-or-nothing", "overgeneralizing", "labeling", "catastrophizing",
            "mind-reading", "fortune-telling", "personalizing", "should-statements", "emotional-reasoning",
            "discounting-positive", "mental-filter", "magnifying", "comparing", "blaming");
    /** Clinical or verdict words that must never describe the person reading. */
    private static final List<String> NOT_SAID = List.of("distortion", "disorder", "irrational", "dysfunctional",
            "you are a failure", "you failed", "your fault", "stop being", "just think positive", "!");

    private static ContentLibrary library;

    @BeforeAll
    static void load() {
        library = ContentLibrary.loadBundled();
    }

    @Test
    void theCatalogueIsTheFourteenTrapsInOrder() {
        assertEquals(IDS, ThinkingTrap.CATALOGUE_IDS);
        assertEquals(IDS, library.thinkingTraps().stream().map(ThinkingTrap::id).toList());
        assertEquals("All or nothing", library.thinkingTrap("all-or-nothing").orElseThrow().name());
        assertTrue(library.thinkingTrap("perfectionism").isEmpty());
    }

    @Test
    void everyTrapHasEveryFieldFilledIn() {
        for (ThinkingTrap trap : library.thinkingTraps()) {
            List.of(trap.name(), trap.description(), trap.explanation(), trap.question(), trap.example().setting(),
                    trap.example().thought(), trap.example().answer())
                    .forEach(text -> assertFalse(text == null || text.isBlank(), trap.id()));
            assertTrue(trap.name().length() <= 30, trap.id() + " name: " + trap.name());
            assertFalse(trap.description().contains("\n"), trap.id() + " description is one line");
            assertTrue(trap.question().strip().endsWith("?"), trap.id() + " question: " + trap.question());
            int sentences = trap.explanation().split("[.?](\\s|$)").length;
            assertTrue(sentences >= 3 && sentences <= 6, trap.id() + " explanation has " + sentences + " sentences");
        }
    }

    @Test
    void examplesSpreadAcrossStudyJobAndRelationshipSetbacks() {
        Map<String, Long> bySetting = library.thinkingTraps().stream()
                .collect(Collectors.groupingBy(trap -> trap.example().setting(), Collectors.counting()));
        assertEquals(Set.of("study", "job", "relationship"), bySetting.keySet());
        bySetting.forEach((setting, count) -> assertTrue(count >= 4, setting + " is used " + count + " times"));
    }

    @Test
    void theWordsStayWarmAndNeverLabelTheReader() {
        for (ThinkingTrap trap : library.thinkingTraps()) {
            String said = String.join(" ", trap.name(), trap.description(), trap.explanation(), trap.question(),
                    trap.example().answer()).toLowerCase(Locale.ROOT);
            NOT_SAID.forEach(words -> assertFalse(said.contains(words), trap.id() + " says \"" + words + "\""));
        }
    }

    @Test
    void everyTrapHasCuesAndEveryCueIsCompiled() {
        TrapCues cues = library.trapCues();
        assertEquals(IDS, cues.trapIds());
        Set<String> suggested = cues.rules().stream().map(TrapCueRule::trapId).collect(Collectors.toSet());
        assertEquals(Set.copyOf(IDS), suggested);
        assertEquals(cues.cues().stream().map(TrapCue::id).toList(), cues.rules().stream().map(TrapCueRule::cueId).toList());
        for (int i = 0; i < cues.cues().size(); i++) {
            TrapCue cue = cues.cues().get(i);
            assertEquals(cue.patterns().size(), cues.rules().get(i).patterns().size(), cue.id());
            assertEquals(cue.unless().size(), cues.rules().get(i).unless().size(), cue.id());
            assertFalse(cue.about().isBlank(), cue.id());
        }
        assertTrue(cues.words().stream().anyMatch(words -> words.id().equals("self-label")));
    }
}
