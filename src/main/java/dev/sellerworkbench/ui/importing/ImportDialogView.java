package dev.sellerworkbench.ui.importing;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.exchange.ImportKind;
import dev.sellerworkbench.exchange.ImportPreview;
import dev.sellerworkbench.exchange.RejectedRow;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.Fxml;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/// The import dialog: a file (chosen or dropped), its detected kind and format, a preview of the
/// first rows with the column mapping, strict mode, progress with cancel, and the rejected rows.
public final class ImportDialogView {

    @FXML
    private Label fileName;
    @FXML
    private Button chooseFile;
    @FXML
    private ComboBox<ImportKind> kind;
    @FXML
    private Label format;
    @FXML
    private CheckBox strict;
    @FXML
    private Label problem;
    @FXML
    private TableView<List<String>> preview;
    @FXML
    private ProgressBar progress;
    @FXML
    private Button cancel;
    @FXML
    private Button importButton;
    @FXML
    private Label summary;
    @FXML
    private TableView<RejectedRow> rejected;
    @FXML
    private TableColumn<RejectedRow, String> lineColumn;
    @FXML
    private TableColumn<RejectedRow, String> fieldColumn;
    @FXML
    private TableColumn<RejectedRow, String> reasonColumn;
    @FXML
    private Label warningsTitle;
    @FXML
    private javafx.scene.control.ListView<String> warnings;
    @FXML
    private Button saveRejected;
    @FXML
    private Button close;

    private final AppContext context;
    private final ImportViewModel viewModel;
    private final Parent root;
    private Stage stage;

    public ImportDialogView(AppContext context, Runnable onImported) {
        this.context = context;
        this.viewModel = new ImportViewModel(context.workspace(), context.services().importer(),
                context.services().search(), context.tasks(), context.messages(), context.formats());
        this.viewModel.setOnImported(onImported);
        this.root = Fxml.load(this, "ImportDialog.fxml", context.messages());
    }

    @FXML
    private void initialize() {
        fileName.textProperty().bind(Bindings.createStringBinding(() -> viewModel.fileProperty().get() == null
                ? context.messages().get("import.noFile") : viewModel.fileProperty().get().toString(), viewModel.fileProperty()));
        chooseFile.setOnAction(e -> choose());
        kind.getItems().setAll(viewModel.kinds());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImportKind value) {
                return value == null ? "" : context.messages().get("import.kind." + value.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public ImportKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        strict.selectedProperty().bindBidirectional(viewModel.strictProperty());
        problem.textProperty().bind(viewModel.problemProperty());
        format.textProperty().bind(Bindings.createStringBinding(() -> viewModel.previewProperty().get() == null ? ""
                : context.messages().get("import.format", viewModel.previewProperty().get().format()), viewModel.previewProperty()));
        viewModel.previewProperty().addListener((obs, old, now) -> showPreview(now));
        progress.progressProperty().bind(context.tasks().progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        cancel.visibleProperty().bind(viewModel.runningProperty());
        cancel.setOnAction(e -> viewModel.cancel());
        importButton.disableProperty().bind(viewModel.previewProperty().isNull().or(viewModel.runningProperty()));
        importButton.setOnAction(e -> viewModel.runImport());
        summary.textProperty().bind(viewModel.summaryProperty());
        rejected.setItems(viewModel.rejected());
        text(lineColumn, r -> r.line() == 0 ? "—" : String.valueOf(r.line()));
        text(fieldColumn, r -> r.field() == null ? "" : r.field());
        text(reasonColumn, RejectedRow::reason);
        saveRejected.disableProperty().bind(Bindings.isEmpty(viewModel.rejected()));
        warningsTitle.setText(context.messages().get("exchange.result.warnings"));
        warnings.setItems(viewModel.warnings());
        warningsTitle.visibleProperty().bind(Bindings.isNotEmpty(viewModel.warnings()));
        warningsTitle.managedProperty().bind(warningsTitle.visibleProperty());
        warnings.visibleProperty().bind(warningsTitle.visibleProperty());
        warnings.managedProperty().bind(warningsTitle.visibleProperty());
        saveRejected.setOnAction(e -> saveRejected());
        close.setOnAction(e -> {
            if (stage != null) {
                stage.close();
            }
        });
    }

    private void showPreview(ImportPreview p) {
        preview.getColumns().clear();
        if (p == null) {
            preview.getItems().clear();
            return;
        }
        for (int i = 0; i < p.columns().size(); i++) {
            ImportPreview.ColumnMapping mapping = p.columns().get(i);
            String header = mapping.sourceName() + "\n→ " + (mapping.field() == null
                    ? context.messages().get("import.ignored") : mapping.field());
            TableColumn<List<String>, String> column = new TableColumn<>(header);
            int index = i;
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                    index < cell.getValue().size() ? cell.getValue().get(index) : ""));
            column.setPrefWidth(130);
            preview.getColumns().add(column);
        }
        preview.getItems().setAll(p.rows().stream().map(ImportPreview.PreviewRow::cells).toList());
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(context.messages().get("import.choose"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(context.messages().get("import.files"), "*.csv", "*.xlsx", "*.json"),
                new FileChooser.ExtensionFilter(context.messages().get("import.allFiles"), "*.*"));
        dev.sellerworkbench.ui.common.FileChoosers.startIn(chooser, context.preferences());
        File chosen = dev.sellerworkbench.ui.common.FileChoosers.remember(context.preferences(), chooser.showOpenDialog(stage));
        if (chosen != null) {
            viewModel.open(chosen.toPath());
        }
    }

    private void saveRejected() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(context.messages().get("files.export.title"));
        chooser.setInitialFileName("rejected-rows.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(context.messages().get("files.type.csv"), "*.csv"));
        dev.sellerworkbench.ui.common.FileChoosers.startIn(chooser, context.preferences());
        File target = dev.sellerworkbench.ui.common.FileChoosers.remember(context.preferences(), chooser.showSaveDialog(stage));
        if (target != null) {
            viewModel.saveRejected(target.toPath());
        }
    }

    /// Shows the dialog over `owner`, opening `file` at once when one was dropped.
    public void show(Window owner, Path file) {
        if (stage == null) {
            stage = dev.sellerworkbench.ui.common.ModalDialogs.stage(owner, context.messages().get("import.title"),
                    root, 900, 640, () -> !viewModel.runningProperty().get(), false);
        }
        if (file != null) {
            viewModel.open(file);
        }
        stage.show();
        stage.toFront();
    }

    public ImportViewModel viewModel() {
        return viewModel;
    }
}
