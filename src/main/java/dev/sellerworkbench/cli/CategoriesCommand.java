package dev.sellerworkbench.cli;

import dev.sellerworkbench.i18n.CategoryNames;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.settings.CategoryOverrides;
import dev.sellerworkbench.settings.SettingsService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// `categories list|set|reset`: the names platform category ids are shown by (R-EX-1). The seller's
/// names are kept in the workspace and win over the shipped table, in the window, in searches and
/// in `creators search --json` alike.
final class CategoriesCommand implements Command {

    @Override
    public String name() {
        return "categories";
    }

    @Override
    public String usage() {
        return "categories list [--json] | categories set ID NAME [--lang vi] | categories reset ID"
                + "   the names platform category ids are shown by";
    }

    @Override
    public List<String> subcommands() {
        return List.of("list", "set", "reset");
    }

    @Override
    public List<Flag> flags(String subcommand) {
        return switch (subcommand) {
            case "list", "reset" -> List.of(Flag.JSON);
            case "set" -> List.of(Flag.of("lang", "LANG", "the language the name is for (" + String.join(", ",
                    CategoryNames.tags()) + "); without it the name is shown in every language"), Flag.JSON);
            default -> null;
        };
    }

    @Override
    public List<String> examples() {
        return List.of("categories list", "categories set 601450 \"Skincare\"", "categories set 601450 \"Chăm sóc da\" --lang vi",
                "categories reset 601450", "categories list --json");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        String sub = args.positional(0, "subcommand: categories list | set ID NAME | reset ID");
        return switch (sub) {
            case "list" -> list(context, args);
            case "set" -> set(context, args);
            case "reset" -> reset(context, args);
            default -> throw new InputRejectedException("Unknown subcommand \"" + sub
                    + "\"; use: categories list | set ID NAME [--lang LANG] | reset ID");
        };
    }

    private int list(CliContext context, Args args) throws Exception {
        words(args, 1, "categories list");
        Messages messages = context.messages();
        List<CategoryOverrides.Entry> entries = context.services().categories().list(messages);
        CategoryNames names = context.services().categories().names(messages);
        if (args.json()) {
            context.printJson(entries.stream().map(e -> json(e, names)).toList());
        } else {
            for (CategoryOverrides.Entry e : entries) {
                context.out().println(String.join("\t", e.id(), String.valueOf(e.creators()), e.shippedName(),
                        names.own(e.id()).orElse("")));
            }
        }
        return Cli.OK;
    }

    private static Map<String, Object> json(CategoryOverrides.Entry e, CategoryNames names) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id());
        row.put("creators", e.creators());
        row.put("shipped", e.shipped());
        row.put("shippedName", e.shippedName());
        row.put("name", names.name(e.id()));
        Map<String, String> own = new LinkedHashMap<>();
        e.own().forEach((tag, name) -> own.put(tag.isEmpty() ? "all" : tag, name));
        row.put("ownNames", own);
        return row;
    }

    private int set(CliContext context, Args args) throws Exception {
        String id = args.positional(1, "id: categories set ID NAME");
        String name = args.positional(2, "name: categories set " + id + " NAME (quote a name with spaces)");
        words(args, 3, "categories set ID NAME [--lang LANG] (quote a name with spaces)");
        String tag = args.flag("lang").map(CategoriesCommand::tag).orElse(CategoryNames.ALL_LANGUAGES);
        Messages messages = context.messages();
        CategoryOverrides.problem(id, name, tag, messages).ifPresent(p -> {
            throw new InputRejectedException(p + " " + messages.get("categories.nothingChanged"));
        });
        CategoryOverrides categories = context.services().categories();
        SettingsService.Saved saved = categories.set(id.strip(), name, tag, context.workspace().settings().allVersioned(),
                context.workspace().settings().staffName(), context.clock().instant());
        return done(context, args, saved, id.strip());
    }

    private int reset(CliContext context, Args args) throws Exception {
        String id = args.positional(1, "id: categories reset ID");
        words(args, 2, "categories reset ID");
        if (!CategoryNames.isId(id.strip())) {
            throw new InputRejectedException(context.messages().get("categories.problem.id", id));
        }
        SettingsService.Saved saved = context.services().categories().reset(id.strip(),
                context.workspace().settings().allVersioned(), context.workspace().settings().staffName(),
                context.clock().instant());
        return done(context, args, saved, id.strip());
    }

    private int done(CliContext context, Args args, SettingsService.Saved saved, String id) throws Exception {
        Messages messages = context.messages();
        if (!saved.ok()) {
            throw new InputRejectedException(saved.by()
                    .map(by -> messages.get("categories.conflict.by", by.actor(), id, by.at().toString()))
                    .orElseGet(() -> messages.get("categories.conflict.unknown", id)));
        }
        CategoryNames names = CategoryOverrides.names(messages, saved.now());
        if (args.json()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            row.put("name", names.name(id));
            row.put("shippedName", names.shippedName(id));
            context.printJson(row);
        } else {
            context.out().println(id + "\t" + names.name(id));
        }
        return Cli.OK;
    }

    /// `vi`, `zh-CN`, `zh_TW` … as the tag the names are kept under; anything else as typed, for
    /// [CategoryOverrides#problem] to refuse.
    private static String tag(String typed) {
        String t = typed.strip().replace('_', '-');
        for (String known : CategoryNames.tags()) {
            if (known.equalsIgnoreCase(t)) {
                return known;
            }
        }
        return t;
    }

    private static void words(Args args, int expected, String usage) {
        if (args.positionals().size() > expected) {
            throw new InputRejectedException("Unexpected word \"" + args.positionals().get(expected) + "\"; use: " + usage);
        }
    }
}
