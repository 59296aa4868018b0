package app.groundwork.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.groundwork.domain.BreathingRhythm.Moment;
import app.groundwork.domain.BreathingRhythm.Part;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BreathingRhythmTest {
    private static final BreathingRhythm FOUR_FOUR_SIX = new BreathingRhythm(4, 4, 6, 0);

    @Test
    void aMomentFallsInTheRightPartOfTheRightBreath() {
        assertEquals(new Moment(1, Part.IN, 4, 0.0, 0.0), FOUR_FOUR_SIX.at(Duration.ZERO));
        assertEquals(new Moment(1, Part.IN, 2, 0.5, 0.5), FOUR_FOUR_SIX.at(Duration.ofSeconds(2)));
        assertEquals(new Moment(1, Part.HOLD_IN, 3, 0.25, 1.0), FOUR_FOUR_SIX.at(Duration.ofSeconds(5)));
        Moment out = FOUR_FOUR_SIX.at(Duration.ofSeconds(11));
        assertEquals(Part.OUT, out.part());
        assertEquals(3, out.secondsLeft());
        assertEquals(0.5, out.fullness(), 1e-9);
        assertEquals(new Moment(2, Part.IN, 4, 0.0, 0.0), FOUR_FOUR_SIX.at(Duration.ofSeconds(14)), "no rest after breathing out");
        assertEquals(14, FOUR_FOUR_SIX.cycleSeconds());
        assertEquals(Duration.ofSeconds(70), FOUR_FOUR_SIX.length(5));
    }

    @Test
    void boxBreathingRestsAfterBreathingOut() {
        BreathingRhythm box = new BreathingRhythm(4, 4, 4, 4);
        assertEquals(Part.HOLD_OUT, box.at(Duration.ofMillis(12_500)).part());
        assertEquals(4, box.at(Duration.ofMillis(12_500)).secondsLeft());
        assertEquals(0.0, box.at(Duration.ofMillis(12_500)).fullness());
        assertEquals(3, box.at(Duration.ofSeconds(33)).round());
    }

    @Test
    void breathingInAndOutTakeAtLeastASecond() {
        assertThrows(IllegalArgumentException.class, () -> new BreathingRhythm(0, 4, 6, 0));
        assertThrows(IllegalArgumentException.class, () -> new BreathingRhythm(4, 4, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new BreathingRhythm(4, -1, 6, 0));
    }
}
