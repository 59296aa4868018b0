package app.groundwork.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LowMoodRuleTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    private static List<DaySummary> days(Double... means) {
        List<DaySummary> days = new ArrayList<>();
        for (int i = 0; i < means.length; i++) {
            days.add(new DaySummary(START.plusDays(i), means[i] == null ? 0 : 1, means[i]));
        }
        return days;
    }

    @Test
    void aMeanOfThreeOrLessOverSeveralDaysBringsTheSuggestion() {
        assertEquals(Optional.of(LowMoodRule.Reason.LOW_MOOD),
                LowMoodRule.check(days(2.0, 3.0, null, 4.0, null), OptionalInt.empty()));
    }

    @Test
    void aMeanJustAboveThreeDoesNot() {
        assertEquals(Optional.empty(), LowMoodRule.check(days(3.0, 3.0, 3.5), OptionalInt.empty()));
    }

    @Test
    void oneOrTwoLowDaysAreNotAPattern() {
        assertEquals(Optional.empty(), LowMoodRule.check(days(1.0, null, 2.0, null), OptionalInt.empty()));
    }

    @Test
    void aRecentPhq9OfTenOrMoreBringsItWithoutAnyCheckIns() {
        assertEquals(Optional.of(LowMoodRule.Reason.PHQ9), LowMoodRule.check(List.of(), OptionalInt.of(10)));
        assertEquals(Optional.empty(), LowMoodRule.check(List.of(), OptionalInt.of(9)));
    }
}
