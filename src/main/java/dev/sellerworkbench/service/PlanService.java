package dev.sellerworkbench.service;

import dev.sellerworkbench.commission.CommissionSnapshot;
import dev.sellerworkbench.commission.EffectiveTimes;
import dev.sellerworkbench.commission.PlanDraft;
import dev.sellerworkbench.commission.PlanLimits;
import dev.sellerworkbench.commission.PlanProblem;
import dev.sellerworkbench.commission.PlanSaveResult;
import dev.sellerworkbench.commission.PlanValidator;
import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.RateChange;
import dev.sellerworkbench.store.AuditRepository;
import dev.sellerworkbench.store.PlanRepository;
import dev.sellerworkbench.store.Transactions;
import dev.sellerworkbench.store.Workspace;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/// Saves plan drafts and publishes plans through validation, each in one transaction: a plan that
/// fails [PlanValidator] is never stored as published, and nothing is saved half-way (R-PLAN-5).
///
/// Publishing an edit of a published plan records each rate change, product addition and removal
/// as a [RateChange] effective at 00:00 next day in the seller's zone (R-PLAN-10), so creators
/// already in the plan keep the old terms until then while newcomers get the new ones at once (R-COM-3).
public final class PlanService {

    /// A draft item whose rate is not chosen yet is stored as 0 bp, which never passes validation.
    public static final Rate UNSET_RATE = Rate.ofBasisPoints(0);

    private static final SecureRandom TOKENS = new SecureRandom();

    private final Workspace workspace;
    private final Clock clock;

    public PlanService(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    public PlanLimits limits() {
        return EngineInputs.planLimits(workspace.settings());
    }

    /// Every problem publishing `draft` now would meet; writes nothing.
    public List<PlanProblem> check(PlanDraft draft) {
        return new PlanValidator(limits()).validate(draft, EngineInputs.commissionSnapshot(workspace));
    }

    /// Saves a draft as it is (drafts may be incomplete). A published plan is changed only by
    /// [#publish], so that its edits are validated and dated.
    public PlanSaveResult saveDraft(PlanDraft draft) {
        return write(draft, false);
    }

    /// Validates and, only when there is no problem, stores the plan as published with its items,
    /// creators and rate changes in one transaction.
    public PlanSaveResult publish(PlanDraft draft) {
        return write(draft, true);
    }

    /// Takes a creator out of a targeted or shop plan; an accepted creator keeps earning until
    /// 00:00 next day in the seller's zone (R-PLAN-10). False when the creator was not in it.
    public boolean removeCreator(long planId, long creatorId) {
        Instant now = clock.instant();
        return Transactions.inTransaction(workspace.jdbi(), h -> {
            Optional<PlanCreator> row = workspace.plans().creators(planId).stream()
                    .filter(pc -> pc.creatorId() == creatorId && pc.status() != InvitationStatus.REMOVED).findFirst();
            if (row.isEmpty()) {
                return false;
            }
            PlanCreator pc = row.get();
            PlanRepository.saveCreator(h, new PlanCreator(planId, creatorId, InvitationStatus.REMOVED, pc.invitedAt(),
                    pc.acceptedAt(), now, pc.token(), true));
            AuditRepository.record(h, new AuditEntry(0, now, workspace.settings().staffName(), "plan_creator",
                    planId + ":" + creatorId, "REMOVE", pc.status().name(), InvitationStatus.REMOVED.name(), null));
            return true;
        });
    }

    /// What [#addCreators] did: who was added, who was in the plan already, who did not fit under the
    /// plan's creator limit (R-PLAN-8), and the problems that kept the others out (R-PR-2 conflicts
    /// naming the other plan) or refused the whole call (no such plan, not targeted, ended).
    public record AddResult(List<Long> added, List<Long> already, List<Long> overLimit, List<PlanProblem> problems) {

        public AddResult {
            added = List.copyOf(added);
            already = List.copyOf(already);
            overLimit = List.copyOf(overLimit);
            problems = List.copyOf(problems);
        }

        static AddResult refused(String key, Object... args) {
            return new AddResult(List.of(), List.of(), List.of(), List.of(PlanProblem.of(null, PlanProblem.FIELD_PLAN, key, args)));
        }
    }

    /// Adds creators to a targeted plan from anywhere but its editor (Find Creators, recommended
    /// creators, saved lists; R-PLAN-9), in one transaction that bumps the plan's version so an
    /// editor open on it reloads instead of saving over them. Each newcomer is *not sent* (R-IN-5),
    /// with a token only if the plan is published. Creators past the limit or in R-PR-2 conflict are
    /// left out and named; an ended plan takes nobody.
    public AddResult addCreators(long planId, List<Long> creatorIds) {
        Plan plan = workspace.plans().findById(planId).orElse(null);
        if (plan == null || plan.type() != PlanType.TARGETED) {
            return AddResult.refused("commission.problem.planMissing");
        }
        Instant now = clock.instant();
        java.time.LocalDate today = now.atZone(workspace.settings().timeZone()).toLocalDate();
        if (plan.status() == PlanStatus.ENDED || (plan.endDate() != null && plan.endDate().isBefore(today))) {
            return AddResult.refused("commission.problem.planEnded");
        }
        CommissionSnapshot current = EngineInputs.commissionSnapshot(workspace);
        PlanValidator validator = new PlanValidator(limits());
        List<String> products = workspace.plans().items(planId).stream().filter(i -> i.removedAt() == null)
                .map(PlanItem::productId).toList();
        List<PlanCreator> members = workspace.plans().creators(planId);
        Set<Long> inPlan = new LinkedHashSet<>();
        members.stream().filter(pc -> pc.status() != InvitationStatus.REMOVED).forEach(pc -> inPlan.add(pc.creatorId()));
        int room = limits().maxTargetedCreators() - inPlan.size();
        List<Long> added = new ArrayList<>();
        List<Long> already = new ArrayList<>();
        List<Long> overLimit = new ArrayList<>();
        List<PlanProblem> problems = new ArrayList<>();
        for (long creatorId : new LinkedHashSet<>(creatorIds)) {
            if (inPlan.contains(creatorId)) {
                already.add(creatorId);
                continue;
            }
            List<PlanProblem> conflicts = validator.creatorConflicts(plan, products, creatorId, current);
            if (!conflicts.isEmpty()) {
                problems.addAll(conflicts);
            } else if (added.size() >= room) {
                overLimit.add(creatorId);
            } else {
                added.add(creatorId);
            }
        }
        if (!overLimit.isEmpty()) {
            problems.add(PlanProblem.of(null, PlanProblem.FIELD_CREATORS, "commission.problem.tooManyCreators",
                    String.valueOf(limits().maxTargetedCreators()), String.valueOf(inPlan.size() + added.size() + overLimit.size())));
        }
        if (added.isEmpty()) {
            return new AddResult(added, already, overLimit, problems);
        }
        boolean sendable = plan.status() == PlanStatus.PUBLISHED;
        String staff = workspace.settings().staffName();
        try {
            Transactions.useTransaction(workspace.jdbi(), h -> {
                if (!PlanRepository.touch(h, planId, plan.version())) {
                    throw new StaleEdit();
                }
                for (long creatorId : added) {
                    PlanRepository.saveCreator(h, new PlanCreator(planId, creatorId, InvitationStatus.NOT_SENT, now,
                            null, null, sendable ? newToken() : null, false));
                    AuditRepository.record(h, new AuditEntry(0, now, staff, "plan_creator", planId + ":" + creatorId,
                            "ADD", null, InvitationStatus.NOT_SENT.name(), null));
                }
            });
        } catch (StaleEdit e) {
            return AddResult.refused("commission.problem.staleEdit");
        }
        return new AddResult(added, already, overLimit, problems);
    }

    /// Sets (or, with a blank `link`, clears) a targeted plan's Seller Center invitation link (R-IN-6).
    /// The link is no commission term, so a published plan takes it at once, without R-PLAN-10's
    /// wait; it is validated as an https address and audited. Refused when the plan changed since
    /// `version` was read.
    public PlanSaveResult setLink(long planId, String link, int version) {
        Plan stored = workspace.plans().findById(planId).orElse(null);
        if (stored == null || stored.type() != PlanType.TARGETED) {
            return refused(planId, "commission.problem.planMissing");
        }
        Optional<PlanProblem> problem = PlanValidator.checkLink(link);
        if (problem.isPresent()) {
            return PlanSaveResult.refused(planId, List.of(problem.get()));
        }
        String clean = link == null || link.isBlank() ? null : link.strip();
        Instant now = clock.instant();
        Plan changed = new Plan(stored.id(), stored.type(), stored.name(), stored.description(), stored.endDate(),
                stored.status(), stored.approvalRequired(), stored.shopRate(), clean, stored.createdAt(), now,
                stored.publishedAt(), version);
        try {
            Transactions.useTransaction(workspace.jdbi(), h -> {
                if (!PlanRepository.update(h, changed)) {
                    throw new StaleEdit();
                }
                AuditRepository.record(h, new AuditEntry(0, now, workspace.settings().staffName(), "plan",
                        String.valueOf(planId), "LINK", null, null, clean));
            });
            return PlanSaveResult.saved(planId);
        } catch (StaleEdit e) {
            return refused(planId, "commission.problem.staleEdit");
        }
    }

    /// Sets (or, with a blank id, clears) the platform's id of a targeted plan's collaboration, by which
    /// an imported order earned through it proves its creator accepted (R-IN-5). Letters, digits, `-`
    /// and `_`, at most 64; audited.
    public PlanSaveResult setCollaborationId(long planId, String collaborationId) {
        Plan stored = workspace.plans().findById(planId).orElse(null);
        if (stored == null || stored.type() != PlanType.TARGETED) {
            return refused(planId, "commission.problem.planMissing");
        }
        String clean = collaborationId == null || collaborationId.isBlank() ? null : collaborationId.strip();
        if (clean != null && !clean.matches("[0-9A-Za-z_-]{1,64}")) {
            return PlanSaveResult.refused(planId, List.of(PlanProblem.of(null, PlanProblem.FIELD_LINK,
                    "commission.problem.collaborationIdInvalid", clean)));
        }
        Instant now = clock.instant();
        Transactions.useTransaction(workspace.jdbi(), h -> {
            PlanRepository.setCollaborationId(h, planId, clean);
            AuditRepository.record(h, new AuditEntry(0, now, workspace.settings().staffName(), "plan",
                    String.valueOf(planId), "COLLABORATION_ID", null, null, clean));
        });
        return PlanSaveResult.saved(planId);
    }

    /// Ends a plan today in the seller's zone: the Shop plan is left this way (R-PLAN-12). The end
    /// date keeps today's sales earning (a plan counts until the end of its end date); from 00:00
    /// tomorrow it gives nothing. Refused when the plan is missing, already ended or was changed since
    /// `version` was loaded.
    public PlanSaveResult leave(long planId, int version) {
        Plan stored = workspace.plans().findById(planId).orElse(null);
        if (stored == null) {
            return refused(planId, "commission.problem.planMissing");
        }
        if (stored.status() == PlanStatus.ENDED) {
            return refused(planId, "commission.problem.planEnded");
        }
        if (stored.version() != version) {
            return refused(planId, "commission.problem.staleEdit");
        }
        Instant now = clock.instant();
        java.time.LocalDate today = now.atZone(workspace.settings().timeZone()).toLocalDate();
        String staff = workspace.settings().staffName();
        Plan ended = new Plan(stored.id(), stored.type(), stored.name(), stored.description(), today, PlanStatus.ENDED,
                stored.approvalRequired(), stored.shopRate(), stored.baseLink(), stored.createdAt(), now,
                stored.publishedAt(), stored.version());
        try {
            Transactions.useTransaction(workspace.jdbi(), h -> {
                if (!PlanRepository.update(h, ended)) {
                    throw new StaleEdit();
                }
                AuditRepository.record(h, new AuditEntry(0, now, staff, "plan", String.valueOf(planId), "LEAVE",
                        stored.status().name(), PlanStatus.ENDED.name(), "end date " + today));
            });
            return PlanSaveResult.saved(planId);
        } catch (StaleEdit e) {
            return refused(planId, "commission.problem.staleEdit");
        }
    }

    private PlanSaveResult write(PlanDraft draft, boolean publish) {
        Plan header = draft.plan();
        Plan stored = header.id() == 0 ? null : workspace.plans().findById(header.id()).orElse(null);
        if (header.id() != 0 && stored == null) {
            return refused(header.id(), "commission.problem.planMissing");
        }
        if (stored != null && stored.version() != header.version()) {
            return refused(header.id(), "commission.problem.staleEdit");
        }
        if (stored != null && stored.status() == PlanStatus.ENDED) {
            return refused(header.id(), "commission.problem.planEnded");
        }
        if (!publish && stored != null && stored.status() == PlanStatus.PUBLISHED) {
            return refused(header.id(), "commission.problem.alreadyPublished");
        }
        if (publish) {
            List<PlanProblem> problems = check(draft);
            if (!problems.isEmpty()) {
                return PlanSaveResult.refused(header.id(), problems);
            }
        }
        Instant now = clock.instant();
        ZoneId zone = workspace.settings().timeZone();
        String staff = workspace.settings().staffName();
        List<PlanItem> storedItems = stored == null ? List.of() : workspace.plans().items(stored.id());
        List<PlanCreator> storedCreators = stored == null ? List.of() : workspace.plans().creators(stored.id());
        try {
            long planId = Transactions.inTransaction(workspace.jdbi(), h -> {
                long id = saveHeader(h, header, stored, publish, now);
                boolean wasPublished = stored != null && stored.status() == PlanStatus.PUBLISHED;
                Instant effective = EffectiveTimes.nextMidnight(now, zone);
                List<RateChange> changes = saveItems(h, id, draft, storedItems, wasPublished, now, effective);
                if (wasPublished && header.type() == PlanType.SHOP && !Objects.equals(stored.shopRate(), header.shopRate())) {
                    changes.add(new RateChange(0, id, null, stored.shopRate(), header.shopRate(), now, effective));
                }
                for (RateChange change : changes) {
                    PlanRepository.addRateChange(h, change);
                }
                if (header.type() == PlanType.TARGETED) {
                    saveCreators(h, id, draft.creatorIds(), storedCreators, now, publish || wasPublished);
                }
                if (publish) {
                    // what this staff member kept of the edit is now the plan itself
                    PlanRepository.dropUnpublishedEdit(h, id, staff);
                    AuditRepository.record(h, new AuditEntry(0, now, staff, "plan", String.valueOf(id),
                            wasPublished ? "EDIT" : "PUBLISH", stored == null ? null : stored.status().name(),
                            PlanStatus.PUBLISHED.name(), changes.isEmpty() ? null : changes.size() + " rate change(s)"));
                } else {
                    // drafts too: a colleague whose save loses the race is told who saved before them
                    AuditRepository.record(h, new AuditEntry(0, now, staff, "plan", String.valueOf(id), "SAVE",
                            stored == null ? null : stored.status().name(), PlanStatus.DRAFT.name(), null));
                }
                return id;
            });
            return PlanSaveResult.saved(planId);
        } catch (StaleEdit e) {
            return refused(header.id(), "commission.problem.staleEdit");
        }
    }

    private static long saveHeader(Handle h, Plan header, Plan stored, boolean publish, Instant now) {
        Instant publishedAt = publish ? (stored != null && stored.publishedAt() != null ? stored.publishedAt() : now) : null;
        Plan row = new Plan(header.id(), header.type(), header.name() == null ? "" : header.name(),
                header.description(), header.endDate(), publish ? PlanStatus.PUBLISHED : PlanStatus.DRAFT,
                header.approvalRequired(), header.type() == PlanType.SHOP ? header.shopRate() : null,
                header.baseLink(), stored == null ? now : stored.createdAt(), now, publishedAt, header.version());
        if (stored == null) {
            return PlanRepository.create(h, row);
        }
        if (!PlanRepository.update(h, row)) {
            throw new StaleEdit();
        }
        return header.id();
    }

    /// Writes the draft's items, keeping removed rows for history, and returns the changes that
    /// creators already in a published plan feel only from `effective`.
    private static List<RateChange> saveItems(Handle h, long planId, PlanDraft draft, List<PlanItem> storedItems,
                                              boolean wasPublished, Instant now, Instant effective) {
        Map<String, PlanItem> before = new LinkedHashMap<>();
        storedItems.forEach(i -> before.put(i.productId(), i));
        List<PlanItem> rows = new ArrayList<>();
        List<RateChange> changes = new ArrayList<>();
        Set<String> kept = new LinkedHashSet<>();
        for (PlanDraft.Item item : draft.items()) {
            if (!kept.add(item.productId())) {
                continue;
            }
            Rate rate = item.rate() == null ? UNSET_RATE : item.rate();
            PlanItem old = before.get(item.productId());
            boolean current = old != null && old.removedAt() == null;
            rows.add(new PlanItem(planId, item.productId(), rate, item.reason(), current ? old.addedAt() : now, null));
            if (wasPublished && !current) {
                changes.add(new RateChange(0, planId, item.productId(), null, rate, now, effective));
            } else if (wasPublished && !old.rate().equals(rate)) {
                changes.add(new RateChange(0, planId, item.productId(), old.rate(), rate, now, effective));
            }
        }
        for (PlanItem old : storedItems) {
            if (kept.contains(old.productId())) {
                continue;
            }
            if (old.removedAt() != null) {
                rows.add(old);
            } else if (wasPublished) {
                rows.add(new PlanItem(planId, old.productId(), old.rate(), old.reason(), old.addedAt(), effective));
                changes.add(new RateChange(0, planId, old.productId(), old.rate(), null, now, effective));
            }
        }
        PlanRepository.saveItems(h, planId, rows);
        return changes;
    }

    /// Adds the draft's new creators and re-adds removed ones as *not sent*, and removes those left out.
    /// Existing rows keep their invitation state: sending, accepting and declining are recorded by
    /// [dev.sellerworkbench.invitations.Collaborations], not by the editor. Only a published plan's
    /// members get tokens: a draft produces nothing sendable (R-IN-5).
    private static void saveCreators(Handle h, long planId, List<Long> wanted, List<PlanCreator> storedCreators,
                                     Instant now, boolean sendable) {
        Map<Long, PlanCreator> before = new LinkedHashMap<>();
        storedCreators.forEach(pc -> before.put(pc.creatorId(), pc));
        Set<Long> keep = new LinkedHashSet<>(wanted);
        for (long creatorId : keep) {
            PlanCreator old = before.get(creatorId);
            if (old == null || old.status() == InvitationStatus.REMOVED) {
                PlanRepository.saveCreator(h, new PlanCreator(planId, creatorId, InvitationStatus.NOT_SENT, now, null,
                        null, sendable ? newToken() : null, false));
            } else if (sendable && old.token() == null) {
                PlanRepository.saveCreator(h, new PlanCreator(planId, creatorId, old.status(), old.invitedAt(),
                        old.acceptedAt(), old.removedAt(), newToken(), false, old.sentAt(), old.sentChannel(),
                        old.declinedAt(), old.note(), old.version()));
            }
        }
        for (PlanCreator old : storedCreators) {
            if (!keep.contains(old.creatorId()) && old.status() != InvitationStatus.REMOVED) {
                PlanRepository.saveCreator(h, new PlanCreator(planId, old.creatorId(), InvitationStatus.REMOVED,
                        old.invitedAt(), old.acceptedAt(), now, old.token(), true));
            }
        }
    }

    /// 128 random bits, so an invitation link cannot be guessed (R-IN-2).
    private static String newToken() {
        byte[] bytes = new byte[16];
        TOKENS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static PlanSaveResult refused(long planId, String key) {
        return PlanSaveResult.refused(planId, List.of(PlanProblem.of(null, PlanProblem.FIELD_PLAN, key)));
    }

    /// Thrown inside the transaction when the header changed since it was loaded, to roll back.
    private static final class StaleEdit extends RuntimeException {
        StaleEdit() {
            super(null, null, false, false);
        }
    }
}
