package dev.sellerworkbench.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.sellerworkbench.demo.DemoGenerator;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.queue.ApprovalQueue;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.store.WorkspaceException;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/// The window: the composition root that opens the workspace (creating the demo workspace on a
/// first start at the default location), builds the services once and hands them to the screens.
public final class App extends Application {

    private Workspace workspace;
    private TaskRunner tasks;
    private MainWindowView mainWindow;

    public static void main(String[] args) {
        launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        Preferences preferences = Preferences.user();
        Messages messages = Messages.forLocale(preferences.language());
        applyTheme(preferences.darkTheme());
        tasks = TaskRunner.background();
        Path folder = workspaceFolder(getParameters().getRaw());
        boolean firstStart = folder == null;
        Path target = folder == null ? Workspace.defaultFolder() : folder;
        boolean demo = firstStart && !Workspace.exists(target);

        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(tasks.progressProperty());
        bar.setPrefWidth(320);
        Label label = new Label();
        label.textProperty().bind(tasks.messageProperty());
        VBox splash = new VBox(12, new Label(messages.get("app.title")), label, bar);
        splash.setAlignment(Pos.CENTER);
        splash.setPadding(new Insets(32));
        stage.setTitle(messages.get("app.title"));
        stage.setScene(new Scene(splash, 480, 200));
        stage.show();

        String title = messages.get(demo ? "workspace.creatingDemo" : "workspace.opening");
        BackgroundTask.of(title, progress -> {
                    Workspace opened = Workspace.open(target);
                    if (demo) {
                        new DemoGenerator(opened, Clock.systemDefaultZone(), progress).generate(DemoGenerator.DEFAULT_CREATORS);
                    }
                    expireApplications(opened);
                    return opened;
                })
                .onSuccess(opened -> {
                    workspace = opened;
                    ZoneId zone = ZoneId.systemDefault();
                    AppContext context = new AppContext(opened, tasks, messages, new Formats(messages.getLocale(), zone),
                            Clock.systemDefaultZone(), preferences, getHostServices()::showDocument);
                    tasks.setDefaultFailureHandler(e -> showError(messages, e));
                    mainWindow = new MainWindowView(context);
                    Scene scene = new Scene(mainWindow.root(), preferences.width(), preferences.height());
                    stage.setScene(scene);
                    stage.titleProperty().bind(mainWindow.viewModel().titleProperty());
                    stage.setOnCloseRequest(e -> preferences.setSize(scene.getWidth(), scene.getHeight()));
                    scheduleHourlyExpiry(messages);
                })
                .onFailure(e -> {
                    showError(messages, e);
                    Platform.exit();
                })
                .runWith(tasks);
    }

    /// Pending applications past the configured number of days expire on start and every hour (R-AP-3).
    private static void expireApplications(Workspace ws) {
        int days = ws.settings().getInt(SettingsRepository.EXPIRY_DAYS, ApprovalQueue.DEFAULT_EXPIRY_DAYS);
        new ApprovalQueue(ws, Clock.systemDefaultZone()).expire(days, "system");
    }

    private void scheduleHourlyExpiry(Messages messages) {
        Timeline hourly = new Timeline(new KeyFrame(Duration.hours(1), e ->
                BackgroundTask.of(messages.get("applications.expiring"), progress -> {
                    expireApplications(workspace);
                    return null;
                }).runWith(tasks)));
        hourly.setCycleCount(Animation.INDEFINITE);
        hourly.play();
    }

    static Path workspaceFolder(List<String> args) {
        int at = args.indexOf("--workspace");
        return at >= 0 && at + 1 < args.size() ? Path.of(args.get(at + 1)) : null;
    }

    static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private static void showError(Messages messages, Throwable e) {
        String text = e instanceof WorkspaceException ? e.getMessage() : messages.get("error.unexpected", String.valueOf(e.getMessage()));
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText(messages.get("error.title"));
        alert.showAndWait();
    }

    @Override
    public void stop() {
        if (mainWindow != null) {
            mainWindow.close();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
        if (workspace != null) {
            workspace.close();
        }
    }
}
