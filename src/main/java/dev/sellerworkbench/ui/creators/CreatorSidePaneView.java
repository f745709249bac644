package dev.sellerworkbench.ui.creators;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.SavedList;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.ui.common.Fxml;
import dev.sellerworkbench.ui.common.UiCommand;
import dev.sellerworkbench.ui.creators.RecommendationsViewModel.RecommendedRow;
import dev.sellerworkbench.ui.creators.SimilarCreatorsViewModel.PlanChoice;
import dev.sellerworkbench.ui.creators.SimilarCreatorsViewModel.SimilarRow;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;

/// The pane beside the result table: the selected creator (audience charts, level history,
/// contacts, memberships, save and invite), the saved lists, and recommendations.
final class CreatorSidePaneView {

    @FXML private Label detailTitle;
    @FXML private Label detailEmpty;
    @FXML private PieChart genderChart;
    @FXML private BarChart<String, Number> ageChart;
    @FXML private Label ageLegend;
    @FXML private javafx.scene.layout.VBox creatorDetail;
    @FXML private ListView<String> history;
    @FXML private javafx.scene.layout.VBox levelPreviewBox;
    @FXML private ToggleButton reveal;
    @FXML private Label contacts;
    @FXML private ListView<String> memberships;
    @FXML private ComboBox<SavedList> detailList;
    @FXML private Button saveToList;
    @FXML private ComboBox<Plan> detailPlan;
    @FXML private Button addToPlan;
    @FXML private Label detailMessage;
    @FXML private ListView<SavedList> savedLists;
    @FXML private TextField listName;
    @FXML private Button createList;
    @FXML private Button renameList;
    @FXML private Button deleteList;
    @FXML private Button addToList;
    @FXML private Button removeFromList;
    @FXML private Label listMessage;
    @FXML private ComboBox<Plan> recommendPlan;
    @FXML private ComboBox<String> recommendCategory;
    @FXML private Label recommendMessage;
    @FXML private TableView<RecommendedRow> recommendations;
    @FXML private Button addRecommended;
    @FXML private TableColumn<RecommendedRow, String> recHandleColumn;
    @FXML private TableColumn<RecommendedRow, String> recLevelColumn;
    @FXML private TableColumn<RecommendedRow, String> recScoreColumn;
    @FXML private TableColumn<RecommendedRow, String> recReasonsColumn;
    @FXML private TabPane sideTabs;
    @FXML private Tab detailTab;
    @FXML private Tab similarTab;
    @FXML private ComboBox<PlanChoice> similarPlan;
    @FXML private Label similarMessage;
    @FXML private TableView<SimilarRow> similarTable;
    @FXML private TableColumn<SimilarRow, String> simHandleColumn;
    @FXML private TableColumn<SimilarRow, String> simScoreColumn;
    @FXML private TableColumn<SimilarRow, String> simReasonsColumn;

    private final FindCreatorsViewModel viewModel;
    private final CreatorDetailViewModel detail;
    private final SavedListsViewModel lists;
    private final RecommendationsViewModel recommend;
    private final SimilarCreatorsViewModel similar;
    private final Messages messages;
    private final Parent root;

    CreatorSidePaneView(FindCreatorsViewModel viewModel, SimilarCreatorsViewModel similar, Messages messages) {
        this.viewModel = viewModel;
        this.detail = viewModel.detail();
        this.lists = viewModel.lists();
        this.recommend = viewModel.recommendations();
        this.similar = similar;
        this.messages = messages;
        this.root = Fxml.load(this, "CreatorSidePane.fxml", messages);
    }

    @FXML
    private void initialize() {
        bindDetail();
        bindLists();
        bindRecommendations();
        bindSimilar();
    }

    /// The Similar tab (R-CR-8): ranked while it shows; Enter or a double click shows that creator.
    private void bindSimilar() {
        similarPlan.setItems(similar.plans());
        similarPlan.valueProperty().bindBidirectional(similar.planProperty());
        similarMessage.textProperty().bind(similar.messageProperty());
        similarTable.setItems(similar.rows());
        text(simHandleColumn, r -> r.name() == null || r.name().isBlank() ? r.handle() : r.handle() + "  " + r.name());
        text(simScoreColumn, r -> String.valueOf(r.score()));
        text(simReasonsColumn, SimilarRow::reasons);
        similar.showingProperty().bind(similarTab.selectedProperty());
        similarTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showSimilar();
                e.consume();
            }
        });
        similarTable.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                showSimilar();
            }
        });
    }

    /// Shows the chosen similar creator in the Creator tab.
    private void showSimilar() {
        SimilarRow row = similarTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            sideTabs.getSelectionModel().select(detailTab);
            detail.show(row.creator());
        }
    }

    /// Tab headers fit the pane at 1280×800 in every language: each shows its short name, and its
    /// tooltip the long one. Call once every tab is added.
    void fitTabHeaders() {
        for (Tab tab : sideTabs.getTabs()) {
            String key = tab.getId() == null ? null : "search.ui.tabShort." + tab.getId();
            if (key != null && messages.has(key)) {
                tab.setTooltip(new Tooltip(tab.getText()));
                tab.setText(messages.get(key));
            }
        }
    }

    private void bindDetail() {
        detailTitle.textProperty().bind(detail.titleProperty());
        detailEmpty.visibleProperty().bind(detail.creatorProperty().isNull());
        detailEmpty.managedProperty().bind(detailEmpty.visibleProperty());
        // no empty charts before a creator is chosen: the hint says what to do instead
        creatorDetail.visibleProperty().bind(detail.creatorProperty().isNotNull());
        creatorDetail.managedProperty().bind(creatorDetail.visibleProperty());
        // each slice and bar named with its share: the pie's legend, a line under the bars
        detail.genders().addListener((ListChangeListener<CreatorDetailViewModel.Share>) c ->
                genderChart.getData().setAll(detail.genders().stream()
                        .map(s -> new PieChart.Data(share(s), s.percent().doubleValue())).toList()));
        detail.ages().addListener((ListChangeListener<CreatorDetailViewModel.Share>) c -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            detail.ages().forEach(s -> series.getData().add(new XYChart.Data<>(s.label(), s.percent().doubleValue())));
            ageChart.getData().setAll(java.util.List.of(series));
            ageLegend.setText(String.join(" · ", detail.ages().stream().map(this::share).toList()));
        });
        history.setItems(detail.history());
        levelPreviewBox.getChildren().setAll(new dev.sellerworkbench.ui.common.LevelPreviewPane(detail.preview(),
                messages.get("levels.preview.title")));
        reveal.selectedProperty().bindBidirectional(detail.revealedProperty());
        reveal.disableProperty().bind(detail.creatorProperty().isNull());
        contacts.textProperty().bind(detail.contactsProperty());
        memberships.setItems(detail.memberships());
        detailList.setItems(lists.lists());
        detailList.valueProperty().bindBidirectional(lists.chosenProperty());
        listCells(detailList);
        bind(saveToList, lists.addSelectedCommand());
        detailPlan.setItems(detail.targetedPlans());
        detailPlan.setCellFactory(l -> FilterControls.cell(Plan::name));
        detailPlan.setButtonCell(FilterControls.cell(Plan::name));
        addToPlan.disableProperty().bind(Bindings.or(detailPlan.valueProperty().isNull(), detail.creatorProperty().isNull()));
        detailMessage.textProperty().bind(detail.messageProperty());
    }

    /// "Female: 62%", "18–24: 35%".
    private String share(CreatorDetailViewModel.Share share) {
        return messages.get("search.ui.share", share.label(), share.percent().stripTrailingZeros().toPlainString());
    }

    private void bindLists() {
        savedLists.setItems(lists.lists());
        savedLists.setCellFactory(l -> FilterControls.cell(this::listLabel));
        savedLists.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                lists.chosenProperty().set(now);
            }
        });
        lists.chosenProperty().addListener((o, was, now) -> {
            if (now == null) {
                savedLists.getSelectionModel().clearSelection();
            } else if (savedLists.getSelectionModel().getSelectedItem() != now) {
                savedLists.getSelectionModel().select(now);
            }
        });
        listName.textProperty().bindBidirectional(lists.nameProperty());
        bind(createList, lists.createCommand());
        bind(renameList, lists.renameCommand());
        bind(deleteList, lists.deleteCommand());
        bind(addToList, lists.addSelectedCommand());
        bind(removeFromList, lists.removeSelectedCommand());
        listMessage.textProperty().bind(lists.messageProperty());
    }

    private void bindRecommendations() {
        recommendPlan.setItems(recommend.plans());
        recommendPlan.setCellFactory(l -> FilterControls.cell(Plan::name));
        recommendPlan.setButtonCell(FilterControls.cell(Plan::name));
        recommendPlan.valueProperty().bindBidirectional(recommend.planProperty());
        recommendCategory.setItems(recommend.categories());
        recommendCategory.valueProperty().bindBidirectional(recommend.categoryProperty());
        CategoryChoices.byName(recommendCategory, viewModel.categoryNamesProperty());
        recommendMessage.textProperty().bind(recommend.messageProperty());
        recommendations.setItems(recommend.rows());
        text(recHandleColumn, r -> r.handle() + "  " + r.name());
        text(recLevelColumn, RecommendedRow::level);
        text(recScoreColumn, r -> String.valueOf(r.score()));
        text(recReasonsColumn, RecommendedRow::reasons);
        recommendations.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        // R-PLAN-9: recommended creators join a targeted plan through the plan service
        addRecommended.disableProperty().bind(Bindings.createBooleanBinding(() -> recommend.planProperty().get() == null
                        || recommend.planProperty().get().type() != dev.sellerworkbench.domain.PlanType.TARGETED
                        || recommendations.getSelectionModel().getSelectedItems().isEmpty(),
                recommend.planProperty(), recommendations.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void addRecommended() {
        recommend.addToPlan(List.copyOf(recommendations.getSelectionModel().getSelectedItems()));
    }

    private String listLabel(SavedList list) {
        return list == null ? "" : messages.get("search.ui.listLabel", list.name(), list.size());
    }

    private void listCells(ComboBox<SavedList> box) {
        box.setCellFactory(l -> FilterControls.cell(this::listLabel));
        box.setButtonCell(FilterControls.cell(this::listLabel));
    }

    private static void bind(Button button, UiCommand command) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(e -> command.execute());
    }

    /// The table's menu: add the selected creators to, or remove them from, any saved list.
    ContextMenu contextMenu() {
        Menu addTo = new Menu(messages.get("search.ui.menuAddTo"));
        Menu removeFrom = new Menu(messages.get("search.ui.menuRemoveFrom"));
        ContextMenu menu = new ContextMenu(addTo, removeFrom);
        menu.setOnShowing(e -> {
            addTo.getItems().setAll(lists.lists().stream().map(l -> item(l, () -> lists.add(l))).toList());
            removeFrom.getItems().setAll(lists.lists().stream().map(l -> item(l, () -> lists.remove(l))).toList());
            boolean none = viewModel.selection().isEmpty() || lists.lists().isEmpty();
            addTo.setDisable(none);
            removeFrom.setDisable(none);
        });
        return menu;
    }

    private MenuItem item(SavedList list, Runnable action) {
        MenuItem item = new MenuItem(listLabel(list));
        item.setOnAction(e -> action.run());
        return item;
    }

    @FXML
    private void saveToList() {
        lists.addSelectedCommand().execute();
    }

    @FXML
    private void addToPlan() {
        detail.addToPlan(detailPlan.getValue());
    }

    @FXML
    private void createList() {
        lists.createCommand().execute();
    }

    @FXML
    private void renameList() {
        lists.renameCommand().execute();
    }

    @FXML
    private void deleteList() {
        lists.deleteCommand().execute();
    }

    @FXML
    private void addToList() {
        lists.addSelectedCommand().execute();
    }

    @FXML
    private void removeFromList() {
        lists.removeSelectedCommand().execute();
    }

    @FXML
    private void recommend() {
        recommend.recommend();
    }

    Parent root() {
        return root;
    }
}
