package dev.sellerworkbench.settings;

import dev.sellerworkbench.commission.AfterSalesPeriods;
import dev.sellerworkbench.commission.PlanLimits;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.outreach.Outreach;
import dev.sellerworkbench.queue.ApprovalQueue;
import dev.sellerworkbench.samples.Samples;
import dev.sellerworkbench.search.TargetAudience;
import dev.sellerworkbench.settings.Setting.Kind;
import dev.sellerworkbench.store.SettingsRepository;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/// Every setting of the seller's that an engine reads, with its kind, default and what it accepts.
/// The Settings window and `settings list|get|set` are both built on this one list, so what one
/// accepts the other accepts. Defaults are the engines' own constants, so they cannot drift apart.
public final class SettingsCatalogue {

    /// The markets whose currencies the seller may keep accounts in (R-ST-2's currency → market map).
    public static final List<String> CURRENCIES = Arrays.stream(Region.values()).map(Region::currency).toList();
    /// R-PLAN-3: the seed's 50 % or the platform API's 80 %.
    public static final List<String> RATE_CEILINGS = List.of(
            String.valueOf(PlanLimits.DEFAULT_MAX_RATE.basisPoints() / 100),
            String.valueOf(PlanLimits.CEILING.basisPoints() / 100));
    /// Longest after-sales period accepted, in days.
    public static final int MAX_AFTER_SALES_DAYS = 90;
    /// Most creators a targeted plan may be allowed (R-PLAN-8).
    public static final int MAX_TARGETED_CREATORS = 1_000;

    public static final String SHOP_NAME = SettingsRepository.SHOP_NAME;
    public static final String REGION = SettingsRepository.REGION;
    public static final String CURRENCY = SettingsRepository.CURRENCY;
    public static final String TIME_ZONE = SettingsRepository.TIME_ZONE;
    public static final String RATE_CEILING = "plan.rateCeiling";
    public static final String TARGETED_CREATORS = SettingsRepository.MAX_TARGETED_CREATORS;
    public static final String EXPIRY_DAYS = SettingsRepository.EXPIRY_DAYS;
    public static final String TARGET_AUDIENCE = TargetAudience.SETTING;
    public static final String SAMPLE_OVERDUE_DAYS = Samples.OVERDUE_DAYS;
    public static final String FOLLOW_UP_DAYS = Outreach.FOLLOW_UP_DAYS;
    public static final String WEEKLY_LIMIT = Outreach.WEEKLY_LIMIT;

    private static final Map<String, Setting> BY_KEY = new LinkedHashMap<>();

    static {
        add(new Setting(SHOP_NAME, SHOP_NAME, Kind.TEXT, null, true, List.of(), 0, 100, "settings.shopName", null));
        add(new Setting(REGION, REGION, Kind.CHOICE, null, true,
                Arrays.stream(Region.values()).map(Region::name).toList(), 0, 0, "settings.region", null));
        add(new Setting(CURRENCY, CURRENCY, Kind.CHOICE, null, true, CURRENCIES, 0, 0, "settings.currency", null));
        add(new Setting(TIME_ZONE, TIME_ZONE, Kind.CHOICE, ZoneId.systemDefault().getId(), false,
                List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds())), 0, 0, "settings.timeZone", null));
        for (Region region : Region.values()) {
            String key = afterSales(region);
            Integer seed = AfterSalesPeriods.SEED_DEFAULTS.get(region);
            add(new Setting(key, key, Kind.NUMBER, seed == null ? null : String.valueOf(seed), true, List.of(), 0,
                    MAX_AFTER_SALES_DAYS, "settings.afterSales.market", region.name()));
        }
        add(new Setting(TARGET_AUDIENCE, TARGET_AUDIENCE, Kind.AUDIENCE, null, true, List.of(), 0, 0,
                "settings.audience", null));
        add(new Setting(RATE_CEILING, SettingsRepository.MAX_RATE_BP, Kind.PERCENT_AS_BASIS_POINTS, RATE_CEILINGS.getFirst(),
                false, RATE_CEILINGS, 0, 0, "settings.rateCeiling", null));
        add(new Setting(TARGETED_CREATORS, TARGETED_CREATORS, Kind.NUMBER,
                String.valueOf(PlanLimits.DEFAULT_MAX_TARGETED_CREATORS), false, List.of(), 1, MAX_TARGETED_CREATORS,
                "settings.targetedCreators", null));
        add(new Setting(EXPIRY_DAYS, EXPIRY_DAYS, Kind.NUMBER, String.valueOf(ApprovalQueue.DEFAULT_EXPIRY_DAYS), false,
                List.of(), 1, 365, "settings.expiryDays", null));
        // R-SA-2
        add(new Setting(SAMPLE_OVERDUE_DAYS, SAMPLE_OVERDUE_DAYS, Kind.NUMBER, String.valueOf(Samples.DEFAULT_OVERDUE_DAYS),
                false, List.of(), 1, 365, "settings.samplesOverdueDays", null));
        for (String currency : new TreeSet<>(CURRENCIES)) {
            String key = exchangeRate(currency);
            add(new Setting(key, key, Kind.EXCHANGE_RATE, null, true, List.of(), 0, 0, "settings.fx.currency", currency));
        }
        add(new Setting(FOLLOW_UP_DAYS, FOLLOW_UP_DAYS, Kind.NUMBER, String.valueOf(Outreach.DEFAULT_FOLLOW_UP_DAYS),
                false, List.of(), 1, 90, "settings.followUpDays", null));
        add(new Setting(WEEKLY_LIMIT, WEEKLY_LIMIT, Kind.NUMBER, null, true, List.of(), 1, 100_000,
                "settings.weeklyLimit", null));
    }

    private SettingsCatalogue() {
    }

    private static void add(Setting setting) {
        BY_KEY.put(Setting.normaliseKey(setting.key()), setting);
    }

    /// The key of a market's after-sales days (R-ST-2), e.g. `aftersales.VN`.
    public static String afterSales(Region region) {
        return SettingsRepository.AFTER_SALES_PREFIX + region.name();
    }

    /// The key of the exchange rate of one currency into the shop's (R-ST-6), e.g. `fx.GBP`.
    public static String exchangeRate(String currency) {
        return FX_PREFIX + currency;
    }

    public static final String FX_PREFIX = "fx.";

    /// Every setting, in the order the window and `settings list` show them.
    public static List<Setting> all() {
        return new ArrayList<>(BY_KEY.values());
    }

    /// The setting a user means by `key` (any case); empty for an unknown key.
    public static Optional<Setting> find(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(Setting.normaliseKey(key)));
    }

    public static Setting get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("No setting " + key));
    }

    /// The setting kept under a stored name, if the catalogue has one.
    public static Optional<Setting> byStoredName(String stored) {
        return BY_KEY.values().stream().filter(s -> s.stored().equals(stored)).findFirst();
    }
}
