package dev.sellerworkbench.ui.shell;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/// The shell's state: which screen is shown and the window title with the workspace's name.
public final class MainWindowViewModel {

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Preferences preferences;
    private final ObjectProperty<NavEntry> current = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final boolean demo;

    public MainWindowViewModel(Workspace workspace, TaskRunner tasks, Messages messages, Preferences preferences) {
        this(workspace, tasks, messages, preferences, false);
    }

    /// `demo`: the workspace is the demo, which the title says so nobody takes its figures for
    /// the shop's.
    public MainWindowViewModel(Workspace workspace, TaskRunner tasks, Messages messages, Preferences preferences,
            boolean demo) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.messages = messages;
        this.preferences = preferences;
        this.demo = demo;
        String app = messages.get("app.title");
        // a team workspace is named by its server, so nobody edits the shared one thinking it is local
        title.set(workspace.isTeam()
                ? messages.get("app.title.team", app, workspace.location())
                : demo ? messages.get("app.title.demo", app, workspace.name())
                : app + " — " + workspace.name());
        current.set(NavEntry.parse(preferences.lastScreen()));
        current.addListener((obs, old, now) -> {
            if (now != null) {
                preferences.setLastScreen(now.name());
            }
        });
    }

    public ObjectProperty<NavEntry> currentProperty() {
        return current;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public boolean isDemo() {
        return demo;
    }

    /// The workspace folders opened on this desktop, the latest first, the open one left out.
    public java.util.List<String> recentWorkspaces() {
        return preferences.recentWorkspaces().stream()
                .filter(folder -> !folder.equals(workspace.location())).toList();
    }

    public String workspaceFolder() {
        return workspace.location();
    }

    /// Where the log is written: the folder chosen at start, else the `logs` folder of a local
    /// workspace (of the data folder for a team workspace).
    public java.nio.file.Path logFolder() {
        java.nio.file.Path current = dev.sellerworkbench.logging.Logs.folder();
        if (current != null) {
            return current;
        }
        return dev.sellerworkbench.logging.Logs.folderOf(workspace.isTeam()
                ? dev.sellerworkbench.store.Workspace.defaultFolder() : workspace.folder());
    }

    /// A plan whose autosaved work was recovered after the application ended without closing.
    public record RecoveredDraft(long planId, String name) {
    }

    /// The plans whose editor was open with autosaved work when the application last ended
    /// without closing (R-DRAFT-1), named as the user knows them, given to `found` on the FX
    /// thread; nothing when there are none. The marks are taken: the notice is given once.
    public void recoveredDrafts(java.util.function.Consumer<java.util.List<RecoveredDraft>> found) {
        java.util.List<Long> ids = dev.sellerworkbench.ui.plans.OpenDrafts.takeAll(preferences,
                workspace.location());
        if (ids.isEmpty()) {
            return;
        }
        dev.sellerworkbench.ui.common.BackgroundTask.of(messages.get("plans.recovered.reading"), p -> ids.stream()
                        .map(id -> workspace.plans().findById(id).orElse(null))
                        .filter(java.util.Objects::nonNull) // deleted meanwhile: nothing to reopen
                        .map(plan -> new RecoveredDraft(plan.id(), plan.name() == null || plan.name().isBlank()
                                ? messages.get("plans.editor.newTitle", messages.get("plan.type."
                                        + plan.type().name().toLowerCase(java.util.Locale.ROOT)))
                                : plan.name()))
                        .toList())
                .onSuccess(drafts -> {
                    if (!drafts.isEmpty()) {
                        found.accept(drafts);
                    }
                })
                .runWith(tasks);
    }
}
