package app.groundwork.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class NumbersTest {
    private static final List<String> WORDS = List.of("calm", "a", "steady");

    @Test
    void meanMaxMinAndSumOfOneNumberPerItem() {
        assertEquals(OptionalDouble.of(11 / 3.0), Numbers.mean(WORDS, String::length));
        assertEquals(OptionalDouble.of(6), Numbers.max(WORDS, String::length));
        assertEquals(OptionalDouble.of(1), Numbers.min(WORDS, String::length));
        assertEquals(11.0, Numbers.sum(WORDS, String::length));
    }

    @Test
    void nothingToMeasureIsEmptyNotZero() {
        List<String> none = List.of();
        assertEquals(OptionalDouble.empty(), Numbers.mean(none, String::length));
        assertEquals(OptionalDouble.empty(), Numbers.max(none, String::length));
        assertEquals(OptionalDouble.empty(), Numbers.min(none, String::length));
        assertEquals(0.0, Numbers.sum(none, String::length));
    }
}
