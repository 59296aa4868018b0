package app.groundwork.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class AssessmentScoringTest {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);

    private static AssessmentScore score(Instrument instrument, Integer... answers) {
        return AssessmentScoring.score(instrument, Arrays.asList(answers));
    }

    private static List<Integer> all(Instrument instrument, int answer) {
        return Collections.nCopies(instrument.itemCount(), answer);
    }

    /** Answers adding up to {@code total} for a scale without reversed items, filled from item 1. */
    private static List<Integer> summingTo(Instrument instrument, int total) {
        List<Integer> answers = new ArrayList<>();
        int left = total;
        for (int item = 0; item < instrument.itemCount(); item++) {
            int answer = Math.min(instrument.highestAnswer(), left);
            answers.add(answer);
            left -= answer;
        }
        assertEquals(0, left, "total reachable");
        return answers;
    }

    private static Optional<String> bandOf(Instrument instrument, int total) {
        AssessmentScore result = AssessmentScoring.score(instrument, summingTo(instrument, total));
        assertEquals(total, result.score());
        return result.band();
    }

    @Test
    void theInstrumentsKnowTheirIdsAndShapes() {
        assertEquals(Optional.of(Instrument.SCSSF), Instrument.fromId("scssf"));
        assertEquals(Optional.empty(), Instrument.fromId("PHQ9"));
        assertEquals(List.of("who5", "phq9", "gad7", "rses", "scssf"),
                Arrays.stream(Instrument.values()).map(Instrument::id).toList());
        assertEquals(List.of(5, 9, 7, 10, 12), Arrays.stream(Instrument.values()).map(Instrument::itemCount).toList());
        assertEquals(List.of(2, 5, 6, 8, 9), Instrument.RSES.reversedItems());
        assertEquals(List.of(1, 4, 8, 9, 11, 12), Instrument.SCSSF.reversedItems());
        assertTrue(Instrument.PHQ9.reversedItems().isEmpty());
        assertEquals(1, Instrument.SCSSF.lowestAnswer());
        assertEquals(5, Instrument.SCSSF.highestAnswer());
    }

    @Test
    void meaningfulChangeOnlyWherePublished() {
        assertEquals(OptionalDouble.of(10), Instrument.WHO5.meaningfulChange());
        assertEquals(OptionalDouble.of(5), Instrument.PHQ9.meaningfulChange());
        assertEquals(OptionalDouble.of(4), Instrument.GAD7.meaningfulChange());
        assertEquals(OptionalDouble.empty(), Instrument.RSES.meaningfulChange());
        assertEquals(OptionalDouble.empty(), Instrument.SCSSF.meaningfulChange());
    }

    @Test
    void who5IsTheRawSumTimesFour() {
        assertEquals(0.0, AssessmentScoring.score(Instrument.WHO5, all(Instrument.WHO5, 0)).score());
        assertEquals(100.0, AssessmentScoring.score(Instrument.WHO5, all(Instrument.WHO5, 5)).score());
        AssessmentScore result = score(Instrument.WHO5, 3, 4, 2, 3, 4);
        assertEquals(64.0, result.score());
        assertEquals("64", result.formattedScore());
        assertEquals(Optional.empty(), result.band());
        assertSame(SafetyCheck.CLEAR, result.safety());
    }

    @Test
    void phq9SumsAndBandsAtEveryBoundary() {
        assertEquals(0.0, AssessmentScoring.score(Instrument.PHQ9, all(Instrument.PHQ9, 0)).score());
        assertEquals(27.0, AssessmentScoring.score(Instrument.PHQ9, all(Instrument.PHQ9, 3)).score());
        assertEquals(Optional.of("minimal"), bandOf(Instrument.PHQ9, 0));
        assertEquals(Optional.of("minimal"), bandOf(Instrument.PHQ9, 4));
        assertEquals(Optional.of("mild"), bandOf(Instrument.PHQ9, 5));
        assertEquals(Optional.of("mild"), bandOf(Instrument.PHQ9, 9));
        assertEquals(Optional.of("moderate"), bandOf(Instrument.PHQ9, 10));
        assertEquals(Optional.of("moderate"), bandOf(Instrument.PHQ9, 14));
        assertEquals(Optional.of("moderately-severe"), bandOf(Instrument.PHQ9, 15));
        assertEquals(Optional.of("moderately-severe"), bandOf(Instrument.PHQ9, 19));
        assertEquals(Optional.of("severe"), bandOf(Instrument.PHQ9, 20));
        assertEquals(Optional.of("severe"), bandOf(Instrument.PHQ9, 27));
    }

    @Test
    void gad7SumsAndBandsAtEveryBoundary() {
        assertEquals(0.0, AssessmentScoring.score(Instrument.GAD7, all(Instrument.GAD7, 0)).score());
        assertEquals(21.0, AssessmentScoring.score(Instrument.GAD7, all(Instrument.GAD7, 3)).score());
        assertEquals(Optional.of("minimal"), bandOf(Instrument.GAD7, 0));
        assertEquals(Optional.of("minimal"), bandOf(Instrument.GAD7, 4));
        assertEquals(Optional.of("mild"), bandOf(Instrument.GAD7, 5));
        assertEquals(Optional.of("mild"), bandOf(Instrument.GAD7, 9));
        assertEquals(Optional.of("moderate"), bandOf(Instrument.GAD7, 10));
        assertEquals(Optional.of("moderate"), bandOf(Instrument.GAD7, 14));
        assertEquals(Optional.of("severe"), bandOf(Instrument.GAD7, 15));
        assertEquals(Optional.of("severe"), bandOf(Instrument.GAD7, 21));
        assertEquals(List.of("minimal", "mild", "moderate", "severe"),
                Instrument.GAD7.bands().stream().map(ScoreBand::id).toList());
    }

    @Test
    void rsesReversesItemsTwoFiveSixEightAndNine() {
        assertEquals(15.0, AssessmentScoring.score(Instrument.RSES, all(Instrument.RSES, 3)).score());
        assertEquals(15.0, AssessmentScoring.score(Instrument.RSES, all(Instrument.RSES, 0)).score());
        //                                     1  2  3  4  5  6  7  8  9  10
        assertEquals(30.0, score(Instrument.RSES, 3, 0, 3, 3, 0, 0, 3, 0, 0, 3).score());
        assertEquals(0.0, score(Instrument.RSES, 0, 3, 0, 0, 3, 3, 0, 3, 3, 0).score());
        // only item 2 moves: strongly agreeing with a reversed item counts 0, strongly disagreeing counts 3
        assertEquals(27.0, score(Instrument.RSES, 3, 3, 3, 3, 0, 0, 3, 0, 0, 3).score());
        AssessmentScore result = score(Instrument.RSES, 2, 1, 2, 2, 1, 1, 2, 2, 1, 2);
        assertEquals(19.0, result.score());
        assertEquals(Optional.empty(), result.band());
        assertEquals("19", result.formattedScore());
    }

    @Test
    void scsSfIsTheMeanAfterReversingItemsOneFourEightNineElevenAndTwelve() {
        assertEquals(3.0, AssessmentScoring.score(Instrument.SCSSF, all(Instrument.SCSSF, 5)).score(), 1e-12);
        assertEquals(3.0, AssessmentScoring.score(Instrument.SCSSF, all(Instrument.SCSSF, 1)).score(), 1e-12);
        //                                        1  2  3  4  5  6  7  8  9 10 11 12
        AssessmentScore highest = score(Instrument.SCSSF, 1, 5, 5, 1, 5, 5, 5, 1, 1, 5, 1, 1);
        assertEquals(5.0, highest.score(), 1e-12);
        assertEquals("5.00", highest.formattedScore());
        AssessmentScore lowest = score(Instrument.SCSSF, 5, 1, 1, 5, 1, 1, 1, 5, 5, 1, 5, 5);
        assertEquals(1.0, lowest.score(), 1e-12);
        assertEquals("1.00", lowest.formattedScore());
        // scored: 2,3,4,3,2,3,4,3,2,3,4,3 = 36 → 3.0; a 4 on item 1 scores 2
        AssessmentScore mixed = score(Instrument.SCSSF, 4, 3, 4, 3, 2, 3, 4, 3, 4, 3, 2, 3);
        assertEquals(3.0, mixed.score(), 1e-12);
        AssessmentScore uneven = score(Instrument.SCSSF, 1, 5, 5, 1, 5, 5, 5, 1, 1, 5, 1, 2);
        assertEquals(59 / 12.0, uneven.score(), 1e-12);
        assertEquals("4.92", uneven.formattedScore());
        assertEquals("4,92", uneven.formattedScore(Locale.GERMANY));
        assertEquals(Optional.empty(), uneven.band());
    }

    @Test
    void phq9ItemNineAboveZeroFlagsTheSafetyCheck() {
        AssessmentScore flagged = score(Instrument.PHQ9, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        assertTrue(flagged.safety().flagged());
        assertTrue(flagged.safety().flaggedByAnswer());
        assertTrue(flagged.safety().matches().isEmpty());
        assertEquals(Optional.of("minimal"), flagged.band());

        AssessmentScore high = score(Instrument.PHQ9, 3, 3, 3, 3, 3, 3, 3, 3, 0);
        assertFalse(high.safety().flagged(), "a high total alone does not flag");
        assertSame(SafetyCheck.CLEAR, high.safety());
        assertFalse(AssessmentScoring.score(Instrument.GAD7, all(Instrument.GAD7, 3)).safety().flagged());
    }

    @Test
    void theWrongNumberOfAnswersIsRefusedWithBothCounts() {
        InvalidEntryException error = assertThrows(InvalidEntryException.class,
                () -> AssessmentScoring.score(Instrument.PHQ9, all(Instrument.PHQ9, 1).subList(0, 8)));
        assertEquals(1, error.problems().size());
        FieldProblem problem = error.problems().get(0);
        assertEquals("answers", problem.field());
        assertEquals("problem.answerCount", problem.key());
        assertEquals("PHQ-9 has 9 questions; 8 answers were given.", problem.describe(MESSAGES));
        assertEquals("WHO-5 has 5 questions; 1 answer was given.",
                assertThrows(InvalidEntryException.class, () -> score(Instrument.WHO5, 3))
                        .problems().get(0).describe(MESSAGES));
        assertThrows(InvalidEntryException.class, () -> AssessmentScoring.score(Instrument.GAD7, List.of()));
    }

    @Test
    void anAnswerOutOfRangeIsNamedByItsNumberWithTheRange() {
        InvalidEntryException error = assertThrows(InvalidEntryException.class,
                () -> score(Instrument.PHQ9, 1, 2, 7, 0, 0, 0, 0, 0, -1));
        assertEquals(List.of("problem.answerRange", "problem.answerRange"),
                error.problems().stream().map(FieldProblem::key).toList());
        assertEquals("Answer 3 is 7; PHQ-9 answers run from 0 to 3.", error.problems().get(0).describe(MESSAGES));
        assertEquals("Answer 9 is -1; PHQ-9 answers run from 0 to 3.", error.problems().get(1).describe(MESSAGES));

        assertEquals("Answer 1 is 0; SCS-SF answers run from 1 to 5.",
                assertThrows(InvalidEntryException.class, () -> score(Instrument.SCSSF, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
                        .problems().get(0).describe(MESSAGES));
        assertEquals("Answer 2 is missing; WHO-5 answers run from 0 to 5.",
                assertThrows(InvalidEntryException.class, () -> score(Instrument.WHO5, 1, null, 1, 1, 1))
                        .problems().get(0).describe(MESSAGES));
    }

    @Test
    void possibleScoresCoverTheWholeRange() {
        List<Double> who5 = AssessmentScoring.possibleScores(Instrument.WHO5);
        assertEquals(26, who5.size());
        assertEquals(0.0, who5.get(0));
        assertEquals(4.0, who5.get(1));
        assertEquals(100.0, who5.get(25));
        assertEquals(49, AssessmentScoring.possibleScores(Instrument.SCSSF).size());
        assertEquals(31, AssessmentScoring.possibleScores(Instrument.RSES).size());
        assertEquals(5.0, Instrument.SCSSF.highestScore());
        assertEquals(1.0, Instrument.SCSSF.lowestScore());
    }
}
