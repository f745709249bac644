package dev.sellerworkbench.service;

import dev.sellerworkbench.commission.AfterSalesPeriods;
import dev.sellerworkbench.commission.CommissionSnapshot;
import dev.sellerworkbench.commission.PlanLimits;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/// Reads from a workspace what the commission engine needs: the snapshot of plans, applications
/// and products it resolves rates over, the plan limits and the after-sales periods the seller set.
/// The engine itself knows no storage.
public final class EngineInputs {

    private EngineInputs() {
    }

    /// The snapshot of a workspace, in the seller's time zone.
    public static CommissionSnapshot commissionSnapshot(Workspace workspace) {
        CommissionSnapshot.Builder b = CommissionSnapshot.builder(workspace.settings().timeZone());
        workspace.plans().findAll().forEach(b::plan);
        workspace.plans().allItems().forEach(b::item);
        workspace.plans().allCreators().forEach(b::creator);
        workspace.plans().allRateChanges().forEach(b::change);
        workspace.applications().findInStatuses(EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.PENDING))
                .forEach(b::application);
        for (Product p : workspace.products().findAll()) {
            b.product(p.id(), p.status(), p.title());
        }
        for (Creator c : workspace.creators().findByIds(b.creatorIds())) {
            b.handle(c.id(), c.handle());
        }
        return b.build();
    }

    /// The plan limits with the seller's settings applied (R-PLAN-3, R-PLAN-8); a malformed
    /// setting counts as not set.
    public static PlanLimits planLimits(SettingsRepository settings) {
        return PlanLimits.withSettings(integer(settings.get(SettingsRepository.MAX_RATE_BP, null)),
                integer(settings.get(SettingsRepository.MAX_TARGETED_CREATORS, null)));
    }

    /// After-sales days per market (R-ST-2): the seed's defaults overlaid with the settings
    /// `aftersales.<REGION>`; a malformed or negative value counts as not configured.
    public static AfterSalesPeriods afterSales(SettingsRepository settings) {
        Map<Region, Integer> configured = new EnumMap<>(Region.class);
        settings.all().forEach((name, value) -> {
            if (!name.startsWith(SettingsRepository.AFTER_SALES_PREFIX) || value == null) {
                return;
            }
            Region region = Region.parse(name.substring(SettingsRepository.AFTER_SALES_PREFIX.length()));
            Integer days = integer(value);
            if (region != null && days != null && days >= 0) {
                configured.put(region, days);
            }
        });
        return AfterSalesPeriods.withConfigured(configured);
    }

    private static Integer integer(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
