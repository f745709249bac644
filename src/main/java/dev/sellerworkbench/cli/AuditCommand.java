package dev.sellerworkbench.cli;

import dev.sellerworkbench.exchange.ExportFormat;
import dev.sellerworkbench.exchange.Exporter;
import dev.sellerworkbench.store.Workspace;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/// `audit export FILE [--from DATE]`: the audit log (R-AP-4: who, when, what, from which status to
/// which, the note) as CSV, UTF-8 with BOM and formula-safe (R-EX-6), every entry oldest first.
/// `--from` counts from midnight of that day in the seller's time zone (Settings).
final class AuditCommand implements Command {

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String usage() {
        return "audit export FILE [--from DATE]   the audit log as CSV";
    }

    @Override
    public List<String> subcommands() {
        return List.of("export");
    }

    @Override
    public List<Flag> flags(String subcommand) {
        return subcommand.equals("export")
                ? List.of(Flag.of("from", "DATE", "only entries from this day on (seller's time zone), e.g. 2026-11-01"))
                : null;
    }

    @Override
    public List<String> examples() {
        return List.of("audit export audit-november.csv --from 2026-11-01");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        String sub = args.positional(0, "subcommand: audit export FILE");
        if (!sub.equals("export")) {
            throw new InputRejectedException("Unknown subcommand \"" + sub + "\"; use: audit export FILE [--from DATE]");
        }
        Path file = Path.of(args.positional(1, "file: audit export FILE"));
        if (args.positionals().size() > 2) {
            throw new InputRejectedException("Unexpected word \"" + args.positionals().get(2) + "\"");
        }
        LocalDate fromDay = args.flag("from").map(AuditCommand::date).orElse(null);
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputRejectedException("The folder of " + file + " does not exist; nothing was written");
        }
        Workspace workspace = context.workspace();
        Instant from = fromDay == null ? null : fromDay.atStartOfDay(workspace.settings().timeZone()).toInstant();
        Path partial = Files.createTempFile(folder, ".audit-", ".part");
        long rows;
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                rows = new Exporter(workspace).audit(from, ExportFormat.CSV, out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        context.err().println(rows + " audit entr" + (rows == 1 ? "y" : "ies") + " written to " + file);
        return Cli.OK;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InputRejectedException("--from must be a date such as 2026-11-08, not \"" + text + "\"");
        }
    }
}
