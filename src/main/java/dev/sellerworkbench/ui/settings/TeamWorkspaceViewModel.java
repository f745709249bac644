package dev.sellerworkbench.ui.settings;

import dev.sellerworkbench.store.TeamCredentials;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.store.WorkspaceAddress;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.BackgroundTask;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// Settings' team workspace part: the server address, user name and password to connect with,
/// and the way back to the local folder.
public final class TeamWorkspaceViewModel {

    private final AppContext context;
    private final StringProperty teamUrl = new SimpleStringProperty("");
    private final StringProperty teamUser = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final StringProperty teamPassword = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper teamStatus = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper team = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final BooleanBinding teamValid;

    public TeamWorkspaceViewModel(AppContext context) {
        this.context = context;
        teamValid = Bindings.createBooleanBinding(() -> validTeamUrl(teamUrl.get()) && !teamUser.get().isBlank(),
                teamUrl, teamUser);
        team.set(context.workspace().isTeam());
        if (context.workspace().isTeam()) {
            teamUrl.set(context.workspace().location());
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
        teamStatus.set(context.messages().get("settings.team.connecting", url));
        BackgroundTask.of(context.messages().get("settings.team.connecting", url), progress -> {
                    WorkspaceAddress.Team address = (WorkspaceAddress.Team) WorkspaceAddress.parse(url);
                    try (Workspace tried = Workspace.open(address, credentials)) {
                        tried.schemaVersion();
                    }
                    credentials.save(address, TeamCredentials.defaultFile());
                    return address.display();
                })
                .onSuccess(location -> {
                    teamPassword.set("");
                    context.preferences().setTeamWorkspace(location);
                    teamStatus.set(context.messages().get("settings.team.connected", location));
                    context.shell().switchWorkspace(location);
                })
                .onFailure(e -> teamStatus.set(refusedLogin(e) ? context.messages().get("settings.team.refused", url)
                        : dev.sellerworkbench.ui.common.ErrorText.describe(context.messages(), e, url)))
                .runWith(context.tasks());
    }

    /// Back to the local workspace folder on this desktop.
    public void useLocal() {
        context.preferences().setTeamWorkspace(null);
        context.shell().switchWorkspace(null);
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
