package dev.sellerworkbench.commission;

import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.store.SettingsRepository;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/// After-sales days per market (R-ST-2), from the settings `aftersales.<REGION>`. Indonesia (6) and
/// the United Kingdom (14) are stated by seed 004, so they hold until a setting says otherwise; any
/// other market without a setting has no period, and its payout date is "not configured", never guessed.
public record AfterSalesPeriods(Map<Region, Integer> days) {

    public static final Map<Region, Integer> SEED_DEFAULTS = Map.of(Region.ID, 6, Region.GB, 14);

    public AfterSalesPeriods {
        days = Map.copyOf(days);
    }

    public static AfterSalesPeriods from(SettingsRepository settings) {
        Map<Region, Integer> days = new EnumMap<>(SEED_DEFAULTS);
        settings.all().forEach((name, value) -> {
            if (!name.startsWith(SettingsRepository.AFTER_SALES_PREFIX) || value == null) {
                return;
            }
            Region region = Region.parse(name.substring(SettingsRepository.AFTER_SALES_PREFIX.length()));
            try {
                int n = Integer.parseInt(value.trim());
                if (region != null && n >= 0) {
                    days.put(region, n);
                }
            } catch (NumberFormatException ignored) {
                // a malformed value counts as not configured
            }
        });
        return new AfterSalesPeriods(days);
    }

    public Optional<Integer> daysFor(Region region) {
        return region == null ? Optional.empty() : Optional.ofNullable(days.get(region));
    }
}
