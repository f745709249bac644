package dev.sellerworkbench.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.sellerworkbench.demo.DemoGenerator;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.queue.ApprovalQueue;
import dev.sellerworkbench.store.Backups;
import dev.sellerworkbench.store.TeamCredentials;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.store.WorkspaceAddress;
import dev.sellerworkbench.store.WorkspaceException;
import dev.sellerworkbench.store.WorkspaceInUseException;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/// The window: the composition root that opens the workspace (creating the demo workspace on a
/// first start at the default location), builds the services once and hands them to the screens.
/// It also rebuilds the window when the language or theme changes, restores backups, and offers
/// the newest backup when a workspace cannot be opened.
public final class App extends Application implements Shell {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(App.class);

    private final Clock clock = Clock.systemDefaultZone();
    private Stage stage;
    private Scene scene;
    private Preferences preferences;
    private Workspace workspace;
    private TaskRunner tasks;
    private MainWindowView mainWindow;
    private Timeline timers;
    /// Closing has begun (the window shows that it is saving).
    private boolean quitting;
    /// The user chose to close while a write was still running: nothing waits for it any more.
    private boolean abandoned;
    /// The file named on the command line, offered for import once the workspace is open.
    private Path fileToImport;

    public static void main(String[] args) {
        launch(App.class, args);
    }

    /// How long after opening a workspace the day's backup is taken, if it is due.
    static final javafx.util.Duration FIRST_BACKUP_DELAY = javafx.util.Duration.minutes(2);

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        StartupProbe.installIfRequested();
        preferences = Preferences.user();
        applyTheme(preferences.darkTheme());
        tasks = TaskRunner.background();
        Messages messages = messages();
        String location = workspaceArgument(getParameters().getRaw());
        fileToImport = fileArgument(getParameters().getRaw());
        if (location == null && preferences.teamWorkspace() != null) {
            location = preferences.teamWorkspace();
        }
        Path folder = location == null || WorkspaceAddress.isTeam(location) ? null : Path.of(location);
        Path target = folder == null ? Workspace.defaultFolder() : folder;
        // the log a person can send: beside the workspace (the data folder for a team workspace)
        dev.sellerworkbench.logging.Logs.writeTo(target);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> LOG.error("Uncaught failure on {}", thread.getName(), e));
        boolean demo = location == null && !Workspace.exists(target);

        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(tasks.progressProperty());
        bar.setPrefWidth(320);
        Label label = new Label();
        label.textProperty().bind(tasks.messageProperty());
        VBox splash = new VBox(12, new Label(messages.get("app.title")), label, bar);
        splash.setAlignment(Pos.CENTER);
        splash.setPadding(new Insets(32));
        // a remembered size larger than this screen (a laptop after a monitor) is fitted to it
        javafx.geometry.Rectangle2D bounds = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(splash, Math.min(preferences.width(), bounds.getWidth()),
                Math.min(preferences.height(), bounds.getHeight()));
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        if (!Double.isNaN(preferences.x()) && onSomeScreen(preferences.x(), preferences.y())) {
            stage.setX(preferences.x());
            stage.setY(preferences.y());
        }
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        stage.show();
        if (location != null && WorkspaceAddress.isTeam(location)) {
            openTeam(location, null);
        } else {
            open(target, demo);
        }
    }

    /// Opens a team workspace with the credentials from the environment or the user's file, or
    /// (`given`) from the prompt; asks for them when neither has any or the server refused them.
    private void openTeam(String location, TeamCredentials given) {
        Messages messages = messages();
        BackgroundTask.of(messages.get("workspace.opening"), progress -> {
                    WorkspaceAddress.Team team = (WorkspaceAddress.Team) WorkspaceAddress.parse(location);
                    TeamCredentials credentials = given != null ? given
                            : TeamCredentials.find(team, System.getenv(), TeamCredentials.defaultFile()).orElse(null);
                    if (credentials == null) {
                        throw new MissingCredentials();
                    }
                    Workspace opened = Workspace.open(team, credentials);
                    expireApplications(opened);
                    return opened;
                })
                .onSuccess(opened -> {
                    workspace = opened;
                    if (quitting) {
                        return; // closed as soon as opened: the quit closes it
                    }
                    showMainWindow();
                    startTimers();
                    importFileArgument();
                })
                .onFailure(e -> {
                    if (e instanceof MissingCredentials || isLoginRefused(e)) {
                        TeamLogin.ask(messages, location).ifPresentOrElse(c -> openTeam(location, c), Platform::exit);
                    } else {
                        showError(messages, e);
                        Platform.exit();
                    }
                })
                .runWith(tasks);
    }

    private static boolean isLoginRefused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "28P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /// No user name for a team workspace yet: the window asks for one.
    private static final class MissingCredentials extends RuntimeException {
        MissingCredentials() {
            super(null, null, false, false);
        }
    }

    private Messages messages() {
        return Messages.forLocale(preferences.language());
    }

    private void open(Path target, boolean demo) {
        Messages messages = messages();
        BackgroundTask.of(messages.get(demo ? "workspace.creatingDemo" : "workspace.opening"), progress -> {
                    Workspace opened = Workspace.open(target);
                    if (demo) {
                        new DemoGenerator(opened, clock, progress).generate(DemoGenerator.DEFAULT_CREATORS);
                    }
                    expireApplications(opened);
                    return opened;
                })
                .onSuccess(opened -> {
                    workspace = opened;
                    if (quitting) {
                        return; // closed as soon as opened: the quit closes it
                    }
                    showMainWindow();
                    startTimers();
                    importFileArgument();
                    // A backup of a large workspace takes a while and a whole core: it waits until
                    // the first screens have loaded (and the search index is built).
                    javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(FIRST_BACKUP_DELAY);
                    later.setOnFinished(e -> {
                        if (workspace == opened) {
                            BackgroundTask.of(messages.get("settings.backingUp"), progress -> {
                                dailyBackup(opened);
                                return null;
                            }).runWith(tasks);
                        }
                    });
                    later.play();
                })
                .onFailure(e -> BackgroundTask.of(messages.get("recovery.looking"), progress ->
                                e instanceof WorkspaceInUseException ? Optional.<Backups.Backup>empty() : Backups.newest(target))
                        .onSuccess(newest -> cannotOpen(target, e, newest))
                        .onFailure(notFound -> {
                            showError(messages, e);
                            Platform.exit();
                        })
                        .runWith(tasks))
                .runWith(tasks);
    }

    /// A workspace that cannot be opened (damaged, or from a newer version) is kept aside and the
    /// newest backup (looked for off the FX thread) is offered, saying what it would lose; one in
    /// use elsewhere is only reported.
    private void cannotOpen(Path target, Throwable e, Optional<Backups.Backup> newest) {
        Messages messages = messages();
        if (newest.isEmpty()) {
            showError(messages, e);
            Platform.exit();
            return;
        }
        Formats formats = new Formats(messages.getLocale(), ZoneId.systemDefault());
        ButtonType restore = new ButtonType(messages.get("recovery.restore"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("recovery.offer", e.getMessage(),
                formats.dateTime(newest.get().takenAt())), restore, ButtonType.CANCEL);
        alert.setHeaderText(messages.get("recovery.title"));
        if (alert.showAndWait().orElse(ButtonType.CANCEL) != restore) {
            Platform.exit();
            return;
        }
        BackgroundTask.of(messages.get("recovery.restoring"), progress -> {
                    if (Workspace.exists(target)) {
                        Backups.setAside(target, clock);
                    }
                    Backups.restore(target, newest.get().file(), clock);
                    return target;
                })
                .onSuccess(folder -> open(folder, false))
                .onFailure(error -> {
                    showError(messages, error);
                    Platform.exit();
                })
                .runWith(tasks);
    }

    private void showMainWindow() {
        Messages messages = messages();
        if (mainWindow != null) {
            mainWindow.close();
        }
        ZoneId zone = ZoneId.systemDefault();
        AppContext context = new AppContext(workspace, tasks, messages, new Formats(messages.getLocale(), zone), clock,
                preferences, this, getHostServices()::showDocument);
        tasks.setDefaultFailureHandler(e -> showError(messages, e));
        mainWindow = new MainWindowView(context);
        scene.setRoot(mainWindow.root());
        stage.titleProperty().unbind();
        stage.titleProperty().bind(mainWindow.viewModel().titleProperty());
    }

    /// Opens the import dialog on the file named on the command line, the first time a workspace
    /// is shown.
    private void importFileArgument() {
        if (fileToImport != null) {
            Path file = fileToImport;
            fileToImport = null;
            mainWindow.openImport(file);
        }
    }

    private void startTimers() {
        if (timers != null) {
            return;
        }
        // Pending applications expire hourly (R-AP-3); a backup is taken once a day while running.
        timers = new Timeline(new KeyFrame(javafx.util.Duration.hours(1), e ->
                BackgroundTask.of(messages().get("applications.expiring"), progress -> {
                    expireApplications(workspace);
                    dailyBackup(workspace);
                    return null;
                }).runWith(tasks)));
        timers.setCycleCount(Animation.INDEFINITE);
        timers.play();
    }

    private void expireApplications(Workspace ws) {
        new ApprovalQueue(ws, clock).expireDue(ApprovalQueue.EXPIRY_ACTOR);
    }

    private void dailyBackup(Workspace ws) {
        Backups.daily(ws, clock);
    }

    @Override
    public void relaunch() {
        applyTheme(preferences.darkTheme());
        showMainWindow();
    }

    @Override
    public void restore(Path backup) {
        Messages messages = messages();
        Path folder = workspace.folder();
        mainWindow.close();
        BackgroundTask.of(messages.get("recovery.restoring"), progress -> {
                    dev.sellerworkbench.search.CreatorSearches.forget(workspace);
                    workspace.close();
                    Backups.restore(folder, backup, clock);
                    return Workspace.open(folder);
                })
                .onSuccess(reopened -> {
                    workspace = reopened;
                    showMainWindow();
                })
                .onFailure(e -> {
                    showError(messages, e);
                    Platform.exit();
                })
                .runWith(tasks);
    }

    @Override
    public void switchWorkspace(String location) {
        if (timers != null) {
            timers.stop();
            timers = null;
        }
        if (mainWindow != null) {
            mainWindow.close();
            mainWindow = null;
        }
        Workspace old = workspace;
        workspace = null;
        BackgroundTask.of(messages().get("workspace.opening"), progress -> {
                    if (old != null) {
                        dev.sellerworkbench.search.CreatorSearches.forget(old);
                        old.close();
                    }
                    return location;
                })
                .onSuccess(next -> {
                    if (next == null) {
                        open(Workspace.defaultFolder(), false);
                    } else {
                        openTeam(next, null);
                    }
                })
                .runWith(tasks);
    }

    @Override
    public void openFolder(Path folder) {
        getHostServices().showDocument(folder.toUri().toString());
    }

    /// A remembered position is used only while a screen still shows it (a monitor may be gone).
    private static boolean onSomeScreen(double x, double y) {
        return !javafx.stage.Screen.getScreensForRectangle(x, y, 100, 100).isEmpty();
    }

    /// The `--workspace` value: a folder or a `postgresql://` URL; null for the default folder.
    static String workspaceArgument(List<String> args) {
        int at = args.indexOf("--workspace");
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : null;
    }

    /// The file to import: the first word that is neither a flag nor the `--workspace` value
    /// (`Main` opens the window with such a word only when it names a file); null for none.
    static Path fileArgument(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--workspace")) {
                i++;
            } else if (!args.get(i).startsWith("--")) {
                return Path.of(args.get(i)).toAbsolutePath();
            }
        }
        return null;
    }

    static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void showError(Messages messages, Throwable e) {
        String where = workspace != null ? workspace.location() : Workspace.defaultFolder().toString();
        String text = dev.sellerworkbench.ui.common.ErrorText.describe(messages, e, where);
        Path logs = dev.sellerworkbench.logging.Logs.folder();
        if (logs != null) {
            text = text + "\n\n" + messages.get("error.seeLog", logs);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText(messages.get("error.title"));
        alert.showAndWait();
    }

    /// Closing the window: waiting autosaves are started, the window says it is saving while the
    /// running writes end, then the workspace closes and the window goes ([Quit]).
    private void quit() {
        if (quitting) {
            return;
        }
        quitting = true;
        preferences.setSize(scene.getWidth(), scene.getHeight());
        preferences.setPosition(stage.getX(), stage.getY());
        if (timers != null) {
            timers.stop();
            timers = null;
        }
        Messages messages = messages();
        Quit quit = new Quit(tasks, Quit.BOUND, Platform::runLater);
        quit.start(() -> {
                    if (mainWindow != null) {
                        mainWindow.close(); // the shown screen saves what waits for a pause in typing
                        mainWindow = null;
                    }
                    showSaving(messages);
                },
                () -> {
                    // read once all work ended: a workspace still opening at the close is set by now
                    Workspace closing = workspace;
                    if (closing != null) {
                        dev.sellerworkbench.search.CreatorSearches.forget(closing);
                        closing.close();
                    }
                },
                () -> {
                    workspace = null;
                    stage.close(); // the last window: the application ends (stop)
                },
                () -> stillSaving(messages, quit));
    }

    private void showSaving(Messages messages) {
        ProgressBar bar = new ProgressBar(-1);
        bar.setPrefWidth(320);
        Label doing = new Label();
        doing.textProperty().bind(tasks.messageProperty());
        Label saving = new Label(messages.get("quit.saving"));
        saving.setId("quit-saving");
        VBox pane = new VBox(12, saving, doing, bar);
        pane.setAlignment(Pos.CENTER);
        pane.setPadding(new Insets(32));
        stage.titleProperty().unbind();
        stage.setTitle(messages.get("quit.saving"));
        scene.setRoot(pane);
    }

    /// The writes did not end within the bound: wait again, or close and leave them.
    private void stillSaving(Messages messages, Quit quit) {
        ButtonType wait = new ButtonType(messages.get("quit.keepWaiting"), ButtonBar.ButtonData.OK_DONE);
        ButtonType leave = new ButtonType(messages.get("quit.closeNow"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String running = tasks.messageProperty().get();
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("quit.stillSaving", Quit.BOUND.toSeconds(),
                running == null || running.isBlank() ? "—" : running), wait, leave);
        alert.setHeaderText(messages.get("quit.stillSavingTitle"));
        if (alert.showAndWait().orElse(wait) == leave) {
            LOG.warn("Closed by the user while work was still running: {}", running);
            abandoned = true;
            Platform.exit();
        } else {
            quit.waitAgain();
        }
    }

    /// The application ends: by [#quit()] after the workspace closed, or by [Platform#exit()]
    /// (a workspace that could not be opened). Running writes are never interrupted: they end
    /// (within a bound) before the workspace closes.
    @Override
    public void stop() {
        if (timers != null) {
            timers.stop();
        }
        if (mainWindow != null) {
            mainWindow.close();
        }
        if (abandoned) {
            return; // the workspace is not closed under a running write; the process ends around it
        }
        boolean ended = tasks == null || tasks.shutdown(Quit.BOUND);
        if (workspace != null) {
            if (!ended) {
                LOG.warn("The workspace is left open: work is still running in it");
                return;
            }
            dev.sellerworkbench.search.CreatorSearches.forget(workspace);
            workspace.close();
            workspace = null;
        }
    }
}
