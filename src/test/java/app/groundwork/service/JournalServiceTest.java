package app.groundwork.service;

import static app.groundwork.service.JournalFixture.TODAY;
import static app.groundwork.service.JournalFixture.checkIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.CheckIn;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.DaySummary;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.HighlightedText;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.JournalQuery;
import app.groundwork.store.StoreException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalServiceTest {
    @TempDir
    Path dataDir;
    private JournalSession session;

    @BeforeEach
    void open() {
        session = JournalFixture.openSession(dataDir);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private long save(CheckInContent content) {
        return session.checkIns().save(content).join().entry().id();
    }

    private List<Long> ids(JournalQuery query) {
        return session.journal().find(query).join().stream().map(JournalEntry::id).toList();
    }

    @Test
    void listsNewestFirstWithTheContractFields() {
        long older = save(checkIn(TODAY.minusDays(2), 3, "older"));
        long newer = save(checkIn(TODAY, 6, "newer", "walk"));

        List<JournalEntry> entries = session.journal().find(JournalQuery.everything()).join();

        assertEquals(List.of(newer, older), entries.stream().map(JournalEntry::id).toList());
        JournalEntry first = entries.get(0);
        assertEquals("checkin", first.type().id());
        assertEquals(TODAY, first.date());
        assertEquals(LocalTime.of(9, 15), first.time());
        assertEquals(6, first.mood());
        assertEquals(List.of("walk"), first.tags());
    }

    @Test
    void searchMarksEveryMatchAndTakesTheStartOfTheLastWord() {
        long id = save(checkIn(TODAY, 4, "The interview went badly, but the walk home helped."));
        save(checkIn(TODAY, 5, "Quiet day at home."));

        List<JournalEntry> found = session.journal().find(JournalQuery.text("interv")).join();

        assertEquals(List.of(id), found.stream().map(JournalEntry::id).toList());
        HighlightedText excerpt = found.get(0).excerpt();
        assertEquals(List.of("interview"), excerpt.runs().stream().filter(HighlightedText.Run::match).map(HighlightedText.Run::text).toList());
    }

    @Test
    void everyWordMustAppearAndAccentsDoNotMatter() {
        long both = save(checkIn(TODAY, 4, "Le café était fermé, walked on"));
        save(checkIn(TODAY, 4, "only a cafe here"));

        assertEquals(List.of(both), ids(JournalQuery.text("cafe walked")));
        assertEquals(List.of(both), ids(JournalQuery.text("etait")));
    }

    @Test
    void typedSearchSyntaxIsTreatedAsPlainText() {
        long id = save(checkIn(TODAY, 4, "\"quoted\" words AND more (brackets) star*"));

        assertEquals(List.of(id), ids(JournalQuery.text("\"quoted")));
        assertEquals(List.of(id), ids(JournalQuery.text("AND (brackets")));
        assertEquals(List.of(), ids(JournalQuery.text("NEAR(")));
    }

    @Test
    void emojiAndUnspacedScriptsAreFoundByTheirExactText() {
        long emoji = save(checkIn(TODAY, 6, "small win today 🌱 really"));
        long japanese = save(checkIn(TODAY, 5, "今日は少し散歩しました"));

        assertEquals(List.of(emoji), ids(JournalQuery.text("🌱")));
        assertEquals(List.of(japanese), ids(JournalQuery.text("散歩")));
    }

    @Test
    void tagsAndOwnWordsAreSearchableToo() {
        long id = session.checkIns().save(new CheckInContent(TODAY, LocalTime.NOON, 5, null, null, null,
                List.of(EmotionRating.custom("homesick", 50)), List.of(), List.of(), "", List.of("family"))).join().entry().id();

        assertEquals(List.of(id), ids(JournalQuery.text("homesick")));
        assertEquals(List.of(id), ids(JournalQuery.text("family")));
    }

    @Test
    void filtersCombine() {
        long studyShame = save(checkIn(TODAY.minusDays(1), 3, "exam day", "exam"));
        long grief = session.checkIns().save(new CheckInContent(TODAY, LocalTime.NOON, 4, null, null, null,
                List.of(EmotionRating.known("grief", 70)), List.of(), List.of("relationship"), "missed them", List.of("Exam"))).join().entry().id();

        assertEquals(List.of(studyShame), ids(new JournalQuery(null, null, null, "shame", null, null, 50)));
        assertEquals(List.of(grief, studyShame), ids(new JournalQuery(null, null, null, null, "#exam", null, 50)));
        assertEquals(List.of(grief), ids(new JournalQuery(null, null, null, null, null, "relationship", 50)));
        assertEquals(List.of(studyShame), ids(new JournalQuery(null, TODAY.minusDays(1), TODAY.minusDays(1), null, null, null, 50)));
        assertEquals(List.of(), ids(new JournalQuery("exam", null, null, "grief", null, "study", 50)));
    }

    @Test
    void deleteHidesAtOnceAndUndoBringsItBack() {
        long id = save(checkIn(TODAY, 4, "keep me"));

        assertTrue(session.journal().delete(id).join());
        assertTrue(ids(JournalQuery.everything()).isEmpty());
        assertTrue(ids(JournalQuery.text("keep")).isEmpty());
        assertTrue(session.checkIns().find(id).join().isEmpty());

        assertTrue(session.journal().undoDelete(id).join());
        assertEquals(List.of(id), ids(JournalQuery.text("keep")));
        CheckIn back = session.checkIns().find(id).join().orElseThrow();
        assertEquals("keep me", back.content().note());
    }

    @Test
    void aDeleteLeftUndoneIsFinalAfterReopening() {
        long kept = save(checkIn(TODAY, 4, "kept"));
        long gone = save(checkIn(TODAY, 4, "gone"));
        session.journal().delete(gone).join();
        session.close();

        session = JournalFixture.openSession(dataDir);

        assertFalse(session.journal().undoDelete(gone).join());
        assertEquals(List.of(kept), ids(JournalQuery.everything()));
    }

    @Test
    void theMonthShowsCountsAndMeanMoodPerDay() {
        save(checkIn(TODAY, 3, "a"));
        save(checkIn(TODAY, 6, "b"));
        save(checkIn(TODAY.minusMonths(1), 8, "last month"));

        List<DaySummary> march = session.journal().month(YearMonth.from(TODAY)).join();

        assertEquals(List.of(new DaySummary(TODAY, 2, 4.5)), march);
    }

    @Test
    void tagChoicesAreCaseInsensitiveAndMostUsedFirst() {
        save(checkIn(TODAY, 4, "a", "walk"));
        save(checkIn(TODAY, 4, "b", "Walk", "exam"));

        assertEquals(List.of("walk", "exam"), session.journal().tags().join().stream().map(String::toLowerCase).toList());
    }

    @Test
    void workAskedForAfterTheJournalClosedFailsQuietlyInItsFuture(@TempDir Path otherDir) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        JournalSession closed = CompletableFuture.supplyAsync(() -> {
            OpenOutcome outcome = new JournalOpener(JournalFixture.CONTENT, JournalFixture.CLOCK).openHere(otherDir, thread);
            JournalSession opened = ((OpenOutcome.Opened) outcome).session();
            opened.close();
            return opened;
        }, thread).get(10, TimeUnit.SECONDS);
        thread.shutdown();
        assertTrue(thread.awaitTermination(10, TimeUnit.SECONDS));

        CompletableFuture<List<JournalEntry>> late = closed.journal().find(JournalQuery.text("late"));

        ExecutionException failure = assertThrows(ExecutionException.class, () -> late.get(10, TimeUnit.SECONDS));
        assertInstanceOf(StoreException.class, failure.getCause());
    }
}
