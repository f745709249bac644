package dev.sellerworkbench.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/// Renders BENCHMARKS.md: each figure with its target and whether it was met, the notes on what
/// bounds a missed target, and the run's bench.json verbatim so scripts can read it.
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    record Target(String key, String description, String unit, double limit, boolean atMost) {
    }

    static final List<Target> TARGETS = List.of(
            new Target("find_first_page_ms", "Find Creators, first page of 50 (median)", "ms", 100, true),
            new Target("find_count_ms", "match count (median)", "ms", 100, true),
            new Target("levels_recompute_s", "level recompute, all creators", "s", 10, true),
            new Target("levels_recompute_all_shown_s", "level recompute, every shown level rewritten", "s", 10, true),
            new Target("import_rows_per_s", "creators CSV import", "rows/s", 100_000, false),
            new Target("startup_ms", "start to first page on 1M creators", "ms", 3_000, true),
            new Target("fx_stall_max_ms", "longest FX-thread pause under load", "ms", 50, true));

    /// What profiles and query plans showed behind each missed target.
    static final Map<String, String> CAUSES = Map.of(
            "import_rows_per_s", "The same rows written by the import's own repository calls, with no parsing, "
                    + "checks or key lookups, run at `limit_store_rows_per_s` (`import_vs_store`), and parsing alone at "
                    + "`limit_parse_rows_per_s`: the store is the bound. A JFR allocation profile of 200,000 rows puts "
                    + "most of the ~41 KB allocated per row in H2's copy-on-write B-tree pages (a row writes three "
                    + "tables and five indexes in one transaction); a page cache sixteen times larger changed "
                    + "nothing. What the import adds to the store (parsing, checks, the key set) is small beside it. "
                    + "The collector moves it between runs: run alone in a fresh JVM, under the app's Shenandoah "
                    + "(`fx_stall_max_ms`), the import went as low as 16,000 rows/s while the collector's "
                    + "concurrent cycles took one of the two cores.",
            "levels_recompute_s", "The rule arithmetic over the same figures in memory takes `limit_levels_s`. "
                    + "Projected levels are written a block of 1,024 creators per row, shown levels live in a narrow "
                    + "table of their own and are written in creator order, and a month's figures are read through "
                    + "a covering index. A profile splits the rest between reading the figures, the final commit "
                    + "(H2 serialising the pages written) and the judging itself.",
            "levels_recompute_all_shown_s", "Every creator's shown level is inserted: a million narrow rows in "
                    + "creator order, on top of `levels_recompute_s`. A JFR profile puts that time in H2's work per "
                    + "inserted row (a transaction map and a B-tree page replaced for each); inserting the same rows "
                    + "with one statement per 10,000 from arrays (UNNEST) was only about 10% faster in a probe.",
            "startup_ms", "A timeline of one start (JFR): about 2 s before the window exists (JVM, JavaFX toolkit, "
                    + "class loading), opening the workspace (H2 alone about 0.4 s of it; Flyway is skipped when the "
                    + "schema is current), loading the main window's FXML, then the first CSS pass and layout on the "
                    + "FX thread while the first page (about 0.15 s of SQL) is read. The app image starts with an "
                    + "ahead-of-time cache of the classes a start needs (installer/aot-cache.sh), which takes about "
                    + "1.4 s off; measured on the class path (without `-Pdist`) the start goes without it.",
            "fx_stall_max_ms", "The long gaps are collector pauses: under G1, young collections while the import's "
                    + "transaction and the recompute were live took 40–230 ms each (a GC log lines them up with the "
                    + "gaps), and a 10 ms pause goal still left 200 ms. The app runs Shenandoah, whose pauses stay "
                    + "under a millisecond; what remains is the FX thread's own work and the two cores it shares.",
            "find_vs_naive", "the naive FilteredList over a million objects already in memory is only about eight "
                    + "times slower than the bare array scan (`limit_scan_ms`), the floor for one thread; our index "
                    + "stays near that floor (`find_vs_limit`) with two threads and also reads the page's 50 rows "
                    + "from H2 by id (1–3 ms of the median in a probe). The page comes with its match count, which "
                    + "needs every row, so a precomputed order would not shorten the scan: ten times the naive "
                    + "list would need a count without a scan.");

    static String render(Map<String, Stat> results, Map<String, Double> ratios, List<String> notes,
                         Map<String, Object> machine, String json) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Measured by `mvn -B -Pdist,bench verify` on ").append(machine.get("date")).append(", ")
                .append(machine.get("cores")).append(" cores, ").append(machine.get("jdk")).append(", over ")
                .append(machine.get("creators")).append(" creators. The machines are shared and noisy: the ratios,\n")
                .append("measured side by side in one run, are what to compare between runs.\n\n");
        md.append("| measurement | median | p95 | target | met |\n|---|---|---|---|---|\n");
        for (Map.Entry<String, Stat> e : results.entrySet()) {
            Target target = TARGETS.stream().filter(t -> t.key().equals(e.getKey())).findFirst().orElse(null);
            String met = "";
            String goal = "";
            if (target != null) {
                double median = e.getValue().median();
                boolean ok = target.atMost() ? median <= target.limit() : median >= target.limit();
                met = ok ? "yes" : "**no**";
                goal = (target.atMost() ? "≤ " : "≥ ") + format(target.limit()) + " " + target.unit();
            }
            md.append("| `").append(e.getKey()).append("` | ").append(format(e.getValue().median())).append(" | ")
                    .append(format(e.getValue().p95())).append(" | ").append(goal).append(" | ").append(met).append(" |\n");
        }
        md.append("\n| ratio | value | target |\n|---|---|---|\n");
        ratios.forEach((k, v) -> md.append("| `").append(k).append("` | ").append(format(v)).append(" | ")
                .append(switch (k) {
                    case "find_vs_naive" -> "≥ 10 (naive ÷ ours)";
                    case "find_vs_limit" -> "≤ 5 (ours ÷ limit)";
                    default -> "";
                }).append(" |\n"));
        md.append("\n## Missed targets and what bounds them\n\n");
        for (Target target : TARGETS) {
            Stat stat = results.get(target.key());
            if (stat == null) {
                md.append("- `").append(target.key()).append("` (").append(target.description())
                        .append("): not measured by this run yet.\n");
                continue;
            }
            double median = stat.median();
            boolean ok = target.atMost() ? median <= target.limit() : median >= target.limit();
            if (!ok) {
                double factor = target.atMost() ? median / target.limit() : target.limit() / median;
                md.append("- `").append(target.key()).append("` misses ").append(format(target.limit())).append(' ')
                        .append(target.unit()).append(" by ").append(String.format(Locale.ROOT, "%.2f×", factor)).append(". ")
                        .append(CAUSES.getOrDefault(target.key(), "")).append('\n');
            }
        }
        if (ratios.containsKey("find_vs_naive") && ratios.get("find_vs_naive") < 10) {
            md.append("- `find_vs_naive` is below 10: ").append(CAUSES.get("find_vs_naive")).append('\n');
        }
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        md.append("\n## bench.json\n\n```json\n").append(json).append("\n```\n");
        return md.toString();
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
