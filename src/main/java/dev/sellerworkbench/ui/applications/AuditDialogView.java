package dev.sellerworkbench.ui.applications;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.Fxml;
import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/// The audit log dialog for one application or the whole workspace.
public final class AuditDialogView {

    @FXML
    private Label title;
    @FXML
    private TableView<AuditEntry> table;
    @FXML
    private TableColumn<AuditEntry, String> atColumn;
    @FXML
    private TableColumn<AuditEntry, String> actorColumn;
    @FXML
    private TableColumn<AuditEntry, String> applicationColumn;
    @FXML
    private TableColumn<AuditEntry, String> actionColumn;
    @FXML
    private TableColumn<AuditEntry, String> fromColumn;
    @FXML
    private TableColumn<AuditEntry, String> toColumn;
    @FXML
    private TableColumn<AuditEntry, String> noteColumn;
    @FXML
    private Label status;
    @FXML
    private Button export;
    @FXML
    private Button close;

    private final AppContext context;
    private final AuditViewModel viewModel;
    private final Parent root;
    private Stage stage;

    public AuditDialogView(AppContext context) {
        this.context = context;
        this.viewModel = new AuditViewModel(context.workspace(), context.tasks(), context.messages(),
                context.formats());
        this.root = Fxml.load(this, "AuditDialog.fxml", context.messages());
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(viewModel.titleProperty());
        status.textProperty().bind(viewModel.statusProperty());
        table.setItems(viewModel.entries());
        text(atColumn, viewModel::when);
        text(actorColumn, AuditEntry::actor);
        text(applicationColumn, viewModel::subject);
        text(actionColumn, viewModel::action);
        text(fromColumn, e -> viewModel.status(e.fromStatus()));
        text(toColumn, e -> viewModel.status(e.toStatus()));
        text(noteColumn, e -> e.note() == null ? "" : e.note());
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(context.messages().get("files.export.title"));
            chooser.setInitialFileName("audit-log.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(context.messages().get("files.type.csv"), "*.csv"));
            dev.sellerworkbench.ui.common.FileChoosers.startIn(chooser, context.preferences());
            File target = dev.sellerworkbench.ui.common.FileChoosers.remember(context.preferences(), chooser.showSaveDialog(stage));
            if (target != null) {
                viewModel.export(target.toPath());
            }
        });
        close.setOnAction(e -> stage.close());
    }

    public void show(Window owner, Long applicationId) {
        if (stage == null) {
            stage = dev.sellerworkbench.ui.common.ModalDialogs.stage(owner, context.messages().get("audit.window"),
                    root, 860, 520, () -> true, false);
        }
        viewModel.load(applicationId);
        stage.show();
        stage.toFront();
    }

    public AuditViewModel viewModel() {
        return viewModel;
    }
}
