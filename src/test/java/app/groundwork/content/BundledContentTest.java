package app.groundwork.content;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledContentTest {
    static final List<String> DIFFICULT = List.of("embarrassment", "shame", "anger", "grief", "numbness", "anxiety",
            "loneliness", "fear", "guilt", "disappointment", "envy");
    static final List<String> EASING = List.of("relief", "hope", "calm", "pride", "gratitude");
    static final List<String> BODY_SIGNALS = List.of("tight-chest", "racing-heart", "tense-shoulders", "urge-to-hide",
            "dislike-being-watched", "heavy-limbs", "knot-in-stomach", "poor-sleep");
    static final List<String> LIFE_AREAS = List.of("study", "work", "relationship", "health", "money", "other");
    static final List<String> CARDS = List.of("identity-injury", "emotional-hangover", "body-signals",
            "vulnerability-before-confidence", "inner-critic", "contingent-self-worth", "learned-helplessness",
            "non-linear-recovery", "psychological-flexibility");
    /** Words of cheering or verdict that do not belong in a response to someone's hard day. */
    private static final List<String> PEP_TALK = List.of("great job", "well done", "awesome", "amazing", "proud of you",
            "keep it up", "you've got this", "you got this", "stay positive", "everything happens", "failure");

    private static ContentLibrary library;

    @BeforeAll
    static void load() {
        library = ContentLibrary.loadBundled();
    }

    @Test
    void emotionsAreExactlyTheKnownIdsInOrderWithTheirTones() {
        List<String> ids = library.emotions().stream().map(Emotion::id).toList();
        assertEquals(Stream.concat(DIFFICULT.stream(), EASING.stream()).toList(), ids);
        DIFFICULT.forEach(id -> assertEquals(Emotion.DIFFICULT, library.emotion(id).orElseThrow().tone(), id));
        EASING.forEach(id -> assertTrue(library.emotion(id).orElseThrow().easing(), id));
    }

    @Test
    void bodySignalsLifeAreasAndCardsAreExactlyTheKnownIds() {
        assertEquals(BODY_SIGNALS, library.bodySignals().stream().map(BodySignal::id).toList());
        assertEquals(LIFE_AREAS, library.lifeAreas().stream().map(LifeArea::id).toList());
        assertEquals(CARDS, library.cards().stream().map(Card::id).toList());
        assertEquals("Urge to hide or disappear", library.bodySignal("urge-to-hide").orElseThrow().label());
        assertTrue(library.lifeArea("money").isPresent());
        assertTrue(library.card("no-such-card").isEmpty());
    }

    @Test
    void vocabularyHoldsEveryCheckInId() {
        var vocabulary = library.vocabulary();
        assertEquals(Set.copyOf(Stream.concat(DIFFICULT.stream(), EASING.stream()).toList()), vocabulary.emotions());
        assertEquals(Set.copyOf(BODY_SIGNALS), vocabulary.bodySignals());
        assertEquals(Set.copyOf(LIFE_AREAS), vocabulary.lifeAreas());
    }

    @Test
    void everyCardBodyIsBetween80And200WordsInParagraphs() {
        for (Card card : library.cards()) {
            int words = card.body().strip().split("\\s+").length;
            assertTrue(words >= 80 && words <= 200, card.id() + " has " + words + " words");
            assertTrue(card.paragraphs().size() >= 2, card.id() + " should have paragraphs");
            card.paragraphs().forEach(paragraph -> assertFalse(paragraph.isBlank(), card.id()));
        }
    }

    @Test
    void everyCardSummaryIsOneSentence() {
        for (Card card : library.cards()) {
            String summary = card.summary().strip();
            assertTrue(summary.endsWith("."), card.id());
            assertEquals(1, summary.split("[.!?](\\s|$)").length, card.id() + ": " + summary);
        }
    }

    @Test
    void faqAnswersWhereToFindUrgentHelpAndWhyTheSupportPanelOpens() {
        assertTrue(library.faq().size() >= 8, "faq entries: " + library.faq().size());
        assertTrue(library.faq().stream().anyMatch(entry -> entry.id().equals("support-panel")));
        FaqEntry crisis = library.faq().stream().filter(entry -> entry.id().equals("crisis")).findFirst().orElseThrow();
        String answer = crisis.answer().toLowerCase(Locale.ROOT);
        assertTrue(answer.contains("not an emergency service"), answer);
        assertTrue(answer.contains("emergency number") && answer.contains("crisis line"), answer);
    }

    @Test
    void thereAreAtLeastTwelveNotePromptsAndEachIsShort() {
        assertTrue(library.notePrompts().size() >= 12);
        library.notePrompts().forEach(prompt -> assertTrue(prompt.text().length() <= 100, prompt.id()));
    }

    @Test
    void responsesNameOnlyKnownIdsAndCards() {
        assertTrue(library.responses().size() >= 35, "responses: " + library.responses().size());
        for (CheckInResponse response : library.responses()) {
            ResponseCondition when = response.when();
            assertTrue(when.emotion() == null || library.emotion(when.emotion()).isPresent(), response.id());
            assertTrue(when.bodySignal() == null || library.bodySignal(when.bodySignal()).isPresent(), response.id());
            assertTrue(when.lifeArea() == null || library.lifeArea(when.lifeArea()).isPresent(), response.id());
            assertTrue(response.cardId() == null || library.card(response.cardId()).isPresent(), response.id());
        }
    }

    @Test
    void responsesNeverCheerOrPassVerdicts() {
        for (CheckInResponse response : library.responses()) {
            String text = response.text().toLowerCase(Locale.ROOT);
            assertFalse(text.contains("!"), response.id());
            PEP_TALK.forEach(phrase -> assertFalse(text.contains(phrase), response.id() + " says \"" + phrase + "\""));
        }
    }

    @ParameterizedTest
    @MethodSource("difficultEmotions")
    void eachDifficultEmotionHasAResponseForAStrongFeeling(String emotion) {
        assertTrue(library.responses().stream().map(CheckInResponse::when).anyMatch(when ->
                        emotion.equals(when.emotion()) && when.minIntensity() != null && when.minIntensity() <= 80
                                && when.conditionCount() == 2),
                emotion);
    }

    @Test
    void everyBodySignalLifeAreaAndEasingEmotionHasItsOwnResponse() {
        List<ResponseCondition> conditions = library.responses().stream().map(CheckInResponse::when).toList();
        BODY_SIGNALS.forEach(id -> assertTrue(conditions.stream()
                .anyMatch(when -> id.equals(when.bodySignal()) && when.conditionCount() == 1), id));
        LIFE_AREAS.forEach(id -> assertTrue(conditions.stream()
                .anyMatch(when -> id.equals(when.lifeArea()) && when.conditionCount() == 1), id));
        EASING.forEach(id -> assertTrue(conditions.stream().anyMatch(when -> id.equals(when.emotion())), id));
        assertTrue(conditions.stream().filter(when -> when.conditionCount() == 0).count() >= 3, "fallbacks");
    }

    @Test
    void crisisLexiconLoadsWithItsSignalsAndIdioms() {
        CrisisLexicon lexicon = library.crisisLexicon();
        List<String> signals = lexicon.signals().stream().map(CrisisSignal::id).toList();
        assertTrue(signals.containsAll(List.of("want-to-die", "kill-myself", "end-my-life", "suicide", "better-off-without-me",
                "sleep-and-never-wake", "nothing-to-live-for", "cant-go-on", "disappear-forever", "self-harm", "overdose",
                "jump-or-traffic", "burden", "goodbye-letter", "want-to-be-gone")), signals.toString());
        assertTrue(lexicon.idioms().size() >= 20, "idioms: " + lexicon.idioms().size());
        assertEquals(signals, lexicon.signalRules().stream().map(CrisisRule::id).toList());
        for (CrisisSignal signal : lexicon.signals()) {
            assertFalse(signal.label().isBlank(), signal.id());
            assertEquals(signal.patterns().size(), lexicon.signalRules().get(signals.indexOf(signal.id())).patterns().size());
        }
        assertEquals("Believing others would be better off without them",
                lexicon.signal("better-off-without-me").orElseThrow().label());
        assertTrue(lexicon.signal("no-such-signal").isEmpty());
    }

    static Stream<String> difficultEmotions() {
        return DIFFICULT.stream();
    }
}
