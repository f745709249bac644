package dev.sellerworkbench.invitations;

import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.AuditRepository;
import dev.sellerworkbench.store.OutreachRepository;
import dev.sellerworkbench.store.PlanRepository;
import dev.sellerworkbench.store.Transactions;
import dev.sellerworkbench.store.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/// What happened to a targeted plan's invitations, as staff record it (R-IN-5): the one state
/// machine *not sent* → *sent* → *accepted* / *declined* → *removed* for every member, each
/// transition audited (who, when, note) and written only over the version it was read at, so a
/// colleague's change in a team workspace is never overwritten unseen. The window, the
/// `invitations status` command, the collaborations import and the orders import all come here.
///
/// Transitions: a published plan's *not sent* member becomes *sent* when a message, link, CSV row
/// or QR page for them is opened, copied or exported; *not sent*, *sent* or *declined* may become
/// *accepted*; *not sent* or *sent* may become *declined*; an accepted creator who stops is
/// *removed*, not declined; anyone still in the plan may be removed, effective at 00:00 next day in
/// the seller's zone (R-PLAN-10). A draft holds creators but nothing is sendable or answerable yet.
public final class Collaborations {

    /// How an invitation reached the creator.
    public enum Channel { WHATSAPP, MESSAGE, LINK, CSV, QR, SELLER_CENTER }

    /// A change that was refused, with the reason as a message key and its arguments; nothing was written.
    public static final class Refused extends RuntimeException {
        private final String key;
        private final transient List<Object> args;

        Refused(String key, Object... args) {
            super(key + " " + Arrays.toString(args), null, false, false);
            this.key = key;
            this.args = List.of(args);
        }

        public String key() {
            return key;
        }

        /// The reason as a sentence in the reader's language.
        public String message(Messages messages) {
            return messages.get(key, args.stream()
                    .map(a -> a instanceof InvitationStatus status ? InvitationTexts.status(messages, status) : a)
                    .toArray());
        }
    }

    /// What one call changed: each membership before and after, so that it can be undone.
    public record Change(long planId, List<PlanCreator> before, List<PlanCreator> after) {

        public Change {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        public boolean isEmpty() {
            return after.isEmpty();
        }
    }

    private final Workspace workspace;
    private final Clock clock;

    public Collaborations(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /// Marks the given members of a published, running plan *sent* through `channel`; members already
    /// past *not sent* keep their state and first sending moment. Each member gets one outreach log
    /// entry per call, in the same transaction (R-OUT-1). Refused for drafts and ended plans.
    public Change markSent(long planId, Collection<Long> creatorIds, Channel channel) {
        Instant now = clock.instant();
        return Transactions.inTransaction(workspace.jdbi(), h -> {
            Plan plan = sendablePlan(planId, now);
            String actor = workspace.settings().staffName();
            List<PlanCreator> before = new ArrayList<>();
            List<PlanCreator> after = new ArrayList<>();
            for (long creatorId : new LinkedHashSet<>(creatorIds)) {
                PlanCreator row = member(h, plan, creatorId);
                // R-OUT-1: every message that goes out is logged, the first one also moves the invitation
                OutreachRepository.record(h, creatorId, planId, channel.name(), now, actor);
                if (row.status() != InvitationStatus.NOT_SENT) {
                    continue;
                }
                PlanCreator sent = new PlanCreator(planId, creatorId, InvitationStatus.SENT, row.invitedAt(),
                        row.acceptedAt(), row.removedAt(), row.token(), row.tokenRevoked(), now, channel.name(),
                        row.declinedAt(), row.note(), row.version());
                write(h, row, sent, "SEND", channel.name(), now);
                before.add(row);
                after.add(bumped(sent));
            }
            return new Change(planId, before, after);
        });
    }

    /// Refuses, with the reason, a plan whose invitations may not go out: a draft, an ended plan, or
    /// not a targeted plan at all.
    public void requireSendable(long planId) {
        sendablePlan(planId, clock.instant());
    }

    /// Records that the given members accepted, declined or were removed at `at` (now when null), with
    /// an optional note. All or nothing: one member who cannot make the move refuses the whole call.
    /// `expectedVersions` (creator → version read), when given, refuses a member a colleague changed since.
    public Change record(long planId, Collection<Long> creatorIds, InvitationStatus to, Instant at, String note,
                         Map<Long, Integer> expectedVersions) {
        if (to != InvitationStatus.ACCEPTED && to != InvitationStatus.DECLINED && to != InvitationStatus.REMOVED) {
            throw new IllegalArgumentException("Staff record accepted, declined or removed, not " + to);
        }
        Instant now = clock.instant();
        Instant moment = at == null ? now : at;
        if (moment.isAfter(now.plusSeconds(60))) {
            throw new Refused("invitations.collab.future");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 500) {
            throw new Refused("invitations.collab.noteTooLong", cleanNote.length());
        }
        return Transactions.inTransaction(workspace.jdbi(), h -> {
            Plan plan = answerablePlan(planId);
            List<PlanCreator> before = new ArrayList<>();
            List<PlanCreator> after = new ArrayList<>();
            for (long creatorId : new LinkedHashSet<>(creatorIds)) {
                PlanCreator row = member(h, plan, creatorId);
                Integer expected = expectedVersions == null ? null : expectedVersions.get(creatorId);
                if (expected != null && expected != row.version()) {
                    throw stale(h, plan, row);
                }
                Optional<PlanCreator> moved = next(row, to, moment, cleanNote, label(creatorId));
                if (moved.isEmpty()) {
                    continue; // already there at that moment: nothing to record
                }
                write(h, row, moved.get(), action(to), cleanNote, now);
                before.add(row);
                after.add(bumped(moved.get()));
            }
            return new Change(planId, before, after);
        });
    }

    /// Records an acceptance the platform's data proves (an order earned through the targeted
    /// collaboration), inside the importer's transaction: a member who has not accepted yet is marked
    /// accepted from `at`; an earlier acceptance stands. False when nothing changed.
    public static boolean acceptFromOrder(Handle h, long planId, long creatorId, Instant at, Instant now,
                                          String actor, String note) {
        Optional<PlanCreator> found = PlanRepository.creator(h, planId, creatorId);
        if (found.isEmpty()) {
            return false;
        }
        PlanCreator row = found.get();
        boolean open = row.status() == InvitationStatus.NOT_SENT || row.status() == InvitationStatus.SENT
                || row.status() == InvitationStatus.DECLINED;
        boolean earlier = row.status() == InvitationStatus.ACCEPTED && row.acceptedAt() != null
                && at.isBefore(row.acceptedAt());
        if (!open && !earlier) {
            return false;
        }
        PlanCreator accepted = accepted(row, at, row.note());
        if (!PlanRepository.saveCreatorIfUnchanged(h, accepted)) {
            return false;
        }
        AuditRepository.record(h, new AuditEntry(0, now, actor, "plan_creator", planId + ":" + creatorId,
                "ACCEPT", row.status().name(), InvitationStatus.ACCEPTED.name(), note));
        return true;
    }

    /// Puts every membership of `change` back as it was, if none was changed again since; the undo
    /// is audited like any other change.
    public Change undo(Change change) {
        Instant now = clock.instant();
        return Transactions.inTransaction(workspace.jdbi(), h -> {
            Plan plan = workspace.plans().findById(change.planId())
                    .orElseThrow(() -> new Refused("invitations.collab.noPlan", change.planId()));
            List<PlanCreator> before = new ArrayList<>();
            List<PlanCreator> after = new ArrayList<>();
            for (int i = 0; i < change.after().size(); i++) {
                PlanCreator was = change.before().get(i);
                PlanCreator row = member(h, plan, was.creatorId());
                if (row.version() != change.after().get(i).version()) {
                    throw stale(h, plan, row);
                }
                PlanCreator back = new PlanCreator(was.planId(), was.creatorId(), was.status(), was.invitedAt(),
                        was.acceptedAt(), was.removedAt(), was.token(), was.tokenRevoked(), was.sentAt(),
                        was.sentChannel(), was.declinedAt(), was.note(), row.version());
                write(h, row, back, "UNDO", null, now);
                before.add(row);
                after.add(bumped(back));
            }
            return new Change(change.planId(), before, after);
        });
    }

    /// Replaces which of the plan's products a creator has added to their showcase (R-PLAN-11).
    /// Only an accepted creator has a showcase; every product must be in the plan.
    public Set<String> setShowcase(long planId, long creatorId, Collection<String> productIds) {
        Instant now = clock.instant();
        Set<String> wanted = new LinkedHashSet<>();
        productIds.forEach(p -> wanted.add(p.strip()));
        return Transactions.inTransaction(workspace.jdbi(), h -> {
            Plan plan = answerablePlan(planId);
            PlanCreator row = member(h, plan, creatorId);
            if (row.status() != InvitationStatus.ACCEPTED) {
                throw new Refused("invitations.collab.showcaseNotAccepted", label(creatorId), row.status());
            }
            Set<String> inPlan = workspace.plans().items(planId).stream().filter(i -> i.removedAt() == null)
                    .map(PlanItem::productId).collect(Collectors.toSet());
            for (String product : wanted) {
                if (!inPlan.contains(product)) {
                    throw new Refused("invitations.collab.showcaseNotInPlan", product, plan.name());
                }
            }
            PlanRepository.replaceShowcase(h, planId, creatorId, wanted, now);
            String shown = String.join(", ", wanted);
            AuditRepository.record(h, new AuditEntry(0, now, workspace.settings().staffName(), "plan_creator",
                    planId + ":" + creatorId, "SHOWCASE", null, null,
                    shown.length() > 1_000 ? shown.substring(0, 999) + "…" : shown));
            return wanted;
        });
    }

    /// The move of one membership to `to` (accepted, declined or removed) at `moment`, empty when it
    /// is already there; refused, naming `who`, when R-IN-5 does not allow it.
    public static Optional<PlanCreator> next(PlanCreator row, InvitationStatus to, Instant moment, String note,
                                             String who) {
        InvitationStatus from = row.status();
        String keep = note == null ? row.note() : note;
        return switch (to) {
            case ACCEPTED -> {
                if (from == InvitationStatus.REMOVED) {
                    throw new Refused("invitations.collab.removedAlready", who);
                }
                if (from == InvitationStatus.ACCEPTED && moment.equals(row.acceptedAt())) {
                    yield Optional.empty();
                }
                yield Optional.of(accepted(row, moment, keep));
            }
            case DECLINED -> {
                if (from == InvitationStatus.REMOVED) {
                    throw new Refused("invitations.collab.removedAlready", who);
                }
                if (from == InvitationStatus.ACCEPTED) {
                    throw new Refused("invitations.collab.acceptedCannotDecline", who);
                }
                if (from == InvitationStatus.DECLINED && moment.equals(row.declinedAt())) {
                    yield Optional.empty();
                }
                yield Optional.of(new PlanCreator(row.planId(), row.creatorId(), InvitationStatus.DECLINED,
                        row.invitedAt(), null, null, row.token(), row.tokenRevoked(), row.sentAt(), row.sentChannel(),
                        moment, keep, row.version()));
            }
            default -> {
                if (from == InvitationStatus.REMOVED) {
                    yield Optional.empty();
                }
                // the token and an accepted creator's terms last until 00:00 next day (R-PLAN-10)
                yield Optional.of(new PlanCreator(row.planId(), row.creatorId(), InvitationStatus.REMOVED,
                        row.invitedAt(), row.acceptedAt(), moment, row.token(), true, row.sentAt(), row.sentChannel(),
                        row.declinedAt(), keep, row.version()));
            }
        };
    }

    private static PlanCreator accepted(PlanCreator row, Instant moment, String note) {
        return new PlanCreator(row.planId(), row.creatorId(), InvitationStatus.ACCEPTED, row.invitedAt(), moment,
                null, row.token(), false, row.sentAt(), row.sentChannel(), null, note, row.version());
    }

    private static String action(InvitationStatus to) {
        return switch (to) {
            case ACCEPTED -> "ACCEPT";
            case DECLINED -> "DECLINE";
            default -> "REMOVE";
        };
    }

    private void write(Handle h, PlanCreator row, PlanCreator next, String action, String note, Instant now) {
        if (!PlanRepository.saveCreatorIfUnchanged(h, next)) {
            throw stale(h, workspace.plans().findById(row.planId()).orElseThrow(), row);
        }
        AuditRepository.record(h, new AuditEntry(0, now, workspace.settings().staffName(), "plan_creator",
                row.planId() + ":" + row.creatorId(), action, row.status().name(), next.status().name(), note));
    }

    private static PlanCreator bumped(PlanCreator written) {
        return new PlanCreator(written.planId(), written.creatorId(), written.status(), written.invitedAt(),
                written.acceptedAt(), written.removedAt(), written.token(), written.tokenRevoked(), written.sentAt(),
                written.sentChannel(), written.declinedAt(), written.note(), written.version() + 1);
    }

    private Refused stale(Handle h, Plan plan, PlanCreator row) {
        Optional<AuditEntry> last = AuditRepository.latest(h, "plan_creator", row.planId() + ":" + row.creatorId());
        return new Refused("invitations.collab.stale", label(row.creatorId()), plan.name(),
                last.map(AuditEntry::actor).orElse("?"));
    }

    private Plan targeted(long planId) {
        return workspace.plans().findById(planId).filter(p -> p.type() == PlanType.TARGETED)
                .orElseThrow(() -> new Refused("invitations.collab.noPlan", planId));
    }

    /// A plan whose members may answer: targeted and published at some point (an ended plan's past
    /// answers may still be recorded).
    private Plan answerablePlan(long planId) {
        Plan plan = targeted(planId);
        if (plan.status() == PlanStatus.DRAFT) {
            throw new Refused("invitations.collab.draft", plan.name());
        }
        return plan;
    }

    /// A plan whose invitations may go out: published and not past its end date in the seller's zone.
    private Plan sendablePlan(long planId, Instant now) {
        Plan plan = answerablePlan(planId);
        LocalDate today = now.atZone(workspace.settings().timeZone()).toLocalDate();
        if (plan.status() == PlanStatus.ENDED || (plan.endDate() != null && plan.endDate().isBefore(today))) {
            throw new Refused("invitations.collab.ended", plan.name());
        }
        return plan;
    }

    private PlanCreator member(Handle h, Plan plan, long creatorId) {
        return PlanRepository.creator(h, plan.id(), creatorId)
                .orElseThrow(() -> new Refused("invitations.collab.notMember", label(creatorId), plan.name()));
    }

    private String label(long creatorId) {
        return workspace.creators().findById(creatorId).map(Creator::displayHandle).orElse("#" + creatorId);
    }
}
