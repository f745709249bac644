package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Rate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Exports are UTF-8 with a BOM and formula-safe (R-EX-6).
class ExportTest {

    @TempDir
    Path dir;
    Fixture fx;

    @BeforeEach
    void open() throws Exception {
        fx = new Fixture(dir);
        fx.run(ImportKind.CREATORS, fx.file("creators.csv", Fixture.lf("handle,name,region,followers",
                "linh.beauty,=HYPERLINK(\"http://evil\"),VN,10", "thao.mebe,Phạm Thu Thảo,VN,20")));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void safeCsvWriterStartsWithBomAndNeutralisesFormulaCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SafeCsvWriter csv = new SafeCsvWriter(out)) {
            csv.row("name", "note", "amount");
            csv.row("=1+1", "+cmd", -5);
            csv.row("-2+3", "@SUM(A1)", "plain, with comma");
        }
        byte[] bytes = out.toByteArray();

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("name,note,amount\r\n'=1+1,'+cmd,-5\r\n'-2+3,'@SUM(A1),\"plain, with comma\"\r\n", text);
    }

    @Test
    void creatorsCsvExportNeutralisesAnEqualsCellAndKeepsDiacritics() throws Exception {
        List<Creator> creators = fx.workspace.creators().page(0, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = new Exporter(fx.workspace).creators(creators, ExportFormat.CSV, out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(2, rows);
        assertTrue(text.startsWith("\uFEFFhandle,name,region,"));
        assertTrue(text.contains("linh.beauty,\"'=HYPERLINK(\"\"http://evil\"\")\",VN,10"), text);
        assertTrue(text.contains("Phạm Thu Thảo"));
    }

    @Test
    void creatorsXlsxExportNeutralisesAnEqualsCell() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(fx.workspace).creators(fx.workspace.creators().page(0, 10), ExportFormat.XLSX, out);

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("handle", rows.get(0).getCellText(0));
            assertEquals("'=HYPERLINK(\"http://evil\")", rows.get(1).getCellText(1));
            assertEquals("Phạm Thu Thảo", rows.get(2).getCellText(1));
        }
    }

    @Test
    void plansExportHasOneRowPerProduct() throws Exception {
        fx.run(ImportKind.PRODUCTS, fx.file("p.csv", Fixture.lf("id,title,category,price,currency,status",
                "p1,Serum,Beauty,289000,VND,Live", "p2,-Kem,Beauty,199000,VND,Revoked")));
        long open = fx.workspace.plans().create(new Plan(0, PlanType.OPEN, "Tết 2027", null, null, PlanStatus.DRAFT,
                true, null, null, null, null, null, 0));
        fx.workspace.plans().create(new Plan(0, PlanType.SHOP, "Shop plan", null, null, PlanStatus.PUBLISHED,
                false, Rate.ofBasisPoints(500), null, null, null, null, 0));
        fx.workspace.plans().saveItems(open, List.of(
                new PlanItem(open, "p1", Rate.ofBasisPoints(1250), "Dưỡng ẩm sâu", null, null),
                new PlanItem(open, "p2", Rate.ofBasisPoints(1000), "=cmd", null, null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = new Exporter(fx.workspace).plans(ExportFormat.CSV, out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(3, rows);
        assertTrue(text.contains(",Open,Tết 2027,Draft,true,,,p1,Serum,Live,12.5,Dưỡng ẩm sâu,"), text);
        assertTrue(text.contains(",p2,'-Kem,Revoked,10,'=cmd,"), text);
        assertTrue(text.contains(",Shop,Shop plan,Published,false,,5,,,,,,,"), text);
    }
}
