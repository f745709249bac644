package dev.sellerworkbench.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.commission.PlanDraft;
import dev.sellerworkbench.commission.PlanSaveResult;
import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.queue.ApprovalQueue;
import dev.sellerworkbench.queue.Decision;
import dev.sellerworkbench.queue.DecisionOutcome;
import dev.sellerworkbench.queue.QueueException;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.TestDatabases;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/// Ten staff at ten desktops work the same plans, applications and settings at once for a few
/// seconds. Every operation a desktop saw succeed must be in the final state: each edit is an
/// increment, so the stored counters must equal the acknowledged increments exactly, and each
/// application's version and audit trail must count exactly its acknowledged decisions (a bulk
/// decision that half-applied would show up as one too many). The control runs the same edits
/// without the version check and must lose some, proving the test can see a lost update.
@ParameterizedClass
@EnumSource(TestDatabases.Vendor.class)
class NoLostUpdateTest {

    static final int STAFF = 10;
    static final long RUN_MILLIS = 3_000;
    static final long CONTROL_MILLIS = 1_500;
    static final int PLANS = 3;
    static final int APPLICATIONS = 12;
    static final String COUNTER = "team.test.counter";

    @Parameter
    TestDatabases.Vendor vendor;
    @TempDir
    Path dir;
    Workspace ws;
    List<Long> planIds = new ArrayList<>();
    List<Long> applicationIds = new ArrayList<>();

    @BeforeEach
    void open() {
        ws = TestDatabases.open(vendor, dir);
        Instant now = Instant.now();
        ws.products().saveAll(List.of(new Product("p1", "Serum", "Beauty", Money.of("199000", "VND"), ProductStatus.LIVE)));
        long creator = ws.creators().insert(new Creator(0, "linh", "Linh", Region.VN, null, 1000, 1, 1, 1,
                Money.of("0", "VND"), 0, 0, List.of(), EnumSet.noneOf(ContentType.class), null, null, Audience.UNKNOWN,
                null));
        for (int i = 0; i < PLANS; i++) {
            long id = ws.plans().create(new Plan(0, PlanType.OPEN, "Plan " + i, null, null, PlanStatus.DRAFT, true,
                    null, null, now, now, null, 0));
            ws.plans().saveItems(id, List.of(new PlanItem(id, "p1", new Rate(100), null, now, null)));
            planIds.add(id);
        }
        for (int i = 0; i < APPLICATIONS; i++) {
            applicationIds.add(ws.applications().insert(new Application(0, null, creator, "p1", planIds.get(0), now,
                    ApplicationStatus.PENDING, null, false, null, 0)));
        }
        ws.settings().put(COUNTER, "0");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /// What the desktops saw succeed.
    static final class Acknowledged {
        final Map<Long, LongAdder> planEdits = new ConcurrentHashMap<>();
        final Map<Long, LongAdder> decisions = new ConcurrentHashMap<>();
        /// per application, the status each acknowledged decision left it in, by the version it made
        final Map<Long, Map<Integer, ApplicationStatus>> after = new ConcurrentHashMap<>();
        final LongAdder settingEdits = new LongAdder();
        final LongAdder bulk = new LongAdder();
        final LongAdder refusedAsStale = new LongAdder();
    }

    @Test
    void tenStaffEditingAndDecidingAtOnceLoseNothing() throws Exception {
        Acknowledged ack = new Acknowledged();
        runStaff(RUN_MILLIS, staff -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            ApprovalQueue queue = new ApprovalQueue(ws, Clock.systemUTC());
            PlanService plans = new PlanService(ws, Clock.systemUTC());
            switch (random.nextInt(4)) {
                case 0 -> editPlan(plans, planIds.get(random.nextInt(PLANS)), ack);
                case 1 -> decide(queue, List.of(pickApplication(random)), random.nextBoolean(), staff, ack);
                case 2 -> decide(queue, List.of(pickApplication(random), pickApplication(random), pickApplication(random))
                        .stream().distinct().toList(), random.nextBoolean(), staff, ack);
                default -> editSetting(ack);
            }
        });

        for (long planId : planIds) {
            long edits = ack.planEdits.getOrDefault(planId, new LongAdder()).sum();
            assertEquals(100 + edits, ws.plans().items(planId).getFirst().rate().basisPoints(),
                    "plan " + planId + ": every acknowledged rate edit is in the stored rate");
        }
        long decisions = 0;
        for (long id : applicationIds) {
            long n = ack.decisions.getOrDefault(id, new LongAdder()).sum();
            decisions += n;
            Application stored = ws.applications().findById(id).orElseThrow();
            assertEquals(n, stored.version(), "application " + id + ": one version per acknowledged decision");
            List<AuditEntry> trail = ws.audit().forEntity("application", String.valueOf(id));
            assertEquals(n, trail.size(), "application " + id + ": one audit entry per acknowledged decision");
            if (n > 0) {
                assertEquals(ack.after.get(id).get(stored.version()), stored.status(),
                        "application " + id + ": the status left by the last acknowledged decision");
            }
        }
        assertEquals(ack.settingEdits.sum(), Long.parseLong(ws.settings().get(COUNTER, "-1")));
        // the run must have been a real race, not ten desktops taking turns
        assertTrue(ack.refusedAsStale.sum() > 0, "some saves lost a race and were refused");
        assertTrue(decisions > 20 && ack.bulk.sum() > 5, "decisions " + decisions + ", bulk " + ack.bulk.sum());
        assertTrue(ack.settingEdits.sum() > 10 && ack.planEdits.values().stream().mapToLong(LongAdder::sum).sum() > 10);
    }

    @Test
    void withoutTheVersionCheckTheSameRaceLosesUpdates() throws Exception {
        AtomicLong acknowledged = new AtomicLong();
        long planId = planIds.get(0);
        runStaff(CONTROL_MILLIS, staff -> {
            // read, think, write back: what a save without a version check does
            int rate = ws.jdbi().withHandle(h -> h.createQuery("SELECT rate_bp FROM plan_item WHERE plan_id = :p")
                    .bind("p", planId).mapTo(Integer.class).one());
            Thread.onSpinWait();
            ws.jdbi().useHandle(h -> h.createUpdate("UPDATE plan_item SET rate_bp = :r WHERE plan_id = :p")
                    .bind("r", rate + 1).bind("p", planId).execute());
            acknowledged.incrementAndGet();
        });
        int stored = ws.plans().items(planId).getFirst().rate().basisPoints();
        assertTrue(acknowledged.get() > 50, "the control ran " + acknowledged.get() + " edits");
        assertTrue(100 + acknowledged.get() > stored, "without versions the race loses updates: "
                + acknowledged.get() + " acknowledged, " + (stored - 100) + " kept");
    }

    private long pickApplication(ThreadLocalRandom random) {
        return applicationIds.get(random.nextInt(APPLICATIONS));
    }

    /// One rate edit through the plan service; a save that lost the race is reloaded and retried,
    /// as the editor's "reapply" does.
    private void editPlan(PlanService service, long planId, Acknowledged ack) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Plan plan = ws.plans().findById(planId).orElseThrow();
            int rate = ws.plans().items(planId).getFirst().rate().basisPoints();
            PlanSaveResult result = service.saveDraft(new PlanDraft(plan,
                    List.of(new PlanDraft.Item("p1", new Rate(rate + 1), null)), List.of()));
            if (result.ok()) {
                ack.planEdits.computeIfAbsent(planId, k -> new LongAdder()).increment();
                return;
            }
            assertEquals("commission.problem.staleEdit", result.problems().getFirst().key());
            ack.refusedAsStale.increment();
        }
    }

    private void decide(ApprovalQueue queue, List<Long> ids, boolean approve, int staff, Acknowledged ack) {
        try {
            DecisionOutcome outcome = queue.decide(ids, approve ? Decision.APPROVE : Decision.REJECT, null,
                    "staff-" + staff);
            for (DecisionOutcome.Change change : outcome.changes()) {
                ack.decisions.computeIfAbsent(change.applicationId(), k -> new LongAdder()).increment();
                ack.after.computeIfAbsent(change.applicationId(), k -> new ConcurrentHashMap<>())
                        .put(change.versionAfter(), change.toStatus());
            }
            if (ids.size() > 1) {
                ack.bulk.increment();
            }
        } catch (QueueException e) {
            if (e.key().equals("queue.error.changedMeanwhile")) {
                ack.refusedAsStale.increment();
            } else if (!e.key().equals("queue.error.notDecidable")) {
                throw e;
            }
        }
    }

    private void editSetting(Acknowledged ack) {
        SettingsRepository settings = ws.settings();
        for (int attempt = 0; attempt < 50; attempt++) {
            SettingsRepository.Versioned current = settings.find(COUNTER).orElseThrow();
            if (settings.replace(COUNTER, String.valueOf(Long.parseLong(current.value()) + 1), current.version())) {
                ack.settingEdits.increment();
                return;
            }
            ack.refusedAsStale.increment();
        }
    }

    interface StaffWork {
        void once(int staff) throws Exception;
    }

    /// Ten threads, started together, each repeating `work` until the time is up.
    private static void runStaff(long millis, StaffWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(STAFF);
        CountDownLatch start = new CountDownLatch(1);
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        List<Future<?>> running = new ArrayList<>();
        for (int s = 0; s < STAFF; s++) {
            int staff = s;
            running.add(pool.submit(() -> {
                start.await();
                while (System.nanoTime() < end) {
                    work.once(staff);
                }
                return null;
            }));
        }
        start.countDown();
        try {
            for (Future<?> f : running) {
                f.get(millis * 20, TimeUnit.MILLISECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
