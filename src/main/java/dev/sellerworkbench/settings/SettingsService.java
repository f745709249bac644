package dev.sellerworkbench.settings;

import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.SettingsRepository.Versioned;
import dev.sellerworkbench.store.Workspace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Reads and changes the settings of the [SettingsCatalogue] in a workspace. Every change goes
/// through [SettingsRepository#saveIfUnchanged], so in a team workspace a change never overwrites a
/// colleague's that came after it was read.
public final class SettingsService {

    private final Workspace workspace;

    public SettingsService(Workspace workspace) {
        this.workspace = workspace;
    }

    /// A setting as it stands: the value users see (null when neither set nor defaulted), whether it
    /// is the default, and the version it is stored at (null when not stored).
    public record Value(Setting setting, String value, boolean isDefault, Integer version) {
    }

    /// Every setting of the catalogue, in its order.
    public List<Value> list() {
        Map<String, Versioned> stored = workspace.settings().allVersioned();
        return SettingsCatalogue.all().stream().map(s -> value(s, stored)).toList();
    }

    public Value get(Setting setting) {
        return value(setting, workspace.settings().allVersioned());
    }

    /// `setting` as it stands in `stored` (the settings read with their versions).
    public static Value value(Setting setting, Map<String, Versioned> stored) {
        Versioned v = stored.get(setting.stored());
        if (v == null || v.value() == null || v.value().isBlank()) {
            return new Value(setting, setting.defaultValue(), true, v == null ? null : v.version());
        }
        return new Value(setting, setting.shown(v.value()), false, v.version());
    }

    /// The changes that take the settings as read (`read`, with versions) to `wanted` (stored
    /// values; null removes one so its default applies). Settings left as they were, and defaults
    /// never stored, are not written.
    public static List<SettingsRepository.Change> changes(Map<String, Versioned> read, Map<Setting, String> wanted) {
        List<SettingsRepository.Change> changes = new ArrayList<>();
        wanted.forEach((setting, value) -> {
            Versioned before = read.get(setting.stored());
            if (value == null ? before == null : before != null && value.equals(before.value())) {
                return;
            }
            // a default shown and left alone is not written: it stays a default
            if (before == null && setting.defaultValue() != null && value.equals(setting.parse(setting.defaultValue()).value())) {
                return;
            }
            changes.add(new SettingsRepository.Change(setting.stored(), value, before == null ? null : before.version()));
        });
        return changes;
    }

    /// What a save of changes came to: empty `lost` when all were written; otherwise the stored
    /// names a colleague changed first (nothing was written) and who did, when known.
    public record Saved(List<String> lost, Optional<AuditEntry> by, Map<String, Versioned> now) {

        public boolean ok() {
            return lost.isEmpty();
        }
    }

    /// Saves `changes`, all or none, under `actor`.
    public Saved save(List<SettingsRepository.Change> changes, String actor, Instant at) {
        SettingsRepository settings = workspace.settings();
        List<String> lost = changes.isEmpty() ? List.of() : settings.saveIfUnchanged(changes, actor, at);
        Optional<AuditEntry> by = lost.isEmpty() ? Optional.empty() : workspace.audit().latest("setting", lost.getFirst());
        return new Saved(lost, by, settings.allVersioned());
    }

    /// Stores the first settings of a new shop (values in stored form), defaults included: a zone
    /// that happens to be this desktop's is written too, so the shop keeps it on any desktop.
    public Saved start(Map<Setting, String> values, String actor, Instant at) {
        Map<String, Versioned> read = workspace.settings().allVersioned();
        List<SettingsRepository.Change> changes = new ArrayList<>();
        values.forEach((setting, value) -> {
            Versioned before = read.get(setting.stored());
            changes.add(new SettingsRepository.Change(setting.stored(), value, before == null ? null : before.version()));
        });
        return save(changes, actor, at);
    }

    /// Sets one setting from a user's text: refused with the problem when the catalogue does not
    /// accept it, and then nothing is written.
    public Saved set(Setting setting, String text, String actor, Instant at) {
        Setting.Parsed parsed = setting.parse(text);
        if (!parsed.ok()) {
            throw new IllegalStateException("set() takes only accepted values; check parse() first");
        }
        Map<String, Versioned> read = workspace.settings().allVersioned();
        java.util.Map<Setting, String> wanted = new java.util.HashMap<>();
        wanted.put(setting, parsed.value());
        return save(changes(read, wanted), actor, at);
    }

    /// A setting's name in the user's language, e.g. "After-sales days, VN".
    public static String label(Setting setting, Messages messages) {
        return setting.labelArg() == null ? messages.get(setting.labelKey()) : messages.get(setting.labelKey(), setting.labelArg());
    }

    /// Why a value was refused, in the user's language.
    public static String explain(Setting setting, Setting.Problem problem, Messages messages) {
        Object[] args = new Object[problem.args().size() + 1];
        args[0] = label(setting, messages);
        for (int i = 0; i < problem.args().size(); i++) {
            args[i + 1] = problem.args().get(i);
        }
        return messages.get(problem.key(), args);
    }
}
