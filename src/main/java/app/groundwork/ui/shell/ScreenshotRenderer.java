package app.groundwork.ui.shell;

import app.groundwork.AppContext;
import app.groundwork.content.ContentLibrary;
import app.groundwork.demo.DemoGoals;
import app.groundwork.demo.DemoJournalGenerator;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.ReframeStep;
import app.groundwork.domain.SupportContact;
import app.groundwork.service.AppSettings;
import app.groundwork.service.JournalOpener;
import app.groundwork.service.JournalSession;
import app.groundwork.service.OpenOutcome;
import app.groundwork.ui.common.Theme;
import app.groundwork.ui.goals.GoalForm;
import app.groundwork.ui.progress.ProgressViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders every screen, filled from a two-year demo journal, to PNG files in light and dark, on JavaFX's headless
 * Monocle platform so no display is needed. Used by {@code groundwork screenshots} and for the README.
 */
public final class ScreenshotRenderer {
    private static final int WIDTH = 1180;
    private static final int HEIGHT = 800;
    private static final int DEMO_YEARS = 2;
    private static final long DEMO_SEED = 7;

    private ScreenshotRenderer() {
    }

    public static List<Path> renderAll(Path outDir) throws Exception {
        Files.createDirectories(outDir);
        startHeadlessToolkit();
        Path dataDir = Files.createTempDirectory("groundwork-screenshots");
        try {
            Path demo = dataDir.resolve("demo");
            writeDemoJournal(demo);
            List<Path> written = new ArrayList<>();
            for (AppSettings.Theme theme : AppSettings.Theme.values()) {
                // each theme starts from the same journal, so what one saves never shows in the other's shots
                Path themeDir = dataDir.resolve(theme.name().toLowerCase(java.util.Locale.ROOT));
                copyJournal(demo, themeDir);
                written.addAll(renderTheme(themeDir, outDir, theme));
            }
            return written;
        } finally {
            deleteTree(dataDir);
        }
    }

    private static void startHeadlessToolkit() throws InterruptedException {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        started.await(30, TimeUnit.SECONDS);
    }

    private static void writeDemoJournal(Path dataDir) {
        Clock clock = Clock.systemDefaultZone();
        ContentLibrary content = ContentLibrary.loadBundled();
        OpenOutcome outcome = new JournalOpener(content, clock).openHere(dataDir, Runnable::run);
        if (!(outcome instanceof OpenOutcome.Opened opened)) {
            throw new IllegalStateException("the demo journal could not be opened: " + outcome);
        }
        try (JournalSession session = opened.session()) {
            DemoJournalGenerator generator = new DemoJournalGenerator(DEMO_SEED);
            List<CheckInContent> checkIns = generator.generate(session.checkIns().today(), DEMO_YEARS);
            session.checkIns().saveAll(checkIns).join();
            session.assessments().saveAll(generator.assessments(session.assessments().today(), DEMO_YEARS)).join();
            session.reframes().saveAll(generator.reframes(session.reframes().today(), DEMO_YEARS)).join();
            DemoGoals goals = generator.goals(session.goals().today(), DEMO_YEARS, content.goalIdeas());
            session.goals().saveAll(goals.goals(), goals.outcomes(), goals.wins()).join();
            session.support().saveContact(SupportContact.newContact("Maya (my sister)", "07700 900456",
                    "Evenings are best; she always picks up.")).join();
        }
    }

    private static List<Path> renderTheme(Path dataDir, Path outDir, AppSettings.Theme theme) throws Exception {
        String suffix = "-" + theme.name().toLowerCase(java.util.Locale.ROOT) + ".png";
        AppContext context = new AppContext(dataDir, Clock.systemDefaultZone());
        ObjectProperty<AppSettings> settings = new SimpleObjectProperty<>(
                AppSettings.DEFAULTS.withTheme(theme).withWelcomeRead().withRegion("us"));
        Shell shell = onFx(() -> new Shell(context, settings, Platform::runLater, () -> { }));
        Stage stage = onFx(() -> {
            Stage window = new Stage();
            Scene scene = new Scene(shell.root(), WIDTH, HEIGHT);
            Theme.apply(scene, settings.get());
            window.setScene(scene);
            window.show();
            return window;
        });
        onFx(shell::openJournal).join();
        settle(context);
        List<Path> written = new ArrayList<>();
        try {
            written.add(shot(stage, context, outDir.resolve("today" + suffix), () -> shell.show(Screen.TODAY)));
            written.add(shot(stage, context, outDir.resolve("journal" + suffix), () -> shell.show(Screen.JOURNAL)));
            written.add(shot(stage, context, outDir.resolve("journal-search" + suffix), () ->
                    shell.workspace().journal().searchTextProperty().set("walk")));
            written.add(shot(stage, context, outDir.resolve("checkin" + suffix), () -> {
                shell.show(Screen.CHECKIN);
                var form = shell.workspace().checkIn();
                form.moodProperty().set(4);
                form.selfTrustProperty().set(3);
                form.energyProperty().set(2);
                form.sleepHoursProperty().set(6.0);
                form.toggleEmotion("disappointment");
                form.toggleEmotion("anxiety");
                form.emotions().get(0).intensityProperty().set(70);
                form.toggleBodySignal("tight-chest");
                form.toggleLifeArea("work");
                form.noteProperty().set("The interview feedback came in. Not what I hoped for, but I read it all the way through.");
                form.tagsTextProperty().set("interview, feedback");
            }));
            written.add(shot(stage, context, outDir.resolve("checkin-saved" + suffix), () -> shell.workspace().checkIn().save()));
            written.add(shot(stage, context, outDir.resolve("reframe-traps" + suffix), () -> {
                shell.show(Screen.REFRAME);
                var record = shell.workspace().reframe();
                record.situationProperty().set("The call from the agency: they went with the other candidate.");
                record.thoughtProperty().set("I’m such a failure. I always freeze when it matters and nobody will ever hire me.");
                record.toggleEmotion(false, "shame");
                record.emotionsBefore().get(0).intensityProperty().set(80);
                record.toggleEmotion(false, "disappointment");
                record.emotionsBefore().get(1).intensityProperty().set(70);
                record.beliefBeforeProperty().set(85);
                record.goTo(ReframeStep.TRAPS);
            }));
            written.add(shot(stage, context, outDir.resolve("reframe-done" + suffix), () -> {
                var record = shell.workspace().reframe();
                List.copyOf(record.suggestions()).forEach(record::acceptSuggestion);
                record.evidenceForProperty().set("They chose someone else, and I did go quiet on the last question.");
                record.evidenceAgainstProperty().set("I was one of two people they called back. I answered the rest well.");
                record.friendAnswerProperty().set("You got to the last two. One freeze is one moment, not who you are.");
                record.alternativeProperty().set("This is one interview that went the other way, not proof about me. "
                        + "I got close, and I can prepare for that kind of question.");
                record.goTo(ReframeStep.AFTER);
                record.emotionsAfter().get(0).intensityProperty().set(45);
                record.emotionsAfter().get(1).intensityProperty().set(55);
                record.beliefAfterProperty().set(40);
                record.finish();
            }));
            written.add(shot(stage, context, outDir.resolve("goals" + suffix), () -> shell.show(Screen.GOALS)));
            written.add(shot(stage, context, outDir.resolve("goals-experiment" + suffix), () -> {
                var goals = shell.workspace().goals();
                goals.open().stream().filter(goal -> goal.experiment()).findFirst().ifPresent(experiment -> {
                    goals.startClosing(experiment);
                    goals.happenedProperty().set("She said yes straight away and asked how I was doing.");
                    goals.actualProperty().set(25);
                    goals.learnedProperty().set("The dread beforehand was the hardest part.");
                });
                GoalForm form = goals.form();
                form.titleProperty().set("Tell my tutor I need more time for the essay");
                form.categoryProperty().set(GoalCategory.BOUNDARIES);
                form.sizeProperty().set(3);
                form.experimentProperty().set(true);
                form.fearProperty().set("He will think I am not coping and lose patience.");
                form.predictedProperty().set(75);
            }));
            written.add(shot(stage, context, outDir.resolve("wins" + suffix), () -> shell.show(Screen.WINS)));
            written.add(shot(stage, context, outDir.resolve("progress" + suffix), () -> {
                shell.show(Screen.PROGRESS);
                shell.workspace().progress().spanProperty().set(ProgressViewModel.Span.YEAR);
            }));
            written.add(shot(stage, context, outDir.resolve("progress-more" + suffix), () -> scrollTo(stage, "#progress-year-in-pixels")));
            written.add(shot(stage, context, outDir.resolve("progress-patterns" + suffix), () -> scrollTo(stage, "#progress-traps")));
            written.add(shot(stage, context, outDir.resolve("progress-review" + suffix), () -> shell.workspace().openReview()));
            written.add(shot(stage, context, outDir.resolve("practice" + suffix), () -> {
                shell.workspace().openPractice("self-compassion-letter");
                var practice = shell.workspace().practices();
                practice.next();
                practice.next();
                practice.next();
                practice.answerProperty().set("Dear me, that exam did not go the way you hoped, "
                        + "and it makes sense that it stings. You worked for it, and you are allowed to be disappointed.");
            }));
            written.add(shot(stage, context, outDir.resolve("practice-breathing" + suffix), () -> {
                shell.workspace().openPractice("paced-breathing");
                var practice = shell.workspace().practices();
                practice.next();
                practice.startTimer();
            }));
            written.add(shot(stage, context, outDir.resolve("practice-series" + suffix), () ->
                    shell.workspace().openPractice("expressive-writing")));
            written.add(shot(stage, context, outDir.resolve("practice-plan" + suffix), () -> {
                shell.workspace().openPractice("reconnection-planner");
                var practice = shell.workspace().practices();
                practice.answerProperty().set("Priya from the old flat. My cousin Tom.");
                practice.next();
                practice.answerProperty().set("A short message to Priya.");
                practice.next();
                practice.answerProperty().set("Send Priya the photo of our old street and ask how she is");
                practice.next();
                practice.answerProperty().set("Reaching out was the step, and I took it.");
                practice.finish();
            }));
            written.add(shot(stage, context, outDir.resolve("library" + suffix), () ->
                    shell.workspace().openCard(ContentLibrary.loadBundled().cards().get(0).id())));
            written.add(shot(stage, context, outDir.resolve("settings" + suffix), () -> shell.show(Screen.SETTINGS)));
            written.add(shot(stage, context, outDir.resolve("data" + suffix), () -> shell.workspace().openData()));
            written.add(shot(stage, context, outDir.resolve("data-moving" + suffix), () -> scrollTo(stage, "#import-format")));
            written.add(shot(stage, context, outDir.resolve("unlock" + suffix), () -> shell.showUnlock(true)));
            onFx(() -> {
                shell.show(Screen.TODAY);
                return null;
            });
            written.add(shot(stage, context, outDir.resolve("support" + suffix), () -> {
                shell.show(Screen.TODAY);
                shell.openSupport();
            }));
            onFx(() -> {
                shell.closeSupport();
                return null;
            });
            if (theme == AppSettings.Theme.LIGHT) {
                written.add(shot(stage, context, outDir.resolve("welcome" + suffix), () -> {
                    shell.show(Screen.TODAY);
                    ((javafx.scene.layout.StackPane) shell.root()).getChildren().add(new WelcomeView(() -> { }, () -> { }));
                }));
                onFx(() -> {
                    StackPane root = (StackPane) shell.root();
                    root.getChildren().removeIf(node -> node instanceof WelcomeView);
                    return null;
                });
            }
            // last, because taking the WHO-5 here stores a result that Today would then show
            written.add(shot(stage, context, outDir.resolve("assessments" + suffix), () -> shell.show(Screen.ASSESSMENTS)));
            written.add(shot(stage, context, outDir.resolve("assessments-taking" + suffix), () -> {
                var assessments = shell.workspace().assessments();
                assessments.take(Instrument.WHO5);
                List<Integer> answers = List.of(3, 4, 3);
                for (int i = 0; i < answers.size(); i++) {
                    assessments.answers(Instrument.WHO5).get(i).set(answers.get(i));
                }
            }));
            written.add(shot(stage, context, outDir.resolve("assessments-result" + suffix), () -> {
                var assessments = shell.workspace().assessments();
                assessments.answers(Instrument.WHO5).get(3).set(4);
                assessments.answers(Instrument.WHO5).get(4).set(3);
                assessments.submit();
            }));
        } finally {
            onFx(() -> {
                stage.close();
                return null;
            });
            onFx(shell::close).get(30, TimeUnit.SECONDS);
        }
        return written;
    }

    /** Scrolls the screen on show so that the node {@code query} names is at the top of the view. */
    private static void scrollTo(Stage stage, String query) {
        Node target = stage.getScene().lookup(query);
        ScrollPane scroll = (ScrollPane) stage.getScene().lookup(".screen-scroll");
        if (target == null || scroll == null) {
            return;
        }
        double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double y = scroll.getContent().sceneToLocal(target.localToScene(0, 0)).getY();
        scroll.setVvalue(Math.max(0, Math.min(1, (y - 12) / Math.max(1, contentHeight - viewport))));
    }

    private static Path shot(Stage stage, AppContext context, Path file, Runnable prepare) throws Exception {
        onFx(() -> {
            prepare.run();
            return null;
        });
        settle(context);
        WritableImage image = onFx(() -> stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }

    /** Waits until queued journal work has finished and its results have reached the screen. */
    private static void settle(AppContext context) throws Exception {
        for (int round = 0; round < 3; round++) {
            CompletableFuture.runAsync(() -> { }, context.journalThread()).get(30, TimeUnit.SECONDS);
            onFx(() -> null);
            Thread.sleep(250);
        }
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    /** Copies a closed journal's folder (the database and its backups), leaving out the lock file. */
    private static void copyJournal(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!path.getFileName().toString().equals("journal.lock")) {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
