package dev.sellerworkbench.samples;

import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Sample;
import dev.sellerworkbench.domain.SampleStatus;
import dev.sellerworkbench.store.AuditRepository;
import dev.sellerworkbench.store.SampleRepository;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Transactions;
import dev.sellerworkbench.store.Workspace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/// Free samples (R-SA-1 … R-SA-3): add one, move one or many along requested → approved →
/// shipped → delivered → content posted / no content in one transaction (all or none), undo that,
/// edit the details, list the overdue ones and say what each earned. Every change is recorded in
/// the audit log with who, when, from and to; a change made on a version a colleague has since
/// replaced writes nothing and names the colleague ([StaleSampleException]).
public final class Samples {

    /// R-SA-2: days after delivery before a sample without content is overdue, unless Settings say otherwise.
    public static final int DEFAULT_OVERDUE_DAYS = 14;
    public static final String OVERDUE_DAYS = "samples.overdueDays";
    public static final String ENTITY = SampleRepository.ENTITY;

    private final Workspace workspace;
    private final Clock clock;

    public Samples(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /// Details given with a status change; null fields keep what the sample has. `at` null means now.
    public record Step(Instant at, String carrier, String trackingNumber, String contentRef) {
        public static final Step NOW = new Step(null, null, null, null);
    }

    /// One sample before and after a change.
    public record Change(Sample before, Sample after) {
    }

    /// What a bulk status change did, kept so it can be undone.
    public record StatusOutcome(SampleStatus to, Instant at, String actor, List<Change> changes) {
    }

    /// Days after delivery before a sample without content is overdue: the workspace's setting (R-SA-2).
    public int overdueDays() {
        return workspace.settings().getInt(OVERDUE_DAYS, DEFAULT_OVERDUE_DAYS);
    }

    /// Samples delivered at or before this moment and still without content are overdue (R-SA-2).
    public Instant overdueCutoff() {
        return clock.instant().minus(Duration.ofDays(overdueDays()));
    }

    /// The shop's currency, in which samples cost and earn.
    public String currency() {
        return workspace.settings().get(SettingsRepository.CURRENCY, "VND");
    }

    /// Records a requested sample of `productId` for `creatorId` (R-SA-1); `cost` in the shop's
    /// currency, null when unknown. Returns its id.
    public long add(long creatorId, String productId, Long planId, Money cost, String note, String actor) {
        if (productId == null || productId.isBlank()) {
            throw new SampleException("samples.error.noProduct");
        }
        if (cost != null && cost.amount().signum() < 0) {
            throw new SampleException("samples.error.negativeCost", cost.amount().toPlainString());
        }
        Instant now = clock.instant();
        Sample sample = new Sample(0, creatorId, productId.trim(), planId, SampleStatus.REQUESTED, now, null, null, null,
                null, null, null, null, null, cost, blankToNull(note), 0);
        return Transactions.inTransaction(workspace.jdbi(), h -> {
            long id = SampleRepository.insert(h, sample);
            AuditRepository.record(h, new AuditEntry(0, now, actor, ENTITY, String.valueOf(id), "add", null,
                    SampleStatus.REQUESTED.name(), blankToNull(note)));
            return id;
        });
    }

    /// Moves every sample in `ids` to `to` in one transaction (R-SA-1). A sample that may not move
    /// there, or that is no longer at the version the user saw (`seen`, by id; rows not in it are
    /// not checked), fails the whole batch and nothing is written.
    public StatusOutcome setStatus(List<Long> ids, Map<Long, Integer> seen, SampleStatus to, Step step, String actor) {
        if (ids.isEmpty()) {
            throw new SampleException("samples.error.nothingSelected");
        }
        Instant now = clock.instant();
        Instant at = step.at() == null ? now : step.at();
        List<Long> inLockOrder = ids.stream().distinct().sorted().toList();
        Map<Long, Change> byId = Transactions.inTransaction(workspace.jdbi(), h -> {
            Map<Long, Change> done = new HashMap<>();
            for (long id : inLockOrder) {
                Sample before = SampleRepository.findById(h, id)
                        .orElseThrow(() -> new SampleException("samples.error.missing", id));
                Integer seenVersion = seen.get(id);
                if (seenVersion != null && seenVersion != before.version()) {
                    throw stale(h, id);
                }
                if (!before.status().canMoveTo(to)) {
                    throw new SampleException("samples.error.notAllowed", id, before.status(), to);
                }
                Instant previous = before.at(before.status());
                if (previous != null && at.isBefore(previous)) {
                    throw new SampleException("samples.error.beforePrevious", id, to, before.status());
                }
                Sample after = before.movedTo(to, at, blankToNull(step.carrier()), blankToNull(step.trackingNumber()),
                        blankToNull(step.contentRef()));
                if (!SampleRepository.update(h, after)) {
                    throw stale(h, id);
                }
                AuditRepository.record(h, new AuditEntry(0, now, actor, ENTITY, String.valueOf(id), "status",
                        before.status().name(), to.name(), details(step)));
                done.put(id, new Change(before, after.withVersion(before.version() + 1)));
            }
            return done;
        });
        return new StatusOutcome(to, now, actor, ids.stream().distinct().map(byId::get).toList());
    }

    /// Puts every sample of `outcome` back as it was, in one transaction; refused when one changed
    /// since. The audit log keeps both the change and its undoing.
    public void undo(StatusOutcome outcome, String actor) {
        Instant now = clock.instant();
        List<Change> inLockOrder = outcome.changes().stream()
                .sorted(Comparator.comparingLong(c -> c.before().id())).toList();
        Transactions.useTransaction(workspace.jdbi(), h -> {
            for (Change c : inLockOrder) {
                Sample back = c.before().withVersion(c.after().version());
                if (!SampleRepository.update(h, back)) {
                    throw stale(h, c.before().id());
                }
                AuditRepository.record(h, new AuditEntry(0, now, actor, ENTITY, String.valueOf(c.before().id()),
                        "undo-status", c.after().status().name(), c.before().status().name(), null));
            }
        });
    }

    /// Saves edited details of one sample (plan, cost, carrier, tracking number, content, note, and
    /// the date of each step it has reached), refused when a colleague changed it since
    /// `edited.version()`. The status itself moves only through [#setStatus]; a date may be cleared
    /// (unknown), but not given for a step the sample has not reached, and known dates keep the
    /// order of the path (R-SA-1). The audit log names the fields changed. Returns the sample as saved.
    public Sample save(Sample edited, String actor) {
        if (edited.cost() != null && edited.cost().amount().signum() < 0) {
            throw new SampleException("samples.error.negativeCost", edited.cost().amount().toPlainString());
        }
        Instant now = clock.instant();
        ZoneId zone = workspace.settings().timeZone();
        return Transactions.inTransaction(workspace.jdbi(), h -> {
            Sample stored = SampleRepository.findById(h, edited.id())
                    .orElseThrow(() -> new SampleException("samples.error.missing", edited.id()));
            if (stored.version() != edited.version()) {
                throw stale(h, edited.id());
            }
            Sample merged = new Sample(stored.id(), stored.creatorId(), stored.productId(), edited.planId(),
                    stored.status(), edited.requestedAt(), edited.approvedAt(), edited.shippedAt(),
                    edited.deliveredAt(), edited.contentAt(), edited.noContentAt(), blankToNull(edited.carrier()),
                    blankToNull(edited.trackingNumber()), blankToNull(edited.contentRef()), edited.cost(),
                    blankToNull(edited.note()), stored.version());
            checkDates(merged, zone);
            if (!SampleRepository.update(h, merged)) {
                throw stale(h, edited.id());
            }
            AuditRepository.record(h, new AuditEntry(0, now, actor, ENTITY, String.valueOf(edited.id()), "edit",
                    stored.status().name(), stored.status().name(), changes(stored, merged)));
            return merged.withVersion(stored.version() + 1);
        });
    }

    /// The steps whose date a sample at `status` may carry: those on its way there (R-SA-1), "no
    /// content" included for content that came late.
    public static Set<SampleStatus> reached(SampleStatus status) {
        Set<SampleStatus> steps = EnumSet.noneOf(SampleStatus.class);
        for (SampleStatus step : PATH) {
            if (step.ordinal() <= Math.min(status.ordinal(), SampleStatus.DELIVERED.ordinal())) {
                steps.add(step);
            }
        }
        steps.add(status);
        if (status == SampleStatus.CONTENT_POSTED) {
            steps.add(SampleStatus.NO_CONTENT);
        }
        return steps;
    }

    private static final List<SampleStatus> PATH = List.of(SampleStatus.REQUESTED, SampleStatus.APPROVED,
            SampleStatus.SHIPPED, SampleStatus.DELIVERED, SampleStatus.NO_CONTENT, SampleStatus.CONTENT_POSTED);

    /// R-SA-1: no date for a step not reached; known dates never go back along the path, day by day
    /// in the seller's zone (staff give days; two steps of one day may come in any hour).
    private static void checkDates(Sample s, ZoneId zone) {
        Set<SampleStatus> reached = reached(s.status());
        SampleStatus last = null;
        for (SampleStatus step : PATH) {
            Instant at = s.at(step);
            if (at == null) {
                continue;
            }
            if (!reached.contains(step)) {
                throw new SampleException("samples.error.dateNotReached", s.id(), step);
            }
            if (last != null && at.atZone(zone).toLocalDate().isBefore(s.at(last).atZone(zone).toLocalDate())) {
                throw new SampleException("samples.error.beforePrevious", s.id(), step, last);
            }
            last = step;
        }
    }

    /// "tracking_number: GHN1 → GHN2; cost: 150000 → 90000": what an edit changed, for the audit log.
    static String changes(Sample before, Sample after) {
        List<String> parts = new ArrayList<>();
        change(parts, "plan", before.planId(), after.planId());
        for (SampleStatus step : PATH) {
            change(parts, step.code() + "_at", before.at(step), after.at(step));
        }
        change(parts, "carrier", before.carrier(), after.carrier());
        change(parts, "tracking_number", before.trackingNumber(), after.trackingNumber());
        change(parts, "content", before.contentRef(), after.contentRef());
        change(parts, "cost", before.cost() == null ? null : before.cost().amount().stripTrailingZeros().toPlainString(),
                after.cost() == null ? null : after.cost().amount().stripTrailingZeros().toPlainString());
        change(parts, "note", before.note(), after.note());
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static void change(List<String> parts, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(field + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
    }

    public List<SampleRepository.Listed> list(SampleRepository.Filter filter, int offset, int limit) {
        return workspace.samples().find(filter, offset, limit);
    }

    /// Delivered samples still without content after the overdue days (R-SA-2), newest request first.
    public List<SampleRepository.Listed> overdue(SampleRepository.Filter filter, int offset, int limit) {
        SampleRepository.Filter f = new SampleRepository.Filter(null, filter.planId(), filter.productId(),
                filter.creatorId(), overdueCutoff());
        return workspace.samples().find(f, offset, limit);
    }

    /// What each delivered sample earned from delivery on (R-SA-3); samples not delivered are absent.
    public Map<Long, SampleRepository.Earned> earned(Collection<Long> sampleIds) {
        return workspace.samples().earned(sampleIds, currency());
    }

    /// For the creators given: true when content was posted for one of their samples, false when
    /// a sample was sent but no content posted yet; absent when none was sent.
    public Map<Long, Boolean> marks(Collection<Long> creatorIds) {
        return workspace.samples().sentOrPosted(creatorIds);
    }

    private static String details(Step step) {
        List<String> parts = new ArrayList<>();
        if (step.carrier() != null && !step.carrier().isBlank()) {
            parts.add(step.carrier().trim());
        }
        if (step.trackingNumber() != null && !step.trackingNumber().isBlank()) {
            parts.add(step.trackingNumber().trim());
        }
        if (step.contentRef() != null && !step.contentRef().isBlank()) {
            parts.add(step.contentRef().trim());
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static StaleSampleException stale(Handle h, long id) {
        return new StaleSampleException(id, AuditRepository.latest(h, ENTITY, String.valueOf(id)).orElse(null));
    }
}
