package dev.sellerworkbench.ui.samples;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.SampleStatus;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.ConflictBar;
import dev.sellerworkbench.ui.common.Fxml;
import dev.sellerworkbench.ui.common.Screen;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/// The Samples screen: every free sample with its creator, product, status, dates, cost and what
/// it earned since delivery; filters by status, plan and product and the overdue view; moving the
/// selected samples to a status (undoable); adding a sample.
public final class SamplesView implements Screen {

    @FXML private ComboBox<SampleStatus> statusFilter;
    @FXML private ComboBox<Plan> planFilter;
    @FXML private ComboBox<Product> productFilter;
    @FXML private CheckBox overdueOnly;
    @FXML private Label summary;
    @FXML private TableView<SampleRow> table;
    @FXML private TableColumn<SampleRow, String> creatorColumn;
    @FXML private TableColumn<SampleRow, String> productColumn;
    @FXML private TableColumn<SampleRow, String> planColumn;
    @FXML private TableColumn<SampleRow, String> statusColumn;
    @FXML private TableColumn<SampleRow, String> requestedColumn;
    @FXML private TableColumn<SampleRow, String> shippedColumn;
    @FXML private TableColumn<SampleRow, String> deliveredColumn;
    @FXML private TableColumn<SampleRow, String> trackingColumn;
    @FXML private TableColumn<SampleRow, String> contentColumn;
    @FXML private TableColumn<SampleRow, String> costColumn;
    @FXML private TableColumn<SampleRow, String> gmvColumn;
    @FXML private TableColumn<SampleRow, String> commissionColumn;
    @FXML private ComboBox<SampleStatus> moveTo;
    @FXML private TextField carrier;
    @FXML private TextField tracking;
    @FXML private TextField contentRef;
    @FXML private Button applyButton;
    @FXML private Button undoButton;
    @FXML private TextField addCreator;
    @FXML private ComboBox<Product> addProduct;
    @FXML private ComboBox<Plan> addPlan;
    @FXML private TextField addCost;
    @FXML private TextField addNote;
    @FXML private Button addButton;
    @FXML private Label feedback;
    @FXML private VBox editPane;
    @FXML private Label editTitle;
    @FXML private TextField editCarrier;
    @FXML private TextField editTracking;
    @FXML private TextField editContent;
    @FXML private TextField editCost;
    @FXML private TextField editNote;
    @FXML private FlowPane editDates;
    @FXML private Button editSave;
    @FXML private Label editFeedback;
    @FXML private ConflictBar editConflict;

    private final AppContext context;
    private final SamplesViewModel viewModel;
    private final SampleEditViewModel edit;
    private final Parent root;

    public SamplesView(AppContext context) {
        this.context = context;
        this.viewModel = new SamplesViewModel(context.workspace(), context.services().samples(), context.tasks(),
                context.messages(), context.formats());
        this.edit = new SampleEditViewModel(context.workspace(), context.services().samples(), context.tasks(),
                context.messages(), context.formats(), saved -> viewModel.load());
        this.root = Fxml.load(this, "Samples.fxml", context.messages());
    }

    @FXML
    private void initialize() {
        var messages = context.messages();
        List<SampleStatus> statuses = new ArrayList<>();
        statuses.add(null);
        statuses.addAll(List.of(SampleStatus.values()));
        statusFilter.getItems().setAll(statuses);
        named(statusFilter, s -> SampleTexts.status(messages, s), messages.get("samples.filter.allStatuses"));
        statusFilter.valueProperty().bindBidirectional(viewModel.statusProperty());
        withAll(planFilter, viewModel.plans());
        named(planFilter, Plan::name, messages.get("samples.filter.allPlans"));
        planFilter.valueProperty().bindBidirectional(viewModel.planProperty());
        withAll(productFilter, viewModel.products());
        named(productFilter, Product::title, messages.get("samples.filter.allProducts"));
        productFilter.valueProperty().bindBidirectional(viewModel.productProperty());
        overdueOnly.textProperty().bind(viewModel.overdueTextProperty());
        overdueOnly.selectedProperty().bindBidirectional(viewModel.overdueOnlyProperty());
        summary.textProperty().bind(viewModel.summaryProperty());

        table.setItems(viewModel.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("samples.empty")));
        text(creatorColumn, SampleRow::creator);
        text(productColumn, SampleRow::product);
        text(planColumn, SampleRow::plan);
        text(statusColumn, SampleRow::status);
        text(requestedColumn, SampleRow::requested);
        text(shippedColumn, SampleRow::shipped);
        text(deliveredColumn, SampleRow::delivered);
        text(trackingColumn, SampleRow::tracking);
        text(contentColumn, SampleRow::content);
        text(costColumn, SampleRow::cost);
        text(gmvColumn, SampleRow::earnedGmv);
        text(commissionColumn, SampleRow::earnedCommission);

        moveTo.getItems().setAll(SampleStatus.values());
        named(moveTo, s -> SampleTexts.status(messages, s), messages.get("samples.moveTo"));
        moveTo.valueProperty().bindBidirectional(viewModel.moveToProperty());
        carrier.textProperty().bindBidirectional(viewModel.carrierProperty());
        tracking.textProperty().bindBidirectional(viewModel.trackingProperty());
        contentRef.textProperty().bindBidirectional(viewModel.contentRefProperty());
        applyButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.moveToProperty().isNull()));
        applyButton.setOnAction(e -> viewModel.apply(List.copyOf(table.getSelectionModel().getSelectedItems())));
        undoButton.disableProperty().bind(viewModel.undoAvailableProperty().not());
        undoButton.setOnAction(e -> viewModel.undo());

        addCreator.textProperty().bindBidirectional(viewModel.addCreatorProperty());
        addProduct.setItems(viewModel.products());
        named(addProduct, Product::title, messages.get("samples.add.product"));
        addProduct.valueProperty().bindBidirectional(viewModel.addProductProperty());
        withAll(addPlan, viewModel.plans());
        named(addPlan, Plan::name, messages.get("samples.add.plan"));
        addPlan.valueProperty().bindBidirectional(viewModel.addPlanProperty());
        addCost.promptTextProperty().set(messages.get("samples.add.cost"));
        addCost.textProperty().bindBidirectional(viewModel.addCostProperty());
        addNote.textProperty().bindBidirectional(viewModel.addNoteProperty());
        addButton.setOnAction(e -> viewModel.add());
        feedback.textProperty().bind(viewModel.feedbackProperty());
        initializeEdit();
    }

    /// The details of the one selected sample, edited in place; the same sample stays selected
    /// when the table is read again.
    private void initializeEdit() {
        var messages = context.messages();
        editTitle.textProperty().bind(edit.titleProperty());
        editCarrier.textProperty().bindBidirectional(edit.carrierProperty());
        editTracking.textProperty().bindBidirectional(edit.trackingProperty());
        editContent.textProperty().bindBidirectional(edit.contentRefProperty());
        editCost.textProperty().bindBidirectional(edit.costProperty());
        editNote.textProperty().bindBidirectional(edit.noteProperty());
        int at = 0;
        for (SampleStatus step : SampleStatus.values()) {
            TextField date = new TextField();
            date.setId("editDate" + step.name());
            date.setPrefColumnCount(10);
            date.setPromptText(messages.get("samples.edit.datePrompt"));
            date.textProperty().bindBidirectional(edit.dateProperty(step));
            date.disableProperty().bind(edit.dateEditableProperty(step).not());
            HBox pair = new HBox(4, new Label(SampleTexts.status(messages, step)), date);
            pair.setAlignment(Pos.CENTER_LEFT);
            editDates.getChildren().add(at++, pair);
        }
        editPane.getChildren().stream().skip(1).forEach(n -> n.disableProperty().bind(edit.editingProperty().not()));
        editSave.setOnAction(e -> edit.save());
        editFeedback.textProperty().bind(edit.feedbackProperty());
        editConflict.bind(edit);
        editConflict.disableProperty().unbind();
        editConflict.setDisable(false);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<SampleRow>) change -> {
            List<SampleRow> chosen = table.getSelectionModel().getSelectedItems();
            if (chosen.size() == 1) {
                edit.show(chosen.getFirst().sample(), chosen.getFirst().creator(), chosen.getFirst().product());
            } else if (chosen.size() > 1) {
                edit.show(null, null, null);
            } // none chosen: the rows are being read again, or the user let go of the row; the form stays
        });
        viewModel.rows().addListener((ListChangeListener<SampleRow>) change -> {
            Long id = edit.shownId();
            SampleRow again = id == null ? null
                    : table.getItems().stream().filter(r -> r.id() == id).findFirst().orElse(null);
            if (again != null) {
                table.getSelectionModel().select(again);
            } else {
                edit.show(null, null, null);
            }
        });
    }

    /// Keeps the combo's items as `source` with a first "all" entry (null).
    private static <T> void withAll(ComboBox<T> combo, ObservableList<T> source) {
        Runnable copy = () -> {
            T chosen = combo.getValue();
            List<T> items = new ArrayList<>();
            items.add(null);
            items.addAll(source);
            combo.getItems().setAll(items);
            combo.setValue(chosen);
        };
        source.addListener((ListChangeListener<T>) change -> copy.run());
        copy.run();
    }

    /// Shows items by `name` and the null item (and an empty button) as `none`.
    private static <T> void named(ComboBox<T> combo, Function<T, String> name, String none) {
        combo.setCellFactory(list -> cell(name, none));
        combo.setButtonCell(cell(name, none));
    }

    private static <T> ListCell<T> cell(Function<T, String> name, String none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? none : name.apply(item));
            }
        };
    }

    public SampleEditViewModel editViewModel() {
        return edit;
    }

    public SamplesViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        viewModel.activate();
    }
}
