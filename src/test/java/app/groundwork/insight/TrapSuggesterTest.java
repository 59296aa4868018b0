package app.groundwork.insight;

import app.groundwork.content.ContentLibrary;
import app.groundwork.content.CueWords;
import app.groundwork.content.ThinkingTrap;
import app.groundwork.content.TrapCue;
import app.groundwork.content.TrapCues;
import app.groundwork.domain.TrapSuggestion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrapSuggesterTest {
    private static TrapSuggester suggester;

    @BeforeAll
    static void load() {
        suggester = new TrapSuggester(ContentLibrary.loadBundled());
    }

    @Test
    void nothingToSuggestForNullEmptyOrBlankText() {
        assertEquals(List.of(), suggester.suggest(null));
        assertEquals(List.of(), suggester.suggest(""));
        assertEquals(List.of(), suggester.suggest("  \n\t "));
    }

    @Test
    void theEvidenceIsTheWordsExactlyAsTyped() {
        assertEquals(List.of(
                        new TrapSuggestion("overgeneralizing", List.of("ALWAYS")),
                        new TrapSuggestion("labeling", List.of("I’m such an IDIOT"))),
                suggester.suggest("I’m such an IDIOT, I ALWAYS mess up"));
    }

    @Test
    void typographicAndMissingApostrophesAreReadLikePlainOnes() {
        assertEquals(List.of(new TrapSuggestion("should-statements", List.of("I shouldn’t have"))),
                suggester.suggest("I shouldn’t have said that to her"));
        assertEquals(List.of(new TrapSuggestion("labeling", List.of("Im so stupid"))), suggester.suggest("Im so stupid"));
        assertEquals(List.of(new TrapSuggestion("labeling", List.of("I am  worthless"))),
                suggester.suggest("I am  worthless"));
    }

    @Test
    void suggestionsComeInCatalogueOrderWhateverTheOrderOfTheWords() {
        List<TrapSuggestion> suggestions = suggester.suggest(
                "Everyone else has it sorted. I should have tried harder. I'm a failure.");
        assertEquals(List.of("labeling", "should-statements", "comparing"),
                suggestions.stream().map(TrapSuggestion::trapId).toList());
        List<String> order = ThinkingTrap.CATALOGUE_IDS;
        List<TrapSuggestion> many = suggester.suggest("My boss must think I'm useless, it's all my fault, I always mess up "
                + "and I'll never get another job. I should have known. Compared to my sister I've got nothing.");
        List<Integer> positions = many.stream().map(suggestion -> order.indexOf(suggestion.trapId())).toList();
        assertEquals(positions.stream().sorted().toList(), positions);
        assertTrue(many.size() >= 5, many.toString());
    }

    @Test
    void eachTrapComesOnceAndEachWordingOnceInTextOrder() {
        List<TrapSuggestion> suggestions = suggester.suggest(
                "I always fail. Always! I always mess it up, and nothing ever works out.");
        assertEquals(1, suggestions.size(), suggestions.toString());
        TrapSuggestion overgeneralizing = suggestions.get(0);
        assertEquals("overgeneralizing", overgeneralizing.trapId());
        assertEquals(List.of("always", "nothing ever"), overgeneralizing.because());
    }

    @Test
    void overlappingMatchesOfOneTrapBecomeOnePhrase() {
        assertEquals(List.of(new TrapSuggestion("personalizing", List.of("It's all my fault"))),
                suggester.suggest("It's all my fault"));
    }

    @Test
    void negationsSetCuesAsideWhereTheyChangeTheMeaning() {
        assertEquals(List.of(), suggester.suggest("I'm not always late"));
        assertEquals(List.of(), suggester.suggest("It wasn't my fault the shop closed"));
        assertEquals(List.of(), suggester.suggest("I'm not a failure"));
        assertEquals(List.of(), suggester.suggest("I don't have to be perfect"));
        assertEquals(List.of(), suggester.suggest("It's not the end of the world"));
        assertEquals(List.of(), suggester.suggest("I don't think they hate me"));
        // ... and not where the negation is the trap itself
        assertEquals(List.of(new TrapSuggestion("labeling", List.of("I'm not good enough"))),
                suggester.suggest("I'm not good enough"));
        assertEquals(List.of(new TrapSuggestion("overgeneralizing", List.of("never"))),
                suggester.suggest("I never do anything right"));
    }

    @Test
    void aHarshWordPutInSomeoneElsesHeadIsMindReadingNotALabel() {
        assertEquals(List.of(new TrapSuggestion("mind-reading", List.of("They think I'm an idiot"))),
                suggester.suggest("They think I'm an idiot"));
    }

    @Test
    void aNounAfterImIsNotALabel() {
        assertEquals(List.of(), suggester.suggest("I'm a nurse and I lost my job today"));
        assertEquals(List.of(), suggester.suggest("I'm a student"));
        assertEquals(List.of(), suggester.suggest("I'm such a morning person"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" but not \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            all-or-nothing       | The whole degree was a waste                 | The whole class went out for lunch
            overgeneralizing     | I always say the wrong thing                 | I always drink coffee in the morning
            labeling             | what a loser I am                            | what a day I had
            catastrophizing      | I'll end up alone forever                    | I'll be alone tonight, and that's fine
            mind-reading         | She must think I'm pathetic                  | She thinks the bus is late
            fortune-telling      | I'm going to fail the resit                  | I'm going to the library
            personalizing        | The project failed because of me             | She came to the party because of me
            should-statements    | I should be over this by now                 | I should call my mum this weekend
            emotional-reasoning  | I feel stupid, so I probably am              | I feel tired so I'm going to bed
            discounting-positive | I got the job but it was just luck           | It was just luck that the bus came
            mental-filter        | All I can think about is the one mistake     | All I can think about is the holiday
            magnifying           | This is the biggest mistake of my life       | He is the biggest fan of the band
            comparing            | All my friends are married and I'm still single | All my friends came to my birthday
            blaming              | It's all their fault I lost my job            | It's not their fault the train was late
            """)
    void eachTrapHasAPositiveAndANearMiss(String trap, String positive, String nearMiss) {
        List<TrapSuggestion> found = suggester.suggest(positive);
        assertTrue(found.stream().anyMatch(suggestion -> suggestion.trapId().equals(trap)), positive + " → " + found);
        assertFalse(suggester.suggest(nearMiss).stream().anyMatch(suggestion -> suggestion.trapId().equals(trap)),
                nearMiss + " → " + suggester.suggest(nearMiss));
    }

    @Test
    void aLongTextIsReadToTheEndAndItsEvidenceFound() {
        String calm = "Today I walked to the shop, bought bread and talked to my neighbour about the weather. ";
        String text = calm.repeat(1_500) + "Then the email came and I thought: I'm a complete failure. " + calm.repeat(200);
        List<TrapSuggestion> suggestions = suggester.suggest(text);
        assertEquals(List.of(new TrapSuggestion("labeling", List.of("I'm a complete failure"))), suggestions);
    }

    @Test
    void lineBreaksAndRunsOfSpacesCountAsOneSpace() {
        assertEquals(List.of(new TrapSuggestion("should-statements", List.of("I should\n\n  have known"))),
                suggester.suggest("I should\n\n  have known"));
    }

    @Test
    void oneSuggesterServesManyThreadsWithTheSameAnswers() throws Exception {
        List<String> thoughts = List.of("I always mess things up", "I'm such an idiot", "They think I'm stupid",
                "I'll never pass", "It's all my fault", "I should have studied", "I miss my old job");
        Map<String, List<TrapSuggestion>> expected = thoughts.stream()
                .collect(Collectors.toMap(thought -> thought, suggester::suggest));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            IntStream.range(0, 400).forEach(i -> results.add(pool.submit(() -> {
                String thought = thoughts.get(i % thoughts.size());
                return suggester.suggest(thought).equals(expected.get(thought));
            })));
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void cuesBuiltInCodeWorkAsFromTheFileUnlessIncluded() {
        List<TrapCue> cues = new ArrayList<>();
        for (String trap : ThinkingTrap.CATALOGUE_IDS) {
            cues.add(new TrapCue(trap + "-cue", trap, "test cue", List.of("zz" + trap.replace("-", "")), null));
        }
        cues.set(0, new TrapCue("blue", "all-or-nothing", "blue, unless not blue", List.of("{colour}"),
                List.of("not {colour}")));
        TrapSuggester custom = new TrapSuggester(TrapCues.of(List.of(new CueWords("colour", List.of("blue"))), cues));
        assertEquals(List.of(new TrapSuggestion("all-or-nothing", List.of("Blue"))), custom.suggest("Blue skies"));
        assertEquals(List.of(), custom.suggest("not blue at all"));
        assertEquals(List.of(new TrapSuggestion("blaming", List.of("zzblaming"))), custom.suggest("zzblaming"));
    }

    @Test
    void aSuggestionAlwaysNamesItsTrapAndItsWords() {
        assertThrows(IllegalArgumentException.class, () -> new TrapSuggestion("labeling", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new TrapSuggestion(" ", List.of("always")));
        assertThrows(IllegalArgumentException.class, () -> new TrapSuggestion("labeling", List.of(" ")));
        assertThrows(NullPointerException.class, () -> new TrapSuggestion(null, List.of("always")));
    }
}
