package dev.sellerworkbench.ui.plans;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.SavedList;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.ConflictBar;
import dev.sellerworkbench.ui.common.Fxml;
import dev.sellerworkbench.ui.invitations.CollaborationBar;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/// The plan editor: binds [PlanEditorViewModel] to `PlanEditor.fxml`, shows each type's sections,
/// and maps the keys: Ctrl+S saves, Ctrl+Enter publishes, Ctrl+Z / Ctrl+Y undo and redo.
public final class PlanEditorView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PUBLISH = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    @FXML
    private VBox planEditor;
    @FXML
    private Label title;
    @FXML
    private Label saveState;
    @FXML
    private Button undoButton;
    @FXML
    private Button redoButton;
    @FXML
    private Button saveButton;
    @FXML
    private Button publishButton;
    @FXML
    private Button closeButton;
    @FXML
    private VBox problemsBox;
    @FXML
    private ConflictBar conflictBar;
    @FXML
    private ListView<String> problemList;
    @FXML
    private TextField nameField;
    @FXML
    private Label nameProblem;
    @FXML
    private Label descriptionLabel;
    @FXML
    private TextArea descriptionField;
    @FXML
    private Label endDateLabel;
    @FXML
    private DatePicker endDateField;
    @FXML
    private CheckBox approvalSwitch;
    @FXML
    private VBox shopBox;
    @FXML
    private TextField shopRateField;
    @FXML
    private Label shopRateProblem;
    @FXML
    private Button leaveButton;
    @FXML
    private VBox productsBox;
    @FXML
    private Button addProductsButton;
    @FXML
    private TextField uniformRateField;
    @FXML
    private Button applyUniformButton;
    @FXML
    private Label uniformRateProblem;
    @FXML
    private Label productMessage;
    @FXML
    private ListView<PlanItemRow> itemList;
    @FXML
    private VBox creatorsBox;
    @FXML
    private Label creatorCounter;
    @FXML
    private TextField handleField;
    @FXML
    private Button addHandleButton;
    @FXML
    private ComboBox<SavedList> savedListChoice;
    @FXML
    private Button addListButton;
    @FXML
    private Label creatorMessage;
    @FXML
    private TableView<PlanCreatorRow> creatorTable;
    @FXML
    private TableColumn<PlanCreatorRow, String> handleColumn;
    @FXML
    private TableColumn<PlanCreatorRow, String> creatorNameColumn;
    @FXML
    private TableColumn<PlanCreatorRow, String> levelColumn;
    @FXML
    private TableColumn<PlanCreatorRow, String> followersColumn;
    @FXML
    private TableColumn<PlanCreatorRow, String> invitationColumn;
    @FXML
    private TableColumn<PlanCreatorRow, String> showcaseColumn;
    @FXML
    private TableColumn<PlanCreatorRow, String> conflictColumn;
    @FXML
    private Button removeCreatorButton;
    @FXML
    private Label collabDraftHint;
    @FXML
    private VBox collabHolder;
    @FXML
    private Label linkLabel;
    @FXML
    private VBox linkBox;
    @FXML
    private TextField linkField;
    @FXML
    private Label linkProblem;
    @FXML
    private Label collaborationIdLabel;
    @FXML
    private VBox collaborationIdBox;
    @FXML
    private TextField collaborationIdField;
    @FXML
    private Button collaborationIdButton;
    @FXML
    private VBox pendingBox;
    @FXML
    private ListView<String> pendingList;
    @FXML
    private VBox previewBox;
    @FXML
    private ComboBox<String> previewCreator;
    @FXML
    private ComboBox<PlanItemRow> previewProduct;
    @FXML
    private Button previewButton;
    @FXML
    private Label previewResult;

    private final AppContext context;
    @FXML
    private VBox creatorPreviewBox;
    private final PlanEditorViewModel viewModel;
    private final Runnable onClose;
    private final Parent root;
    private final EventHandler<KeyEvent> keys = this::onKey;

    /// How long after the last keystroke a draft saves itself: short enough that a quit or a crash
    /// right after typing keeps what was typed, long enough not to write on every key.
    public static final Duration AUTOSAVE_PAUSE = Duration.millis(250);

    public PlanEditorView(AppContext context, Runnable onClose) {
        this.context = context;
        this.viewModel = new PlanEditorViewModel(context.workspace(), context.services().plans(),
                context.services().collaborations(), context.services().search(), context.tasks(), context.messages(),
                context.formats(), context.clock(), context.preferences(), new FxDebouncer(AUTOSAVE_PAUSE));
        this.onClose = onClose;
        this.root = Fxml.load(this, "PlanEditor.fxml", context.messages());
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(viewModel.titleProperty());
        // "sample sent / content posted" beside each creator (R-SA-1)
        dev.sellerworkbench.ui.samples.SampleBadges.addColumn(context.services().samples(), context.tasks(),
                context.messages(), creatorTable, PlanCreatorRow::creatorId);
        saveState.textProperty().bind(viewModel.saveStateProperty());
        undoButton.disableProperty().bind(viewModel.canUndoProperty().not());
        redoButton.disableProperty().bind(viewModel.canRedoProperty().not());
        undoButton.setOnAction(e -> viewModel.undo());
        redoButton.setOnAction(e -> viewModel.redo());
        saveButton.setOnAction(e -> viewModel.save());
        publishButton.setOnAction(e -> confirmPublish());
        closeButton.setOnAction(e -> onClose.run());
        problemList.setItems(viewModel.problems());
        problemList.setCellFactory(PlanEditorView::wrapping);
        showWhenNotEmpty(problemsBox, viewModel.problems());
        conflictBar.bind(viewModel);
        nameField.textProperty().bindBidirectional(viewModel.header().nameProperty());
        nameProblem.textProperty().bind(viewModel.header().nameProblemProperty());
        descriptionField.textProperty().bindBidirectional(viewModel.header().descriptionProperty());
        endDateField.valueProperty().bindBidirectional(viewModel.header().endDateProperty());
        approvalSwitch.selectedProperty().bindBidirectional(viewModel.header().approvalProperty());
        shopRateField.textProperty().bindBidirectional(viewModel.header().shopRateProperty());
        shopRateProblem.textProperty().bind(viewModel.header().shopRateProblemProperty());
        leaveButton.setOnAction(e -> confirmLeave());
        uniformRateField.textProperty().bindBidirectional(viewModel.products().uniformRateProperty());
        uniformRateProblem.textProperty().bind(viewModel.products().uniformRateProblemProperty());
        applyUniformButton.setOnAction(e -> viewModel.applyUniformRate());
        uniformRateField.setOnAction(e -> viewModel.applyUniformRate());
        productMessage.textProperty().bind(viewModel.products().messageProperty());
        itemList.setItems(viewModel.products().items());
        itemList.setCellFactory(list -> new PlanItemCell(context.messages(), viewModel.products()::remove));
        addProductsButton.setOnAction(e -> openPicker());
        bindCreators();
        pendingList.setItems(viewModel.pending());
        pendingList.setCellFactory(PlanEditorView::wrapping);
        showWhenNotEmpty(pendingBox, viewModel.pending());
        bindPreview();
        for (Label label : new Label[] {nameProblem, shopRateProblem, uniformRateProblem, productMessage, creatorMessage,
                previewResult}) {
            collapseWhenEmpty(label);
        }
        viewModel.planProperty().addListener((obs, old, plan) -> showSections(plan));
        planEditor.addEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    private void bindCreators() {
        PlanCreatorsViewModel creators = viewModel.creators();
        creatorCounter.textProperty().bind(creators.counterProperty());
        creatorMessage.textProperty().bind(creators.messageProperty());
        handleField.textProperty().bindBidirectional(creators.handleProperty());
        handleField.setOnAction(e -> creators.addByHandle());
        addHandleButton.setOnAction(e -> creators.addByHandle());
        savedListChoice.setItems(creators.savedLists());
        savedListChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(SavedList list) {
                return list == null ? "" : context.messages().get("plans.creators.savedListItem", list.name(), list.size());
            }

            @Override
            public SavedList fromString(String text) {
                return null;
            }
        });
        savedListChoice.valueProperty().bindBidirectional(creators.savedListProperty());
        savedListChoice.setOnShowing(e -> creators.refreshSavedLists());
        addListButton.setOnAction(e -> creators.addSavedList());
        addListButton.disableProperty().bind(creators.savedListProperty().isNull());
        creatorTable.setItems(creators.rows());
        text(handleColumn, PlanCreatorRow::handle);
        text(creatorNameColumn, PlanCreatorRow::name);
        text(levelColumn, PlanCreatorRow::level);
        text(followersColumn, PlanCreatorRow::followers);
        conflictColumn.setCellValueFactory(cell -> cell.getValue().conflictProperty());
        removeCreatorButton.disableProperty().bind(creatorTable.getSelectionModel().selectedItemProperty().isNull());
        removeCreatorButton.setOnAction(e -> viewModel.removeCreator(creatorTable.getSelectionModel().getSelectedItem()));
        creatorTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // R-LV-10: the selected creator's level preview, the same as in Find Creators and the queue
        dev.sellerworkbench.ui.common.LevelPreviewViewModel levelPreview =
                new dev.sellerworkbench.ui.common.LevelPreviewViewModel(context.workspace(),
                        context.services().levels(), context.tasks(), context.messages());
        creatorPreviewBox.getChildren().setAll(new dev.sellerworkbench.ui.common.LevelPreviewPane(levelPreview,
                context.messages().get("levels.preview.title")));
        creatorTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == null) {
                levelPreview.clear();
            } else if (old == null || old.creatorId() != now.creatorId()) {
                levelPreview.show(now.creatorId());
            }
        });
        invitationColumn.setCellValueFactory(cell -> cell.getValue().invitationProperty());
        showcaseColumn.setCellValueFactory(cell -> cell.getValue().showcaseProperty());
        CollaborationBar bar = new CollaborationBar(context.messages(), viewModel.collaborations(),
                () -> creatorTable.getSelectionModel().getSelectedItems().stream().map(PlanCreatorRow::creatorId).toList(),
                creatorTable.getSelectionModel().selectedItemProperty().isNotNull(), viewModel::showcaseChoices);
        collabHolder.getChildren().setAll(bar.root());
        linkField.textProperty().bindBidirectional(viewModel.header().linkProperty());
        linkProblem.textProperty().bind(viewModel.header().linkProblemProperty());
        collapseWhenEmpty(linkProblem);
        collaborationIdField.textProperty().bindBidirectional(viewModel.collaborations().collaborationIdProperty());
        collaborationIdButton.setOnAction(e -> viewModel.collaborations().saveCollaborationId());
    }

    private void bindPreview() {
        RatePreviewViewModel preview = viewModel.preview();
        previewCreator.getEditor().textProperty().bindBidirectional(preview.handleProperty());
        viewModel.creators().rows().addListener((ListChangeListener<PlanCreatorRow>) c ->
                previewCreator.getItems().setAll(viewModel.creators().rows().stream().map(PlanCreatorRow::handle).toList()));
        previewCreator.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                preview.handleProperty().set(now);
            }
        });
        previewProduct.setItems(viewModel.products().items());
        previewProduct.valueProperty().bindBidirectional(preview.productProperty());
        previewButton.setOnAction(e -> preview.explain());
        previewResult.textProperty().bind(preview.resultProperty());
    }

    private static void showWhenNotEmpty(Node node, javafx.collections.ObservableList<?> list) {
        ObservableBooleanValue any = Bindings.isNotEmpty(list);
        node.visibleProperty().bind(any);
        node.managedProperty().bind(any);
    }

    /// A list cell whose text wraps at the list's width, for sentences such as pending changes.
    private static javafx.scene.control.ListCell<String> wrapping(ListView<String> list) {
        javafx.scene.control.ListCell<String> cell = new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.setWrapText(true);
        cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
        cell.setMaxWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        return cell;
    }

    private static void collapseWhenEmpty(Label label) {
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
    }

    private void showSections(Plan plan) {
        if (plan == null) {
            return;
        }
        PlanType type = plan.type();
        boolean targeted = type == PlanType.TARGETED;
        show(descriptionLabel, targeted);
        show(descriptionField, targeted);
        show(endDateLabel, targeted);
        show(endDateField, targeted);
        show(approvalSwitch, type == PlanType.OPEN);
        show(shopBox, type == PlanType.SHOP);
        show(productsBox, type != PlanType.SHOP);
        show(creatorsBox, targeted || (type == PlanType.SHOP && plan.id() != 0));
        for (Node adding : new Node[] {handleField, addHandleButton, savedListChoice, addListButton, creatorCounter}) {
            show(adding, targeted);
        }
        show(previewBox, type != PlanType.SHOP);
        show(linkLabel, targeted);
        show(linkBox, targeted);
        show(collaborationIdLabel, targeted && plan.id() != 0);
        show(collaborationIdBox, targeted && plan.id() != 0);
        // answers are recorded once invitations can go out: a published targeted plan (R-IN-5)
        boolean answerable = targeted && plan.status() != PlanStatus.DRAFT;
        show(collabHolder, answerable);
        show(collabDraftHint, targeted && !answerable);
        boolean ended = plan.status() == PlanStatus.ENDED;
        planEditor.lookupAll(".text-input").forEach(n -> n.setDisable(ended));
        publishButton.setDisable(ended);
        saveButton.setDisable(ended);
        leaveButton.setDisable(ended || plan.id() == 0 || plan.status() != PlanStatus.PUBLISHED);
        publishButton.setText(context.messages().get(plan.status() == PlanStatus.PUBLISHED
                ? "plans.editor.submit" : "plans.editor.publish"));
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void openPicker() {
        ProductPickerView picker = new ProductPickerView(viewModel.picker(), context.messages(), viewModel.products()::add);
        picker.show(root.getScene() == null ? null : root.getScene().getWindow(),
                context.messages().get("plans.picker.title"));
    }

    /// A targeted plan invites people: before it is published the user is told what publishing
    /// does (R-PLAN-6) and when changes reach creators already invited (R-PLAN-10).
    private void confirmPublish() {
        Plan plan = viewModel.planProperty().get();
        if (plan == null || plan.type() != dev.sellerworkbench.domain.PlanType.TARGETED) {
            viewModel.publish();
            return;
        }
        boolean first = plan.status() != PlanStatus.PUBLISHED;
        String body = first
                ? context.messages().get("plans.publish.confirmTargeted", plan.name(), viewModel.creators().rows().size())
                : context.messages().get("plans.publish.confirmChanges", plan.name());
        ButtonType publish = new ButtonType(context.messages().get(first ? "plans.editor.publish" : "plans.editor.submit"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, body, publish, ButtonType.CANCEL);
        alert.setTitle(context.messages().get(first ? "plans.editor.publish" : "plans.editor.submit"));
        alert.setHeaderText(context.messages().get("plans.publish.confirmTitle", plan.name()));
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        alert.setOnHidden(e -> {
            if (alert.getResult() == publish) {
                viewModel.publish();
            }
        });
        alert.show();
    }

    private void confirmLeave() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, viewModel.leaveConfirmation(), ButtonType.OK,
                ButtonType.CANCEL);
        alert.setTitle(context.messages().get("plans.shop.leave"));
        alert.setHeaderText(context.messages().get("plans.shop.leaveTitle"));
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> viewModel.leave());
    }

    private void onKey(KeyEvent e) {
        if (SAVE.match(e)) {
            viewModel.save();
        } else if (PUBLISH.match(e)) {
            confirmPublish();
        } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
            viewModel.redo();
        } else if (UNDO.match(e)) {
            viewModel.undo();
        } else {
            return;
        }
        e.consume();
    }

    /// Saves what is waiting and lets go of the editor.
    void dispose() {
        viewModel.debouncer().flush();
        viewModel.closed();
        planEditor.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    public PlanEditorViewModel viewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}
