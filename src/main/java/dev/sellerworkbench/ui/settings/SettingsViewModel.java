package dev.sellerworkbench.ui.settings;

import dev.sellerworkbench.queue.ApprovalQueue;
import dev.sellerworkbench.store.Backups;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.TeamCredentials;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.store.WorkspaceAddress;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.BackgroundTask;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// Settings: the workspace and its backups, the seller's shop name, region, currency, time zone,
/// staff name and application expiry, and this desktop's language and theme.
public final class SettingsViewModel {

    private final AppContext context;
    private final ReadOnlyStringWrapper workspace = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper schema = new ReadOnlyStringWrapper("");
    private final StringProperty shopName = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final StringProperty timeZone = new SimpleStringProperty("");
    private final StringProperty staffName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final StringProperty expiryDays = new SimpleStringProperty("");
    private final javafx.beans.property.ObjectProperty<java.util.Locale> language = new javafx.beans.property.SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty dark = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.collections.ObservableList<Backups.Backup> backups = javafx.collections.FXCollections.observableArrayList();
    private final BooleanBinding valid;
    private final StringProperty teamUrl = new SimpleStringProperty("");
    private final StringProperty teamUser = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final StringProperty teamPassword = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper teamStatus = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper team = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final BooleanBinding teamValid;

    public SettingsViewModel(AppContext context) {
        this.context = context;
        valid = Bindings.createBooleanBinding(() -> validZone(timeZone.get()) && !staffName.get().isBlank()
                        && validDays(expiryDays.get()), timeZone, staffName, expiryDays);
        teamValid = Bindings.createBooleanBinding(() -> validTeamUrl(teamUrl.get()) && !teamUser.get().isBlank(),
                teamUrl, teamUser);
        team.set(context.workspace().isTeam());
        if (context.workspace().isTeam()) {
            teamUrl.set(context.workspace().location());
        }
        language.set(dev.sellerworkbench.i18n.Messages.supported(context.preferences().language()));
        dark.set(context.preferences().darkTheme());
    }

    static boolean validZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException | NullPointerException e) {
            return false;
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

    static boolean validDays(String days) {
        try {
            int n = Integer.parseInt(days.trim());
            return n >= 1 && n <= 365;
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }

    public void load() {
        record Loaded(String folder, int schema, Map<String, String> settings, String staff, String zone,
                      java.util.List<Backups.Backup> backups) {
        }
        BackgroundTask.of(context.messages().get("settings.loading"), progress -> new Loaded(
                        context.workspace().location(), context.workspace().schemaVersion(),
                        context.workspace().settings().all(), context.workspace().settings().staffName(),
                        context.workspace().settings().timeZone().getId(),
                        context.workspace().isTeam() ? java.util.List.of() : Backups.list(context.workspace().folder())))
                .onSuccess(loaded -> {
                    workspace.set(loaded.folder());
                    schema.set(String.valueOf(loaded.schema()));
                    shopName.set(loaded.settings().getOrDefault(SettingsRepository.SHOP_NAME, ""));
                    region.set(loaded.settings().getOrDefault(SettingsRepository.REGION, ""));
                    currency.set(loaded.settings().getOrDefault(SettingsRepository.CURRENCY, ""));
                    timeZone.set(loaded.zone());
                    staffName.set(loaded.staff());
                    expiryDays.set(loaded.settings().getOrDefault(SettingsRepository.EXPIRY_DAYS,
                            String.valueOf(ApprovalQueue.DEFAULT_EXPIRY_DAYS)));
                    backups.setAll(loaded.backups());
                    status.set("");
                })
                .runWith(context.tasks());
    }

    public void save() {
        String staff = staffName.get().trim();
        Map<String, String> values = Map.of(SettingsRepository.SHOP_NAME, shopName.get().trim(),
                SettingsRepository.REGION, region.get().trim(), SettingsRepository.CURRENCY, currency.get().trim(),
                SettingsRepository.TIME_ZONE, timeZone.get().trim(),
                SettingsRepository.EXPIRY_DAYS, String.valueOf(Integer.parseInt(expiryDays.get().trim())));
        BackgroundTask.of(context.messages().get("settings.saving"), progress -> {
                    values.forEach(context.workspace().settings()::put);
                    context.workspace().settings().putStaffName(staff);
                    return null;
                })
                .onSuccess(ignored -> status.set(context.messages().get("settings.saved")))
                .runWith(context.tasks());
    }

    /// Language and theme are the desktop's own choice; the window is rebuilt on the same screen.
    public void applyAppearance() {
        boolean changed = !language.get().equals(dev.sellerworkbench.i18n.Messages.supported(context.preferences().language()))
                || dark.get() != context.preferences().darkTheme();
        context.preferences().setLanguage(language.get());
        context.preferences().setDarkTheme(dark.get());
        if (changed) {
            context.shell().relaunch();
        }
    }

    public void backUpNow() {
        record Taken(Backups.Backup backup, java.util.List<Backups.Backup> all) {
        }
        BackgroundTask.of(context.messages().get("settings.backingUp"), progress -> {
                    Backups.Backup backup = Backups.take(context.workspace(), "manual", context.clock());
                    return new Taken(backup, Backups.list(context.workspace().folder()));
                })
                .onSuccess(taken -> {
                    backups.setAll(taken.all());
                    status.set(context.messages().get("settings.backedUp", taken.backup().file().getFileName()));
                })
                .runWith(context.tasks());
    }

    public void restore(Backups.Backup backup) {
        if (backup != null) {
            context.shell().restore(backup.file());
        }
    }

    public void openWorkspaceFolder() {
        if (context.workspace().isTeam()) {
            return;
        }
        context.shell().openFolder(context.workspace().folder());
    }

    public javafx.beans.property.ObjectProperty<java.util.Locale> languageProperty() {
        return language;
    }

    public javafx.beans.property.BooleanProperty darkProperty() {
        return dark;
    }

    public StringProperty expiryDaysProperty() {
        return expiryDays;
    }

    public javafx.collections.ObservableList<Backups.Backup> backups() {
        return backups;
    }

    public String formatBackup(Backups.Backup backup) {
        return context.formats().dateTime(backup.takenAt()) + " — " + context.messages().get("settings.backup.reason." + backup.reason());
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ReadOnlyStringProperty workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty schemaProperty() {
        return schema.getReadOnlyProperty();
    }

    public StringProperty shopNameProperty() {
        return shopName;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public StringProperty staffNameProperty() {
        return staffName;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
