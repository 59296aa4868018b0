package app.groundwork.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.Helpline;
import app.groundwork.domain.SupportContact;
import app.groundwork.store.SupportRepository.HelplineChange;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportRepositoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T18:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private Database open() {
        return Database.open(dataDir, Runnable::run, CLOCK);
    }

    @Test
    void theSupportTablesComeWithTheMigrations() throws Exception {
        try (Database database = open()) {
            List<String> tables = database.read(Sqlite::tables).join();
            assertTrue(tables.containsAll(List.of("support_contact", "helpline_change")), tables.toString());
            assertEquals(Migrations.latestVersion(), database.read(Sqlite::userVersion).join());
        }
    }

    @Test
    void contactsKeepTheirOrderAndSurviveReopening() {
        try (Database database = open()) {
            SupportRepository support = new SupportRepository(database);
            SupportContact sam = support.saveContact(SupportContact.newContact("Sam", "07700 900123", "")).join();
            SupportContact ana = support.saveContact(SupportContact.newContact("Ana", "ana@example.org", "evenings")).join();
            assertTrue(sam.id() > 0 && ana.id() > sam.id());
            support.saveContact(new SupportContact(sam.id(), "Sam P.", "07700 900123", "walks")).join();
        }
        try (Database database = open()) {
            List<SupportContact> contacts = new SupportRepository(database).contacts().join();
            assertEquals(List.of("Sam P.", "Ana"), contacts.stream().map(SupportContact::name).toList());
            assertEquals("walks", contacts.get(0).note());
            assertEquals("evenings", contacts.get(1).note());
        }
    }

    @Test
    void removingAContactRemovesOnlyThatOneAndAGoneOneIsAddedAgainOnSave() {
        try (Database database = open()) {
            SupportRepository support = new SupportRepository(database);
            SupportContact sam = support.saveContact(SupportContact.newContact("Sam", "phone", "")).join();
            SupportContact ana = support.saveContact(SupportContact.newContact("Ana", "phone", "")).join();
            assertTrue(support.removeContact(sam.id()).join());
            assertFalse(support.removeContact(sam.id()).join());
            assertEquals(List.of(ana), support.contacts().join());

            SupportContact again = support.saveContact(new SupportContact(sam.id(), "Sam", "new phone", "")).join();
            assertEquals(List.of("Ana", "Sam"), support.contacts().join().stream().map(SupportContact::name).toList());
            assertEquals("new phone", support.contacts().join().get(1).reach());
            assertTrue(again.id() > 0);
        }
    }

    @Test
    void ownHelplinesGetNumberedIdsAndKeepEveryField() {
        try (Database database = open()) {
            SupportRepository support = new SupportRepository(database);
            Helpline first = support.saveOwnHelpline(Helpline.newOwn("uk-ie", "Crisis team", "Call 0300 000 000", "", "", null)).join();
            Helpline second = support.saveOwnHelpline(Helpline.newOwn("us", "Warmline", "Call 555 0100", "Evenings",
                    "https://example.org", LocalDate.of(2026, 3, 1))).join();
            assertEquals("own-1", first.id());
            assertEquals("own-2", second.id());
            support.saveOwnHelpline(first.withDetails("Crisis team (local)", "Call 0300 000 000", "", "", null)).join();

            List<HelplineChange> changes = support.helplineChanges().join();
            assertEquals(List.of("own-1", "own-2"), changes.stream().map(HelplineChange::id).toList());
            assertEquals("Crisis team (local)", changes.get(0).line().name());
            assertNull(changes.get(0).line().checked());
            assertEquals(new Helpline("own-2", "us", "Warmline", "Call 555 0100", "Evenings", "https://example.org",
                    LocalDate.of(2026, 3, 1), Helpline.Origin.OWN), changes.get(1).line());
            assertTrue(changes.get(1).own());

            assertTrue(support.removeOwnHelpline("own-2").join());
            assertEquals("own-2", support.saveOwnHelpline(Helpline.newOwn("us", "Another", "Call 1", "", "", null)).join().id());
        }
    }

    @Test
    void aBundledLineCanBeEditedRemovedAndRestored() {
        try (Database database = open()) {
            SupportRepository support = new SupportRepository(database);
            Helpline edit = new Helpline("us-988", "us", "988 Lifeline", "Call 988", "Always", "https://988lifeline.org",
                    null, Helpline.Origin.BUNDLED);
            assertEquals(Helpline.Origin.EDITED, support.saveHelplineEdit(edit).join().origin());
            support.markHelplineRemoved("us-988", "us").join();
            HelplineChange removedEdit = support.helplineChanges().join().get(0);
            assertTrue(removedEdit.removed());
            assertEquals("Call 988", removedEdit.line().contact());

            support.markHelplineRemoved("uk-shout", "uk-ie").join();
            HelplineChange onlyRemoved = support.helplineChanges().join().get(1);
            assertTrue(onlyRemoved.removed());
            assertFalse(onlyRemoved.own());
            assertNull(onlyRemoved.line());

            assertFalse(support.removeOwnHelpline("us-988").join(), "a bundled change is not an own line");
            assertTrue(support.dropBundledChange("us-988").join());
            assertTrue(support.dropBundledChange("uk-shout").join());
            assertTrue(support.helplineChanges().join().isEmpty());
        }
    }

    @Test
    void droppingABundledChangeNeverTouchesAnOwnLine() {
        try (Database database = open()) {
            SupportRepository support = new SupportRepository(database);
            support.saveOwnHelpline(Helpline.newOwn("us", "Mine", "Call 1", "", "", null)).join();
            assertFalse(support.dropBundledChange("own-1").join());
            assertEquals(1, support.helplineChanges().join().size());
        }
    }
}
