package dev.sellerworkbench.ui.settings;

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

/// Settings: the workspace, and the seller's shop name, region, currency, time zone and staff name.
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
    private final BooleanBinding valid;

    public SettingsViewModel(AppContext context) {
        this.context = context;
        valid = Bindings.createBooleanBinding(() -> validZone(timeZone.get()) && !staffName.get().isBlank(),
                timeZone, staffName);
    }

    static boolean validZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException | NullPointerException e) {
            return false;
        }
    }

    public void load() {
        record Loaded(String folder, int schema, Map<String, String> settings, String staff, String zone) {
        }
        BackgroundTask.of(context.messages().get("settings.loading"), progress -> new Loaded(
                        context.workspace().folder().toString(), context.workspace().schemaVersion(),
                        context.workspace().settings().all(), context.workspace().settings().staffName(),
                        context.workspace().settings().timeZone().getId()))
                .onSuccess(loaded -> {
                    workspace.set(loaded.folder());
                    schema.set(String.valueOf(loaded.schema()));
                    shopName.set(loaded.settings().getOrDefault(SettingsRepository.SHOP_NAME, ""));
                    region.set(loaded.settings().getOrDefault(SettingsRepository.REGION, ""));
                    currency.set(loaded.settings().getOrDefault(SettingsRepository.CURRENCY, ""));
                    timeZone.set(loaded.zone());
                    staffName.set(loaded.staff());
                    status.set("");
                })
                .runWith(context.tasks());
    }

    public void save() {
        Map<String, String> values = Map.of(SettingsRepository.SHOP_NAME, shopName.get().trim(),
                SettingsRepository.REGION, region.get().trim(), SettingsRepository.CURRENCY, currency.get().trim(),
                SettingsRepository.TIME_ZONE, timeZone.get().trim(), SettingsRepository.STAFF_NAME, staffName.get().trim());
        BackgroundTask.of(context.messages().get("settings.saving"), progress -> {
                    values.forEach(context.workspace().settings()::put);
                    return null;
                })
                .onSuccess(ignored -> status.set(context.messages().get("settings.saved")))
                .runWith(context.tasks());
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
