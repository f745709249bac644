package dev.sellerworkbench.queue;

import dev.sellerworkbench.commission.RateResolver;
import dev.sellerworkbench.commission.Resolution;
import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.search.TargetAudience;
import dev.sellerworkbench.service.EngineInputs;
import dev.sellerworkbench.store.ApplicationRepository;
import dev.sellerworkbench.store.AuditRepository;
import dev.sellerworkbench.store.Transactions;
import dev.sellerworkbench.store.Workspace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/// The approval queue's decisions (R-AP-1 … R-AP-4): approve, reject or remove one application
/// or many in one transaction, all or none; undo the last decision; expire old pending ones.
/// Every change is recorded in the audit log with who, when, from and to, and the note.
public final class ApprovalQueue {

    public static final int DEFAULT_EXPIRY_DAYS = 7;
    static final String ENTITY = "application";
    /// Who the audit log names for expiries (R-AP-4): no person decided them.
    public static final String EXPIRY_ACTOR = "system";

    private final Workspace workspace;
    private final Clock clock;

    public ApprovalQueue(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /// Applies `decision` to every application in `ids` in one transaction. A row that is not in a
    /// state the decision applies to, or that changed meanwhile, fails the whole batch.
    public DecisionOutcome decide(List<Long> ids, Decision decision, String note, String actor) {
        return decide(ids, java.util.Map.of(), decision, note, actor);
    }

    /// As [#decide(List, Decision, String, String)], refusing the whole batch with a
    /// [StaleDecisionException] when any row is no longer at the version the user saw (`seen`, by
    /// id; rows not in it are not checked): a colleague decided it meanwhile.
    public DecisionOutcome decide(List<Long> ids, java.util.Map<Long, Integer> seen, Decision decision, String note,
                                  String actor) {
        if (ids.isEmpty()) {
            throw new QueueException("queue.error.nothingSelected");
        }
        Instant now = clock.instant();
        // Rows are locked in id order whatever the selection's order, so two desktops deciding
        // overlapping selections at once wait for each other instead of deadlocking.
        List<Long> inLockOrder = ids.stream().distinct().sorted().toList();
        java.util.Map<Long, DecisionOutcome.Change> byId = Transactions.inTransaction(workspace.jdbi(), h -> {
            java.util.Map<Long, DecisionOutcome.Change> done = new java.util.HashMap<>();
            for (long id : inLockOrder) {
                done.put(id, apply(h, id, seen.get(id), decision, note, actor, now));
            }
            return done;
        });
        List<DecisionOutcome.Change> changes = ids.stream().distinct().map(byId::get).toList();
        return new DecisionOutcome(decision, now, actor, List.copyOf(changes));
    }

    private DecisionOutcome.Change apply(Handle h, long id, Integer seenVersion, Decision decision, String note,
                                         String actor, Instant now) {
        Application a = find(h, id).orElseThrow(() -> new QueueException("queue.error.missing", id));
        if (seenVersion != null && a.version() != seenVersion) {
            throw stale(h, id);
        }
        if (a.removed()) {
            throw new QueueException("queue.error.removed", id);
        }
        ApplicationStatus to = switch (decision) {
            case APPROVE -> {
                if (a.status() == ApplicationStatus.APPROVED || a.status() == ApplicationStatus.EXPIRED) {
                    throw new QueueException("queue.error.notDecidable", id, a.status());
                }
                yield ApplicationStatus.APPROVED;
            }
            case REJECT -> {
                if (a.status() == ApplicationStatus.REJECTED || a.status() == ApplicationStatus.EXPIRED) {
                    throw new QueueException("queue.error.notDecidable", id, a.status());
                }
                yield ApplicationStatus.REJECTED;
            }
            case REMOVE -> a.status();
        };
        boolean removed = decision == Decision.REMOVE;
        String newNote = note == null || note.isBlank() ? a.note() : note.trim();
        Instant decidedAt = decision == Decision.REMOVE ? a.decidedAt() : now;
        if (!ApplicationRepository.updateStatus(h, id, a.version(), to, removed, decidedAt, newNote)) {
            throw stale(h, id);
        }
        AuditRepository.record(h, new AuditEntry(0, now, actor, ENTITY, String.valueOf(id),
                decision.name().toLowerCase(Locale.ROOT), a.status().name(), removed ? "REMOVED" : to.name(),
                note == null || note.isBlank() ? null : note.trim()));
        return new DecisionOutcome.Change(id, a.status(), a.removed(), a.decidedAt(), a.note(), to, a.version() + 1);
    }

    /// Puts every row of `outcome` back as it was, in one transaction. The audit log keeps both the
    /// decision and its undoing.
    public void undo(DecisionOutcome outcome, String actor) {
        Instant now = clock.instant();
        List<DecisionOutcome.Change> inLockOrder = outcome.changes().stream()
                .sorted(java.util.Comparator.comparingLong(DecisionOutcome.Change::applicationId)).toList();
        Transactions.useTransaction(workspace.jdbi(), h -> {
            for (DecisionOutcome.Change c : inLockOrder) {
                if (!ApplicationRepository.updateStatus(h, c.applicationId(), c.versionAfter(), c.fromStatus(),
                        c.fromRemoved(), c.fromDecidedAt(), c.fromNote())) {
                    throw new QueueException("queue.error.changedMeanwhile", c.applicationId());
                }
                AuditRepository.record(h, new AuditEntry(0, now, actor, ENTITY, String.valueOf(c.applicationId()),
                        "undo-" + outcome.decision().name().toLowerCase(Locale.ROOT),
                        outcome.decision() == Decision.REMOVE ? "REMOVED" : c.toStatus().name(),
                        c.fromStatus().name(), null));
            }
        });
    }

    /// Puts one application of `outcome` back as it was before that decision, leaving the rest of
    /// the batch decided (J1 step 4: one rejection of three). Refused with a [QueueException] when
    /// the row changed since the decision (a colleague or a later decision: its version moved).
    /// The audit log records the undoing beside the decision (R-AP-4).
    public void undo(DecisionOutcome outcome, long applicationId, String actor) {
        DecisionOutcome.Change c = outcome.changes().stream().filter(x -> x.applicationId() == applicationId)
                .findFirst().orElseThrow(() -> new QueueException("queue.error.missing", applicationId));
        undo(new DecisionOutcome(outcome.decision(), outcome.at(), outcome.actor(), List.of(c)), actor);
    }

    /// Sets the note of one application in any state, pending ones included (J1 step 5), and
    /// records it in the audit log (R-AP-4). The status does not change. When `seenVersion` is
    /// given and the row moved on meanwhile, nothing is written ([StaleDecisionException]).
    /// Returns the application's new version.
    public int note(long applicationId, Integer seenVersion, String note, String actor) {
        String text = note == null || note.isBlank() ? null : note.trim();
        Instant now = clock.instant();
        return Transactions.inTransaction(workspace.jdbi(), h -> {
            Application a = find(h, applicationId)
                    .orElseThrow(() -> new QueueException("queue.error.missing", applicationId));
            if (seenVersion != null && a.version() != seenVersion) {
                throw stale(h, applicationId);
            }
            if (a.removed()) {
                throw new QueueException("queue.error.removed", applicationId);
            }
            if (!ApplicationRepository.updateStatus(h, applicationId, a.version(), a.status(), false, a.decidedAt(), text)) {
                throw stale(h, applicationId);
            }
            AuditRepository.record(h, new AuditEntry(0, now, actor, ENTITY, String.valueOf(applicationId), "note",
                    a.status().name(), a.status().name(), text));
            return a.version() + 1;
        });
    }

    /// The reason given with each application's standing rejection, from the audit log, for the
    /// applications in `ids` that have one; an undone rejection leaves no reason behind.
    public java.util.Map<Long, String> rejectionReasons(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> reasons = new java.util.HashMap<>();
        for (AuditRepository.Step step : workspace.audit().steps(ENTITY, ids.stream().map(String::valueOf).toList(),
                List.of("reject", "undo-reject"))) {
            long id = Long.parseLong(step.entityId());
            if ("reject".equals(step.action())) {
                reasons.put(id, step.note());
            } else {
                reasons.remove(id);
            }
        }
        return reasons;
    }

    /// One tab of the queue as it stands: the count of every status, the newest `cap`
    /// applications of `status`, and what their rows show beside them (creators, products,
    /// plans, the rate each would earn if approved now, the seller's target audience, the
    /// expiry setting, the reasons of standing rejections), with the change mark it was read at.
    public record Page(String changeMark, Map<ApplicationStatus, Long> counts, List<Application> applications,
                       Map<Long, Creator> creators, Map<String, Product> products, Map<Long, Plan> plans,
                       Map<Long, Resolution> rates, TargetAudience target, int expiryDays, Map<Long, String> reasons) {
    }

    /// Reads one tab of the queue (R-AP-1, R-AP-3): at most `cap` applications, newest first.
    public Page page(ApplicationStatus status, int cap) {
        String mark = workspace.applications().changeMark();
        Map<ApplicationStatus, Long> counts = workspace.applications().countByStatus();
        List<Application> apps = workspace.applications().findByStatus(status, 0, cap);
        Map<Long, Creator> creators = workspace.creators()
                .findByIds(apps.stream().map(Application::creatorId).distinct().toList()).stream()
                .collect(Collectors.toMap(Creator::id, Function.identity()));
        Map<String, Product> products = workspace.products().findAll().stream()
                .collect(Collectors.toMap(Product::id, Function.identity()));
        Map<Long, Plan> plans = workspace.plans().findAll().stream()
                .collect(Collectors.toMap(Plan::id, Function.identity()));
        RateResolver resolver = new RateResolver(EngineInputs.commissionSnapshot(workspace));
        Instant now = clock.instant();
        Map<Long, Resolution> rates = new HashMap<>();
        for (Application a : apps) {
            rates.put(a.id(), resolver.resolveIfApproved(a, now));
        }
        Map<Long, String> reasons = status == ApplicationStatus.REJECTED
                ? rejectionReasons(apps.stream().map(Application::id).toList()) : Map.of();
        return new Page(mark, counts, apps, creators, products, plans, rates, TargetAudience.of(workspace),
                expiryDays(), reasons);
    }

    /// The expiry the window runs on its hourly timer and `applications expire` runs on demand: pending
    /// applications older than the workspace's setting (default 7 days, R-AP-3) expire, recorded
    /// under `actor`. Returns how many.
    public int expireDue(String actor) {
        return expire(expiryDays(), actor);
    }

    /// Days a pending application waits before it expires: the workspace's setting (R-AP-3).
    public int expiryDays() {
        return workspace.settings().getInt(dev.sellerworkbench.store.SettingsRepository.EXPIRY_DAYS, DEFAULT_EXPIRY_DAYS);
    }

    /// Expires pending applications that have waited `days` days or more (R-AP-3); returns how many.
    public int expire(int days, String actor) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(Duration.ofDays(days));
        return Transactions.inTransaction(workspace.jdbi(), h -> {
            List<Long> ids = ApplicationRepository.pendingAppliedBy(h, cutoff);
            for (long id : ids) {
                Application a = find(h, id).orElseThrow();
                if (ApplicationRepository.updateStatus(h, id, a.version(), ApplicationStatus.EXPIRED, false, now, a.note())) {
                    AuditRepository.record(h, new AuditEntry(0, now, actor, ENTITY, String.valueOf(id), "expire",
                            "PENDING", "EXPIRED", null));
                }
            }
            return ids.size();
        });
    }

    /// Who got there first, read from the audit log as committed now.
    private static StaleDecisionException stale(Handle h, long id) {
        return new StaleDecisionException(id, AuditRepository.latest(h, ENTITY, String.valueOf(id)).orElse(null));
    }

    private static Optional<Application> find(Handle h, long id) {
        return ApplicationRepository.findById(h, id);
    }
}
