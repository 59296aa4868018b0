package app.groundwork.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.BackupInfo;
import app.groundwork.domain.JournalQuery;
import app.groundwork.service.AppSettings;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import app.groundwork.ui.common.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The copies on screen, on their own: the list, a copy made now, and a restore asked about, then said yes to. */
@ExtendWith(ApplicationExtension.class)
class BackupsViewTest {
    private Path dataDir;
    private JournalSession session;
    private int reopened;

    @Start
    void start(Stage stage) throws Exception {
        dataDir = Files.createTempDirectory("backups-view");
        session = JournalFixture.openSession(dataDir);
        session.checkIns().save(JournalFixture.checkIn(JournalFixture.TODAY, 6, "the first entry")).join();
        session.backUpIfDue().join();
        BackupsViewModel model = new BackupsViewModel(session.backups(), () -> reopened++, Runnable::run);
        ScrollPane page = new ScrollPane(new BackupsView(model));
        page.setFitToWidth(true);
        Scene scene = new Scene(page, 900, 700);
        Theme.apply(scene, AppSettings.DEFAULTS);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeJournal() {
        session.close();
    }

    private static List<String> cells(FxRobot robot) {
        return robot.lookup("#backups-list").queryAs(javafx.scene.layout.GridPane.class).getChildren().stream()
                .filter(node -> node.getStyleClass().contains("backups-cell")).map(node -> ((Label) node).getText()).toList();
    }

    private static List<Button> restoreButtons(FxRobot robot) {
        return robot.lookup(".backups-restore").queryAllAs(Button.class).stream().toList();
    }

    @Test
    void theListShowsEachCopyAndTheFolderIsTextToSelect(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cells = cells(robot);
        assertEquals(4, cells.size(), cells.toString());
        assertEquals(List.of("one entry", "Daily"), cells.subList(2, 4));
        TextField folder = robot.lookup("#backups-folder").queryAs(TextField.class);
        assertEquals(dataDir.resolve("backups").toString(), folder.getText());
        assertFalse(folder.isEditable());
        assertFalse(robot.lookup("#backups-empty").query().isVisible());
    }

    @Test
    void aCopyMadeNowJoinsTheListAndARestoreIsAskedAboutBeforeItHappens(FxRobot robot) {
        robot.clickOn("#backups-make-copy");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, restoreButtons(robot).size());
        assertEquals("Made by you", cells(robot).get(3));
        assertTrue(robot.lookup("#backups-status").queryAs(Label.class).getText().startsWith("A new copy is at the top of the list"));

        session.checkIns().save(JournalFixture.checkIn(JournalFixture.TODAY, 4, "written after the copies")).join();
        robot.clickOn(restoreButtons(robot).get(1));
        WaitForAsyncUtils.waitForFxEvents();
        Node question = robot.lookup("#backups-restore-question").query();
        assertTrue(question.getParent().isVisible());
        assertTrue(((Label) question).getText().contains("will be kept as a copy first"), ((Label) question).getText());
        assertTrue(robot.lookup("#backups-restore-no").query().isFocused(), "the safe answer has the focus");

        robot.clickOn("#backups-restore-no");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#backups-restore-question").query().getParent().isVisible());
        assertEquals(0, reopened);

        robot.clickOn(restoreButtons(robot).get(1));
        robot.clickOn("#backups-restore-yes");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, reopened);
        session.close();
        session = JournalFixture.openSession(dataDir);
        assertEquals(List.of("the first entry"), session.journal().find(JournalQuery.text("")).join().stream()
                .map(entry -> entry.note()).toList());
        assertEquals(1, session.backups().list().join().stream().filter(copy -> copy.kind() == BackupInfo.Kind.BEFORE_RESTORE).count());
    }
}
