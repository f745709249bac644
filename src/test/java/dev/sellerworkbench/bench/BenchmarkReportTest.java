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
        results.put("startup_ms", Stat.of(2_000, 2_100));

        String md = render(results, Map.of());

        assertTrue(md.contains("| `import_rows_per_s` | 25,000 | 26,000 | ≥ 100,000 rows/s | **no** |"), md);
        assertTrue(md.contains("| `startup_ms` | 2,000 | 2,100 | ≤ 3,000 ms | yes |"), md);
        assertTrue(md.contains("- `import_rows_per_s` misses 100,000 rows/s by 4.00×. "
                + BenchmarkReport.CAUSES.get("import_rows_per_s")), md);
        assertFalse(md.contains("- `startup_ms` misses"), md);
    }

    @Test
    void targetNotMeasuredIsSaidSoAndRatioBelowTenIsExplained() {
        String md = render(new LinkedHashMap<>(), Map.of("find_vs_naive", 7.0));

        assertTrue(md.contains("- `fx_stall_max_ms` (longest FX-thread pause under load): not measured by this run yet."), md);
        assertTrue(md.contains("| `find_vs_naive` | 7.00 | ≥ 10 (naive ÷ ours) |"), md);
        assertTrue(md.contains("- `find_vs_naive` is below 10: " + BenchmarkReport.CAUSES.get("find_vs_naive")), md);
    }

    @Test
    void endsWithTheRunsJsonVerbatim() {
        String md = render(new LinkedHashMap<>(), Map.of());

        assertTrue(md.endsWith("## bench.json\n\n```json\n{\"x\" : 1}\n```\n"), md);
        assertTrue(md.contains("- A note.\n"), md);
        assertEquals(1, md.split("```json", -1).length - 1);
    }
}
