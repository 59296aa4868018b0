package app.groundwork.insight;

import app.groundwork.content.ContentLibrary;
import app.groundwork.content.Emotion;
import app.groundwork.content.ResponseCondition;
import app.groundwork.domain.CheckInContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import static app.groundwork.insight.CheckInBuilder.mood;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckInResponderTest {
    private static ContentLibrary library;
    private static CheckInResponder responder;

    @BeforeAll
    static void load() {
        library = ContentLibrary.loadBundled();
        responder = new CheckInResponder(library);
    }

    @Test
    void strongShameGetsAShameResponseWithItsCard() {
        ResponseChoice choice = responder.respond(mood(4).feeling("shame", 85).build());

        assertEquals("shame", choice.response().when().emotion());
        assertEquals("shame 85", choice.matchedOn());
        assertEquals(library.card(choice.response().cardId()), choice.card());
        assertTrue(choice.card().isPresent());
    }

    @ParameterizedTest
    @MethodSource("difficultEmotions")
    void eachDifficultEmotionAt80GetsAResponseAboutThatEmotion(String emotion) {
        ResponseChoice choice = responder.respond(mood(5).feeling(emotion, 80).build());

        assertEquals(emotion, choice.response().when().emotion());
        assertTrue(choice.matchedOn().endsWith(" 80"), choice.matchedOn());
    }

    @Test
    void aMoreSpecificResponseWinsOverAGeneralOne() {
        ResponseChoice choice = responder.respond(mood(5).feeling("shame", 85).area("study").build());

        ResponseCondition when = choice.response().when();
        assertEquals("shame", when.emotion());
        assertEquals("study", when.lifeArea());
        assertEquals("shame 85, study", choice.matchedOn());
    }

    @Test
    void amongEquallySpecificResponsesTheStrongerFeelingWins() {
        ResponseChoice choice = responder.respond(mood(5).feeling("shame", 70).feeling("anxiety", 90).build());

        assertEquals("anxiety", choice.response().when().emotion());
        assertEquals("anxiety 90", choice.matchedOn());
    }

    @Test
    void aCalmDayWithGoodMoodNeverGetsALowMoodResponse() {
        for (int calm = 0; calm <= 100; calm += 5) {
            for (int minute = 0; minute < 60; minute += 7) {
                CheckInContent checkIn = mood(8).selfTrust(7).feeling("calm", calm).at(LocalTime.of(18, minute)).build();
                ResponseCondition when = responder.respond(checkIn).response().when();
                assertNull(when.moodAtMost(), "calm " + calm + ": " + when);
                assertNull(when.selfTrustAtMost(), "calm " + calm + ": " + when);
                assertTrue(when.emotion() == null || library.emotion(when.emotion()).orElseThrow().easing(), when.toString());
            }
        }
    }

    @Test
    void aVeryLowMoodIsAnsweredAsSuch() {
        ResponseChoice choice = responder.respond(mood(2).build());

        assertEquals(2, choice.response().when().moodAtMost());
        assertEquals("mood 2", choice.matchedOn());
    }

    @Test
    void lowSelfTrustIsAnsweredAsSuch() {
        ResponseChoice choice = responder.respond(mood(6).selfTrust(1).build());

        assertTrue(choice.response().when().selfTrustAtMost() != null, choice.response().id());
        assertEquals("self-trust 1", choice.matchedOn());
    }

    @Test
    void aBodySignalOnItsOwnGetsItsOwnResponse() {
        ResponseChoice choice = responder.respond(mood(5).body("urge-to-hide").build());

        assertEquals("urge-to-hide", choice.response().when().bodySignal());
        assertEquals("urge to hide or disappear", choice.matchedOn());
    }

    @Test
    void aLifeAreaOnItsOwnGetsItsOwnResponse() {
        ResponseChoice choice = responder.respond(mood(5).area("money").build());

        assertEquals("money", choice.response().when().lifeArea());
    }

    @Test
    void anEasingFeelingIsNotedRatherThanOutweighedByTheFallbacks() {
        ResponseChoice choice = responder.respond(mood(6).feeling("hope", 60).build());

        assertEquals("hope", choice.response().when().emotion());
        assertEquals("hope 60", choice.matchedOn());
    }

    @Test
    void aMixedDayIsAnsweredAsMixed() {
        ResponseCondition when = responder.respond(mood(3).feeling("hope", 50).build()).response().when();

        assertEquals("hope", when.emotion());
        assertEquals(4, when.moodAtMost());
    }

    @Test
    void feelingsRatedZeroOrNamedInOwnWordsDoNotCountAsKnownEmotions() {
        ResponseChoice choice = responder.respond(mood(5).feeling("shame", 0).feelingInOwnWords("shame", 90).build());

        assertEquals(0, choice.response().when().conditionCount());
        assertEquals("", choice.matchedOn());
    }

    @Test
    void theSameCheckInAlwaysGetsTheSameResponse() {
        CheckInContent checkIn = mood(5).body("tight-chest").area("work").build();
        String first = responder.respond(checkIn).response().id();

        for (int i = 0; i < 5; i++) {
            assertEquals(first, new CheckInResponder(ContentLibrary.loadBundled()).respond(checkIn).response().id());
        }
    }

    @Test
    void differentCheckInsWithNothingSpecificHearDifferentFallbacks() {
        Set<String> chosen = new HashSet<>();
        for (int minute = 0; minute < 60; minute++) {
            ResponseChoice choice = responder.respond(mood(5).at(LocalTime.of(12, minute)).build());
            assertEquals(0, choice.response().when().conditionCount());
            chosen.add(choice.response().id());
        }
        assertTrue(chosen.size() >= 2, "only ever " + chosen);
    }

    @Test
    void equallyRelevantResponsesShareTheWorkBetweenThem() {
        Set<String> chosen = new HashSet<>();
        for (int minute = 0; minute < 60; minute++) {
            chosen.add(responder.respond(mood(5).body("tight-chest").area("work").at(LocalTime.of(8, minute)).build())
                    .response().id());
        }
        assertEquals(Set.of("body-tight-chest", "area-work"), chosen);
    }

    static Stream<String> difficultEmotions() {
        return ContentLibrary.loadBundled().emotions().stream().filter(emotion -> !emotion.easing()).map(Emotion::id);
    }
}
