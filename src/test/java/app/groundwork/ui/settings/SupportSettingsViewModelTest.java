package app.groundwork.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.HelplineRegion;
import app.groundwork.domain.Helpline;
import app.groundwork.domain.SupportContact;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import app.groundwork.service.SupportService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportSettingsViewModelTest {
    @TempDir
    Path dataDir;
    private JournalSession session;
    private final List<String> chosenRegions = new ArrayList<>();
    private SupportSettingsViewModel model;

    @BeforeEach
    void open() {
        session = JournalFixture.openSession(dataDir);
        model = new SupportSettingsViewModel(session.support(), "uk-ie", chosenRegions::add, Runnable::run);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static List<String> ids(List<Helpline> lines) {
        return lines.stream().map(Helpline::id).toList();
    }

    private HelplineRegion region(String id) {
        return model.regions().stream().filter(region -> region.id().equals(id)).findFirst().orElseThrow();
    }

    private Helpline shown(String id) {
        return model.helplines().stream().filter(line -> line.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void nothingIsLoadedUntilRefreshThenTheRegionsListAppears() {
        assertTrue(model.helplines().isEmpty());
        assertEquals("Helplines: United Kingdom and Ireland", model.helplinesTitleProperty().get());
        assertTrue(model.findingTherapyProperty().get().contains("NHS Talking Therapies"));

        model.refresh().join();

        assertEquals(SupportService.bundledHelplines(JournalFixture.CONTENT, "uk-ie"), model.helplines());
        assertTrue(model.contacts().isEmpty());
        assertTrue(model.hiddenHelplines().isEmpty());
        assertTrue(chosenRegions.isEmpty(), "showing a region is not choosing one");
    }

    @Test
    void choosingARegionShowsItsLinesAndIsPassedOnToBeKept() {
        model.refresh().join();
        model.regionProperty().set(region("in"));

        assertEquals(List.of("in"), chosenRegions);
        assertEquals(List.of("in-tele-manas", "international-find-a-helpline", "international-befrienders"),
                ids(model.helplines()));
        assertEquals("Helplines: India", model.helplinesTitleProperty().get());

        model.regionProperty().set(region(HelplineRegion.INTERNATIONAL));
        assertEquals("Helplines you can use from anywhere", model.helplinesTitleProperty().get());
        assertEquals(List.of("international-find-a-helpline", "international-befrienders"), ids(model.helplines()));

        model.regionProperty().set(null);
        assertEquals(List.of("in", HelplineRegion.INTERNATIONAL), chosenRegions, "clearing the list is not a choice");
    }

    @Test
    void anUnknownStartingRegionFallsBackToTheInternationalOne() {
        SupportSettingsViewModel elsewhere = new SupportSettingsViewModel(session.support(), "atlantis", chosenRegions::add,
                Runnable::run);
        assertEquals(HelplineRegion.INTERNATIONAL, elsewhere.regionProperty().get().id());
    }

    @Test
    void aPersonIsAddedChangedAndRemovedAfterAYes() {
        model.newContact();
        ContactForm form = model.contactForm();
        assertTrue(form.openProperty().get());
        assertEquals("Someone you can reach out to", form.titleProperty().get());
        form.nameProperty().set("  Sam ");
        form.reachProperty().set("07700 900123");
        form.noteProperty().set("good at listening");

        assertTrue(model.saveContact().join());

        assertFalse(form.openProperty().get());
        SupportContact sam = model.contacts().get(0);
        assertEquals("Sam", sam.name());
        assertEquals(session.support().contacts().join(), model.contacts());

        model.editContact(sam);
        assertEquals("Change Sam", form.titleProperty().get());
        assertEquals("good at listening", form.noteProperty().get());
        form.reachProperty().set("sam@example.org");
        assertTrue(model.saveContact().join());
        assertEquals(List.of(new SupportContact(sam.id(), "Sam", "sam@example.org", "good at listening")), model.contacts());

        model.askToRemove(sam);
        assertEquals(sam, model.removalAskedProperty().get());
        model.keepContact();
        assertNull(model.removalAskedProperty().get());
        assertEquals(1, model.contacts().size());

        model.askToRemove(sam);
        model.confirmRemoval().join();
        assertTrue(model.contacts().isEmpty());
        assertTrue(session.support().contacts().join().isEmpty());
    }

    @Test
    void aRefusedPersonShowsWhyBesideEachFieldAndStoresNothing() {
        model.newContact();
        ContactForm form = model.contactForm();
        form.nameProperty().set("   ");
        form.noteProperty().set("x".repeat(1_001));

        assertFalse(model.saveContact().join());

        assertTrue(form.openProperty().get(), "the form stays, with what was typed");
        assertEquals("Name: please fill this in.", form.problems().of(ContactForm.NAME).get());
        assertEquals("How to reach them: please fill this in.", form.problems().of(ContactForm.REACH).get());
        java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(Locale.ROOT);
        assertEquals("Note: this is " + numbers.format(1_001) + " characters; up to " + numbers.format(1_000) + " fit here.",
                form.problems().of(ContactForm.NOTE).get());
        assertEquals("", model.problemProperty().get());
        assertTrue(session.support().contacts().join().isEmpty());

        form.nameProperty().set("Sam");
        assertEquals("", form.problems().of(ContactForm.NAME).get(), "typing clears the field's message");
        assertFalse(form.problems().of(ContactForm.REACH).get().isEmpty());
    }

    @Test
    void aHelplineIsChangedMarkedAndGoesBackToTheOriginal() {
        model.refresh().join();
        Helpline samaritans = shown("uk-ie-samaritans");
        assertEquals("", model.originLabel(samaritans));
        assertFalse(model.canRestore(samaritans));

        model.editHelpline(samaritans);
        HelplineForm form = model.helplineForm();
        assertEquals("2026-11-22", form.checkedProperty().get());
        form.contactProperty().set("Call 116 123 (free)");
        assertTrue(model.saveHelpline().join());

        Helpline edited = shown("uk-ie-samaritans");
        assertEquals("Call 116 123 (free)", edited.contact());
        assertEquals("Changed by you", model.originLabel(edited));
        assertTrue(model.canRestore(edited));
        assertEquals(0, model.helplines().indexOf(edited), "it keeps its place");

        model.restoreHelpline(edited).join();
        assertEquals(samaritans, shown("uk-ie-samaritans"));
    }

    @Test
    void aRemovedHelplineWaitsInTheHiddenListToBePutBack() {
        model.refresh().join();
        model.removeHelpline(shown("uk-nhs-111")).join();

        assertFalse(ids(model.helplines()).contains("uk-nhs-111"));
        assertEquals(List.of("uk-nhs-111"), ids(model.hiddenHelplines()));

        model.restoreHelpline(model.hiddenHelplines().get(0)).join();
        assertTrue(model.hiddenHelplines().isEmpty());
        assertEquals(2, ids(model.helplines()).indexOf("uk-nhs-111"));
    }

    @Test
    void anOwnHelplineIsAddedToTheRegionShown() {
        model.refresh().join();
        model.newHelpline();
        HelplineForm form = model.helplineForm();
        form.nameProperty().set("Community crisis team");
        form.contactProperty().set("Call 0300 000 0000");
        form.checkedProperty().set("2026-03-01");
        assertTrue(model.saveHelpline().join());

        Helpline mine = model.helplines().get(5);
        assertEquals("Community crisis team", mine.name());
        assertEquals("uk-ie", mine.region());
        assertEquals("Added by you", model.originLabel(mine));
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault())
                .format(LocalDate.of(2026, 3, 1));
        assertEquals("Checked " + day, model.sourceLine(mine));

        model.removeHelpline(mine).join();
        assertFalse(model.helplines().contains(mine));
        assertTrue(model.hiddenHelplines().isEmpty());
    }

    @Test
    void anUnreadableDateIsShownWithTheOtherProblemsAndNothingIsStored() {
        model.refresh().join();
        List<Helpline> before = List.copyOf(model.helplines());
        model.newHelpline();
        HelplineForm form = model.helplineForm();
        form.contactProperty().set("Call 0300 000 0000");
        form.checkedProperty().set("next week");

        assertFalse(model.saveHelpline().join());

        assertEquals("Name: please fill this in.", form.problems().of(HelplineForm.NAME).get());
        assertEquals("Checked on: “next week” isn’t a date Groundwork can read; write it like 2026-03-14, or leave it empty.",
                form.problems().of(HelplineForm.CHECKED).get());
        assertEquals("", form.problems().of(HelplineForm.CONTACT).get());
        assertEquals(before, session.support().helplines("uk-ie").join());
    }

    @Test
    void aSourceLineSaysWhereADetailComesFromAndWhenItWasChecked() {
        model.refresh().join();
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault())
                .format(LocalDate.of(2026, 11, 22));
        assertEquals("Source: https://www.samaritans.org · checked " + day, model.sourceLine(shown("uk-ie-samaritans")));
        Helpline bare = Helpline.newOwn("uk-ie", "A", "B", "", "", null);
        assertEquals("", model.sourceLine(bare));
        assertEquals("Source: https://example.org",
                model.sourceLine(bare.withDetails("A", "B", "", "https://example.org", null)));
    }

    @Test
    void openingOneFormClosesTheOther() {
        model.newContact();
        model.newHelpline();
        assertFalse(model.contactForm().openProperty().get());
        assertTrue(model.helplineForm().openProperty().get());
        model.cancelHelpline();
        assertFalse(model.helplineForm().openProperty().get());
    }
}
