package dev.sellerworkbench.cli;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.LevelRecord;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.level.Diagnosis;
import dev.sellerworkbench.level.LevelProfile;
import dev.sellerworkbench.level.LevelProfiles;
import dev.sellerworkbench.level.LevelTexts;
import dev.sellerworkbench.level.MonthLevels;
import dev.sellerworkbench.level.ProfileException;
import dev.sellerworkbench.level.Requirement;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.service.CreatorLevels;
import dev.sellerworkbench.service.RecomputeService;
import dev.sellerworkbench.service.WorkspaceProfiles;
import dev.sellerworkbench.store.CreatorRepository;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// `levels recompute --month YYYY-MM [--profile tiktok|douyin|FILE] [--json]` projects every
/// creator's level for a month from the month before (R-LV-1, R-EX-5);
/// `levels show @handle [--json]` prints a creator's levels by month and the latest diagnosis;
/// `levels profile show|export FILE|import FILE|reset [--id ID]` reads, saves, installs into the
/// workspace or resets a rule profile (docs/level-profiles.md).
final class LevelsCommand implements Command {

    @Override
    public String name() {
        return "levels";
    }

    @Override
    public String usage() {
        return "levels recompute --month YYYY-MM [--profile tiktok|douyin|FILE] [--json] | levels show @handle [--json]"
                + " | levels profile show|export FILE|import FILE|reset [--id ID] [--json]";
    }

    @Override
    public List<String> subcommands() {
        return List.of("recompute", "show", "profile");
    }

    @Override
    public List<Flag> flags(String subcommand) {
        return switch (subcommand) {
            case "recompute" -> List.of(Flag.of("month", "YYYY-MM", "the month to project"),
                    Flag.of("profile", "tiktok|douyin|FILE", "the rule profile (default the workspace's)"), Flag.JSON);
            case "show" -> List.of(Flag.JSON);
            case "profile" -> List.of(Flag.of("id", "ID", "the profile (default the workspace's active one)"), Flag.JSON);
            default -> null;
        };
    }

    @Override
    public List<String> examples() {
        return List.of("levels recompute --month 2026-12 --json", "levels show @linh.beauty --json",
                "levels profile export tiktok.json", "levels profile import tiktok.json", "levels profile reset --id tiktok");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        Messages messages = Messages.forLocale(Locale.getDefault());
        String action = args.positionals().isEmpty() ? "" : args.positionals().getFirst();
        return switch (action) {
            case "recompute" -> recompute(context, args, messages);
            case "show" -> show(context, args, messages);
            case "profile" -> profileAction(context, args, messages);
            default -> throw new InputRejectedException(messages.get("levels.cli.action", action));
        };
    }

    private int recompute(CliContext context, Args args, Messages messages) throws Exception {
        String monthText = args.flag("month")
                .orElseThrow(() -> new InputRejectedException(messages.get("levels.cli.monthMissing")));
        YearMonth month;
        try {
            month = YearMonth.parse(monthText.trim());
        } catch (DateTimeParseException e) {
            throw new InputRejectedException(messages.get("levels.cli.month", monthText));
        }
        Workspace workspace = context.workspace();
        LevelProfile profile = profile(args, context, messages);
        if (!workspace.stats().hasMonth(month.minusMonths(1))) {
            throw new InputRejectedException(messages.get("levels.cli.noStats", month.minusMonths(1).toString(),
                    month.toString()));
        }
        RecomputeService service = context.services().recompute();
        RecomputeService.Plan plan = service.plan(month, profile);
        RecomputeService.Result r;
        try {
            r = service.recompute(month, profile, context.progress());
        } catch (Progress.CancelledException e) {
            context.err().println(messages.get("levels.cli.cancelled"));
            return Cli.INTERNAL_ERROR;
        }
        if (args.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("month", r.month().toString());
            json.put("statsMonth", r.statsMonth().toString());
            json.put("profile", r.profile());
            json.put("editableDefaults", profile.editableDefaults());
            json.put("creators", r.creators());
            json.put("rated", r.rated());
            json.put("unrated", r.unrated());
            json.put("notJudged", r.notJudged());
            json.put("rowsInserted", r.inserted());
            json.put("rowsUpdated", r.updated());
            json.put("rowsDeleted", r.deleted());
            json.put("creatorsUpdated", r.creatorsUpdated());
            json.put("declining", r.declining());
            json.put("changed", r.changed());
            json.put("up", r.up());
            json.put("down", r.down());
            json.put("becameDeclining", r.becameDeclining());
            json.put("newestOfficialMonth", plan.newestOfficial().map(YearMonth::toString).orElse(null));
            json.put("olderThanOfficial", plan.olderThanOfficial());
            json.put("creatorsKeptByLaterLevels", plan.creatorsKeptByLater());
            json.put("millis", r.millis());
            context.printJson(json);
        } else {
            context.out().println(messages.get("levels.recompute.done", r.month().toString(), r.statsMonth().toString(),
                    r.profile(), r.creators(), r.rated(), r.unrated(), r.notJudged(), r.inserted(), r.updated(),
                    r.deleted(), r.creatorsUpdated(), r.declining(), r.millis()));
            context.out().println(messages.get("levels.recompute.changes", r.changed(), r.up(), r.down(),
                    r.becameDeclining()));
            if (profile.editableDefaults()) {
                context.out().println(new LevelTexts(messages).editableDefaultsNote());
            }
        }
        return Cli.OK;
    }

    /// `levels profile show|export FILE|import FILE|reset`: the profile as the workspace keeps it.
    private int profileAction(CliContext context, Args args, Messages messages) throws Exception {
        List<String> words = args.positionals();
        String action = words.size() > 1 ? words.get(1) : "";
        WorkspaceProfiles profiles = context.services().profiles();
        String actor = context.workspace().settings().staffName();
        String id = args.flag("id").orElseGet(profiles::activeId);
        try {
            switch (action) {
                case "show" -> {
                    LevelProfile p = profiles.forId(id);
                    var stored = profiles.stored(id);
                    if (args.json()) {
                        Map<String, Object> json = new LinkedHashMap<>();
                        json.put("id", p.id());
                        json.put("name", p.name());
                        json.put("active", id.equals(profiles.activeId()));
                        json.put("inWorkspace", stored.isPresent());
                        json.put("version", stored.map(s -> s.version()).orElse(null));
                        json.put("editableDefaults", p.editableDefaults());
                        json.put("profile", context.json().readTree(profiles.json(id)));
                        context.printJson(json);
                    } else {
                        context.out().print(profiles.json(id));
                    }
                }
                case "export" -> {
                    Path file = Path.of(fileArgument(words, messages));
                    Files.writeString(file, profiles.json(id), java.nio.charset.StandardCharsets.UTF_8);
                    context.out().println(messages.get("levels.cli.exported", id, file));
                }
                case "import" -> {
                    Path file = Path.of(fileArgument(words, messages));
                    LevelProfile p = profiles.install(file, actor, context.clock().instant());
                    context.out().println(messages.get("levels.cli.imported", p.id(), file));
                }
                case "reset" -> {
                    profiles.reset(id, actor, context.clock().instant());
                    context.out().println(messages.get("levels.cli.reset", id));
                }
                default -> throw new InputRejectedException(messages.get("levels.cli.profileAction", action));
            }
        } catch (ProfileException e) {
            throw new InputRejectedException(e.message(messages));
        }
        return Cli.OK;
    }

    private static String fileArgument(List<String> words, Messages messages) {
        if (words.size() < 3) {
            throw new InputRejectedException(messages.get("levels.cli.profileFile", words.get(1)));
        }
        return words.get(2);
    }

    private static LevelProfile profile(Args args, CliContext context, Messages messages) {
        String name = args.flag("profile").orElse(null);
        try {
            if (name == null) {
                return context.services().profiles().active();
            }
            if (LevelProfiles.BUILT_IN.contains(name) || context.services().profiles().stored(name).isPresent()) {
                return context.services().profiles().forId(name);
            }
            Path file = Path.of(name);
            if (Files.isRegularFile(file)) {
                return LevelProfiles.load(file);
            }
        } catch (ProfileException e) {
            throw new InputRejectedException(e.message(messages));
        }
        throw new InputRejectedException(messages.get("levels.cli.profile", name));
    }

    private int show(CliContext context, Args args, Messages messages) throws Exception {
        if (args.positionals().size() < 2) {
            throw new InputRejectedException(messages.get("levels.cli.handle"));
        }
        String handle = CreatorRepository.stripAt(args.positionals().get(1));
        Workspace workspace = context.workspace();
        Creator creator = workspace.creators().findByHandle(handle)
                .orElseThrow(() -> new InputRejectedException(messages.get("levels.cli.creator", handle)));
        CreatorLevels levels = context.services().levels();
        List<MonthLevels> history = levels.history(creator.id());
        LevelRecord latest = levels.latestProjected(creator).orElse(null);
        dev.sellerworkbench.level.CurrentLevel current = levels.current(creator).orElse(null);
        LevelTexts texts = new LevelTexts(messages);
        Diagnosis diagnosis = latest == null ? null : Diagnosis.decode(latest.diagnosis());
        boolean defaults = latest != null && editableDefaults(context, latest.profile());
        if (args.json()) {
            Map<String, Object> json = json(creator, current, history, latest, diagnosis, texts);
            json.put("editableDefaults", defaults);
            if (defaults) {
                json.put("note", texts.editableDefaultsNote());
            }
            context.printJson(json);
            return Cli.OK;
        }
        context.out().println(messages.get("levels.cli.history", creator.displayHandle()));
        context.out().println("  " + texts.current(current));
        for (MonthLevels line : history) {
            for (LevelRecord r : line.rows()) {
                context.out().println("  " + texts.historyLine(r));
            }
        }
        if (latest != null) {
            context.out().println(messages.get("levels.cli.latest", latest.month().toString(),
                    texts.profileName(latest.profile()), texts.diagnosis(diagnosis)));
        }
        if (defaults) {
            context.out().println(texts.editableDefaultsNote());
        }
        return Cli.OK;
    }

    /// Whether the profile that projected a level ships editable default thresholds; a profile
    /// that can no longer be read counts as defaults, the cautious answer.
    private static boolean editableDefaults(CliContext context, String profileId) {
        try {
            return context.services().profiles().forId(profileId).editableDefaults();
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static Map<String, Object> json(Creator creator, dev.sellerworkbench.level.CurrentLevel now, List<MonthLevels> history,
                                            LevelRecord latest, Diagnosis diagnosis, LevelTexts texts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("handle", creator.displayHandle());
        json.put("region", creator.region().name());
        // R-LV-11: the level of the newest month that has one, official when it has one.
        Map<String, Object> currentLevel = new LinkedHashMap<>();
        currentLevel.put("value", now == null ? null : now.level().value());
        currentLevel.put("kind", now == null ? null : now.level().kind().name().toLowerCase(Locale.ROOT));
        currentLevel.put("month", now == null ? null : now.month().toString());
        currentLevel.put("declining", now != null && now.level().declining());
        currentLevel.put("profile", now == null ? null : now.profile());
        json.put("current", currentLevel);
        Map<String, Object> current = new LinkedHashMap<>();
        current.put("value", creator.level() == null ? null : creator.level().value());
        current.put("kind", creator.level() == null || creator.level().kind() == null ? null
                : creator.level().kind().name().toLowerCase(Locale.ROOT));
        current.put("declining", creator.level() != null && creator.level().declining());
        json.put("level", current);
        List<Map<String, Object>> months = new ArrayList<>();
        for (MonthLevels line : history) {
            for (LevelRecord r : line.rows()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("month", r.month().toString());
                row.put("value", r.level());
                row.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
                row.put("profile", r.profile());
                row.put("text", texts.historyLine(r));
                months.add(row);
            }
        }
        json.put("levels", months);
        if (latest == null) {
            json.put("diagnosis", null);
            return json;
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("month", latest.month().toString());
        d.put("profile", latest.profile());
        d.put("kind", diagnosis.kind().name().toLowerCase(Locale.ROOT));
        d.put("targetLevel", diagnosis.targetLevel());
        d.put("anyOf", diagnosis.anyOf());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Requirement item : diagnosis.items()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("metric", item.metric().code());
            i.put("actual", item.actual().toPlainString());
            i.put(item.metric().bound() == dev.sellerworkbench.level.Metric.Bound.AT_LEAST ? "minimum" : "maximum",
                    item.limit().toPlainString());
            i.put("gap", item.gap().toPlainString());
            if (item.currency() != null) {
                i.put("currency", item.currency());
            }
            items.add(i);
        }
        d.put("items", items);
        d.put("text", texts.diagnosis(diagnosis));
        json.put("diagnosis", d);
        return json;
    }
}
