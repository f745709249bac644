package dev.sellerworkbench.cli;

import dev.sellerworkbench.exchange.ImportKind;
import dev.sellerworkbench.exchange.ImportResult;
import dev.sellerworkbench.exchange.ImportWarning;
import dev.sellerworkbench.exchange.Importer;
import dev.sellerworkbench.exchange.RejectedRow;
import dev.sellerworkbench.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/// `import creators|products|applications|orders|stats|collaborations|samples FILE [--strict] [--json]` (docs/rules.md §8).
/// Stable for scripts: `--json` prints exactly one object
/// `{"file","format","accepted","rejected":[{"line","field","reason"}],"committed"}`; the exit code
/// is 0 when rows were committed and 2 when nothing was written.
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import creators|products|applications|orders|stats|collaborations|samples FILE [--strict] [--json]   import a file";
    }

    @Override
    public List<Flag> flags(String subcommand) {
        return List.of(Flag.toggle("strict", "commit nothing if any row is rejected"), Flag.JSON);
    }

    @Override
    public List<String> examples() {
        return List.of("import orders seller-center-november.xlsx --strict --json");
    }

    @Override
    public Set<String> booleanFlags() {
        return Set.of("strict");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        String word = args.positional(0, "what to import (creators, products, applications, orders, stats, collaborations or samples)");
        ImportKind kind = ImportKind.parse(word);
        if (kind == null) {
            throw new InputRejectedException("Cannot import \"" + word
                    + "\": choose creators, products, applications, orders, stats, collaborations or samples");
        }
        Path file = Path.of(args.positional(1, "FILE"));
        if (!Files.isRegularFile(file)) {
            throw new InputRejectedException("The file " + file + " does not exist. Nothing was imported.");
        }
        Messages messages = Messages.forLocale(Locale.getDefault());
        Importer importer = context.services().importer();
        ImportResult result = importer.run(kind, file, args.has("strict"), context.progress());
        if (args.json()) {
            context.printJson(json(result));
        } else {
            print(context, messages, result);
        }
        return result.committed() ? Cli.OK : Cli.REJECTED;
    }

    static Map<String, Object> json(ImportResult result) {
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (RejectedRow r : result.rejected()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("line", r.line());
            row.put("field", r.field());
            row.put("reason", r.reason());
            rejected.add(row);
        }
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (ImportWarning w : result.warnings()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("line", w.line());
            row.put("field", w.field());
            row.put("message", w.message());
            warnings.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", result.file());
        out.put("format", result.format());
        out.put("accepted", result.accepted());
        out.put("rejected", rejected);
        out.put("warnings", warnings);
        out.put("committed", result.committed());
        return out;
    }

    private static void print(CliContext context, Messages messages, ImportResult result) {
        String key = result.committed() ? "exchange.result.committed"
                : result.accepted() > 0 ? "exchange.result.strict" : "exchange.result.nothing";
        for (RejectedRow r : result.rejected()) {
            context.err().println(r.field() == null
                    ? messages.get("exchange.result.fileLine", String.valueOf(r.line()), r.reason())
                    : messages.get("exchange.result.line", String.valueOf(r.line()), r.field(), r.reason()));
        }
        for (ImportWarning w : result.warnings()) {
            context.err().println(w.field() == null
                    ? messages.get("exchange.result.warningLine", String.valueOf(w.line()), w.message())
                    : messages.get("exchange.result.warning", String.valueOf(w.line()), w.field(), w.message()));
        }
        context.out().println(messages.get(key, result.file(), String.valueOf(result.accepted()),
                String.valueOf(result.rejectedTotal())));
    }
}
