package app.groundwork.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalPlan;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled goal ideas, held to what the Goals screen needs and to the product's tone. */
class GoalIdeasContentTest {
    /** Words that judge the person, cheer at them or push; none belongs beside a step someone picks for themselves. */
    private static final List<String> UNKIND = List.of("fail", "loser", "pathetic", "lazy", "great job", "well done",
            "awesome", "amazing", "you've got this", "no excuses", "stay positive", "disorder", "symptom");

    private static GoalIdeas goals;

    @BeforeAll
    static void load() {
        goals = ContentLibrary.loadBundled().goalIdeas();
    }

    @Test
    void everyCategoryHasItsFriendlyNameInEnumOrder() {
        assertEquals(Arrays.asList(GoalCategory.values()),
                goals.categories().stream().map(GoalCategoryInfo::category).toList());
        assertEquals(List.of("Self-care", "Body & movement", "Study & skills", "Work", "Reconnecting", "Time on my own",
                "Boundaries", "Joy"), goals.categories().stream().map(GoalCategoryInfo::name).toList());
        assertEquals("Reconnecting", goals.categoryName(GoalCategory.SOCIAL));
        assertSame(goals.categories().get(GoalCategory.SOLO.ordinal()), goals.category(GoalCategory.SOLO));
        goals.categories().forEach(info -> assertTrue(info.about().endsWith("."), info.category().id()));
    }

    @Test
    void fiveSizesFromTinyToAStretch() {
        assertEquals(List.of(1, 2, 3, 4, 5), goals.sizes().stream().map(GoalSizeInfo::size).toList());
        assertEquals("Tiny", goals.size(GoalPlan.SMALLEST).name());
        assertEquals("A stretch", goals.size(GoalPlan.LARGEST).name());
        assertEquals(5, goals.sizes().stream().map(GoalSizeInfo::name).distinct().count());
        goals.sizes().forEach(info -> assertFalse(info.about().isBlank(), "size " + info.size()));
        NoSuchElementException outside = assertThrows(NoSuchElementException.class, () -> goals.size(6));
        assertTrue(outside.getMessage().contains("sizes run from 1 to 5"), outside.getMessage());
    }

    @Test
    void atLeastSeventyTwoIdeasAndNineInEveryCategory() {
        assertTrue(goals.ideas().size() >= 72, "ideas: " + goals.ideas().size());
        for (GoalCategory category : GoalCategory.values()) {
            List<GoalIdea> ideas = goals.ideas(category);
            assertTrue(ideas.size() >= 9, category.id() + ": " + ideas.size());
            ideas.forEach(idea -> assertEquals(category, idea.category(), idea.id()));
        }
        assertEquals(goals.ideas().size(), Arrays.stream(GoalCategory.values()).mapToInt(c -> goals.ideas(c).size()).sum());
    }

    @Test
    void everyCategoryHasAnIdeaAtEverySize() {
        for (GoalCategory category : GoalCategory.values()) {
            for (int size = GoalPlan.SMALLEST; size <= GoalPlan.LARGEST; size++) {
                List<GoalIdea> ideas = goals.ideas(category, size);
                assertFalse(ideas.isEmpty(), category.id() + " at size " + size);
                int expectedSize = size;
                ideas.forEach(idea -> {
                    assertEquals(category, idea.category(), idea.id());
                    assertEquals(expectedSize, idea.size(), idea.id());
                });
            }
        }
        assertTrue(goals.ideas(GoalCategory.JOY, 0).isEmpty());
    }

    @Test
    void ideasOfACategoryAndSizeKeepTheFileOrder() {
        List<GoalIdea> all = goals.ideas();
        for (GoalCategory category : GoalCategory.values()) {
            List<Integer> positions = goals.ideas(category).stream().map(all::indexOf).toList();
            assertEquals(positions.stream().sorted().toList(), positions, category.id());
        }
        List<GoalIdea> tinyCare = goals.ideas(GoalCategory.SELF_CARE, 1);
        assertEquals("water-before-coffee", tinyCare.get(0).id());
        assertEquals("Drink a glass of water before coffee", tinyCare.get(0).title());
    }

    @Test
    void idsAreUniqueAndFindTheirIdea() {
        Set<String> ids = new HashSet<>();
        for (GoalIdea idea : goals.ideas()) {
            assertTrue(ids.add(idea.id()), "twice: " + idea.id());
            assertTrue(idea.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), idea.id());
            assertSame(idea, goals.idea(idea.id()).orElseThrow());
        }
        assertTrue(goals.idea("no-such-idea").isEmpty());
        assertEquals(GoalCategory.SOCIAL, goals.idea("host-a-small-dinner").orElseThrow().category());
        assertEquals(5, goals.idea("host-a-small-dinner").orElseThrow().size());
    }

    @Test
    void titlesAreShortSingleLineSteps() {
        Set<String> titles = new HashSet<>();
        for (GoalIdea idea : goals.ideas()) {
            String title = idea.title();
            assertTrue(title.length() <= GoalIdeas.TITLE_LIMIT, idea.id() + ": " + title.length() + " characters");
            assertFalse(title.contains("\n") || title.contains("\r"), idea.id());
            assertEquals(title.strip(), title, idea.id());
            assertTrue(Character.isUpperCase(title.charAt(0)), idea.id());
            assertFalse(title.endsWith("."), idea.id() + ": a step, not a sentence");
            assertTrue(titles.add(title.toLowerCase(Locale.ROOT)), "the same title twice: " + title);
        }
    }

    @Test
    void everyReasonIsOneShortSentence() {
        for (GoalIdea idea : goals.ideas()) {
            String why = idea.why();
            assertTrue(why.length() <= GoalIdeas.WHY_LIMIT, idea.id() + ": " + why.length() + " characters");
            assertTrue(why.endsWith("."), idea.id());
            assertEquals(1, why.split("[.?](\\s|$)").length, idea.id() + ": " + why);
        }
    }

    @Test
    void theLibraryHoldsStepsThatTestAFear() {
        // experiments need ideas with a little risk in them: asking in class, applying, saying no
        for (String id : List.of("ask-a-question-in-class", "apply-for-one-job", "no-to-an-extra-shift", "react-to-a-post",
                "host-a-small-dinner")) {
            assertTrue(goals.idea(id).isPresent(), id);
        }
        assertEquals(GoalCategory.BOUNDARIES, goals.idea("no-to-an-extra-shift").orElseThrow().category());
        assertTrue(goals.idea("react-to-a-post").orElseThrow().size() < goals.idea("host-a-small-dinner").orElseThrow().size());
    }

    @Test
    void nothingJudgesOrCheers() {
        Stream<String> texts = Stream.of(
                goals.categories().stream().flatMap(info -> Stream.of(info.name(), info.about())),
                goals.sizes().stream().flatMap(info -> Stream.of(info.name(), info.about())),
                goals.ideas().stream().flatMap(idea -> Stream.of(idea.title(), idea.why()))).flatMap(s -> s);
        texts.forEach(text -> {
            String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
            UNKIND.forEach(word -> assertFalse(lower.contains(word), "\"" + word + "\" in: " + text));
            assertFalse(text.contains("!"), text);
        });
    }

    @Test
    void aSetBuiltByHandSaysWhatIsMissingAndSortsWhatItHas() {
        GoalIdea idea = new GoalIdea("a", "A step", GoalCategory.WORK, 2, "Because.");
        GoalIdeas partial = new GoalIdeas(
                List.of(new GoalCategoryInfo(GoalCategory.JOY, "Joy", "Fun."), new GoalCategoryInfo(GoalCategory.WORK, "Work", "Jobs.")),
                List.of(new GoalSizeInfo(3, "Medium", "Some."), new GoalSizeInfo(1, "Tiny", "Little.")),
                List.of(idea));
        assertEquals(List.of(GoalCategory.WORK, GoalCategory.JOY),
                partial.categories().stream().map(GoalCategoryInfo::category).toList());
        assertEquals(List.of(1, 3), partial.sizes().stream().map(GoalSizeInfo::size).toList());
        assertEquals(List.of(idea), partial.ideas(GoalCategory.WORK, 2));
        NoSuchElementException missing = assertThrows(NoSuchElementException.class, () -> partial.categoryName(GoalCategory.STUDY));
        assertTrue(missing.getMessage().contains("\"study\""), missing.getMessage());
        assertThrows(NoSuchElementException.class, () -> partial.size(2));
    }
}
