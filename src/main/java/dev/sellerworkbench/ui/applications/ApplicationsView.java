package dev.sellerworkbench.ui.applications;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.queue.Decision;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.ConflictBar;
import dev.sellerworkbench.ui.common.Fxml;
import dev.sellerworkbench.ui.common.Screen;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import javafx.util.StringConverter;

/// The Applications screen: the approval queue. Keys: A approves, R rejects, Delete removes the
/// selected rows, N writes a note; Ctrl+Z undoes the last decision while its offer shows. After a
/// decision the next row is shown but the decision keys rest until the user moves or clicks the
/// selection, so a repeated key press never decides a row nobody looked at.
public final class ApplicationsView implements Screen {

    static final Duration UNDO_WINDOW = Duration.seconds(10);
    /// How often the queue looks for colleagues' decisions (a cheap change mark first, the rows only when it moved).
    static final Duration POLL_EVERY = Duration.seconds(3);

    @FXML
    private TabPane tabs;
    @FXML
    private ComboBox<String> planFilter;
    @FXML
    private ComboBox<String> productFilter;
    @FXML
    private ComboBox<String> regionFilter;
    @FXML
    private ComboBox<Integer> levelFilter;
    @FXML
    private CheckBox decliningFilter;
    @FXML
    private ComboBox<QueueSort> sortChoice;
    @FXML
    private Button approveButton;
    @FXML
    private Button rejectButton;
    @FXML
    private Button removeButton;
    @FXML
    private Button noteButton;
    @FXML
    private Label feedback;
    @FXML
    private Label capped;
    @FXML
    private Button undoButton;
    @FXML
    private ConflictBar conflictBar;
    @FXML
    private Button auditButton;
    @FXML
    private Button exportButton;
    @FXML
    private Label detailCreator;
    @FXML
    private Label detailBadge;
    @FXML
    private javafx.scene.control.ListView<String> detailHistory;
    @FXML
    private javafx.scene.layout.VBox detailPreviewBox;
    @FXML
    private Label detailReasonTitle;
    @FXML
    private Label detailReason;
    @FXML
    private Label detailNoteTitle;
    @FXML
    private Label detailNote;
    @FXML
    private javafx.scene.control.ListView<ApplicationsViewModel.RecentDecision> recentDecisions;
    @FXML
    private javafx.scene.layout.VBox recentBox;
    @FXML
    private TableView<ApplicationRow> table;
    @FXML
    private TableColumn<ApplicationRow, String> creatorColumn;
    @FXML
    private TableColumn<ApplicationRow, String> levelColumn;
    @FXML
    private TableColumn<ApplicationRow, String> followersColumn;
    @FXML
    private TableColumn<ApplicationRow, String> fitColumn;
    @FXML
    private TableColumn<ApplicationRow, String> productColumn;
    @FXML
    private TableColumn<ApplicationRow, String> planColumn;
    @FXML
    private TableColumn<ApplicationRow, String> rateColumn;
    @FXML
    private TableColumn<ApplicationRow, String> appliedColumn;
    @FXML
    private TableColumn<ApplicationRow, String> expiresColumn;
    @FXML
    private TableColumn<ApplicationRow, String> reasonColumn;

    private final AppContext context;
    private final ApplicationsViewModel viewModel;
    private final CreatorLevelViewModel detail;
    private final dev.sellerworkbench.ui.common.LevelPreviewViewModel levelPreview;
    private final Parent root;
    private final PauseTransition undoTimer = new PauseTransition(UNDO_WINDOW);
    private final javafx.animation.Timeline poller = new javafx.animation.Timeline();
    private int focusAfterReload = -1;
    /// Whether A, R and Delete decide: false from a decision until the user moves or clicks the selection.
    private boolean keysArmed = true;
    /// True while the view itself changes the selection (after a decision, after a poll).
    private boolean selectingForUser;
    private AuditDialogView audit;

    public ApplicationsView(AppContext context) {
        this.context = context;
        this.viewModel = new ApplicationsViewModel(context.workspace(), context.services().approvals(), context.tasks(),
                context.messages(), context.formats(), context.clock());
        this.detail = new CreatorLevelViewModel(context.workspace(), context.services().levels(), context.tasks(),
                context.messages());
        this.levelPreview = new dev.sellerworkbench.ui.common.LevelPreviewViewModel(context.workspace(),
                context.services().levels(), context.tasks(), context.messages());
        this.root = Fxml.load(this, "Applications.fxml", context.messages());
    }

    @FXML
    private void initialize() {
        Messages messages = context.messages();
        // "sample sent / content posted" beside each creator (R-SA-1)
        dev.sellerworkbench.ui.samples.SampleBadges.addColumn(context.services().samples(), context.tasks(),
                context.messages(), table, row -> row.application().creatorId());
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
        bindFilters(messages);

        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setItems(viewModel.rows());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ApplicationRow>) change -> {
            viewModel.selection().setAll(List.copyOf(table.getSelectionModel().getSelectedItems()));
            if (!selectingForUser && focusAfterReload < 0) {
                keysArmed = true;
            }
        });
        // a click on a row is the user looking at it, even on the row already selected
        table.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> keysArmed = true);
        viewModel.rows().addListener((ListChangeListener<ApplicationRow>) change -> {
            restoreFocus();
            showReasonAndNote(table.getFocusModel().getFocusedItem());
        });
        text(creatorColumn, ApplicationRow::creator);
        text(levelColumn, ApplicationRow::level);
        dev.sellerworkbench.ui.common.LevelBadges.column(levelColumn, ApplicationRow::creatorLevel, messages);
        text(followersColumn, ApplicationRow::followers);
        text(productColumn, ApplicationRow::product);
        text(fitColumn, ApplicationRow::fit);
        text(planColumn, ApplicationRow::plan);
        text(appliedColumn, ApplicationRow::applied);
        text(rateColumn, ApplicationRow::rate);
        rateColumn.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                ApplicationRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : value);
                setTooltip(row == null ? null : new javafx.scene.control.Tooltip(row.rateExplanation()));
            }
        });
        text(expiresColumn, ApplicationRow::expiresIn);
        text(reasonColumn, ApplicationRow::reason);
        reasonColumn.visibleProperty().bind(viewModel.tabProperty().isEqualTo(ApplicationStatus.REJECTED));
        table.getColumns().forEach(c -> c.setSortable(false));

        approveButton.textProperty().bind(viewModel.decisionLabel(Decision.APPROVE));
        rejectButton.textProperty().bind(viewModel.decisionLabel(Decision.REJECT));
        removeButton.textProperty().bind(viewModel.decisionLabel(Decision.REMOVE));
        approveButton.disableProperty().bind(viewModel.canDecide(Decision.APPROVE).not());
        rejectButton.disableProperty().bind(viewModel.canDecide(Decision.REJECT).not());
        removeButton.disableProperty().bind(viewModel.canDecide(Decision.REMOVE).not());
        approveButton.setOnAction(e -> decide(Decision.APPROVE));
        rejectButton.setOnAction(e -> decide(Decision.REJECT));
        removeButton.setOnAction(e -> decide(Decision.REMOVE));
        noteButton.disableProperty().bind(Bindings.size(viewModel.selection()).isNotEqualTo(1));
        noteButton.setOnAction(e -> writeNote());
        recentDecisions.setItems(viewModel.recentDecisions());
        // shown only while there is something to undo, so the detail pane keeps its room
        recentBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.recentDecisions()));
        recentBox.managedProperty().bind(recentBox.visibleProperty());
        recentDecisions.setPlaceholder(new Label(context.messages().get("applications.recent.none")));
        recentDecisions.setCellFactory(list -> new RecentDecisionCell());

        feedback.textProperty().bind(viewModel.feedbackProperty());
        capped.textProperty().bind(viewModel.cappedProperty());
        capped.visibleProperty().bind(viewModel.cappedProperty().isNotEmpty());
        capped.managedProperty().bind(capped.visibleProperty());
        undoButton.visibleProperty().bind(viewModel.undoAvailableProperty());
        undoButton.setOnAction(e -> viewModel.undo());
        undoTimer.setOnFinished(e -> viewModel.expireUndo());
        viewModel.undoAvailableProperty().addListener((obs, old, now) -> {
            if (now) {
                undoTimer.playFromStart();
            }
        });
        conflictBar.bind(viewModel);
        // colleagues' decisions arrive by polling; keep the user's rows selected across it
        viewModel.reselectProperty().addListener((obs, old, ids) -> reselect(ids));
        poller.getKeyFrames().setAll(new javafx.animation.KeyFrame(POLL_EVERY, e -> viewModel.poll()));
        poller.setCycleCount(javafx.animation.Animation.INDEFINITE);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        auditButton.setOnAction(e -> showAudit());
        exportButton.setOnAction(e -> dev.sellerworkbench.ui.common.FileChoosers
                .tableTarget(root.getScene().getWindow(), "applications.csv", context.messages(),
                        context.preferences()).ifPresent(viewModel::export));
        bindDetail();
    }

    private void bindFilters(Messages messages) {
        String all = messages.get("applications.filter.all");
        planFilter.setPromptText(messages.get("applications.filter.plan"));
        productFilter.setPromptText(messages.get("applications.filter.product"));
        regionFilter.setPromptText(messages.get("applications.filter.region"));
        levelFilter.setPromptText(messages.get("applications.filter.level"));
        viewModel.planNames().addListener((ListChangeListener<String>) c ->
                withAll(planFilter, all, viewModel.planNames(), viewModel.planFilterProperty().get()));
        viewModel.productNames().addListener((ListChangeListener<String>) c ->
                withAll(productFilter, all, viewModel.productNames(), viewModel.productFilterProperty().get()));
        List<String> regions = new ArrayList<>();
        for (Region region : Region.values()) {
            regions.add(region.name());
        }
        withAll(regionFilter, all, regions);
        commitOnChoice(planFilter, () -> setIfChanged(viewModel.planFilterProperty(), blankToNull(planFilter.getValue(), all)));
        commitOnChoice(productFilter, () ->
                setIfChanged(viewModel.productFilterProperty(), blankToNull(productFilter.getValue(), all)));
        regionFilter.valueProperty().addListener((obs, old, now) ->
                viewModel.regionFilterProperty().set(blankToNull(now, all) == null ? null : Region.valueOf(now)));
        levelFilter.getItems().setAll(-1, 0, 1, 2, 3, 4, 5, 6, 7, 8);
        levelFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer level) {
                return level == null || level < 0 ? all : messages.get("applications.filter.levelAtLeast", level);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        levelFilter.valueProperty().addListener((obs, old, now) ->
                viewModel.minLevelProperty().set(now == null || now < 0 ? null : now));
        decliningFilter.selectedProperty().bindBidirectional(viewModel.decliningOnlyProperty());
        sortChoice.getItems().setAll(QueueSort.values());
        sortChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(QueueSort sort) {
                return sort == null ? "" : messages.get("applications.sort." + sort.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public QueueSort fromString(String s) {
                return null;
            }
        });
        sortChoice.valueProperty().bindBidirectional(viewModel.sortProperty());
    }

    /// A searchable filter filters once the user has chosen: when its list closes, on Enter, or
    /// when it loses focus; not on each arrow-key step or typed letter on the way. A value set while
    /// the box is neither open nor focused counts as chosen at once.
    private void commitOnChoice(ComboBox<String> box, Runnable commit) {
        box.valueProperty().addListener((obs, old, now) -> {
            if (!syncingFilters && !box.isShowing() && !box.isFocused()) {
                commit.run();
            }
        });
        box.showingProperty().addListener((obs, was, showing) -> {
            if (!showing && !syncingFilters) {
                commit.run();
            }
        });
        box.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !syncingFilters) {
                commit.run();
            }
        });
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !syncingFilters) {
                commit.run();
            }
        });
    }

    /// Set while the view refills a filter's list, so the refill is not taken for a choice.
    private boolean syncingFilters;

    /// Refills a filter's list and shows the value the queue filters on (`chosen`, null for all):
    /// refilling never blanks a filter that is still in force.
    private void withAll(ComboBox<String> box, String all, List<String> values, String chosen) {
        List<String> items = new ArrayList<>();
        items.add(all);
        items.addAll(values);
        syncingFilters = true;
        try {
            box.getItems().setAll(items);
            box.setValue(chosen == null ? all : chosen);
        } finally {
            syncingFilters = false;
        }
    }

    private void withAll(ComboBox<String> box, String all, List<String> values) {
        withAll(box, all, values, blankToNull(box.getValue(), all));
    }

    /// Filters the queue again only when the choice differs from the one in force.
    private static void setIfChanged(javafx.beans.property.ObjectProperty<String> filter, String value) {
        if (!java.util.Objects.equals(filter.get(), value)) {
            filter.set(value);
        }
    }

    private static String blankToNull(String value, String all) {
        return value == null || value.equals(all) ? null : value;
    }

    private void onKey(KeyEvent event) {
        if (event.getCode().isNavigationKey() || event.getCode() == KeyCode.SPACE) {
            keysArmed = true;
        }
        if (event.isShortcutDown() && event.getCode() == KeyCode.Z) {
            viewModel.undo();
            event.consume();
        } else if (!event.isShortcutDown() && !event.isAltDown() && event.getCode() == KeyCode.N) {
            if (!noteButton.isDisabled()) {
                writeNote();
            }
            event.consume();
        } else if (!event.isShortcutDown() && !event.isAltDown()) {
            Decision decision = switch (event.getCode()) {
                case A -> approveButton.isDisabled() ? null : Decision.APPROVE;
                case R -> rejectButton.isDisabled() ? null : Decision.REJECT;
                case DELETE -> removeButton.isDisabled() ? null : Decision.REMOVE;
                default -> null;
            };
            if (decision != null && !keysArmed) {
                viewModel.remindToChoose();
                event.consume();
            } else if (decision != null) {
                decide(decision);
                event.consume();
            }
        }
    }

    /// The pane beside the queue follows the focused row: its creator's levels, history, diagnosis
    /// and preview.
    private void bindDetail() {
        detailCreator.textProperty().bind(detail.creatorProperty());
        detail.levelProperty().addListener((obs, old, now) -> {
            Label badge = dev.sellerworkbench.ui.common.LevelBadges.label(now, context.messages());
            detailBadge.setText(badge.getText());
            detailBadge.getStyleClass().setAll(badge.getStyleClass());
            detailBadge.setStyle(badge.getStyle());
            detailBadge.setTooltip(badge.getTooltip());
            detailBadge.setVisible(now != null);
        });
        detailHistory.setItems(detail.history());
        // R-LV-10: the same preview as Find Creators and the plan editor
        detailPreviewBox.getChildren().setAll(new dev.sellerworkbench.ui.common.LevelPreviewPane(levelPreview,
                context.messages().get("levels.preview.title")));
        table.getFocusModel().focusedItemProperty().addListener((obs, old, now) -> {
            showReasonAndNote(now);
            if (now == null) {
                detail.clear();
                levelPreview.clear();
            } else if (old == null || old.application().creatorId() != now.application().creatorId()) {
                detail.show(now.application().creatorId());
                levelPreview.show(now.application().creatorId());
            }
        });
    }

    /// The focused application's rejection reason and note, each shown only when there is one.
    private void showReasonAndNote(ApplicationRow row) {
        String reason = row == null ? "" : row.reason();
        String note = row == null ? "" : row.note();
        detailReason.setText(reason);
        detailNote.setText(note);
        for (Label label : List.of(detailReasonTitle, detailReason)) {
            label.setVisible(!reason.isEmpty());
            label.setManaged(!reason.isEmpty());
        }
        for (Label label : List.of(detailNoteTitle, detailNote)) {
            label.setVisible(!note.isEmpty());
            label.setManaged(!note.isEmpty());
        }
    }

    /// A note on the one selected application, whatever its status (J1 step 5).
    private void writeNote() {
        if (viewModel.selection().size() != 1) {
            return;
        }
        ApplicationRow row = viewModel.selection().get(0);
        TextInputDialog dialog = new TextInputDialog(row.note());
        dialog.setTitle(context.messages().get("applications.note.title"));
        dialog.setHeaderText(context.messages().get("applications.note.header", row.creator()));
        dialog.setContentText(context.messages().get("applications.note.prompt"));
        dialog.showAndWait().ifPresent(text -> viewModel.note(row, text));
    }

    /// A recent decision on one application, with its own Undo.
    private final class RecentDecisionCell extends javafx.scene.control.ListCell<ApplicationsViewModel.RecentDecision> {
        private final Label text = new Label();
        private final Button undo = new Button(context.messages().get("applications.recent.undo"));
        // Undo comes first, so a narrow pane never pushes it out of sight
        private final javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, undo, text);

        RecentDecisionCell() {
            text.setMinWidth(0);
            undo.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            setPrefWidth(0);
            text.setTooltip(new javafx.scene.control.Tooltip());
            text.getTooltip().textProperty().bind(text.textProperty());
            text.setMaxWidth(Double.MAX_VALUE);
            javafx.scene.layout.HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            undo.getStyleClass().addAll("flat", "undo-one");
            undo.setOnAction(e -> {
                if (getItem() != null) {
                    viewModel.undo(getItem());
                }
            });
        }

        @Override
        protected void updateItem(ApplicationsViewModel.RecentDecision item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            text.setText(empty || item == null ? null : item.text());
            setGraphic(empty || item == null ? null : box);
        }
    }

    /// The audit trail of the one selected application, or of the whole workspace.
    private void showAudit() {
        if (audit == null) {
            audit = new AuditDialogView(context);
        }
        Long one = viewModel.selection().size() == 1 ? viewModel.selection().get(0).id() : null;
        audit.show(root.getScene().getWindow(), one);
    }

    private void decide(Decision decision) {
        String note = null;
        if (decision == Decision.REJECT) {
            TextInputDialog dialog = new TextInputDialog();
            dialog.setTitle(context.messages().get("applications.reject.title"));
            dialog.setHeaderText(context.messages().get("applications.reject.header", viewModel.selection().size()));
            dialog.setContentText(context.messages().get("applications.reject.reason"));
            Optional<String> reason = dialog.showAndWait();
            if (reason.isEmpty()) {
                return;
            }
            note = reason.get();
        }
        focusAfterReload = table.getSelectionModel().getSelectedIndices().stream().min(Integer::compare).orElse(-1);
        keysArmed = false;
        viewModel.forgetOld();
        viewModel.decide(decision, note);
    }

    /// After a decision the rows it moved leave the tab; the selection goes to the row that took
    /// the first one's place, so its details show. The decision keys rest until the user moves or
    /// clicks: that row is shown, not yet looked at.
    private void restoreFocus() {
        if (focusAfterReload < 0) {
            return;
        }
        int index = Math.min(focusAfterReload, viewModel.rows().size() - 1);
        selectingForUser = true;
        try {
            focusAfterReload = -1;
            table.getSelectionModel().clearSelection();
            if (index >= 0) {
                table.getSelectionModel().select(index);
                table.getFocusModel().focus(index);
            }
        } finally {
            selectingForUser = false;
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    private void reselect(java.util.Set<Long> ids) {
        var model = table.getSelectionModel();
        List<Integer> indices = new java.util.ArrayList<>();
        for (int i = 0; i < viewModel.rows().size(); i++) {
            if (ids.contains(viewModel.rows().get(i).id())) {
                indices.add(i);
            }
        }
        boolean same = model.getSelectedIndices().size() == indices.size()
                && model.getSelectedIndices().containsAll(indices);
        selectingForUser = true;
        try {
            if (!same) {
                model.clearSelection();
                indices.forEach(model::select);
            }
            if (!indices.isEmpty() && !indices.contains(table.getFocusModel().getFocusedIndex())) {
                table.getFocusModel().focus(indices.get(0));
            }
        } finally {
            selectingForUser = false;
        }
        showReasonAndNote(table.getFocusModel().getFocusedItem());
    }

    @Override
    public void activate() {
        viewModel.load();
        poller.play();
    }

    @Override
    public void deactivate() {
        poller.stop();
        undoTimer.stop();
        viewModel.expireUndo();
    }
}
