package app.groundwork.ui.progress.charts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** Days along the bottom of a chart: epoch days on a number axis, labelled as dates, bounds fixed to the range. */
final class DayAxis {
    /** Months in the labels once the axis covers more than this many days; single days below it. */
    private static final int MONTH_LABELS_FROM_DAYS = 100;
    /** Years alone in the labels beyond this many days. */
    private static final int YEAR_LABELS_FROM_DAYS = 1500;
    private static final int TICKS = 5;

    private DayAxis() {
    }

    static NumberAxis create() {
        NumberAxis axis = new NumberAxis();
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setAnimated(false);
        axis.getStyleClass().add("progress-day-axis");
        return axis;
    }

    /** From {@code from} to {@code to}, at least a week wide, with about five labelled days. */
    static void fit(NumberAxis axis, LocalDate from, LocalDate to) {
        long first = from.toEpochDay();
        long span = Math.max(6, to.toEpochDay() - first);
        axis.setLowerBound(first);
        axis.setUpperBound(first + span);
        axis.setTickUnit(Math.max(1, Math.ceil(span / (double) TICKS)));
        String pattern = span > YEAR_LABELS_FROM_DAYS ? "yyyy" : span > MONTH_LABELS_FROM_DAYS ? "MMM yyyy" : "d MMM";
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern, Locale.getDefault());
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return format.format(LocalDate.ofEpochDay(Math.round(epochDay.doubleValue())));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("the day axis is only read");
            }
        });
    }
}
