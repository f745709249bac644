package dev.sellerworkbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// BENCHMARKS.md says which targets a run met, by how much the others were missed and what
/// bounds them, and ends with the run's bench.json verbatim (issue: benchmarks, deliverable 3).
class BenchmarkReportTest {

    static String render(Map<String, Stat> results, Map<String, Double> ratios) {
        return BenchmarkReport.render(results, ratios, List.of("A note."),
                Map.of("date", "2026-11-23", "cores", 2, "jdk", "25", "creators", 1000), "{\"x\" : 1}");
    }

    @Test
    void missedTargetSaysByHowMuchAndWhatBoundsIt() {
        Map<String, Stat> results = new LinkedHashMap<>();
        results.put("import_rows_per_s", Stat.of(25_000, 24_000, 26_000));
        results.put("startup_ms", Stat.of(1_200, 1_300));

        String md = render(results, Map.of());

        assertTrue(md.contains("| `import_rows_per_s` | 25,000 | 26,000 | ≥ 100,000 rows/s | **no** | "
                + BenchmarkReport.DEFINITIONS.get("import_rows_per_s") + " |"), md);
        assertTrue(md.contains("| `startup_ms` | 1,200 | 1,300 | ≤ 1,500 ms | yes | "), md);
        assertTrue(md.contains("- `import_rows_per_s` misses 100,000 rows/s by 4.00×. "
                + BenchmarkReport.CAUSES.get("import_rows_per_s")), md);
        assertFalse(md.contains("- `startup_ms` misses"), md);
    }

    @Test
    void targetNotMeasuredIsSaidSoAndRatioBelowTenIsExplained() {
        String md = render(new LinkedHashMap<>(), Map.of("find_vs_naive", 7.0));

        assertTrue(md.contains("- `fx_stall_max_ms` (longest FX-thread pause under load): not measured by this run yet."), md);
        assertTrue(md.contains("| `find_vs_naive` | 7.00 | ≥ 10 | " + BenchmarkReport.DEFINITIONS.get("find_vs_naive") + " |"), md);
        assertTrue(md.contains("- `find_vs_naive` is below 10: " + BenchmarkReport.CAUSES.get("find_vs_naive")), md);
    }

    @Test
    void everyFigureTheBenchmarkReportsIsDefinedAndEveryTargetHasACause() {
        for (String key : java.util.List.of("index_build_s", "find_first_page_ms", "find_scan_ms", "find_scan_1t_ms",
                "find_count_ms", "similar_ms", "naive_filteredlist_ms", "limit_scan_ms", "limit_scan_1t_ms", "levels_recompute_s",
                "levels_recompute_all_shown_s", "limit_levels_s", "import_rows_per_s", "reimport_rows_per_s",
                "import_new_into_1m_rows_per_s", "limit_parse_rows_per_s", "limit_store_rows_per_s",
                "workspace_mb_per_million", "startup_ms", "startup_standin_page_ms", "heap_after_index_mb",
                "fx_stall_max_ms", "fx_gaps_over_16ms", "fx_stall_per_second_ms", "fx_pulse_gap_ms", "find_vs_naive",
                "find_vs_limit", "find_vs_limit_1t", "import_vs_store", "reimport_vs_store")) {
            assertTrue(BenchmarkReport.DEFINITIONS.containsKey(key), key);
        }
        for (BenchmarkReport.Target target : BenchmarkReport.TARGETS) {
            assertTrue(BenchmarkReport.CAUSES.containsKey(target.key()) || target.key().equals("find_count_ms"), target.key());
        }
    }

    @Test
    void endsWithTheRunsJsonVerbatim() {
        String md = render(new LinkedHashMap<>(), Map.of());

        assertTrue(md.endsWith("## bench.json\n\n```json\n{\"x\" : 1}\n```\n"), md);
        assertTrue(md.contains("- A note.\n"), md);
        assertEquals(1, md.split("```json", -1).length - 1);
    }
}
