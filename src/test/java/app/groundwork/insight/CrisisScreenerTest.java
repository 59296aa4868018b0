package app.groundwork.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.ContentLibrary;
import app.groundwork.content.CrisisIdiom;
import app.groundwork.content.CrisisLexicon;
import app.groundwork.content.CrisisRule;
import app.groundwork.content.CrisisSignal;
import app.groundwork.content.MatchingForm;
import app.groundwork.domain.CrisisMatch;
import app.groundwork.domain.SafetyCheck;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CrisisScreenerTest {
    private static final String FLAGGED = "/safety/crisis-flagged.txt";
    private static final String NOT_FLAGGED = "/safety/crisis-not-flagged.txt";

    private static CrisisLexicon lexicon;
    private static CrisisScreener screener;

    @BeforeAll
    static void load() {
        lexicon = ContentLibrary.loadBundled().crisisLexicon();
        screener = new CrisisScreener(lexicon);
    }

    @ParameterizedTest(name = "flags: {0}")
    @MethodSource("flaggedSentences")
    void flagsEverySentenceOfTheFlaggedSet(String sentence) {
        SafetyCheck check = screener.screen(sentence);
        assertTrue(check.flagged(), () -> "not flagged: \"" + sentence + "\"");
        check.matches().forEach(match -> assertTrue(sentence.contains(match.phrase()), match.toString()));
    }

    @ParameterizedTest(name = "leaves alone: {0}")
    @MethodSource("notFlaggedSentences")
    void leavesEverySentenceOfTheNotFlaggedSetAlone(String sentence) {
        SafetyCheck check = screener.screen(sentence);
        assertFalse(check.flagged(), () -> "flagged: \"" + sentence + "\" matched " + check.matches());
    }

    @Test
    void bothSetsAreLargeAndVaried() {
        assertTrue(flaggedSentences().size() >= 45, "flagged sentences: " + flaggedSentences().size());
        assertTrue(notFlaggedSentences().size() >= 45, "not-flagged sentences: " + notFlaggedSentences().size());
    }

    @Test
    void everySignalIsNeededByAtLeastOneFlaggedSentence() {
        Set<String> matched = flaggedSentences().stream()
                .flatMap(sentence -> screener.screen(sentence).matches().stream())
                .map(CrisisMatch::signalId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = lexicon.signals().stream().map(CrisisSignal::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(all, matched, "every signal should have a sentence in " + FLAGGED);
    }

    @Test
    void everyIdiomMatchesAtLeastOneNotFlaggedSentence() {
        List<String> sentences = notFlaggedSentences().stream().map(CrisisScreenerTest::matchingForm).toList();
        for (CrisisRule idiom : lexicon.idiomRules()) {
            boolean used = sentences.stream()
                    .anyMatch(sentence -> idiom.patterns().stream().anyMatch(pattern -> pattern.matcher(sentence).find()));
            assertTrue(used, "idiom " + idiom.id() + " should have a sentence in " + NOT_FLAGGED);
        }
    }

    @Test
    void theFirstCharacterIndexNeverSkipsAPlaceWhereAPatternMatches() {
        List<String> texts = new ArrayList<>();
        flaggedSentences().forEach(sentence -> texts.add(matchingForm(sentence)));
        notFlaggedSentences().forEach(sentence -> texts.add(matchingForm(sentence)));
        int checked = 0;
        for (CrisisRule rule : Stream.concat(lexicon.signalRules().stream(), lexicon.idiomRules().stream()).toList()) {
            for (Pattern pattern : rule.patterns()) {
                for (String text : texts) {
                    Matcher matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        char first = text.charAt(matcher.start());
                        assertTrue(CrisisScreener.canStartWith(pattern, first),
                                rule.id() + " matched \"" + matcher.group() + "\" but was not indexed under '" + first + "'");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 150, "matches checked: " + checked);
        Pattern wantToDie = lexicon.signalRules().get(0).patterns().get(0);
        assertFalse(CrisisScreener.canStartWith(wantToDie, 'z'));
        assertTrue(CrisisScreener.canStartWith(wantToDie, 'w'));
    }

    @Test
    void namesThePhraseExactlyAsWrittenWithItsSignal() {
        SafetyCheck check = screener.screen("Honestly everyone would be Better Off without me.");
        assertEquals(List.of(new CrisisMatch("better-off-without-me", "Better Off without me")), check.matches());
        assertEquals(List.of("Better Off without me"), check.matchedPhrases());
        assertFalse(check.flaggedByAnswer());
    }

    @Test
    void anIdiomSetsAsideOnlyTheMatchesInsideIt() {
        assertFalse(screener.screen("I killed myself laughing at that.").flagged());
        SafetyCheck check = screener.screen("This exam is killing me and I want to kill myself.");
        assertEquals(List.of(new CrisisMatch("kill-myself", "want to kill myself")), check.matches());
        SafetyCheck both = screener.screen("I killed myself laughing at lunch. Tonight I want to kill myself.");
        assertEquals(List.of(new CrisisMatch("kill-myself", "want to kill myself")), both.matches());
    }

    @Test
    void aMatchThatOnlyOverlapsAnIdiomStillCounts() {
        CrisisLexicon small = CrisisLexicon.of(
                List.of(new CrisisSignal("rough-night", "A rough night", List.of("rough night"))),
                List.of(new CrisisIdiom("quite-rough", List.of("quite rough"))));
        CrisisScreener smallScreener = new CrisisScreener(small);
        assertEquals(List.of(new CrisisMatch("rough-night", "rough night")),
                smallScreener.screen("It was quite rough night, honestly.").matches());
        assertFalse(smallScreener.screen("It was quite rough.").flagged());
        CrisisLexicon covering = CrisisLexicon.of(small.signals(),
                List.of(new CrisisIdiom("rough-night-out", List.of("rough night out"))));
        assertFalse(new CrisisScreener(covering).screen("A Rough Night Out is on at the cinema.").flagged());
        assertTrue(new CrisisScreener(covering).screen("Another rough night.").flagged());
    }

    @Test
    void typographicApostrophesQuotesDashesAndLineBreaksAreReadAsPlainOnes() {
        assertEquals(List.of(new CrisisMatch("cant-go-on", "don’t want to be here anymore")),
                screener.screen("I don’t want to be here anymore").matches());
        assertEquals(List.of(new CrisisMatch("self-harm", "self—harm")),
                screener.screen("Thinking about self—harm again").matches());
        assertEquals(List.of(new CrisisMatch("want-to-die", "want to\n   die")),
                screener.screen("“I want to\n   die,” I wrote.").matches());
        assertEquals(List.of(new CrisisMatch("kill-myself", "COULD KILL MYSELF")),
                screener.screen("I COULD KILL MYSELF").matches());
        assertEquals(List.of(new CrisisMatch("want-to-die", "want to\u00A0di\u00ADe")),
                screener.screen("I want to\u00A0di\u00ADe").matches());
    }

    @Test
    void reportsSeveralMatchesInTextOrder() {
        String note = "I want to die. Everyone would be better off without me,\nand I have been cutting again. "
                + "Maybe I should write goodbye letters.";
        SafetyCheck check = screener.screen(note);
        assertEquals(List.of(
                new CrisisMatch("want-to-die", "want to die"),
                new CrisisMatch("better-off-without-me", "better off without me"),
                new CrisisMatch("self-harm", "cutting again"),
                new CrisisMatch("goodbye-letter", "goodbye letters")), check.matches());
    }

    @Test
    void wordsInsideALongerMatchAreReportedOnceAndRepeatsEachTime() {
        assertEquals(List.of(new CrisisMatch("kill-myself", "wanted to kill myself")),
                screener.screen("Yesterday I wanted to kill myself.").matches());
        SafetyCheck twice = screener.screen("I want to die. I really do. I want to die.");
        assertEquals(2, twice.matches().size(), twice.matches().toString());
        assertEquals(List.of("want to die"), twice.matchedPhrases());
    }

    @Test
    void nothingToScreenIsClear() {
        assertSame(SafetyCheck.CLEAR, screener.screen(null));
        assertSame(SafetyCheck.CLEAR, screener.screen(""));
        assertSame(SafetyCheck.CLEAR, screener.screen(" \n\t "));
        assertSame(SafetyCheck.CLEAR, screener.screen("A quiet walk by the canal, then soup."));
    }

    @Test
    void matchesOnlyWholeWords() {
        assertFalse(screener.screen("The flat had a suicidesque colour scheme.").flagged());
        assertFalse(screener.screen("The kernel wrote to kmsg again.").flagged());
        assertFalse(screener.screen("I asked for the 10kms route map.").flagged());
        assertTrue(screener.screen("suicidal").flagged());
    }

    @Test
    void screensAHundredThousandCharacterNoteQuickly() {
        String day = "Today was long. I walked to the station, missed the train, and sat with a coffee while the rain "
                + "came down. The deadline is still killing me, but I finished two pages and called my sister. ";
        StringBuilder note = new StringBuilder();
        while (note.length() < 100_000) {
            note.append(day);
        }
        note.append("Some nights I wish I could go to sleep and never wake up.");
        String longNote = note.toString();
        SafetyCheck check = screener.screen(longNote);
        assertEquals(List.of(new CrisisMatch("sleep-and-never-wake", "wish I could go to sleep and never wake up")),
                check.matches());
    }

    @Test
    void repetitiveTextNeitherMatchesNorHangsThePatterns() {
        List<String> hostile = List.of(
                "I want to " + "just ".repeat(20_000) + "live",
                "a".repeat(100_000),
                "no ".repeat(33_000) + "way",
                "kill ".repeat(20_000),
                "I'm ".repeat(25_000) + "fine",
                "better off if i ".repeat(6_000) + "won",
                ("jump off the " + "tall ".repeat(5) + "hill ").repeat(4_000),
                "' ' - \" ".repeat(12_500));
        for (String text : hostile) {
            SafetyCheck check = screener.screen(text);
            assertFalse(check.flagged(), () -> text.substring(0, 40) + " matched " + check.matches().subList(0, 1));
        }
    }

    @Test
    void oneScreenerServesManyThreads() throws Exception {
        List<String> sentences = flaggedSentences();
        List<List<CrisisMatch>> expected = sentences.stream().map(sentence -> screener.screen(sentence).matches()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<CrisisMatch>>>> runs = IntStream.range(0, 8)
                    .mapToObj(run -> pool.submit(() -> sentences.stream().map(s -> screener.screen(s).matches()).toList()))
                    .toList();
            for (Future<List<List<CrisisMatch>>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static List<String> flaggedSentences() {
        return sentences(FLAGGED);
    }

    static List<String> notFlaggedSentences() {
        return sentences(NOT_FLAGGED);
    }

    private static List<String> sentences(String resource) {
        try (InputStream stream = CrisisScreenerTest.class.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String matchingForm(String text) {
        StringBuilder form = new StringBuilder();
        text.chars().forEach(c -> form.append(MatchingForm.of((char) c)));
        return form.toString();
    }
}
