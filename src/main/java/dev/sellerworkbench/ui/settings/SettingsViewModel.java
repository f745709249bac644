package dev.sellerworkbench.ui.settings;

import dev.sellerworkbench.queue.ApprovalQueue;
import dev.sellerworkbench.store.Backups;
import dev.sellerworkbench.store.SettingsRepository;
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
    private final ReadOnlyStringWrapper conflict = new ReadOnlyStringWrapper("");
    /// The seller's settings as loaded, with their versions: a save writes only what changed, and
    /// only if nobody changed it meanwhile.
    private Map<String, SettingsRepository.Versioned> read = Map.of();
    /// The seller's settings as the form showed them after the last load or save: what differs
    /// from these is this user's edit, the part a reapply after a conflict keeps.
    private Map<String, String> shown = Map.of();
    private static final Map<String, String> LABELS = Map.of(SettingsRepository.SHOP_NAME, "settings.shopName",
            SettingsRepository.REGION, "settings.region", SettingsRepository.CURRENCY, "settings.currency",
            SettingsRepository.TIME_ZONE, "settings.timeZone", SettingsRepository.EXPIRY_DAYS, "settings.expiryDays");

    public SettingsViewModel(AppContext context) {
        this.context = context;
        valid = Bindings.createBooleanBinding(() -> validZone(timeZone.get()) && !staffName.get().isBlank()
                        && validDays(expiryDays.get()), timeZone, staffName, expiryDays);
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

    static boolean validDays(String days) {
        try {
            int n = Integer.parseInt(days.trim());
            return n >= 1 && n <= 365;
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }

    public void load() {
        record Loaded(String folder, int schema, Map<String, SettingsRepository.Versioned> versioned, String staff,
                      String zone, java.util.List<Backups.Backup> backups) {
            Map<String, String> settings() {
                Map<String, String> values = new java.util.TreeMap<>();
                versioned.forEach((name, v) -> values.put(name, v.value()));
                return values;
            }
        }
        BackgroundTask.of(context.messages().get("settings.loading"), progress -> new Loaded(
                        context.workspace().location(), context.workspace().schemaVersion(),
                        context.workspace().settings().allVersioned(), context.workspace().settings().staffName(),
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
                    read = loaded.versioned();
                    shown = values();
                    status.set("");
                    conflict.set("");
                })
                .runWith(context.tasks());
    }

    /// The seller's settings as the form holds them now, as they would be stored.
    private Map<String, String> values() {
        String days = expiryDays.get().trim();
        return Map.of(SettingsRepository.SHOP_NAME, shopName.get().trim(),
                SettingsRepository.REGION, region.get().trim(), SettingsRepository.CURRENCY, currency.get().trim(),
                SettingsRepository.TIME_ZONE, timeZone.get().trim(),
                SettingsRepository.EXPIRY_DAYS, validDays(days) ? String.valueOf(Integer.parseInt(days)) : days);
    }

    public void save() {
        String staff = staffName.get().trim();
        Map<String, String> values = values();
        java.util.List<SettingsRepository.Change> changes = new java.util.ArrayList<>();
        values.forEach((name, value) -> {
            SettingsRepository.Versioned before = read.get(name);
            if (before == null || !value.equals(before.value())) {
                changes.add(new SettingsRepository.Change(name, value, before == null ? null : before.version()));
            }
        });
        record Saved(java.util.List<String> lost, dev.sellerworkbench.domain.AuditEntry by,
                     Map<String, SettingsRepository.Versioned> now) {
        }
        BackgroundTask.of(context.messages().get("settings.saving"), progress -> {
                    SettingsRepository settings = context.workspace().settings();
                    // the staff name is this desktop's own: no colleague can overwrite it
                    settings.putStaffName(staff);
                    java.util.List<String> lost = settings.saveIfUnchanged(changes, settings.staffName(),
                            context.clock().instant());
                    dev.sellerworkbench.domain.AuditEntry by = lost.isEmpty() ? null
                            : context.workspace().audit().latest("setting", lost.getFirst()).orElse(null);
                    return new Saved(lost, by, settings.allVersioned());
                })
                .onSuccess(saved -> {
                    if (saved.lost().isEmpty()) {
                        read = saved.now();
                        shown = values;
                        conflict.set("");
                        status.set(context.messages().get("settings.saved"));
                        return;
                    }
                    String field = context.messages().get(LABELS.getOrDefault(saved.lost().getFirst(), "settings.shopName"));
                    status.set("");
                    conflict.set(saved.by() == null ? context.messages().get("settings.conflict.unknown", field)
                            : context.messages().get("settings.conflict.by", saved.by().actor(), field,
                                    context.formats().dateTime(saved.by().at())));
                })
                .runWith(context.tasks());
    }

    /// After a conflict: drop this user's edit and show the settings as the colleague left them.
    public void reloadAfterConflict() {
        load();
    }

    /// After a conflict: save this user's edit again on top of the colleague's. The settings are
    /// read afresh; the fields this user changed keep their values and are saved at the versions
    /// just read, every other field takes the colleague's value. Still optimistic: if someone else
    /// saves in between, the conflict shows again naming them.
    public void reapplyAfterConflict() {
        if (conflict.get().isEmpty() || !valid.get()) {
            return;
        }
        Map<String, String> now = values();
        java.util.Set<String> edited = new java.util.HashSet<>();
        now.forEach((name, value) -> {
            if (!value.equals(shown.get(name))) {
                edited.add(name);
            }
        });
        BackgroundTask.of(context.messages().get("settings.saving"), progress -> context.workspace().settings().allVersioned())
                .onSuccess(fresh -> {
                    Map<String, String> baseline = new java.util.HashMap<>(shown);
                    fields().forEach((name, field) -> {
                        SettingsRepository.Versioned stored = fresh.get(name);
                        if (stored != null) {
                            baseline.put(name, stored.value());
                            // the colleague's value where this user changed nothing, so saving keeps it
                            if (!edited.contains(name)) {
                                field.set(stored.value());
                            }
                        }
                    });
                    read = fresh;
                    shown = Map.copyOf(baseline);
                    conflict.set("");
                    save();
                })
                .runWith(context.tasks());
    }

    /// The form's fields by the setting each one edits.
    private Map<String, StringProperty> fields() {
        return Map.of(SettingsRepository.SHOP_NAME, shopName, SettingsRepository.REGION, region,
                SettingsRepository.CURRENCY, currency, SettingsRepository.TIME_ZONE, timeZone,
                SettingsRepository.EXPIRY_DAYS, expiryDays);
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
                    Backups.Backup backup = Backups.take(context.workspace(), Backups.Kind.MANUAL, context.clock());
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
        return context.formats().dateTime(backup.takenAt()) + " — " + kindName(backup.kind());
    }

    /// The kind in the user's language; the keys are spelled out so a missing one is caught.
    String kindName(Backups.Kind kind) {
        return switch (kind) {
            case DAILY -> context.messages().get("settings.backup.kind.daily");
            case BEFORE_MIGRATION -> context.messages().get("settings.backup.kind.beforeMigration");
            case MANUAL -> context.messages().get("settings.backup.kind.manual");
        };
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

    /// A save that lost the race: who changed which setting first; empty otherwise.
    public ReadOnlyStringProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
