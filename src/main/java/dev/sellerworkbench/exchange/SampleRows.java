package dev.sellerworkbench.exchange;

import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.domain.Sample;
import dev.sellerworkbench.domain.SampleStatus;
import dev.sellerworkbench.store.AuditRepository;
import dev.sellerworkbench.store.CreatorRepository;
import dev.sellerworkbench.store.SampleRepository;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/// Free samples (R-SA-1, docs/formats.md): one row per sample, its creator by handle, its product by
/// id, its status and the date of each step reached. Re-import finds a row again by `id` (a
/// sample of this workspace, as `samples export` writes it) or, without one, by creator, product
/// and request date, and replaces what the workspace has with the file's facts; the audit log
/// records each change under "import".
final class SampleRows extends RowHandler<Sample> {

    static final List<String> FIELDS = List.of("id", "creator", "region", "product_id", "plan", "status",
            "requested_at", "approved_at", "shipped_at", "delivered_at", "content_at", "no_content_at", "carrier",
            "tracking_number", "content", "cost", "currency", "note");
    static final List<String> REQUIRED = List.of("creator", "product_id", "status");
    static final String ACTOR = "import";
    /// The columns of each step's date, in the order of [SampleStatus].
    private static final Map<SampleStatus, String> DATE_COLUMNS = Map.of(
            SampleStatus.REQUESTED, "requested_at", SampleStatus.APPROVED, "approved_at",
            SampleStatus.SHIPPED, "shipped_at", SampleStatus.DELIVERED, "delivered_at",
            SampleStatus.CONTENT_POSTED, "content_at", SampleStatus.NO_CONTENT, "no_content_at");

    private final Workspace workspace;
    private final Clock clock;
    private final Map<String, Plan> plansById = new HashMap<>();
    private final Map<String, Plan> plansByName = new HashMap<>();
    private final Map<String, Product> products = new HashMap<>();
    private ZoneId zone;
    private String currency;

    SampleRows(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    @Override
    Map<String, List<String>> aliases() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        FIELDS.forEach(f -> aliases.put(f, List.of(f)));
        aliases.put("creator", List.of("creator", "handle", "creator_handle"));
        aliases.put("content", List.of("content", "content_id", "content_link"));
        aliases.put("tracking_number", List.of("tracking_number", "tracking"));
        return aliases;
    }

    @Override
    List<String> requiredColumns() {
        return REQUIRED;
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
        currency = workspace.settings().get(SettingsRepository.CURRENCY, null);
    }

    @Override
    Sample parse(Row row, Handle h) {
        long id = row.blank("id") ? 0 : CellValues.whole("id", row.get("id"), 1, Long.MAX_VALUE);
        if (id != 0 && SampleRepository.findById(h, id).isEmpty()) {
            throw new RowRejectedException("id", "exchange.row.unknownSample", row.get("id"));
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
        if (!products.containsKey(productId)) {
            throw new RowRejectedException("product_id", "exchange.row.unknownProduct", productId);
        }
        SampleStatus status;
        try {
            status = SampleStatus.parse(CellValues.required(row, "status"));
        } catch (IllegalArgumentException e) {
            throw new RowRejectedException("status", "exchange.row.unknownStatus", row.get("status"),
                    Arrays.stream(SampleStatus.values()).map(SampleStatus::code).collect(Collectors.joining(", ")));
        }
        Map<SampleStatus, Instant> dates = new HashMap<>();
        Instant previous = null;
        String previousColumn = null;
        for (SampleStatus step : SampleStatus.values()) {
            String column = DATE_COLUMNS.get(step);
            if (row.blank(column)) {
                continue;
            }
            // R-SA-1: a step the sample has not reached has no date
            if (!reached(status, step)) {
                throw new RowRejectedException(column, "exchange.row.sampleStepNotReached", status.code());
            }
            Instant at = CellValues.dateTime(column, row.get(column), zone);
            // R-SA-1: a step's date is never before the previous step's
            if (previous != null && at.isBefore(previous) && step != SampleStatus.CONTENT_POSTED) {
                throw new RowRejectedException(column, "exchange.row.sampleDateOrder", previousColumn);
            }
            if (step == SampleStatus.CONTENT_POSTED && dates.containsKey(SampleStatus.DELIVERED)
                    && at.isBefore(dates.get(SampleStatus.DELIVERED))) {
                throw new RowRejectedException(column, "exchange.row.sampleDateOrder", "delivered_at");
            }
            dates.put(step, at);
            if (step != SampleStatus.NO_CONTENT) {
                previous = at;
                previousColumn = column;
            }
        }
        // R-SA-2: a delivered sample without its delivery date could never be found overdue
        if (status == SampleStatus.DELIVERED && !dates.containsKey(SampleStatus.DELIVERED)) {
            throw new RowRejectedException("delivered_at", "exchange.row.required");
        }
        Money cost = null;
        if (!row.blank("currency") && currency != null
                && !row.get("currency").strip().equalsIgnoreCase(currency)) {
            throw new RowRejectedException("currency", "exchange.row.sampleCurrency", row.get("currency"), currency);
        }
        if (!row.blank("cost")) {
            String costCurrency = currency != null ? currency : row.get("currency").strip().toUpperCase(Locale.ROOT);
            if (costCurrency.isEmpty()) {
                throw new RowRejectedException("currency", "exchange.row.required");
            }
            BigDecimal amount = CellValues.nonNegativeAmount("cost", row.get("cost"), costCurrency);
            cost = Money.of(amount, costCurrency);
        }
        Long planId = null;
        if (!row.blank("plan")) {
            String planText = row.get("plan").strip();
            Plan plan = plansById.get(planText);
            if (plan == null) {
                plan = plansByName.get(planText.toLowerCase(Locale.ROOT));
            }
            if (plan == null) {
                throw new RowRejectedException("plan", "exchange.row.unknownPlan", planText);
            }
            planId = plan.id();
        }
        Region r = region;
        long creatorId = CreatorRepository.findIdByHandle(h, r, handle.toLowerCase(Locale.ROOT))
                .or(() -> CreatorRepository.findIdByHandle(h, r, handle))
                .orElseThrow(() -> new RowRejectedException("creator", "exchange.row.unknownCreatorAnyRegion", handle));
        return new Sample(id, creatorId, productId, planId, status, dates.get(SampleStatus.REQUESTED),
                dates.get(SampleStatus.APPROVED), dates.get(SampleStatus.SHIPPED), dates.get(SampleStatus.DELIVERED),
                dates.get(SampleStatus.CONTENT_POSTED), dates.get(SampleStatus.NO_CONTENT),
                blankToNull(CellValues.text(row, "carrier", 100)), blankToNull(CellValues.text(row, "tracking_number", 100)),
                blankToNull(CellValues.text(row, "content", 1000)), cost, blankToNull(CellValues.text(row, "note", 1000)), 0);
    }

    /// Whether a sample at `status` has passed through `step` (R-SA-1): "no content" and "content
    /// posted" both follow delivery; content may follow "no content".
    private static boolean reached(SampleStatus status, SampleStatus step) {
        if (step == SampleStatus.NO_CONTENT) {
            return status == SampleStatus.NO_CONTENT || status == SampleStatus.CONTENT_POSTED;
        }
        if (step == SampleStatus.CONTENT_POSTED) {
            return status == SampleStatus.CONTENT_POSTED;
        }
        return status.ordinal() >= step.ordinal();
    }

    @Override
    List<String> keys(Sample item) {
        List<String> keys = new ArrayList<>();
        if (item.id() != 0) {
            keys.add("id:" + item.id());
        } else if (item.requestedAt() != null) {
            keys.add(item.creatorId() + "|" + item.productId() + "|" + item.requestedAt());
        }
        return keys;
    }

    @Override
    void write(Handle h, List<Sample> batch) {
        Instant now = clock.instant();
        for (Sample s : batch) {
            Optional<Sample> existing = s.id() != 0 ? SampleRepository.findById(h, s.id())
                    : s.requestedAt() == null ? Optional.empty()
                    : SampleRepository.findSame(h, s.creatorId(), s.productId(), s.requestedAt());
            if (existing.isEmpty()) {
                long id = SampleRepository.insert(h, s);
                AuditRepository.record(h, new AuditEntry(0, now, ACTOR, SampleRepository.ENTITY, String.valueOf(id),
                        "import", null, s.status().name(), null));
                continue;
            }
            Sample old = existing.get();
            Sample replaced = new Sample(old.id(), s.creatorId(), s.productId(), s.planId(), s.status(), s.requestedAt(),
                    s.approvedAt(), s.shippedAt(), s.deliveredAt(), s.contentAt(), s.noContentAt(), s.carrier(),
                    s.trackingNumber(), s.contentRef(), s.cost(), s.note(), old.version());
            if (same(replaced, old)) {
                continue; // re-importing a file changes nothing and logs nothing
            }
            SampleRepository.update(h, replaced);
            AuditRepository.record(h, new AuditEntry(0, now, ACTOR, SampleRepository.ENTITY, String.valueOf(old.id()),
                    "import", old.status().name(), s.status().name(), null));
        }
    }

    /// Equal but for the scale of the cost ("150000" read from a file, "150000.0000" from the store).
    private static boolean same(Sample a, Sample b) {
        boolean costs = a.cost() == null ? b.cost() == null
                : b.cost() != null && a.cost().currency().equals(b.cost().currency())
                && a.cost().amount().compareTo(b.cost().amount()) == 0;
        return costs && a.withCost(null).equals(b.withCost(null));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
