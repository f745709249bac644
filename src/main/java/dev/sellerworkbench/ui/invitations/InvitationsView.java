package dev.sellerworkbench.ui.invitations;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.Fxml;
import dev.sellerworkbench.ui.common.Screen;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/// The Invitations screen.
public final class InvitationsView implements Screen {

    @FXML
    private ListView<Plan> planList;
    @FXML
    private TableView<InvitedRow> table;
    @FXML
    private TableColumn<InvitedRow, String> creatorColumn;
    @FXML
    private TableColumn<InvitedRow, String> nameColumn;
    @FXML
    private TableColumn<InvitedRow, String> statusColumn;
    @FXML
    private TableColumn<InvitedRow, String> whatsappColumn;
    @FXML
    private TableColumn<InvitedRow, String> invitedColumn;

    private final InvitationsViewModel viewModel;
    private final Parent root;

    public InvitationsView(AppContext context) {
        this.viewModel = new InvitationsViewModel(context);
        this.root = Fxml.load(this, "Invitations.fxml", context.messages());
    }

    @FXML
    private void initialize() {
        planList.setItems(viewModel.plans());
        planList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Plan plan, boolean empty) {
                super.updateItem(plan, empty);
                setText(empty || plan == null ? null : plan.name());
            }
        });
        planList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> planList.getSelectionModel().select(now));
        table.setItems(viewModel.invited());
        text(creatorColumn, InvitedRow::creator);
        text(nameColumn, InvitedRow::name);
        text(statusColumn, InvitedRow::status);
        text(whatsappColumn, InvitedRow::whatsapp);
        text(invitedColumn, InvitedRow::invited);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        viewModel.load();
    }
}
