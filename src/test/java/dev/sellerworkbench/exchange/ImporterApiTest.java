package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.progress.Progress;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// What the window relies on: guessing a dropped file's kind, reasons in the user's language,
/// saving rejected rows, and the shipped samples importing cleanly.
class ImporterApiTest {

    @TempDir
    Path dir;
    Fixture fx;

    @BeforeEach
    void open() {
        fx = new Fixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static Path sample(String name) {
        return Path.of("assets/samples", name);
    }

    @Test
    void guessesTheKindOfEachSampleFromItsContent() {
        assertEquals(Optional.of(ImportKind.CREATORS), fx.importer.guessKind(sample("creators.csv")));
        assertEquals(Optional.of(ImportKind.CREATORS), fx.importer.guessKind(sample("creators-platform.json")));
        assertEquals(Optional.of(ImportKind.PRODUCTS), fx.importer.guessKind(sample("products.csv")));
        assertEquals(Optional.of(ImportKind.APPLICATIONS), fx.importer.guessKind(sample("applications.csv")));
        assertEquals(Optional.of(ImportKind.STATS), fx.importer.guessKind(sample("stats.csv")));
        assertEquals(Optional.of(ImportKind.ORDERS), fx.importer.guessKind(sample("orders-seller-center.csv")));
        assertEquals(Optional.of(ImportKind.ORDERS), fx.importer.guessKind(sample("orders-seller-center-vi.csv")));
        assertEquals(Optional.of(ImportKind.ORDERS), fx.importer.guessKind(sample("orders-platform.json")));
    }

    @Test
    void samplesImportWithoutRejections() {
        for (String name : List.of("creators.csv", "creators-platform.json", "products.csv", "stats.csv",
                "orders-seller-center.csv", "orders-seller-center-vi.csv", "orders-platform.json")) {
            ImportKind kind = fx.importer.guessKind(sample(name)).orElseThrow();
            ImportResult result = fx.importer.run(kind, sample(name), true, Progress.NONE);
            assertEquals(List.of(), result.rejected(), name);
            assertTrue(result.committed(), name);
        }
        assertEquals(12, fx.workspace.creators().count());
    }

    @Test
    void reasonsAreInTheUsersLanguage() throws Exception {
        Importer vietnamese = new Importer(fx.workspace, Messages.forLocale(Locale.forLanguageTag("vi")), Fixture.CLOCK);
        ImportResult result = vietnamese.run(ImportKind.CREATORS,
                fx.file("c.csv", Fixture.lf("handle,region,followers", "a,VN,nhiều")), false, Progress.NONE);

        assertEquals("\"nhiều\" không phải số nguyên", result.rejected().get(0).reason());
    }

    @Test
    void rejectedRowsCanBeSavedAsCsv() throws Exception {
        ImportResult result = fx.run(ImportKind.CREATORS, fx.file("c.csv",
                Fixture.lf("handle,region,followers", "a,VN,1", "b,VN,=1+1")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Exporter.rejectedRows(result, Messages.forLocale(Locale.ENGLISH), ExportFormat.CSV, out);

        assertEquals("\uFEFFLine,Column,Reason\r\n3,followers,\"\"\"=1+1\"\" is not a whole number\"\r\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyLanguageHasTheSameExchangeKeys() throws Exception {
        Set<String> english = keys("exchange.properties");
        for (String lang : List.of("vi", "id", "zh_CN", "zh_TW")) {
            assertEquals(english, keys("exchange_" + lang + ".properties"), lang);
        }
    }

    private static Set<String> keys(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ImporterApiTest.class.getResourceAsStream("/dev/sellerworkbench/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}
