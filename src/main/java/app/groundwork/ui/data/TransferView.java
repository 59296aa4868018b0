package app.groundwork.ui.data;

import app.groundwork.Messages;
import app.groundwork.domain.transfer.ExportFormat;
import app.groundwork.domain.transfer.ImportFormat;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Moving the journal, for Settings → Data: "Take your journal with you" (format, days, where, write) and "Bring entries
 * in" (format, file, the preview with Daylio's mood numbers, "Bring these in"). Build it with its model:
 * {@code new TransferView(new TransferViewModel(session.exports(), session.imports(), Platform::runLater))}.
 */
public final class TransferView extends VBox {
    private final TransferViewModel model;

    public TransferView(TransferViewModel model) {
        super(16);
        this.model = model;
        getStyleClass().add("transfer-view");
        setPadding(new Insets(4, 0, 4, 0));
        getChildren().addAll(exportPart(), importPart());
    }

    private VBox exportPart() {
        Label title = new Label(Messages.get("data.export.title"));
        title.getStyleClass().add("transfer-title");
        Label intro = wrapped(Messages.get("data.export.intro"));

        ComboBox<ExportFormat> format = new ComboBox<>();
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(names("data.export.format."));
        format.valueProperty().bindBidirectional(model.exportFormatProperty());
        format.setAccessibleText(Messages.get("data.export.format"));
        format.setId("export-format");

        CheckBox perDay = new CheckBox(Messages.get("data.export.perDay"));
        perDay.selectedProperty().bindBidirectional(model.perDayProperty());
        perDay.visibleProperty().bind(model.exportFormatProperty().isEqualTo(ExportFormat.MARKDOWN));
        perDay.managedProperty().bind(perDay.visibleProperty());

        DatePicker from = new DatePicker();
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.setPromptText(Messages.get("data.export.fromAll"));
        from.setAccessibleText(Messages.get("data.export.from"));
        DatePicker to = new DatePicker();
        to.valueProperty().bindBidirectional(model.toProperty());
        to.setPromptText(Messages.get("data.export.toAll"));
        to.setAccessibleText(Messages.get("data.export.to"));

        Button choose = new Button();
        choose.textProperty().bind(Bindings.when(model.exportIntoFolderProperty())
                .then(Messages.get("data.export.chooseFolderButton")).otherwise(Messages.get("data.export.chooseFileButton")));
        choose.setOnAction(event -> chooseExportTarget());
        Label target = new Label();
        target.textProperty().bind(Bindings.createStringBinding(() -> model.exportTargetProperty().get() == null
                ? Messages.get("data.export.noTarget") : model.exportTargetProperty().get().toString(), model.exportTargetProperty()));
        target.getStyleClass().add("transfer-path");

        Button write = new Button(Messages.get("data.export.write.button"));
        write.getStyleClass().add("accent");
        write.setId("export-write");
        write.disableProperty().bind(model.busyProperty());
        write.setOnAction(event -> model.export());
        Label message = wrapped("");
        message.textProperty().bind(model.exportMessageProperty());
        message.getStyleClass().add("transfer-message");
        message.setId("export-message");

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.get("data.export.format")), new HBox(10, format, perDay));
        form.addRow(1, new Label(Messages.get("data.export.days")), new HBox(8, from, new Label("–"), to));
        form.addRow(2, new Label(Messages.get("data.export.where")), new HBox(10, choose, target));
        return new VBox(8, title, intro, form, write, message);
    }

    private VBox importPart() {
        Label title = new Label(Messages.get("data.import.title"));
        title.getStyleClass().add("transfer-title");
        Label intro = wrapped(Messages.get("data.import.intro"));

        ComboBox<ImportFormat> format = new ComboBox<>();
        format.getItems().setAll(ImportFormat.values());
        format.setConverter(names("data.import.format."));
        format.valueProperty().bindBidirectional(model.importFormatProperty());
        format.setAccessibleText(Messages.get("data.import.format"));
        format.setId("import-format");

        Button choose = new Button(Messages.get("data.import.chooseFileButton"));
        choose.setOnAction(event -> chooseImportFile());
        Label file = new Label();
        file.textProperty().bind(Bindings.createStringBinding(() -> model.importFileProperty().get() == null
                ? Messages.get("data.import.noFile") : model.importFileProperty().get().toString(), model.importFileProperty()));
        file.getStyleClass().add("transfer-path");

        Label summary = wrapped("");
        summary.textProperty().bind(model.previewSummaryProperty());
        summary.setId("import-summary");
        VBox lines = new VBox(4);
        lines.getStyleClass().add("transfer-preview");
        model.previewLines().addListener((ListChangeListener<String>) change -> showLines(lines));
        FlowPane moods = new FlowPane(16, 8);
        moods.getStyleClass().add("transfer-moods");
        model.moods().addListener((ListChangeListener<TransferViewModel.MoodRow>) change -> showMoods(moods));
        Label moodsTitle = new Label(Messages.get("data.import.moods"));
        moodsTitle.visibleProperty().bind(Bindings.isNotEmpty(model.moods()));
        moodsTitle.managedProperty().bind(moodsTitle.visibleProperty());

        Button bringIn = new Button(Messages.get("data.import.bringIn"));
        bringIn.getStyleClass().add("accent");
        bringIn.setId("import-bring-in");
        bringIn.disableProperty().bind(model.canBringInProperty().not().or(model.busyProperty()));
        bringIn.setOnAction(event -> model.bringIn());
        Label message = wrapped("");
        message.textProperty().bind(model.importMessageProperty());
        message.getStyleClass().add("transfer-message");
        message.setId("import-message");

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.get("data.import.format")), format);
        form.addRow(1, new Label(Messages.get("data.import.file")), new HBox(10, choose, file));
        return new VBox(8, title, intro, form, summary, lines, moodsTitle, moods, bringIn, message);
    }

    private void showLines(VBox lines) {
        lines.getChildren().setAll(model.previewLines().stream().map(TransferView::wrapped).toList());
    }

    private void showMoods(FlowPane pane) {
        pane.getChildren().clear();
        for (TransferViewModel.MoodRow row : model.moods()) {
            Spinner<Integer> value = new Spinner<>(row.needed() && row.valueProperty().get() == 0 ? 0 : 1, 10,
                    row.valueProperty().get());
            value.setEditable(true);
            value.setPrefWidth(80);
            value.valueProperty().addListener((obs, old, number) -> {
                if (number != null && number >= 1) {
                    row.valueProperty().set(number);
                }
            });
            value.setAccessibleText(Messages.get("data.import.mood.accessible", row.name()));
            Label name = new Label(Messages.get("data.import.mood", row.name(), row.rows()));
            HBox one = new HBox(6, name, value);
            one.getStyleClass().add(row.needed() ? "transfer-mood-needed" : "transfer-mood");
            pane.getChildren().add(one);
        }
    }

    private void chooseExportTarget() {
        Window window = getScene() == null ? null : getScene().getWindow();
        File chosen;
        if (model.exportIntoFolderProperty().get()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.get("data.export.chooseFolderButton"));
            chosen = chooser.showDialog(window);
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("data.export.chooseFileButton"));
            chooser.setInitialFileName(model.suggestedFileName());
            chosen = chooser.showSaveDialog(window);
        }
        if (chosen != null) {
            model.exportTargetProperty().set(chosen.toPath());
        }
    }

    private void chooseImportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("data.import.chooseFileButton"));
        File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            Path file = chosen.toPath();
            model.importFileProperty().set(file);
        }
    }

    private static <T extends Enum<T>> StringConverter<T> names(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : Messages.get(prefix + value.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        };
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
