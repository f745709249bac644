package dev.sellerworkbench.cli;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.settings.Setting;
import dev.sellerworkbench.settings.SettingsCatalogue;
import dev.sellerworkbench.settings.SettingsService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/// `settings list|get|set`: the seller's settings that the engines read, from the same
/// [SettingsCatalogue] as the Settings window, so a value one refuses the other refuses too. A set
/// is saved at the version it was read at, as the window saves, so in a team workspace it never
/// overwrites a colleague's change made in between.
final class SettingsCommand implements Command {

    private final Messages messages = Messages.forLocale(Locale.getDefault());

    @Override
    public String name() {
        return "settings";
    }

    @Override
    public String usage() {
        return "settings list [--json] | settings get KEY [--json] | settings set KEY VALUE [--json]"
                + "   the seller's settings (after-sales days, rate ceiling, target audience …)";
    }

    @Override
    public List<String> subcommands() {
        return List.of("list", "get", "set");
    }

    @Override
    public List<Flag> flags(String subcommand) {
        return switch (subcommand) {
            case "list", "get", "set" -> List.of(Flag.JSON);
            default -> null;
        };
    }

    @Override
    public List<String> examples() {
        return List.of("settings list", "settings set aftersales.VN 7", "settings get aftersales.VN --json",
                "settings set plan.rateCeiling 80", "settings set target.audience female:60,18-24:30",
                "settings set aftersales.TH \"\"");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        String sub = args.positional(0, "subcommand: settings list | get KEY | set KEY VALUE");
        return switch (sub) {
            case "list" -> list(context, args);
            case "get" -> get(context, args);
            case "set" -> set(context, args);
            default -> throw new InputRejectedException("Unknown subcommand \"" + sub
                    + "\"; use: settings list | get KEY | set KEY VALUE");
        };
    }

    private int list(CliContext context, Args args) throws Exception {
        words(args, 1, "settings list");
        List<SettingsService.Value> values = context.services().settings().list();
        if (args.json()) {
            context.printJson(values.stream().map(SettingsCommand::json).toList());
        } else {
            for (SettingsService.Value v : values) {
                context.out().println(String.join("\t", v.setting().key(), v.value() == null ? "" : v.value(),
                        v.value() == null ? "(not set)" : v.isDefault() ? "(default)" : "", v.setting().describe()));
            }
        }
        return Cli.OK;
    }

    private int get(CliContext context, Args args) throws Exception {
        Setting setting = setting(args.positional(1, "key: settings get KEY (\"settings list\" shows them)"));
        words(args, 2, "settings get KEY");
        SettingsService.Value value = context.services().settings().get(setting);
        print(context, args, value);
        return Cli.OK;
    }

    private int set(CliContext context, Args args) throws Exception {
        Setting setting = setting(args.positional(1, "key: settings set KEY VALUE (\"settings list\" shows them)"));
        String text = args.positional(2, "value: settings set " + setting.key() + " VALUE (" + setting.describe() + ")");
        words(args, 3, "settings set KEY VALUE (quote a value with spaces)");
        Setting.Parsed parsed = setting.parse(text);
        if (!parsed.ok()) {
            throw new InputRejectedException(SettingsService.explain(setting, parsed.problem(), messages)
                    + " Nothing was changed.");
        }
        SettingsService service = context.services().settings();
        SettingsService.Saved saved = service.set(setting, text, context.workspace().settings().staffName(),
                context.clock().instant());
        if (!saved.ok()) {
            String label = SettingsService.label(setting, messages);
            throw new InputRejectedException(saved.by()
                    .map(by -> messages.get("settings.conflict.by", by.actor(), label, by.at().toString()))
                    .orElseGet(() -> messages.get("settings.conflict.unknown", label)));
        }
        SettingsService.Value now = SettingsService.value(setting, saved.now());
        print(context, args, now);
        return Cli.OK;
    }

    private void print(CliContext context, Args args, SettingsService.Value value) throws Exception {
        if (args.json()) {
            context.printJson(json(value));
        } else {
            context.out().println(value.value() == null ? "" : value.value());
        }
    }

    /// A setting as JSON: whole numbers as numbers, so scripts compare `7`, not `"7"`.
    static Map<String, Object> json(SettingsService.Value v) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", v.setting().key());
        Object value = v.value();
        boolean numeric = v.setting().kind() == Setting.Kind.NUMBER || v.setting().kind() == Setting.Kind.PERCENT_AS_BASIS_POINTS;
        if (numeric && v.value() != null && v.value().matches("-?\\d+")) {
            value = Integer.parseInt(v.value());
        }
        row.put("value", value);
        row.put("default", v.isDefault());
        row.put("version", v.version());
        row.put("accepts", v.setting().describe());
        return row;
    }

    private Setting setting(String key) {
        return SettingsCatalogue.find(key).orElseThrow(() -> new InputRejectedException(messages.get("settings.cli.unknownKey",
                key, SettingsCatalogue.all().stream().map(Setting::key).collect(Collectors.joining(", ")))));
    }

    private static void words(Args args, int expected, String usage) {
        if (args.positionals().size() > expected) {
            throw new InputRejectedException("Unexpected word \"" + args.positionals().get(expected) + "\"; use: " + usage);
        }
    }
}
