package app.groundwork.service;

import app.groundwork.content.BundledHelpline;
import app.groundwork.content.ContentLibrary;
import app.groundwork.content.HelplineRegion;
import app.groundwork.domain.Helpline;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.SupportContact;
import app.groundwork.domain.SupportRules;
import app.groundwork.store.SupportRepository;
import app.groundwork.store.SupportRepository.HelplineChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The person's support: people they can reach out to, and the helplines of their region as shipped with the app
 * and as they changed them. A contact or line is checked before anything is written; a refused one fails the future
 * with {@link InvalidEntryException} naming every field, and the journal is unchanged.
 *
 * <p>Helplines are listed region first: the region's bundled lines (with the person's edits, without the ones they
 * removed), then the person's own lines for that region, then the same for {@code international}, so a directory
 * of helplines is always at the end. {@link #bundledHelplines} gives that list without a journal.
 */
public final class SupportService {
    private final SupportRepository repository;
    private final ContentLibrary content;
    private final Set<String> regionIds;

    SupportService(SupportRepository repository, ContentLibrary content) {
        this.repository = repository;
        this.content = content;
        this.regionIds = content.helplineRegions().stream().map(HelplineRegion::id).collect(Collectors.toUnmodifiableSet());
    }

    // ---- regions ----------------------------------------------------------------------------------------------

    /** Every region in the order to offer them, {@code international} last. */
    public List<HelplineRegion> regions() {
        return content.helplineRegions();
    }

    public Optional<HelplineRegion> region(String regionId) {
        return content.helplineRegion(regionId);
    }

    /** A few calm sentences on finding talking therapy in that region; empty for an unknown region. */
    public Optional<String> findingTherapy(String regionId) {
        return content.helplineRegion(regionId).map(HelplineRegion::findingTherapy);
    }

    // ---- support contacts -------------------------------------------------------------------------------------

    /** The person's contacts in the order they added them. */
    public CompletableFuture<List<SupportContact>> contacts() {
        return repository.contacts();
    }

    /** Adds (id 0) or changes a contact; returns it as stored, with its id. */
    public CompletableFuture<SupportContact> saveContact(SupportContact contact) {
        try {
            SupportRules.requireValid(contact);
        } catch (InvalidEntryException e) {
            return CompletableFuture.failedFuture(e);
        }
        return repository.saveContact(contact);
    }

    public CompletableFuture<Void> removeContact(long id) {
        return repository.removeContact(id).thenApply(found -> null);
    }

    // ---- helplines --------------------------------------------------------------------------------------------

    /**
     * The shipped lines for {@code regionId} and then for {@code international}, as shipped, with no journal needed:
     * for showing help when the journal could not be opened. An unknown or empty region gives the international lines.
     */
    public static List<Helpline> bundledHelplines(ContentLibrary content, String regionId) {
        return arrange(content, regionId, List.of());
    }

    /** What the person sees for {@code regionId}: see the class description for the order. */
    public CompletableFuture<List<Helpline>> helplines(String regionId) {
        return repository.helplineChanges().thenApply(changes -> arrange(content, regionId, changes));
    }

    /** The shipped lines of the same regions that the person removed, as shipped, so they can be restored. */
    public CompletableFuture<List<Helpline>> hiddenHelplines(String regionId) {
        return repository.helplineChanges().thenApply(changes -> {
            Map<String, HelplineChange> byId = byId(changes);
            List<Helpline> hidden = new ArrayList<>();
            for (String region : shownRegions(content, regionId)) {
                for (BundledHelpline line : content.helplines()) {
                    HelplineChange change = byId.get(line.id());
                    if (line.region().equals(region) && change != null && change.removed()) {
                        hidden.add(line.toHelpline());
                    }
                }
            }
            return List.copyOf(hidden);
        });
    }

    /**
     * Stores the person's version of a line and returns it as it now reads.
     * <ul>
     *   <li>a shipped line's id: an edit, kept under that id in the line's own region (the region given is not
     *       used); an edit that matches the shipped line exactly simply restores it;</li>
     *   <li>an empty id ({@link Helpline#newOwn}): a new own line in the region given;</li>
     *   <li>{@code own-<n>}: a change to that own line.</li>
     * </ul>
     * Any other id fails the future with {@link IllegalArgumentException}.
     */
    public CompletableFuture<Helpline> saveHelpline(Helpline line) {
        Optional<BundledHelpline> bundled = bundled(line.id());
        if (bundled.isPresent()) {
            Helpline shipped = bundled.get().toHelpline();
            Helpline edited = shipped.withDetails(line.name(), line.contact(), line.hours(), line.source(), line.checked());
            try {
                SupportRules.requireValid(edited, regionIds);
            } catch (InvalidEntryException e) {
                return CompletableFuture.failedFuture(e);
            }
            if (edited.sameDetails(shipped)) {
                return repository.dropBundledChange(shipped.id()).thenApply(dropped -> shipped);
            }
            return repository.saveHelplineEdit(edited);
        }
        if (!line.isNew() && !line.id().startsWith(SupportRepository.OWN_PREFIX)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("there is no helpline with the id " + line.id()));
        }
        try {
            SupportRules.requireValid(line, regionIds);
        } catch (InvalidEntryException e) {
            return CompletableFuture.failedFuture(e);
        }
        return repository.saveOwnHelpline(line);
    }

    /** Hides a shipped line (it can be restored) or deletes one of the person's own lines. An unknown id changes nothing. */
    public CompletableFuture<Void> removeHelpline(String id) {
        Optional<BundledHelpline> bundled = bundled(id);
        if (bundled.isPresent()) {
            return repository.markHelplineRemoved(id, bundled.get().region());
        }
        if (id.startsWith(SupportRepository.OWN_PREFIX)) {
            return repository.removeOwnHelpline(id).thenApply(found -> null);
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Brings a shipped line back as shipped, dropping the person's edit or removal. Own lines are not affected. */
    public CompletableFuture<Void> restoreHelpline(String id) {
        if (bundled(id).isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return repository.dropBundledChange(id).thenApply(found -> null);
    }

    private Optional<BundledHelpline> bundled(String id) {
        return content.helplines().stream().filter(line -> line.id().equals(id)).findFirst();
    }

    private static List<Helpline> arrange(ContentLibrary content, String regionId, List<HelplineChange> changes) {
        Map<String, HelplineChange> byId = byId(changes);
        List<Helpline> lines = new ArrayList<>();
        for (String region : shownRegions(content, regionId)) {
            for (BundledHelpline shipped : content.helplines()) {
                if (!shipped.region().equals(region)) {
                    continue;
                }
                HelplineChange change = byId.get(shipped.id());
                if (change == null) {
                    lines.add(shipped.toHelpline());
                } else if (!change.removed()) {
                    lines.add(change.line() != null ? change.line() : shipped.toHelpline());
                }
            }
            for (HelplineChange change : changes) {
                if (change.own() && change.region().equals(region) && change.line() != null) {
                    lines.add(change.line());
                }
            }
        }
        return List.copyOf(lines);
    }

    /** The region itself, then {@code international}; only {@code international} for it or an unknown region. */
    private static List<String> shownRegions(ContentLibrary content, String regionId) {
        boolean known = regionId != null && content.helplineRegion(regionId).isPresent();
        if (!known || regionId.equals(HelplineRegion.INTERNATIONAL)) {
            return List.of(HelplineRegion.INTERNATIONAL);
        }
        return List.of(regionId, HelplineRegion.INTERNATIONAL);
    }

    private static Map<String, HelplineChange> byId(List<HelplineChange> changes) {
        return changes.stream().collect(Collectors.toMap(HelplineChange::id, Function.identity()));
    }
}
