package app.groundwork.insight;

import app.groundwork.content.Card;
import app.groundwork.content.ContentLibrary;
import app.groundwork.content.ContentSource;
import app.groundwork.domain.CheckInContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static app.groundwork.insight.CheckInBuilder.mood;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TodayCardPickerTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 14);

    private static ContentLibrary library;
    private static TodayCardPicker picker;

    @BeforeAll
    static void load() {
        library = ContentLibrary.loadBundled();
        picker = new TodayCardPicker(library);
    }

    @Test
    void strongShameOrGuiltPointsToTheInnerCritic() {
        assertEquals("inner-critic", pick(mood(4).feeling("shame", 80)));
        assertEquals("inner-critic", pick(mood(6).feeling("guilt", 65)));
    }

    @Test
    void strongEmbarrassmentPointsToIdentityInjury() {
        assertEquals("identity-injury", pick(mood(5).feeling("embarrassment", 70)));
    }

    @Test
    void numbnessOrHeavinessPointsToTheEmotionalHangover() {
        assertEquals("emotional-hangover", pick(mood(5).feeling("numbness", 55)));
        assertEquals("emotional-hangover", pick(mood(5).body("heavy-limbs")));
    }

    @Test
    void bodySignalsOrStrongAlarmPointToTheBodyCard() {
        assertEquals("body-signals", pick(mood(5).body("tight-chest")));
        assertEquals("body-signals", pick(mood(2).selfTrust(2).body("racing-heart")));
        assertEquals("body-signals", pick(mood(5).feeling("fear", 75)));
    }

    @Test
    void lowSelfTrustPointsToVulnerabilityBeforeConfidence() {
        assertEquals("vulnerability-before-confidence", pick(mood(5).selfTrust(2)));
    }

    @Test
    void lowMoodAndLowSelfTrustTogetherPointToLearnedHelplessness() {
        assertEquals("learned-helplessness", pick(mood(2).selfTrust(3)));
    }

    @Test
    void lowMoodAlonePointsToNonLinearRecovery() {
        assertEquals("non-linear-recovery", pick(mood(3)));
        assertEquals("non-linear-recovery", pick(mood(3).selfTrust(6)));
    }

    @Test
    void strongDisappointmentOrEnvyPointsToContingentSelfWorth() {
        assertEquals("contingent-self-worth", pick(mood(5).feeling("envy", 60)));
    }

    @Test
    void anEasingDayPointsToPsychologicalFlexibility() {
        assertEquals("psychological-flexibility", pick(mood(5).feeling("calm", 70).feeling("anxiety", 40)));
        assertEquals("psychological-flexibility", pick(mood(8)));
    }

    @Test
    void aHardFeelingAsStrongAsTheEasingOneIsNotAnEasingDay() {
        CheckInContent checkIn = mood(5).feeling("calm", 40).feeling("anxiety", 40).build();
        assertEquals(picker.pick(Optional.empty(), TODAY), picker.pick(Optional.of(checkIn), TODAY));
    }

    @Test
    void withoutACheckInEveryCardComesRoundInTurn() {
        Set<String> seen = new HashSet<>();
        for (int day = 0; day < library.cards().size(); day++) {
            seen.add(picker.pick(Optional.empty(), TODAY.plusDays(day)).id());
        }
        assertEquals(library.cards().size(), seen.size());
        assertEquals(picker.pick(Optional.empty(), TODAY), picker.pick(Optional.empty(), TODAY));
    }

    @Test
    void aCheckInWithNothingToGoOnFallsBackToTheCardOfTheDay() {
        CheckInContent ordinary = mood(5).selfTrust(5).feeling("anger", 30).build();
        for (int day = 0; day < 3; day++) {
            LocalDate date = TODAY.plusDays(day);
            assertEquals(picker.pick(Optional.empty(), date), picker.pick(Optional.of(ordinary), date));
        }
    }

    @Test
    void refusesContentThatLacksACardItsRulesNeed() {
        String onlyOneCard = """
                {"version": 1, "cards": [{"id": "inner-critic", "title": "T", "summary": "S.", "body": "B"}]}""";
        String onlyAFallback = """
                {"version": 1, "responses": [{"id": "fallback", "text": "Noted.", "when": {}}]}""";
        ContentLibrary thin = ContentLibrary.load(name -> switch (name) {
            case "cards.json" -> stream(onlyOneCard);
            case "checkin-responses.json" -> stream(onlyAFallback);
            case "practices.json" -> stream("{\"version\": 1, \"practices\": []}");
            default -> ContentSource.bundled().open(name);
        });
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new TodayCardPicker(thin));
        assertTrue(error.getMessage().contains("identity-injury"), error.getMessage());
    }

    private static String pick(CheckInBuilder checkIn) {
        Card card = picker.pick(Optional.of(checkIn.build()), TODAY);
        return card.id();
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
