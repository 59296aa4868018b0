package app.groundwork.content;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled {@code self-talk.json}, and the checks a lexicon built in code goes through. */
class SelfTalkContentTest {
    private static SelfTalkLexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = ContentLibrary.loadBundled().selfTalk();
    }

    @Test
    void theBundledLexiconHoldsBothSidesNegationsOthersAndTheOwnVoice() {
        assertTrue(lexicon.critical().size() >= 10, "critical groups: " + lexicon.critical().size());
        assertTrue(lexicon.kind().size() >= 10, "kind groups: " + lexicon.kind().size());
        assertTrue(lexicon.rules().stream().filter(rule -> rule.tone() == SelfTalkTone.CRITICAL).count() >= 100);
        assertTrue(lexicon.rules().stream().filter(rule -> rule.tone() == SelfTalkTone.KIND).count() >= 100);
        assertEquals(lexicon.critical().stream().mapToInt(entry -> entry.phrases().size()).sum()
                + lexicon.kind().stream().mapToInt(entry -> entry.phrases().size()).sum(), lexicon.rules().size());
        assertTrue(lexicon.skipWords().containsAll(Set.of("so", "such", "really", "a", "an")), lexicon.skipWords().toString());
        Set<String> negations = lexicon.negations().stream().flatMap(cancel -> cancel.phrases().stream())
                .collect(Collectors.toSet());
        assertTrue(negations.containsAll(Set.of("not", "never", "don't", "don't think")), negations.toString());
        Set<String> others = lexicon.others().stream().flatMap(cancel -> cancel.phrases().stream())
                .collect(Collectors.toSet());
        assertTrue(others.containsAll(Set.of("said", "told me", "called me", "thinks")), others.toString());
        assertFalse(lexicon.ownVoiceRules().isEmpty());
        lexicon.critical().forEach(entry -> assertFalse(entry.about().isBlank(), entry.id()));
        lexicon.kind().forEach(entry -> assertFalse(entry.about().isBlank(), entry.id()));
    }

    @Test
    void noWordsOfTheBundledLexiconCountOnBothSides() {
        lexicon.requireOneSidePerPhrase();
    }

    @Test
    void aKindPhraseThatCanMatchACriticalOneIsNamedWithTheWordsBothMatch() {
        SelfTalkLexicon overlapping = SelfTalkLexicon.of(
                List.of(new CueWords("im", List.of("i'm", "i am")), new CueWords("label", List.of("stupid", "a mess"))),
                List.of(new CueWords("softeners", List.of("so"))),
                List.of(new SelfTalkEntry("labels", "Harsh labels.", List.of("{im} {label}"))),
                List.of(new SelfTalkEntry("fine", "Fine.", List.of("i did my best", "i am so {label?} stupid"))),
                List.of(), List.of(), List.of());
        ContentException error = assertThrows(ContentException.class, overlapping::requireOneSidePerPhrase);
        assertEquals("self-talk.json", error.file());
        assertEquals(Optional.of("fine"), error.entry());
        assertEquals(Optional.of("phrases[1]"), error.field());
        assertEquals("\"i am so {label?} stupid\" can match \"i am stupid\", which \"{im} {label}\" of entry \"labels\" "
                + "already counts as critical; the same words cannot count on both sides", error.problem());
    }

    @Test
    void phrasesAreReadIntoChoicesWithSkippedWordsLeftOut() {
        SelfTalkLexicon small = SelfTalkLexicon.of(
                List.of(new CueWords("im", List.of("i'm", "i am")), new CueWords("very", List.of("really truly", "deeply", "truly"))),
                List.of(new CueWords("softeners", List.of("so", "really", "a"))),
                List.of(new SelfTalkEntry("mess", "A mess.", List.of("{start} {im} {very?} such a mess"))),
                List.of(), List.of(), List.of(), List.of());
        SelfTalkRule rule = small.rules().get(0);
        assertTrue(rule.startsPart());
        assertEquals(SelfTalkTone.CRITICAL, rule.tone());
        assertEquals(List.of(
                new WordChoice("{im}", List.of(List.of("i'm"), List.of("i", "am")), false),
                new WordChoice("{very?}", List.of(List.of("truly"), List.of("deeply")), true),
                new WordChoice("such mess", List.of(List.of("such", "mess")), false)), rule.parts());
    }
}
