package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.ProductStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Products CSV (R-EX-2).
class ProductImportTest {

    static final String HEADER = "id,title,category,price,currency,status";

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

    private static String[] rows() {
        return new String[] {HEADER,
                "p1,Serum dưỡng ẩm 30ml,Beauty,289.000,VND,Live",            // 2 good ("289.000" is 289,000 dong)
                "p2,,Beauty,100,VND,Live",                                    // 3 missing title
                "p3,Toner,Beauty,cheap,GBP,Live",                             // 4 wrong type
                "p4,Toner,Beauty,-5,GBP,Live",                                // 5 negative price
                "p5,Hijab,Fashion,89000,IDR,Archived",                        // 6 unknown status
                "p1,Again,Beauty,1,VND,Live",                                 // 7 duplicated key
                "p6,\"Broken\"quote,Beauty,1,VND,Live",                       // 8 broken quoting
                "p7,\"" + "t".repeat(10 * 1024 * 1024) + "\",Beauty,1,VND,Live", // 9 a 10 MB field
                "p8,Toner 150ml,Beauty,12.99,GBP,Revoked",                    // 10 good
                "p9,Kem,Beauty,1,DONG,Live"};                                  // 11 unknown currency
    }

    @Test
    void acceptsGoodRowsAndRejectsEachBadRowByLine() throws Exception {
        ImportResult result = fx.run(ImportKind.PRODUCTS, fx.file("products.csv", Fixture.lf(rows())));

        assertEquals("products-csv", result.format());
        assertEquals(2, result.accepted());
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L, 11L), Fixture.lines(result));
        assertEquals(java.util.Arrays.asList("title", "price", "price", "status", "id", null, "title", "currency"),
                Fixture.fields(result));
        Product serum = fx.workspace.products().findById("p1").orElseThrow();
        assertEquals(0, new BigDecimal("289000").compareTo(serum.price().amount()));
        assertEquals(ProductStatus.REVOKED, fx.workspace.products().findById("p8").orElseThrow().status());
    }

    @Test
    void readsBomCrlfAndSemicolonFilesAlike() throws Exception {
        String semi = "\uFEFF" + Fixture.crlf(HEADER.replace(',', ';'), "p1;Serum;Beauty;289000;VND;Live",
                "p2;Toner;Beauty;12,99;GBP;Live", "p3;Bad;Beauty;x;GBP;Live");
        ImportResult result = fx.run(ImportKind.PRODUCTS, fx.file("semi.csv", semi));

        assertEquals(2, result.accepted());
        assertEquals(List.of(4L), Fixture.lines(result));
        assertEquals(0, new BigDecimal("12.99").compareTo(fx.workspace.products().findById("p2").orElseThrow()
                .price().amount()));
    }

    @Test
    void latin1FileIsRejectedWhole() throws Exception {
        byte[] bytes = Fixture.lf(HEADER, "p1,Crème,Beauty,1,GBP,Live").getBytes(StandardCharsets.ISO_8859_1);
        ImportResult result = fx.run(ImportKind.PRODUCTS, fx.bytes("latin1.csv", bytes));

        assertFalse(result.committed());
        assertEquals(List.of(2L), Fixture.lines(result));
        assertEquals(0, fx.workspace.products().count());
    }

    @Test
    void jsonGivenAsProductsIsRejectedAsTheWrongFormat() throws Exception {
        ImportResult result = fx.run(ImportKind.PRODUCTS, fx.file("products.csv", "{\"products\": []}"));

        assertFalse(result.committed());
        assertTrue(result.rejected().get(0).reason().contains("products.csv is JSON"));
    }

    @Test
    void reimportReplacesByIdWithoutDuplicates() throws Exception {
        Path file = fx.file("products.csv", Fixture.lf(rows()));
        ImportResult first = fx.run(ImportKind.PRODUCTS, file);
        ImportResult second = fx.run(ImportKind.PRODUCTS, file);

        assertEquals(first.accepted(), second.accepted());
        assertEquals(Fixture.lines(first), Fixture.lines(second));
        assertEquals(2, fx.workspace.products().count());
    }
}
