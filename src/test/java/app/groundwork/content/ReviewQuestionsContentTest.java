package app.groundwork.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The weekly review's questions: enough for half a year without a repeat, each a plain, kind question. */
class ReviewQuestionsContentTest {
    /** Words of verdict or pressure that do not belong in a question to someone finding their feet again. */
    private static final List<String> HARSH = List.of("fail", "lazy", "should have", "must", "why didn", "weak", "well done");

    private static List<ReviewQuestion> questions;

    @BeforeAll
    static void load() {
        questions = ContentLibrary.loadBundled().reviewQuestions();
    }

    @Test
    void thereAreAtLeastTwentyFourDistinctQuestions() {
        assertTrue(questions.size() >= 24, questions.size() + " questions");
        Set<String> texts = new HashSet<>();
        questions.forEach(question -> assertTrue(texts.add(question.text().toLowerCase(Locale.ROOT)), question.id()));
        assertEquals("kept-a-promise", questions.get(0).id());
    }

    @Test
    void everyQuestionIsOneQuestionWithoutHarshWords() {
        for (ReviewQuestion question : questions) {
            String text = question.text();
            assertTrue(text.endsWith("?"), question.id());
            assertFalse(text.contains("!"), question.id());
            assertTrue(text.codePointCount(0, text.length()) <= ReviewQuestionChecks.MAX_LENGTH, question.id());
            String lower = text.toLowerCase(Locale.ROOT);
            HARSH.forEach(word -> assertFalse(lower.contains(word), question.id() + " holds \"" + word + "\""));
            assertFalse(text.contains("'"), question.id() + ": use the typographic apostrophe");
        }
    }

    @Test
    void aQuestionBecomesTheDomainsQuestionWithItsId() {
        ReviewQuestion first = questions.get(0);
        assertEquals(first.id(), first.asReflection().id());
        assertEquals(first.text(), first.asReflection().text());
    }
}
