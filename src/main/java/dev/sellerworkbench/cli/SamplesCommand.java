package dev.sellerworkbench.cli;

import dev.sellerworkbench.domain.SampleStatus;
import dev.sellerworkbench.exchange.ExportFormat;
import dev.sellerworkbench.exchange.Exporter;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.samples.SampleException;
import dev.sellerworkbench.samples.Samples;
import dev.sellerworkbench.store.SampleRepository;
import dev.sellerworkbench.store.Workspace;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/// `samples list|set-status|export`: free samples (R-SA-1 … R-SA-3) for scripts, through the same
/// [Samples] service the window uses. A status change is one transaction over every id given; an
/// id written `ID@VERSION` (the version `list` printed) is refused when a colleague changed the
/// sample since. `import samples FILE` reads what `export` writes.
final class SamplesCommand implements Command {

    static final int PAGE = 1_000;

    private final Messages messages = Messages.forLocale(Locale.getDefault());

    @Override
    public String name() {
        return "samples";
    }

    @Override
    public String usage() {
        return "samples list [--status S] [--plan ID] [--product ID] [--overdue] [--json] | samples set-status STATUS"
                + " ID[@VERSION]… [--carrier C] [--tracking T] [--content REF] [--at WHEN] [--json]"
                + " | samples export FILE   free samples";
    }

    @Override
    public List<String> subcommands() {
        return List.of("list", "set-status", "export");
    }

    @Override
    public Set<String> booleanFlags() {
        return Set.of("overdue");
    }

    @Override
    public List<Flag> flags(String subcommand) {
        return switch (subcommand) {
            case "list" -> List.of(
                    Flag.of("status", "S", "only samples with this status: " + statusNames()),
                    Flag.of("plan", "ID", "only samples for this plan (ids from \"plans list\")"),
                    Flag.of("product", "ID", "only samples of this product"),
                    Flag.toggle("overdue", "only delivered samples with no content after the days in Settings (R-SA-2)"),
                    Flag.JSON);
            case "set-status" -> List.of(
                    Flag.of("carrier", "C", "the carrier, when shipping"),
                    Flag.of("tracking", "T", "the tracking number, when shipping"),
                    Flag.of("content", "REF", "the posted content's id or link"),
                    Flag.of("at", "WHEN", "when the step happened (ISO-8601, e.g. 2026-11-20T09:00:00Z); now when left out"),
                    Flag.JSON);
            case "export" -> List.of();
            default -> null;
        };
    }

    @Override
    public List<String> examples() {
        return List.of("samples list --overdue --json",
                "samples set-status shipped 12@1 13@1 --carrier GHN --tracking GHN123456",
                "samples export samples.csv");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        String sub = args.positional(0, "subcommand: samples list | set-status | export");
        return switch (sub) {
            case "list" -> list(context, args);
            case "set-status" -> setStatus(context, args);
            case "export" -> export(context, args);
            default -> throw new InputRejectedException("Unknown subcommand \"" + sub
                    + "\"; use: samples list | set-status | export");
        };
    }

    private int list(CliContext context, Args args) throws Exception {
        noMoreWords(args, 1);
        Workspace workspace = context.workspace();
        Samples samples = context.services().samples();
        SampleStatus status = args.flag("status").map(SamplesCommand::status).orElse(null);
        Long planId = null;
        if (args.has("plan")) {
            planId = number(args.flag("plan").orElseThrow(), "--plan");
            if (workspace.plans().findById(planId).isEmpty()) {
                throw new InputRejectedException("No plan with the id " + planId + " in this workspace");
            }
        }
        String productId = args.flag("product").orElse(null);
        SampleRepository.Filter filter = new SampleRepository.Filter(status, planId, productId, null, null);
        List<SampleRepository.Listed> listed = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<SampleRepository.Listed> page = args.has("overdue") ? samples.overdue(filter, offset, PAGE)
                    : samples.list(filter, offset, PAGE);
            listed.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        Map<Long, SampleRepository.Earned> earned = new LinkedHashMap<>();
        for (int i = 0; i < listed.size(); i += PAGE) {
            earned.putAll(samples.earned(listed.subList(i, Math.min(listed.size(), i + PAGE)).stream()
                    .map(l -> l.sample().id()).toList()));
        }
        ZoneId zone = workspace.settings().timeZone();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SampleRepository.Listed l : listed) {
            var s = l.sample();
            var e = earned.get(s.id());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id());
            row.put("version", s.version());
            row.put("status", s.status().code());
            row.put("creator", l.creatorHandle());
            row.put("creatorName", l.creatorName());
            row.put("productId", s.productId());
            row.put("product", l.productTitle());
            row.put("planId", s.planId());
            row.put("plan", l.planName());
            for (SampleStatus step : SampleStatus.values()) {
                Instant at = s.at(step);
                // in the seller's zone, with its offset, so the day is the seller's day (R-SA-2)
                row.put(key(step), at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone)));
            }
            row.put("carrier", s.carrier());
            row.put("trackingNumber", s.trackingNumber());
            row.put("content", s.contentRef());
            row.put("cost", s.cost() == null ? null : s.cost().amount().stripTrailingZeros().toPlainString());
            row.put("currency", s.cost() == null ? samples.currency() : s.cost().currency());
            row.put("note", s.note());
            row.put("earnedGmv", e == null ? null : e.gmv().stripTrailingZeros().toPlainString());
            row.put("earnedCommission", e == null ? null : e.commission().stripTrailingZeros().toPlainString());
            rows.add(row);
        }
        if (args.json()) {
            context.printJson(rows);
        } else {
            for (Map<String, Object> row : rows) {
                context.out().println(String.join("\t", row.get("id") + "@" + row.get("version"),
                        String.valueOf(row.get("status")), "@" + row.get("creator"), String.valueOf(row.get("product")),
                        local(s(row.get("deliveredAt"))), dash(row.get("earnedGmv")),
                        dash(row.get("earnedCommission"))));
            }
        }
        context.err().println(rows.size() + " sample" + (rows.size() == 1 ? "" : "s")
                + (args.has("overdue") ? " delivered " + samples.overdueDays() + " days ago or more with no content" : ""));
        return Cli.OK;
    }

    private static String s(Object value) {
        return value == null ? null : value.toString();
    }

    /// "2026-07-02T16:20:00+07:00" as the seller reads it: "2026-07-02 16:20"; "—" when unknown.
    static String local(String offsetDateTime) {
        return offsetDateTime == null ? "—"
                : LOCAL.format(OffsetDateTime.parse(offsetDateTime));
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static String key(SampleStatus step) {
        return switch (step) {
            case REQUESTED -> "requestedAt";
            case APPROVED -> "approvedAt";
            case SHIPPED -> "shippedAt";
            case DELIVERED -> "deliveredAt";
            case CONTENT_POSTED -> "contentAt";
            case NO_CONTENT -> "noContentAt";
        };
    }

    private int setStatus(CliContext context, Args args) throws Exception {
        SampleStatus to = status(args.positional(1, "status: samples set-status STATUS ID…"));
        if (args.positionals().size() < 3) {
            throw new InputRejectedException("Missing sample ids: samples set-status " + to.code() + " ID…");
        }
        List<Long> ids = new ArrayList<>();
        Map<Long, Integer> seen = new LinkedHashMap<>();
        for (String token : args.positionals().subList(2, args.positionals().size())) {
            int at = token.indexOf('@');
            long id = number(at < 0 ? token : token.substring(0, at), "sample id");
            if (ids.contains(id)) {
                throw new InputRejectedException("Sample " + id + " is given twice; nothing was changed.");
            }
            ids.add(id);
            if (at >= 0) {
                seen.put(id, (int) number(token.substring(at + 1), "version of sample " + id));
            }
        }
        Instant when = null;
        if (args.has("at")) {
            String text = args.flag("at").orElseThrow();
            try {
                when = Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new InputRejectedException("--at must be a moment such as 2026-11-20T09:00:00Z, not \"" + text + "\"");
            }
        }
        Workspace workspace = context.workspace();
        Samples samples = context.services().samples();
        Samples.StatusOutcome outcome;
        try {
            outcome = samples.setStatus(ids, seen, to, new Samples.Step(when, args.flag("carrier").orElse(null),
                    args.flag("tracking").orElse(null), args.flag("content").orElse(null)), workspace.settings().staffName());
        } catch (SampleException e) {
            throw new InputRejectedException(messages.get(e.key(), Arrays.stream(e.args())
                    .map(a -> a instanceof SampleStatus s ? s.code() : String.valueOf(a)).toArray()));
        }
        if (args.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", to.code());
            json.put("at", outcome.at().toString());
            json.put("actor", outcome.actor());
            json.put("samples", outcome.changes().stream().map(c -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", c.before().id());
                row.put("from", c.before().status().code());
                row.put("to", c.after().status().code());
                row.put("version", c.after().version());
                return row;
            }).toList());
            context.printJson(json);
        } else {
            for (Samples.Change c : outcome.changes()) {
                context.out().println(c.after().id() + "@" + c.after().version() + "\t" + c.after().status().code());
            }
        }
        context.err().println(outcome.changes().size() + " sample" + (outcome.changes().size() == 1 ? "" : "s")
                + " now " + to.code());
        return Cli.OK;
    }

    private int export(CliContext context, Args args) throws Exception {
        Path file = Path.of(args.positional(1, "FILE"));
        noMoreWords(args, 2);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new InputRejectedException("The folder " + parent + " does not exist. Nothing was written.");
        }
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        long rows;
        try (OutputStream out = Files.newOutputStream(partial)) {
            rows = new Exporter(context.workspace()).samples(ExportFormat.CSV, out);
        } catch (Exception e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        context.err().println(rows + " sample" + (rows == 1 ? "" : "s") + " written to " + file);
        return Cli.OK;
    }

    private static SampleStatus status(String text) {
        try {
            return SampleStatus.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException("The status must be one of " + statusNames() + ", not \"" + text + "\"");
        }
    }

    private static String statusNames() {
        return Arrays.stream(SampleStatus.values()).map(SampleStatus::code).collect(Collectors.joining("|"));
    }

    private static String dash(Object value) {
        return value == null ? "—" : String.valueOf(value);
    }

    private static long number(String text, String what) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InputRejectedException("The " + what + " must be a whole number, not \"" + text + "\"");
        }
    }

    private static void noMoreWords(Args args, int expected) {
        if (args.positionals().size() > expected) {
            throw new InputRejectedException("Unexpected word \"" + args.positionals().get(expected) + "\"");
        }
    }
}
