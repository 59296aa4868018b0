package app.groundwork.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckInRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    private static final CheckInRules RULES = new CheckInRules(new CheckInVocabulary(
            Set.of("shame", "hope"), Set.of("tight-chest"), Set.of("work", "study")));

    private static CheckInContent with(int mood, List<EmotionRating> emotions, String note, List<String> tags) {
        return new CheckInContent(TODAY, LocalTime.of(8, 30), mood, null, null, null, emotions, List.of(), List.of(), note, tags);
    }

    private static List<String> keys(CheckInContent content) {
        return RULES.problems(content, TODAY).stream().map(FieldProblem::key).toList();
    }

    @Test
    void aPlainCheckInHasNoProblems() {
        assertTrue(RULES.problems(with(1, List.of(), "", List.of()), TODAY).isEmpty());
        assertTrue(RULES.problems(with(10, List.of(EmotionRating.known("hope", 100)), "ok", List.of("walk")), TODAY).isEmpty());
    }

    @Test
    void moodOutsideOneToTenIsRefusedWithTheRange() {
        List<FieldProblem> problems = RULES.problems(with(11, List.of(), "", List.of()), TODAY);

        assertEquals(List.of(FieldProblem.of("mood", "problem.range", 11, 1, 10)), problems);
        assertEquals(List.of("problem.range"), keys(with(0, List.of(), "", List.of())));
    }

    @Test
    void optionalScalesAreCheckedWhenGiven() {
        CheckInContent content = new CheckInContent(TODAY, LocalTime.NOON, 5, 11, 0, 24.5, List.of(), List.of(), List.of(), "", List.of());

        assertEquals(List.of("selfTrust", "energy", "sleepHours"),
                RULES.problems(content, TODAY).stream().map(FieldProblem::field).toList());
    }

    @Test
    void sleepMustBeInHalfHours() {
        CheckInContent quarter = new CheckInContent(TODAY, LocalTime.NOON, 5, null, null, 6.25, List.of(), List.of(), List.of(), "", List.of());
        CheckInContent half = new CheckInContent(TODAY, LocalTime.NOON, 5, null, null, 6.5, List.of(), List.of(), List.of(), "", List.of());

        assertEquals(List.of("problem.sleep"), keys(quarter));
        assertTrue(keys(half).isEmpty());
    }

    @Test
    void aFutureDayIsRefusedButTodayIsFine() {
        CheckInContent tomorrow = new CheckInContent(TODAY.plusDays(1), LocalTime.NOON, 5, null, null, null, List.of(), List.of(), List.of(), "", List.of());

        assertEquals(List.of("problem.date.future"), keys(tomorrow));
    }

    @Test
    void unknownEmotionsAreRefusedButOwnWordsAreWelcome() {
        assertEquals(List.of("problem.emotion.unknown"), keys(with(5, List.of(EmotionRating.known("shamee", 40)), "", List.of())));
        assertTrue(keys(with(5, List.of(EmotionRating.custom("shamee", 40)), "", List.of())).isEmpty());
        assertEquals(List.of("problem.emotion.intensity"), keys(with(5, List.of(EmotionRating.known("shame", 101)), "", List.of())));
        assertEquals(List.of("problem.emotion.twice"),
                keys(with(5, List.of(EmotionRating.custom("Tired", 10), EmotionRating.custom("tired", 20)), "", List.of())));
    }

    @Test
    void aNoteOverTheLimitIsRefusedWithItsLength() {
        List<FieldProblem> problems = RULES.problems(with(5, List.of(), "a".repeat(1_048_576), List.of()), TODAY);

        assertEquals(List.of(FieldProblem.of("note", "problem.note.tooLong", 1_048_576, TextRules.MAX_NOTE_LENGTH)), problems);
    }

    @Test
    void emojiRightToLeftAndCombiningTextIsStorable() {
        String note = "😔🌱 مرحبا שלום e\u0301 👩‍👩‍👧 \u202Bembedded\u202C";

        assertTrue(keys(with(5, List.of(), note, List.of("עברית", "🙂"))).isEmpty());
    }

    @Test
    void textThatCannotRoundTripIsRefused() {
        assertEquals(List.of("problem.text.nul"), keys(with(5, List.of(), "before\u0000after", List.of())));
        assertEquals(List.of("problem.text.brokenCharacter"), keys(with(5, List.of(), "half \uD83D emoji", List.of())));
        assertEquals(List.of("problem.text.brokenCharacter"), keys(with(5, List.of(), "low \uDE14 alone", List.of())));
    }

    @Test
    void tagsAreShortSingleWordsWithoutHashOrComma() {
        assertEquals(List.of("problem.tag.hash"), keys(with(5, List.of(), "", List.of("#exam"))));
        assertEquals(List.of("problem.tag.comma"), keys(with(5, List.of(), "", List.of("a,b"))));
        assertEquals(List.of("problem.tag.twice"), keys(with(5, List.of(), "", List.of("Exam", "exam"))));
        assertEquals(List.of("problem.label.tooLong"), keys(with(5, List.of(), "", List.of("x".repeat(41)))));
        assertEquals(List.of("problem.label.blank"), keys(with(5, List.of(), "", List.of(" "))));
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        CheckInContent bad = new CheckInContent(TODAY.plusDays(3), LocalTime.NOON, 0, -1, 9, null,
                List.of(EmotionRating.known("nope", 5)), List.of(BodySignalMark.known("nope")), List.of("space"), "", List.of("#x"));

        assertEquals(List.of("date", "mood", "selfTrust", "energy", "emotions", "bodySignals", "lifeAreas", "tags"),
                RULES.problems(bad, TODAY).stream().map(FieldProblem::field).toList());
    }

    @Test
    void timeIsKeptToTheMinute() {
        CheckInContent content = new CheckInContent(TODAY, LocalTime.of(8, 30, 59, 123), 5, null, null, null,
                List.of(), List.of(), List.of(), "", List.of());

        assertEquals(LocalTime.of(8, 30), content.time());
    }
}
