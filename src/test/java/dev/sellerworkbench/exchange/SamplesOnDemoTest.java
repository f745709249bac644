package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.demo.DemoGenerator;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The shipped samples on the demo workspace, as docs/formats.md says: the demo's creators are
/// generated, so monthly statistics for the sample shop's creators are rejected naming each
/// creator until assets/samples/creators.csv is imported; after it every sample row is accepted.
class SamplesOnDemoTest {

    @TempDir
    Path dir;

    static Path sample(String name) {
        return Path.of("assets/samples", name);
    }

    @Test
    void statisticsNameTheMissingCreatorsThenImportOnceTheSampleCreatorsAreIn() {
        try (Workspace demo = Workspace.open(dir.resolve("demo"))) {
            new DemoGenerator(demo, Fixture.CLOCK, Progress.NONE).generate(60);
            Importer importer = new Importer(demo, Messages.forLocale(Locale.ENGLISH), Fixture.CLOCK);

            ImportResult before = importer.run(ImportKind.STATS, sample("stats.csv"), false, Progress.NONE);
            List<String> handles = List.of("linh.beauty", "minhreview", "siti.skincare", "emma.loves.makeup");
            assertEquals(handles.size(), before.rejected().size(), before.rejected().toString());
            for (int i = 0; i < handles.size(); i++) {
                RejectedRow row = before.rejected().get(i);
                assertEquals(i + 2, row.line());
                assertTrue(row.reason().contains(handles.get(i)), row.reason());
            }

            for (String[] file : new String[][] {{"CREATORS", "creators.csv"}, {"PRODUCTS", "products.csv"},
                    {"STATS", "stats.csv"}, {"ORDERS", "orders-seller-center.csv"},
                    {"ORDERS", "orders-seller-center-vi.csv"}, {"ORDERS", "orders-platform.json"}}) {
                ImportResult result = importer.run(ImportKind.valueOf(file[0]), sample(file[1]), true, Progress.NONE);
                assertEquals(List.of(), result.rejected(), file[1]);
                assertTrue(result.committed(), file[1]);
            }
        }
    }
}
