package app.groundwork.ui.progress;

import app.groundwork.Messages;
import app.groundwork.domain.DateRange;
import app.groundwork.domain.ProgressData;
import app.groundwork.domain.ReportSection;
import app.groundwork.service.ProgressService;
import app.groundwork.service.ReportService;
import app.groundwork.ui.common.Failures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Progress screen's range and the figures for it. Choosing a span reads the figures again; an answer that
 * arrives after a newer choice is dropped, so the charts always show the range on the buttons. No controls here, so
 * it is tested without a display.
 */
public final class ProgressViewModel {
    /** The spans the screen offers; the fixed ones end today. */
    public enum Span {
        WEEK(7), MONTH(30), QUARTER(91), YEAR(365), ALL(0), CUSTOM(0);

        private final int days;

        Span(int days) {
            this.days = days;
        }

        /** The key of the span's name in the messages. */
        public String labelKey() {
            return "progress.span." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final ProgressService progress;
    private final ReportService reports;
    private final Executor ui;
    private final ObjectProperty<Span> span = new SimpleObjectProperty<>(this, "span", Span.MONTH);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>(this, "customFrom");
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>(this, "customTo");
    private final ReadOnlyObjectWrapper<ProgressData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper rangeLine = new ReadOnlyStringWrapper(this, "rangeLine", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper emptyLine = new ReadOnlyStringWrapper(this, "emptyLine", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final Map<ReportSection, BooleanProperty> sections = new EnumMap<>(ReportSection.class);
    private final ReadOnlyStringWrapper reportStatus = new ReadOnlyStringWrapper(this, "reportStatus", "");
    private final ReadOnlyBooleanWrapper reporting = new ReadOnlyBooleanWrapper(this, "reporting");
    private long asked;

    public ProgressViewModel(ProgressService progress, ReportService reports, Executor ui) {
        this.progress = progress;
        this.reports = reports;
        this.ui = ui;
        for (ReportSection section : ReportSection.values()) {
            sections.put(section, new SimpleBooleanProperty(this, section.id(), ReportSection.DEFAULTS.contains(section)));
        }
        LocalDate today = progress.today();
        customFrom.set(today.minusDays(Span.MONTH.days - 1L));
        customTo.set(today);
        span.addListener((obs, old, now) -> refresh());
    }

    /** The span chosen; changing it reads the figures again (a custom range waits for {@link #showCustom()}). */
    public ObjectProperty<Span> spanProperty() {
        return span;
    }

    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }

    /** The figures of the range on show; {@code null} until the first ones arrive. */
    public ReadOnlyObjectProperty<ProgressData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** "14 Feb 2026 – 14 Mar 2026 · 29 days". */
    public ReadOnlyStringProperty rangeLineProperty() {
        return rangeLine.getReadOnlyProperty();
    }

    /** Why the range could not be shown: a custom range the wrong way round, or the journal out of reach. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** A kind line when the range holds nothing yet; empty otherwise. */
    public ReadOnlyStringProperty emptyLineProperty() {
        return emptyLine.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Whether the report includes {@code section}; the person's own notes are left out until they choose them. */
    public BooleanProperty sectionProperty(ReportSection section) {
        return sections.get(section);
    }

    /** What became of the last report: where it was written, or why it could not be. */
    public ReadOnlyStringProperty reportStatusProperty() {
        return reportStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reportingProperty() {
        return reporting.getReadOnlyProperty();
    }

    /** Writes the report of the range on show, with the chosen sections, to {@code file}. */
    public CompletableFuture<Void> makeReport(Path file) {
        ProgressData shown = data.get();
        Set<ReportSection> chosen = EnumSet.noneOf(ReportSection.class);
        sections.forEach((section, on) -> {
            if (on.get()) {
                chosen.add(section);
            }
        });
        if (shown == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (chosen.isEmpty()) {
            reportStatus.set(Messages.get("progress.report.nothingChosen"));
            return CompletableFuture.completedFuture(null);
        }
        reporting.set(true);
        reportStatus.set(Messages.get("progress.report.writing"));
        return reports.write(shown.range(), chosen, file).handleAsync((written, failure) -> {
            reporting.set(false);
            if (failure != null) {
                Throwable cause = Failures.unwrap(failure);
                System.getLogger("groundwork").log(System.Logger.Level.WARNING, "the report was not written", cause);
                reportStatus.set(Messages.get("progress.report.failed", file.getFileName()));
                return null;
            }
            reportStatus.set(Messages.get(chosen.contains(ReportSection.NOTES) ? "progress.report.doneWithNotes"
                    : "progress.report.done", written));
            return null;
        }, ui);
    }

    /** Shows the custom range typed in. */
    public CompletableFuture<Void> showCustom() {
        if (span.get() != Span.CUSTOM) {
            span.set(Span.CUSTOM);
            return CompletableFuture.completedFuture(null);
        }
        return refresh();
    }

    /** Reads the figures of the chosen span. */
    public CompletableFuture<Void> refresh() {
        long ask = ++asked;
        CompletableFuture<DateRange> range;
        LocalDate today = progress.today();
        switch (span.get()) {
            case ALL -> range = progress.allTime();
            case CUSTOM -> {
                String wrong = customProblem(customFrom.get(), customTo.get(), today);
                if (!wrong.isEmpty()) {
                    problem.set(wrong);
                    return CompletableFuture.completedFuture(null);
                }
                range = CompletableFuture.completedFuture(new DateRange(customFrom.get(), customTo.get()));
            }
            default -> range = CompletableFuture.completedFuture(new DateRange(today.minusDays(span.get().days - 1L), today));
        }
        loading.set(true);
        return range.thenCompose(progress::load).handleAsync((loaded, failure) -> {
            if (ask != asked) {
                return null;
            }
            loading.set(false);
            if (failure != null) {
                problem.set(Failures.describe(failure, "action.progress"));
                return null;
            }
            problem.set("");
            data.set(loaded);
            rangeLine.set(rangeWords(loaded.range()));
            emptyLine.set(loaded.empty() ? Messages.get("progress.empty") : "");
            return null;
        }, ui);
    }

    /** What is wrong with a custom range, in words; empty when it can be shown. */
    static String customProblem(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null || to == null) {
            return Messages.get("progress.custom.incomplete");
        }
        if (to.isBefore(from)) {
            return Messages.get("progress.custom.backwards", date(from), date(to));
        }
        if (from.isAfter(today)) {
            return Messages.get("progress.custom.future", date(from));
        }
        return "";
    }

    static String rangeWords(DateRange range) {
        return Messages.get("progress.range", date(range.from()), date(range.to()), range.days());
    }

    private static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault()).format(date);
    }
}
