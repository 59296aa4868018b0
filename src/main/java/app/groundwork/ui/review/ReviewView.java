package app.groundwork.ui.review;

import app.groundwork.Messages;
import app.groundwork.ui.common.ScrollIntoView;
import app.groundwork.ui.common.Ui;
import app.groundwork.ui.review.ReviewViewModel.CategoryRow;
import app.groundwork.ui.review.ReviewViewModel.ReframeRow;
import app.groundwork.ui.review.ReviewViewModel.WinRow;
import java.time.DayOfWeek;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The weekly review, top to bottom: which week it is with earlier and later weeks on either side and the review day,
 * a kind word when the week is empty, this week's mood and self-trust beside last week's, the wins, the thoughts
 * looked at again, the steps done by part of life, and the week's question with the answer (Ctrl+Enter saves it).
 */
public final class ReviewView extends ScrollPane {
    private final ReviewViewModel model;
    private final TextArea answer = new TextArea();

    public ReviewView(ReviewViewModel model) {
        this.model = model;
        getStyleClass().add("screen-scroll");
        setFitToWidth(true);
        ScrollIntoView.install(this);

        Label intro = Ui.text("review.intro", "muted", "screen-intro");
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Label problem = Ui.line(model.loadProblemProperty(), "problem");
        problem.setId("review-load-problem");
        Label empty = Ui.line(model.emptyTextProperty(), "review-empty");
        empty.setId("review-empty");
        Ui.showWhen(empty, model.loadedProperty().and(model.emptyProperty()));

        VBox page = new VBox(22, new VBox(6, Ui.heading("review.title"), intro), weekBar(), problem, empty, compare(),
                list("review-wins", "review.wins.title", model.wins(), ReviewView::win),
                list("review-reframes", "review.reframes.title", model.reframes(), ReviewView::reframe),
                list("review-goals", "review.goals.title", model.categories(), ReviewView::category),
                questionCard());
        page.getStyleClass().addAll("screen", "review-screen");
        setContent(page);
    }

    // ---- the week and the review day ----------------------------------------------------------------------------

    private Node weekBar() {
        Button earlier = new Button(Messages.get("review.previous"));
        earlier.setId("review-previous");
        earlier.getStyleClass().add("flat");
        earlier.setAccessibleText(Messages.get("review.previous.accessible"));
        earlier.setOnAction(event -> model.earlierWeek());
        earlier.disableProperty().bind(model.loadedProperty().not());

        Button later = new Button(Messages.get("review.next"));
        later.setId("review-next");
        later.getStyleClass().add("flat");
        later.setAccessibleText(Messages.get("review.next.accessible"));
        later.setOnAction(event -> model.laterWeek());
        later.disableProperty().bind(model.canGoLaterProperty().not());

        Label title = new Label();
        title.setId("review-week-title");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(model.weekTitleProperty());
        Label range = new Label();
        range.setId("review-week");
        range.getStyleClass().add("muted");
        range.textProperty().bind(model.weekRangeProperty());
        VBox week = new VBox(2, title, range);
        week.setAlignment(Pos.CENTER);
        week.setMinWidth(Region.USE_PREF_SIZE);

        ComboBox<DayOfWeek> day = new ComboBox<>();
        day.setId("review-day");
        day.getItems().setAll(ReviewViewModel.weekdays());
        day.setConverter(new StringConverter<>() {
            @Override
            public String toString(DayOfWeek value) {
                return value == null ? "" : ReviewViewModel.weekdayName(value);
            }

            @Override
            public DayOfWeek fromString(String text) {
                return day.getItems().stream().filter(value -> toString(value).equals(text)).findFirst().orElse(null);
            }
        });
        day.valueProperty().bindBidirectional(model.reviewDayProperty());
        day.setAccessibleText(Messages.get("review.day.accessible"));
        Label today = Ui.text("review.day.today", "muted", "small");
        today.setId("review-day-today");
        Ui.showWhen(today, model.todayIsReviewDayProperty());
        VBox dayField = new VBox(4, Ui.field("review.day.label", day), today);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(14, earlier, week, later, spacer, dayField);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("review-week-bar");
        return bar;
    }

    // ---- this week and last ---------------------------------------------------------------------------------------

    private Node compare() {
        Label mood = Ui.line(model.moodLineProperty(), "review-figure");
        mood.setId("review-mood");
        Label moodCompare = Ui.line(model.moodCompareProperty(), "muted");
        moodCompare.setId("review-mood-compare");
        Label trust = Ui.line(model.selfTrustLineProperty(), "review-figure");
        trust.setId("review-self-trust");
        Label trustCompare = Ui.line(model.selfTrustCompareProperty(), "muted");
        trustCompare.setId("review-self-trust-compare");
        VBox card = new VBox(10, Ui.text("review.compare.title", "card-title"), Ui.text("review.compare.hint", "muted", "small"),
                new VBox(2, mood, moodCompare), new VBox(2, trust, trustCompare));
        card.setId("review-compare");
        card.getStyleClass().add("card");
        Ui.showWhen(card, model.hasCheckInsProperty());
        return card;
    }

    // ---- the week's lists -----------------------------------------------------------------------------------------

    /** A card with a title and one line per item, shown only while there are items. */
    private static <T> Node list(String id, String titleKey, ObservableList<T> items, Function<T, Node> line) {
        VBox rows = new VBox(8);
        rows.setId(id + "-list");
        Runnable fill = () -> rows.getChildren().setAll(items.stream().map(line).toList());
        items.addListener((ListChangeListener<T>) change -> fill.run());
        fill.run();
        VBox card = new VBox(10, Ui.text(titleKey, "card-title"), rows);
        card.setId(id);
        card.getStyleClass().add("card");
        Ui.showWhen(card, Bindings.isNotEmpty(items));
        return card;
    }

    private static Node win(WinRow row) {
        VBox box = new VBox(2, Ui.plain(row.title(), "review-row-title"), Ui.plain(row.meta(), "muted", "small"));
        box.getStyleClass().add("review-row");
        return box;
    }

    private static Node reframe(ReframeRow row) {
        VBox box = new VBox(3, Ui.plain(row.thought(), "review-row-title"));
        if (!row.change().isEmpty()) {
            box.getChildren().add(Ui.plain(row.change(), "muted", "small"));
        }
        if (!row.answer().isEmpty()) {
            box.getChildren().add(Ui.plain(row.answer(), "review-reframe-answer"));
        }
        box.setId("review-reframe-" + row.id());
        box.getStyleClass().add("review-row");
        return box;
    }

    private static Node category(CategoryRow row) {
        return Ui.plain(row.text(), "review-row");
    }

    // ---- the question and the answer --------------------------------------------------------------------------------

    private Node questionCard() {
        Label question = new Label();
        question.setId("review-question");
        question.getStyleClass().add("review-question");
        question.setWrapText(true);
        question.textProperty().bind(model.questionProperty());
        question.setMinHeight(Region.USE_PREF_SIZE);

        answer.setId("review-answer");
        answer.setWrapText(true);
        answer.setPrefRowCount(5);
        answer.setPromptText(Messages.get("review.answer.prompt"));
        answer.setAccessibleText(Messages.get("review.answer.accessible"));
        answer.textProperty().bindBidirectional(model.answerProperty());
        question.setLabelFor(answer);

        Label unsaved = Ui.text("review.answer.unsaved", "muted", "small");
        unsaved.setId("review-unsaved");
        Ui.showWhen(unsaved, model.unsavedProperty());
        Label savedOn = Ui.line(model.savedOnProperty(), "muted");
        savedOn.setId("review-saved-on");
        Ui.showWhen(savedOn, Bindings.isNotEmpty(model.savedOnProperty()).and(model.unsavedProperty().not()));
        Label problem = Ui.line(model.problemProperty(), "problem");
        problem.setId("review-problem");
        Label status = Ui.line(model.statusProperty(), "status-line");
        status.setId("review-status");

        Button save = new Button(Messages.get("review.save"));
        save.setId("review-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.busyProperty().or(model.loadedProperty().not()));
        save.setOnAction(event -> model.save());
        HBox actions = new HBox(14, save, Ui.text("review.shortcut", "muted", "small"));
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(12, Ui.text("review.question.kicker", "kicker"), question, answer, unsaved, savedOn, problem,
                status, actions);
        card.setId("review-question-card");
        card.getStyleClass().addAll("card", "review-question-card");
        card.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                model.save();
            }
        });
        return card;
    }
}
