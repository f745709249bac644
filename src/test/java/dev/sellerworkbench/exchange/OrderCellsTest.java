package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Order;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The same affiliate orders (R-EX-4) as a Seller Center CSV, as an Excel-saved XLSX whose rates
/// are numeric percentage cells and whose times are date cells, and as the platform's JSON are
/// stored as the same rows: a cell is read by what its number format says, not by its raw number.
class OrderCellsTest {

    @TempDir
    Path dir;

    /// 01/10/2026 10:15 and 11:00 in London (BST) — the market zone of a GBP order.
    static final Instant FIRST = Instant.parse("2026-10-01T09:15:00Z");
    static final Instant SECOND = Instant.parse("2026-10-01T10:00:00Z");

    private List<String> stored(String name, Path file) {
        try (Fixture fx = new Fixture(dir.resolve(name))) {
            ImportResult result = fx.run(ImportKind.ORDERS, file);
            assertEquals(List.of(), result.rejected(), name);
            return fx.workspace.orders().all().stream()
                    .sorted(Comparator.comparing(Order::orderId))
                    .map(o -> new Order(0, o.orderId(), o.skuId(), o.productId(), o.creatorHandle(), o.region(),
                            o.quantity(), o.amount(), o.rate(), o.estimatedCommission(), o.actualCommission(),
                            o.status(), o.createdAt(), o.deliveredAt(), o.refunded(), o.refundedAt(),
                            o.commissionPaidAt(), o.contentType(), null, null, o.commission()).toString())
                    .toList();
        }
    }

    private Path csv() throws Exception {
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, Fixture.crlf(
                "Order ID,Order Status,Time Created,Quantity,Payment Amount,Currency,Product ID,SKU ID,"
                        + "Creator Username,Content Type,Standard commission rate,Est. standard commission payment",
                "9101,COMPLETED,01/10/2026 10:15:00,1,39.98,GBP,p1,s1,emma,VIDEO,10%,4.00",
                "9102,COMPLETED,01/10/2026 11:00:00,2,31.98,GBP,p1,s1,emma,VIDEO,12.5%,4.00"));
        return file;
    }

    private Path xlsx() throws Exception {
        Path file = dir.resolve("orders.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Orders");
            String[] header = {"Order ID", "Order Status", "Time Created", "Quantity", "Payment Amount", "Currency",
                    "Product ID", "SKU ID", "Creator Username", "Content Type", "Standard commission rate",
                    "Est. standard commission payment"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            Object[][] rows = {
                    {"9101", LocalDateTime.of(2026, 10, 1, 10, 15), 1, 39.98, 0.1, 4},
                    {"9102", LocalDateTime.of(2026, 10, 1, 11, 0), 2, 31.98, 0.125, 4.0}};
            for (int r = 0; r < rows.length; r++) {
                int row = r + 1;
                ws.value(row, 0, (String) rows[r][0]);
                ws.value(row, 1, "COMPLETED");
                ws.value(row, 2, (LocalDateTime) rows[r][1]);
                ws.style(row, 2).format("dd/mm/yyyy hh:mm:ss").set();
                ws.value(row, 3, (Number) rows[r][2]);
                ws.value(row, 4, (Number) rows[r][3]);
                ws.value(row, 5, "GBP");
                ws.value(row, 6, "p1");
                ws.value(row, 7, "s1");
                ws.value(row, 8, "emma");
                ws.value(row, 9, "VIDEO");
                ws.value(row, 10, (Number) rows[r][4]);
                ws.style(row, 10).format(r == 0 ? "0%" : "0.0%").set();
                ws.value(row, 11, (Number) rows[r][5]);
            }
            wb.finish();
        }
        return file;
    }

    private Path json() throws Exception {
        Path file = dir.resolve("orders.json");
        String sku = """
                {"sku_id": "s1", "product_id": "p1", "quantity": %d, "creator_username": "emma",
                 "content_type": "VIDEO", "commission_rate": %d, "refunded_quantity": 0,
                 "estimated_commission_base": {"amount": "%s", "currency": "GBP"},
                 "estimated_paid_commission": {"amount": "4.00", "currency": "GBP"}}""";
        Files.writeString(file, """
                {"code": 0, "data": {"orders": [
                  {"id": "9101", "status": "COMPLETED", "create_time": %d, "skus": [%s]},
                  {"id": "9102", "status": "COMPLETED", "create_time": %d, "skus": [%s]}]}}
                """.formatted(FIRST.getEpochSecond(), sku.formatted(1, 1000, "39.98"),
                SECOND.getEpochSecond(), sku.formatted(2, 1250, "31.98")));
        return file;
    }

    @Test
    void sameOrdersFromCsvXlsxAndJsonAreStoredAlike() throws Exception {
        List<String> fromCsv = stored("csv", csv());
        List<String> fromXlsx = stored("xlsx", xlsx());
        List<String> fromJson = stored("json", json());

        assertEquals(fromCsv, fromXlsx, "XLSX percentage and date cells read by their format");
        assertEquals(fromCsv, fromJson);
    }

    @Test
    void percentageCellIsAFractionAndTwelveAndAHalfPercentIsKept() throws Exception {
        try (Fixture fx = new Fixture(dir.resolve("ws"))) {
            assertEquals(List.of(), fx.run(ImportKind.ORDERS, xlsx()).rejected());
            Order ten = fx.workspace.orders().all().stream().filter(o -> o.orderId().equals("9101")).findFirst()
                    .orElseThrow();
            Order twelveAndHalf = fx.workspace.orders().all().stream().filter(o -> o.orderId().equals("9102"))
                    .findFirst().orElseThrow();
            assertEquals(1000, ten.rate().basisPoints(), "0.1 formatted 0% is 10%");
            assertEquals(1250, twelveAndHalf.rate().basisPoints(), "0.125 formatted 0.0% is 12.5% (R-ST-1)");
            assertEquals(Money.of(new BigDecimal("4.00"), "GBP"), ten.rate().applyTo(ten.amount()),
                    "39.98 GBP × 10% = 4.00 GBP, not 0.04");
            assertEquals(Money.of(new BigDecimal("4.00"), "GBP"), twelveAndHalf.rate().applyTo(twelveAndHalf.amount()));
            assertEquals(FIRST, ten.createdAt(), "date cell read in the GBP market's zone");
        }
    }

    @Test
    void storedNumberTextIsReadWithoutBinaryNoise() {
        assertEquals(NumberFormats.Kind.PERCENT, NumberFormats.kind(null, "0.00%"));
        assertEquals(NumberFormats.Kind.PERCENT, NumberFormats.kind(9, null));
        assertEquals(NumberFormats.Kind.DATE, NumberFormats.kind(null, "[$-409]d/m/yyyy h:mm;@"));
        assertEquals(NumberFormats.Kind.DATE, NumberFormats.kind(22, null));
        assertEquals(NumberFormats.Kind.NUMBER, NumberFormats.kind(null, "#,##0.00\"đ\""));
        assertEquals(NumberFormats.Kind.NUMBER, NumberFormats.kind(null, "[Red]0.00"));
        assertEquals(NumberFormats.Kind.NUMBER, NumberFormats.kind(0, "General"));
    }
}
