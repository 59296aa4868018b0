package app.groundwork.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.AssessmentScore;
import app.groundwork.domain.AssessmentScoring;
import app.groundwork.domain.BodySignalMark;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.CheckInRules;
import app.groundwork.domain.CheckInVocabulary;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.Numbers;
import app.groundwork.domain.TakenAssessment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoJournalGeneratorTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST_DAY = LAST_DAY.minusYears(10);
    private static final Set<String> EMOTIONS = Set.of("embarrassment", "shame", "anger", "grief", "numbness",
            "anxiety", "loneliness", "fear", "guilt", "disappointment", "envy", "relief", "hope", "calm", "pride",
            "gratitude");
    private static final Set<String> COMFORTS = Set.of("relief", "hope", "calm", "pride", "gratitude");
    private static final Set<String> BODY_SIGNALS = Set.of("tight-chest", "racing-heart", "tense-shoulders",
            "urge-to-hide", "dislike-being-watched", "heavy-limbs", "knot-in-stomach", "poor-sleep");
    private static final Set<String> LIFE_AREAS = Set.of("study", "work", "relationship", "health", "money", "other");
    /** Words that have no place in a demo journal; the app's own safety screening must stay quiet on it. */
    private static final Pattern CRISIS_WORDS = Pattern.compile(
            "\\b(suicid\\w*|kill\\w*|die|dying|dead|death|self[- ]?harm\\w*|hurt(ing)? myself|cut(ting)? myself|"
                    + "overdose|end it all|end my life|disappear\\w*|better off without me|no reason to live|"
                    + "hopeless\\w*|worthless)\\b",
            Pattern.CASE_INSENSITIVE);

    private static List<CheckInContent> journal;
    private static List<TakenAssessment> assessments;

    @BeforeAll
    static void generateTenYears() {
        journal = new DemoJournalGenerator(42).generate(LAST_DAY, 10);
        assessments = new DemoJournalGenerator(42).assessments(LAST_DAY, 10);
    }

    @Test
    void sameSeedGivesTheSameJournal() {
        DemoJournalGenerator generator = new DemoJournalGenerator(42);
        assertEquals(journal, generator.generate(LAST_DAY, 10));
        assertEquals(journal, generator.generate(LAST_DAY, 10), "a second run of one generator replays too");
    }

    @Test
    void differentSeedsGiveDifferentJournals() {
        List<CheckInContent> other = new DemoJournalGenerator(43).generate(LAST_DAY, 10);
        assertNotEquals(journal, other);
        assertNotEquals(journal.subList(0, 50), other.subList(0, 50), "they differ from the start, not only somewhere");
    }

    @Test
    void tenYearsHoldAboutThreeCheckInsADay() {
        assertTrue(journal.size() >= 9_500 && journal.size() <= 12_500, "check-ins: " + journal.size());
    }

    @Test
    void daysVaryFromOneCheckInToFiveWithGapsOfUpToTwoWeeks() {
        Map<LocalDate, Long> perDay = journal.stream()
                .collect(Collectors.groupingBy(CheckInContent::date, TreeMap::new, Collectors.counting()));
        assertTrue(perDay.containsValue(1L), "some days have a single check-in");
        assertTrue(perDay.values().stream().anyMatch(count -> count >= 4), "some days have four or five");
        assertTrue(perDay.values().stream().allMatch(count -> count <= 5), "nobody checks in all day long");

        List<LocalDate> days = new ArrayList<>(perDay.keySet());
        long longestGap = 0;
        int gapsOfAWeekOrMore = 0;
        for (int i = 1; i < days.size(); i++) {
            long unwritten = ChronoUnit.DAYS.between(days.get(i - 1), days.get(i)) - 1;
            longestGap = Math.max(longestGap, unwritten);
            gapsOfAWeekOrMore += unwritten >= 7 ? 1 : 0;
        }
        assertTrue(gapsOfAWeekOrMore >= 2, "a week or two without writing happens now and then");
        assertTrue(longestGap <= 14, "no gap longer than two weeks, longest: " + longestGap);
    }

    @Test
    void checkInsAreChronologicalAndInsideTheRange() {
        for (int i = 1; i < journal.size(); i++) {
            LocalDateTime before = journal.get(i - 1).date().atTime(journal.get(i - 1).time());
            LocalDateTime after = journal.get(i).date().atTime(journal.get(i).time());
            assertTrue(before.isBefore(after), "out of order at " + i + ": " + before + " then " + after);
        }
        assertEquals(FIRST_DAY, journal.get(0).date());
        assertEquals(LAST_DAY, journal.get(journal.size() - 1).date());
    }

    @Test
    void checkInsAreSpreadFromMorningToNight() {
        assertTrue(count(c -> c.time().isBefore(LocalTime.of(10, 0))) > journal.size() / 5);
        assertTrue(count(c -> !c.time().isBefore(LocalTime.of(19, 0))) > journal.size() / 5);
        assertTrue(count(c -> c.time().isAfter(LocalTime.of(11, 0)) && c.time().isBefore(LocalTime.of(19, 0))) > 0);
    }

    @Test
    void everyCheckInPassesTheCheckInRules() {
        CheckInRules rules = new CheckInRules(new CheckInVocabulary(EMOTIONS, BODY_SIGNALS, LIFE_AREAS));
        for (long seed = 1; seed <= 3; seed++) {
            for (CheckInContent checkIn : new DemoJournalGenerator(seed).generate(LAST_DAY, 10)) {
                List<FieldProblem> problems = rules.problems(checkIn, LAST_DAY);
                assertTrue(problems.isEmpty(), "seed " + seed + ": " + problems + " in " + checkIn);
            }
        }
    }

    @Test
    void numbersStayInTheirRangesAndAreSometimesLeftOut() {
        assertTrue(journal.stream().allMatch(c -> c.mood() >= 1 && c.mood() <= 10));
        assertTrue(journal.stream().map(CheckInContent::sleepHours).filter(Objects::nonNull)
                .allMatch(hours -> hours >= 3.5 && hours <= 10 && hours * 2 == Math.rint(hours * 2)));
        assertTrue(journal.stream().map(CheckInContent::energy).filter(Objects::nonNull)
                .allMatch(energy -> energy >= 1 && energy <= 5));
        long noTrust = count(c -> c.selfTrust() == null);
        long noEnergy = count(c -> c.energy() == null);
        long noSleep = count(c -> c.sleepHours() == null);
        for (long missing : List.of(noTrust, noEnergy, noSleep)) {
            assertTrue(missing > 0 && missing < journal.size() / 2, "optional but mostly filled: " + missing);
        }
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                journal.stream().map(CheckInContent::mood).collect(Collectors.toSet()), "the whole mood scale is used");
    }

    @Test
    void everyKnownEmotionBodySignalAndLifeAreaIsUsedAndCustomOnesAppear() {
        Set<String> emotions = journal.stream().flatMap(c -> c.emotions().stream())
                .filter(rating -> !rating.custom()).map(EmotionRating::name).collect(Collectors.toSet());
        Set<String> signals = journal.stream().flatMap(c -> c.bodySignals().stream())
                .filter(mark -> !mark.custom()).map(BodySignalMark::name).collect(Collectors.toSet());
        Set<String> areas = journal.stream().flatMap(c -> c.lifeAreas().stream()).collect(Collectors.toSet());
        assertEquals(EMOTIONS, emotions);
        assertEquals(BODY_SIGNALS, signals);
        assertEquals(LIFE_AREAS, areas);
        assertTrue(count(c -> c.emotions().stream().anyMatch(EmotionRating::custom)) > 20, "custom emotions");
        assertTrue(count(c -> c.bodySignals().stream().anyMatch(BodySignalMark::custom)) > 20, "custom signals");
        assertTrue(journal.stream().flatMap(c -> c.emotions().stream()).filter(EmotionRating::custom)
                .noneMatch(rating -> EMOTIONS.contains(rating.name())), "custom words are not known ids");
    }

    @Test
    void tagsAreASmallPersonalSet() {
        Set<String> tags = journal.stream().flatMap(c -> c.tags().stream()).collect(Collectors.toSet());
        assertTrue(tags.size() >= 10 && tags.size() <= 60, "distinct tags: " + tags);
        assertTrue(tags.containsAll(Set.of("therapy", "run", "sunday")), "recurring life shows in tags: " + tags);
        assertTrue(tags.stream().allMatch(tag -> tag.equals(tag.strip()) && !tag.isEmpty() && tag.length() <= 40));
    }

    @Test
    void notesComeInManyShapes() {
        assertTrue(countNotes(String::isEmpty) > 100, "empty notes");
        assertTrue(countNotes(note -> !note.isEmpty() && !note.contains("\n")) > 1000, "one-line notes");
        assertTrue(countNotes(note -> note.codePointCount(0, note.length()) > 600) > 20, "long notes");
        assertTrue(countNotes(note -> note.split("\n\n").length >= 3) > 20, "several paragraphs");
        assertTrue(countNotes(note -> note.contains("\n- ")) > 20, "bullet lists");
        assertTrue(countNotes(note -> note.chars().anyMatch(Character::isLetter)
                && note.equals(note.toLowerCase(java.util.Locale.ROOT)) && note.length() > 15) > 20,
                "tired lowercase notes");
        assertTrue(countNotes(note -> note.chars().filter(c -> c == '?').count() >= 2) > 20, "questions to self");
        List<String> written = journal.stream().map(CheckInContent::note).filter(note -> !note.isEmpty()).toList();
        assertTrue(written.stream().distinct().count() > written.size() * 0.6, "notes vary rather than repeat");
    }

    @Test
    void someNotesCarryEmojiOtherScriptsAndDecomposedAccents() {
        assertTrue(countNotes(note -> note.codePoints().anyMatch(DemoJournalGeneratorTest::isEmoji)) > 50, "emoji");
        assertTrue(countNotes(note -> note.contains("\uD83C\uDF27\uFE0F")) > 0, "an emoji with a variation selector");

        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        journal.forEach(c -> c.note().codePoints().forEach(cp -> scripts.add(Character.UnicodeScript.of(cp))));
        assertTrue(scripts.containsAll(EnumSet.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                Character.UnicodeScript.ARABIC, Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.GREEK)),
                "scripts: " + scripts);
        assertTrue(countNotes(note -> note.contains("ñ") || note.contains("í")) > 0, "Spanish with accents");

        Pattern latinThenCombiningMark = Pattern.compile("\\p{IsLatin}\\p{Mn}");
        assertTrue(countNotes(note -> latinThenCombiningMark.matcher(note).find()
                && !Normalizer.isNormalized(note, Normalizer.Form.NFC)) > 5, "decomposed accents survive");
    }

    @Test
    void nothingWrittenTouchesSelfHarm() throws IOException {
        for (CheckInContent checkIn : journal) {
            assertNoCrisisWords(checkIn.note());
            checkIn.tags().forEach(DemoJournalGeneratorTest::assertNoCrisisWords);
            checkIn.emotions().forEach(rating -> assertNoCrisisWords(rating.name()));
            checkIn.bodySignals().forEach(mark -> assertNoCrisisWords(mark.name()));
        }
        try (InputStream in = DemoJournalGenerator.class.getResourceAsStream("/demo/phrases.txt")) {
            assertNoCrisisWords(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theFirstMonthIsClearlyLowerThanTheLastThreeMonths() {
        for (long seed = 1; seed <= 6; seed++) {
            List<CheckInContent> run = new DemoJournalGenerator(seed).generate(LAST_DAY, 10);
            double firstMonth = meanMood(run, FIRST_DAY, FIRST_DAY.plusDays(29));
            double lastQuarter = meanMood(run, LAST_DAY.minusDays(89), LAST_DAY);
            assertTrue(firstMonth <= 4.5, "seed " + seed + " starts low: " + firstMonth);
            assertTrue(lastQuarter - firstMonth >= 2.0,
                    "seed " + seed + ": first 30 days " + firstMonth + ", last 90 days " + lastQuarter);
        }
    }

    @Test
    void recoveryIsSlowAndUneven() {
        double firstMonth = meanMood(journal, FIRST_DAY, FIRST_DAY.plusDays(29));
        double months4to6 = meanMood(journal, FIRST_DAY.plusDays(90), FIRST_DAY.plusDays(179));
        double secondYear = meanMood(journal, FIRST_DAY.plusYears(1), FIRST_DAY.plusYears(2).minusDays(1));
        assertTrue(firstMonth < months4to6 && months4to6 < secondYear,
                "mood climbs over months: " + firstMonth + " → " + months4to6 + " → " + secondYear);
        assertTrue(secondYear - months4to6 < 3, "not a jump straight back to normal");
    }

    @Test
    void laterYearsHaveDipsWellBelowTheirOwnMean() {
        int yearsWithADip = 0;
        int separateDips = 0;
        for (int year = 1; year < 10; year++) {
            LocalDate start = FIRST_DAY.plusYears(year);
            LocalDate end = FIRST_DAY.plusYears(year + 1).minusDays(1);
            double yearMean = meanMood(journal, start, end);
            LocalDate lastDipStart = null;
            for (LocalDate window = start; !window.plusDays(6).isAfter(end); window = window.plusDays(1)) {
                List<CheckInContent> week = between(journal, window, window.plusDays(6));
                boolean dip = week.size() >= 7 && meanMood(week) <= yearMean - 1.5;
                // a dip counts once however many overlapping windows it spans
                if (dip && (lastDipStart == null || window.isAfter(lastDipStart.plusDays(13)))) {
                    separateDips++;
                    yearsWithADip += lastDipStart == null ? 1 : 0;
                    lastDipStart = window;
                }
            }
        }
        assertTrue(yearsWithADip >= 7, "years after the first with a dip week: " + yearsWithADip + " of 9");
        assertTrue(separateDips >= 12, "separate dips after the first year: " + separateDips);
    }

    @Test
    void eachSetbackBringsItsOwnLifeArea() {
        Set<String> leadingAreas = new HashSet<>();
        for (LocalDate start = FIRST_DAY; start.isBefore(LAST_DAY); start = start.plusDays(120)) {
            Map<String, Long> areas = between(journal, start, start.plusDays(119)).stream()
                    .flatMap(c -> c.lifeAreas().stream())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            areas.entrySet().stream().max(Map.Entry.comparingByValue())
                    .filter(leading -> leading.getValue() >= 60)
                    .ifPresent(leading -> leadingAreas.add(leading.getKey()));
        }
        assertTrue(leadingAreas.size() >= 3, "areas that led some stretch of the journal: " + leadingAreas);
    }

    @Test
    void hardFeelingsFadeAndGoodOnesGrow() {
        List<CheckInContent> start = between(journal, FIRST_DAY, FIRST_DAY.plusDays(59));
        List<CheckInContent> end = between(journal, LAST_DAY.minusDays(89), LAST_DAY);
        assertTrue(hardIntensity(start) > hardIntensity(end) + 15,
                "hard feelings per check-in: " + hardIntensity(start) + " then " + hardIntensity(end));
        assertTrue(comfortShare(end) > comfortShare(start) * 1.5,
                "good feelings per check-in: " + comfortShare(start) + " then " + comfortShare(end));
    }

    @Test
    void tenYearsAreGeneratedQuickly() {
        DemoJournalGenerator generator = new DemoJournalGenerator(5);
        generator.generate(LAST_DAY, 1);
        long started = System.nanoTime();
        generator.generate(LAST_DAY, 10);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 2_000, "10 years took " + millis + " ms");
    }

    @Test
    void refusesAnEmptyRange() {
        DemoJournalGenerator generator = new DemoJournalGenerator(1);
        assertThrows(IllegalArgumentException.class, () -> generator.generate(LAST_DAY, 0));
        assertThrows(NullPointerException.class, () -> generator.generate(null, 1));
    }

    @Test
    void aSingleYearStillTellsTheStory() {
        List<CheckInContent> year = new DemoJournalGenerator(9).generate(LAST_DAY, 1);
        assertEquals(LAST_DAY.minusYears(1), year.get(0).date());
        assertTrue(year.size() >= 900 && year.size() <= 1_300, "check-ins: " + year.size());
        assertTrue(meanMood(year, LAST_DAY.minusYears(1), LAST_DAY.minusYears(1).plusDays(29))
                < meanMood(year, LAST_DAY.minusDays(89), LAST_DAY));
    }

    @Test
    void assessmentsReplayFromTheSeedAndLeaveTheCheckInsAsTheyWere() {
        assertEquals(assessments, new DemoJournalGenerator(42).assessments(LAST_DAY, 10));
        assertNotEquals(assessments, new DemoJournalGenerator(43).assessments(LAST_DAY, 10));
        DemoJournalGenerator generator = new DemoJournalGenerator(42);
        generator.assessments(LAST_DAY, 10);
        assertEquals(journal, generator.generate(LAST_DAY, 10));
    }

    @Test
    void everyAssessmentCanBeScoredIsInRangeAndNeverTouchesSelfHarm() {
        for (long seed = 1; seed <= 3; seed++) {
            for (TakenAssessment taken : new DemoJournalGenerator(seed).assessments(LAST_DAY, 10)) {
                assertEquals(List.of(), AssessmentScoring.problems(taken.instrument(), taken.answers()), taken.toString());
                assertTrue(!taken.date().isBefore(FIRST_DAY) && !taken.date().isAfter(LAST_DAY), taken.toString());
                if (taken.instrument() == Instrument.PHQ9) {
                    assertEquals(0, taken.answers().get(AssessmentScoring.PHQ9_SAFETY_ITEM - 1));
                    assertTrue(!AssessmentScoring.score(taken.instrument(), taken.answers()).safety().flagged());
                }
            }
        }
        for (int i = 1; i < assessments.size(); i++) {
            assertTrue(!assessments.get(i).date().isBefore(assessments.get(i - 1).date()), "oldest first at " + i);
        }
    }

    @Test
    void theWho5ComesAboutEveryTwoWeeksAndIsDueAgainAtTheEnd() {
        List<LocalDate> who5 = datesOf(Instrument.WHO5);
        assertTrue(who5.size() >= 220 && who5.size() <= 270, "WHO-5 results: " + who5.size());
        for (int i = 1; i < who5.size(); i++) {
            long gap = ChronoUnit.DAYS.between(who5.get(i - 1), who5.get(i));
            assertTrue(gap >= 7 && gap <= 45, "gap " + gap + " before " + who5.get(i));
        }
        assertTrue(ChronoUnit.DAYS.between(who5.get(who5.size() - 1), LAST_DAY) >= 14, "the reminder is due on the last day");
        Set<LocalDate> written = journal.stream().map(CheckInContent::date).collect(Collectors.toSet());
        assertTrue(assessments.stream().allMatch(taken -> written.contains(taken.date())), "taken on days with check-ins");
    }

    @Test
    void theOtherScalesComeNowAndThen() {
        int phq9 = datesOf(Instrument.PHQ9).size();
        int gad7 = datesOf(Instrument.GAD7).size();
        int rses = datesOf(Instrument.RSES).size();
        int scssf = datesOf(Instrument.SCSSF).size();
        assertTrue(phq9 >= 45 && phq9 <= 90, "PHQ-9 over ten years: " + phq9);
        assertEquals(phq9, gad7, "a GAD-7 goes with each PHQ-9");
        assertTrue(rses >= 25 && rses <= 45, "RSES over ten years: " + rses);
        assertTrue(scssf >= 22 && scssf <= 40, "SCS-SF over ten years: " + scssf);
    }

    @Test
    void resultsFollowTheMoodOfTheStory() {
        for (long seed = 1; seed <= 4; seed++) {
            List<TakenAssessment> run = new DemoJournalGenerator(seed).assessments(LAST_DAY, 10);
            double who5Start = meanScore(run, Instrument.WHO5, FIRST_DAY, FIRST_DAY.plusDays(59));
            double who5End = meanScore(run, Instrument.WHO5, LAST_DAY.minusDays(179), LAST_DAY);
            assertTrue(who5End - who5Start >= 20, "seed " + seed + " WHO-5: " + who5Start + " then " + who5End);
            double phq9Start = meanScore(run, Instrument.PHQ9, FIRST_DAY, FIRST_DAY.plusDays(29));
            double phq9End = meanScore(run, Instrument.PHQ9, LAST_DAY.minusYears(1), LAST_DAY);
            assertTrue(phq9Start >= 10 && phq9End < 10, "seed " + seed + " PHQ-9: " + phq9Start + " then " + phq9End);
        }
    }

    private static List<LocalDate> datesOf(Instrument instrument) {
        return assessments.stream().filter(taken -> taken.instrument() == instrument).map(TakenAssessment::date).toList();
    }

    private static double meanScore(List<TakenAssessment> run, Instrument instrument, LocalDate first, LocalDate last) {
        return Numbers.mean(run.stream().filter(taken -> taken.instrument() == instrument)
                .filter(taken -> !taken.date().isBefore(first) && !taken.date().isAfter(last))
                .map(taken -> AssessmentScoring.score(instrument, taken.answers())).toList(), AssessmentScore::score).orElseThrow();
    }

    private static boolean isEmoji(int codePoint) {
        return codePoint >= 0x1F300 && codePoint <= 0x1FAFF || codePoint == 0x2615 || codePoint == 0x2600;
    }

    private static void assertNoCrisisWords(String text) {
        assertTrue(!CRISIS_WORDS.matcher(text).find(), "unsuitable words in: " + text);
    }

    private static long count(Predicate<CheckInContent> test) {
        return journal.stream().filter(test).count();
    }

    private static long countNotes(Predicate<String> test) {
        return journal.stream().map(CheckInContent::note).filter(test).count();
    }

    private static List<CheckInContent> between(List<CheckInContent> checkIns, LocalDate first, LocalDate last) {
        return checkIns.stream().filter(c -> !c.date().isBefore(first) && !c.date().isAfter(last)).toList();
    }

    private static double meanMood(List<CheckInContent> checkIns, LocalDate first, LocalDate last) {
        return meanMood(between(checkIns, first, last));
    }

    private static double meanMood(List<CheckInContent> checkIns) {
        return checkIns.stream().mapToInt(CheckInContent::mood).average().orElseThrow();
    }

    private static double hardIntensity(List<CheckInContent> checkIns) {
        return Numbers.mean(checkIns, c -> c.emotions().stream()
                .filter(rating -> !rating.custom() && !COMFORTS.contains(rating.name()))
                .mapToInt(EmotionRating::intensity).sum()).orElseThrow();
    }

    private static double comfortShare(List<CheckInContent> checkIns) {
        return Numbers.mean(checkIns, c -> c.emotions().stream()
                .filter(rating -> COMFORTS.contains(rating.name())).count()).orElseThrow();
    }
}
