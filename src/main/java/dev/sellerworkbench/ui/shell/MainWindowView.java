package dev.sellerworkbench.ui.shell;

import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.applications.ApplicationsView;
import dev.sellerworkbench.ui.common.Fxml;
import dev.sellerworkbench.ui.common.Screen;
import dev.sellerworkbench.ui.creators.FindCreatorsView;
import dev.sellerworkbench.ui.insights.InsightsView;
import dev.sellerworkbench.ui.invitations.InvitationsView;
import dev.sellerworkbench.ui.plans.PlansView;
import dev.sellerworkbench.ui.settings.SettingsView;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/// The main window: navigation on the left, the current screen in the middle, and a status bar
/// that shows background work with a progress bar and a cancel button.
public final class MainWindowView {

    @FXML
    private VBox nav;
    @FXML
    private StackPane content;
    @FXML
    private Label statusMessage;
    @FXML
    private ProgressBar statusProgress;
    @FXML
    private Button cancelButton;
    @FXML
    private Label workspaceLabel;
    @FXML
    private Label connectionNotice;
    @FXML
    private Label outreachCounter;

    private final AppContext context;
    private final MainWindowViewModel viewModel;
    private final Parent root;
    private final Map<NavEntry, Screen> screens = new EnumMap<>(NavEntry.class);
    private final Map<NavEntry, ToggleButton> buttons = new EnumMap<>(NavEntry.class);
    private final Map<NavEntry, Function<AppContext, Screen>> factories = new EnumMap<>(NavEntry.class);
    private Screen shown;
    /// Stops the connection notice when this window is closed or rebuilt.
    private Runnable stopConnectionNotice = () -> { };
    private dev.sellerworkbench.ui.importing.ImportDialogView importDialog;

    public MainWindowView(AppContext context) {
        this(context, false);
    }

    /// `demo`: the open workspace is the demo; the side bar then offers to leave it.
    public MainWindowView(AppContext context, boolean demo) {
        this.context = context;
        this.viewModel = new MainWindowViewModel(context.workspace(), context.tasks(), context.messages(),
                context.preferences(), demo);
        dev.sellerworkbench.ui.common.Fit.everyWindow();
        factories.put(NavEntry.CREATORS, FindCreatorsView::new);
        factories.put(NavEntry.PLANS, PlansView::new);
        factories.put(NavEntry.APPLICATIONS, ApplicationsView::new);
        factories.put(NavEntry.INVITATIONS, InvitationsView::new);
        factories.put(NavEntry.SAMPLES, dev.sellerworkbench.ui.samples.SamplesView::new);
        factories.put(NavEntry.INSIGHTS, InsightsView::new);
        factories.put(NavEntry.SETTINGS, SettingsView::new);
        this.root = Fxml.load(this, "MainWindow.fxml", context.messages());
        dev.sellerworkbench.ui.common.ColumnWidths.rememberIn(root, context.preferences()); // column widths the user gave, kept across starts
        viewModel.recoveredDrafts(this::showRecovered); // once the window exists: the notice goes on top
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        int digit = 1;
        for (NavEntry entry : NavEntry.values()) {
            ToggleButton button = new ToggleButton(context.messages().get(entry.labelKey()), new FontIcon(entry.icon()));
            button.setId("nav-" + entry.name().toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setTooltip(new Tooltip(context.messages().get(entry.labelKey()) + " (Ctrl+" + digit++ + ")"));
            button.setOnAction(e -> {
                viewModel.currentProperty().set(entry);
                button.setSelected(true);
            });
            buttons.put(entry, button);
            nav.getChildren().add(button);
        }
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        javafx.scene.layout.VBox.setVgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        Button help = new Button(null, new FontIcon("mdi2k-keyboard-outline"));
        help.setId("help-shortcuts");
        help.setTooltip(new Tooltip(context.messages().get("help.shortcuts") + " (F1)"));
        help.setOnAction(e -> showShortcuts());
        Button about = new Button(null, new FontIcon("mdi2i-information-outline"));
        about.setId("help-about");
        about.setTooltip(new Tooltip(context.messages().get("help.about")));
        about.setOnAction(e -> showAbout());
        Button importButton = new Button(context.messages().get("import.button"), new FontIcon("mdi2f-file-import-outline"));
        importButton.setId("nav-import");
        importButton.getStyleClass().add("nav-button");
        importButton.setMaxWidth(Double.MAX_VALUE);
        importButton.setTooltip(new Tooltip(context.messages().get("import.tooltip")));
        importButton.setOnAction(e -> openImport(null));
        javafx.scene.layout.HBox helpRow = new javafx.scene.layout.HBox(6, help, about);
        help.getStyleClass().add("flat");
        about.getStyleClass().add("flat");
        if (viewModel.isDemo()) {
            Button leave = new Button(context.messages().get("workspace.leaveDemo"), new FontIcon("mdi2s-storefront-outline"));
            leave.setId("leave-demo");
            leave.getStyleClass().addAll("nav-button", "accent");
            leave.setMaxWidth(Double.MAX_VALUE);
            leave.setWrapText(true);
            leave.setTooltip(new Tooltip(context.messages().get("workspace.leaveDemo.tooltip")));
            leave.setOnAction(e -> context.shell().leaveDemo());
            Label demoNotice = new Label(context.messages().get("workspace.demoNotice"));
            demoNotice.setId("demo-notice");
            demoNotice.setWrapText(true);
            demoNotice.getStyleClass().add("muted");
            nav.getChildren().addAll(1, java.util.List.of(demoNotice, leave));
        }
        nav.getChildren().addAll(spacer, importButton, workspaceMenu(), helpRow);
        installDrop();
        statusMessage.textProperty().bind(context.tasks().messageProperty());
        statusProgress.progressProperty().bind(context.tasks().progressProperty());
        statusProgress.visibleProperty().bind(context.tasks().runningProperty().greaterThan(0));
        cancelButton.visibleProperty().bind(context.tasks().runningProperty().greaterThan(0));
        cancelButton.setOnAction(e -> context.tasks().cancelLatest());
        workspaceLabel.setText(viewModel.workspaceFolder());
        // R-OUT-4: the week's outreach against the seller's limit
        var counter = context.outreachCounter();
        outreachCounter.setId("outreachCounter");
        outreachCounter.textProperty().bind(counter.textProperty());
        counter.reachedProperty().addListener((o, was, now) -> {
            outreachCounter.getStyleClass().removeAll("muted", "warning");
            outreachCounter.getStyleClass().add(now ? "warning" : "muted");
        });
        counter.refresh();
        stopConnectionNotice = context.workspace().onReconnected(event -> {
            String at = java.time.LocalTime.now(context.clock().withZone(java.time.ZoneId.systemDefault()))
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            String text = context.messages().get("status.reconnected", context.workspace().location(), at);
            javafx.application.Platform.runLater(() -> connectionNotice.setText(text));
        });
        viewModel.currentProperty().addListener((obs, old, now) -> {
            show(now);
            counter.refresh(); // Settings may have changed the limit
        });
        show(viewModel.currentProperty().get());
        nav.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    /// New workspace…, Open workspace folder… and the folders opened before on this desktop.
    private javafx.scene.control.MenuButton workspaceMenu() {
        javafx.scene.control.MenuItem create = new javafx.scene.control.MenuItem(
                context.messages().get("workspace.new"), new FontIcon("mdi2f-folder-plus-outline"));
        create.setId("workspace-new");
        create.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        create.setOnAction(e -> context.shell().newWorkspace());
        javafx.scene.control.MenuItem open = new javafx.scene.control.MenuItem(
                context.messages().get("workspace.open"), new FontIcon("mdi2f-folder-open-outline"));
        open.setId("workspace-open");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> context.shell().chooseWorkspace());
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton(
                context.messages().get("workspace.menu"), new FontIcon("mdi2f-folder-outline"));
        menu.setId("nav-workspace");
        menu.getStyleClass().add("nav-button");
        menu.setMaxWidth(Double.MAX_VALUE);
        menu.setTooltip(new Tooltip(context.messages().get("workspace.menu.tooltip")));
        menu.getItems().addAll(create, open);
        java.util.List<String> recent = viewModel.recentWorkspaces();
        if (!recent.isEmpty()) {
            javafx.scene.control.MenuItem heading = new javafx.scene.control.MenuItem(context.messages().get("workspace.recent"));
            heading.setDisable(true);
            menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), heading);
            for (int i = 0; i < recent.size(); i++) {
                java.nio.file.Path folder = java.nio.file.Path.of(recent.get(i));
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(folder.toString());
                item.setId("workspace-recent-" + i);
                item.setMnemonicParsing(false);
                item.setOnAction(e -> context.shell().openWorkspace(folder));
                menu.getItems().add(item);
            }
        }
        return menu;
    }

    /// Files dropped anywhere on the window open the import dialog (J6).
    private void installDrop() {
        content.getParent().setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        content.getParent().setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (done) {
                openImport(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /// Opens the import dialog, with `file` already chosen when one was dropped.
    public dev.sellerworkbench.ui.importing.ImportDialogView openImport(java.nio.file.Path file) {
        if (importDialog == null) {
            importDialog = new dev.sellerworkbench.ui.importing.ImportDialogView(context, this::reloadShown);
        }
        importDialog.show(nav.getScene().getWindow(), file);
        return importDialog;
    }

    private void reloadShown() {
        if (shown != null) {
            shown.deactivate();
            shown.activate();
        }
    }

    /// F1: the keyboard-shortcut sheet.
    private void showShortcuts() {
        javafx.scene.control.Alert sheet = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                context.messages().get("help.shortcuts.body"));
        sheet.setTitle(context.messages().get("help.shortcuts"));
        sheet.setHeaderText(context.messages().get("help.shortcuts"));
        sheet.show();
    }

    /// Version, workspace and where the log is, with a button that opens the log's folder (for a
    /// problem report).
    private void showAbout() {
        javafx.scene.control.Alert about = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        about.setTitle(context.messages().get("help.about"));
        about.setHeaderText(context.messages().get("app.title"));
        java.nio.file.Path logs = viewModel.logFolder();
        Label body = new Label(context.messages().get("help.about.body", dev.sellerworkbench.Main.version(),
                viewModel.workspaceFolder()) + "\n" + context.messages().get("help.about.logs", logs));
        body.setWrapText(true);
        Button openLogs = new Button(context.messages().get("help.about.openLogs"), new FontIcon("mdi2f-folder-open-outline"));
        openLogs.setId("about-open-logs");
        openLogs.setOnAction(e -> context.shell().openFolder(logs));
        VBox content = new VBox(12, body, openLogs);
        about.getDialogPane().setContent(content);
        about.show();
    }

    private void installShortcuts(javafx.scene.Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), this::showShortcuts);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), () -> openImport(null));
        // the menu's own accelerators work only once it has been shown: the scene keeps them too
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> context.shell().chooseWorkspace());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> context.shell().newWorkspace());
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6,
                KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        NavEntry[] entries = NavEntry.values();
        for (int i = 0; i < entries.length; i++) {
            NavEntry entry = entries[i];
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                    () -> viewModel.currentProperty().set(entry));
        }
    }

    /// After a crash: which plans' drafts were recovered, each with a button that opens it in the
    /// editor (R-DRAFT-1).
    private void showRecovered(java.util.List<MainWindowViewModel.RecoveredDraft> drafts) {
        VBox notice = new VBox(6);
        notice.setId("recovered-drafts");
        notice.getStyleClass().add("card");
        notice.setPadding(new javafx.geometry.Insets(8, 12, 8, 12));
        Label heading = new Label(context.messages().get("plans.recovered.heading"));
        heading.setId("recovered-heading");
        heading.setWrapText(true);
        javafx.scene.layout.FlowPane plans = new javafx.scene.layout.FlowPane(12, 6);
        Button dismiss = new Button(context.messages().get("plans.recovered.dismiss"));
        dismiss.setId("recovered-dismiss");
        javafx.scene.layout.BorderPane window = (javafx.scene.layout.BorderPane) root;
        dismiss.setOnAction(e -> window.setTop(null));
        for (MainWindowViewModel.RecoveredDraft draft : drafts) {
            Label name = new Label(draft.name());
            name.setId("recovered-name-" + draft.planId());
            name.setWrapText(true);
            name.setMaxWidth(420);
            Button open = new Button(context.messages().get("plans.recovered.open"), new FontIcon("mdi2p-pencil-outline"));
            open.setId("recovered-open-" + draft.planId());
            open.setTooltip(new Tooltip(context.messages().get("plans.recovered.openTooltip", draft.name())));
            javafx.scene.layout.HBox entry = new javafx.scene.layout.HBox(6, name, open);
            entry.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            open.setOnAction(e -> {
                plans.getChildren().remove(entry);
                if (plans.getChildren().isEmpty()) {
                    window.setTop(null);
                }
                viewModel.currentProperty().set(NavEntry.PLANS);
                ((PlansView) screens.get(NavEntry.PLANS)).openPlan(draft.planId());
            });
            plans.getChildren().add(entry);
        }
        notice.getChildren().addAll(heading, plans, dismiss);
        window.setTop(notice);
    }

    private void show(NavEntry entry) {
        if (shown != null) {
            shown.deactivate();
        }
        Screen screen = screens.computeIfAbsent(entry, e -> factories.get(e).apply(context));
        content.getChildren().setAll(screen.root());
        buttons.get(entry).setSelected(true);
        shown = screen;
        screen.activate();
    }

    public Parent root() {
        return root;
    }

    public MainWindowViewModel viewModel() {
        return viewModel;
    }

    /// Deactivates the shown screen (the window is closing).
    public void close() {
        stopConnectionNotice.run();
        if (shown != null) {
            shown.deactivate();
        }
        if (screens.get(NavEntry.PLANS) instanceof PlansView plans) {
            plans.windowClosing(); // a clean close: no draft is announced as recovered next time
        }
    }
}
