package dev.sellerworkbench.ui.settings;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.TeamCredentials;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.store.WorkspaceAddress;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.ScreenHost;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// Settings' team workspace part: the server address, user name and password to connect with,
/// and the way back to the local folder.
public final class TeamWorkspaceViewModel {

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Preferences preferences;
    private final ScreenHost shell;
    private final StringProperty teamUrl = new SimpleStringProperty("");
    private final StringProperty teamUser = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final StringProperty teamPassword = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper teamStatus = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper team = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final BooleanBinding teamValid;

    public TeamWorkspaceViewModel(Workspace workspace, TaskRunner tasks, Messages messages, Preferences preferences,
            ScreenHost shell) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.messages = messages;
        this.preferences = preferences;
        this.shell = shell;
        teamValid = Bindings.createBooleanBinding(() -> validTeamUrl(teamUrl.get()) && !teamUser.get().isBlank(),
                teamUrl, teamUser);
        team.set(workspace.isTeam());
        if (workspace.isTeam()) {
            teamUrl.set(workspace.location());
        }
    }

    static boolean validTeamUrl(String url) {
        try {
            return url != null && WorkspaceAddress.isTeam(url) && WorkspaceAddress.parse(url) instanceof WorkspaceAddress.Team;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /// Connects to a team workspace: tries the server (creating the workspace's tables on a new,
    /// empty database), then saves the user name and password in the user's private password file
    /// and the URL in this desktop's preferences, and switches the window to it. An unreachable
    /// server or a refused login is said plainly and changes nothing.
    public void connectTeam() {
        String url = teamUrl.get().trim();
        TeamCredentials credentials = new TeamCredentials(teamUser.get().trim(), teamPassword.get());
        teamStatus.set(messages.get("settings.team.connecting", url));
        BackgroundTask.of(messages.get("settings.team.connecting", url), progress -> {
                    WorkspaceAddress.Team address = (WorkspaceAddress.Team) WorkspaceAddress.parse(url);
                    try (Workspace tried = Workspace.open(address, credentials)) {
                        tried.schemaVersion();
                    }
                    credentials.save(address, TeamCredentials.defaultFile());
                    return address.display();
                })
                .onSuccess(location -> {
                    teamPassword.set("");
                    preferences.setTeamWorkspace(location);
                    teamStatus.set(messages.get("settings.team.connected", location));
                    shell.switchWorkspace(location);
                })
                .onFailure(e -> teamStatus.set(refusedLogin(e) ? messages.get("settings.team.refused", url)
                        : dev.sellerworkbench.ui.common.ErrorText.describe(messages, e, url)))
                .runWith(tasks);
    }

    /// Back to the local workspace folder on this desktop.
    public void useLocal() {
        preferences.setTeamWorkspace(null);
        shell.switchWorkspace(null);
    }

    private static boolean refusedLogin(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "28P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public StringProperty teamUrlProperty() {
        return teamUrl;
    }

    public StringProperty teamUserProperty() {
        return teamUser;
    }

    public StringProperty teamPasswordProperty() {
        return teamPassword;
    }

    public ReadOnlyStringProperty teamStatusProperty() {
        return teamStatus.getReadOnlyProperty();
    }

    public BooleanBinding teamValidProperty() {
        return teamValid;
    }

    /// True while a team workspace is open (backups are then the server's business).
    public javafx.beans.property.ReadOnlyBooleanProperty teamProperty() {
        return team.getReadOnlyProperty();
    }
}
