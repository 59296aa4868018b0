package app.groundwork.ui.settings;

import app.groundwork.Messages;
import app.groundwork.content.HelplineRegion;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.Helpline;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.SupportContact;
import app.groundwork.domain.SupportRules;
import app.groundwork.service.SupportService;
import app.groundwork.ui.common.Failures;
import app.groundwork.ui.common.HelplineText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Support part of Settings: the region whose helplines are shown, the people the person can reach out to, and
 * the helplines for the region, which the person may change, remove, put back or add to. Nothing here is loaded
 * until {@link #refresh()}, so building Settings never touches the journal.
 */
public final class SupportSettingsViewModel {
    private final SupportService support;
    private final Consumer<String> regionChosen;
    private final Executor ui;
    private final Set<String> regionIds;

    private final ObjectProperty<HelplineRegion> region = new SimpleObjectProperty<>(this, "region");
    private final StringProperty helplinesTitle = new SimpleStringProperty(this, "helplinesTitle", "");
    private final StringProperty findingTherapy = new SimpleStringProperty(this, "findingTherapy", "");
    private final ObservableList<SupportContact> contacts = FXCollections.observableArrayList();
    private final ObservableList<Helpline> helplines = FXCollections.observableArrayList();
    private final ObservableList<Helpline> hiddenHelplines = FXCollections.observableArrayList();
    // one read-only view of each list, kept here: a view made per call is only weakly tied to its list, so a
    // listener added to it would stop hearing changes once the view is collected
    private final ObservableList<SupportContact> contactsView = FXCollections.unmodifiableObservableList(contacts);
    private final ObservableList<Helpline> helplinesView = FXCollections.unmodifiableObservableList(helplines);
    private final ObservableList<Helpline> hiddenView = FXCollections.unmodifiableObservableList(hiddenHelplines);
    private final ObjectProperty<SupportContact> removalAsked = new SimpleObjectProperty<>(this, "removalAsked");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final ContactForm contactForm = new ContactForm();
    private final HelplineForm helplineForm = new HelplineForm();

    /**
     * @param regionId     the region to show first (the chosen one, or a guess)
     * @param regionChosen told the region id each time the person chooses another region, to keep it in the settings
     */
    public SupportSettingsViewModel(SupportService support, String regionId, Consumer<String> regionChosen, Executor ui) {
        this.support = support;
        this.regionChosen = regionChosen;
        this.ui = ui;
        this.regionIds = support.regions().stream().map(HelplineRegion::id).collect(Collectors.toUnmodifiableSet());
        region.set(support.region(regionId).or(() -> support.region(HelplineRegion.INTERNATIONAL)).orElse(null));
        describeRegion();
        region.addListener((obs, old, chosen) -> {
            if (chosen == null) {
                // a list control can pass through "nothing chosen"; the settings keep the last real choice
                return;
            }
            describeRegion();
            if (old == null || !old.id().equals(chosen.id())) {
                regionChosen.accept(chosen.id());
                loadHelplines();
            }
        });
    }

    // ---- state ------------------------------------------------------------------------------------------------

    public List<HelplineRegion> regions() {
        return support.regions();
    }

    /** The region whose helplines are shown; choosing another keeps it in the settings. */
    public ObjectProperty<HelplineRegion> regionProperty() {
        return region;
    }

    /** "Helplines: Australia". */
    public ReadOnlyStringProperty helplinesTitleProperty() {
        return helplinesTitle;
    }

    /** How to find talking therapy in the region. */
    public ReadOnlyStringProperty findingTherapyProperty() {
        return findingTherapy;
    }

    public ObservableList<SupportContact> contacts() {
        return contactsView;
    }

    /** The region's helplines as the person keeps them, then the international ones. */
    public ObservableList<Helpline> helplines() {
        return helplinesView;
    }

    /** Shipped helplines the person removed, so they can be put back. */
    public ObservableList<Helpline> hiddenHelplines() {
        return hiddenView;
    }

    /** The contact the person asked to remove, waiting for a yes; null otherwise. */
    public ReadOnlyObjectProperty<SupportContact> removalAskedProperty() {
        return removalAsked;
    }

    /** Something that went wrong reaching the journal, in plain words; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ContactForm contactForm() {
        return contactForm;
    }

    public HelplineForm helplineForm() {
        return helplineForm;
    }

    /** "Source: https://… · checked 22 Nov 2026", or the part of it that is known; empty when neither is. */
    public String sourceLine(Helpline line) {
        return HelplineText.sourceLine(line);
    }

    /** "Changed by you" or "Added by you"; empty for a line as shipped. */
    public String originLabel(Helpline line) {
        if (line.origin() == Helpline.Origin.EDITED) {
            return Messages.get("support.helplines.edited");
        }
        return line.origin() == Helpline.Origin.OWN ? Messages.get("support.helplines.own") : "";
    }

    /** Only a shipped line the person changed has an original to go back to. */
    public boolean canRestore(Helpline line) {
        return line.origin() == Helpline.Origin.EDITED;
    }

    // ---- loading ----------------------------------------------------------------------------------------------

    /** Loads the contacts and the region's helplines from the journal. */
    public CompletableFuture<Void> refresh() {
        return CompletableFuture.allOf(loadContacts(), loadHelplines());
    }

    private CompletableFuture<Void> loadContacts() {
        return support.contacts().handleAsync((found, failure) -> {
            if (failure != null) {
                problem.set(Failures.describe(failure, "action.support.load"));
            } else {
                contacts.setAll(found);
            }
            return null;
        }, ui);
    }

    private CompletableFuture<Void> loadHelplines() {
        HelplineRegion asked = region.get();
        String regionId = asked == null ? HelplineRegion.INTERNATIONAL : asked.id();
        return support.helplines(regionId).thenCombine(support.hiddenHelplines(regionId), List::of)
                .handleAsync((found, failure) -> {
                    if (failure != null) {
                        problem.set(Failures.describe(failure, "action.support.load"));
                    } else if (region.get() == asked) {
                        // a list for a region chosen before this one is not shown
                        helplines.setAll(found.get(0));
                        hiddenHelplines.setAll(found.get(1));
                    }
                    return null;
                }, ui);
    }

    private void describeRegion() {
        HelplineRegion shown = region.get();
        helplinesTitle.set(HelplineText.listTitle(shown));
        findingTherapy.set(shown == null ? "" : shown.findingTherapy());
    }

    // ---- people -----------------------------------------------------------------------------------------------

    public void newContact() {
        helplineForm.close();
        contactForm.openNew();
    }

    public void editContact(SupportContact contact) {
        helplineForm.close();
        contactForm.openFor(contact);
    }

    public void cancelContact() {
        contactForm.close();
    }

    /** Stores the form; true when it was stored. A refused contact shows why beside each field and stores nothing. */
    public CompletableFuture<Boolean> saveContact() {
        SupportContact contact = contactForm.toContact();
        problem.set("");
        return support.saveContact(contact).handleAsync((saved, failure) -> {
            if (failure != null) {
                showFailure(failure, contactForm.problems());
                return false;
            }
            contactForm.close();
            loadContacts();
            return true;
        }, ui);
    }

    /** Asks before removing: {@link #removalAskedProperty()} holds the contact until the person answers. */
    public void askToRemove(SupportContact contact) {
        removalAsked.set(contact);
    }

    public void keepContact() {
        removalAsked.set(null);
    }

    public CompletableFuture<Void> confirmRemoval() {
        SupportContact contact = removalAsked.get();
        removalAsked.set(null);
        if (contact == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (contactForm.openProperty().get() && contactForm.toContact().id() == contact.id()) {
            contactForm.close();
        }
        return afterChange(support.removeContact(contact.id()), "action.support.remove", this::loadContacts);
    }

    // ---- helplines --------------------------------------------------------------------------------------------

    public void newHelpline() {
        contactForm.close();
        helplineForm.openNew();
    }

    public void editHelpline(Helpline line) {
        contactForm.close();
        helplineForm.openFor(line);
    }

    public void cancelHelpline() {
        helplineForm.close();
    }

    /**
     * Stores the form: the person's version of the line being changed, or a new line of their own in the region
     * shown. True when it was stored; a refused line shows why beside each field and stores nothing.
     */
    public CompletableFuture<Boolean> saveHelpline() {
        HelplineRegion shown = region.get();
        List<FieldProblem> dateProblems = new ArrayList<>();
        Helpline line = helplineForm.toHelpline(shown == null ? HelplineRegion.INTERNATIONAL : shown.id(), dateProblems);
        problem.set("");
        if (!dateProblems.isEmpty()) {
            List<FieldProblem> all = new ArrayList<>(SupportRules.problems(line, regionIds));
            all.addAll(dateProblems);
            showFailure(new InvalidEntryException(all), helplineForm.problems());
            return CompletableFuture.completedFuture(false);
        }
        return support.saveHelpline(line).handleAsync((saved, failure) -> {
            if (failure != null) {
                showFailure(failure, helplineForm.problems());
                return false;
            }
            helplineForm.close();
            loadHelplines();
            return true;
        }, ui);
    }

    /** A shipped line goes to the removed list, where it can be put back; an own line is deleted. */
    public CompletableFuture<Void> removeHelpline(Helpline line) {
        closeFormIfShowing(line);
        return afterChange(support.removeHelpline(line.id()), "action.support.remove", this::loadHelplines);
    }

    /** Puts a removed line back, or a changed one back as shipped. */
    public CompletableFuture<Void> restoreHelpline(Helpline line) {
        closeFormIfShowing(line);
        return afterChange(support.restoreHelpline(line.id()), "action.support.restore", this::loadHelplines);
    }

    private void closeFormIfShowing(Helpline line) {
        if (helplineForm.openProperty().get() && helplineForm.isEditing(line.id())) {
            helplineForm.close();
        }
    }

    private CompletableFuture<Void> afterChange(CompletableFuture<Void> change, String action, Runnable reload) {
        problem.set("");
        return change.handleAsync((done, failure) -> {
            if (failure != null) {
                problem.set(Failures.describe(failure, action));
            } else {
                reload.run();
            }
            return null;
        }, ui);
    }

    private void showFailure(Throwable failure, FieldMessages beside) {
        Throwable cause = Failures.unwrap(failure);
        if (cause instanceof InvalidEntryException invalid) {
            List<FieldProblem> elsewhere = beside.show(invalid.problems());
            problem.set(elsewhere.isEmpty() ? "" : Messages.describe(elsewhere));
        } else {
            problem.set(Failures.describe(failure, "action.save"));
        }
    }
}
