package dev.sellerworkbench.exchange;

import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.invitations.Collaborations;
import dev.sellerworkbench.invitations.InvitationTexts;
import dev.sellerworkbench.store.AuditRepository;
import dev.sellerworkbench.store.CreatorRepository;
import dev.sellerworkbench.store.PlanRepository;
import dev.sellerworkbench.store.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/// A targeted plan's creators as the seller knows them from Seller Center (docs/formats.md):
/// `plan,creator,status,at,showcase,note` (and optionally `region`). Each row moves one member's
/// invitation the way staff would in the window (R-IN-5): *accepted* and *declined* need the moment
/// (R-COM-3 counts from it), a file never takes a member back (a row saying *sent* for someone who
/// has accepted changes nothing), and showcase products (R-PLAN-11) must be in the plan and belong
/// to an accepted member. Creators must already be in the plan; a draft takes no answers.
final class CollaborationRows extends RowHandler<CollaborationRows.Incoming> {

    static final List<String> FIELDS = List.of("plan", "creator", "status");
    static final String ACTOR = "import";

    /// One member's new state, with the state it was read at, and the showcase when the file gives one.
    record Incoming(PlanCreator before, PlanCreator after, Set<String> showcase) {
    }

    private final Workspace workspace;
    private final Clock clock;
    private final Map<String, Plan> plansById = new HashMap<>();
    private final Map<String, Plan> plansByName = new HashMap<>();
    private final Map<Long, Set<String>> productsOfPlan = new HashMap<>();
    private final Map<String, InvitationStatus> statusWords = new HashMap<>();
    private ZoneId zone;

    CollaborationRows(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    @Override
    Map<String, List<String>> aliases() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        aliases.put("plan", List.of("plan", "plan_id", "plan_name"));
        aliases.put("creator", List.of("creator", "handle", "creator_handle", "creator_username"));
        aliases.put("region", List.of("region"));
        aliases.put("status", List.of("status", "invitation_status"));
        aliases.put("at", List.of("at", "answered_at", "accepted_at", "status_at"));
        aliases.put("showcase", List.of("showcase", "showcase_products", "product_ids"));
        aliases.put("note", List.of("note"));
        return aliases;
    }

    @Override
    List<String> requiredColumns() {
        return FIELDS;
    }

    @Override
    String keyField() {
        return "creator";
    }

    @Override
    void begin(Handle h) {
        for (Plan plan : workspace.plans().findByType(PlanType.TARGETED)) {
            plansById.put(String.valueOf(plan.id()), plan);
            plansByName.putIfAbsent(plan.name().strip().toLowerCase(Locale.ROOT), plan);
        }
        zone = workspace.settings().timeZone();
        // the status as the file's staff may have typed it: the code or its name in any of the five languages
        for (InvitationStatus status : InvitationStatus.values()) {
            statusWords.put(status.name().toLowerCase(Locale.ROOT), status);
            statusWords.put(status.name().toLowerCase(Locale.ROOT).replace('_', ' '), status);
            for (Locale language : Messages.LANGUAGES) {
                statusWords.put(InvitationTexts.status(Messages.forLocale(language), status).toLowerCase(language), status);
            }
        }
    }

    @Override
    Incoming parse(Row row, Handle h) {
        String planText = CellValues.required(row, "plan").strip();
        Plan plan = Optional.ofNullable(plansById.get(planText))
                .or(() -> Optional.ofNullable(plansByName.get(planText.toLowerCase(Locale.ROOT))))
                .orElseThrow(() -> new RowRejectedException("plan", "exchange.row.unknownTargetedPlan", planText));
        if (plan.status() == PlanStatus.DRAFT) {
            throw new RowRejectedException("plan", "exchange.row.draftPlan", plan.name());
        }
        String handle = CreatorRepository.stripAt(CellValues.required(row, "creator").strip());
        Region region = null;
        if (!row.blank("region")) {
            region = Region.parse(row.get("region"));
            if (region == null) {
                throw new RowRejectedException("region", "exchange.row.unknownRegion", row.get("region"));
            }
        }
        Region r = region;
        long creatorId = CreatorRepository.findIdByHandle(h, r, handle.toLowerCase(Locale.ROOT))
                .or(() -> CreatorRepository.findIdByHandle(h, r, handle))
                .orElseThrow(() -> new RowRejectedException("creator", "exchange.row.unknownCreatorAnyRegion", handle));
        PlanCreator member = PlanRepository.creator(h, plan.id(), creatorId)
                .orElseThrow(() -> new RowRejectedException("creator", "exchange.row.notInPlan", "@" + handle, plan.name()));
        String statusText = CellValues.required(row, "status").strip();
        InvitationStatus status = statusWords.get(statusText.toLowerCase(Locale.ROOT));
        if (status == null) {
            throw new RowRejectedException("status", "exchange.row.unknownStatus", statusText,
                    "not sent, sent, accepted, declined, removed");
        }
        Instant at = row.blank("at") ? null : CellValues.dateTime("at", row.get("at"), zone);
        if (at != null && at.isAfter(clock.instant().plusSeconds(60))) {
            throw new RowRejectedException("at", "exchange.row.future", row.get("at"));
        }
        String note = CellValues.text(row, "note", 500);
        PlanCreator after = member;
        if (status == InvitationStatus.SENT && member.status() == InvitationStatus.NOT_SENT) {
            after = new PlanCreator(member.planId(), creatorId, InvitationStatus.SENT, member.invitedAt(),
                    member.acceptedAt(), member.removedAt(), member.token(), member.tokenRevoked(),
                    at == null ? clock.instant() : at, Collaborations.Channel.SELLER_CENTER.name(), member.declinedAt(),
                    note.isEmpty() ? member.note() : note, member.version());
        } else if (status == InvitationStatus.ACCEPTED || status == InvitationStatus.DECLINED
                || status == InvitationStatus.REMOVED) {
            if (at == null) {
                // the moment decides which rate applies (R-COM-3): it is never guessed
                throw new RowRejectedException("at", "exchange.row.momentRequired", statusText);
            }
            try {
                after = Collaborations.next(member, status, at, note.isEmpty() ? null : note, "@" + handle)
                        .orElse(member);
            } catch (Collaborations.Refused e) {
                throw new RowRejectedException("status", e.key(), "@" + handle, plan.name());
            }
        }
        Set<String> showcase = null;
        if (!row.blank("showcase")) {
            if (after.status() != InvitationStatus.ACCEPTED) {
                throw new RowRejectedException("showcase", "exchange.row.showcaseNotAccepted", "@" + handle);
            }
            Set<String> inPlan = productsOfPlan.computeIfAbsent(plan.id(), id -> {
                Set<String> ids = new LinkedHashSet<>();
                for (PlanItem item : workspace.plans().items(id)) {
                    if (item.removedAt() == null) {
                        ids.add(item.productId());
                    }
                }
                return ids;
            });
            showcase = new LinkedHashSet<>();
            for (String product : row.get("showcase").split("[;|,]")) {
                String id = product.strip();
                if (id.isEmpty()) {
                    continue;
                }
                if (!inPlan.contains(id)) {
                    throw new RowRejectedException("showcase", "exchange.row.productNotInPlan", id, plan.name());
                }
                showcase.add(id);
            }
        }
        return new Incoming(member, after, showcase);
    }

    @Override
    List<String> keys(Incoming item) {
        return List.of(item.before().planId() + ":" + item.before().creatorId());
    }

    @Override
    void write(Handle h, List<Incoming> batch) {
        Instant now = clock.instant();
        for (Incoming in : batch) {
            PlanCreator before = in.before();
            String id = before.planId() + ":" + before.creatorId();
            if (!in.after().equals(before)) {
                if (!PlanRepository.saveCreatorIfUnchanged(h, in.after())) {
                    throw new IllegalStateException("Invitation " + id + " changed while the file was being imported");
                }
                AuditRepository.record(h, new AuditEntry(0, now, ACTOR, "plan_creator", id, "IMPORT",
                        before.status().name(), in.after().status().name(), in.after().note()));
            }
            if (in.showcase() != null) {
                PlanRepository.replaceShowcase(h, before.planId(), before.creatorId(), in.showcase(), now);
            }
        }
    }
}
