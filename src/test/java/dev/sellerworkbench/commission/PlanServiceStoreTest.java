package dev.sellerworkbench.commission;

import static dev.sellerworkbench.commission.Fixtures.bp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.cli.Cli;
import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Order;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.domain.RateChange;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.service.EngineInputs;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.TestDatabases;
import dev.sellerworkbench.store.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/// Against a real H2 workspace: publishing goes through validation in one transaction (R-PLAN-5),
/// edits of a published plan are dated for next midnight in the seller's zone (R-PLAN-10), and the
/// commands answer from the same engine.
@ParameterizedClass
@EnumSource(TestDatabases.Vendor.class)
class PlanServiceStoreTest {

    @Parameter
    TestDatabases.Vendor vendor;

    @TempDir
    Path folder;

    private Workspace workspace;
    private MutableClock clock;
    private PlanService service;
    private long lan;

    @BeforeEach
    void open() {
        workspace = TestDatabases.open(vendor, folder);
        workspace.settings().put(SettingsRepository.TIME_ZONE, "Europe/London");
        workspace.products().saveAll(List.of(
                new Product("P1", "Linen shirt", "Fashion", Money.of("19.99", "GBP"), ProductStatus.LIVE),
                new Product("P2", "Cotton tee", "Fashion", Money.of("9.99", "GBP"), ProductStatus.LIVE),
                new Product("GONE", "Old dress", "Fashion", Money.of("29.99", "GBP"), ProductStatus.REVOKED)));
        lan = workspace.creators().insert(new Creator(0, "lan.nguyen", "Lan Nguyễn", Region.GB, null, 12_000, 40, 3_000,
                450, Money.of("0", "GBP"), 0, 0, List.of("Fashion"), Set.of(), null, null, Audience.UNKNOWN, null));
        clock = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
        service = new PlanService(workspace, clock);
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private static Plan newPlan(PlanType type, String name) {
        return new Plan(0, type, name, null, null, PlanStatus.DRAFT, true, null, null, null, null, null, 0);
    }

    @Test
    void planFailingValidationIsNeverSavedAsPublished() {
        PlanDraft bad = new PlanDraft(newPlan(PlanType.OPEN, "Everyday"),
                List.of(new PlanDraft.Item("P1", bp(0), "Soft linen"), new PlanDraft.Item("GONE", bp(1_000), null)),
                List.of());

        PlanSaveResult refused = service.publish(bad);

        assertFalse(refused.ok());
        assertEquals(2, refused.problems().size());
        assertTrue(workspace.plans().findAll().isEmpty(), "nothing is written half-way");

        PlanSaveResult draft = service.saveDraft(bad);
        assertTrue(draft.ok(), "a draft may be incomplete");
        Plan stored = workspace.plans().findById(draft.planId()).orElseThrow();
        PlanSaveResult stillRefused = service.publish(new PlanDraft(stored, bad.items(), List.of()));
        assertFalse(stillRefused.ok());
        assertEquals(PlanStatus.DRAFT, workspace.plans().findById(draft.planId()).orElseThrow().status());

        PlanDraft fixed = new PlanDraft(stored, List.of(new PlanDraft.Item("P1", bp(1_000), "Soft linen")), List.of());
        PlanSaveResult published = service.publish(fixed);

        assertTrue(published.ok(), published.problems().toString());
        Plan after = workspace.plans().findById(draft.planId()).orElseThrow();
        assertEquals(PlanStatus.PUBLISHED, after.status());
        assertNotNull(after.publishedAt());
        assertEquals(1, workspace.plans().items(after.id()).size());
    }

    @Test
    void rateEditOfPublishedPlanReachesExistingCreatorsAtNextLondonMidnight() {
        PlanSaveResult first = service.publish(new PlanDraft(newPlan(PlanType.TARGETED, "Spring KOL"),
                List.of(new PlanDraft.Item("P1", bp(1_200), "Soft linen")), List.of(lan)));
        assertTrue(first.ok(), first.problems().toString());
        long planId = first.planId();
        PlanCreator invitedRow = workspace.plans().creators(planId).getFirst();
        assertEquals(InvitationStatus.NOT_SENT, invitedRow.status());
        assertEquals(32, invitedRow.token().length(), "128-bit invitation token");
        workspace.plans().saveCreator(new PlanCreator(planId, lan, InvitationStatus.ACCEPTED, invitedRow.invitedAt(),
                Instant.parse("2026-03-21T09:00:00Z"), null, invitedRow.token(), false));

        clock.set(Fixtures.london("2026-03-28T15:00"));
        Plan stored = workspace.plans().findById(planId).orElseThrow();
        PlanSaveResult edit = service.publish(new PlanDraft(stored,
                List.of(new PlanDraft.Item("P1", bp(800), "Soft linen")), List.of(lan)));
        assertTrue(edit.ok(), edit.problems().toString());

        List<RateChange> changes = workspace.plans().rateChanges(planId);
        assertEquals(1, changes.size());
        assertEquals(Instant.parse("2026-03-29T00:00:00Z"), changes.getFirst().effectiveAt());
        RateResolver resolver = new RateResolver(EngineInputs.commissionSnapshot(workspace));
        assertEquals(bp(1_200), resolver.resolve(lan, "P1", Fixtures.london("2026-03-28T23:59")).rate());
        assertEquals(bp(800), resolver.resolve(lan, "P1", Fixtures.london("2026-03-29T00:00")).rate());
        assertEquals(1, resolver.pendingChanges(planId, clock.instant()).size());
    }

    @Test
    void pendingCommandListsTheEditWithTheMomentItTakesEffect() throws Exception {
        PlanSaveResult first = service.publish(new PlanDraft(newPlan(PlanType.TARGETED, "Spring KOL"),
                List.of(new PlanDraft.Item("P1", bp(1_200), null), new PlanDraft.Item("P2", bp(1_000), null)),
                List.of(lan)));
        clock.set(Fixtures.london("2026-03-28T15:00"));
        Plan stored = workspace.plans().findById(first.planId()).orElseThrow();
        assertTrue(service.publish(new PlanDraft(stored, List.of(new PlanDraft.Item("P1", bp(800), null)),
                List.of(lan))).ok());
        String location = workspace.location();
        workspace.close();
        workspace = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = new Cli().run(new String[] {"--workspace", location, "commission", "pending", "--plan",
                String.valueOf(first.planId()), "--json"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()), Clock.fixed(Fixtures.london("2026-03-28T16:00"), ZoneOffset.UTC));

        String json = out.toString(StandardCharsets.UTF_8);
        assertEquals(Cli.OK, code);
        assertTrue(json.contains("\"RATE_CHANGED\"") && json.contains("\"PRODUCT_REMOVED\""), json);
        assertTrue(json.contains("\"effectiveAt\" : \"2026-03-29T00:00:00Z\""), json);
    }

    @Test
    void publishingAStaleCopyIsRefused() {
        PlanSaveResult saved = service.saveDraft(new PlanDraft(newPlan(PlanType.OPEN, "Everyday"),
                List.of(new PlanDraft.Item("P1", bp(1_000), null)), List.of()));
        Plan loaded = workspace.plans().findById(saved.planId()).orElseThrow();
        assertTrue(service.saveDraft(new PlanDraft(loaded, List.of(new PlanDraft.Item("P1", bp(1_100), null)), List.of())).ok());

        PlanSaveResult stale = service.publish(new PlanDraft(loaded, List.of(new PlanDraft.Item("P1", bp(900), null)), List.of()));

        assertEquals(List.of("commission.problem.staleEdit"), stale.problems().stream().map(PlanProblem::key).toList());
        assertEquals(PlanStatus.DRAFT, workspace.plans().findById(saved.planId()).orElseThrow().status());
    }

    @Test
    void afterSalesDaysComeFromSettingsWithTheSeedsMarketsByDefault() {
        assertEquals(Optional.of(6), EngineInputs.afterSales(workspace.settings()).daysFor(Region.ID));
        assertEquals(Optional.of(14), EngineInputs.afterSales(workspace.settings()).daysFor(Region.GB));
        assertTrue(EngineInputs.afterSales(workspace.settings()).daysFor(Region.VN).isEmpty(), "never guessed");

        workspace.settings().put(SettingsRepository.AFTER_SALES_PREFIX + "ID", "7");
        workspace.settings().put(SettingsRepository.AFTER_SALES_PREFIX + "VN", "5");

        assertEquals(Optional.of(7), EngineInputs.afterSales(workspace.settings()).daysFor(Region.ID));
        assertEquals(Optional.of(5), EngineInputs.afterSales(workspace.settings()).daysFor(Region.VN));
    }

    @Test
    void limitsComeFromSettingsAndNeverExceedEightyPercent() {
        workspace.settings().put(SettingsRepository.MAX_RATE_BP, "9000");
        workspace.settings().put(SettingsRepository.MAX_TARGETED_CREATORS, "40");

        PlanLimits limits = EngineInputs.planLimits(workspace.settings());

        assertEquals(PlanLimits.CEILING, limits.maxRate(), "R-PLAN-3: the platform takes at most 80%");
        assertEquals(40, limits.maxTargetedCreators(), "R-PLAN-8: a setting");
    }

    @Test
    void settleCommandListsPayoutsPerDayAndCreator() throws Exception {
        Instant delivered = Instant.parse("2026-11-01T03:00:00Z");
        workspace.orders().saveAll(List.of(
                new Order(0, "O-1", "S-1", "P1", "lan.nguyen", Region.ID, 1, Money.of("8415", "IDR"), bp(1_000), null,
                        null, "Completed", delivered.minusSeconds(86_400), delivered, false, null, null, "Video"),
                new Order(0, "O-2", "S-2", "P1", "lan.nguyen", Region.VN, 1, Money.of("199000", "VND"), bp(1_250), null,
                        null, "Completed", delivered.minusSeconds(86_400), delivered, false, null, null, "Video")));
        String location = workspace.location();
        workspace.close();
        workspace = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new Cli().run(new String[] {"--workspace", location, "settle", "--from", "2026-11-08",
                "--to", "2026-11-08", "--json"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

        String json = out.toString(StandardCharsets.UTF_8);
        assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(json.contains("\"date\" : \"2026-11-08\""), json);
        assertTrue(json.contains("\"amount\" : \"842\""), "8,415 IDR × 10% = 841.5 → 842: " + json);
        assertTrue(json.contains("\"VN\""), "Vietnam's after-sales days unset → not configured: " + json);
    }

    @Test
    void commissionResolveRejectsABadMoment() {
        String location = workspace.location();
        workspace.close();
        workspace = null;
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new Cli().run(new String[] {"--workspace", location, "commission", "resolve", "--creator",
                "@lan.nguyen", "--product", "P1", "--at", "next tuesday"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC());

        assertEquals(Cli.REJECTED, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--at"));
    }

    @Test
    void commissionResolveExplainsTheShopRate() throws Exception {
        clock.set(Instant.parse("2026-03-01T00:00:00Z"));
        Plan shop = new Plan(0, PlanType.SHOP, "Shop plan", null, null, PlanStatus.DRAFT, false, bp(500), null, null,
                null, null, 0);
        assertTrue(service.publish(new PlanDraft(shop, List.of(), List.of())).ok());
        String location = workspace.location();
        workspace.close();
        workspace = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = new Cli().run(new String[] {"--workspace", location, "commission", "resolve", "--creator",
                "@lan.nguyen", "--product", "P2", "--at", "2026-03-28T15:00:00Z", "--json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                Clock.systemUTC());

        String json = out.toString(StandardCharsets.UTF_8);
        assertEquals(Cli.OK, code);
        assertTrue(json.contains("\"rule\" : \"SHOP\""), json);
        assertTrue(json.contains("\"rateBasisPoints\" : 500"), json);
    }

    @Test
    void removedCreatorIsMarkedAndKeptForHistory() {
        PlanSaveResult first = service.publish(new PlanDraft(newPlan(PlanType.TARGETED, "Spring KOL"),
                List.of(new PlanDraft.Item("P1", bp(1_200), null)), List.of(lan)));
        Plan stored = workspace.plans().findById(first.planId()).orElseThrow();

        assertTrue(service.publish(new PlanDraft(stored, List.of(new PlanDraft.Item("P1", bp(1_200), null)),
                List.of())).ok());

        PlanCreator row = workspace.plans().creators(first.planId()).getFirst();
        assertEquals(InvitationStatus.REMOVED, row.status());
        assertNotNull(row.removedAt());
        assertTrue(row.tokenRevoked());
        assertNull(row.acceptedAt());
    }

    /// A clock the test moves by hand.
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
