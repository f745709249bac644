package dev.sellerworkbench.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.store.TestDatabases;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabases.Vendor.class)
class ApprovalQueueTest {

    @Parameter
    TestDatabases.Vendor vendor;

    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    @TempDir
    Path dir;
    Workspace ws;
    ApprovalQueue queue;
    long creatorId;
    long planId;

    @BeforeEach
    void open() {
        ws = TestDatabases.open(vendor, dir);
        queue = new ApprovalQueue(ws, Clock.fixed(NOW, ZoneOffset.UTC));
        ws.products().saveAll(List.of(new Product("p1", "Serum dưỡng ẩm", "Beauty", Money.of("199000", "VND"),
                ProductStatus.LIVE)));
        creatorId = ws.creators().insert(new Creator(0, "linh", "Linh", Region.VN, null, 1000, 1, 1, 1,
                Money.of("0", "VND"), 0, 0, List.of(), EnumSet.noneOf(ContentType.class), null, null,
                Audience.UNKNOWN, null));
        planId = ws.plans().create(new Plan(0, PlanType.OPEN, "Tết 2027", null, null, PlanStatus.PUBLISHED, true, null,
                null, NOW, NOW, NOW, 0));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    long pending(Instant appliedAt) {
        return ws.applications().insert(new Application(0, null, creatorId, "p1", planId, appliedAt,
                ApplicationStatus.PENDING, null, false, null, 0));
    }

    List<Long> pending(int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(pending(NOW.minusSeconds(3_600 + i)));
        }
        return ids;
    }

    long count(ApplicationStatus status) {
        return ws.applications().countByStatus().get(status);
    }

    @Test
    void bulkApprovalOfFiveHundredIsOneTransaction() {
        List<Long> ids = pending(500);
        queue.decide(ids, Decision.APPROVE, null, "Linh");
        assertEquals(500, count(ApplicationStatus.APPROVED));
        assertEquals(0, count(ApplicationStatus.PENDING));
    }

    @Test
    void aFailureOnRowThreeHundredLeavesAllFiveHundredPending() {
        // R-AP-2 with "all or none": row 300 no longer exists, so nothing may be approved.
        List<Long> ids = pending(500);
        List<Long> broken = new ArrayList<>(ids);
        broken.set(299, 999_999L);
        QueueException e = assertThrows(QueueException.class, () -> queue.decide(broken, Decision.APPROVE, null, "Linh"));
        assertEquals("queue.error.missing", e.key());
        assertEquals(500, count(ApplicationStatus.PENDING));
        assertEquals(0, count(ApplicationStatus.APPROVED));
        assertEquals(0, ws.audit().recent(10).size(), "no audit entry for a decision that was not saved");
    }

    @Test
    void rejectionKeepsItsReasonAndEveryDecisionIsAudited() {
        // R-AP-4: who, when, what, from which status to which, the note.
        long id = pending(NOW.minusSeconds(60));
        queue.decide(List.of(id), Decision.REJECT, "audience does not match", "Linh");
        Application a = ws.applications().findById(id).orElseThrow();
        assertEquals(ApplicationStatus.REJECTED, a.status());
        assertEquals("audience does not match", a.note());
        AuditEntry entry = ws.audit().forEntity("application", String.valueOf(id)).get(0);
        assertEquals("Linh", entry.actor());
        assertEquals(NOW, entry.at());
        assertEquals("reject", entry.action());
        assertEquals("PENDING", entry.fromStatus());
        assertEquals("REJECTED", entry.toStatus());
        assertEquals("audience does not match", entry.note());
    }

    @Test
    void removedApplicationsLeaveTheQueueButStayInTheAuditLog() {
        // R-AP-1
        long id = pending(NOW.minusSeconds(60));
        queue.decide(List.of(id), Decision.REMOVE, null, "Minh");
        assertEquals(0, count(ApplicationStatus.PENDING));
        assertEquals("remove", ws.audit().forEntity("application", String.valueOf(id)).get(0).action());
    }

    @Test
    void undoRestoresStatusAndTheAuditKeepsBothRecords() {
        long id = pending(NOW.minusSeconds(60));
        DecisionOutcome outcome = queue.decide(List.of(id), Decision.REJECT, "wrong", "Linh");
        queue.undo(outcome, "Linh");
        Application a = ws.applications().findById(id).orElseThrow();
        assertEquals(ApplicationStatus.PENDING, a.status());
        assertEquals(null, a.note());
        List<AuditEntry> audit = ws.audit().forEntity("application", String.valueOf(id));
        assertEquals(List.of("reject", "undo-reject"), audit.stream().map(AuditEntry::action).toList());
    }

    @Test
    void undoRefusesWhenSomeoneChangedTheRowSince() {
        long id = pending(NOW.minusSeconds(60));
        DecisionOutcome outcome = queue.decide(List.of(id), Decision.REJECT, null, "Linh");
        queue.decide(List.of(id), Decision.APPROVE, null, "Minh");
        assertThrows(QueueException.class, () -> queue.undo(outcome, "Linh"));
        assertEquals(ApplicationStatus.APPROVED, ws.applications().findById(id).orElseThrow().status());
    }

    @Test
    void undoingOneRejectionOfThreeLeavesTheOtherTwoRejected() {
        // J1 step 4: three rejected in one batch, one of them put back
        List<Long> ids = pending(3);
        DecisionOutcome outcome = queue.decide(ids, Decision.REJECT, "audience does not match", "Linh");
        queue.undo(outcome, ids.get(1), "Linh");
        assertEquals(ApplicationStatus.REJECTED, ws.applications().findById(ids.get(0)).orElseThrow().status());
        assertEquals(ApplicationStatus.PENDING, ws.applications().findById(ids.get(1)).orElseThrow().status());
        assertEquals(ApplicationStatus.REJECTED, ws.applications().findById(ids.get(2)).orElseThrow().status());
        assertEquals(List.of("reject", "undo-reject"), ws.audit().forEntity("application", String.valueOf(ids.get(1)))
                .stream().map(AuditEntry::action).toList());
        assertEquals(java.util.Map.of(ids.get(0), "audience does not match", ids.get(2), "audience does not match"),
                queue.rejectionReasons(ids));
        // the same row cannot be put back twice: its version moved with the first undo
        assertThrows(QueueException.class, () -> queue.undo(outcome, ids.get(1), "Linh"));
    }

    @Test
    void undoingOneRowRefusesWhenAColleagueChangedItSince() {
        List<Long> ids = pending(2);
        DecisionOutcome outcome = queue.decide(ids, Decision.APPROVE, null, "Linh");
        queue.decide(List.of(ids.get(0)), Decision.REJECT, null, "Minh");
        assertThrows(QueueException.class, () -> queue.undo(outcome, ids.get(0), "Linh"));
        assertEquals(ApplicationStatus.REJECTED, ws.applications().findById(ids.get(0)).orElseThrow().status());
    }

    @Test
    void aPendingApplicationTakesANoteAndStaysPending() {
        // J1 step 5, R-AP-4
        long id = pending(NOW.minusSeconds(60));
        int version = ws.applications().findById(id).orElseThrow().version();
        queue.note(id, version, "  declining L6 to L4, ask about next month  ", "Linh");
        Application a = ws.applications().findById(id).orElseThrow();
        assertEquals(ApplicationStatus.PENDING, a.status());
        assertEquals("declining L6 to L4, ask about next month", a.note());
        AuditEntry entry = ws.audit().forEntity("application", String.valueOf(id)).get(0);
        assertEquals("note", entry.action());
        assertEquals("PENDING", entry.toStatus());
        assertEquals("declining L6 to L4, ask about next month", entry.note());
        // a note written on what the user saw is refused once a colleague moved the row on
        assertThrows(StaleDecisionException.class, () -> queue.note(id, version, "again", "Minh"));
    }

    @Test
    void pendingApplicationExpiresAtExactlySevenDays() {
        // R-AP-3
        long due = pending(NOW.minus(Duration.ofDays(7)));
        long notYet = pending(NOW.minus(Duration.ofDays(7)).plusSeconds(1));
        assertEquals(1, queue.expire(ApprovalQueue.DEFAULT_EXPIRY_DAYS, "system"));
        assertEquals(ApplicationStatus.EXPIRED, ws.applications().findById(due).orElseThrow().status());
        assertEquals(ApplicationStatus.PENDING, ws.applications().findById(notYet).orElseThrow().status());
    }

    @Test
    void anExpiredApplicationCannotBeApproved() {
        long id = pending(NOW.minus(Duration.ofDays(8)));
        queue.expire(7, "system");
        assertThrows(QueueException.class, () -> queue.decide(List.of(id), Decision.APPROVE, null, "Linh"));
    }
}
