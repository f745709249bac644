package dev.sellerworkbench.cli;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.exchange.ExportFormat;
import dev.sellerworkbench.exchange.Exporter;
import dev.sellerworkbench.i18n.CategoryNames;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.search.CreatorIndex;
import dev.sellerworkbench.search.CreatorPage;
import dev.sellerworkbench.search.CreatorQuery;
import dev.sellerworkbench.search.CreatorQuery.AgeFilter;
import dev.sellerworkbench.search.CreatorQuery.GenderFilter;
import dev.sellerworkbench.search.CreatorSearch;
import dev.sellerworkbench.search.SavedSearches;
import dev.sellerworkbench.search.SearchLanguage;
import dev.sellerworkbench.domain.SavedSearch;
import dev.sellerworkbench.search.PagedCreators;
import dev.sellerworkbench.search.Recommendation;
import dev.sellerworkbench.search.Recommender;
import dev.sellerworkbench.search.SearchLanguage;
import dev.sellerworkbench.search.SearchSyntaxException;
import dev.sellerworkbench.search.SimilarCreators;
import dev.sellerworkbench.search.TargetAudience;
import dev.sellerworkbench.store.Workspace;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/// `creators search …` and `creators recommend …`: Find Creators and recommended creators
/// (R-CR-3, R-CR-6) for scripts, answered by the same search index as the window.
final class CreatorsCommand implements Command {

    private static final Set<String> SEARCH_FLAGS = Set.of("region", "level", "followers", "audience-gender",
            "audience-age", "category", "content", "gmv", "currency", "engagement", "text", "declining", "contacted", "sort", "asc",
            "limit", "offset", "json", "q");
    private static final Set<String> RECOMMEND_FLAGS = Set.of("category", "plan", "region", "target", "limit", "json");
    private static final Set<String> SIMILAR_FLAGS = Set.of("plan", "limit", "json");
    /// Export writes every match, so it takes the search's filters and sort but no page.
    private static final Set<String> EXPORT_FLAGS = Set.of("region", "level", "followers", "audience-gender",
            "audience-age", "category", "content", "gmv", "currency", "engagement", "text", "declining", "contacted", "sort", "asc",
            "format", "q");

    /// The filters Find Creators offers, shared by `search` and `export`.
    private static final List<Flag> FILTERS = List.of(
            Flag.of("q", "QUERY", "the whole search in the search language of docs/search-language.md, "
                    + "e.g. \"level:4-6 female:60+ region:VN gmv:>10m\"; replaces the other filter flags"),
            Flag.of("region", "VN[,ID…]", "creators of these regions"),
            Flag.of("level", "3,4|unrated", "these levels; \"unrated\" adds creators without a level (R-LV-5)"),
            Flag.of("followers", "MIN..MAX", "follower range, either end may be left open"),
            Flag.of("audience-gender", "female[:60]", "dominant audience gender, or at least this share in percent; an unknown share never matches"),
            Flag.of("audience-age", "18-24[:30]", "dominant audience age band, or at least this share in percent"),
            Flag.of("category", "NAME[,NAME]", "creators selling in any of these categories"),
            Flag.of("content", "live,video,link", "creators using any of these content types"),
            Flag.of("gmv", "MIN..MAX", "30-day GMV range, in --currency (or the one region's currency); unknown GMV never matches"),
            Flag.of("currency", "C", "the currency of --gmv"),
            Flag.of("engagement", "MIN..MAX", "engagement rate range in percent; an unknown rate never matches"),
            Flag.of("text", "Q", "words that must occur in the handle or name"),
            Flag.of("declining", "only|exclude", "creators whose level is declining (R-LV-4), or none of them"),
            Flag.of("contacted", "DAYS|never", "creators the outreach log shows contacted within the last DAYS days"
                    + " (today in the seller's zone included), or never contacted (R-OUT-2)"),
            Flag.of("sort", "followers|videos|views|gmv|engagement|level", "the order, largest first; gmv ranks within"
                    + " each currency and lists the currencies one after another (GBP, then IDR, then VND …), never"
                    + " comparing amounts of two currencies (R-ST-6) — add --region for one currency"),
            Flag.toggle("asc", "smallest first"));
    private static final int MAX_LIMIT = 10_000;

    private final Messages messages = Messages.forLocale(Locale.getDefault(Locale.Category.DISPLAY));

    @Override
    public String name() {
        return "creators";
    }

    @Override
    public String usage() {
        return "creators search [--q \"level:4-6 female:60+ region:VN …\" | --region VN] [--level 3,4|unrated] [--followers MIN..MAX] [--audience-gender female:60]"
                + " [--audience-age 18-24:30] [--category NAME] [--content live,video,link] [--gmv MIN..MAX]"
                + " [--engagement MIN..MAX] [--text Q] [--declining only|exclude] [--contacted DAYS|never]"
                + " [--sort followers|videos|views|gmv|engagement|level] [--asc] [--limit N] [--offset N] [--json]"
                + " | creators recommend (--category NAME[,NAME] | --plan ID) [--region VN] [--target female:60,18-24:30]"
                + " [--limit N] [--json] | creators similar @handle [--plan NAME_OR_ID] [--limit N] [--json]"
                + " | creators export FILE [the search's filters and sort] [--format csv|xlsx]";
    }

    @Override
    public Set<String> booleanFlags() {
        return Set.of("asc");
    }

    @Override
    public List<String> subcommands() {
        return List.of("search", "recommend", "similar", "export", "searches");
    }

    @Override
    public List<Flag> flags(String subcommand) {
        List<Flag> flags = new ArrayList<>();
        switch (subcommand) {
            case "search" -> {
                flags.addAll(FILTERS);
                flags.add(Flag.of("limit", "N", "rows in the page, 1 to " + MAX_LIMIT + " (default "
                        + CreatorQuery.DEFAULT_LIMIT + ")"));
                flags.add(Flag.of("offset", "N", "rows to skip before the page"));
                flags.add(Flag.JSON);
            }
            case "export" -> {
                flags.addAll(FILTERS);
                flags.add(Flag.of("format", "csv|xlsx", "the file's format; by default from its name (.xlsx, else CSV)"));
            }
            case "searches" -> {
                flags.add(Flag.of("limit", "N", "rows of `run`'s page, 1 to " + MAX_LIMIT + " (default "
                        + CreatorQuery.DEFAULT_LIMIT + ")"));
                flags.add(Flag.JSON);
            }
            case "recommend" -> {
                flags.add(Flag.of("category", "NAME[,NAME]", "categories to recommend creators for"));
                flags.add(Flag.of("plan", "ID", "recommend for the categories of this plan's products"));
                flags.add(Flag.of("region", "VN[,ID…]", "creators of these regions"));
                flags.add(Flag.of("target", "female:60,18-24:30", "the audience wanted (default: the shop's setting)"));
                flags.add(Flag.of("limit", "N", "how many creators (default 20)"));
                flags.add(Flag.JSON);
            }
            case "similar" -> {
                flags.add(Flag.of("plan", "NAME_OR_ID", "leave out the creators already in this plan"));
                flags.add(Flag.of("limit", "N", "how many creators, 1 to " + MAX_LIMIT + " (default "
                        + SimilarCreators.DEFAULT_LIMIT + ")"));
                flags.add(Flag.JSON);
            }
            default -> {
                return null;
            }
        }
        return flags;
    }

    @Override
    public List<String> examples() {
        return List.of("creators search --region VN --level 3,4 --followers 10000.. --sort gmv --json",
                "creators export vn-beauty.xlsx --region VN --category Beauty --sort followers",
                "creators searches run \"VN beauty, never contacted\" --json",
                "creators similar @linh.beauty --plan \"Tết KOLs\" --json");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        if (args.positionals().isEmpty()) {
            throw new InputRejectedException(messages.get("search.cli.missingSubcommand"));
        }
        String sub = args.positionals().get(0);
        return switch (sub) {
            case "search" -> search(context, args);
            case "recommend" -> recommend(context, args);
            case "similar" -> similar(context, args);
            case "export" -> export(context, args);
            case "searches" -> searches(context, args);
            default -> throw new InputRejectedException(messages.get("search.cli.unknownSubcommand", sub));
        };
    }

    private int search(CliContext context, Args args) throws Exception {
        rejectUnknownFlags(args, SEARCH_FLAGS);
        CategoryNames names = context.services().categories().names(messages);
        CreatorQuery query = byIds(parseQuery(args), names);
        Workspace workspace = context.workspace();
        CreatorIndex index = CreatorIndex.build(workspace, context.progress());
        index.contactClock(context.clock().withZone(workspace.settings().timeZone()));
        CreatorPage page = index.search(query);
        List<Creator> rows = workspace.creators().findByIds(page.ids());
        if (args.json()) {
            context.printJson(rows.stream().map(c -> toJson(c, messages, names)).toList());
        } else {
            for (Creator c : rows) {
                context.out().println(String.join("\t", c.displayHandle(), c.name() == null ? "" : c.name(),
                        c.region().name(), c.level() == null ? "—" : c.level().label(), String.valueOf(c.followers()),
                        String.valueOf(c.avgViews()), String.valueOf(c.videos()), c.gmv30d() == null ? "—" : c.gmv30d().rounded().toString()));
            }
        }
        context.err().println(messages.get("search.cli.summary", rows.size(), page.total(), page.offset()));
        gmvNote(context, page);
        return Cli.OK;
    }

    /// `searches list`: the saved searches with their new matches; `searches run NAME`: the search's
    /// first page, which also makes its current matches the seen ones, as opening it in the window does (R-OUT-5).
    private int searches(CliContext context, Args args) throws Exception {
        for (String flag : args.flagNames()) {
            if (!Set.of("limit", "json").contains(flag)) {
                throw new InputRejectedException(messages.get("search.cli.unknownFlag", flag));
            }
        }
        String action = args.positional(1, "list or run NAME");
        Workspace workspace = context.workspace();
        CreatorIndex index = CreatorIndex.build(workspace, context.progress());
        index.contactClock(context.clock().withZone(workspace.settings().timeZone()));
        SavedSearches saved = context.services().savedSearches(index);
        switch (action) {
            case "list" -> {
                if (args.positionals().size() > 2) {
                    throw new InputRejectedException(messages.get("search.cli.unexpected", args.positionals().get(2)));
                }
                List<SavedSearches.Listed> all = saved.list();
                if (args.json()) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (SavedSearches.Listed l : all) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("name", l.search().name());
                        row.put("query", l.search().query());
                        row.put("matches", l.matches());
                        row.put("new_matches", l.newMatches());
                        row.put("last_opened", l.search().lastOpenedAt() == null ? null
                                : l.search().lastOpenedAt().toString());
                        rows.add(row);
                    }
                    context.printJson(rows);
                } else {
                    for (SavedSearches.Listed l : all) {
                        context.out().println(String.join("\t", l.search().name(), l.search().query(),
                                String.valueOf(l.matches()), String.valueOf(l.newMatches())));
                    }
                }
                return Cli.OK;
            }
            case "run" -> {
                String name = String.join(" ", args.positionals().subList(2, args.positionals().size())).strip();
                if (name.isEmpty()) {
                    throw new InputRejectedException(messages.get("search.cli.savedName"));
                }
                SavedSearch search = saved.find(name)
                        .orElseThrow(() -> new InputRejectedException(messages.get("search.cli.noSaved", name)));
                CategoryNames names = context.services().categories().names(messages);
                CreatorQuery query = byIds(SearchLanguage.parse(saved.open(search)).query(), names)
                        .page(0, limit(args, CreatorQuery.DEFAULT_LIMIT));
                CreatorPage page = index.search(query);
                List<Creator> rows = workspace.creators().findByIds(page.ids());
                if (args.json()) {
                    context.printJson(rows.stream().map(c -> toJson(c, messages, names)).toList());
                } else {
                    rows.forEach(c -> context.out().println(c.displayHandle() + "\t" + (c.name() == null ? "" : c.name())));
                }
                context.err().println(messages.get("search.cli.summary", rows.size(), page.total(), page.offset()));
                return Cli.OK;
            }
            default -> throw new InputRejectedException(messages.get("search.cli.savedAction", action));
        }
    }

    /// Says which currencies a GMV sort ranks in, since it ranks within each and never across (R-ST-6).
    private void gmvNote(CliContext context, CreatorPage page) {
        List<String> currencies = page.gmvCurrencies();
        if (currencies.size() == 1) {
            context.err().println(messages.get("search.cli.gmvOneCurrency", currencies.get(0)));
        } else if (currencies.size() > 1) {
            context.err().println(messages.get("search.cli.gmvByCurrency", String.join(", ", currencies)));
        }
    }

    /// Every creator that matches, in the query's order, to CSV (UTF-8 with BOM) or XLSX with the
    /// exports' formula safety (R-EX-6), written through the same exporter as Find Creators' export
    /// and to a file beside the target first, so a refused or failed export leaves no half file.
    private int export(CliContext context, Args args) throws Exception {
        for (String flag : args.flagNames()) {
            if (!EXPORT_FLAGS.contains(flag)) {
                throw new InputRejectedException(messages.get("search.cli.unknownFlag", flag));
            }
        }
        Path file = Path.of(args.positional(1, "file: creators export FILE"));
        if (args.positionals().size() > 2) {
            throw new InputRejectedException(messages.get("search.cli.unexpected", args.positionals().get(2)));
        }
        ExportFormat format = exportFormat(args, file);
        CreatorQuery query = byIds(parseQuery(args), context.services().categories().names(messages));
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputRejectedException("The folder of " + file + " does not exist; nothing was written");
        }
        Workspace workspace = context.workspace();
        CreatorSearch search = new CreatorSearch(workspace);
        search.contactClock(context.clock().withZone(workspace.settings().timeZone()));
        search.start(Runnable::run, context.progress()).join();
        List<Creator> all = new PagedCreators(search, workspace.creators(), query, context.progress());
        Path partial = Files.createTempFile(folder, ".export-", ".part");
        long rows;
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                rows = new Exporter(workspace).creators(all, format, out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        context.err().println(rows + " creator" + (rows == 1 ? "" : "s") + " written to " + file);
        return Cli.OK;
    }

    private static ExportFormat exportFormat(Args args, Path file) {
        String name = args.flag("format").orElseGet(() -> ExportFormat.forFile(file).extension());
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> ExportFormat.CSV;
            case "xlsx" -> ExportFormat.XLSX;
            default -> throw new InputRejectedException("--format must be csv or xlsx, not \"" + name + "\"");
        };
    }

    private int recommend(CliContext context, Args args) throws Exception {
        rejectUnknownFlags(args, RECOMMEND_FLAGS);
        Workspace workspace = context.workspace();
        CategoryNames names = context.services().categories().names(messages);
        Set<String> categories = new LinkedHashSet<>(list(args, "category").stream().map(names::category).toList());
        if (args.has("plan")) {
            long planId = longValue(args, "plan");
            if (workspace.plans().findById(planId).isEmpty()) {
                throw new InputRejectedException(messages.get("search.cli.noPlan", planId));
            }
            categories.addAll(Recommender.planCategories(workspace, planId));
        }
        if (categories.isEmpty()) {
            throw new InputRejectedException(messages.get("search.cli.recommendNeedsCategory"));
        }
        TargetAudience target;
        try {
            target = args.flag("target").map(TargetAudience::parse).orElseGet(() -> TargetAudience.of(workspace));
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException(messages.get("search.cli.badTarget", args.flag("target").orElse("")));
        }
        Set<Region> regions = regions(args);
        int limit = limit(args, 20);
        CreatorIndex index = CreatorIndex.build(workspace, context.progress());
        List<Recommendation> found = new Recommender(index).recommend(categories, target, regions, limit);
        Map<Long, Creator> byId = workspace.creators().findByIds(found.stream().map(Recommendation::creatorId).toList())
                .stream().collect(Collectors.toMap(Creator::id, Function.identity()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Recommendation r : found) {
            Creator c = byId.get(r.creatorId());
            if (c == null) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.id());
            row.put("handle", c.handle());
            row.put("name", c.name());
            row.put("region", c.region().name());
            row.put("score", r.score());
            row.put("reasons", r.reasons().stream().map(reason -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", reason.kind().name().toLowerCase(Locale.ROOT));
                m.put("points", reason.points());
                m.put("text", reason.text(messages, names::name));
                return m;
            }).toList());
            row.put("text", r.text(messages, names::name));
            out.add(row);
        }
        if (args.json()) {
            context.printJson(out);
        } else {
            for (Map<String, Object> row : out) {
                context.out().println("@" + row.get("handle") + "\t" + row.get("score") + "\t" + row.get("text"));
            }
        }
        return Cli.OK;
    }

    /// `similar @handle`: the creators most like this one (R-CR-8), each as `search` prints a
    /// creator plus its `score` and `reasons`; `--plan` leaves out the creators already in it.
    private int similar(CliContext context, Args args) throws Exception {
        for (String flag : args.flagNames()) {
            if (!SIMILAR_FLAGS.contains(flag)) {
                throw new InputRejectedException(messages.get("search.cli.unknownFlag", flag));
            }
        }
        if (args.positionals().size() < 2) {
            throw new InputRejectedException(messages.get("search.cli.similarNeedsHandle"));
        }
        if (args.positionals().size() > 2) {
            throw new InputRejectedException(messages.get("search.cli.unexpected", args.positionals().get(2)));
        }
        int limit = limit(args, SimilarCreators.DEFAULT_LIMIT);
        Workspace workspace = context.workspace();
        String handle = args.positionals().get(1);
        Creator source = workspace.creators().findByHandle(handle)
                .orElseThrow(() -> new InputRejectedException(messages.get("search.cli.noCreator", handle)));
        Set<Long> excluded = new LinkedHashSet<>();
        if (args.has("plan")) {
            Plan plan = plan(workspace, args.flag("plan").orElse(""));
            for (PlanCreator member : workspace.plans().creators(plan.id())) {
                if (member.status() != InvitationStatus.REMOVED) {
                    excluded.add(member.creatorId());
                }
            }
        }
        CreatorIndex index = CreatorIndex.build(workspace, context.progress());
        List<SimilarCreators.Similar> found = new SimilarCreators(index).similarTo(source.id(), excluded, limit);
        Map<Long, Creator> byId = workspace.creators().findByIds(found.stream().map(SimilarCreators.Similar::creatorId).toList())
                .stream().collect(Collectors.toMap(Creator::id, Function.identity()));
        List<Map<String, Object>> out = new ArrayList<>();
        CategoryNames names = context.services().categories().names(messages);
        for (SimilarCreators.Similar s : found) {
            Creator c = byId.get(s.creatorId());
            if (c == null) {
                continue;
            }
            Map<String, Object> row = toJson(c, messages, names);
            row.put("score", s.score());
            row.put("reasons", s.reasons().stream().map(r -> r.text(messages)).toList());
            out.add(row);
            if (!args.json()) {
                context.out().println(String.join("\t", c.displayHandle(), c.name() == null ? "" : c.name(),
                        c.region().name(), String.valueOf(s.score()), s.text(messages)));
            }
        }
        if (args.json()) {
            context.printJson(out);
        }
        context.err().println(messages.get("search.cli.similarSummary", out.size(), source.displayHandle()));
        return Cli.OK;
    }

    /// A plan by id, else by its exact name (case aside); a name two plans share is refused with their ids.
    private Plan plan(Workspace workspace, String nameOrId) {
        String wanted = nameOrId.strip();
        if (wanted.matches("\\d{1,18}")) {
            Optional<Plan> byId = workspace.plans().findById(Long.parseLong(wanted));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        List<Plan> named = workspace.plans().findAll().stream().filter(p -> p.name().equalsIgnoreCase(wanted)).toList();
        if (named.size() > 1) {
            throw new InputRejectedException(messages.get("search.cli.planAmbiguous", wanted,
                    named.stream().map(p -> String.valueOf(p.id())).collect(Collectors.joining(", "))));
        }
        if (named.isEmpty()) {
            throw new InputRejectedException(messages.get("search.cli.noPlan", wanted));
        }
        return named.get(0);
    }

    // ---------------------------------------------------------------- flags

    /// `30` (or `30d`): contacted within the last 30 days; `never`: never contacted (R-OUT-2).
    private CreatorQuery.Contacted contacted(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("never")) {
            return CreatorQuery.Contacted.neverContacted();
        }
        try {
            int days = Integer.parseInt(v.endsWith("d") ? v.substring(0, v.length() - 1) : v);
            if (days >= 1 && days <= 3_650) {
                return CreatorQuery.Contacted.within(days);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InputRejectedException(messages.get("search.cli.badContacted", value));
    }

    private void rejectUnknownFlags(Args args, Set<String> allowed) {
        for (String flag : args.flagNames()) {
            if (!allowed.contains(flag)) {
                throw new InputRejectedException(messages.get("search.cli.unknownFlag", flag));
            }
        }
        if (args.positionals().size() > 1) {
            throw new InputRejectedException(messages.get("search.cli.unexpected", args.positionals().get(1)));
        }
    }

    /// Flags that `--q` cannot be combined with: every filter and the sort, which it states itself.
    private static final Set<String> NOT_WITH_Q = Set.of("region", "level", "followers", "audience-gender",
            "audience-age", "category", "content", "gmv", "currency", "engagement", "text", "declining", "contacted", "sort", "asc");

    CreatorQuery parseQuery(Args args) {
        if (args.has("q")) {
            return parseLanguage(args);
        }
        CreatorQuery.Builder b = CreatorQuery.builder();
        Set<Region> regions = regions(args);
        b.regions(regions);
        Set<Integer> levels = new LinkedHashSet<>();
        for (String token : list(args, "level")) {
            String t = token.toLowerCase(Locale.ROOT);
            if (t.equals("unrated")) {
                b.unrated(true);
                continue;
            }
            try {
                int level = Integer.parseInt(t.startsWith("l") ? t.substring(1) : t);
                if (level < 0 || level > CreatorQuery.MAX_LEVEL) {
                    throw new NumberFormatException();
                }
                levels.add(level);
            } catch (NumberFormatException e) {
                throw new InputRejectedException(messages.get("search.cli.badLevel", token));
            }
        }
        b.levels(levels);
        args.flag("followers").ifPresent(v -> {
            BigDecimal[] range = range("followers", v);
            b.followers(range[0] == null ? null : wholeNumber("followers", range[0]),
                    range[1] == null ? null : wholeNumber("followers", range[1]));
        });
        args.flag("audience-gender").ifPresent(v -> b.gender(genderFilter(v)));
        args.flag("audience-age").ifPresent(v -> b.age(ageFilter(v)));
        b.categories(list(args, "category"));
        Set<ContentType> types = EnumSet.noneOf(ContentType.class);
        for (String token : list(args, "content")) {
            try {
                types.add(ContentType.parse(token));
            } catch (IllegalArgumentException e) {
                throw new InputRejectedException(messages.get("search.cli.badContent", token));
            }
        }
        b.contentTypes(types);
        if (args.has("gmv")) {
            String currency = args.flag("currency").map(s -> s.trim().toUpperCase(Locale.ROOT))
                    .orElseGet(() -> regions.size() == 1 ? regions.iterator().next().currency() : null);
            if (currency == null) {
                throw new InputRejectedException(messages.get("search.cli.gmvNeedsCurrency"));
            }
            BigDecimal[] range = range("gmv", args.flag("gmv").orElseThrow());
            b.gmv(range[0] == null ? null : Money.of(range[0], currency), range[1] == null ? null : Money.of(range[1], currency));
        } else if (args.has("currency")) {
            throw new InputRejectedException(messages.get("search.cli.currencyWithoutGmv"));
        }
        args.flag("engagement").ifPresent(v -> {
            BigDecimal[] range = range("engagement", v);
            b.engagementPercent(range[0], range[1]);
        });
        args.flag("text").ifPresent(b::text);
        args.flag("declining").ifPresent(v -> b.declining(switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "only" -> CreatorQuery.Declining.ONLY;
            case "exclude" -> CreatorQuery.Declining.EXCLUDE;
            case "any" -> CreatorQuery.Declining.ANY;
            default -> throw new InputRejectedException(messages.get("search.cli.badDeclining", v));
        }));
        args.flag("contacted").ifPresent(v -> b.contacted(contacted(v)));
        CreatorQuery.Sort sort = args.flag("sort").map(v -> {
            CreatorQuery.Sort parsed = CreatorQuery.Sort.parse(v);
            if (parsed == null) {
                throw new InputRejectedException(messages.get("search.cli.badSort", v));
            }
            return parsed;
        }).orElse(CreatorQuery.Sort.FOLLOWERS);
        b.sort(sort, args.has("asc"));
        b.limit(limit(args, CreatorQuery.DEFAULT_LIMIT));
        int offset = args.intFlag("offset", 0);
        if (offset < 0) {
            throw new InputRejectedException(messages.get("search.cli.badOffset", offset));
        }
        b.offset(offset);
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException(e.getMessage());
        }
    }

    /// `--q "…"`: the same query the window's search box reads, with the page from --limit/--offset.
    private CreatorQuery parseLanguage(Args args) {
        for (String flag : args.flagNames()) {
            if (NOT_WITH_Q.contains(flag)) {
                throw new InputRejectedException(messages.get("search.cli.qWithFlags", flag));
            }
        }
        CreatorQuery parsed;
        try {
            parsed = SearchLanguage.parse(args.flag("q").orElse("")).query();
        } catch (SearchSyntaxException e) {
            throw new InputRejectedException(e.message(messages));
        }
        int offset = args.intFlag("offset", 0);
        if (offset < 0) {
            throw new InputRejectedException(messages.get("search.cli.badOffset", offset));
        }
        return parsed.toBuilder().offset(offset).limit(limit(args, CreatorQuery.DEFAULT_LIMIT)).build();
    }

    private Set<Region> regions(Args args) {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        for (String code : list(args, "region")) {
            Region region = Region.parse(code);
            if (region == null) {
                throw new InputRejectedException(messages.get("search.cli.badRegion", code));
            }
            regions.add(region);
        }
        return regions;
    }

    private int limit(Args args, int fallback) {
        int limit = args.intFlag("limit", fallback);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InputRejectedException(messages.get("search.cli.badLimit", limit, MAX_LIMIT));
        }
        return limit;
    }

    private long longValue(Args args, String flag) {
        String value = args.flag(flag).orElseThrow();
        try {
            return Long.parseLong(value.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new InputRejectedException(messages.get("search.cli.badNumber", flag, value));
        }
    }

    private static List<String> list(Args args, String flag) {
        return args.flag(flag).map(v -> List.of(v.split(","))).orElse(List.of()).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /// `MIN..MAX`, `MIN..` or `..MAX`; underscores and thousands commas are not allowed in ranges.
    private BigDecimal[] range(String flag, String text) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            throw new InputRejectedException(messages.get("search.cli.badRange", flag, text));
        }
        try {
            String lo = text.substring(0, dots).strip().replace("_", "");
            String hi = text.substring(dots + 2).strip().replace("_", "");
            BigDecimal min = lo.isEmpty() ? null : new BigDecimal(lo);
            BigDecimal max = hi.isEmpty() ? null : new BigDecimal(hi);
            if ((min == null && max == null) || (min != null && min.signum() < 0)
                    || (min != null && max != null && min.compareTo(max) > 0)) {
                throw new NumberFormatException();
            }
            return new BigDecimal[] {min, max};
        } catch (NumberFormatException e) {
            throw new InputRejectedException(messages.get("search.cli.badRange", flag, text));
        }
    }

    private long wholeNumber(String flag, BigDecimal value) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new InputRejectedException(messages.get("search.cli.badNumber", flag, value.toPlainString()));
        }
    }

    private GenderFilter genderFilter(String text) {
        try {
            return TargetAudience.parseGender(text);
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException(messages.get("search.cli.badGender", text));
        }
    }

    private AgeFilter ageFilter(String text) {
        try {
            return TargetAudience.parseAge(text);
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException(messages.get("search.cli.badAge", text));
        }
    }

    // ---------------------------------------------------------------- output

    /// The query with each category typed by the name staff read (the seller's, the shipped one or
    /// "Category 601450") turned into the id the creators hold (R-EX-1).
    static CreatorQuery byIds(CreatorQuery query, CategoryNames names) {
        if (query.categories().isEmpty()) {
            return query;
        }
        return query.toBuilder().categories(query.categories().stream().map(names::category).toList()).build();
    }

    static Map<String, Object> toJson(Creator c, Messages messages, CategoryNames names) {
        Map<String, Object> row = new LinkedHashMap<>();
        Level level = c.level();
        row.put("id", c.id());
        row.put("handle", c.handle());
        row.put("name", c.name());
        row.put("region", c.region().name());
        row.put("level", level == null ? null : level.value());
        row.put("levelKind", level == null ? null : level.kind().name().toLowerCase(Locale.ROOT));
        row.put("declining", level != null && level.declining());
        row.put("followers", c.followers());
        row.put("videos", c.videos());
        row.put("avgViews", c.avgViews());
        if (c.gmv30d() == null) {
            row.put("gmv", null); // not stated by the source (R-CR-7)
        } else {
            Money gmv = c.gmv30d().rounded();
            Map<String, Object> money = new LinkedHashMap<>();
            money.put("amount", gmv.amount());
            money.put("currency", gmv.currency());
            row.put("gmv", money);
        }
        row.put("engagement", percent(c.engagementBp()));
        row.put("categories", c.categories());
        row.put("categoryNames", c.categories().stream().map(names::name).toList());
        row.put("contentTypes", c.contentTypes().stream().map(ContentType::code).sorted().toList());
        Audience a = c.audience() == null ? Audience.UNKNOWN : c.audience();
        Map<String, Object> audience = new LinkedHashMap<>();
        audience.put("female", percent(a.shareOf(Gender.FEMALE)));
        audience.put("male", percent(a.shareOf(Gender.MALE)));
        audience.put("other", percent(a.shareOf(Gender.OTHER)));
        Map<String, Object> ages = new LinkedHashMap<>();
        int[] bands = a.ages();
        for (int i = 0; i < bands.length; i++) {
            ages.put(Audience.AGE_BANDS[i], percent(bands[i]));
        }
        audience.put("age", ages);
        row.put("audience", audience);
        return row;
    }

    /// A share or rate in percent; null when the source did not state it (R-CR-2).
    private static BigDecimal percent(int bp) {
        return bp == Audience.UNSTATED ? null : BigDecimal.valueOf(bp, 2);
    }
}
