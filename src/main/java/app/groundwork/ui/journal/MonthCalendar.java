package app.groundwork.ui.journal;

import app.groundwork.Messages;
import app.groundwork.domain.DaySummary;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A month of days. Days with entries are shaded, more deeply on brighter days, with neutral theme colours only:
 * a low day is shown as lighter, never as red.
 */
final class MonthCalendar extends VBox {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.getDefault());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.getDefault());

    private final ObjectProperty<YearMonth> month;
    private final ObservableMap<LocalDate, DaySummary> days;
    private final Consumer<LocalDate> onDay;
    private final GridPane grid = new GridPane();
    private final Label title = new Label();

    private final javafx.beans.value.ObservableValue<LocalDate> chosenDay;

    /**
     * @param chosenDay the single day the list shows, if it shows one; that day is marked
     */
    MonthCalendar(ObjectProperty<YearMonth> month, ObservableMap<LocalDate, DaySummary> days,
                  javafx.beans.value.ObservableValue<LocalDate> chosenDay, Consumer<LocalDate> onDay) {
        this.month = month;
        this.chosenDay = chosenDay;
        this.days = days;
        this.onDay = onDay;
        getStyleClass().add("month-calendar");
        setSpacing(8);
        Button previous = new Button("‹");
        previous.getStyleClass().add("flat");
        previous.setAccessibleText(Messages.get("journal.calendar.previous"));
        previous.setOnAction(event -> month.set(month.get().minusMonths(1)));
        Button next = new Button("›");
        next.getStyleClass().add("flat");
        next.setAccessibleText(Messages.get("journal.calendar.next"));
        next.setOnAction(event -> month.set(month.get().plusMonths(1)));
        title.getStyleClass().add("calendar-title");
        title.setMaxWidth(Double.MAX_VALUE);
        title.setAlignment(Pos.CENTER);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox header = new HBox(4, previous, title, next);
        header.setAlignment(Pos.CENTER);
        for (int column = 0; column < 7; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / 7);
            constraints.setHalignment(javafx.geometry.HPos.CENTER);
            grid.getColumnConstraints().add(constraints);
        }
        grid.setHgap(2);
        grid.setVgap(2);
        getChildren().addAll(header, grid);
        month.addListener((obs, old, shown) -> draw());
        days.addListener((MapChangeListener<LocalDate, DaySummary>) change -> draw());
        chosenDay.addListener((obs, old, day) -> draw());
        draw();
    }

    private void draw() {
        YearMonth shown = month.get();
        title.setText(MONTH.format(shown));
        grid.getChildren().clear();
        DayOfWeek firstDay = WeekFields.of(Locale.getDefault()).getFirstDayOfWeek();
        for (int column = 0; column < 7; column++) {
            Label name = new Label(firstDay.plus(column).getDisplayName(TextStyle.SHORT_STANDALONE, Locale.getDefault()));
            name.getStyleClass().add("weekday");
            grid.add(name, column, 0);
        }
        int offset = Math.floorMod(shown.atDay(1).getDayOfWeek().getValue() - firstDay.getValue(), 7);
        for (int day = 1; day <= shown.lengthOfMonth(); day++) {
            LocalDate date = shown.atDay(day);
            int cell = offset + day - 1;
            grid.add(dayButton(date), cell % 7, 1 + cell / 7);
        }
    }

    private Button dayButton(LocalDate date) {
        Button button = new Button(String.valueOf(date.getDayOfMonth()));
        button.getStyleClass().add("calendar-day");
        button.setMaxWidth(Double.MAX_VALUE);
        DaySummary summary = days.get(date);
        if (summary == null) {
            button.setAccessibleText(Messages.get("journal.calendar.dayEmpty", DAY.format(date)));
        } else {
            button.getStyleClass().add("has-entries");
            if (summary.meanMood() != null) {
                button.getStyleClass().add("mood-" + Math.min(5, (int) Math.ceil(summary.meanMood() / 2)));
            }
            button.setAccessibleText(Messages.get("journal.calendar.day", DAY.format(date), summary.entries()));
        }
        if (date.equals(chosenDay.getValue())) {
            button.getStyleClass().add("chosen");
        }
        if (date.equals(LocalDate.now())) {
            button.getStyleClass().add("today");
        }
        button.setOnAction(event -> onDay.accept(date));
        return button;
    }
}
