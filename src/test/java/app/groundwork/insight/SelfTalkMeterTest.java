package app.groundwork.insight;

import app.groundwork.content.ContentLibrary;
import app.groundwork.content.CueWords;
import app.groundwork.content.SelfTalkCancel;
import app.groundwork.content.SelfTalkEntry;
import app.groundwork.content.SelfTalkLexicon;
import app.groundwork.content.SelfTalkTone;
import app.groundwork.demo.DemoJournalGenerator;
import app.groundwork.domain.Bucket;
import app.groundwork.domain.DatedText;
import app.groundwork.domain.SelfTalkPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelfTalkMeterTest {
    private static final SelfTalkMeter.Tally NONE = SelfTalkMeter.Tally.NONE;

    private static SelfTalkMeter meter;

    @BeforeAll
    static void load() {
        meter = new SelfTalkMeter(ContentLibrary.loadBundled());
    }

    private static SelfTalkMeter.Tally tally(int critical, int kind) {
        return new SelfTalkMeter.Tally(critical, kind);
    }

    @Test
    void nothingIsCountedInNullEmptyOrBlankText() {
        assertEquals(NONE, meter.count(null));
        assertEquals(NONE, meter.count(""));
        assertEquals(NONE, meter.count(" \n\t "));
        assertEquals(List.of(), meter.find(null));
        assertEquals(List.of(), meter.find("   "));
    }

    @Test
    void eachPhraseIsCountedOnItsSide() {
        assertEquals(tally(1, 0), meter.count("I'm such an idiot."));
        assertEquals(tally(0, 1), meter.count("I did my best."));
        assertEquals(tally(1, 1), meter.count("I'm such an idiot for missing it. But I did my best."));
        assertEquals(tally(2, 0), meter.count("What's wrong with me. I hate myself."));
        assertEquals(tally(0, 2), meter.count("It's okay to rest. I forgive myself."));
    }

    @Test
    void theLongestPhraseAtAWordWinsAndItsWordsCountOnce() {
        assertEquals(tally(1, 0), meter.count("I'm not good enough"), "critical, not the kind \"good enough\" inside it");
        assertEquals(tally(0, 1), meter.count("I'm good enough"));
        assertEquals(tally(1, 0), meter.count("I'm a useless, useless person"));
        assertEquals(List.of(new SelfTalkMeter.Match(SelfTalkTone.CRITICAL, "harsh-label", "I'm a terrible girlfriend")),
                meter.find("I'm a terrible girlfriend"));
    }

    @Test
    void aNegationRightBeforeAPhraseStopsItCounting() {
        assertEquals(NONE, meter.count("I'm not proud of myself"));
        assertEquals(NONE, meter.count("I don't hate myself, I just wish it had gone differently"));
        assertEquals(NONE, meter.count("I wasn't kind to myself today"));
        assertEquals(NONE, meter.count("I used to hate myself after every exam"));
        assertEquals(NONE, meter.count("I don't think I'm stupid"));
        assertEquals(NONE, meter.count("I don't think I did my best"));
    }

    @Test
    void aNegationTooFarAwayOrInAnotherSentenceLeavesThePhraseCounting() {
        assertEquals(tally(1, 0), meter.count("I don't know why I'm so stupid"));
        assertEquals(tally(1, 0), meter.count("I can't believe how stupid I am"));
        assertEquals(tally(1, 0), meter.count("Not again. I'm useless"));
        assertEquals(tally(1, 0), meter.count("no, I'm useless"));
    }

    @Test
    void aPlainAnswerToTheCriticIsKind() {
        assertEquals(tally(0, 1), meter.count("I'm not stupid, I was running on three hours of sleep."));
        assertEquals(tally(0, 1), meter.count("Failing one module doesn't make me a failure."));
        assertEquals(tally(0, 1), meter.count("It wasn't my fault the server went down."));
    }

    @Test
    void wordsAboutSomeoneOrSomethingElseAreNotSelfTalk() {
        assertEquals(NONE, meter.count("The weather is useless."));
        assertEquals(NONE, meter.count("My manager is an idiot and the new system is a joke."));
        assertEquals(NONE, meter.count("He's so lazy."));
        assertEquals(NONE, meter.count("He should have known better."));
        assertEquals(tally(1, 0), meter.count("I should have known better."));
        assertEquals(NONE, meter.count("My room is a mess."));
        assertEquals(tally(1, 0), meter.count("I'm a mess."));
    }

    @Test
    void someoneElsesWordsAboutThePersonAreNotTheirSelfTalk() {
        assertEquals(NONE, meter.count("My boss said I'm useless in front of the whole team."));
        assertEquals(NONE, meter.count("She told me I was hopeless at sales."));
        assertEquals(NONE, meter.count("My old boss thinks I'm a failure."));
        assertEquals(NONE, meter.count("Mum said I did my best."));
    }

    @Test
    void thePersonsOwnInnerVoiceStillCounts() {
        assertEquals(tally(1, 0), meter.count("Part of me says I'm useless."));
        assertEquals(tally(1, 0), meter.count("My brain keeps telling me I'm worthless."));
        assertEquals(tally(1, 0), meter.count("I keep telling myself I'm stupid."));
    }

    @Test
    void aSentenceStartingWithoutItsSubjectIsReadAsTheWritersOwn() {
        assertEquals(tally(1, 0), meter.count("Felt like a total fraud in the meeting."));
        assertEquals(tally(1, 0), meter.count("Long day. Feel like such an idiot."));
        assertEquals(NONE, meter.count("It felt like a waste of time."));
        assertEquals(NONE, meter.count("The meeting felt like a joke."));
    }

    @Test
    void idiomsOfSuccessAndPlainFeelingsAreNeither() {
        assertEquals(NONE, meter.count("I'm killing it at the gym."));
        assertEquals(NONE, meter.count("I feel terrible today, flu."));
        assertEquals(NONE, meter.count("I'm so tired."));
        assertEquals(NONE, meter.count("I failed the exam."));
    }

    @Test
    void typographicApostrophesCapitalsMissingApostrophesHyphensAndInvisibleCharactersReadAsPlain() {
        assertEquals(tally(1, 0), meter.count("I’M SO STUPID"));
        assertEquals(tally(1, 0), meter.count("im such a screw-up"));
        assertEquals(tally(1, 0), meter.count("I'm  so\n\nuse\u00ADless"));
        assertEquals(tally(1, 0), meter.count("I am *such* an idiot"));
        assertEquals(tally(1, 0), meter.count("whats wrong with me"));
        assertEquals(NONE, meter.count("im such a screw"), "a hyphen joins words, it does not invent them");
    }

    @Test
    void findGivesEachCountedPhraseExactlyAsWritten() {
        assertEquals(List.of(
                        new SelfTalkMeter.Match(SelfTalkTone.CRITICAL, "harsh-label", "I’m SUCH an idiot"),
                        new SelfTalkMeter.Match(SelfTalkTone.KIND, "did-my-best", "did my best")),
                meter.find("Honestly, I’m SUCH an idiot!! Still, I did my best."));
        String note = "I'm not proud of myself. I'm proud of myself for going.";
        assertEquals(List.of(new SelfTalkMeter.Match(SelfTalkTone.KIND, "proud-of-myself", "proud of myself")),
                meter.find(note));
        meter.find("I’m\u00ADso stupid and what’s wrong with me").forEach(match ->
                assertTrue("I’m\u00ADso stupid and what’s wrong with me".contains(match.words()), match.words()));
    }

    @Test
    void reachCountsTheWordsBetweenACueAndAPhraseLeavingSkippedWordsOut() {
        SelfTalkLexicon small = SelfTalkLexicon.of(List.of(), List.of(new CueWords("soft", List.of("really"))),
                List.of(new SelfTalkEntry("label", "A label.", List.of("i'm stupid"))),
                List.of(new SelfTalkEntry("effort", "Effort.", List.of("did my best"))),
                List.of(new SelfTalkCancel("not", "Right before.", 0, List.of("not")),
                        new SelfTalkCancel("doubt", "One word between.", 1, List.of("doubt"))),
                List.of(), List.of());
        SelfTalkMeter smallMeter = new SelfTalkMeter(small);
        assertEquals(NONE, smallMeter.count("not i'm stupid"));
        assertEquals(NONE, smallMeter.count("not really i'm stupid"), "a skipped word does not count as between");
        assertEquals(tally(1, 0), smallMeter.count("not that i'm stupid"));
        assertEquals(NONE, smallMeter.count("i doubt i did my best"));
        assertEquals(tally(0, 1), smallMeter.count("i doubt that i did my best"));
        assertEquals(tally(0, 1), smallMeter.count("i doubt it. i did my best"), "a full stop ends the cue's reach");
    }

    @Test
    void overGivesOnePointPerWeekWithNotesOldestFirstAcrossTheNewYear() {
        List<DatedText> notes = new ArrayList<>(List.of(
                new DatedText(LocalDate.of(2025, 12, 29), "I'm such an idiot."),
                new DatedText(LocalDate.of(2025, 12, 31), "I did my best."),
                new DatedText(LocalDate.of(2026, 1, 2), "What's wrong with me. I hate myself."),
                new DatedText(LocalDate.of(2026, 1, 4), "Went for a walk."),
                new DatedText(LocalDate.of(2026, 1, 5), "It's okay to rest."),
                new DatedText(LocalDate.of(2026, 1, 20), "")));
        Collections.shuffle(notes, new Random(3));
        assertEquals(List.of(
                        new SelfTalkPoint(LocalDate.of(2025, 12, 29), 3, 1, 4),
                        new SelfTalkPoint(LocalDate.of(2026, 1, 5), 0, 1, 1),
                        new SelfTalkPoint(LocalDate.of(2026, 1, 19), 0, 0, 1)),
                meter.over(notes, Bucket.WEEK));
    }

    @Test
    void overByMonthLeavesOutMonthsWithoutNotes() {
        List<DatedText> notes = List.of(
                new DatedText(LocalDate.of(2026, 1, 31), "I'm pathetic."),
                new DatedText(LocalDate.of(2026, 2, 1), "I'm proud of myself."),
                new DatedText(LocalDate.of(2026, 2, 28), "I'm proud of how I handled it, and I'm still learning."),
                new DatedText(LocalDate.of(2026, 4, 1), "My boss said I'm useless."));
        assertEquals(List.of(
                        new SelfTalkPoint(LocalDate.of(2026, 1, 1), 1, 0, 1),
                        new SelfTalkPoint(LocalDate.of(2026, 2, 1), 0, 3, 2),
                        new SelfTalkPoint(LocalDate.of(2026, 4, 1), 0, 0, 1)),
                meter.over(notes, Bucket.MONTH));
    }

    @Test
    void overByDayAddsUpTheNotesOfOneDay() {
        LocalDate day = LocalDate.of(2026, 3, 14);
        assertEquals(List.of(new SelfTalkPoint(day, 1, 1, 2)), meter.over(List.of(
                new DatedText(day, "I'm useless"), new DatedText(day, "I did my best")), Bucket.DAY));
    }

    @Test
    void overNoNotesIsNoPoints() {
        assertEquals(List.of(), meter.over(List.of(), Bucket.WEEK));
        assertThrows(NullPointerException.class, () -> meter.over(null, Bucket.WEEK));
        assertThrows(NullPointerException.class, () -> meter.over(List.of(), null));
    }

    @Test
    void aTallyIsNeverNegativeAndAddsUp() {
        assertEquals(tally(3, 5), tally(1, 2).plus(tally(2, 3)));
        assertThrows(IllegalArgumentException.class, () -> tally(-1, 0));
        assertThrows(NullPointerException.class, () -> new DatedText(null, "x"));
        assertThrows(NullPointerException.class, () -> new DatedText(LocalDate.of(2026, 1, 1), null));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void oneMeterServesManyThreadsAtOnce(int threads) throws Exception {
        List<String> texts = List.of("I'm such an idiot.", "I did my best.", "My boss said I'm useless.",
                "I'm not proud of myself.", "Part of me says I'm useless. Another part says it's okay to struggle.");
        List<SelfTalkMeter.Tally> expected = texts.stream().map(meter::count).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<SelfTalkMeter.Tally>>> futures = new ArrayList<>();
            for (int t = 0; t < threads * 4; t++) {
                futures.add(pool.submit(() -> {
                    List<SelfTalkMeter.Tally> last = null;
                    for (int round = 0; round < 200; round++) {
                        last = texts.stream().map(meter::count).toList();
                    }
                    return last;
                }));
            }
            for (Future<List<SelfTalkMeter.Tally>> future : futures) {
                assertEquals(expected, future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(tally(1, 0), tally(0, 1), NONE, NONE, tally(1, 1)), expected);
    }

    /**
     * Ten years of the demo journal's notes, as the Progress screen would read them at most. The time is printed as a
     * figure to watch, never asserted: this machine is shared.
     */
    @Test
    void tenYearsOfNotesGiveAPointForEveryWeekWithNotes() {
        List<DatedText> notes = new DemoJournalGenerator(7).generate(LocalDate.of(2026, 3, 14), 10).stream()
                .map(checkIn -> new DatedText(checkIn.date(), checkIn.note())).toList();
        assertTrue(notes.size() > 5_000, "notes: " + notes.size());
        List<SelfTalkPoint> points = null;
        long[] nanos = new long[9];
        for (int run = 0; run < nanos.length; run++) {
            long start = System.nanoTime();
            points = meter.over(notes, Bucket.WEEK);
            nanos[run] = System.nanoTime() - start;
        }
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "Self-talk meter over %d notes (%d characters): first run %.1f ms, median of %d "
                        + "runs %.1f ms, %d weeks%n", notes.size(), notes.stream().mapToInt(note -> note.text().length()).sum(),
                nanos[0] / 1e6, nanos.length, sorted[nanos.length / 2] / 1e6, points.size());

        assertEquals(notes.size(), points.stream().mapToInt(SelfTalkPoint::notes).sum());
        for (int i = 0; i < points.size(); i++) {
            assertEquals(DayOfWeek.MONDAY, points.get(i).start().getDayOfWeek());
            assertTrue(i == 0 || points.get(i - 1).start().isBefore(points.get(i).start()));
        }
        assertEquals(notes.stream().mapToInt(note -> meter.count(note.text()).critical()).sum(),
                points.stream().mapToInt(SelfTalkPoint::critical).sum());
        assertEquals(notes.stream().mapToInt(note -> meter.count(note.text()).kind()).sum(),
                points.stream().mapToInt(SelfTalkPoint::kind).sum());
        assertTrue(points.stream().mapToInt(SelfTalkPoint::kind).sum() > 0);
    }
}
