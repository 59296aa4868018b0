package app.groundwork.ui.cards;

import app.groundwork.Messages;
import app.groundwork.content.Card;
import app.groundwork.content.ContentLibrary;
import app.groundwork.content.FaqEntry;
import app.groundwork.content.MatchingForm;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The card library: every background card and every question with its answer, narrowed by what is typed in the
 * search, and the one being read. Content is already in memory, so the search answers at once and nothing here
 * touches a file; no controls either, so it is tested without a display.
 */
public final class CardsViewModel {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A list line shorter than this says too little on its own. */
    private static final int SHORTEST_SUMMARY = 24;

    /** What a row is: a card to read, or a question with its answer. */
    public enum Kind {
        CARD("card"), QUESTION("question");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** A stable name for style classes and node ids. */
        public String id() {
            return id;
        }

        /** "Card" or "Question", as the list shows it. */
        public String label() {
            return Messages.get("cards.kind." + id);
        }
    }

    /**
     * One card or question as the library shows it.
     *
     * @param title   a card's title, or the question
     * @param summary one line for the list: a card's summary, or the answer's first sentence
     * @param body    the whole text: a card's body, or the answer; paragraphs separated by a blank line
     */
    public record Row(Kind kind, String id, String title, String summary, String body) {
        public Row {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            title = title == null ? "" : title.strip();
            summary = summary == null ? "" : summary.strip();
            body = body == null ? "" : body.strip();
        }

        /** The body split at its blank lines, so each paragraph can be its own block of text. */
        public List<String> paragraphs() {
            return body.isEmpty() ? List.of()
                    : BLANK_LINE.splitAsStream(body).map(String::strip).filter(p -> !p.isEmpty()).toList();
        }
    }

    /** A row and its words in the form the search compares them in, worked out once. */
    private record Searchable(Row row, String title, String text) {
    }

    private final List<Searchable> all;
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    // one read-only view kept: a view made per call listens to its list only weakly
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Row> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper nothingMatches = new ReadOnlyStringWrapper(this, "nothingMatches", "");

    public CardsViewModel(ContentLibrary content) {
        List<Searchable> entries = new ArrayList<>();
        for (Card card : content.cards()) {
            entries.add(searchable(new Row(Kind.CARD, card.id(), card.title(), card.summary(), card.body())));
        }
        for (FaqEntry entry : content.faq()) {
            entries.add(searchable(new Row(Kind.QUESTION, entry.id(), entry.question(), firstSentence(entry.answer()),
                    entry.answer())));
        }
        this.all = List.copyOf(entries);
        searchText.addListener((obs, old, text) -> filter());
        filter();
    }

    // ---- state ------------------------------------------------------------------------------------------------

    /** What is typed in the search; blank shows everything. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /**
     * The cards, then the questions, that hold every word of the search in their title or text (case and accents
     * aside); rows whose title holds them come first.
     */
    public ObservableList<Row> rows() {
        return rowsView;
    }

    /** The row being read; {@code null} when none is chosen. */
    public ReadOnlyObjectProperty<Row> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** A calm line for a search that finds nothing; empty while something matches. */
    public ReadOnlyStringProperty nothingMatchesProperty() {
        return nothingMatches.getReadOnlyProperty();
    }

    // ---- actions ------------------------------------------------------------------------------------------------

    /** Reads {@code row}; {@code null}, or a row the search has left out, reads nothing. */
    public void select(Row row) {
        selected.set(row != null && rows.contains(row) ? row : null);
    }

    /**
     * Opens the card {@code cardId}, for a link from another screen. When the search hides it, the search is cleared
     * so the card is in the list too. Returns false, and changes nothing, for an id no card has.
     */
    public boolean show(String cardId) {
        Optional<Row> card = all.stream().map(Searchable::row)
                .filter(row -> row.kind() == Kind.CARD && row.id().equals(cardId)).findFirst();
        if (card.isEmpty()) {
            return false;
        }
        if (!rows.contains(card.get())) {
            searchText.set("");
        }
        selected.set(card.get());
        return true;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void filter() {
        String query = searchText.get() == null ? "" : searchText.get().strip();
        List<String> words = Arrays.stream(SPACES.split(comparable(query))).filter(word -> !word.isBlank()).toList();
        List<Row> inTitle = new ArrayList<>();
        List<Row> inText = new ArrayList<>();
        for (Searchable entry : all) {
            if (words.stream().allMatch(entry.title()::contains)) {
                inTitle.add(entry.row());
            } else if (words.stream().allMatch(entry.text()::contains)) {
                inText.add(entry.row());
            }
        }
        List<Row> matches = new ArrayList<>(inTitle);
        matches.addAll(inText);
        if (!rows.equals(matches)) {
            rows.setAll(matches);
        }
        nothingMatches.set(matches.isEmpty() ? Messages.get("cards.nothingMatches", query) : "");
        if (selected.get() != null && !matches.contains(selected.get())) {
            selected.set(null);
        }
    }

    private static Searchable searchable(Row row) {
        return new Searchable(row, comparable(row.title()),
                comparable(row.title() + "\n" + row.summary() + "\n" + row.body()));
    }

    /** Lower case, accents taken off, quotes, dashes and spaces each in one form: "Café’s" and "cafe's" compare equal. */
    static String comparable(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder form = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            form.append(MatchingForm.of(bare.charAt(i)));
        }
        return form.toString();
    }

    /**
     * The answer's opening sentence, for the list; a very short one ("No.") runs on to the next sentence end. The
     * whole first paragraph when it has no sentence end.
     */
    static String firstSentence(String answer) {
        String first = answer == null ? "" : BLANK_LINE.split(answer.strip(), 2)[0].strip();
        for (int i = SHORTEST_SUMMARY; i < first.length() - 1; i++) {
            char c = first.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(first.charAt(i + 1))) {
                return first.substring(0, i + 1);
            }
        }
        return first;
    }
}
