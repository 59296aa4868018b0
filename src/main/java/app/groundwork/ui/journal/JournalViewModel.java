package app.groundwork.ui.journal;

import app.groundwork.Messages;
import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.DaySummary;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.JournalQuery;
import app.groundwork.service.JournalService;
import app.groundwork.ui.common.Failures;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The Journal: every entry by day, full-text search, filters, the month calendar, delete with undo. */
public final class JournalViewModel {
    /** A choice in a filter list: the value to filter by and the words to show. */
    public record Choice(String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final JournalService journal;
    private final ContentLibrary content;
    private final Executor ui;
    private final AtomicLong generation = new AtomicLong();

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<Choice> emotion = new SimpleObjectProperty<>(this, "emotion");
    private final ObjectProperty<Choice> tag = new SimpleObjectProperty<>(this, "tag");
    private final ObjectProperty<Choice> lifeArea = new SimpleObjectProperty<>(this, "lifeArea");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<YearMonth> month;
    private final ObservableList<JournalEntry> entries = FXCollections.observableArrayList();
    /** What entries() hands out: one read-only view, so listeners on it stay attached. */
    private final ObservableList<JournalEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ObservableMap<LocalDate, DaySummary> days = FXCollections.observableHashMap();
    /** What days() hands out: one read-only view, so listeners on it stay attached. */
    private final ObservableMap<LocalDate, DaySummary> daysView = FXCollections.unmodifiableObservableMap(days);
    private final ObservableList<Choice> emotionChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> tagChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> lifeAreaChoices = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObjectProperty<JournalEntry> deleted = new SimpleObjectProperty<>(this, "deleted");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final BooleanProperty filtered = new SimpleBooleanProperty(this, "filtered");

    public JournalViewModel(JournalService journal, ContentLibrary content, Executor ui, Clock clock) {
        this.journal = journal;
        this.content = content;
        this.ui = ui;
        this.month = new SimpleObjectProperty<>(this, "month", YearMonth.now(clock));
        for (Observable filter : List.<Observable>of(searchText, emotion, tag, lifeArea, from, to)) {
            filter.addListener(changed -> {
                filtered.set(hasFilters());
                reload();
            });
        }
        month.addListener(changed -> loadMonth());
        lifeAreaChoices.setAll(content.lifeAreas().stream().map(area -> new Choice(area.id(), area.label())).toList());
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<Choice> emotionProperty() {
        return emotion;
    }

    public ObjectProperty<Choice> tagProperty() {
        return tag;
    }

    public ObjectProperty<Choice> lifeAreaProperty() {
        return lifeArea;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<JournalEntry> entries() {
        return entriesView;
    }

    public ObservableMap<LocalDate, DaySummary> days() {
        return daysView;
    }

    public ObservableList<Choice> emotionChoices() {
        return emotionChoices;
    }

    public ObservableList<Choice> tagChoices() {
        return tagChoices;
    }

    public ObservableList<Choice> lifeAreaChoices() {
        return lifeAreaChoices;
    }

    /** "14 entries", or a kind word when nothing matches. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The entry just deleted, while it can still be brought back. */
    public ReadOnlyObjectProperty<JournalEntry> deletedProperty() {
        return deleted;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** True while any search or filter narrows the list. */
    public ReadOnlyBooleanProperty filteredProperty() {
        return filtered;
    }

    /** Loads the list, the month and the filter choices. */
    public CompletableFuture<Void> refresh() {
        return CompletableFuture.allOf(reload(), loadMonth(), loadChoices());
    }

    /** Shows one day: the calendar's way into the list. */
    public void showDay(LocalDate day) {
        from.set(day);
        to.set(day);
    }

    public void clearFilters() {
        searchText.set("");
        emotion.set(null);
        tag.set(null);
        lifeArea.set(null);
        from.set(null);
        to.set(null);
    }

    private boolean hasFilters() {
        return !searchText.get().isBlank() || emotion.get() != null || tag.get() != null || lifeArea.get() != null
                || from.get() != null || to.get() != null;
    }

    public CompletableFuture<Void> delete(JournalEntry entry) {
        return journal.delete(entry.id()).handleAsync((done, failure) -> {
            if (failure != null) {
                problem.set(Failures.describe(failure, "action.delete"));
                return null;
            }
            deleted.set(entry);
            return null;
        }, ui).thenCompose(ignored -> refresh());
    }

    public CompletableFuture<Void> undoDelete() {
        JournalEntry entry = deleted.get();
        if (entry == null) {
            return CompletableFuture.completedFuture(null);
        }
        return journal.undoDelete(entry.id()).handleAsync((done, failure) -> {
            if (failure != null) {
                problem.set(Failures.describe(failure, "action.undo"));
            } else {
                deleted.set(null);
            }
            return null;
        }, ui).thenCompose(ignored -> refresh());
    }

    public void forgetDeleted() {
        deleted.set(null);
    }

    private CompletableFuture<Void> reload() {
        long mine = generation.incrementAndGet();
        JournalQuery query;
        try {
            query = new JournalQuery(searchText.get(), from.get(), to.get(), value(emotion), value(tag), value(lifeArea),
                    JournalQuery.DEFAULT_LIMIT);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(null);
        }
        return journal.find(query).handleAsync((found, failure) -> {
            if (mine != generation.get()) {
                return null;
            }
            if (failure != null) {
                problem.set(Failures.describe(failure, "action.search"));
                return null;
            }
            problem.set("");
            entries.setAll(found);
            status.set(statusFor(found.size()));
            return null;
        }, ui);
    }

    private String statusFor(int count) {
        if (count == 0) {
            return Messages.get(hasFilters() ? "journal.status.noMatch" : "journal.status.empty");
        }
        if (count >= JournalQuery.DEFAULT_LIMIT) {
            return Messages.get("journal.status.many", count);
        }
        return Messages.get("journal.status.count", count);
    }

    private CompletableFuture<Void> loadMonth() {
        YearMonth shown = month.get();
        return journal.month(shown).handleAsync((summaries, failure) -> {
            if (failure == null && shown.equals(month.get())) {
                days.clear();
                summaries.forEach(day -> days.put(day.date(), day));
            }
            return null;
        }, ui);
    }

    private CompletableFuture<Void> loadChoices() {
        CompletableFuture<List<String>> tags = journal.tags();
        CompletableFuture<List<String>> ownEmotions = journal.customEmotions();
        return CompletableFuture.allOf(tags, ownEmotions).handleAsync((done, failure) -> {
            if (failure != null) {
                return null;
            }
            List<Choice> emotions = new ArrayList<>(content.emotions().stream().map(e -> new Choice(e.id(), e.label())).toList());
            ownEmotions.join().forEach(word -> emotions.add(new Choice(word, word)));
            keepSelection(emotionChoices, emotions, emotion);
            keepSelection(tagChoices, tags.join().stream().map(t -> new Choice(t, "#" + t)).toList(), tag);
            return null;
        }, ui);
    }

    private static void keepSelection(ObservableList<Choice> choices, List<Choice> fresh, ObjectProperty<Choice> selected) {
        Choice current = selected.get();
        choices.setAll(fresh);
        if (current != null && !fresh.contains(current)) {
            selected.set(null);
        }
    }

    private static String value(ObjectProperty<Choice> choice) {
        return choice.get() == null ? null : choice.get().value();
    }
}
