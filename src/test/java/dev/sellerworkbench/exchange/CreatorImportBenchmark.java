package dev.sellerworkbench.exchange;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.Workspace;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Random;

/// Imports a generated creators CSV of `rows` rows (default 1,000,000) into a fresh workspace and
/// prints rows per second and the peak heap. Not a unit test: run it with a small heap to show
/// the import streams, e.g.
/// `java -Xmx256m -cp target/test-classes:target/classes:<deps> dev.sellerworkbench.exchange.CreatorImportBenchmark 1000000`.
/// The file and workspace live in a temporary folder that is deleted afterwards.
public final class CreatorImportBenchmark {

    private CreatorImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        Path dir = Files.createTempDirectory("sw-bench");
        try {
            Path file = dir.resolve("creators.csv");
            long t0 = System.nanoTime();
            generate(file, rows);
            long t1 = System.nanoTime();
            System.out.printf("generated %,d rows (%,d MB) in %.1f s%n", rows, Files.size(file) >> 20, (t1 - t0) / 1e9);
            PeakHeap peak = new PeakHeap();
            try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
                Importer importer = new Importer(ws, Messages.forLocale(Locale.ENGLISH), Clock.systemUTC());
                long start = System.nanoTime();
                ImportResult result = importer.run(ImportKind.CREATORS, file, false, peak);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("imported %,d rows (%,d rejected, committed=%s) in %.1f s: %,.0f rows/s; peak heap %,d MB"
                                + " of max %,d MB; workspace holds %,d creators%n", result.accepted(),
                        result.rejectedTotal(), result.committed(), seconds, result.accepted() / seconds,
                        peak.peak >> 20, Runtime.getRuntime().maxMemory() >> 20, ws.creators().count());
            }
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /// Samples used heap at each progress report.
    private static final class PeakHeap implements Progress {
        long peak;

        @Override
        public synchronized void update(long done, long total, String message) {
            Runtime rt = Runtime.getRuntime();
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }

    public static void generate(Path file, int rows) throws IOException {
        String[] regions = {"VN", "ID", "GB", "TH", "MY", "PH"};
        String[] currencies = {"VND", "IDR", "GBP", "THB", "MYR", "PHP"};
        String[] names = {"Nguyễn Thùy Linh", "Siti Putri", "Emma Clarke", "Ploy Srisuk", "Farah Abdullah", "Angel Santos"};
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", CreatorRows.FIELDS));
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                int r = i % regions.length;
                int female = 30 + random.nextInt(65);
                int a = 20 + random.nextInt(40);
                int b = random.nextInt(100 - a);
                int c = random.nextInt(100 - a - b + 1);
                int d = random.nextInt(100 - a - b - c + 1);
                int e = 100 - a - b - c - d;
                out.write("creator" + i + "," + names[r] + " " + i + "," + regions[r] + "," + random.nextInt(2_000_000)
                        + "," + random.nextInt(2000) + "," + random.nextInt(300_000) + "," + random.nextInt(15) + "."
                        + random.nextInt(10) + "," + random.nextInt(500_000_000) + "," + currencies[r] + ","
                        + random.nextInt(20_000) + "," + random.nextInt(90) + ",Beauty|Home,live|video,+84 9"
                        + (10_000_000 + random.nextInt(89_999_999)) + ",," + female + "," + (99 - female) + ",1," + a
                        + "," + b + "," + c + "," + d + "," + e + "," + random.nextInt(9) + "\n");
            }
        }
    }
}
