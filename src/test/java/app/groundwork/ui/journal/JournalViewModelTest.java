package app.groundwork.ui.journal;

import static app.groundwork.service.JournalFixture.CLOCK;
import static app.groundwork.service.JournalFixture.TODAY;
import static app.groundwork.service.JournalFixture.checkIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.HighlightedText;
import app.groundwork.domain.JournalEntry;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalViewModelTest {
    @TempDir
    Path dataDir;
    private JournalSession session;
    private JournalViewModel journal;

    @BeforeEach
    void open() {
        session = JournalFixture.openSession(dataDir);
        session.checkIns().save(checkIn(TODAY.minusDays(3), 3, "The interview went badly", "interview")).join();
        session.checkIns().save(checkIn(TODAY, 6, "A long walk by the river", "walk")).join();
        journal = new JournalViewModel(session.journal(), ContentLibrary.loadBundled(), Runnable::run, CLOCK);
        journal.refresh().join();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<String> notes() {
        return journal.entries().stream().map(JournalEntry::note).toList();
    }

    @Test
    void listsEverythingNewestFirstAndFillsTheCalendar() {
        assertEquals(List.of("A long walk by the river", "The interview went badly"), notes());
        assertEquals("2 entries", journal.statusProperty().get());
        assertEquals(6.0, journal.days().get(TODAY).meanMood());
    }

    @Test
    void searchShowsOnlyMatchesWithTheWordsMarked() {
        journal.searchTextProperty().set("interv");

        assertEquals(List.of("The interview went badly"), notes());
        List<String> marked = journal.entries().get(0).excerpt().runs().stream()
                .filter(HighlightedText.Run::match).map(HighlightedText.Run::text).toList();
        assertEquals(List.of("interview"), marked);
    }

    @Test
    void filtersAndTheCalendarNarrowTheList() {
        journal.tagProperty().set(journal.tagChoices().stream().filter(c -> c.value().equals("walk")).findFirst().orElseThrow());
        assertEquals(List.of("A long walk by the river"), notes());

        journal.clearFilters();
        journal.showDay(TODAY.minusDays(3));
        assertEquals(List.of("The interview went badly"), notes());

        journal.searchTextProperty().set("river");
        assertEquals(List.of(), notes());
        assertEquals("Nothing matches. Try fewer words, or clear a filter.", journal.statusProperty().get());
    }

    @Test
    void deleteCanBeUndone() {
        JournalEntry walk = journal.entries().get(0);

        journal.delete(walk).join();
        assertEquals(List.of("The interview went badly"), notes());
        assertEquals(walk, journal.deletedProperty().get());

        journal.undoDelete().join();
        assertEquals(2, journal.entries().size());
        assertNull(journal.deletedProperty().get());
    }

    @Test
    void anEmptyJournalSaysWhatWillAppear() {
        journal.showDay(TODAY.minusDays(100));
        journal.clearFilters();
        List.copyOf(journal.entries()).forEach(entry -> journal.delete(entry).join());

        assertTrue(journal.entries().isEmpty());
        assertTrue(journal.statusProperty().get().startsWith("Nothing here yet"));
    }
}
