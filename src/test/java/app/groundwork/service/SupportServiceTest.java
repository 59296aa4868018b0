package app.groundwork.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.HelplineRegion;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.Helpline;
import app.groundwork.domain.Helpline.Origin;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.SupportContact;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportServiceTest {
    private static final List<String> INTERNATIONAL = List.of("international-find-a-helpline", "international-befrienders");

    @TempDir
    Path dataDir;
    private JournalSession session;
    private SupportService support;

    @BeforeEach
    void open() {
        session = JournalFixture.openSession(dataDir);
        support = session.support();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static List<String> ids(List<Helpline> lines) {
        return lines.stream().map(Helpline::id).toList();
    }

    private static Helpline find(List<Helpline> lines, String id) {
        return lines.stream().filter(line -> line.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private static InvalidEntryException refusal(java.util.concurrent.CompletableFuture<?> future) {
        CompletionException failure = assertThrows(CompletionException.class, future::join);
        return assertInstanceOf(InvalidEntryException.class, failure.getCause());
    }

    // ---- helplines --------------------------------------------------------------------------------------------

    @Test
    void aRegionShowsItsOwnLinesThenTheInternationalDirectories() {
        List<Helpline> lines = support.helplines("au").join();
        assertEquals(concat(List.of("au-lifeline", "au-suicide-call-back", "au-beyond-blue", "au-13yarn"), INTERNATIONAL),
                ids(lines));
        assertTrue(lines.stream().allMatch(line -> line.origin() == Origin.BUNDLED));
        assertEquals(LocalDate.of(2026, 11, 22), lines.get(0).checked());
    }

    @Test
    void internationalAndUnknownRegionsShowTheDirectoriesOnce() {
        assertEquals(INTERNATIONAL, ids(support.helplines(HelplineRegion.INTERNATIONAL).join()));
        assertEquals(INTERNATIONAL, ids(support.helplines("nowhere").join()));
        assertEquals(INTERNATIONAL, ids(support.helplines("").join()));
        assertEquals(INTERNATIONAL, ids(support.helplines(null).join()));
    }

    @Test
    void withoutAJournalTheBundledListIsTheSame() {
        List<Helpline> bundled = SupportService.bundledHelplines(JournalFixture.CONTENT, "uk-ie");
        assertEquals(concat(List.of("uk-ie-samaritans", "uk-shout", "uk-nhs-111", "ie-pieta", "ie-text-50808"), INTERNATIONAL),
                ids(bundled));
        assertEquals(support.helplines("uk-ie").join(), bundled);
        assertEquals(INTERNATIONAL, ids(SupportService.bundledHelplines(JournalFixture.CONTENT, "nowhere")));
    }

    @Test
    void anEditReplacesTheBundledLineInPlaceAndCanBeRestored() {
        Helpline shipped = find(support.helplines("us").join(), "us-988");
        Helpline mine = shipped.withDetails("988 Lifeline", "Call or text 988", shipped.hours(), shipped.source(), null);

        Helpline saved = support.saveHelpline(mine).join();

        assertEquals(Origin.EDITED, saved.origin());
        List<Helpline> lines = support.helplines("us").join();
        assertEquals(concat(List.of("us-988", "us-crisis-text-line"), INTERNATIONAL), ids(lines));
        assertEquals(new Helpline("us-988", "us", "988 Lifeline", "Call or text 988", shipped.hours(), shipped.source(),
                null, Origin.EDITED), lines.get(0));

        support.restoreHelpline("us-988").join();
        assertEquals(shipped, find(support.helplines("us").join(), "us-988"));
    }

    @Test
    void anEditKeepsTheShippedRegionWhateverRegionItCarries() {
        Helpline shipped = find(support.helplines("us").join(), "us-crisis-text-line");
        Helpline moved = new Helpline(shipped.id(), "au", shipped.name(), "Text HOME to 741741 (US)", shipped.hours(),
                shipped.source(), shipped.checked(), Origin.BUNDLED);
        assertEquals("us", support.saveHelpline(moved).join().region());
        assertEquals("Text HOME to 741741 (US)", find(support.helplines("us").join(), "us-crisis-text-line").contact());
        assertTrue(ids(support.helplines("au").join()).stream().noneMatch("us-crisis-text-line"::equals));
    }

    @Test
    void anEditThatMatchesTheShippedLineIsNoChangeAtAll() {
        Helpline shipped = find(support.helplines("ca").join(), "ca-988");
        support.saveHelpline(shipped.withDetails("9-8-8", shipped.contact(), shipped.hours(), shipped.source(), shipped.checked())).join();
        Helpline back = support.saveHelpline(shipped).join();
        assertEquals(Origin.BUNDLED, back.origin());
        assertEquals(shipped, find(support.helplines("ca").join(), "ca-988"));
    }

    @Test
    void aRemovedLineIsHiddenListedAsHiddenAndCanBePutBack() {
        support.removeHelpline("uk-shout").join();
        support.removeHelpline("international-befrienders").join();

        assertEquals(List.of("uk-ie-samaritans", "uk-nhs-111", "ie-pieta", "ie-text-50808", "international-find-a-helpline"),
                ids(support.helplines("uk-ie").join()));
        List<Helpline> hidden = support.hiddenHelplines("uk-ie").join();
        assertEquals(List.of("uk-shout", "international-befrienders"), ids(hidden));
        assertEquals(Origin.BUNDLED, hidden.get(0).origin());
        assertEquals(List.of("international-befrienders"), ids(support.hiddenHelplines("in").join()));

        support.restoreHelpline("uk-shout").join();
        assertEquals(List.of("international-befrienders"), ids(support.hiddenHelplines("uk-ie").join()));
        assertTrue(ids(support.helplines("uk-ie").join()).contains("uk-shout"));
    }

    @Test
    void removingAnEditedLineThenRestoringItBringsBackTheShippedLine() {
        Helpline shipped = find(support.helplines("in").join(), "in-tele-manas");
        support.saveHelpline(shipped.withDetails("Tele MANAS", "Call 14416", "", "", null)).join();
        support.removeHelpline("in-tele-manas").join();
        assertEquals(INTERNATIONAL, ids(support.helplines("in").join()));

        support.restoreHelpline("in-tele-manas").join();
        assertEquals(shipped, support.helplines("in").join().get(0));
    }

    @Test
    void ownLinesComeAfterTheRegionsShippedLinesAndBeforeTheDirectories() {
        Helpline mine = support.saveHelpline(Helpline.newOwn("au", "Local clinic", "Call 02 0000 0000", "Weekdays", "", null)).join();
        Helpline anywhere = support.saveHelpline(Helpline.newOwn(HelplineRegion.INTERNATIONAL, "Friend abroad line",
                "Call +44 0000", "", "", null)).join();

        assertEquals(Origin.OWN, mine.origin());
        assertTrue(mine.id().startsWith("own-"));
        assertEquals(List.of("au-lifeline", "au-suicide-call-back", "au-beyond-blue", "au-13yarn", mine.id(),
                "international-find-a-helpline", "international-befrienders", anywhere.id()), ids(support.helplines("au").join()));
        assertEquals(concat(List.of("us-988", "us-crisis-text-line"), concat(INTERNATIONAL, List.of(anywhere.id()))),
                ids(support.helplines("us").join()));

        support.saveHelpline(mine.withDetails("Local clinic", "Call 02 1111 1111", "Weekdays", "", null)).join();
        assertEquals("Call 02 1111 1111", find(support.helplines("au").join(), mine.id()).contact());

        support.restoreHelpline(mine.id()).join();
        assertTrue(ids(support.helplines("au").join()).contains(mine.id()), "restoring is only for shipped lines");
        support.removeHelpline(mine.id()).join();
        assertTrue(ids(support.helplines("au").join()).stream().noneMatch(mine.id()::equals));
        assertTrue(support.hiddenHelplines("au").join().isEmpty(), "an own line is deleted, not hidden");
    }

    @Test
    void aRefusedHelplineIsNotStoredAndNamesItsFields() {
        InvalidEntryException refused = refusal(support.saveHelpline(Helpline.newOwn("atlantis", " ", "", "", "", null)));
        assertEquals(List.of("helplineRegion", "helplineName", "helplineContact"),
                refused.problems().stream().map(FieldProblem::field).toList());

        Helpline shipped = find(support.helplines("us").join(), "us-988");
        refusal(support.saveHelpline(shipped.withDetails("988", "", shipped.hours(), shipped.source(), null)));
        assertEquals(shipped, find(support.helplines("us").join(), "us-988"));
        assertEquals(SupportService.bundledHelplines(JournalFixture.CONTENT, "us"), support.helplines("us").join());
    }

    @Test
    void anIdThatIsNeitherShippedNorOwnIsRefused() {
        Helpline stranger = new Helpline("someone-else", "us", "A line", "Call 1", "", "", null, Origin.OWN);
        CompletionException failure = assertThrows(CompletionException.class, () -> support.saveHelpline(stranger).join());
        assertInstanceOf(IllegalArgumentException.class, failure.getCause());
        support.removeHelpline("someone-else").join();
        assertEquals(SupportService.bundledHelplines(JournalFixture.CONTENT, "us"), support.helplines("us").join());
    }

    // ---- regions ----------------------------------------------------------------------------------------------

    @Test
    void regionsAndFindingTherapyComeFromTheContent() {
        assertEquals(List.of("us", "ca", "uk-ie", "au", "in", "international"),
                support.regions().stream().map(HelplineRegion::id).toList());
        assertTrue(support.findingTherapy("uk-ie").orElseThrow().contains("NHS Talking Therapies"));
        assertEquals(Optional.empty(), support.findingTherapy("atlantis"));
    }

    // ---- contacts ---------------------------------------------------------------------------------------------

    @Test
    void contactsAreAddedChangedAndRemoved() {
        SupportContact sam = support.saveContact(SupportContact.newContact("Sam", "07700 900123", "")).join();
        SupportContact ana = support.saveContact(SupportContact.newContact("Ana", "ana@example.org", "evenings are best")).join();
        support.saveContact(new SupportContact(sam.id(), "Sam", "07700 900456", "")).join();

        assertEquals(List.of(new SupportContact(sam.id(), "Sam", "07700 900456", ""), ana), support.contacts().join());

        support.removeContact(sam.id()).join();
        assertEquals(List.of(ana), support.contacts().join());
    }

    @Test
    void aRefusedContactWritesNothing() {
        SupportContact sam = support.saveContact(SupportContact.newContact("Sam", "phone", "")).join();

        InvalidEntryException refused = refusal(support.saveContact(new SupportContact(sam.id(), "", "", "")));
        assertEquals(List.of("contactName", "contactReach"), refused.problems().stream().map(FieldProblem::field).toList());
        refusal(support.saveContact(SupportContact.newContact("Line\nbreak", "phone", "")));

        assertEquals(List.of(sam), support.contacts().join());
    }

    @Test
    void contactsAndChangesAreStillThereAfterReopening() {
        support.saveContact(SupportContact.newContact("Sam", "phone", "")).join();
        support.removeHelpline("us-988").join();
        session.close();

        session = JournalFixture.openSession(dataDir);
        assertEquals("Sam", session.support().contacts().join().get(0).name());
        assertEquals(List.of("us-988"), ids(session.support().hiddenHelplines("us").join()));
    }
}
