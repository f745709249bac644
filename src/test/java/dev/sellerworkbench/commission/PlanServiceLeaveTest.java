package dev.sellerworkbench.commission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.service.EngineInputs;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.TestDatabases;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/// Leaving the Shop plan (R-PLAN-12): it ends today in the seller's zone, so today's sales still earn
/// the shop rate and tomorrow's do not.
@ParameterizedClass
@EnumSource(TestDatabases.Vendor.class)
class PlanServiceLeaveTest {

    @Parameter
    TestDatabases.Vendor vendor;

    @TempDir
    Path folder;

    Workspace workspace;
    PlanService service;
    long creator;

    // 23:30 on 23 Nov in Jakarta, still the 23rd there, already past 16:00 UTC.
    static final Instant NOW = Instant.parse("2026-11-23T16:30:00Z");
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @BeforeEach
    void open() {
        workspace = TestDatabases.open(vendor, folder);
        workspace.settings().put(SettingsRepository.TIME_ZONE, JAKARTA.getId());
        workspace.products().saveAll(List.of(
                new Product("P1", "Hijab", "Fashion", Money.of("89000", "IDR"), ProductStatus.LIVE)));
        creator = workspace.creators().insert(new Creator(0, "siti", "Siti", Region.ID, null, 50_000, 40, 3_000, 450,
                Money.of("0", "IDR"), 0, 0, List.of("Fashion"), Set.of(), null, null, Audience.UNKNOWN, null));
        service = new PlanService(workspace, Clock.fixed(NOW, JAKARTA));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private long publishShopPlan() {
        Plan shop = new Plan(0, PlanType.SHOP, "Shop plan", null, null, PlanStatus.DRAFT, false, Rate.ofBasisPoints(500),
                null, null, null, null, 0);
        PlanSaveResult result = service.publish(new PlanDraft(shop, List.of(), List.of()));
        assertTrue(result.ok(), result.problems().toString());
        return result.planId();
    }

    @Test
    void leavingTheShopPlanEndsItTodayInTheSellersZone() {
        long id = publishShopPlan();
        Plan before = workspace.plans().findById(id).orElseThrow();

        PlanSaveResult left = service.leave(id, before.version());

        assertTrue(left.ok(), left.problems().toString());
        Plan after = workspace.plans().findById(id).orElseThrow();
        assertEquals(PlanStatus.ENDED, after.status());
        assertEquals(LocalDate.of(2026, 11, 23), after.endDate(), "today in Jakarta, not in UTC");
    }

    @Test
    void afterLeavingSalesEarnTheShopRateOnlyUntilMidnight() {
        long id = publishShopPlan();
        service.leave(id, workspace.plans().findById(id).orElseThrow().version());
        RateResolver resolver = new RateResolver(EngineInputs.commissionSnapshot(workspace));

        assertEquals(Rule.SHOP, resolver.resolve(creator, "P1", NOW.plusSeconds(60)).rule());
        assertEquals(Rule.NONE, resolver.resolve(creator, "P1", Instant.parse("2026-11-23T17:00:01Z")).rule());
    }

    @Test
    void anEndedPlanCannotBeLeftAgain() {
        long id = publishShopPlan();
        service.leave(id, workspace.plans().findById(id).orElseThrow().version());

        PlanSaveResult again = service.leave(id, workspace.plans().findById(id).orElseThrow().version());

        assertFalse(again.ok());
        assertEquals("commission.problem.planEnded", again.problems().getFirst().key());
    }
}
