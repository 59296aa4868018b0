package app.groundwork.ui.data;

import app.groundwork.Messages;
import app.groundwork.domain.transfer.ArchivedEntry;
import app.groundwork.domain.transfer.ExportFormat;
import app.groundwork.domain.transfer.ImportFormat;
import app.groundwork.domain.transfer.ImportPreview;
import app.groundwork.domain.transfer.ParsedImport;
import app.groundwork.service.ExportService;
import app.groundwork.service.ImportService;
import app.groundwork.ui.common.Failures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings → Data, moving the journal: writing it out (format, range of days, where to) and bringing a file in (format,
 * file, a preview with Daylio's mood numbers to change, then "Bring these in"). Choosing files is the view's work; the
 * model is given the path. Every read and write runs on the journal's thread; results come back on {@code ui}.
 */
public final class TransferViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    /** A Daylio mood and the number it will be, which the person can change. */
    public static final class MoodRow {
        private final String name;
        private final int rows;
        private final IntegerProperty value;
        private final boolean needed;

        MoodRow(String name, int rows, Integer value) {
            this.name = name;
            this.rows = rows;
            this.needed = value == null;
            this.value = new SimpleIntegerProperty(this, "value", value == null ? 0 : value);
        }

        public String name() {
            return name;
        }

        public int rows() {
            return rows;
        }

        /** The number it maps to, 1–10; 0 while a mood of the person's own has none yet. */
        public IntegerProperty valueProperty() {
            return value;
        }

        /** True for a mood that had no number when the file was read. */
        public boolean needed() {
            return needed;
        }
    }

    private final ExportService exports;
    private final ImportService imports;
    private final Executor ui;
    private Runnable afterImport = () -> { };

    private final ObjectProperty<ExportFormat> exportFormat = new SimpleObjectProperty<>(this, "exportFormat", ExportFormat.JSON);
    private final BooleanProperty perDay = new SimpleBooleanProperty(this, "perDay");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Path> exportTarget = new SimpleObjectProperty<>(this, "exportTarget");
    private final ReadOnlyBooleanWrapper exportIntoFolder = new ReadOnlyBooleanWrapper(this, "exportIntoFolder");
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper(this, "exportMessage", "");

    private final ObjectProperty<ImportFormat> importFormat = new SimpleObjectProperty<>(this, "importFormat", ImportFormat.GROUNDWORK);
    private final ObjectProperty<Path> importFile = new SimpleObjectProperty<>(this, "importFile");
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper previewSummary = new ReadOnlyStringWrapper(this, "previewSummary", "");
    private final ObservableList<String> previewLines = FXCollections.observableArrayList();
    private final ObservableList<MoodRow> moods = FXCollections.observableArrayList();
    // one read-only view of each list, handed out every time, so listeners on it stay attached
    private final ObservableList<String> previewLinesView = FXCollections.unmodifiableObservableList(previewLines);
    private final ObservableList<MoodRow> moodsView = FXCollections.unmodifiableObservableList(moods);
    private final ReadOnlyStringWrapper importMessage = new ReadOnlyStringWrapper(this, "importMessage", "");
    private final ReadOnlyBooleanWrapper canBringIn = new ReadOnlyBooleanWrapper(this, "canBringIn");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public TransferViewModel(ExportService exports, ImportService imports, Executor ui) {
        this.exports = Objects.requireNonNull(exports);
        this.imports = Objects.requireNonNull(imports);
        this.ui = Objects.requireNonNull(ui);
        exportFormat.addListener((obs, old, format) -> exportChoiceChanged());
        perDay.addListener((obs, old, value) -> exportChoiceChanged());
        importFormat.addListener((obs, old, format) -> importChoiceChanged());
        importFile.addListener((obs, old, file) -> importChoiceChanged());
    }

    /** Run after an import has written something, so the other screens can read the journal again. */
    public void setAfterImport(Runnable action) {
        this.afterImport = Objects.requireNonNull(action);
    }

    // ---- export -----------------------------------------------------------------------------------------------

    public ObjectProperty<ExportFormat> exportFormatProperty() {
        return exportFormat;
    }

    /** Markdown only: one file per day, into a folder. */
    public BooleanProperty perDayProperty() {
        return perDay;
    }

    /** The first day to write out; {@code null} for the first entry. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day to write out; {@code null} for the last entry. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The file, or the folder when {@link #exportIntoFolderProperty()} is true, chosen by the person. */
    public ObjectProperty<Path> exportTargetProperty() {
        return exportTarget;
    }

    /** CSV and Markdown per day go into a folder; the others into one file. */
    public ReadOnlyBooleanProperty exportIntoFolderProperty() {
        return exportIntoFolder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }

    /** A name to offer in the file chooser: {@code groundwork-journal.json}, {@code groundwork-journal.md}. */
    public String suggestedFileName() {
        return exportFormat.get() == ExportFormat.MARKDOWN ? "groundwork-journal.md" : "groundwork-journal.json";
    }

    private void exportChoiceChanged() {
        boolean folder = exportFormat.get() == ExportFormat.CSV || (exportFormat.get() == ExportFormat.MARKDOWN && perDay.get());
        if (folder != exportIntoFolder.get()) {
            exportTarget.set(null);
        }
        exportIntoFolder.set(folder);
        exportMessage.set("");
    }

    /** Writes the journal out; the message says where, or what stopped it. */
    public CompletableFuture<Void> export() {
        Path target = exportTarget.get();
        if (target == null) {
            exportMessage.set(Messages.get(exportIntoFolder.get() ? "data.export.chooseFolder" : "data.export.chooseFile"));
            return CompletableFuture.completedFuture(null);
        }
        if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
            exportMessage.set(Messages.get("data.export.order"));
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        exportMessage.set(Messages.get("data.export.writing"));
        ExportFormat format = exportFormat.get();
        return exports.export(format, target, from.get(), to.get(), format == ExportFormat.MARKDOWN && perDay.get())
                .handleAsync((result, failure) -> {
                    busy.set(false);
                    if (failure != null && Failures.unwrap(failure) instanceof java.io.UncheckedIOException unwritten) {
                        exportMessage.set(Messages.get("data.export.write", target, unwritten.getCause().getMessage()));
                    } else if (failure != null) {
                        exportMessage.set(Failures.describe(failure, "data.action.export"));
                    } else {
                        exportMessage.set(Messages.get(result.files().size() == 1 ? "data.export.done" : "data.export.doneFiles",
                                result.entries(), result.files().size(), target));
                    }
                    return null;
                }, ui);
    }

    // ---- import -----------------------------------------------------------------------------------------------

    public ObjectProperty<ImportFormat> importFormatProperty() {
        return importFormat;
    }

    /** The file to bring in, chosen by the person; choosing one reads it for the preview. */
    public ObjectProperty<Path> importFileProperty() {
        return importFile;
    }

    /** What the file would bring in; {@code null} until a file has been read (or when it was refused). */
    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** "Would bring in 5 check-ins, from 29 Feb 2024 to 2 Mar 2024. Already in your journal: nothing." */
    public ReadOnlyStringProperty previewSummaryProperty() {
        return previewSummary.getReadOnlyProperty();
    }

    /** The first few entries, and anything changed on the way (an activity renamed to make a tag). */
    public ObservableList<String> previewLines() {
        return previewLinesView;
    }

    /** Daylio's moods with their numbers; changing one reads the file again. Empty for other formats. */
    public ObservableList<MoodRow> moods() {
        return moodsView;
    }

    /** Why a file was refused, what is still needed, or what came in. */
    public ReadOnlyStringProperty importMessageProperty() {
        return importMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canBringInProperty() {
        return canBringIn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void importChoiceChanged() {
        moods.clear();
        if (importFile.get() != null) {
            readPreview();
        } else {
            clearPreview("");
        }
    }

    /** Reads the chosen file again with the mood numbers as they stand now. */
    public CompletableFuture<Void> readPreview() {
        Path file = importFile.get();
        if (file == null) {
            clearPreview(Messages.get("data.import.chooseFile"));
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        canBringIn.set(false);
        importMessage.set(Messages.get("data.import.reading"));
        return imports.preview(file, importFormat.get(), chosenMoods()).handleAsync((found, failure) -> {
            busy.set(false);
            if (!file.equals(importFile.get())) {
                return null;
            }
            if (failure != null) {
                clearPreview(ImportService.describe(failure));
                return null;
            }
            show(found);
            return null;
        }, ui);
    }

    /** Brings the previewed file in, all in one go; the message says what came in or why nothing did. */
    public CompletableFuture<Void> bringIn() {
        Path file = importFile.get();
        if (file == null || !canBringIn.get()) {
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        canBringIn.set(false);
        importMessage.set(Messages.get("data.import.writing"));
        return imports.bringIn(file, importFormat.get(), chosenMoods()).handleAsync((result, failure) -> {
            busy.set(false);
            if (failure != null) {
                importMessage.set(ImportService.describe(failure));
                canBringIn.set(preview.get() != null && preview.get().ready());
                return null;
            }
            preview.set(null);
            previewSummary.set("");
            previewLines.clear();
            moods.clear();
            importMessage.set(Messages.get(result.restore() ? "data.import.restored" : "data.import.done",
                    ImportService.describe(result.imported()), ImportService.describe(result.skipped())));
            afterImport.run();
            return null;
        }, ui);
    }

    private Map<String, Integer> chosenMoods() {
        Map<String, Integer> chosen = new LinkedHashMap<>();
        for (MoodRow row : moods) {
            if (row.valueProperty().get() >= 1) {
                chosen.put(row.name(), row.valueProperty().get());
            }
        }
        return chosen;
    }

    private void clearPreview(String message) {
        preview.set(null);
        previewSummary.set("");
        previewLines.clear();
        canBringIn.set(false);
        importMessage.set(message);
    }

    private void show(ImportPreview found) {
        preview.set(found);
        String counts = ImportService.describe(found.toAdd());
        String summary = found.toAdd().total() == 0 ? Messages.get("data.import.nothingNew")
                : found.restore() ? Messages.get("data.import.summary.restore", counts)
                : Messages.get("data.import.summary", counts);
        if (found.firstDay() != null) {
            summary += " " + Messages.get("data.import.days", DAY.withLocale(Locale.getDefault()).format(found.firstDay()),
                    DAY.withLocale(Locale.getDefault()).format(found.lastDay()));
        }
        if (found.skipped().total() > 0) {
            summary += " " + Messages.get("data.import.skipped", ImportService.describe(found.skipped()));
        }
        previewSummary.set(summary);
        previewLines.setAll(found.firstFew().stream().map(TransferViewModel::line).toList());
        found.notes().forEach(note -> previewLines.add(ImportService.describe(note)));
        if (moods.isEmpty()) {
            for (ParsedImport.MoodUse use : found.moods()) {
                MoodRow row = new MoodRow(use.name(), use.rows(), use.value());
                row.valueProperty().addListener((obs, old, value) -> readPreview());
                moods.add(row);
            }
        }
        List<String> unmapped = found.unmappedMoods();
        canBringIn.set(found.ready());
        importMessage.set(unmapped.isEmpty() ? "" : Messages.get("data.import.moodsNeeded", String.join(", ", unmapped)));
    }

    /** "2 Mar 2024, 21:10 · Check-in · Dinner with Sam, finally" */
    static String line(ArchivedEntry entry) {
        String words = entry.note().strip().replaceAll("\\s+", " ");
        if (words.length() > 80) {
            words = words.substring(0, 80) + "…";
        }
        return Messages.get("data.import.entry", DAY.withLocale(Locale.getDefault()).format(entry.date()), entry.time(),
                Messages.get("data.kind." + entry.type().id()), words);
    }
}
