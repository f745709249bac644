package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Applications CSV (R-EX-3) and approval on arrival (R-PLAN-4).
class ApplicationImportTest {

    static final String HEADER = "id,creator,product_id,plan,applied_at,status";

    @TempDir
    Path dir;
    Fixture fx;
    long manualPlan;
    long autoPlan;

    @BeforeEach
    void open() throws Exception {
        fx = new Fixture(dir);
        fx.run(ImportKind.CREATORS, fx.file("creators.csv", Fixture.lf("handle,region", "linh.beauty,VN", "thao.mebe,VN")));
        fx.run(ImportKind.PRODUCTS, fx.file("products.csv", Fixture.lf("id,title,category,price,currency,status",
                "p1,Serum,Beauty,289000,VND,Live", "p2,Kem,Beauty,199000,VND,Live")));
        manualPlan = fx.workspace.plans().create(plan(PlanType.OPEN, "Tết 2027", true));
        autoPlan = fx.workspace.plans().create(plan(PlanType.OPEN, "Everyday essentials", false));
        fx.workspace.plans().create(plan(PlanType.TARGETED, "Tết KOL", true));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static Plan plan(PlanType type, String name, boolean approval) {
        return new Plan(0, type, name, null, null, PlanStatus.PUBLISHED, approval, null, null, null, null, null, 0);
    }

    private String file() {
        return Fixture.lf(HEADER,
                "A1,linh.beauty,p1,Tết 2027,2026-11-20T09:15:00+07:00,Pending",        // 2 good, waits
                "A2,thao.mebe,p2,Everyday essentials,2026-11-20T10:02:00+07:00,Pending", // 3 good, approved on arrival
                "A3,linh.beauty,p404,Tết 2027,2026-11-20T10:02:00+07:00,Pending",      // 4 unknown product
                "A4,nobody,p1,Tết 2027,2026-11-20T10:02:00+07:00,Pending",             // 5 unknown creator
                "A5,linh.beauty,p1,Tết KOL,2026-11-20T10:02:00+07:00,Pending",         // 6 not an open plan
                "A6,linh.beauty,p1,Tết 2027,yesterday,Pending",                        // 7 wrong type date
                "A1,linh.beauty,p2,Tết 2027,2026-11-20T10:02:00+07:00,Pending",        // 8 duplicated key
                "A7,linh.beauty,p2," + manualPlan + ",2026-11-21T14:30:00+07:00,Rejected", // 9 good, plan by id
                "A8,linh.beauty,p2,Tết 2027,2026-11-21T14:30:00+07:00,Maybe");         // 10 unknown status
    }

    @Test
    void acceptsGoodRowsAndRejectsEachBadRowByLine() throws Exception {
        ImportResult result = fx.run(ImportKind.APPLICATIONS, fx.file("applications.csv", file()));

        assertEquals(3, result.accepted());
        assertEquals(List.of(4L, 5L, 6L, 7L, 8L, 10L), Fixture.lines(result));
        assertEquals(List.of("product_id", "creator", "plan", "applied_at", "id", "status"), Fixture.fields(result));
        assertEquals(3, fx.workspace.applications().count());
    }

    @Test
    void pendingApplicationIsApprovedOnArrivalWhenThePlanNeedsNoApproval() throws Exception {
        fx.run(ImportKind.APPLICATIONS, fx.file("applications.csv", file()));

        List<Application> all = fx.workspace.applications().all();
        Application waits = all.stream().filter(a -> a.externalId().equals("A1")).findFirst().orElseThrow();
        Application auto = all.stream().filter(a -> a.externalId().equals("A2")).findFirst().orElseThrow();
        assertEquals(ApplicationStatus.PENDING, waits.status());
        assertEquals(ApplicationStatus.APPROVED, auto.status());
        assertEquals(autoPlan, auto.planId());
        assertNotNull(auto.decidedAt());
        assertEquals("auto-approve", fx.workspace.audit().forEntity("application", String.valueOf(auto.id()))
                .get(0).action());
    }

    @Test
    void reimportUpdatesByIdWithoutDuplicatesOrUndoingDecisions() throws Exception {
        Path path = fx.file("applications.csv", file());
        ImportResult first = fx.run(ImportKind.APPLICATIONS, path);
        Application a1 = fx.workspace.applications().all().get(0);
        fx.workspace.jdbi().useHandle(h -> dev.sellerworkbench.store.ApplicationRepository.updateStatus(h, a1.id(),
                a1.version(), ApplicationStatus.APPROVED, false, Fixture.CLOCK.instant(), "staff approved"));

        ImportResult second = fx.run(ImportKind.APPLICATIONS, path);

        assertEquals(first.accepted(), second.accepted());
        assertEquals(Fixture.lines(first), Fixture.lines(second));
        assertEquals(3, fx.workspace.applications().count());
        assertEquals(ApplicationStatus.APPROVED, fx.workspace.applications().findById(a1.id()).orElseThrow().status(),
                "a staff decision is not undone by an older file saying Pending");
    }

    @Test
    void exportListsDecisionsAndNeutralisesFormulas() throws Exception {
        fx.run(ImportKind.APPLICATIONS, fx.file("applications.csv", file()));
        Application a1 = fx.workspace.applications().all().get(0);
        fx.workspace.jdbi().useHandle(h -> dev.sellerworkbench.store.ApplicationRepository.updateStatus(h, a1.id(),
                a1.version(), ApplicationStatus.REJECTED, false, Fixture.CLOCK.instant(), "=HYPERLINK(\"x\")"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = new Exporter(fx.workspace).applications(ExportFormat.CSV, out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertEquals(3, rows);
        assertTrue(csv.startsWith("\uFEFFid,creator,region,product_id,plan,plan_id,applied_at,status,decided_at"));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), csv);
        assertTrue(csv.contains("A2,thao.mebe,VN,p2,Everyday essentials"), csv);
        assertTrue(csv.contains("Approved"), csv);
    }
}
