package dev.sellerworkbench.ui.applications;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.Fxml;
import dev.sellerworkbench.ui.common.Screen;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/// The Applications screen: the approval queue with a tab per status.
public final class ApplicationsView implements Screen {

    @FXML
    private TabPane tabs;
    @FXML
    private TableView<ApplicationRow> table;
    @FXML
    private TableColumn<ApplicationRow, String> creatorColumn;
    @FXML
    private TableColumn<ApplicationRow, String> levelColumn;
    @FXML
    private TableColumn<ApplicationRow, String> followersColumn;
    @FXML
    private TableColumn<ApplicationRow, String> productColumn;
    @FXML
    private TableColumn<ApplicationRow, String> planColumn;
    @FXML
    private TableColumn<ApplicationRow, String> appliedColumn;

    private final AppContext context;
    private final ApplicationsViewModel viewModel;
    private final Parent root;

    public ApplicationsView(AppContext context) {
        this.context = context;
        this.viewModel = new ApplicationsViewModel(context);
        this.root = Fxml.load(this, "Applications.fxml", context.messages());
    }

    @FXML
    private void initialize() {
        Messages messages = context.messages();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            Tab tab = new Tab();
            tab.setId("tab-" + status.name().toLowerCase(Locale.ROOT));
            tab.setClosable(false);
            String label = messages.get("applications.tab." + status.name().toLowerCase(Locale.ROOT));
            tab.textProperty().bind(Bindings.createStringBinding(
                    () -> label + " (" + context.formats().count(viewModel.countProperty(status).get()) + ")",
                    viewModel.countProperty(status)));
            tab.setUserData(status);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.tabProperty().set((ApplicationStatus) now.getUserData());
            }
        });
        table.setItems(viewModel.rows());
        text(creatorColumn, ApplicationRow::creator);
        text(levelColumn, ApplicationRow::level);
        text(followersColumn, ApplicationRow::followers);
        text(productColumn, ApplicationRow::product);
        text(planColumn, ApplicationRow::plan);
        text(appliedColumn, ApplicationRow::applied);
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
