package app.groundwork.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.FollowUp;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.ReframeStats;
import app.groundwork.domain.ReframeStep;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.TrapChoice;
import app.groundwork.insight.CrisisScreener;
import app.groundwork.insight.ReframeInsights;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoReframesTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST_DAY = LAST_DAY.minusYears(10);
    private static final Set<String> EMOTIONS = Set.of("embarrassment", "shame", "anger", "grief", "numbness",
            "anxiety", "loneliness", "fear", "guilt", "disappointment", "envy", "relief", "hope", "calm", "pride",
            "gratitude");
    private static final Set<String> TRAPS = Set.of("all-or-nothing", "overgeneralizing", "labeling", "catastrophizing",
            "mind-reading", "fortune-telling", "personalizing", "should-statements", "emotional-reasoning",
            "discounting-positive", "mental-filter", "magnifying", "comparing", "blaming");
    /** The same list as {@code DemoJournalGeneratorTest}: nothing in the demo may come near self-harm. */
    private static final Pattern CRISIS_WORDS = Pattern.compile(
            "\\b(suicid\\w*|kill\\w*|die|dying|dead|death|self[- ]?harm\\w*|hurt(ing)? myself|cut(ting)? myself|"
                    + "overdose|end it all|end my life|disappear\\w*|better off without me|no reason to live|"
                    + "hopeless\\w*|worthless|burden\\w*)\\b",
            Pattern.CASE_INSENSITIVE);

    private static List<Reframe> tenYears;

    @BeforeAll
    static void generate() {
        tenYears = new DemoJournalGenerator(42).reframes(LAST_DAY, 10);
    }

    @Test
    void sameSeedGivesTheSameRecordsAndOtherSeedsOthers() {
        DemoJournalGenerator generator = new DemoJournalGenerator(42);
        assertEquals(tenYears, generator.reframes(LAST_DAY, 10));
        assertEquals(tenYears, generator.reframes(LAST_DAY, 10), "a second run of one generator replays too");
        assertNotEquals(tenYears, new DemoJournalGenerator(43).reframes(LAST_DAY, 10));
    }

    @Test
    void writingThemChangesNoCheckInAndNoAssessment() {
        DemoJournalGenerator fresh = new DemoJournalGenerator(42);
        var checkIns = fresh.generate(LAST_DAY, 10);
        var assessments = fresh.assessments(LAST_DAY, 10);
        DemoJournalGenerator afterReframes = new DemoJournalGenerator(42);
        afterReframes.reframes(LAST_DAY, 10);
        assertEquals(checkIns, afterReframes.generate(LAST_DAY, 10));
        assertEquals(assessments, afterReframes.assessments(LAST_DAY, 10));
    }

    @Test
    void aTenYearJournalHoldsAPlausibleNumberThickestAtTheStart() {
        for (long seed = 1; seed <= 4; seed++) {
            List<Reframe> run = new DemoJournalGenerator(seed).reframes(LAST_DAY, 10);
            assertTrue(run.size() >= 150 && run.size() <= 400, "seed " + seed + ": " + run.size());
            long firstYear = between(run, FIRST_DAY, FIRST_DAY.plusYears(1).minusDays(1)).size();
            long lastYear = between(run, LAST_DAY.minusYears(1).plusDays(1), LAST_DAY).size();
            assertTrue(firstYear > 2 * lastYear, "seed " + seed + ": first year " + firstYear + ", last " + lastYear);
        }
    }

    @Test
    void theHardFirstWeeksHoldOneToThreeAWeek() {
        for (long seed = 1; seed <= 6; seed++) {
            List<Reframe> run = new DemoJournalGenerator(seed).reframes(LAST_DAY, 10);
            int firstEight = between(run, FIRST_DAY, FIRST_DAY.plusWeeks(8).minusDays(1)).size();
            assertTrue(firstEight >= 8 && firstEight <= 24, "seed " + seed + ": " + firstEight + " in the first 8 weeks");
        }
        assertTrue(between(tenYears, FIRST_DAY, FIRST_DAY.plusDays(1)).isEmpty(), "not on the evening of the blow itself");
    }

    @Test
    void aOneYearJournalHasThemToo() {
        List<Reframe> year = new DemoJournalGenerator(9).reframes(LAST_DAY, 1);
        assertTrue(year.size() >= 30 && year.size() <= 120, "records: " + year.size());
        assertTrue(year.stream().allMatch(r -> !r.date().isBefore(LAST_DAY.minusYears(1)) && !r.date().isAfter(LAST_DAY)));
    }

    @Test
    void everyRecordIsFinishedDatedInOrderAndInTheRange() {
        for (int i = 0; i < tenYears.size(); i++) {
            Reframe reframe = tenYears.get(i);
            assertEquals(0, reframe.id());
            assertEquals(ReframeStep.AFTER, reframe.step());
            assertTrue(reframe.finished());
            LocalDateTime begun = reframe.date().atTime(reframe.time());
            assertTrue(reframe.finishedAt().isAfter(begun.toInstant(ZoneOffset.UTC))
                    && reframe.finishedAt().isBefore(begun.plusHours(1).toInstant(ZoneOffset.UTC)), reframe.toString());
            assertTrue(!reframe.date().isBefore(FIRST_DAY) && !reframe.date().isAfter(LAST_DAY), reframe.toString());
            if (i > 0) {
                assertTrue(tenYears.get(i - 1).date().isBefore(reframe.date()), "one a day at most, oldest first, at " + i);
            }
        }
    }

    @Test
    void ratingsStayInTheirRanges() {
        for (Reframe reframe : tenYears) {
            ReframeContent content = reframe.content();
            assertTrue(content.beliefBefore() >= 60 && content.beliefBefore() <= 95, reframe.toString());
            assertTrue(content.beliefAfter() >= 0 && content.beliefAfter() <= 100, reframe.toString());
            assertFalse(content.emotionsBefore().isEmpty(), reframe.toString());
            Stream.concat(content.emotionsBefore().stream(), content.emotionsAfter().stream()).forEach(rating -> {
                assertFalse(rating.custom());
                assertTrue(EMOTIONS.contains(rating.name()), rating.name());
                assertTrue(rating.intensity() >= 0 && rating.intensity() <= 100, rating.toString());
            });
            for (EmotionRating before : content.emotionsBefore()) {
                assertTrue(content.emotionsAfter().stream().anyMatch(after -> after.name().equals(before.name())),
                        "every feeling is rated again: " + reframe);
            }
        }
    }

    @Test
    void feelingsAndBeliefUsuallyEaseButNotAlways() {
        long eased = count(r -> r.content().distressDrop().getAsDouble() > 0);
        long believedLess = count(r -> r.content().beliefDrop().getAsDouble() > 0);
        assertTrue(eased > tenYears.size() * 0.8 && eased < tenYears.size(), "feelings eased in " + eased);
        assertTrue(believedLess > tenYears.size() * 0.8, "belief eased in " + believedLess);
        assertTrue(count(r -> r.content().beliefDrop().getAsDouble() < 0) > 0, "now and then it is believed more");
        assertTrue(tenYears.stream().map(r -> r.content().beliefDrop().getAsDouble()).distinct().count() > 20,
                "the drops vary");

        ReframeStats stats = ReframeInsights.summarize(tenYears, FIRST_DAY, LAST_DAY);
        assertEquals(tenYears.size(), stats.done());
        double beliefDrop = stats.meanBeliefDrop().getAsDouble();
        assertTrue(beliefDrop >= 12 && beliefDrop <= 40, "mean belief drop " + beliefDrop);
        double firstYearDrop = ReframeInsights.summarize(tenYears, FIRST_DAY, FIRST_DAY.plusMonths(3))
                .meanBeliefDrop().getAsDouble();
        assertTrue(beliefDrop > firstYearDrop, "practice helps a little: " + firstYearDrop + " then " + beliefDrop);
    }

    @Test
    void trapsComeFromTheCatalogueWithNowAndThenOneOfTheirOwn() {
        for (Reframe reframe : tenYears) {
            List<TrapChoice> traps = reframe.content().traps();
            assertFalse(traps.isEmpty(), reframe.toString());
            traps.stream().filter(trap -> !trap.custom())
                    .forEach(trap -> assertTrue(TRAPS.contains(trap.trap()), trap.trap()));
            assertEquals(traps.size(), traps.stream().map(TrapChoice::trap).distinct().count(), "no trap twice");
        }
        List<TrapChoice> all = tenYears.stream().flatMap(r -> r.content().traps().stream()).toList();
        assertTrue(all.stream().anyMatch(TrapChoice::custom), "some named by the person");
        assertTrue(all.stream().filter(TrapChoice::custom).noneMatch(trap -> TRAPS.contains(trap.trap())));
        assertTrue(all.stream().anyMatch(TrapChoice::suggested) && all.stream().anyMatch(trap -> !trap.suggested()));
        assertTrue(all.stream().map(TrapChoice::trap).filter(TRAPS::contains).distinct().count() >= 12,
                "most of the catalogue turns up");
    }

    @Test
    void everyTextIsWrittenAndFilledIn() {
        for (Reframe reframe : tenYears) {
            ReframeContent content = reframe.content();
            for (String text : List.of(content.situation(), content.thought(), content.evidenceFor(),
                    content.evidenceAgainst(), content.friendAnswer(), content.alternative())) {
                assertFalse(text.isBlank(), reframe.toString());
                assertFalse(text.contains("{") || text.contains("}"), "unfilled placeholder in: " + text);
                assertEquals(text.strip(), text);
            }
        }
        assertTrue(tenYears.stream().map(r -> r.content().thought()).distinct().count() >= 40, "thoughts vary");
        assertTrue(tenYears.stream().map(r -> r.content().situation()).distinct().count() >= 40, "situations vary");
    }

    @Test
    void oneRecordNamesOneFriend() {
        Set<String> friends = Set.of("Nadia", "Ben", "Kofi", "Ines", "Marcus", "Yuki", "Alba");
        for (long seed = 1; seed <= 3; seed++) {
            for (Reframe reframe : new DemoJournalGenerator(seed).reframes(LAST_DAY, 10)) {
                String text = reframe.content().allText();
                Set<String> named = friends.stream().filter(name -> Pattern.compile("\\b" + name + "\\b").matcher(text).find())
                        .collect(Collectors.toSet());
                assertTrue(named.size() <= 1, named + " in " + text);
            }
        }
    }

    @Test
    void followUpsAreAnsweredExceptTheLastOneOrTwoWhichAreDueNow() {
        List<Reframe> withFollowUp = tenYears.stream().filter(r -> r.followUp() != null).toList();
        assertTrue(withFollowUp.size() > tenYears.size() / 3, "follow-ups: " + withFollowUp.size());
        for (Reframe reframe : withFollowUp) {
            FollowUp followUp = reframe.followUp();
            assertEquals(reframe.date().plusDays(reframe.content().followUpDays()), followUp.due(), reframe.toString());
            if (followUp.answered()) {
                assertFalse(followUp.answeredOn().isBefore(followUp.due()));
                assertFalse(followUp.answeredOn().isAfter(LAST_DAY));
                assertTrue(followUp.belief() >= 0 && followUp.belief() <= 100);
            } else {
                assertNull(followUp.belief());
            }
        }
        tenYears.stream().filter(r -> r.followUp() == null).forEach(r -> assertNull(r.content().followUpDays()));

        for (long seed = 1; seed <= 8; seed++) {
            List<Reframe> run = new DemoJournalGenerator(seed).reframes(LAST_DAY, seed % 2 == 0 ? 1 : 10);
            List<Reframe> waiting = run.stream().filter(r -> r.followUp() != null && !r.followUp().answered()).toList();
            assertTrue(waiting.size() == 1 || waiting.size() == 2, "seed " + seed + ": " + waiting.size() + " waiting");
            Reframe latest = run.get(run.size() - 1);
            assertNotNull(latest.followUp());
            assertTrue(waiting.contains(latest), "the latest one waits on Today");
            assertEquals(waiting, run.subList(run.size() - waiting.size(), run.size()), "only the latest ones wait");
            for (Reframe reframe : waiting) {
                assertTrue(reframe.followUp().dueOn(LAST_DAY), reframe.followUp().toString());
                assertTrue(ChronoUnit.DAYS.between(reframe.followUp().due(), LAST_DAY) <= 3,
                        "due in the last days: " + reframe.followUp());
            }
        }
    }

    @Test
    void nothingWrittenComesNearSelfHarm() throws IOException {
        CrisisScreener screener = new CrisisScreener(ContentLibrary.loadBundled().crisisLexicon());
        for (long seed = 1; seed <= 3; seed++) {
            for (Reframe reframe : new DemoJournalGenerator(seed).reframes(LAST_DAY, 10)) {
                String text = reframe.content().allText() + "\n" + reframe.content().traps().stream()
                        .map(TrapChoice::trap).collect(Collectors.joining("\n"));
                assertFalse(CRISIS_WORDS.matcher(text).find(), text);
                SafetyCheck check = screener.screen(text);
                assertFalse(check.flagged(), check.matchedPhrases() + " in " + text);
            }
        }
        try (InputStream in = DemoJournalGenerator.class.getResourceAsStream("/demo/reframes.txt")) {
            String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(CRISIS_WORDS.matcher(file).find());
            assertFalse(screener.screen(file).flagged(), screener.screen(file).matchedPhrases().toString());
        }
    }

    @Test
    void everyThemeOfThePhraseFileIsCompleteAndNamesOnlyCatalogueTraps() {
        PhraseBook phrases = PhraseBook.load("/demo/reframes.txt");
        List<String> themes = ReframeComposer.themes(phrases);
        assertTrue(themes.size() >= 20, "themes: " + themes.size());
        for (String theme : themes) {
            for (String part : List.of("situation", "thought", "for", "friend", "alternative")) {
                assertFalse(phrases.pool(theme + "." + part).isEmpty(), theme + "." + part);
            }
            assertTrue(phrases.pool(theme + ".against").size() >= 2, theme + ": two against are picked");
            assertTrue(TRAPS.containsAll(phrases.pool(theme + ".traps")), theme);
        }
        assertEquals(ReframeComposer.CATALOGUE_TRAPS, TRAPS);
    }

    @Test
    void aPhraseFileWithAnUnknownTrapFailsAtOnce() {
        StringBuilder themes = new StringBuilder("[themes.everyday]\nonly\n");
        for (SetbackKind kind : SetbackKind.values()) {
            themes.append("[themes.").append(kind.key()).append("]\nonly\n");
        }
        PhraseBook broken = PhraseBook.parse("broken", themes + """
                [only.situation]
                A.
                [only.thought]
                B.
                [only.for]
                C.
                [only.against]
                D.
                [only.friend]
                E.
                [only.alternative]
                F.
                [only.traps]
                doom-spiral
                [fill.friend]
                Ada
                [custom.trap]
                G.
                """);
        LifeStory story = LifeStory.plan(new Dice(1), FIRST_DAY, LAST_DAY);
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> new ReframeComposer(story, broken, new Dice(2)));
        assertEquals("[only.traps] names \"doom-spiral\", which is not a thinking-trap catalogue id", error.getMessage());
    }

    @Test
    void refusesAnEmptyRange() {
        DemoJournalGenerator generator = new DemoJournalGenerator(1);
        assertThrows(IllegalArgumentException.class, () -> generator.reframes(LAST_DAY, 0));
        assertThrows(NullPointerException.class, () -> generator.reframes(null, 1));
    }

    private static List<Reframe> between(List<Reframe> reframes, LocalDate first, LocalDate last) {
        return reframes.stream().filter(r -> !r.date().isBefore(first) && !r.date().isAfter(last)).toList();
    }

    private static long count(Predicate<Reframe> test) {
        return tenYears.stream().filter(test).count();
    }
}
