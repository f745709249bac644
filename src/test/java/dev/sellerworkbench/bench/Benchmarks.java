package dev.sellerworkbench.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sellerworkbench.demo.DemoGenerator;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.MonthlyStats;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.exchange.CreatorImportBenchmark;
import dev.sellerworkbench.exchange.ImportKind;
import dev.sellerworkbench.exchange.ImportResult;
import dev.sellerworkbench.exchange.Importer;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.level.LevelProfile;
import dev.sellerworkbench.level.LevelProfiles;
import dev.sellerworkbench.level.ThresholdProfile;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.search.CreatorIndex;
import dev.sellerworkbench.search.CreatorPage;
import dev.sellerworkbench.service.RecomputeService;
import dev.sellerworkbench.store.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/// The project's benchmark (`mvn -B -Pdist,bench verify`): measures the workbench beside the naive
/// approach and the machine's limit in one run, on a 1,000,000-creator workspace cached under
/// `target/bench/`, and writes `target/bench/bench.json` and `BENCHMARKS.md`. Ratios are what to
/// trust on a shared, noisy machine; absolute times are reported beside them.
public final class Benchmarks {

    static final int CREATORS = Integer.getInteger("bench.creators", 1_000_000);
    static final int PAGE = 50;
    static final int REPEATS = 5;

    private final Path root;
    private final Map<String, Stat> results = new LinkedHashMap<>();
    private final Map<String, Double> ratios = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private boolean identicalPages;
    private int limitThreads;

    private Benchmarks(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(root);
        Benchmarks bench = new Benchmarks(root);
        try {
            bench.run(Path.of(args.length > 1 ? args[1] : "BENCHMARKS.md"));
        } catch (Throwable e) {
            // a failed run fails the build, whatever threads are still alive
            e.printStackTrace();
            System.exit(1);
        }
        // the stall probe starts the JavaFX toolkit, whose thread would keep this process alive
        System.exit(0);
    }

    /// The JVM options the application is started with (the pom's `app.jvm.options`): the
    /// startup child gets them, and this process runs with them too, so the collector measured
    /// under load is the one the window uses.
    static List<String> appJvmOptions() {
        String options = System.getProperty("sw.bench.appJvmOptions", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    private void run(Path markdown) throws Exception {
        Path folder = root.resolve("ws-" + CREATORS);
        if (!Workspace.exists(folder)) {
            try (Workspace ws = Workspace.open(folder)) {
                long t = System.nanoTime();
                new DemoGenerator(ws, Clock.systemDefaultZone(), Progress.NONE).generate(CREATORS);
                results.put("demo_build_s", Stat.of(seconds(t)));
            }
        }
        // -Dsw.bench.only=levels (or find, import, startup, stall, comma-separated) runs those
        // alone and prints them, for working on one figure; BENCHMARKS.md needs the whole run.
        java.util.Set<String> only = java.util.Set.of(System.getProperty("sw.bench.only", "").split(","));
        boolean all = only.equals(java.util.Set.of(""));
        try (Workspace ws = Workspace.open(folder)) {
            if (all || only.contains("find")) {
                find(ws);
            }
            if (all || only.contains("levels")) {
                levels(ws);
            }
        }
        if (all || only.contains("import")) {
            importCreators(folder);
        }
        workspaceSize(folder);
        if (all || only.contains("startup")) {
            startup(folder);
        }
        if (all || only.contains("stall")) {
            stall(folder);
        }
        if (all) {
            write(markdown);
        } else {
            results.forEach((k, v) -> log(k + ": median " + round(v.median()) + ", p95 " + round(v.p95())));
        }
    }

    /// Find Creators on the index beside the naive list and the floor scan, every query of the mix
    /// asked of each; their pages are compared by ids and order, and any difference stops the run.
    private void find(Workspace ws) throws Exception {
        log("loading " + CREATORS + " creators for the naive and limit engines");
        List<Creator> all = new ArrayList<>(CREATORS);
        ws.creators().forEach(all::add);
        all.sort(Comparator.comparingLong(Creator::id));
        long t = System.nanoTime();
        CreatorIndex index = CreatorIndex.build(ws, Progress.NONE);
        results.put("index_build_s", Stat.of(seconds(t)));
        // the product's scan runs on the common pool: as many threads as cores
        int threads = Runtime.getRuntime().availableProcessors();
        ObservableList<Creator> list = FXCollections.observableArrayList(all);
        Stat ours = new Stat();
        Stat scan = new Stat();
        Stat scan1 = new Stat();
        Stat count = new Stat();
        Stat naive = new Stat();
        Stat floor = new Stat();
        Stat floor1 = new Stat();
        List<String> differing = new ArrayList<>();
        long emptyPages = 0;
        try (LimitScan limit = new LimitScan(all, threads)) {
            List<String> currencies = limit.currenciesByCode();
            Random random = new Random(20_261_123);
            // the warm-up runs exactly what is measured, so no engine is timed while it is compiled
            for (int warm = 0; warm < 2; warm++) {
                for (int kind = 0; kind < QuerySpec.KINDS; kind++) {
                    QuerySpec q = QuerySpec.mixed(kind, random, PAGE);
                    ws.creators().findByIds(index.search(q.query()).ids());
                    index.search(q.query(), Progress.NONE, 1);
                    index.search(q.countOnly());
                    naivePage(list, q, currencies);
                    limit.search(q.query());
                    limit.searchOneThread(q.query());
                }
            }
            for (int rep = 0; rep < REPEATS; rep++) {
                for (int kind = 0; kind < QuerySpec.KINDS; kind++) {
                    QuerySpec q = QuerySpec.mixed(kind, random, PAGE);
                    long s = System.nanoTime();
                    CreatorPage page = index.search(q.query());
                    List<Creator> rows = ws.creators().findByIds(page.ids());
                    ours.add(millis(s));
                    s = System.nanoTime();
                    CreatorPage scanned = index.search(q.query());
                    scan.add(millis(s));
                    s = System.nanoTime();
                    CreatorPage scannedAlone = index.search(q.query(), Progress.NONE, 1);
                    scan1.add(millis(s));
                    s = System.nanoTime();
                    CreatorPage counted = index.search(q.countOnly());
                    count.add(millis(s));
                    s = System.nanoTime();
                    NaivePage listed = naivePage(list, q, currencies);
                    naive.add(millis(s));
                    s = System.nanoTime();
                    LimitScan.Result bare = limit.search(q.query());
                    floor.add(millis(s));
                    s = System.nanoTime();
                    LimitScan.Result bareAlone = limit.searchOneThread(q.query());
                    floor1.add(millis(s));

                    List<Long> expected = page.ids();
                    Map<String, List<Long>> engines = new LinkedHashMap<>();
                    engines.put("index, rows read", rows.stream().map(Creator::id).toList());
                    engines.put("index again", scanned.ids());
                    engines.put("index, one thread", scannedAlone.ids());
                    engines.put("naive list", listed.ids());
                    engines.put("limit scan", boxed(bare.ids()));
                    engines.put("limit scan, one thread", boxed(bareAlone.ids()));
                    Map<String, Integer> totals = new LinkedHashMap<>();
                    totals.put("index", page.total());
                    totals.put("index count", counted.total());
                    totals.put("naive list", listed.total());
                    totals.put("limit scan", bare.count());
                    totals.put("limit scan, one thread", bareAlone.count());
                    engines.forEach((engine, ids) -> {
                        if (!ids.equals(expected)) {
                            differing.add(q + ": " + engine + " gave " + head(ids) + ", the index " + head(expected));
                        }
                    });
                    if (totals.values().stream().distinct().count() != 1) {
                        differing.add(q + ": match counts differ " + totals);
                    }
                    emptyPages += expected.isEmpty() ? 1 : 0;
                }
            }
        }
        if (!differing.isEmpty()) {
            differing.forEach(d -> log("DIFFERENT PAGE " + d));
            throw new IllegalStateException(differing.size() + " of " + REPEATS * QuerySpec.KINDS
                    + " queries gave different pages in the engines; the first: " + differing.get(0));
        }
        identicalPages = true;
        notes.add("Every one of the " + REPEATS * QuerySpec.KINDS + " queries (" + QuerySpec.KINDS + " kinds × " + REPEATS
                + ": filters, free text, content type, unrated, declining, the page at offset 10,000) gave the same page, "
                + "ids and order, and the same match count in the index (one thread and " + threads + "), the naive list "
                + "and the floor scan (one thread and " + threads + "); " + emptyPages + " of them matched no creator.");
        results.put("find_first_page_ms", ours);
        results.put("find_scan_ms", scan);
        results.put("find_scan_1t_ms", scan1);
        results.put("find_count_ms", count);
        results.put("naive_filteredlist_ms", naive);
        results.put("limit_scan_ms", floor);
        results.put("similar_ms", SimilarProbe.similarMillis(index, 20_261_208L));
        results.put("limit_scan_1t_ms", floor1);
        ratios.put("find_vs_naive", naive.median() / ours.median());
        ratios.put("find_vs_limit", scan.median() / floor.median());
        ratios.put("find_vs_limit_1t", scan1.median() / floor1.median());
        limitThreads = threads;
        log("find: ours " + ours.median() + " ms (scan " + scan.median() + ", one thread " + scan1.median()
                + "), naive " + naive.median() + " ms, limit " + floor.median() + " ms (" + threads
                + " threads), " + floor1.median() + " ms (one thread); " + REPEATS * QuerySpec.KINDS
                + " queries, identical pages, " + emptyPages + " empty");
    }

    record NaivePage(List<Long> ids, int total) {
    }

    /// The naive engine: a FilteredList under a SortedList over every creator in memory, the
    /// query's page read from it.
    static NaivePage naivePage(ObservableList<Creator> list, QuerySpec q, List<String> currencies) {
        SortedList<Creator> sorted = new SortedList<>(new FilteredList<>(list, q.predicate()), q.comparator(currencies));
        int from = Math.min(q.query().offset(), sorted.size());
        int to = Math.min(sorted.size(), from + q.query().limit());
        return new NaivePage(sorted.subList(from, to).stream().map(Creator::id).toList(), sorted.size());
    }

    private static List<Long> boxed(long[] ids) {
        return java.util.Arrays.stream(ids).boxed().toList();
    }

    private static String head(List<Long> ids) {
        return ids.size() + " ids " + ids.subList(0, Math.min(5, ids.size())) + (ids.size() > 5 ? "…" : "");
    }

    /// The monthly recompute on every creator, beside the same rule arithmetic over figures already
    /// in memory (the floor: no database reads or writes).
    private void levels(Workspace ws) {
        YearMonth month = YearMonth.now();
        LevelProfile profile = LevelProfiles.builtIn(LevelProfiles.TIKTOK);
        // A first run for the month every time (the cached workspace keeps the last run's
        // projections, and a rerun with unchanged figures writes nothing).
        ws.jdbi().useHandle(h -> h.execute("DELETE FROM projected_level_block WHERE level_month = ?", month.toString()));
        long s = System.nanoTime();
        RecomputeService.Result result = new RecomputeService(ws, Clock.systemDefaultZone(),
                Messages.forLocale(Locale.ENGLISH)).recompute(month, profile, Progress.NONE);
        double recompute = seconds(s);
        Map<Long, Region> regions = new java.util.HashMap<>();
        ws.creators().forEach(c -> regions.put(c.id(), c.region()));
        List<MonthlyStats> figures = new ArrayList<>();
        ws.stats().forMonth(month.minusMonths(1), figures::add);
        ThresholdProfile thresholds = (ThresholdProfile) profile;
        s = System.nanoTime();
        long rated = 0;
        for (MonthlyStats f : figures) {
            rated += thresholds.evaluate(f, regions.get(f.creatorId())).rated() ? 1 : 0;
        }
        double floor = seconds(s);
        // The same first run when every creator's shown level changes too (none shown before):
        // the most the monthly run ever writes.
        ws.jdbi().useHandle(h -> {
            h.execute("DELETE FROM projected_level_block WHERE level_month = ?", month.toString());
            h.execute("DELETE FROM creator_level_shown");
        });
        s = System.nanoTime();
        RecomputeService.Result everything = new RecomputeService(ws, Clock.systemDefaultZone(),
                Messages.forLocale(Locale.ENGLISH)).recompute(month, profile, Progress.NONE);
        double allChanged = seconds(s);
        results.put("levels_recompute_s", Stat.of(recompute));
        results.put("levels_recompute_all_shown_s", Stat.of(allChanged));
        results.put("limit_levels_s", Stat.of(floor));
        ratios.put("levels_vs_limit", recompute / floor);
        log("levels: recompute " + recompute + " s (" + result.creators() + " creators, " + result.creatorsUpdated()
                + " shown levels changed), " + allChanged + " s writing all " + everything.creatorsUpdated()
                + " shown levels, arithmetic alone " + floor
                + " s for " + figures.size() + " figures (" + rated + " rated)");
    }

    static final int NEW_CREATORS = 200_000;

    /// The creators CSV imported three ways through the importer the import dialog runs
    /// (`Importer.run`, lenient): into an empty workspace, the same file again into the workspace
    /// it filled (every row an update of a creator already there), and 200,000 creators new to
    /// it; beside them parsing alone and the store alone (the floors), and the benchmark
    /// workspace's file size per million creators.
    private void importCreators(Path benchWorkspace) throws Exception {
        Path csv = creatorsCsv();
        Path fresh = newCreatorsCsv(csv);
        long s = System.nanoTime();
        long parsed = 0;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                parsed += record.size() > 0 ? 1 : 0;
            }
        }
        double parseRate = parsed / seconds(s);
        Path folder = root.resolve("ws-import");
        deleteTree(folder);
        double importRate;
        double reimportRate;
        double newRate;
        try (Workspace ws = Workspace.open(folder)) {
            Importer importer = new Importer(ws, Messages.forLocale(Locale.ENGLISH), Clock.systemDefaultZone());
            importRate = timedImport(importer, csv, "into an empty workspace", CREATORS);
            reimportRate = timedImport(importer, csv, "again into the workspace it filled", CREATORS);
            newRate = timedImport(importer, fresh, "new creators into the " + CREATORS + "-creator workspace",
                    Math.min(NEW_CREATORS, CREATORS));
        }
        deleteTree(folder);
        double storeRate = StoreFloor.rowsPerSecond(csv, folder);
        deleteTree(folder);
        results.put("import_rows_per_s", Stat.of(importRate));
        results.put("reimport_rows_per_s", Stat.of(reimportRate));
        results.put("import_new_into_1m_rows_per_s", Stat.of(newRate));
        results.put("limit_parse_rows_per_s", Stat.of(parseRate));
        results.put("limit_store_rows_per_s", Stat.of(storeRate));
        ratios.put("import_vs_limit", parseRate / importRate);
        ratios.put("import_vs_store", storeRate / importRate);
        ratios.put("reimport_vs_store", storeRate / reimportRate);
        log("import " + Math.round(importRate) + " rows/s, re-import " + Math.round(reimportRate) + " rows/s, new into "
                + CREATORS + " " + Math.round(newRate) + " rows/s; parse alone " + Math.round(parseRate)
                + " rows/s, the same rows stored without parsing or checks " + Math.round(storeRate) + " rows/s");
    }

    /// One import through the dialog's importer call; the rows it accepted per second. An import
    /// that commits nothing stops the benchmark; one that accepts fewer rows than the file holds
    /// is said in the notes.
    private double timedImport(Importer importer, Path csv, String what, int rows) {
        long s = System.nanoTime();
        ImportResult result = importer.run(ImportKind.CREATORS, csv, false, Progress.NONE);
        double elapsed = seconds(s);
        if (!result.committed()) {
            throw new IllegalStateException("The import " + what + " committed nothing (" + result.rejected().size()
                    + " rows rejected)");
        }
        if (result.accepted() != rows) {
            notes.add("The import " + what + " accepted " + result.accepted() + " of " + rows + " rows.");
        }
        log("imported " + result.accepted() + " of " + rows + " rows " + what + " in " + round(elapsed) + " s");
        return result.accepted() / elapsed;
    }

    /// The first 200,000 rows of the creators CSV under handles the workspace does not hold yet.
    private Path newCreatorsCsv(Path csv) throws Exception {
        Path fresh = root.resolve("creators-new-" + NEW_CREATORS + ".csv");
        if (!Files.exists(fresh)) {
            try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                 var out = Files.newBufferedWriter(fresh, StandardCharsets.UTF_8)) {
                out.write(in.readLine());
                out.write('\n');
                int n = 0;
                for (String line; n < NEW_CREATORS && (line = in.readLine()) != null; n++) {
                    if (!line.startsWith("creator")) {
                        throw new IllegalStateException("Unexpected row in " + csv + ": " + line);
                    }
                    out.write("newcomer" + line.substring("creator".length()));
                    out.write('\n');
                }
            }
        }
        return fresh;
    }

    /// The benchmark workspace's files (creators, 1.2 monthly statistics rows each, orders) per
    /// million creators.
    private void workspaceSize(Path folder) throws Exception {
        long bytes;
        try (var files = Files.walk(folder)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        results.put("workspace_mb_per_million", Stat.of(bytes / 1e6 * 1_000_000.0 / CREATORS));
        log("workspace " + Math.round(bytes / 1e6) + " MB for " + CREATORS + " creators");
    }

    private Path creatorsCsv() throws Exception {
        Path csv = root.resolve("creators-" + CREATORS + ".csv");
        if (!Files.exists(csv)) {
            CreatorImportBenchmark.generate(csv, CREATORS);
        }
        return csv;
    }

    /// Process start to Find Creators showing its first page answered by the index (the saved
    /// filters and default sort) on the big workspace, in a fresh process with fresh preferences,
    /// and the heap in use then, the index built; the stand-in page shown while the index builds
    /// is timed apart (`startup_standin_page_ms`). With the app image built
    /// (`-Pdist`), the image's own launcher is started, with its runtime, options and
    /// ahead-of-time cache, as a user starts it; otherwise java on the class path with the app's
    /// options.
    private void startup(Path folder) throws Exception {
        Path launcher = Path.of(System.getProperty("sw.bench.launcher", "none"));
        boolean image = Files.isExecutable(launcher);
        String java = ProcessHandle.current().info().command().orElse("java");
        Stat startup = new Stat();
        Stat standIn = new Stat();
        Stat heap = new Stat();
        for (int run = 0; run < 4; run++) {
            Path prefs = Files.createTempDirectory("sw-prefs");
            List<String> probe = List.of("-Dglass.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                    "-Djava.util.prefs.userRoot=" + prefs, "-Dsw.bench.exitOnFirstPage=true");
            ProcessBuilder builder;
            if (image) {
                builder = new ProcessBuilder(launcher.toString(), "--workspace", folder.toString());
                builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", probe));
            } else {
                List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
                command.addAll(appJvmOptions());
                command.addAll(probe);
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.sellerworkbench.Main",
                        "--workspace", folder.toString()));
                builder = new ProcessBuilder(command);
            }
            long s = System.nanoTime();
            Process child = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (var in = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
                for (String line; (line = in.readLine()) != null; ) {
                    // the first start warms the file cache and is not counted
                    if (line.startsWith("SW_STANDIN_PAGE") && run > 0) {
                        standIn.add(millis(s));
                    }
                    if (line.startsWith("SW_FIRST_PAGE") && run > 0) {
                        startup.add(millis(s));
                        heap.add(Double.parseDouble(line.replaceAll(".*heap_mb=", "")));
                    }
                }
            }
            if (!child.waitFor(2, TimeUnit.MINUTES)) {
                child.destroyForcibly();
            }
            deleteTree(prefs);
        }
        if (startup.size() == 0) {
            throw new IllegalStateException("The window never showed a page answered by the index");
        }
        results.put("startup_ms", startup);
        if (standIn.size() > 0) {
            results.put("startup_standin_page_ms", standIn);
        }
        results.put("heap_after_index_mb", heap);
        notes.add(image
                ? "`startup_ms` starts the app image's launcher (`-Pdist`): its runtime, options and ahead-of-time cache."
                : "`startup_ms` starts java on the class path with the app's options, without the app image's "
                        + "ahead-of-time cache (run with `-Pdist,bench` to measure the image).");
        log("startup " + startup.median() + " ms to the index's first page (stand-in page " + standIn.median()
                + " ms), heap " + heap.median() + " MB" + (image ? " (app image)" : " (class path)"));
    }

    private void stall(Path folder) throws Exception {
        Path csv = newCreatorsCsv(creatorsCsv());
        Path target = root.resolve("ws-stall");
        deleteTree(target);
        try (Workspace big = Workspace.open(folder); Workspace into = Workspace.open(target)) {
            FxStallProbe.Result result = FxStallProbe.measure(big, csv, into);
            results.put("fx_stall_max_ms", Stat.of(result.maxGapMs()));
            results.put("fx_gaps_over_16ms", Stat.of(result.gapsOver16()));
            results.put("fx_stall_per_second_ms", result.perSecondMax());
            results.put("fx_pulse_gap_ms", result.allGaps());
            log("fx stall over " + round(result.seconds()) + " s: longest gap " + round(result.maxGapMs()) + " ms, "
                    + result.gapsOver16() + " of " + result.gaps() + " gaps over 16 ms, per-second max median "
                    + round(result.perSecondMax().median()) + " ms");
        }
        deleteTree(target);
    }

    private void write(Path markdown) throws Exception {
        Map<String, Object> json = new LinkedHashMap<>();
        results.forEach((k, v) -> json.put(k, Map.of("median", round(v.median()), "p95", round(v.p95()))));
        Map<String, Object> ratioJson = new LinkedHashMap<>();
        ratios.forEach((k, v) -> ratioJson.put(k, round(v)));
        json.put("ratios", ratioJson);
        json.put("identical_pages", identicalPages);
        json.put("limit_scan_threads", limitThreads);
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("jdk", System.getProperty("java.vm.name") + " " + Runtime.version());
        machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
        machine.put("date", LocalDate.now().toString());
        machine.put("creators", CREATORS);
        json.put("machine", machine);
        String text = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json);
        Files.writeString(root.resolve("bench.json"), text);
        Files.writeString(markdown, BenchmarkReport.render(results, ratios, notes, machine, text));
        log("wrote " + root.resolve("bench.json") + " and " + markdown);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void log(String message) {
        System.out.println("[bench] " + message);
    }
}
