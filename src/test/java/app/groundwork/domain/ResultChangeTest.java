package app.groundwork.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ResultChangeTest {
    private static long nextId = 1;

    private static SavedAssessment taken(Instrument instrument, Integer... answers) {
        long id = nextId++;
        return new SavedAssessment(id, LocalDate.of(2026, 1, 1).plusDays(id), LocalTime.NOON,
                AssessmentScoring.score(instrument, Arrays.asList(answers)));
    }

    @Test
    void who5ChangesOfTenPointsOrMoreAreMarkedEitherWay() {
        List<ResultChange> marked = ResultChange.mark(List.of(
                taken(Instrument.WHO5, 2, 2, 2, 2, 2),   // 40
                taken(Instrument.WHO5, 2, 2, 2, 2, 4),   // 48: +8
                taken(Instrument.WHO5, 3, 3, 2, 2, 4),   // 56: +8
                taken(Instrument.WHO5, 3, 3, 3, 3, 4),   // 64: +8
                taken(Instrument.WHO5, 3, 3, 3, 3, 1),   // 52: −12
                taken(Instrument.WHO5, 3, 3, 3, 4, 4))); // 68: +16

        assertEquals(OptionalDouble.empty(), marked.get(0).change());
        assertEquals(List.of(false, false, false, false, true, true), marked.stream().map(ResultChange::meaningful).toList());
        assertEquals(OptionalDouble.of(-12), marked.get(4).change());
    }

    @Test
    void phq9MarksFiveExactlyAndGad7MarksFour() {
        List<ResultChange> phq9 = ResultChange.mark(List.of(
                taken(Instrument.PHQ9, 1, 1, 1, 1, 1, 1, 1, 1, 0),   // 8
                taken(Instrument.PHQ9, 1, 1, 1, 1, 1, 1, 0, 0, 0),   // 6
                taken(Instrument.PHQ9, 2, 2, 2, 2, 1, 1, 1, 0, 0))); // 11: +5
        assertEquals(List.of(false, false, true), phq9.stream().map(ResultChange::meaningful).toList());

        List<ResultChange> gad7 = ResultChange.mark(List.of(
                taken(Instrument.GAD7, 2, 2, 2, 2, 2, 2, 2),   // 14
                taken(Instrument.GAD7, 2, 2, 2, 2, 1, 1, 1),   // 11: −3
                taken(Instrument.GAD7, 1, 1, 1, 1, 1, 1, 1))); // 7: −4
        assertEquals(List.of(false, false, true), gad7.stream().map(ResultChange::meaningful).toList());
    }

    @Test
    void scalesWithoutAPublishedChangeAreNeverMarked() {
        List<ResultChange> marked = ResultChange.mark(List.of(
                taken(Instrument.RSES, 0, 3, 0, 0, 3, 3, 0, 3, 3, 0),
                taken(Instrument.RSES, 3, 0, 3, 3, 0, 0, 3, 0, 0, 3)));
        assertEquals(OptionalDouble.of(30), marked.get(1).change());
        assertEquals(false, marked.get(1).meaningful());
        assertEquals(List.of(), ResultChange.mark(List.of()));
    }

    @Test
    void aHistoryMixingInstrumentsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ResultChange.mark(List.of(
                taken(Instrument.GAD7, 0, 0, 0, 0, 0, 0, 0), taken(Instrument.WHO5, 0, 0, 0, 0, 0))));
    }
}
