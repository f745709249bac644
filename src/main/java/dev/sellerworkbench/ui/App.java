package dev.sellerworkbench.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.sellerworkbench.app.Services;
import dev.sellerworkbench.demo.DemoGenerator;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.queue.ApprovalQueue;
import dev.sellerworkbench.settings.Setting;
import dev.sellerworkbench.settings.SettingsService;
import dev.sellerworkbench.store.Backups;
import dev.sellerworkbench.store.TeamCredentials;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.store.WorkspaceAddress;
import dev.sellerworkbench.store.WorkspaceInUseException;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import dev.sellerworkbench.ui.shell.MainWindowView;
import dev.sellerworkbench.ui.start.StartView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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

/// The window: the composition root that opens the workspace, builds the services once and hands
/// them to the screens. On a first start (no workspace at the default folder, none opened before)
/// it asks whether to try the demo, kept in a folder of its own ([Workspace#demoFolder()]), or to
/// start the shop, empty, with its name, region, currency and time zone (J7). It switches to
/// another workspace folder, new or existing, closing the old one only after its writes ended;
/// it rebuilds the window when the language or theme changes, restores backups, and offers the
/// newest backup when a workspace cannot be opened.
///
/// System properties for unattended starts: `sw.firstStart=demo` or `sw.firstStart=shop` answers
/// the first-start question (`shop` starts an empty, unnamed shop in the default folder);
/// `sw.demoCreators` sets how many creators a new demo has (default 20,000).
public final class App extends Application implements ScreenHost {

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
    /// The open workspace is the demo (read while opening, off the FX thread).
    private boolean demo;
    /// A switch to another workspace has begun: the old one is closing.
    private boolean switching;
    /// How the window asks for a folder; tests answer without the system's dialog.
    static FolderChooser folders = FolderChooser.SYSTEM;

    /// Asks for a folder (null when the user cancels).
    @FunctionalInterface
    interface FolderChooser {
        FolderChooser SYSTEM = (owner, title, near) -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle(title);
            if (near != null && near.toFile().isDirectory()) {
                chooser.setInitialDirectory(near.toFile());
            }
            java.io.File chosen = chooser.showDialog(owner);
            return chosen == null ? null : chosen.toPath();
        };

        Path choose(javafx.stage.Window owner, String title, Path near);
    }

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
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> LOG.error("Uncaught failure on {}", thread.getName(), e));

        VBox splash = splash(messages);
        // a remembered size larger than this screen (a laptop after a monitor) is fitted to it
        javafx.geometry.Rectangle2D bounds = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(splash, Math.min(preferences.width(), bounds.getWidth()),
                Math.min(preferences.height(), bounds.getHeight()));
        stage.titleProperty().unbind(); // a stage shown before (tests reuse one) may still be bound
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        if (!Double.isNaN(preferences.x()) && onSomeScreen(preferences.x(), preferences.y())) {
            stage.setX(preferences.x());
            stage.setY(preferences.y());
        }
        stage.setMaximized(preferences.maximized());
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        stage.show();
        String given = location;
        // which folder, and whether anything was ever opened, is file work: off the FX thread
        BackgroundTask.of(messages.get("workspace.opening"), progress -> {
                    boolean team = given != null && WorkspaceAddress.isTeam(given);
                    Path target = team ? Workspace.defaultFolder() : given != null ? Path.of(given) : lastOrDefaultFolder();
                    // the log a person can send: beside the workspace (the data folder for a team workspace)
                    dev.sellerworkbench.logging.Logs.writeTo(target);
                    return new Starting(target, team, given == null && !Workspace.exists(target));
                })
                .onSuccess(starting -> {
                    if (starting.team()) {
                        openTeam(given, null);
                    } else if (starting.first()) {
                        firstStart();
                    } else {
                        open(starting.folder(), null, false);
                    }
                })
                .onFailure(e -> {
                    showError(messages, e);
                    Platform.exit();
                })
                .runWith(tasks);
    }

    /// Where the window starts: the folder, whether it is a team workspace, and whether this is
    /// the first start (nothing opened before and no workspace at the default folder).
    private record Starting(Path folder, boolean team, boolean first) {
    }

    /// The local workspace opened last on this desktop while it still exists, else the default
    /// folder. Reads files: call it off the FX thread.
    private Path lastOrDefaultFolder() {
        String last = preferences.lastWorkspace();
        if (last != null && !WorkspaceAddress.isTeam(last) && Workspace.exists(Path.of(last))) {
            return Path.of(last);
        }
        return Workspace.defaultFolder();
    }

    private VBox splash(Messages messages) {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(tasks.progressProperty());
        bar.setPrefWidth(320);
        Label label = new Label();
        label.textProperty().bind(tasks.messageProperty());
        VBox splash = new VBox(12, new Label(messages.get("app.title")), label, bar);
        splash.setAlignment(Pos.CENTER);
        splash.setPadding(new Insets(32));
        return splash;
    }

    /// J7: "Try the demo" or "Start my shop" (asked unless `sw.firstStart` answers it).
    private void firstStart() {
        String answer = System.getProperty("sw.firstStart", "");
        if (answer.equals("demo")) {
            open(Workspace.demoFolder(), null, true);
        } else if (answer.equals("shop")) {
            open(Workspace.defaultFolder(), Map.of(), false);
        } else {
            Messages messages = messages();
            StartView start = new StartView(messages, true,
                    () -> open(Workspace.demoFolder(), null, true),
                    settings -> open(Workspace.defaultFolder(), settings, false),
                    () -> { });
            stage.titleProperty().unbind();
            stage.setTitle(messages.get("app.title"));
            scene.setRoot(start.root());
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
                    demo = false;
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

    /// Opens the local workspace in `target`. When it holds none yet: `shop` (stored values) are
    /// the new shop's first settings, or `makeDemo` fills it with the demo; an existing workspace
    /// is opened as it is.
    private void open(Path target, Map<Setting, String> shop, boolean makeDemo) {
        Messages messages = messages();
        scene.setRoot(splash(messages));
        BackgroundTask.of(messages.get(makeDemo ? "workspace.creatingDemo" : "workspace.opening"), progress -> {
                    boolean fresh = !Workspace.exists(target);
                    Workspace opened = Workspace.open(target);
                    try {
                        if (fresh && makeDemo) {
                            new DemoGenerator(opened, clock, progress).generate(
                                    Integer.getInteger("sw.demoCreators", DemoGenerator.DEFAULT_CREATORS));
                        } else if (fresh && shop != null && !shop.isEmpty()) {
                            SettingsService settings = Services.of(opened, clock, messages()).settings();
                            settings.start(shop, opened.settings().staffName(), clock.instant());
                        }
                        expireApplications(opened);
                        return new Opened(opened, opened.settings().isDemo());
                    } catch (RuntimeException e) {
                        opened.close();
                        throw e;
                    }
                })
                .onSuccess(result -> {
                    Workspace opened = result.workspace();
                    workspace = opened;
                    demo = result.demo();
                    if (quitting) {
                        return; // closed as soon as opened: the quit closes it
                    }
                    preferences.rememberWorkspace(opened.location());
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
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("recovery.offer",
                dev.sellerworkbench.ui.common.ErrorText.describe(messages, e, target),
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
                .onSuccess(folder -> open(folder, null, false))
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
        mainWindow = new MainWindowView(context, demo);
        stage.titleProperty().unbind();
        stage.titleProperty().bind(mainWindow.viewModel().titleProperty());
        scene.setRoot(mainWindow.root());
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
        Services.of(ws, clock, messages()).approvals().expireDue(ApprovalQueue.EXPIRY_ACTOR);
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

    /// A workspace just opened, and whether it is the demo.
    private record Opened(Workspace workspace, boolean demo) {
    }

    @Override
    public void switchWorkspace(String location) {
        if (location == null) {
            switchThen(() -> BackgroundTask.of(messages().get("workspace.opening"), progress -> lastOrDefaultFolder())
                    .onSuccess(folder -> open(folder, null, false))
                    .runWith(tasks));
        } else {
            switchThen(() -> openTeam(location, null));
        }
    }

    @Override
    public void openWorkspace(Path folder) {
        if (folder == null || workspace != null && !workspace.isTeam()
                && workspace.folder().equals(folder.toAbsolutePath().normalize())) {
            return; // already open
        }
        // a folder with no workspace yet starts a shop there, asked like a new workspace
        BackgroundTask.of(messages().get("workspace.opening"), progress -> Workspace.exists(folder))
                .onSuccess(exists -> {
                    if (exists) {
                        switchThen(() -> open(folder, null, false));
                    } else {
                        askShop(folder);
                    }
                })
                .runWith(tasks);
    }

    @Override
    public void chooseWorkspace() {
        Path folder = folders.choose(stage, messages().get("workspace.open.title"), parentOfCurrent());
        if (folder != null) {
            openWorkspace(folder);
        }
    }

    @Override
    public void newWorkspace() {
        Path folder = folders.choose(stage, messages().get("workspace.new.title"), parentOfCurrent());
        if (folder != null) {
            openWorkspace(folder);
        }
    }

    @Override
    public void leaveDemo() {
        // the demo stays in its folder; the shop starts in the default folder, or beside it when
        // the demo is there (made before the demo had a folder of its own)
        BackgroundTask.of(messages().get("workspace.opening"), progress -> Workspace.freeFolder(Workspace.defaultFolder()))
                .onSuccess(this::askShop)
                .runWith(tasks);
    }

    private Path parentOfCurrent() {
        return workspace == null || workspace.isTeam() ? null : workspace.folder().getParent();
    }

    /// The shop form over the open window; Back returns to it.
    private void askShop(Path folder) {
        Messages messages = messages();
        javafx.scene.Parent shown = scene.getRoot();
        StartView form = new StartView(messages, false, () -> { },
                settings -> switchThen(() -> open(folder, settings, false)),
                () -> scene.setRoot(shown));
        scene.setRoot(form.root());
    }

    /// Closes the open workspace the way quitting does, without interrupting a write: the shown
    /// screen saves what waits for a pause in typing, running and queued work ends, then the
    /// workspace closes off the FX thread and `next` opens another.
    private void switchThen(Runnable next) {
        if (switching || quitting) {
            return;
        }
        switching = true;
        if (timers != null) {
            timers.stop();
            timers = null;
        }
        if (mainWindow != null) {
            mainWindow.close();
            mainWindow = null;
        }
        Messages messages = messages();
        stage.titleProperty().unbind();
        stage.setTitle(messages.get("app.title"));
        scene.setRoot(splash(messages));
        closeWhenIdle(next);
    }

    private void closeWhenIdle(Runnable next) {
        tasks.whenIdle(Quit.BOUND, () -> {
            Workspace old = workspace;
            workspace = null;
            BackgroundTask.of(messages().get("workspace.closing"), progress -> {
                        if (old != null) {
                            dev.sellerworkbench.search.CreatorSearches.forget(old);
                            old.close();
                        }
                        return null;
                    })
                    .onSuccess(none -> {
                        switching = false;
                        next.run();
                    })
                    .onFailure(e -> {
                        switching = false;
                        LOG.error("Closing the workspace failed", e);
                        next.run();
                    })
                    .runWith(tasks);
        }, () -> {
            // a write still running is never cut off: wait for it again
            LOG.warn("Still waiting for work before switching workspaces: {}", tasks.messageProperty().get());
            closeWhenIdle(next);
        });
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
        preferences.setMaximized(stage.isMaximized());
        if (!stage.isMaximized()) { // the size to come back to when it is no longer maximised
            preferences.setSize(scene.getWidth(), scene.getHeight());
            preferences.setPosition(stage.getX(), stage.getY());
        }
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
