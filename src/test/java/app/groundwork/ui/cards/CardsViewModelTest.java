package app.groundwork.ui.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.Card;
import app.groundwork.content.ContentLibrary;
import app.groundwork.content.ContentSource;
import app.groundwork.content.FaqEntry;
import app.groundwork.service.JournalFixture;
import app.groundwork.ui.cards.CardsViewModel.Kind;
import app.groundwork.ui.cards.CardsViewModel.Row;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The card library's search, selection and links, on the bundled cards and questions. */
class CardsViewModelTest {
    private static final ContentLibrary CONTENT = JournalFixture.CONTENT;
    private final CardsViewModel model = new CardsViewModel(CONTENT);

    private static List<String> ids(List<Row> rows) {
        return rows.stream().map(Row::id).toList();
    }

    private List<String> search(String text) {
        model.searchTextProperty().set(text);
        return ids(model.rows());
    }

    private Row row(String id) {
        return model.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void withNothingTypedEveryCardThenEveryQuestionIsListedInTheirOwnOrder() {
        List<String> expected = Stream.concat(CONTENT.cards().stream().map(Card::id),
                CONTENT.faq().stream().map(FaqEntry::id)).toList();
        assertEquals(expected, ids(model.rows()));
        assertEquals(9 + 12, model.rows().size());
        assertEquals(Kind.CARD, model.rows().get(0).kind());
        assertEquals(Kind.QUESTION, model.rows().get(model.rows().size() - 1).kind());
        assertEquals("", model.nothingMatchesProperty().get());
        assertNull(model.selectedProperty().get());
    }

    @Test
    void aCardRowCarriesItsTitleSummaryAndWholeBody() {
        Card critic = CONTENT.card("inner-critic").orElseThrow();
        Row row = row("inner-critic");
        assertEquals(new Row(Kind.CARD, "inner-critic", critic.title(), critic.summary(), critic.body()), row);
        assertEquals(critic.paragraphs(), row.paragraphs());
        assertTrue(row.paragraphs().size() > 1, row.paragraphs().toString());
    }

    @Test
    void aQuestionRowIsTheQuestionWithItsAnswerAndAListLineLongerThanAOneWordReply() {
        FaqEntry therapy = CONTENT.faq().stream().filter(e -> e.id().equals("is-this-therapy")).findFirst().orElseThrow();
        Row row = row("is-this-therapy");
        assertEquals(Kind.QUESTION, row.kind());
        assertEquals("Is Groundwork a kind of therapy?", row.title());
        assertEquals(therapy.answer().strip(), row.body());
        // the answer opens with "No." alone, which says nothing in a list
        assertEquals("No. Groundwork is a private journal with some structure and some reading.", row.summary());
    }

    @Test
    void theSearchLooksInTitlesAndTextsIgnoringCase() {
        assertEquals(List.of("inner-critic"), search("critic"));
        assertEquals(List.of("inner-critic"), search("  INNER Critic "));
        // "streaks" is only in the text of one card and one answer, never in a title
        assertEquals(List.of("non-linear-recovery", "missed-days"), search("Streaks"));
        assertEquals(Kind.CARD, model.rows().get(0).kind());
        assertEquals(Kind.QUESTION, model.rows().get(1).kind());
    }

    @Test
    void everyWordTypedMustBeThereButNotSideBySide() {
        assertEquals(List.of("missed-days"), search("streaks catch"));
        assertEquals(List.of(), search("streaks zebra"));
    }

    @Test
    void rowsWhoseTitleHoldsTheWordsComeBeforeRowsThatOnlyMentionThem() {
        // "Steady rather than fearless" is the eighth card; "steady" is also in the text of one card before it
        // and of one question
        assertEquals(List.of("psychological-flexibility", "non-linear-recovery", "how-long"), search("steady"));
    }

    @Test
    void quotesAndApostrophesMatchWhicheverFormIsTyped() {
        // the answer is written with a typographic apostrophe, the card with a plain one
        assertEquals(List.of("support-panel"), search("I'm safe for now"));
        assertEquals(List.of("vulnerability-before-confidence"), search("I’m over it"));
    }

    @Test
    void accentsAreSetAsideOnBothSides() {
        assertEquals(List.of("inner-critic"), search("crític"));
        CardsViewModel withAccents = new CardsViewModel(contentWithCard(
                "{\"id\":\"cafe-resume\",\"title\":\"A naïve résumé\",\"summary\":\"Written at the café.\","
                        + "\"body\":\"One paragraph.\\n\\nAnother, après the first.\"},"));
        withAccents.searchTextProperty().set("NAIVE Resume");
        assertEquals(List.of("cafe-resume"), ids(withAccents.rows()));
        withAccents.searchTextProperty().set("apres");
        assertEquals(List.of("cafe-resume"), ids(withAccents.rows()));
        assertEquals(List.of("One paragraph.", "Another, après the first."), withAccents.rows().get(0).paragraphs());
    }

    @Test
    void aSearchThatFindsNothingSaysSoKindlyAndTheLineGoesWhenSomethingMatches() {
        assertEquals(List.of(), search("xylophone"));
        assertEquals("None of the cards or questions mention “xylophone”. A shorter word, or a different one, may find"
                + " something; clearing the search shows them all again.", model.nothingMatchesProperty().get());
        search("sleep");
        assertFalse(model.rows().isEmpty());
        assertEquals("", model.nothingMatchesProperty().get());
        search("");
        assertEquals(21, model.rows().size());
    }

    @Test
    void theRowBeingReadStaysWhileTheSearchKeepsItAndGoesWhenTheSearchLeavesItOut() {
        model.select(row("inner-critic"));
        assertEquals("inner-critic", model.selectedProperty().get().id());
        search("critic");
        assertEquals("inner-critic", model.selectedProperty().get().id());
        search("streaks");
        assertNull(model.selectedProperty().get());
        model.select(row("missed-days"));
        assertEquals("missed-days", model.selectedProperty().get().id());
        model.select(null);
        assertNull(model.selectedProperty().get());
    }

    @Test
    void aRowTheSearchHasLeftOutCannotBeChosen() {
        Row critic = row("inner-critic");
        search("streaks");
        model.select(critic);
        assertNull(model.selectedProperty().get());
    }

    @Test
    void showOpensACardByIdAndClearsASearchThatHidesIt() {
        search("critic");
        assertTrue(model.show("inner-critic"));
        assertEquals("critic", model.searchTextProperty().get(), "a search that shows the card is kept");
        assertEquals("inner-critic", model.selectedProperty().get().id());

        search("streaks");
        assertTrue(model.show("body-signals"));
        assertEquals("", model.searchTextProperty().get());
        assertEquals(21, model.rows().size());
        Row shown = model.selectedProperty().get();
        assertEquals("body-signals", shown.id());
        assertEquals(CONTENT.card("body-signals").orElseThrow().title(), shown.title());
        assertSame(shown, row("body-signals"));
    }

    @Test
    void showWithAnUnknownIdOrAQuestionsIdChangesNothing() {
        search("critic");
        model.select(row("inner-critic"));
        assertFalse(model.show("no-such-card"));
        assertFalse(model.show("missed-days"), "questions are not cards");
        assertEquals("critic", model.searchTextProperty().get());
        assertEquals("inner-critic", model.selectedProperty().get().id());
    }

    @Test
    void theListIsOnlyReplacedWhenWhatMatchesChanges() {
        List<ListChangeListener.Change<? extends Row>> changes = new ArrayList<>();
        model.rows().addListener((ListChangeListener<Row>) changes::add);
        search("critic");
        assertEquals(1, changes.size());
        search("critic ");
        search("CRITIC");
        search("inner critic");
        assertEquals(1, changes.size(), "the same match is not set again");
        search("");
        assertEquals(2, changes.size());
    }

    @Test
    void theListCannotBeChangedFromOutside() {
        assertSame(model.rows(), model.rows());
        assertThrows(UnsupportedOperationException.class, () -> model.rows().clear());
    }

    @Test
    void comparableFormTakesOffCaseAccentsAndQuoteStyles() {
        assertEquals("cafe's \"naive\" - resume", CardsViewModel.comparable("Café’s “Naïve” — Résumé"));
    }

    private static ContentLibrary contentWithCard(String cardJson) {
        ContentSource bundled = ContentSource.bundled();
        return ContentLibrary.load(fileName -> {
            if (!fileName.equals("cards.json")) {
                return bundled.open(fileName);
            }
            String text = read(bundled.open(fileName));
            String opened = "\"cards\": [";
            assertTrue(text.contains(opened));
            return new ByteArrayInputStream(text.replace(opened, opened + cardJson).getBytes(StandardCharsets.UTF_8));
        });
    }

    private static String read(InputStream stream) throws IOException {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
