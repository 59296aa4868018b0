package app.groundwork.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyCheckTest {
    @Test
    void aMatchOrAFlaggingAnswerFlags() {
        assertFalse(SafetyCheck.CLEAR.flagged());
        assertTrue(SafetyCheck.of(List.of(new CrisisMatch("suicide", "suicidal"))).flagged());
        assertTrue(new SafetyCheck(List.of(), true).flagged());
    }

    @Test
    void matchedPhrasesKeepTheirOrderWithoutRepeats() {
        SafetyCheck check = SafetyCheck.of(List.of(new CrisisMatch("want-to-die", "want to die"),
                new CrisisMatch("suicide", "suicidal"), new CrisisMatch("want-to-die", "want to die")));
        assertEquals(List.of("want to die", "suicidal"), check.matchedPhrases());
    }
}
