package app.groundwork.ui.goals;

import static app.groundwork.service.JournalFixture.CONTENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.GoalIdea;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.LadderOffer;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoalsViewModelTest {
    @TempDir
    Path dataDir;
    private JournalSession session;
    private GoalsViewModel model;
    private final List<SafetyCheck> saves = new ArrayList<>();

    @BeforeEach
    void open() {
        session = JournalFixture.openSession(dataDir);
        model = new GoalsViewModel(session.goals(), new GoalWords(CONTENT.goalIdeas()), Runnable::run);
        model.setAfterSave(saves::add);
        model.refresh().join();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void write(String title, GoalCategory category, int size) {
        model.form().titleProperty().set(title);
        model.form().categoryProperty().set(category);
        model.form().sizeProperty().set(size);
    }

    @Test
    void aStepWithoutWordsIsNotSetAndTheFormSaysWhy() {
        model.form().titleProperty().set("   ");
        model.save().join();

        assertEquals("The step: give the step a few words, so you know what it is.", model.formProblemProperty().get());
        assertEquals(List.of(), session.goals().open().join());
        assertEquals(List.of(), saves);
    }

    @Test
    void aStepSetInTheFormIsOnTheListAndOnTodayAndTheFormIsReadyForTheNext() {
        write("Walk to the corner shop", GoalCategory.MOVEMENT, 1);
        model.form().noteProperty().set("After lunch");
        model.save().join();

        assertEquals("", model.formProblemProperty().get());
        assertEquals("“Walk to the corner shop” is on your list.", model.statusProperty().get());
        assertEquals(List.of("Walk to the corner shop"), model.open().stream().map(goal -> goal.title()).toList());
        assertEquals(1, model.today().size());
        assertEquals("After lunch", model.open().get(0).plan().note());
        assertEquals("", model.form().titleProperty().get(), "the form is cleared");
        assertEquals(1, saves.size());
    }

    @Test
    void markingTodaysStepMakesAWinAndCanBeTakenBack() {
        write("Tidy the desk", GoalCategory.SELF_CARE, 1);
        model.save().join();

        model.mark(model.today().get(0).goal(), GoalOutcome.DONE).join();

        assertEquals(GoalOutcome.DONE, model.today().get(0).mark().outcome());
        assertEquals(1, model.winsThisWeekProperty().get());
        assertEquals("“Tidy the desk”: done today.", model.statusProperty().get());
        assertEquals(List.of(), model.open(), "a one-off step done leaves the list");

        model.unmark(model.today().get(0).goal()).join();
        assertFalse(model.today().get(0).marked());
        assertEquals(0, model.winsThisWeekProperty().get());
        assertEquals(1, model.open().size());
    }

    @Test
    void chosenDaysNeedAtLeastOneDay() {
        write("Stretch", GoalCategory.MOVEMENT, 1);
        model.form().repeatProperty().set(GoalForm.Repeat.DAYS);
        model.save().join();
        assertEquals("Repeat: choose at least one day for it to come round on.", model.formProblemProperty().get());

        model.form().dayProperty(DayOfWeek.SATURDAY).set(true);
        model.save().join();
        assertEquals("", model.formProblemProperty().get());
        assertEquals("On Saturdays", model.words().when(model.open().get(0)));
        assertEquals(1, model.today().size(), "14 March 2026 is a Saturday");
    }

    @Test
    void anIdeaIsAddedInOneClickOrShapedFirst() {
        GoalIdea idea = CONTENT.goalIdeas().ideas(GoalCategory.SOCIAL, 2).get(0);
        model.addIdea(idea).join();
        assertEquals(idea.title(), model.open().get(0).title());
        assertEquals(idea.id(), model.open().get(0).plan().ideaId());
        assertEquals(2, model.open().get(0).size());

        GoalIdea other = CONTENT.goalIdeas().ideas(GoalCategory.JOY, 3).get(0);
        model.shapeIdea(other);
        assertEquals(other.title(), model.form().titleProperty().get());
        assertEquals(GoalCategory.JOY, model.form().categoryProperty().get());
        assertEquals(3, model.form().sizeProperty().get());
        assertEquals(1, model.open().size(), "shaping does not set it yet");
    }

    @Test
    void theIdeaFilterNarrowsByCategoryAndSize() {
        int all = model.ideas().size();
        model.ideaCategoryProperty().set(GoalCategory.BOUNDARIES);
        assertTrue(model.ideas().stream().allMatch(idea -> idea.category() == GoalCategory.BOUNDARIES));
        model.ideaSizeProperty().set(4);
        assertEquals(CONTENT.goalIdeas().ideas(GoalCategory.BOUNDARIES, 4), model.ideas());
        model.ideaCategoryProperty().set(null);
        model.ideaSizeProperty().set(null);
        assertEquals(all, model.ideas().size());
    }

    @Test
    void anExperimentIsClosedWithHowUncomfortableItReallyWas() {
        write("Ask for feedback on the essay", GoalCategory.STUDY, 3);
        model.form().experimentProperty().set(true);
        model.form().fearProperty().set("They will say it is all wrong.");
        model.form().predictedProperty().set(75);
        model.save().join();
        var experiment = model.open().get(0);
        assertTrue(experiment.experiment());

        model.startClosing(experiment);
        model.closeExperiment().join();
        assertEquals("Actual discomfort: say how uncomfortable it really was, from 0 to 100.", model.closeProblemProperty().get());
        assertEquals(experiment, model.closingProperty().get(), "still open to finish");

        model.happenedProperty().set("Two helpful comments and a kind word.");
        model.actualProperty().set(30);
        model.learnedProperty().set("Asking early helps.");
        model.closeExperiment().join();

        assertNull(model.closingProperty().get());
        assertEquals("“Ask for feedback on the essay” is kept: it was 45 points easier than you feared.", model.statusProperty().get());
        assertTrue(model.reliefProperty().get().startsWith("Your one experiment so far went 45 points easier than you feared"),
                model.reliefProperty().get());
        assertEquals(1, model.winsThisWeekProperty().get());
    }

    @Test
    void aStepIsChangedInTheFormAndCanBeRemovedWhileItHasNoDays() {
        write("Read ten pages", GoalCategory.STUDY, 2);
        model.save().join();
        model.edit(model.open().get(0));
        model.form().titleProperty().set("Read five pages");
        model.save().join();
        assertEquals("“Read five pages” is updated.", model.statusProperty().get());
        assertEquals("Read five pages", model.open().get(0).title());

        model.remove(model.open().get(0)).join();
        assertEquals(List.of(), model.open());
    }

    @Test
    void theLadderExplainsItsOffer() {
        LadderOffer climb = new LadderOffer(GoalCategory.SOCIAL, 3, LadderOffer.Reason.CLIMB, 3, 2);
        assertEquals("You did 3 size-2 steps in " + CONTENT.goalIdeas().categoryName(GoalCategory.SOCIAL).toLowerCase(java.util.Locale.ROOT)
                + " over the last two weeks. A size-3 step there may be within reach now, whenever it suits you.",
                model.offerText(climb));
        LadderOffer smaller = new LadderOffer(GoalCategory.WORK, 1, LadderOffer.Reason.SKIPPED, 4, 2);
        assertTrue(model.offerText(smaller).startsWith("4 steps were skipped this week, and that is all right."));
    }

    @Test
    void theReliefSentenceIsHonestInEveryDirection() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertEquals("", GoalWords.relief(List.of()));
        assertTrue(GoalWords.relief(List.of(new GoalStats.ExperimentGap(1, day, "a", 40, 50),
                new GoalStats.ExperimentGap(2, day, "b", 40, 50))).startsWith("Across 2 experiments, things felt on average 10 points harder"));
        assertTrue(GoalWords.relief(List.of(new GoalStats.ExperimentGap(1, day, "a", 40, 40)))
                .startsWith("Your one experiment so far felt about as hard as you expected"));
    }
}
