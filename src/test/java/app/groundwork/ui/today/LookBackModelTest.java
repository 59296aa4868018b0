package app.groundwork.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.ReframeContent;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LookBackModelTest {
    private static final Clock FOUR_DAYS_LATER = Clock.fixed(Instant.parse("2026-03-18T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;
    private JournalSession session;

    @AfterEach
    void close() {
        session.close();
    }

    private void finish(String thought, Integer beliefBefore, int days) {
        session.reframes().finish(null, new ReframeContent("", thought, List.of(), beliefBefore, List.of(), "", "", "",
                "A kinder answer.", List.of(), null, days)).join();
    }

    @Test
    void aDueLookBackIsAskedOnceAndTheNextOneTakesItsPlace() {
        session = JournalFixture.openSession(dataDir);
        finish("I always let people down", 80, 3);
        finish("I'm hopeless at maths", null, 4);
        finish("Not yet due", 60, 10);
        session.close();
        session = JournalFixture.openSession(dataDir, FOUR_DAYS_LATER);
        LookBackModel lookBack = new LookBackModel(session.reframes(), Runnable::run);

        lookBack.refresh().join();
        assertEquals("I always let people down", lookBack.dueProperty().get().content().thought());
        assertTrue(lookBack.textProperty().get().contains("“I always let people down”"), lookBack.textProperty().get());

        lookBack.answer().join();
        assertTrue(lookBack.problemProperty().get().startsWith("Move the slider"), "no answer is stored unasked");

        lookBack.beliefProperty().set(30);
        lookBack.answer().join();

        assertEquals("Noted. You believed it 80 out of 100 at the start; today it is 30.", lookBack.answeredProperty().get());
        assertEquals("I'm hopeless at maths", lookBack.dueProperty().get().content().thought());
        assertNull(lookBack.beliefProperty().get(), "the slider starts fresh for the next thought");

        lookBack.letGo().join();
        assertNull(lookBack.dueProperty().get());
        assertEquals(List.of(), session.reframes().followUpsDue().join());
    }
}
