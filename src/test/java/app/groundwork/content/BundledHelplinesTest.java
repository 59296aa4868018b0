package app.groundwork.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.Helpline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundledHelplinesTest {
    private static ContentLibrary library;

    @BeforeAll
    static void load() {
        library = ContentLibrary.loadBundled();
    }

    private static List<BundledHelpline> linesOf(String region) {
        return library.helplines().stream().filter(line -> line.region().equals(region)).toList();
    }

    private static BundledHelpline line(String id) {
        return library.helplines().stream().filter(line -> line.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void regionsAreExactlyTheSixInOrder() {
        assertEquals(List.of("us", "ca", "uk-ie", "au", "in", "international"),
                library.helplineRegions().stream().map(HelplineRegion::id).toList());
        assertEquals("United Kingdom and Ireland", library.helplineRegion("uk-ie").orElseThrow().name());
        assertTrue(library.helplineRegion("nz").isEmpty());
    }

    @Test
    void everyRegionHasLinesAndTwoOrThreeSentencesOnFindingTherapy() {
        for (HelplineRegion region : library.helplineRegions()) {
            assertFalse(linesOf(region.id()).isEmpty(), region.id());
            int sentences = region.findingTherapy().strip().split("[.!?](\\s|$)").length;
            assertTrue(sentences >= 2 && sentences <= 3, region.id() + " has " + sentences + " sentences");
        }
    }

    @Test
    void theWellKnownLinesAreThereWithTheirNumbers() {
        assertEquals("Call or text 988, or chat at 988lifeline.org", line("us-988").contact());
        assertEquals("Text HOME to 741741", line("us-crisis-text-line").contact());
        assertEquals("Call or text 9-8-8", line("ca-988").contact());
        assertEquals("https://988.ca", line("ca-988").source());
        assertTrue(line("uk-ie-samaritans").contact().contains("116 123"));
        assertEquals("Text SHOUT to 85258 (UK)", line("uk-shout").contact());
        assertTrue(line("ie-pieta").contact().contains("1800 247 247"));
        assertEquals("Call 13 11 14", line("au-lifeline").contact());
        assertEquals("Call 1300 659 467", line("au-suicide-call-back").contact());
        assertEquals("Call 1300 22 4636", line("au-beyond-blue").contact());
        assertTrue(line("in-tele-manas").contact().contains("14416"));
        assertEquals("https://findahelpline.com", line("international-find-a-helpline").source());
        assertEquals("https://befrienders.org", line("international-befrienders").source());
    }

    @Test
    void everyLineSaysWhereItComesFromAndWhenItWasChecked() {
        for (BundledHelpline line : library.helplines()) {
            assertTrue(line.source().startsWith("https://"), line.id());
            Helpline asShown = line.toHelpline();
            assertEquals(Helpline.Origin.BUNDLED, asShown.origin());
            assertTrue(asShown.checked().isAfter(LocalDate.of(2026, 1, 1)), line.id());
            assertFalse(line.hours().isBlank(), line.id());
        }
    }
}
