package dev.sellerworkbench.exchange;

import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.store.ApplicationRepository;
import dev.sellerworkbench.store.AuditRepository;
import dev.sellerworkbench.store.CreatorRepository;
import dev.sellerworkbench.store.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/// Applications (R-EX-3): `id,creator,product_id,plan,applied_at,status`. The creator, product and
/// open plan must exist. When the plan's creator approval is off, a pending application is
/// approved on arrival (R-PLAN-4) and the decision is audited (R-AP-4). Re-import by id: the
/// status changes only when the file reports a decision or the local one is still pending, so a
/// staff decision is never undone by an older file.
final class ApplicationRows extends RowHandler<ApplicationRows.Incoming> {

    static final List<String> FIELDS = List.of("id", "creator", "product_id", "plan", "applied_at", "status");
    static final String ACTOR = "import";

    record Incoming(Application application, boolean approvedOnArrival) {
    }

    private final Workspace workspace;
    private final Clock clock;
    private final Map<String, Plan> plansById = new HashMap<>();
    private final Map<String, Plan> plansByName = new HashMap<>();
    private final Map<String, Product> products = new HashMap<>();
    private ZoneId zone;

    ApplicationRows(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    @Override
    Map<String, List<String>> aliases() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        FIELDS.forEach(f -> aliases.put(f, List.of(f)));
        aliases.put("creator", List.of("creator", "handle", "creator_handle"));
        aliases.put("region", List.of("region"));
        return aliases;
    }

    @Override
    List<String> requiredColumns() {
        return FIELDS;
    }

    @Override
    String keyField() {
        return "id";
    }

    @Override
    void begin(Handle h) {
        for (Plan plan : workspace.plans().findAll()) {
            plansById.put(String.valueOf(plan.id()), plan);
            plansByName.putIfAbsent(plan.name().strip().toLowerCase(Locale.ROOT), plan);
        }
        workspace.products().findAll().forEach(p -> products.put(p.id(), p));
        zone = workspace.settings().timeZone();
    }

    @Override
    Incoming parse(Row row, Handle h) {
        String id = CellValues.required(row, "id");
        if (id.length() > 64) {
            throw new RowRejectedException("id", "exchange.row.tooLong", 64);
        }
        String handle = CellValues.required(row, "creator");
        Region region = null;
        if (!row.blank("region")) {
            region = Region.parse(row.get("region"));
            if (region == null) {
                throw new RowRejectedException("region", "exchange.row.unknownRegion", row.get("region"));
            }
        }
        String productId = CellValues.required(row, "product_id");
        String planText = CellValues.required(row, "plan");
        Instant appliedAt = CellValues.dateTime("applied_at", CellValues.required(row, "applied_at"), zone);
        ApplicationStatus status;
        try {
            status = ApplicationStatus.parse(CellValues.required(row, "status"));
        } catch (IllegalArgumentException e) {
            throw new RowRejectedException("status", "exchange.row.unknownStatus", row.get("status"),
                    "Pending, Approved, Rejected, Expired");
        }
        if (!products.containsKey(productId)) {
            throw new RowRejectedException("product_id", "exchange.row.unknownProduct", productId);
        }
        Plan plan = plansById.get(planText);
        if (plan == null) {
            plan = plansByName.get(planText.toLowerCase(Locale.ROOT));
        }
        if (plan == null) {
            throw new RowRejectedException("plan", "exchange.row.unknownPlan", planText);
        }
        if (plan.type() != PlanType.OPEN) {
            throw new RowRejectedException("plan", "exchange.row.notOpenPlan", planText);
        }
        Region r = region;
        long creatorId = CreatorRepository.findIdByHandle(h, r, handle.toLowerCase(Locale.ROOT))
                .or(() -> CreatorRepository.findIdByHandle(h, r, handle))
                .orElseThrow(() -> new RowRejectedException("creator", "exchange.row.unknownCreatorAnyRegion", handle));
        boolean onArrival = status == ApplicationStatus.PENDING && !plan.approvalRequired();
        ApplicationStatus effective = onArrival ? ApplicationStatus.APPROVED : status;
        Instant decidedAt = effective == ApplicationStatus.PENDING ? null : clock.instant();
        return new Incoming(new Application(0, id, creatorId, productId, plan.id(), appliedAt, effective, decidedAt,
                false, null, 0), onArrival);
    }

    @Override
    List<String> keys(Incoming item) {
        return List.of(item.application().externalId());
    }

    @Override
    void write(Handle h, List<Incoming> batch) {
        for (Incoming in : batch) {
            Application a = in.application();
            Optional<Application> existing = ApplicationRepository.findByExternalId(h, a.externalId());
            if (existing.isEmpty()) {
                long id = ApplicationRepository.insert(h, a);
                if (a.status() != ApplicationStatus.PENDING) {
                    audit(h, id, null, a.status(), in.approvedOnArrival());
                }
                continue;
            }
            Application old = existing.get();
            ApplicationRepository.updateImported(h, old.id(), a.creatorId(), a.productId(), a.planId(), a.appliedAt());
            boolean decisionArrived = a.status() != ApplicationStatus.PENDING;
            if (old.status() != a.status() && (decisionArrived || old.status() == ApplicationStatus.PENDING)
                    && !(in.approvedOnArrival() && old.status() != ApplicationStatus.PENDING)) {
                ApplicationRepository.updateStatus(h, old.id(), old.version(), a.status(), old.removed(),
                        a.decidedAt(), old.note());
                audit(h, old.id(), old.status(), a.status(), in.approvedOnArrival());
            }
        }
    }

    private void audit(Handle h, long id, ApplicationStatus from, ApplicationStatus to, boolean onArrival) {
        AuditRepository.record(h, new AuditEntry(0, clock.instant(), ACTOR, "application", String.valueOf(id),
                onArrival ? "auto-approve" : "import", from == null ? null : from.name(), to.name(),
                onArrival ? "creator approval is off (R-PLAN-4)" : null));
    }
}
