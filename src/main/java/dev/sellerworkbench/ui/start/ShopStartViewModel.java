package dev.sellerworkbench.ui.start;

import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.settings.Setting;
import dev.sellerworkbench.settings.SettingsCatalogue;
import dev.sellerworkbench.settings.SettingsService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// Starting a real shop: its name, region, currency and time zone, each checked by the settings
/// catalogue exactly as the Settings screen and `settings set` check it. Picking a region fills in
/// its currency and zone (R-ST-6: one currency per market), which may still be changed.
public final class ShopStartViewModel {

    private static final List<String> KEYS = List.of(SettingsCatalogue.SHOP_NAME, SettingsCatalogue.REGION,
            SettingsCatalogue.CURRENCY, SettingsCatalogue.TIME_ZONE);

    private final Messages messages;
    private final StringProperty shopName = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty();
    private final StringProperty currency = new SimpleStringProperty();
    private final StringProperty timeZone = new SimpleStringProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    public ShopStartViewModel(Messages messages) {
        this.messages = messages;
        region.addListener((obs, old, now) -> {
            Region picked = Region.parse(now);
            if (picked != null) {
                currency.set(picked.currency());
                timeZone.set(picked.zone().getId());
            }
        });
        for (StringProperty p : List.of(shopName, region, currency, timeZone)) {
            p.addListener((obs, old, now) -> check());
        }
        check();
    }

    public static List<String> regions() {
        return SettingsCatalogue.get(SettingsCatalogue.REGION).choices();
    }

    public static List<String> currencies() {
        return SettingsCatalogue.get(SettingsCatalogue.CURRENCY).choices();
    }

    public static List<String> timeZones() {
        return SettingsCatalogue.get(SettingsCatalogue.TIME_ZONE).choices();
    }

    /// The settings to store, in the catalogue's stored form; only when [#validProperty()] holds.
    public Map<Setting, String> settings() {
        Map<Setting, String> parsed = new LinkedHashMap<>();
        List<String> texts = texts();
        for (int i = 0; i < KEYS.size(); i++) {
            Setting setting = SettingsCatalogue.get(KEYS.get(i));
            parsed.put(setting, setting.parse(texts.get(i)).value());
        }
        return parsed;
    }

    private List<String> texts() {
        return java.util.Arrays.asList(shopName.get(), region.get(), currency.get(), timeZone.get());
    }

    /// The first refusal, in the user's language; a real shop needs all four, so a blank one is
    /// refused here although the catalogue lets an existing shop unset it.
    private void check() {
        List<String> texts = texts();
        for (int i = 0; i < KEYS.size(); i++) {
            Setting setting = SettingsCatalogue.get(KEYS.get(i));
            String text = texts.get(i);
            Setting.Problem refused = text == null || text.isBlank()
                    ? new Setting.Problem("settings.invalid.required", List.of())
                    : setting.parse(text).problem();
            if (refused != null) {
                problem.set(SettingsService.explain(setting, refused, messages));
                valid.set(false);
                return;
            }
        }
        problem.set("");
        valid.set(true);
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

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
