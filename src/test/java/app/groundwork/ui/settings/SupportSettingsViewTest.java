package app.groundwork.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.service.AppSettings;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import app.groundwork.ui.common.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Support section on screen: a person is added through the form, and a refused one shows why beside the field. */
@ExtendWith(ApplicationExtension.class)
class SupportSettingsViewTest {
    private static Path dataDir;
    private static JournalSession session;
    private SupportSettingsViewModel model;
    private final List<String> chosenRegions = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        dataDir = Files.createTempDirectory("support-view");
        session = JournalFixture.openSession(dataDir);
        model = new SupportSettingsViewModel(session.support(), "au", chosenRegions::add, Runnable::run);
        model.refresh();
        ScrollPane page = new ScrollPane(new SupportSettingsView(model));
        page.setFitToWidth(true);
        Scene scene = new Scene(page, 900, 700);
        Theme.apply(scene, AppSettings.DEFAULTS);
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void closeJournal() {
        session.close();
    }

    private static List<String> texts(Node parent) {
        return parent.lookupAll(".label").stream().map(node -> ((Label) node).getText()).toList();
    }

    @Test
    void aPersonAddedInTheFormAppearsInTheList(FxRobot robot) {
        assertTrue(texts(robot.lookup("#support-helplines").query()).contains("Lifeline"));

        robot.clickOn("#support-add-contact");
        robot.clickOn("#support-contact-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".problem").queryAll().stream()
                .anyMatch(node -> node.isVisible() && "Name: please fill this in.".equals(((Label) node).getText())));

        robot.clickOn("#support-contact-name").write("Sam");
        robot.clickOn("#support-contact-reach").write("0400 000 000");
        robot.clickOn("#support-contact-save");
        WaitForAsyncUtils.waitForFxEvents();

        VBox contacts = robot.lookup("#support-contacts").query();
        assertEquals(List.of("Sam", "0400 000 000"), texts(contacts));
        assertEquals("Sam", session.support().contacts().join().get(0).name());
        assertFalse(model.contactForm().openProperty().get(), "the form closes after saving");
        assertTrue(robot.lookup("#support-add-contact").query().isVisible());
    }

    @Test
    void removingAShippedLineOffersToPutItBack(FxRobot robot) {
        Node lifeline = robot.lookup("#support-helplines .inner-card").nth(0).query();
        Button remove = (Button) lifeline.lookupAll(".button").stream()
                .filter(node -> "Remove".equals(((Button) node).getText())).findFirst().orElseThrow();
        robot.clickOn(remove);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(texts(robot.lookup("#support-hidden-helplines").query()).contains("Lifeline"));
        // the removed list sits at the foot of the page, below the window; a person would scroll to it
        Button putBack = robot.lookup("#support-hidden-helplines .button").query();
        assertEquals("Put it back", putBack.getText());
        robot.interact(putBack::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Lifeline", texts(robot.lookup("#support-helplines").query()).get(0));
    }
}
