package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Order;
import dev.sellerworkbench.domain.Region;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Affiliate orders (R-EX-4): Seller Center CSV/XLSX in English or Vietnamese, and the orders
/// search JSON; region from the file or the currency (R-ST-2).
class OrderImportTest {

    static final String EN_HEADER = "Order ID,Order Status,Time Created,Order Delivery Time,Quantity,Payment Amount,"
            + "Currency,Product ID,SKU ID,Creator Username,Content Type,Standard commission rate,"
            + "Est. standard commission payment,Fully returned or refunded";

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

    private Order order(String orderId) {
        return fx.workspace.orders().all().stream().filter(o -> o.orderId().equals(orderId)).findFirst().orElseThrow();
    }

    @Test
    void englishExportAcceptsGoodRowsAndRejectsEachBadRowByLine() throws Exception {
        String csv = Fixture.crlf(EN_HEADER,
                "1001,Completed,01/10/2026 10:15:00,04/10/2026 16:20:00,1,12.99,GBP,p5,s5,emma,Video,10%,1.30,No", // 2
                "1002,Completed,01/10/2026 10:15:00,,1,12.99,GBP,p5,s5,emma,Video,95%,1.30,No",      // 3 rate out of range
                "1003,Completed,01/10/2026 10:15:00,,two,12.99,GBP,p5,s5,emma,Video,10%,1.30,No",    // 4 wrong type
                ",Completed,01/10/2026 10:15:00,,1,12.99,GBP,p5,s5,emma,Video,10%,1.30,No",          // 5 missing id
                "1001,Completed,01/10/2026 10:15:00,,1,12.99,GBP,p5,s5,emma,Video,10%,1.30,No",      // 6 duplicated key
                "1004,Completed,31/02/2026 10:15:00,,1,12.99,GBP,p5,s5,emma,Video,10%,1.30,No",      // 7 bad date
                "1005,\"Comp\"leted,01/10/2026 10:15:00,,1,12.99,GBP,p5,s5,emma,Video,10%,1.30,No",  // 8 broken quoting
                "1001,Completed,01/10/2026 10:15:00,,1,12.99,GBP,p5,s6,emma,LIVE,12%,1.56,Yes");     // 9 good: other SKU

        ImportResult result = fx.run(ImportKind.ORDERS, fx.file("orders.csv", csv));

        assertEquals("orders-seller-center-csv", result.format());
        assertEquals(2, result.accepted());
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L), Fixture.lines(result));
        assertEquals(java.util.Arrays.asList("Standard commission rate", "Quantity", "Order ID", "Order ID",
                "Time Created", null), Fixture.fields(result));
        Order first = fx.workspace.orders().all().stream().filter(o -> o.skuId().equals("s5")).findFirst().orElseThrow();
        assertEquals(Region.GB, first.region());
        assertEquals(1000, first.rate().basisPoints());
        assertEquals(Instant.parse("2026-10-01T09:15:00Z"), first.createdAt(), "London summer time");
        assertTrue(fx.workspace.orders().all().stream().anyMatch(o -> o.skuId().equals("s6") && o.refunded()));
    }

    @Test
    void vietnameseExportWithMixedHeadersTrailingSpacesAndDotThousands() throws Exception {
        String csv = "\uFEFF" + Fixture.crlf(
                "ID đơn hàng ,ID sản phẩm,Giá ,Payment Amount,Đơn vị tiền tệ,Số lượng,Trạng thái đơn hàng,"
                        + "Tên người dùng nhà sáng tạo,Tỷ lệ hoa hồng tiêu chuẩn ,Thanh toán hoa hồng thực tế,"
                        + "Trả hàng & hoàn tiền,Thời gian đã tạo,Order Delivery Time",
                "5799001,p1,\"150.000\",\"150.000\",VND,1,Đã hoàn thành,linh.beauty,15%,\"22.500\",Không,"
                        + "07/07/2026 12:00:00,10/07/2026 09:30:00",
                "5799002,p2,\"199.000\",\"398.000\",VND,2,Đã hoàn thành,thao.mebe,12%,--,Không,08/07/2026 19:45:00,");

        ImportResult result = fx.run(ImportKind.ORDERS, fx.file("don-hang.csv", csv));

        assertEquals(List.of(), result.rejected());
        assertEquals(2, result.accepted());
        Order o = order("5799001");
        assertEquals(0, new BigDecimal("150000").compareTo(o.amount().amount()));
        assertEquals(0, new BigDecimal("22500").compareTo(o.actualCommission().amount()));
        assertEquals(Region.VN, o.region(), "region from the currency (R-ST-2)");
        assertEquals(Instant.parse("2026-07-07T05:00:00Z"), o.createdAt(), "read in Asia/Ho_Chi_Minh");
        assertEquals(1500, o.rate().basisPoints());
        assertNull(order("5799002").actualCommission());
        assertEquals("p1", o.skuId(), "without an SKU column the product id keys the line");
    }

    @Test
    void regionColumnWinsOverTheCurrency() throws Exception {
        String csv = Fixture.lf("Order ID,SKU ID,Payment Amount,Currency,Region", "1,s1,10.00,USD,MY", "2,s1,10.00,USD,");
        fx.run(ImportKind.ORDERS, fx.file("orders.csv", csv));

        assertEquals(Region.MY, order("1").region());
        assertEquals(Region.US, order("2").region());
    }

    @Test
    void xlsxExportIsReadLikeTheCsv() throws Exception {
        Path file = dir.resolve("orders.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Orders");
            String[] header = {"ID đơn hàng ", "SKU ID", "Payment Amount", "Đơn vị tiền tệ", "Số lượng",
                    "Tỷ lệ hoa hồng tiêu chuẩn", "Thời gian đã tạo"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            Object[][] rows = {
                    {"7001", "s1", "150.000", "VND", 1, "10%", "07/07/2026 12:00:00"},
                    {"7002", "s1", 89000, "IDR", 1, "10%", "07/07/2026 12:00:00"},
                    {"7003", "s1", "abc", "VND", 1, "10%", "07/07/2026 12:00:00"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else {
                        ws.value(r + 1, c, (String) rows[r][c]);
                    }
                }
            }
            wb.finish();
        }

        ImportResult result = fx.run(ImportKind.ORDERS, file);

        assertEquals("orders-seller-center-xlsx", result.format());
        assertEquals(2, result.accepted());
        assertEquals(List.of(4L), Fixture.lines(result));
        assertEquals(0, new BigDecimal("150000").compareTo(order("7001").amount().amount()));
        assertEquals(Region.ID, order("7002").region());
    }

    @Test
    void xlsxDateCellsAreReadInTheOrdersZone() throws Exception {
        Path file = dir.resolve("dates.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Orders");
            ws.value(0, 0, "Order ID");
            ws.value(0, 1, "Payment Amount");
            ws.value(0, 2, "Currency");
            ws.value(0, 3, "Time Created");
            ws.value(0, 4, "SKU ID");
            ws.value(1, 4, "s1");
            ws.value(1, 0, "9001");
            ws.value(1, 1, 89000);
            ws.value(1, 2, "IDR");
            ws.value(1, 3, java.time.LocalDateTime.of(2026, 7, 7, 12, 30));
            ws.style(1, 3).format("dd/mm/yyyy hh:mm:ss").set();
            wb.finish();
        }

        ImportResult result = fx.run(ImportKind.ORDERS, file);

        assertEquals(List.of(), result.rejected());
        assertEquals(Instant.parse("2026-07-07T05:30:00Z"), order("9001").createdAt(), "12:30 in Asia/Jakarta");
    }

    static final String JSON = """
            {"code": 0, "data": {"orders": [
              {"id": "8001", "status": "COMPLETED", "create_time": 1783400000, "skus": [
                {"sku_id": "s1", "product_id": "p4", "quantity": 1,
                 "price": {"amount": "Rp9.900", "currency": "IDR"},
                 "commission_rate": 1000,
                 "estimated_commission_base": {"amount": "Rp9.900", "currency": "IDR"},
                 "estimated_paid_commission": {"amount": "Rp990", "currency": "IDR"},
                 "actual_commission_base": [], "actual_paid_commission": [],
                 "creator_username": "rina.hijab", "content_type": "VIDEO", "refunded_quantity": 0},
                {"sku_id": "s2", "product_id": "p4", "quantity": 1,
                 "price": {"amount": "Rp9.900", "currency": "IDR"},
                 "commission_rate": 9500, "creator_username": "rina.hijab"}
              ]},
              {"id": "8002", "create_time": 1783400000, "skus": [
                {"sku_id": "s1", "quantity": "many", "price": {"amount": "10.00", "currency": "GBP"},
                 "commission_rate": 800}
              ]},
              {"id": "8003", "create_time": 1783400000, "skus": [
                {"sku_id": "s1", "quantity": 2, "price": {"amount": "£10.00", "currency": "GBP"},
                 "commission_rate": 800, "refunded_quantity": 2}
              ]}
            ]}}
            """;

    @Test
    void platformJsonReadsLocalisedAmountsRatesInHundredthsAndEmptyArrays() throws Exception {
        ImportResult result = fx.run(ImportKind.ORDERS, fx.file("orders.json", JSON));

        assertEquals("orders-platform-json", result.format());
        assertEquals(2, result.accepted());
        assertEquals(List.of(2L, 14L), Fixture.lines(result), "the line where the order starts");
        assertEquals(List.of("skus[1].commission_rate", "skus[0].quantity"), Fixture.fields(result));
        Order o = order("8001");
        assertEquals(0, new BigDecimal("9900").compareTo(o.amount().amount()));
        assertEquals(0, new BigDecimal("990").compareTo(o.estimatedCommission().amount()));
        assertNull(o.actualCommission());
        assertEquals(1000, o.rate().basisPoints());
        assertEquals(Region.ID, o.region());
        assertEquals(Instant.ofEpochSecond(1783400000), o.createdAt());
        Order refunded = order("8003");
        assertEquals(0, new BigDecimal("20.00").compareTo(refunded.amount().amount()));
        assertTrue(refunded.refunded());
    }

    @Test
    void jsonWithoutAnOrdersListIsRejectedWhole() throws Exception {
        ImportResult result = fx.run(ImportKind.ORDERS, fx.file("creators.json", "{\"data\": {\"creators\": []}}"));

        assertFalse(result.committed());
        assertEquals(1, result.rejected().size());
        assertTrue(result.rejected().get(0).reason().contains("creators.json"));
    }

    @Test
    void truncatedJsonIsRejectedWholeAndWritesNothing() throws Exception {
        ImportResult result = fx.run(ImportKind.ORDERS, fx.file("cut.json", JSON.substring(0, JSON.length() - 60)));

        assertFalse(result.committed());
        assertEquals(0, fx.workspace.orders().count());
        assertTrue(result.rejected().get(0).reason().contains("cut.json"));
    }

    @Test
    void latin1OrdersCsvIsRejectedWhole() throws Exception {
        byte[] bytes = Fixture.lf("Order ID,SKU ID,Payment Amount,Currency", "1,s1,10,GBP", "2,s2,10,GBP ·")
                .getBytes(StandardCharsets.ISO_8859_1);
        ImportResult result = fx.run(ImportKind.ORDERS, fx.bytes("latin1.csv", bytes));

        assertFalse(result.committed());
        assertEquals(List.of(3L), Fixture.lines(result));
        assertEquals(0, fx.workspace.orders().count());
    }

    @Test
    void reimportReplacesLinesWithoutDuplicates() throws Exception {
        Path file = fx.file("orders.json", JSON);
        ImportResult first = fx.run(ImportKind.ORDERS, file);
        ImportResult second = fx.run(ImportKind.ORDERS, file);

        assertEquals(first.accepted(), second.accepted());
        assertEquals(Fixture.lines(first), Fixture.lines(second));
        assertEquals(2, fx.workspace.orders().count());
    }
}
