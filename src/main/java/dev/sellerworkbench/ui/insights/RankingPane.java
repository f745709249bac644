package dev.sellerworkbench.ui.insights;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.ui.common.Fxml;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/// The creator ranking tab: what to rank by, the column chooser, the ranked table built from the
/// chosen columns, and the detail pane of the creator clicked.
final class RankingPane {

    @FXML private ComboBox<RankingColumn> rankBy;
    @FXML private ComboBox<String> rankCurrency;
    @FXML private ToggleButton columnsButton;
    @FXML private VBox columnChooser;
    @FXML private ListView<ColumnChoice> columnList;
    @FXML private Button columnUp;
    @FXML private Button columnDown;
    @FXML private Button exportRanking;
    @FXML private HBox moreBar;
    @FXML private Label rankingShown;
    @FXML private Button rankingMore;
    @FXML private TableView<RankingRow> rankingTable;
    @FXML private ScrollPane detailPane;
    @FXML private Label detail;

    private final InsightsViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    RankingPane(InsightsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = Fxml.load(this, "InsightsRanking.fxml", messages);
    }

    @FXML
    private void initialize() {
        RankingViewModel ranking = viewModel.ranking();
        rankBy.getItems().setAll(RankingColumn.values());
        rankBy.setConverter(Converters.of(c -> messages.get(c.messageKey())));
        rankBy.valueProperty().bindBidirectional(ranking.rankByProperty());
        rankCurrency.setItems(ranking.currencies());
        rankCurrency.valueProperty().bindBidirectional(ranking.currencyProperty());
        columnChooser.visibleProperty().bind(columnsButton.selectedProperty());
        columnChooser.managedProperty().bind(columnsButton.selectedProperty());
        columnList.setItems(ranking.choices());
        columnList.setCellFactory(CheckBoxListCell.forListView(ColumnChoice::shownProperty,
                Converters.of(c -> messages.get(c.column().messageKey()))));
        var none = columnList.getSelectionModel().selectedItemProperty().isNull();
        columnUp.disableProperty().bind(none);
        columnDown.disableProperty().bind(none);
        columnUp.setOnAction(e -> moveColumn(-1));
        columnDown.setOnAction(e -> moveColumn(1));
        rankingTable.setItems(ranking.rows());
        rankingShown.textProperty().bind(ranking.shownProperty());
        moreBar.visibleProperty().bind(ranking.moreProperty());
        moreBar.managedProperty().bind(ranking.moreProperty());
        rankingMore.setOnAction(e -> ranking.loadMore());
        ranking.shownColumns().addListener((ListChangeListener<RankingColumn>) change -> buildColumns());
        buildColumns();
        rankingTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> ranking.select(now));
        detail.textProperty().bind(ranking.detailProperty());
        detailPane.visibleProperty().bind(ranking.detailProperty().isNotEmpty());
        detailPane.managedProperty().bind(detailPane.visibleProperty());
        ExportChooser.bind(exportRanking, "insights-creators", viewModel::rankingTable, viewModel, messages);
    }

    private void moveColumn(int delta) {
        ColumnChoice chosen = columnList.getSelectionModel().getSelectedItem();
        viewModel.ranking().move(chosen, delta);
        columnList.getSelectionModel().select(chosen);
    }

    private void buildColumns() {
        TableColumn<RankingRow, String> position = new TableColumn<>("#");
        text(position, r -> String.valueOf(r.position()));
        position.setPrefWidth(45);
        TableColumn<RankingRow, String> creator = new TableColumn<>(messages.get("insights.rank.creator"));
        text(creator, RankingRow::handle);
        creator.setPrefWidth(170);
        rankingTable.getColumns().setAll(List.of(position, creator));
        for (RankingColumn column : viewModel.ranking().shownColumns()) {
            TableColumn<RankingRow, String> c = new TableColumn<>(messages.get(column.messageKey()));
            c.setId("rank-" + column.name());
            text(c, r -> r.cell(column));
            c.setPrefWidth(column.money() ? 140 : 100);
            rankingTable.getColumns().add(c);
        }
        // The order is the ranking chosen above (done in SQL over all creators), not a sort of one page.
        rankingTable.getColumns().forEach(c -> c.setSortable(false));
    }

    Parent root() {
        return root;
    }
}
