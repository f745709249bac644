package dev.sellerworkbench.ui.plans;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.Fxml;
import dev.sellerworkbench.ui.common.Screen;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/// The Plans screen: the list of plans, and an editor in its place while one is open.
public final class PlansView implements Screen {

    @FXML
    private VBox listPane;
    @FXML
    private StackPane editorHost;
    @FXML
    private MenuItem newOpenItem;
    @FXML
    private MenuItem newTargetedItem;
    @FXML
    private MenuItem newShopItem;
    @FXML
    private Button openButton;
    @FXML
    private Button duplicateButton;
    @FXML
    private Button deleteButton;
    @FXML
    private Button importButton;
    @FXML
    private Button exportButton;
    @FXML
    private Button exportTableButton;
    @FXML
    private Button undoDeleteButton;
    @FXML
    private ComboBox<String> typeFilter;
    @FXML
    private ComboBox<String> statusFilter;
    @FXML
    private Label message;
    @FXML
    private TableView<PlanRow> table;
    @FXML
    private TableColumn<PlanRow, String> typeColumn;
    @FXML
    private TableColumn<PlanRow, String> nameColumn;
    @FXML
    private TableColumn<PlanRow, String> statusColumn;
    @FXML
    private TableColumn<PlanRow, String> productsColumn;
    @FXML
    private TableColumn<PlanRow, String> creatorsColumn;
    @FXML
    private TableColumn<PlanRow, String> editedColumn;

    private final AppContext context;
    private final PlansViewModel viewModel;
    private final Parent root;
    private PlanEditorView editor;

    public PlansView(AppContext context) {
        this.context = context;
        this.viewModel = new PlansViewModel(context.workspace(), context.services().plans(), context.tasks(),
                context.messages(), context.formats(), context.clock());
        this.root = Fxml.load(this, "Plans.fxml", context.messages());
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.rows());
        text(typeColumn, PlanRow::type);
        text(nameColumn, PlanRow::name);
        text(statusColumn, PlanRow::status);
        text(productsColumn, PlanRow::products);
        text(creatorsColumn, PlanRow::creators);
        text(editedColumn, PlanRow::lastEdit);
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        List<String> types = new ArrayList<>(List.of(context.messages().get("plans.filter.allTypes")));
        for (PlanType type : PlanType.values()) {
            types.add(context.messages().get("plan.type." + type.name().toLowerCase(Locale.ROOT)));
        }
        typeFilter.getItems().setAll(types);
        typeFilter.getSelectionModel().select(0);
        typeFilter.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) ->
                viewModel.typeFilterProperty().set(now.intValue() <= 0 ? null : PlanType.values()[now.intValue() - 1]));
        List<String> statuses = new ArrayList<>(List.of(context.messages().get("plans.filter.allStatuses")));
        for (PlanStatus status : PlanStatus.values()) {
            statuses.add(context.messages().get("plan.status." + status.name().toLowerCase(Locale.ROOT)));
        }
        statusFilter.getItems().setAll(statuses);
        statusFilter.getSelectionModel().select(0);
        statusFilter.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) ->
                viewModel.statusFilterProperty().set(now.intValue() <= 0 ? null : PlanStatus.values()[now.intValue() - 1]));
        message.textProperty().bind(viewModel.messageProperty());
        undoDeleteButton.visibleProperty().bind(viewModel.deletedProperty().isNotNull());
        undoDeleteButton.setOnAction(e -> viewModel.undoDelete());
        newOpenItem.setOnAction(e -> viewModel.newPlan(PlanType.OPEN));
        newTargetedItem.setOnAction(e -> viewModel.newPlan(PlanType.TARGETED));
        newShopItem.setOnAction(e -> viewModel.newPlan(PlanType.SHOP));
        bind(openButton, viewModel.openCommand());
        bind(duplicateButton, viewModel.duplicateCommand());
        bind(deleteButton, viewModel.deleteCommand());
        exportButton.disableProperty().bind(viewModel.exportCommand().executableProperty().not());
        exportButton.setOnAction(e -> chooseExport());
        importButton.setOnAction(e -> chooseImport());
        exportTableButton.setOnAction(e -> dev.sellerworkbench.ui.common.FileChoosers
                .tableTarget(table.getScene().getWindow(), "plans.csv", context.messages(),
                        context.preferences()).ifPresent(viewModel::exportTable));
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<PlanRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.openCommand().execute();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.openCommand().execute();
            } else if (e.getCode() == KeyCode.DELETE) {
                viewModel.deleteCommand().execute();
            }
        });
        viewModel.setOpener(this::openEditor);
    }

    private static void bind(Button button, dev.sellerworkbench.ui.common.UiCommand command) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(e -> command.execute());
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(context.messages().get("plans.fileType"),
                "*.json"));
        return dev.sellerworkbench.ui.common.FileChoosers.startIn(chooser, context.preferences());
    }

    private void chooseExport() {
        PlanRow row = viewModel.selectedProperty().get();
        FileChooser chooser = chooser();
        chooser.setTitle(context.messages().get("files.export.title"));
        chooser.setInitialFileName(dev.sellerworkbench.exchange.FileNames.safe(row == null ? null : row.name(), "plan")
                + ".plan.json");
        File file = dev.sellerworkbench.ui.common.FileChoosers.remember(context.preferences(), chooser.showSaveDialog(root.getScene().getWindow()));
        if (file != null) {
            viewModel.exportTo(file.toPath());
        }
    }

    private void chooseImport() {
        File file = dev.sellerworkbench.ui.common.FileChoosers.remember(context.preferences(), chooser().showOpenDialog(root.getScene().getWindow()));
        if (file != null) {
            viewModel.importFrom(file.toPath());
        }
    }

    private void openEditor(PlansViewModel.OpenRequest request) {
        closeEditor();
        editor = new PlanEditorView(context, this::closeEditor);
        editorHost.getChildren().setAll(editor.root());
        editorHost.setVisible(true);
        listPane.setVisible(false);
        if (request.planId() > 0) {
            editor.viewModel().open(request.planId());
        } else {
            editor.viewModel().openNew(request.type());
        }
    }

    private void closeEditor() {
        if (editor != null) {
            editor.dispose();
            editor = null;
            editorHost.getChildren().clear();
            editorHost.setVisible(false);
            listPane.setVisible(true);
            viewModel.load();
        }
    }

    /// Opens the plan `planId` in the editor (a draft the window recovered after a crash, R-DRAFT-1).
    public void openPlan(long planId) {
        openEditor(new PlansViewModel.OpenRequest(planId, null));
    }

    /// The window closes cleanly: the open editor saves what waits for a pause in typing and
    /// leaves no mark of a crash behind (R-DRAFT-1).
    public void windowClosing() {
        if (editor != null) {
            editor.dispose();
        }
    }

    /// The open editor, if any (tests and the shell's shortcuts reach it here).
    public PlanEditorView editor() {
        return editor;
    }

    public PlansViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        viewModel.load();
    }

    @Override
    public void deactivate() {
        if (editor != null) {
            editor.viewModel().debouncer().flush();
        }
    }
}
