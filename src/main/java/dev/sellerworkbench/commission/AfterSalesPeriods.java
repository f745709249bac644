package dev.sellerworkbench.commission;

import dev.sellerworkbench.domain.Region;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/// After-sales days per market (R-ST-2), as configured in the settings `aftersales.<REGION>`. Indonesia (6) and
/// the United Kingdom (14) are stated by seed 004, so they hold until a setting says otherwise; any
/// other market without a setting has no period, and its payout date is "not configured", never guessed.
public record AfterSalesPeriods(Map<Region, Integer> days) {

    public static final Map<Region, Integer> SEED_DEFAULTS = Map.of(Region.ID, 6, Region.GB, 14);

    public AfterSalesPeriods {
        days = Map.copyOf(days);
    }

    /// The seed's defaults overlaid with the markets the seller configured.
    public static AfterSalesPeriods withConfigured(Map<Region, Integer> configured) {
        Map<Region, Integer> days = new EnumMap<>(SEED_DEFAULTS);
        days.putAll(configured);
        return new AfterSalesPeriods(days);
    }

    public Optional<Integer> daysFor(Region region) {
        return region == null ? Optional.empty() : Optional.ofNullable(days.get(region));
    }
}
