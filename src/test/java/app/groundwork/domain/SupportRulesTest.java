package app.groundwork.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SupportRulesTest {
    private static final Set<String> REGIONS = Set.of("us", "uk-ie", "international");

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void aContactNeedsANameAndAWayToReachThem() {
        assertTrue(SupportRules.problems(SupportContact.newContact("Sam", "07700 900123", "")).isEmpty());
        List<FieldProblem> problems = SupportRules.problems(SupportContact.newContact(" ", "", "likes walks"));
        assertEquals(List.of("contactName", "contactReach"), fields(problems));
        assertEquals("problem.support.needed", problems.get(0).key());
    }

    @Test
    void contactTextsHaveLimitsAndNamesStayOnOneLine() {
        String longName = "a".repeat(SupportRules.MAX_NAME_LENGTH + 1);
        List<FieldProblem> problems = SupportRules.problems(
                SupportContact.newContact(longName, "Sam\nSmith", "n".repeat(SupportRules.MAX_CONTACT_NOTE_LENGTH + 1)));
        assertEquals(List.of("contactName", "contactReach", "contactNote"), fields(problems));
        assertEquals(FieldProblem.of("contactName", "problem.support.tooLong", 81, 80), problems.get(0));
        assertEquals("problem.support.oneLine", problems.get(1).key());
        assertTrue(SupportRules.problems(SupportContact.newContact("Sam", "phone", "two\nlines are fine here")).isEmpty());
    }

    @Test
    void brokenCharactersAreRefusedRatherThanStoredWrongly() {
        List<FieldProblem> problems = SupportRules.problems(SupportContact.newContact("Sam\uD83D", "phone", "a\u0000b"));
        assertEquals(List.of("contactName", "contactNote"), fields(problems));
        assertEquals("problem.text.brokenCharacter", problems.get(0).key());
        assertEquals("problem.text.nul", problems.get(1).key());
    }

    @Test
    void anOwnHelplineNeedsANameAContactAndAKnownRegion() {
        Helpline fine = Helpline.newOwn("uk-ie", "Local crisis team", "Call 0300 000 000", "", "", null);
        assertTrue(SupportRules.problems(fine, REGIONS).isEmpty());

        Helpline lacking = Helpline.newOwn("mars", "", "", "x".repeat(101), "", null);
        List<FieldProblem> problems = SupportRules.problems(lacking, REGIONS);
        assertEquals(List.of("helplineRegion", "helplineName", "helplineContact", "helplineHours"), fields(problems));
        assertEquals(List.of("mars"), problems.get(0).args());
        InvalidEntryException refused = assertThrows(InvalidEntryException.class, () -> SupportRules.requireValid(lacking, REGIONS));
        assertEquals(4, refused.problems().size());
    }

    @Test
    void checkedIsAnIsoDateOrNothing() {
        List<FieldProblem> problems = new ArrayList<>();
        assertNull(SupportRules.parseChecked("  ", problems));
        assertNull(SupportRules.parseChecked(null, problems));
        assertEquals(LocalDate.of(2026, 11, 22), SupportRules.parseChecked(" 2026-11-22 ", problems));
        assertTrue(problems.isEmpty());

        assertNull(SupportRules.parseChecked("22.11.2026", problems));
        assertEquals(List.of(FieldProblem.of("helplineChecked", "problem.support.checkedDate", "22.11.2026")), problems);
    }

    @Test
    void nullTextsBecomeEmptyAndAnOwnLineIsNewUntilStored() {
        Helpline line = Helpline.newOwn("us", "A", "B", null, null, null);
        assertEquals("", line.hours());
        assertTrue(line.isNew());
        assertEquals("", new SupportContact(3, "Sam", "phone", null).note());
    }
}
