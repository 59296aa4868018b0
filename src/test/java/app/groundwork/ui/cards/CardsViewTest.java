package app.groundwork.ui.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.Card;
import app.groundwork.service.AppSettings;
import app.groundwork.service.JournalFixture;
import app.groundwork.ui.cards.CardsViewModel.Row;
import app.groundwork.ui.common.Theme;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The card library on screen: a search narrows the list, the keyboard opens a card, a link opens one by id. */
@ExtendWith(ApplicationExtension.class)
class CardsViewTest {
    private CardsViewModel model;

    @Start
    void start(Stage stage) {
        model = new CardsViewModel(JournalFixture.CONTENT);
        Scene scene = new Scene(new CardsView(model), 1100, 760);
        Theme.apply(scene, AppSettings.DEFAULTS);
        stage.setScene(scene);
        stage.show();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private static List<String> texts(Node parent) {
        return parent.lookupAll(".label").stream().filter(Node::isVisible).map(node -> ((Label) node).getText()).toList();
    }

    private static void key(FxRobot robot, KeyCode code) {
        robot.press(code).release(code);
    }

    @SuppressWarnings("unchecked")
    private static ListView<Row> list(FxRobot robot) {
        return robot.lookup("#cards-list").queryAs(ListView.class);
    }

    @Test
    void aSearchNarrowsTheListAndDownThenEnterOpensTheCardToRead(FxRobot robot) throws Exception {
        TextField search = robot.lookup("#cards-search").query();
        waitUntil(search::isFocused);
        assertEquals(21, list(robot).getItems().size());
        assertEquals(List.of("Pick a card or a question from the list and it will open here, ready to read at your own pace."),
                texts(robot.lookup("#cards-reading").query()));

        robot.write("inner critic");

        waitUntil(() -> list(robot).getItems().size() == 1);
        assertEquals("inner-critic", list(robot).getItems().get(0).id());
        List<String> cell = texts(list(robot));
        assertTrue(cell.contains("Card"), cell.toString());
        assertTrue(cell.contains("The inner critic"), cell.toString());

        key(robot, KeyCode.DOWN);
        waitUntil(() -> list(robot).isFocused());
        key(robot, KeyCode.ENTER);

        Card critic = JournalFixture.CONTENT.card("inner-critic").orElseThrow();
        waitUntil(() -> robot.lookup("#cards-reading-title").tryQuery().isPresent());
        assertEquals("The inner critic", robot.lookup("#cards-reading-title").queryLabeled().getText());
        List<String> shown = texts(robot.lookup("#cards-reading").query());
        for (String paragraph : critic.paragraphs()) {
            assertTrue(shown.contains(paragraph), "the whole text is there: " + paragraph);
        }
        assertTrue(robot.lookup("#cards-reading-scroll").query().isFocused(), "Enter moves on to the text");
        assertEquals("inner-critic", model.selectedProperty().get().id());
        Label first = (Label) robot.lookup("#cards-reading .cards-paragraph").query();
        assertTrue(first.isWrapText());
    }

    @Test
    void aSearchThatFindsNothingSaysSoAndEscapeBringsEverythingBack(FxRobot robot) throws Exception {
        TextField search = robot.lookup("#cards-search").query();
        waitUntil(search::isFocused);
        robot.write("xylophone");

        waitUntil(() -> robot.lookup("#cards-nothing").query().isVisible());
        assertTrue(list(robot).getItems().isEmpty());
        assertEquals("None of the cards or questions mention “xylophone”. A shorter word, or a different one, may find"
                + " something; clearing the search shows them all again.",
                robot.lookup("#cards-nothing").queryLabeled().getText());

        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> list(robot).getItems().size() == 21);
        assertFalse(robot.lookup("#cards-nothing").query().isVisible());
        assertEquals("", search.getText());
    }

    @Test
    void choosingAQuestionInTheListShowsItsAnswer(FxRobot robot) throws Exception {
        TextField search = robot.lookup("#cards-search").query();
        waitUntil(search::isFocused);
        robot.write("streaks");
        waitUntil(() -> list(robot).getItems().size() == 2);

        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.DOWN);

        waitUntil(() -> model.selectedProperty().get() != null && "missed-days".equals(model.selectedProperty().get().id()));
        assertEquals("What happens if I miss a few days?", robot.lookup("#cards-reading-title").queryLabeled().getText());
        List<String> shown = texts(robot.lookup("#cards-reading").query());
        assertTrue(shown.contains("Question"), shown.toString());
        assertTrue(shown.stream().anyMatch(text -> text.startsWith("Nothing bad. There are no streaks to break")),
                shown.toString());
    }

    @Test
    void showOpensACardByIdEvenWhenTheSearchHidItAndSelectsItInTheList(FxRobot robot) throws Exception {
        TextField search = robot.lookup("#cards-search").query();
        waitUntil(search::isFocused);
        robot.write("streaks");
        waitUntil(() -> list(robot).getItems().size() == 2);

        robot.interact(() -> model.show("body-signals"));

        assertEquals("", search.getText());
        assertEquals(21, list(robot).getItems().size());
        assertEquals("body-signals", list(robot).getSelectionModel().getSelectedItem().id());
        String title = JournalFixture.CONTENT.card("body-signals").orElseThrow().title();
        assertEquals(title, robot.lookup("#cards-reading-title").queryLabeled().getText());
        List<String> shown = texts(robot.lookup("#cards-reading").query());
        assertTrue(shown.containsAll(JournalFixture.CONTENT.card("body-signals").orElseThrow().paragraphs()),
                shown.toString());
    }
}
