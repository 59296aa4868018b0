package app.groundwork.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.AssessmentScoring;
import app.groundwork.domain.Instrument;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bundled assessments: the instruments' own wording where it must be exact, and calm words everywhere else. */
class AssessmentContentTest {
    private static final ContentLibrary CONTENT = ContentLibrary.loadBundled();

    @Test
    void everyInstrumentIsThereInOrder() {
        assertEquals(Arrays.asList(Instrument.values()), CONTENT.assessments().stream().map(Assessment::instrument).toList());
        for (Instrument instrument : Instrument.values()) {
            Assessment assessment = CONTENT.assessment(instrument);
            assertEquals(instrument.id(), assessment.id());
            assertEquals(instrument.shortName(), assessment.shortName());
            assertEquals(instrument.itemCount(), assessment.items().size());
            assertEquals(instrument.highestAnswer() - instrument.lowestAnswer() + 1, assessment.options().size());
        }
    }

    @Test
    void itemsAreTheInstrumentsOwnWords() {
        assertEquals("WHO-5 Well-Being Index", CONTENT.assessment(Instrument.WHO5).name());
        assertEquals("Over the last two weeks", CONTENT.assessment(Instrument.WHO5).stem());
        assertEquals("My daily life has been filled with things that interest me", CONTENT.assessment(Instrument.WHO5).items().get(4));
        assertEquals("Over the last 2 weeks, how often have you been bothered by any of the following problems?",
                CONTENT.assessment(Instrument.PHQ9).instruction());
        assertEquals("Thoughts that you would be better off dead or of hurting yourself in some way",
                CONTENT.assessment(Instrument.PHQ9).items().get(AssessmentScoring.PHQ9_SAFETY_ITEM - 1));
        assertEquals("Feeling afraid, as if something awful might happen", CONTENT.assessment(Instrument.GAD7).items().get(6));
        assertEquals("At times I think I am no good at all.", CONTENT.assessment(Instrument.RSES).items().get(1));
        assertEquals("I'm intolerant and impatient towards those aspects of my personality I don't like.",
                CONTENT.assessment(Instrument.SCSSF).items().get(11));
        assertNull(CONTENT.assessment(Instrument.PHQ9).stem());
    }

    @Test
    void optionsCarryTheRawValuesInTheInstrumentsOrder() {
        List<AnswerOption> who5 = CONTENT.assessment(Instrument.WHO5).options();
        assertEquals(5, who5.get(0).value());
        assertEquals("All of the time", who5.get(0).label());
        assertEquals(0, who5.get(5).value());
        assertEquals("At no time", who5.get(5).label());
        assertEquals("Nearly every day", CONTENT.assessment(Instrument.GAD7).options().get(3).label());
        AnswerOption stronglyDisagree = CONTENT.assessment(Instrument.RSES).options().get(3);
        assertEquals(0, stronglyDisagree.value());
        assertEquals("Strongly disagree", stronglyDisagree.label());
        assertEquals("Almost always", CONTENT.assessment(Instrument.SCSSF).options().get(4).label());
    }

    @Test
    void everyScoreHasOneCalmDescriptionThatSaysItIsNotADiagnosis() {
        for (Assessment assessment : CONTENT.assessments()) {
            for (double score : AssessmentScoring.possibleScores(assessment.instrument())) {
                assertEquals(1, assessment.results().stream().filter(range -> range.contains(score)).count(),
                        assessment.id() + " " + score);
            }
            for (ScoreRange range : assessment.results()) {
                String text = range.text().toLowerCase(Locale.ROOT);
                assertTrue(text.contains("information, not a diagnosis"), range.text());
                assertFalse(text.contains("!"), range.text());
                for (String verdict : List.of("failure", "you are depressed", "you are anxious", "disorder", "you have")) {
                    assertFalse(text.contains(verdict), verdict + " in " + range.text());
                }
            }
            assertFalse(assessment.source().isBlank());
        }
    }

    @Test
    void bandedScalesDescribeEachBandAndTheFinderUsesThem() {
        Assessment phq9 = CONTENT.assessment(Instrument.PHQ9);
        assertEquals(List.of("minimal", "mild", "moderate", "moderately-severe", "severe"),
                phq9.results().stream().map(ScoreRange::band).toList());
        assertEquals("mild", phq9.resultFor(9).band());
        assertEquals("moderate", phq9.resultFor(10).band());
        assertEquals("Lower part of the range", CONTENT.assessment(Instrument.SCSSF).resultFor(29 / 12.0).label());
        assertEquals("Middle of the range", CONTENT.assessment(Instrument.SCSSF).resultFor(2.5).label());
        assertEquals("Upper part of the range", CONTENT.assessment(Instrument.SCSSF).resultFor(43 / 12.0).label());
        assertNull(CONTENT.assessment(Instrument.WHO5).resultFor(64).band());
    }
}
