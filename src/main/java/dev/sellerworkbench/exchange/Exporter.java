package dev.sellerworkbench.exchange;

import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.store.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/// Exports for staff, as CSV (UTF-8 with BOM) or XLSX, formula-safe (R-EX-6). The creators export
/// has the import's columns (R-EX-1), so a file exported from one workspace imports into another.
/// Each method returns the number of data rows written and leaves `out` open for the caller.
public final class Exporter {

    /// The columns of the creators CSV, in order (R-EX-1), plus the platform key.
    public static final List<String> CREATOR_COLUMNS;

    static {
        List<String> columns = new ArrayList<>(CreatorRows.FIELDS);
        columns.add("platform_key");
        CREATOR_COLUMNS = List.copyOf(columns);
    }

    public static final List<String> PLAN_COLUMNS = List.of("plan_id", "type", "name", "status", "approval_required",
            "end_date", "shop_rate", "product_id", "product_title", "product_status", "rate", "reason", "added_at",
            "removed_at");

    public static final List<String> APPLICATION_COLUMNS = List.of("id", "creator", "region", "product_id", "plan",
            "plan_id", "applied_at", "status", "decided_at", "decided_by", "note", "removed");

    /// The audit log's columns (R-AP-4), as the window's audit export writes them.
    public static final List<String> AUDIT_COLUMNS = List.of("at", "actor", "entity", "entity_id", "action",
            "from_status", "to_status", "note");

    private static final int AUDIT_PAGE = 5_000;

    private final Workspace workspace;

    public Exporter(Workspace workspace) {
        this.workspace = workspace;
    }

    /// The given creators (e.g. the current Find Creators result) in the import's CSV columns.
    public long creators(List<Creator> creators, ExportFormat format, OutputStream out) throws IOException {
        try (TableWriter table = TableWriter.open(format, new Unclosed(out), "Creators")) {
            table.row(CREATOR_COLUMNS);
            for (Creator c : creators) {
                table.row(creatorRow(c));
            }
            return table.rows() - 1;
        }
    }

    static List<Object> creatorRow(Creator c) {
        Audience a = c.audience() == null ? Audience.UNKNOWN : c.audience();
        boolean gender = a.known();
        boolean ages = a.agesKnown();
        List<Object> row = new ArrayList<>();
        row.add(c.handle());
        row.add(c.name());
        row.add(c.region().name());
        row.add(c.followers());
        row.add(c.videos());
        row.add(c.avgViews());
        row.add(percent(c.engagementBp()));
        row.add(c.gmv30d() == null ? null : plain(c.gmv30d().amount()));
        row.add(c.gmv30d() == null ? c.region().currency() : c.gmv30d().currency());
        row.add(c.itemsSold());
        row.add(c.productsPromoted());
        row.add(String.join("|", c.categories()));
        row.add(c.contentTypes().stream().map(ContentType::code).sorted().collect(Collectors.joining("|")));
        row.add(c.whatsapp());
        row.add(c.email());
        row.add(gender ? percent(a.femaleBp()) : null);
        row.add(gender ? percent(a.maleBp()) : null);
        row.add(gender ? percent(a.otherBp()) : null);
        for (int share : a.ages()) {
            row.add(ages ? percent(share) : null);
        }
        row.add(c.level() != null && c.level().kind() == LevelKind.OFFICIAL && c.level().rated() ? c.level().value() : null);
        row.add(c.platformKey());
        return row;
    }

    /// Every plan with its products, one row per product (a plan without products gets one row).
    public long plans(ExportFormat format, OutputStream out) throws IOException {
        Map<String, Product> products = workspace.products().findAll().stream()
                .collect(Collectors.toMap(Product::id, Function.identity(), (a, b) -> a));
        try (TableWriter table = TableWriter.open(format, new Unclosed(out), "Plans")) {
            table.row(PLAN_COLUMNS);
            List<Plan> plans = new ArrayList<>(workspace.plans().findAll());
            plans.sort((x, y) -> Long.compare(x.id(), y.id()));
            for (Plan p : plans) {
                List<PlanItem> items = workspace.plans().items(p.id());
                if (items.isEmpty()) {
                    table.row(planRow(p, null, null));
                }
                for (PlanItem item : items) {
                    table.row(planRow(p, item, products.get(item.productId())));
                }
            }
            return table.rows() - 1;
        }
    }

    private static List<Object> planRow(Plan p, PlanItem item, Product product) {
        List<Object> row = new ArrayList<>();
        row.add(p.id());
        row.add(title(p.type().name()));
        row.add(p.name());
        row.add(title(p.status().name()));
        row.add(p.approvalRequired());
        row.add(p.endDate() == null ? null : p.endDate().toString());
        row.add(p.shopRate() == null ? null : p.shopRate().asPercent());
        row.add(item == null ? null : item.productId());
        row.add(product == null ? null : product.title());
        row.add(product == null ? null : title(product.status().name()));
        row.add(item == null ? null : item.rate().asPercent());
        row.add(item == null ? null : item.reason());
        row.add(item == null ? null : iso(item.addedAt()));
        row.add(item == null ? null : iso(item.removedAt()));
        return row;
    }

    /// Every application with its decision: status, when, by whom (from the audit log) and the note.
    public long applications(ExportFormat format, OutputStream out) throws IOException {
        List<Application> applications = workspace.applications().all();
        Map<Long, Creator> creators = new HashMap<>();
        List<Long> ids = applications.stream().map(Application::creatorId).distinct().toList();
        for (int i = 0; i < ids.size(); i += 1_000) {
            workspace.creators().findByIds(ids.subList(i, Math.min(ids.size(), i + 1_000)))
                    .forEach(c -> creators.put(c.id(), c));
        }
        Map<Long, Plan> plans = workspace.plans().findAll().stream()
                .collect(Collectors.toMap(Plan::id, Function.identity()));
        try (TableWriter table = TableWriter.open(format, new Unclosed(out), "Applications")) {
            table.row(APPLICATION_COLUMNS);
            for (Application a : applications) {
                Creator c = creators.get(a.creatorId());
                Plan plan = plans.get(a.planId());
                List<AuditEntry> audit = workspace.audit().forEntity("application", String.valueOf(a.id()));
                String decidedBy = audit.isEmpty() ? null : audit.get(audit.size() - 1).actor();
                List<Object> row = new ArrayList<>();
                row.add(a.externalId() != null ? a.externalId() : String.valueOf(a.id()));
                row.add(c == null ? null : c.handle());
                row.add(c == null ? null : c.region().name());
                row.add(a.productId());
                row.add(plan == null ? null : plan.name());
                row.add(a.planId());
                row.add(iso(a.appliedAt()));
                row.add(title(a.status().name()));
                row.add(iso(a.decidedAt()));
                row.add(a.status() == dev.sellerworkbench.domain.ApplicationStatus.PENDING ? null : decidedBy);
                row.add(a.note());
                row.add(a.removed());
                table.row(row);
            }
            return table.rows() - 1;
        }
    }

    /// The samples import's columns (docs/formats.md), then what each sample earned (R-SA-3), which
    /// an import ignores.
    public static final List<String> SAMPLE_COLUMNS = List.of("id", "creator", "region", "product_id", "product", "plan",
            "status", "requested_at", "approved_at", "shipped_at", "delivered_at", "content_at", "no_content_at",
            "carrier", "tracking_number", "content", "cost", "currency", "note", "earned_gmv", "earned_commission");
    private static final int SAMPLE_PAGE = 1_000;

    /// Every sample, newest request first, with its creator's handle, its product and plan by name,
    /// and what it earned from delivery on (R-SA-3; empty when not delivered), read page by page.
    public long samples(ExportFormat format, OutputStream out) throws IOException {
        String currency = workspace.settings().get(dev.sellerworkbench.store.SettingsRepository.CURRENCY, null);
        try (TableWriter table = TableWriter.open(format, new Unclosed(out), "Samples")) {
            table.row(SAMPLE_COLUMNS);
            for (int offset = 0; ; offset += SAMPLE_PAGE) {
                List<dev.sellerworkbench.store.SampleRepository.Listed> page = workspace.samples()
                        .find(dev.sellerworkbench.store.SampleRepository.Filter.ALL, offset, SAMPLE_PAGE);
                Map<Long, dev.sellerworkbench.store.SampleRepository.Earned> earned = workspace.samples()
                        .earned(page.stream().map(l -> l.sample().id()).toList(), currency);
                Map<Long, Creator> creators = new HashMap<>();
                workspace.creators().findByIds(page.stream().map(l -> l.sample().creatorId()).distinct().toList())
                        .forEach(c -> creators.put(c.id(), c));
                for (var listed : page) {
                    var s = listed.sample();
                    Creator c = creators.get(s.creatorId());
                    var e = earned.get(s.id());
                    table.row(Arrays.asList(s.id(), listed.creatorHandle(), c == null ? null : c.region().name(),
                            s.productId(), listed.productTitle(), listed.planName(), s.status().code(),
                            iso(s.requestedAt()), iso(s.approvedAt()), iso(s.shippedAt()), iso(s.deliveredAt()),
                            iso(s.contentAt()), iso(s.noContentAt()), s.carrier(), s.trackingNumber(), s.contentRef(),
                            s.cost() == null ? null : plain(s.cost().amount()),
                            s.cost() == null ? currency : s.cost().currency(), s.note(),
                            e == null ? null : plain(e.gmv()), e == null ? null : plain(e.commission())));
                }
                if (page.size() < SAMPLE_PAGE) {
                    return table.rows() - 1;
                }
            }
        }
    }

    /// Every audit log entry written at or after `from` (all when null), oldest first, read page by page.
    public long audit(Instant from, ExportFormat format, OutputStream out) throws IOException {
        try (TableWriter table = TableWriter.open(format, new Unclosed(out), "Audit")) {
            table.row(AUDIT_COLUMNS);
            long after = 0;
            while (true) {
                List<AuditEntry> page = workspace.audit().page(from, after, AUDIT_PAGE);
                for (AuditEntry e : page) {
                    table.row(auditRow(e));
                }
                if (page.size() < AUDIT_PAGE) {
                    return table.rows() - 1;
                }
                after = page.get(page.size() - 1).id();
            }
        }
    }

    /// The given entries (what the window's audit dialog shows) in the audit columns.
    public static long audit(List<AuditEntry> entries, ExportFormat format, OutputStream out) throws IOException {
        try (TableWriter table = TableWriter.open(format, new Unclosed(out), "Audit")) {
            table.row(AUDIT_COLUMNS);
            for (AuditEntry e : entries) {
                table.row(auditRow(e));
            }
            return table.rows() - 1;
        }
    }

    private static List<Object> auditRow(AuditEntry e) {
        return Arrays.asList(iso(e.at()), e.actor(), e.entity(), e.entityId(), e.action(), e.fromStatus(), e.toStatus(),
                e.note());
    }

    /// The rejected rows of an import (the result dialog's "Save as CSV"), with column titles in
    /// the user's language.
    public static long rejectedRows(ImportResult result, dev.sellerworkbench.i18n.Messages messages, ExportFormat format,
                                    OutputStream out) throws IOException {
        try (TableWriter table = TableWriter.open(format, new Unclosed(out), "Rejected")) {
            table.row(List.of(messages.get("exchange.column.line"), messages.get("exchange.column.field"),
                    messages.get("exchange.column.reason")));
            for (RejectedRow r : result.rejected()) {
                table.row(Arrays.asList(r.line(), r.field(), r.reason()));
            }
            return table.rows() - 1;
        }
    }

    private static BigDecimal percent(int bp) {
        return bp == Audience.UNSTATED ? null : plain(BigDecimal.valueOf(bp, 2));
    }

    /// Without trailing zeros and never in exponent form ("60", not "6E+1").
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String title(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /// Lets a writer close its own layers without closing the caller's stream.
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
