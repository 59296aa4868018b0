package app.groundwork.ui.today;

import app.groundwork.Messages;
import app.groundwork.content.Card;
import app.groundwork.domain.DueGoal;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.PracticeSuggestion;
import app.groundwork.ui.common.EntryCell;
import app.groundwork.ui.common.ScrollIntoView;
import app.groundwork.ui.common.Ui;
import app.groundwork.ui.goals.GoalsViewModel;
import app.groundwork.ui.goals.StepRow;
import app.groundwork.ui.review.ReviewViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The first screen: a quiet start to the day. */
public final class TodayView extends ScrollPane {
    /**
     * Where Today's buttons lead.
     *
     * @param takeAssessment  opens the Self-assessments screen at an instrument's questions
     * @param openSupport     opens the support panel
     * @param closeExperiment opens the Goals screen at an experiment's "how did it go?"
     * @param openReview      opens the weekly review
     * @param openCard        opens the library at a card, by its id
     * @param openPractice    opens a practice, by its id
     */
    public record Routes(Runnable startCheckIn, Runnable startReframe, Runnable openJournal,
                         Consumer<Instrument> takeAssessment, Runnable openSupport, Runnable openGoals, Runnable openWins,
                         Consumer<Goal> closeExperiment, Runnable openReview, Consumer<String> openCard,
                         Consumer<String> openPractice) {
    }

    public TodayView(TodayViewModel model, LookBackModel lookBack, GoalsViewModel goals, ReviewViewModel review,
                     Routes routes) {
        Runnable startCheckIn = routes.startCheckIn();
        Runnable startReframe = routes.startReframe();
        Runnable openJournal = routes.openJournal();
        Consumer<Instrument> takeAssessment = routes.takeAssessment();
        Runnable openSupport = routes.openSupport();
        getStyleClass().add("screen-scroll");
        setFitToWidth(true);
        ScrollIntoView.install(this);

        Label greeting = new Label();
        greeting.setId("today-greeting");
        greeting.getStyleClass().add("screen-title");
        greeting.textProperty().bind(model.greetingProperty());
        Label date = new Label();
        date.getStyleClass().add("muted");
        date.textProperty().bind(model.dateLineProperty());

        Label state = new Label();
        state.setId("today-checkin-state");
        state.setWrapText(true);
        state.getStyleClass().add("state-text");
        state.textProperty().bind(model.checkInStateProperty());
        Button start = new Button();
        start.setId("today-start-checkin");
        start.getStyleClass().add("accent");
        start.textProperty().bind(Bindings.when(model.checkInsTodayProperty().isEqualTo(0))
                .then(Messages.get("today.checkin.start")).otherwise(Messages.get("today.checkin.another")));
        start.setOnAction(event -> startCheckIn.run());
        Button reframe = new Button(Messages.get("today.reframe"));
        reframe.setId("today-start-reframe");
        reframe.setOnAction(event -> startReframe.run());
        VBox checkIn = new VBox(10, state, new HBox(8, start, reframe));
        checkIn.getStyleClass().add("card");

        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        VBox page = new VBox(18, new VBox(4, greeting, date), problem, nudgeBox(model, openSupport), checkIn,
                reviewBox(review, routes.openReview()), stepsBox(goals, routes), lookBackBox(lookBack), remindersBox(model, takeAssessment), suggestionBox(model, routes), cardBox(model, routes.openCard()),
                recentBox(model, openJournal));
        page.getStyleClass().add("screen");
        setContent(page);
    }

    /** The gentle suggestion to talk to a professional; it sits above the check-in so it is seen, not pushed. */
    private static Node nudgeBox(TodayViewModel model, Runnable openSupport) {
        Label kicker = Ui.text("today.nudge.kicker", "kicker");
        Label text = new Label();
        text.setId("today-nudge-text");
        text.setWrapText(true);
        text.textProperty().bind(model.nudgeTextProperty());
        Label therapyTitle = Ui.text("today.nudge.therapy", "emphasis");
        Label therapy = new Label();
        therapy.setId("today-nudge-therapy");
        therapy.setWrapText(true);
        therapy.textProperty().bind(model.therapyTextProperty());
        VBox therapyBox = new VBox(4, therapyTitle, therapy);
        therapyBox.visibleProperty().bind(model.therapyTextProperty().isNotEmpty());
        therapyBox.managedProperty().bind(therapyBox.visibleProperty());
        Button support = new Button(Messages.get("today.nudge.support"));
        support.setId("today-nudge-support");
        support.setAccessibleText(Messages.get("today.nudge.support.accessible"));
        support.setOnAction(event -> openSupport.run());
        Button hide = new Button(Messages.get("today.nudge.hide"));
        hide.setId("today-nudge-hide");
        hide.getStyleClass().add("flat");
        hide.setAccessibleText(Messages.get("today.nudge.hide.accessible"));
        hide.setOnAction(event -> model.hideNudge());
        HBox buttons = new HBox(8, support, hide);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, kicker, text, therapyBox, buttons);
        box.setId("today-nudge");
        box.getStyleClass().addAll("card", "nudge-card");
        box.visibleProperty().bind(model.nudgeProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** On the day the person chose for it, a quiet invitation to the weekly review until this week's is written. */
    private static Node reviewBox(ReviewViewModel review, Runnable openReview) {
        Label kicker = Ui.text("today.review.kicker", "kicker");
        Label text = Ui.text("today.review.text");
        Button open = new Button(Messages.get("today.review.open"));
        open.setId("today-open-review");
        open.setOnAction(event -> openReview.run());
        VBox box = new VBox(8, kicker, text, open);
        box.setId("today-review");
        box.getStyleClass().add("card");
        Ui.showWhen(box, review.todayIsReviewDayProperty().and(review.savedAnswerProperty().isEmpty()));
        return box;
    }

    /**
     * Today's steps, marked in place, and the evidence counter: this week's wins. With nothing set yet it offers a
     * first small step instead.
     */
    private static Node stepsBox(GoalsViewModel goals, Routes routes) {
        Label kicker = Ui.text("today.steps.kicker", "kicker");
        VBox rows = new VBox(6);
        rows.setId("today-steps");
        StepRow.Actions actions = new StepRow.Actions() {
            @Override
            public void mark(Goal goal, GoalOutcome outcome) {
                goals.mark(goal, outcome);
            }

            @Override
            public void unmark(Goal goal) {
                goals.unmark(goal);
            }

            @Override
            public void close(Goal experiment) {
                routes.closeExperiment().accept(experiment);
            }
        };
        Runnable fill = () -> {
            List<Node> shown = new ArrayList<>();
            for (DueGoal item : goals.today()) {
                shown.add(StepRow.of(item, goals.words(), actions));
            }
            rows.getChildren().setAll(shown);
        };
        goals.today().addListener((ListChangeListener<DueGoal>) change -> fill.run());
        fill.run();
        Label none = Ui.text("today.steps.none", "muted");
        none.visibleProperty().bind(Bindings.isEmpty(goals.today()));
        none.managedProperty().bind(none.visibleProperty());

        Label evidence = new Label();
        evidence.setId("today-wins-week");
        // the counter stands out once there is something to count; before that it is a quiet line
        Runnable tone = () -> evidence.getStyleClass().setAll("label", goals.winsThisWeekProperty().get() > 0 ? "evidence-count" : "muted");
        goals.winsThisWeekProperty().addListener((obs, old, count) -> tone.run());
        tone.run();
        evidence.setWrapText(true);
        evidence.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("today.steps.wins", goals.winsThisWeekProperty().get()), goals.winsThisWeekProperty()));
        Button wins = new Button(Messages.get("today.steps.seeWins"));
        wins.setId("today-open-wins");
        wins.getStyleClass().add("flat");
        wins.setOnAction(event -> routes.openWins().run());
        Button open = new Button(Messages.get("today.steps.openGoals"));
        open.setId("today-open-goals");
        open.getStyleClass().add("flat");
        open.setOnAction(event -> routes.openGoals().run());
        HBox footer = new HBox(8, evidence, wins, open);
        footer.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(evidence, Priority.ALWAYS);
        evidence.setMaxWidth(Double.MAX_VALUE);

        Label problem = Ui.line(goals.problemProperty(), "problem");
        problem.setId("today-steps-problem");
        VBox box = new VBox(10, kicker, none, rows, problem, footer);
        box.setId("today-steps-card");
        box.getStyleClass().add("card");
        return box;
    }

    /** A thought reframed a few days ago, asked about once: how much is it believed now? */
    private static Node lookBackBox(LookBackModel model) {
        Label kicker = Ui.text("today.lookBack.kicker", "kicker");
        Label text = new Label();
        text.setId("today-look-back-text");
        text.setWrapText(true);
        text.textProperty().bind(model.textProperty());
        Label question = Ui.text("today.lookBack.question", "emphasis");
        Slider slider = new Slider(0, 100, 50);
        slider.setId("today-look-back-belief");
        slider.setBlockIncrement(5);
        slider.setMajorTickUnit(25);
        slider.setShowTickMarks(true);
        slider.setAccessibleText(Messages.get("reframe.belief.accessible"));
        slider.valueProperty().addListener((obs, old, value) -> model.beliefProperty().set((int) Math.round(value.doubleValue())));
        model.dueProperty().addListener((obs, old, due) -> slider.setValue(50));
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label value = new Label();
        value.setMinWidth(90);
        value.textProperty().bind(Bindings.createStringBinding(() -> model.beliefProperty().get() == null
                ? Messages.get("reframe.belief.unrated") : Messages.get("reframe.belief.value", model.beliefProperty().get()),
                model.beliefProperty()));
        HBox rating = new HBox(10, slider, value);
        rating.setAlignment(Pos.CENTER_LEFT);
        Button save = new Button(Messages.get("today.lookBack.save"));
        save.setId("today-look-back-save");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> model.answer());
        Button letGo = new Button(Messages.get("today.lookBack.letGo"));
        letGo.setId("today-look-back-let-go");
        letGo.getStyleClass().add("flat");
        letGo.setOnAction(event -> model.letGo());
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox asking = new VBox(8, text, question, rating, problem, new HBox(8, save, letGo));
        asking.visibleProperty().bind(model.dueProperty().isNotNull());
        asking.managedProperty().bind(asking.visibleProperty());
        Label answered = new Label();
        answered.setId("today-look-back-answered");
        answered.setWrapText(true);
        answered.textProperty().bind(model.answeredProperty());
        answered.visibleProperty().bind(model.answeredProperty().isNotEmpty());
        answered.managedProperty().bind(answered.visibleProperty());
        VBox box = new VBox(8, kicker, answered, asking);
        box.setId("today-look-back");
        box.getStyleClass().add("card");
        box.visibleProperty().bind(model.dueProperty().isNotNull().or(model.answeredProperty().isNotEmpty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Self-assessments whose reminder is due: one line each with a way straight to the questions, never a badge. */
    private static Node remindersBox(TodayViewModel model, Consumer<Instrument> takeAssessment) {
        Label kicker = Ui.text("today.reminders.kicker", "kicker");
        VBox lines = new VBox(8);
        Label hint = Ui.text("today.reminders.hint", "muted", "small");
        VBox box = new VBox(10, kicker, lines, hint);
        box.setId("today-reminders");
        box.getStyleClass().addAll("card", "reminder-card");
        Runnable fill = () -> {
            lines.getChildren().clear();
            for (TodayViewModel.Reminder reminder : model.reminders()) {
                Label text = Ui.plain(reminder.text());
                text.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(text, Priority.ALWAYS);
                Button take = new Button(Messages.get("today.reminder.take"));
                take.setId("today-take-" + reminder.instrument().id());
                take.setMinWidth(Region.USE_PREF_SIZE);
                take.setAccessibleText(Messages.get("today.reminder.take.accessible", reminder.instrument().shortName()));
                take.setOnAction(event -> takeAssessment.accept(reminder.instrument()));
                HBox line = new HBox(12, text, take);
                line.setAlignment(Pos.CENTER_LEFT);
                lines.getChildren().add(line);
            }
        };
        model.reminders().addListener((ListChangeListener<TodayViewModel.Reminder>) change -> fill.run());
        fill.run();
        box.visibleProperty().bind(Bindings.isNotEmpty(model.reminders()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** One practice to try, chosen from the latest check-in, with why; or a small step from the ladder. */
    private static Node suggestionBox(TodayViewModel model, Routes routes) {
        Label kicker = Ui.text("today.suggestion.kicker", "kicker");
        Label why = new Label();
        why.setId("today-suggestion-why");
        why.setWrapText(true);
        Button open = new Button();
        open.setId("today-suggestion-open");
        Runnable fill = () -> {
            PracticeSuggestion suggested = model.suggestionProperty().get();
            if (suggested == null) {
                return;
            }
            why.setText(Messages.get(suggested.reasonKey()));
            open.setText(suggested.kind() == PracticeSuggestion.Kind.LADDER ? Messages.get("today.suggestion.ladder")
                    : Messages.get("today.suggestion.open"));
        };
        model.suggestionProperty().addListener((obs, old, now) -> fill.run());
        fill.run();
        open.setOnAction(event -> {
            PracticeSuggestion suggested = model.suggestionProperty().get();
            if (suggested == null) {
                return;
            }
            if (suggested.kind() == PracticeSuggestion.Kind.LADDER) {
                routes.openGoals().run();
            } else {
                routes.openPractice().accept(suggested.practiceId());
            }
        });
        VBox box = new VBox(8, kicker, why, open);
        box.setId("today-suggestion");
        box.getStyleClass().add("card");
        Ui.showWhen(box, model.suggestionProperty().isNotNull());
        return box;
    }

    private static Node cardBox(TodayViewModel model, Consumer<String> openCard) {
        Label kicker = Ui.text("today.card.kicker", "kicker");
        Label title = new Label();
        title.getStyleClass().add("card-title");
        Label summary = new Label();
        summary.setWrapText(true);
        Label body = new Label();
        body.setWrapText(true);
        body.setVisible(false);
        body.managedProperty().bind(body.visibleProperty());
        Button more = new Button(Messages.get("today.card.more"));
        more.getStyleClass().add("flat");
        more.setOnAction(event -> {
            body.setVisible(!body.isVisible());
            more.setText(Messages.get(body.isVisible() ? "today.card.less" : "today.card.more"));
        });
        Button library = new Button(Messages.get("today.card.library"));
        library.setId("today-card-library");
        library.getStyleClass().add("flat");
        library.setOnAction(event -> {
            Card shown = model.cardProperty().get();
            if (shown != null) {
                openCard.accept(shown.id());
            }
        });
        model.cardProperty().addListener((obs, old, card) -> show(card, title, summary, body));
        show(model.cardProperty().get(), title, summary, body);
        VBox box = new VBox(8, kicker, title, summary, body, new HBox(8, more, library));
        box.setId("today-card");
        box.getStyleClass().addAll("card", "reading-card");
        box.visibleProperty().bind(model.cardProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static void show(Card card, Label title, Label summary, Label body) {
        if (card == null) {
            return;
        }
        title.setText(card.title());
        summary.setText(card.summary());
        body.setText(card.body());
    }

    private static Node recentBox(TodayViewModel model, Runnable openJournal) {
        Label title = Ui.text("today.recent", "section-title");
        Button all = new Button(Messages.get("today.recent.all"));
        all.getStyleClass().add("flat");
        all.setOnAction(event -> openJournal.run());
        HBox header = new HBox(10, title, all);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);

        ListView<app.groundwork.domain.JournalEntry> list = new ListView<>(model.recent());
        list.setId("today-recent");
        list.setCellFactory(view -> new EntryCell(true));
        list.setFocusTraversable(true);
        list.setPrefHeight(300);
        list.setPlaceholder(Ui.text("today.recent.empty", "muted"));
        list.setAccessibleText(Messages.get("today.recent"));
        return new VBox(8, header, list);
    }
}
