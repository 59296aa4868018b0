package app.groundwork.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhraseBookTest {

    @Test
    void readsSectionsAndSkipsCommentsAndBlankLines() {
        PhraseBook book = PhraseBook.parse("test", """
                # a comment
                [greetings]
                Hello there.

                  Good morning.  \r
                [farewells]
                # another comment
                Bye.
                """);
        assertEquals(List.of("Hello there.", "Good morning."), book.pool("greetings"));
        assertEquals(List.of("Bye."), book.pool("farewells"));
    }

    @Test
    void decodesEscapesSoDecomposedAccentsSurvive() {
        PhraseBook book = PhraseBook.parse("test", "[words]\ncafe\\u0301 and na\\u00efve\n");
        assertEquals("cafe\u0301 and na\u00efve", book.pool("words").get(0));
    }

    @Test
    void fillsPlaceholdersFromTheirFillPools() {
        PhraseBook book = PhraseBook.parse("test", "[lines]\nMet {friend} at the {place}.\n"
                + "[fill.friend]\nMaya\n[fill.place]\npark\n");
        assertEquals("Met Maya at the park.", book.pick("lines", new Dice(1)));
    }

    @Test
    void refusesBrokenFilesWithTheirPlace() {
        assertMessageContains("test line 1", "Orphan phrase\n[pool]\nA phrase.\n");
        assertMessageContains("[pool]", "[pool]\nOne.\n[pool]\nTwo.\n");
        assertMessageContains("has no phrases", "[pool]\n[other]\nA phrase.\n");
        assertMessageContains("needs a section [fill.nobody]", "[pool]\nHello {nobody}.\n");
        assertMessageContains("without a closing", "[pool]\nHello {friend.\n[fill.friend]\nMaya\n");
        assertMessageContains("cannot hold a placeholder", "[pool]\n{friend}\n[fill.friend]\n{friend}\n");
        assertMessageContains("test line 2", "[pool]\nbad \\u12x4 escape\n");
        assertMessageContains("test line 2", "[pool]\nshort \\u12\n");
    }

    @Test
    void namesAMissingPool() {
        PhraseBook book = PhraseBook.parse("test", "[pool]\nA phrase.\n");
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> book.pool("elsewhere"));
        assertTrue(missing.getMessage().contains("[elsewhere]"), missing.getMessage());
    }

    @Test
    void theShippedPhrasesLoad() {
        PhraseBook book = PhraseBook.load("/demo/phrases.txt");
        for (SetbackKind kind : SetbackKind.values()) {
            assertTrue(!book.pool(kind.key() + ".raw").isEmpty() && !book.pool(kind.key() + ".healing").isEmpty());
            assertTrue(!book.pool("tags." + kind.key()).isEmpty());
            if (kind.opensStory()) {
                assertTrue(!book.pool("first." + kind.key()).isEmpty());
            }
        }
    }

    private static void assertMessageContains(String expected, String text) {
        IllegalStateException problem = assertThrows(IllegalStateException.class, () -> PhraseBook.parse("test", text));
        assertTrue(problem.getMessage().contains(expected), problem.getMessage());
    }
}
