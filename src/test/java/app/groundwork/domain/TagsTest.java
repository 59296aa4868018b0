package app.groundwork.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagsTest {
    @Test
    void readsTagsTheWayPeopleTypeThem() {
        assertEquals(List.of("work", "exam", "sleep"), Tags.parse("work, #exam  sleep"));
        assertEquals(List.of("Walk"), Tags.parse("Walk, walk ,WALK"));
        assertEquals(List.of(), Tags.parse("  ,  # "));
        assertEquals(List.of("家族", "🙂"), Tags.parse("#家族 🙂"));
    }

    @Test
    void formatsForTheTagsField() {
        assertEquals("work, exam", Tags.format(List.of("work", "exam")));
        assertEquals(List.of("work", "exam"), Tags.parse(Tags.format(List.of("work", "exam"))));
    }
}
