package dev.sellerworkbench.ui.settings;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.settings.Setting;
import dev.sellerworkbench.settings.SettingsCatalogue;
import dev.sellerworkbench.settings.SettingsService;
import dev.sellerworkbench.store.Backups;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.ScreenHost;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.ConflictModel;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import dev.sellerworkbench.ui.invitations.OutreachCounter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// Settings: the workspace and its backups, the seller's settings of the [SettingsCatalogue] (shop
/// name, region, currency, time zone, after-sales days per market, target audience, rate ceiling,
/// creators per targeted plan, application expiry), the staff name, and this desktop's language and
/// theme. Each catalogue setting is one text field here, checked by the catalogue as `settings set`
/// checks it, so the window and the command line accept the same values.
public final class SettingsViewModel implements ConflictModel {

    private final Workspace openWorkspace;
    private final SettingsService settingsService;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final Preferences preferences;
    private final ScreenHost shell;
    private final OutreachCounter outreachCounter;
    private final ReadOnlyStringWrapper workspace = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper schema = new ReadOnlyStringWrapper("");
    private final Map<Setting, StringProperty> fields = new LinkedHashMap<>();
    private final AudienceForm audience;
    private final StringProperty staffName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ObjectProperty<java.util.Locale> language = new javafx.beans.property.SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty dark = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.collections.ObservableList<Backups.Backup> backups = javafx.collections.FXCollections.observableArrayList();
    private final StringBinding problem;
    private final BooleanBinding valid;
    private final ReadOnlyStringWrapper conflict = new ReadOnlyStringWrapper("");
    /// The seller's settings as loaded, with their versions: a save writes only what changed, and
    /// only if nobody changed it meanwhile.
    private Map<String, SettingsRepository.Versioned> read = Map.of();
    /// The seller's settings as the form showed them after the last load or save: what differs
    /// from these is this user's edit, the part a reapply after a conflict keeps.
    private Map<Setting, String> shown = Map.of();

    public SettingsViewModel(Workspace openWorkspace, SettingsService settingsService, TaskRunner tasks,
            Messages messages, Formats formats, Clock clock, Preferences preferences, ScreenHost shell,
            OutreachCounter outreachCounter) {
        this.openWorkspace = openWorkspace;
        this.settingsService = settingsService;
        this.tasks = tasks;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.preferences = preferences;
        this.shell = shell;
        this.outreachCounter = outreachCounter;
        for (Setting setting : SettingsCatalogue.all()) {
            fields.put(setting, new SimpleStringProperty(""));
        }
        audience = new AudienceForm(field(SettingsCatalogue.TARGET_AUDIENCE));
        List<javafx.beans.Observable> watched = new ArrayList<>(fields.values());
        watched.add(staffName);
        problem = Bindings.createStringBinding(this::firstProblem, watched.toArray(javafx.beans.Observable[]::new));
        valid = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
        language.set(dev.sellerworkbench.i18n.Messages.supported(preferences.language()));
        dark.set(preferences.darkTheme());
    }

    /// What keeps the form from being saved, in the user's language; "" when it can be saved.
    private String firstProblem() {
        for (Map.Entry<Setting, StringProperty> e : fields.entrySet()) {
            Setting.Parsed parsed = e.getKey().parse(e.getValue().get());
            if (!parsed.ok()) {
                return SettingsService.explain(e.getKey(), parsed.problem(), messages);
            }
        }
        return staffName.get().isBlank() ? messages.get("settings.invalid.required",
                messages.get("settings.staffName")) : "";
    }

    public void load() {
        record Loaded(String folder, int schema, Map<String, SettingsRepository.Versioned> versioned, String staff,
                      java.util.List<Backups.Backup> backups) {
        }
        BackgroundTask.of(messages.get("settings.loading"), progress -> new Loaded(
                        openWorkspace.location(), openWorkspace.schemaVersion(),
                        openWorkspace.settings().allVersioned(), openWorkspace.settings().staffName(),
                        openWorkspace.isTeam() ? java.util.List.of() : Backups.list(openWorkspace.folder())))
                .onSuccess(loaded -> {
                    workspace.set(loaded.folder());
                    schema.set(String.valueOf(loaded.schema()));
                    fields.forEach((setting, field) -> field.set(shownValue(setting, loaded.versioned())));
                    staffName.set(loaded.staff());
                    backups.setAll(loaded.backups());
                    read = loaded.versioned();
                    shown = texts();
                    status.set("");
                    conflict.set("");
                })
                .runWith(tasks);
    }

    private static String shownValue(Setting setting, Map<String, SettingsRepository.Versioned> stored) {
        String value = SettingsService.value(setting, stored).value();
        return value == null ? "" : value;
    }

    /// The form's text per setting, as it stands.
    private Map<Setting, String> texts() {
        Map<Setting, String> texts = new LinkedHashMap<>();
        fields.forEach((setting, field) -> texts.put(setting, field.get() == null ? "" : field.get().strip()));
        return texts;
    }

    public void save() {
        if (!valid.get()) {
            return;
        }
        String staff = staffName.get().trim();
        Map<Setting, String> texts = texts();
        Map<Setting, String> wanted = new LinkedHashMap<>();
        texts.forEach((setting, text) -> wanted.put(setting, setting.parse(text).value()));
        List<SettingsRepository.Change> changes = SettingsService.changes(read, wanted);
        BackgroundTask.of(messages.get("settings.saving"), progress -> {
                    SettingsRepository settings = openWorkspace.settings();
                    // the staff name is this desktop's own: no colleague can overwrite it
                    settings.putStaffName(staff);
                    return settingsService.save(changes, settings.staffName(),
                            clock.instant());
                })
                .onSuccess(saved -> {
                    if (saved.ok()) {
                        read = saved.now();
                        shown = texts;
                        conflict.set("");
                        status.set(messages.get("settings.saved"));
                        // the status bar's outreach counter shows a new weekly limit at once (R-OUT-4)
                        outreachCounter.refresh();
                        return;
                    }
                    String field = SettingsCatalogue.byStoredName(saved.lost().getFirst())
                            .map(s -> SettingsService.label(s, messages)).orElse(saved.lost().getFirst());
                    status.set("");
                    conflict.set(saved.by().isEmpty() ? messages.get("settings.conflict.unknown", field)
                            : messages.get("settings.conflict.by", saved.by().get().actor(), field,
                                    formats.dateTime(saved.by().get().at())));
                })
                .runWith(tasks);
    }

    /// After a conflict: drop this user's edit and show the settings as the colleague left them.
    @Override
    public void reloadAfterConflict() {
        load();
    }

    /// After a conflict: save this user's edit again on top of the colleague's. The settings are
    /// read afresh; the fields this user changed keep their values and are saved at the versions
    /// just read, every other field takes the colleague's value. Still optimistic: if someone else
    /// saves in between, the conflict shows again naming them.
    @Override
    public void reapplyAfterConflict() {
        if (conflict.get().isEmpty() || !valid.get()) {
            return;
        }
        Map<Setting, String> now = texts();
        java.util.Set<Setting> edited = new java.util.HashSet<>();
        now.forEach((setting, text) -> {
            if (!text.equals(shown.get(setting))) {
                edited.add(setting);
            }
        });
        BackgroundTask.of(messages.get("settings.saving"), progress -> openWorkspace.settings().allVersioned())
                .onSuccess(fresh -> {
                    Map<Setting, String> baseline = new LinkedHashMap<>();
                    fields.forEach((setting, field) -> {
                        String stored = shownValue(setting, fresh);
                        baseline.put(setting, stored);
                        // the colleague's value where this user changed nothing, so saving keeps it
                        if (!edited.contains(setting)) {
                            field.set(stored);
                        }
                    });
                    read = fresh;
                    shown = Map.copyOf(baseline);
                    conflict.set("");
                    save();
                })
                .runWith(tasks);
    }

    /// The form's field of a catalogue setting, in the form users see and type it.
    public StringProperty field(String key) {
        return fields.get(SettingsCatalogue.get(key));
    }

    /// The target audience as a gender and an age band with their shares.
    AudienceForm audience() {
        return audience;
    }

    /// Language and theme are the desktop's own choice; the window is rebuilt on the same screen.
    public void applyAppearance() {
        boolean changed = !language.get().equals(dev.sellerworkbench.i18n.Messages.supported(preferences.language()))
                || dark.get() != preferences.darkTheme();
        preferences.setLanguage(language.get());
        preferences.setDarkTheme(dark.get());
        if (changed) {
            shell.relaunch();
        }
    }

    public void backUpNow() {
        record Taken(Backups.Backup backup, java.util.List<Backups.Backup> all) {
        }
        BackgroundTask.of(messages.get("settings.backingUp"), progress -> {
                    Backups.Backup backup = Backups.take(openWorkspace, Backups.Kind.MANUAL, clock);
                    return new Taken(backup, Backups.list(openWorkspace.folder()));
                })
                .onSuccess(taken -> {
                    backups.setAll(taken.all());
                    status.set(messages.get("settings.backedUp", taken.backup().file().getFileName()));
                })
                .runWith(tasks);
    }

    public void restore(Backups.Backup backup) {
        if (backup != null) {
            shell.restore(backup.file());
        }
    }

    public void openWorkspaceFolder() {
        if (openWorkspace.isTeam()) {
            return;
        }
        shell.openFolder(openWorkspace.folder());
    }

    public javafx.beans.property.ObjectProperty<java.util.Locale> languageProperty() {
        return language;
    }

    public javafx.beans.property.BooleanProperty darkProperty() {
        return dark;
    }

    public javafx.collections.ObservableList<Backups.Backup> backups() {
        return backups;
    }

    public String formatBackup(Backups.Backup backup) {
        return formats.dateTime(backup.takenAt()) + " — " + kindName(backup.kind());
    }

    /// The kind in the user's language; the keys are spelled out so a missing one is caught.
    String kindName(Backups.Kind kind) {
        return switch (kind) {
            case DAILY -> messages.get("settings.backup.kind.daily");
            case BEFORE_MIGRATION -> messages.get("settings.backup.kind.beforeMigration");
            case MANUAL -> messages.get("settings.backup.kind.manual");
        };
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /// Why the form cannot be saved yet; "" when it can.
    public StringBinding problemProperty() {
        return problem;
    }

    public StringProperty shopNameProperty() {
        return field(SettingsCatalogue.SHOP_NAME);
    }

    public ReadOnlyStringProperty workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty schemaProperty() {
        return schema.getReadOnlyProperty();
    }

    public StringProperty staffNameProperty() {
        return staffName;
    }

    /// A save that lost the race: who changed which setting first; empty otherwise.
    /// The edit is reapplied as it stands: it must be one the Save button would accept.
    @Override
    public javafx.beans.value.ObservableBooleanValue reapplyAllowed() {
        return valid;
    }

    @Override
    public ReadOnlyStringProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
