package app.groundwork.ui.support;

import app.groundwork.Messages;
import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.Helpline;
import app.groundwork.domain.SupportContact;
import app.groundwork.service.SupportService;
import app.groundwork.ui.common.HelplineText;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the support panel shows: the person's own people and the helplines of their region. The shipped helplines
 * are there at once, from memory; the person's contacts and their changes to the lines follow from the journal, so
 * a busy or unopened journal never keeps the panel empty.
 */
public final class SupportPanelModel {
    private final ContentLibrary content;
    private final SupportService support;
    private final String regionId;
    private final Executor ui;
    private final ObservableList<SupportContact> contacts = FXCollections.observableArrayList();
    /** What contacts() hands out: one read-only view, so listeners on it stay attached. */
    private final ObservableList<SupportContact> contactsView = FXCollections.unmodifiableObservableList(contacts);
    private final ObservableList<Helpline> helplines = FXCollections.observableArrayList();
    /** What helplines() hands out: one read-only view, so listeners on it stay attached. */
    private final ObservableList<Helpline> helplinesView = FXCollections.unmodifiableObservableList(helplines);
    private final StringProperty listTitle = new SimpleStringProperty(this, "listTitle", HelplineText.listTitle(null));
    private final StringProperty contactsNote = new SimpleStringProperty(this, "contactsNote", "");

    /**
     * @param content  the shipped content, or null when it could not be loaded
     * @param support  the open journal's support service, or null when no journal is open
     * @param regionId the person's region (or the guess from the system's country)
     */
    public SupportPanelModel(ContentLibrary content, SupportService support, String regionId, Executor ui) {
        this.content = content;
        this.support = support;
        this.regionId = regionId;
        this.ui = ui;
    }

    public ObservableList<SupportContact> contacts() {
        return contactsView;
    }

    public ObservableList<Helpline> helplines() {
        return helplinesView;
    }

    /** "Helplines: India", or the international wording. */
    public ReadOnlyStringProperty listTitleProperty() {
        return listTitle;
    }

    /** A word about the person's own contacts when there are none to show; empty otherwise. */
    public ReadOnlyStringProperty contactsNoteProperty() {
        return contactsNote;
    }

    /** Fills the panel: shipped lines now, the journal's contacts and changes when they arrive. */
    public CompletableFuture<Void> load() {
        if (content != null) {
            listTitle.set(HelplineText.listTitle(content.helplineRegion(regionId).orElse(null)));
            helplines.setAll(SupportService.bundledHelplines(content, regionId));
        }
        if (support == null) {
            contactsNote.set(Messages.get("support.contacts.unavailable"));
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<List<SupportContact>> people = support.contacts();
        CompletableFuture<List<Helpline>> lines = support.helplines(regionId);
        return CompletableFuture.allOf(people, lines).handleAsync((done, failure) -> {
            if (failure != null) {
                // the shipped lines stay; the contacts could not be read this time
                contactsNote.set(Messages.get("support.contacts.unavailable"));
                return null;
            }
            contacts.setAll(people.join());
            helplines.setAll(lines.join());
            contactsNote.set(contacts.isEmpty() ? Messages.get("support.contacts.none") : "");
            return null;
        }, ui);
    }
}
