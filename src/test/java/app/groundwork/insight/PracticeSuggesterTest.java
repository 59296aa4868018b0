package app.groundwork.insight;

import static app.groundwork.insight.CheckInBuilder.mood;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.PracticeSuggestion;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PracticeSuggesterTest {
    private static PracticeSuggester suggester;

    @BeforeAll
    static void load() {
        suggester = new PracticeSuggester(ContentLibrary.loadBundled());
    }

    private static Optional<PracticeSuggestion> suggest(CheckInBuilder checkIn) {
        return suggester.suggestFor(Optional.of(checkIn.build()));
    }

    private static String practice(CheckInBuilder checkIn) {
        return suggest(checkIn).orElseThrow().practiceId();
    }

    @Test
    void strongShameSuggestsTheSelfCompassionLetter() {
        PracticeSuggestion suggestion = suggest(mood(4).feeling("shame", 60)).orElseThrow();
        assertEquals(PracticeSuggestion.Kind.PRACTICE, suggestion.kind());
        assertEquals("self-compassion-letter", suggestion.practiceId());
        assertEquals("practice.suggest.shame", suggestion.reasonKey());
    }

    @Test
    void strongLonelinessSuggestsTheReconnectionPlanner() {
        assertEquals("reconnection-planner", practice(mood(5).feeling("loneliness", 75)));
    }

    @Test
    void strongAnxietySuggestsPacedBreathing() {
        assertEquals("paced-breathing", practice(mood(5).feeling("anxiety", 90)));
    }

    @Test
    void lowSelfTrustPointsToASmallStepOnTheLadderRatherThanAPractice() {
        PracticeSuggestion suggestion = suggest(mood(5).selfTrust(3)).orElseThrow();
        assertEquals(PracticeSuggestion.Kind.LADDER, suggestion.kind());
        assertNull(suggestion.practiceId());
        assertEquals("practice.suggest.selfTrust", suggestion.reasonKey());
        assertTrue(suggest(mood(5).selfTrust(0)).isPresent());
        assertTrue(suggest(mood(5).selfTrust(4)).isEmpty(), "four is not low");
    }

    @Test
    void theFirstRuleThatFitsWinsInTheDocumentedOrder() {
        CheckInBuilder everything = mood(2).selfTrust(1).feeling("anxiety", 95).feeling("loneliness", 80).feeling("shame", 70);
        assertEquals("self-compassion-letter", practice(everything));
        assertEquals("reconnection-planner", practice(mood(2).selfTrust(1).feeling("anxiety", 95).feeling("loneliness", 80)));
        assertEquals("paced-breathing", practice(mood(2).selfTrust(1).feeling("anxiety", 95)),
                "a strong feeling comes before the self-trust number");
    }

    @Test
    void justBelowTheThresholdsOrNoCheckInSuggestsNothing() {
        assertTrue(suggest(mood(3).selfTrust(5).feeling("shame", 59).feeling("loneliness", 59).feeling("anxiety", 59)).isEmpty());
        assertTrue(suggest(mood(8)).isEmpty(), "self-trust left out is not low");
        assertTrue(suggest(mood(4).feelingInOwnWords("shame", 90)).isEmpty(), "an own word is not the catalogue feeling");
        assertFalse(suggester.suggestFor(Optional.empty()).isPresent());
    }

    @Test
    void everyReasonHasGentleWords() {
        ResourceBundle messages = ResourceBundle.getBundle("i18n.messages");
        for (String key : List.of("practice.suggest.shame", "practice.suggest.loneliness", "practice.suggest.anxiety",
                "practice.suggest.selfTrust")) {
            assertFalse(messages.getString(key).isBlank(), key);
        }
    }
}
