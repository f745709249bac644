package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sellerworkbench.domain.Order;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// R-EX-4: the Content ID an orders file states for a line (the LIVE, video or link that brought
/// the sale) is kept on the line, the same from a Seller Center CSV (English or Vietnamese
/// headers), an XLSX (Chinese header) and the platform's JSON; a line with none stays unknown.
class OrderContentIdTest {

    @TempDir
    Path dir;

    /// order/sku → content id, or "unknown", for every stored line after importing `file`. The
    /// files hold the same lines, so each import replaces the lines the one before stored.
    private List<String> stored(Fixture fx, String name, Path file) {
        ImportResult result = fx.run(ImportKind.ORDERS, file);
        assertEquals(List.of(), result.rejected(), name);
        List<String> lines = new ArrayList<>();
        for (Order o : fx.workspace.orders().all().stream().sorted(Comparator.comparing(Order::orderId)).toList()) {
            Optional<String> id = fx.workspace.orders().contentId(o.orderId(), o.skuId());
            lines.add(o.orderId() + "/" + o.skuId() + "=" + id.orElse("unknown"));
        }
        return lines;
    }

    static final List<String> EXPECTED = List.of("9101/s1=7301234567890123456", "9102/s1=7301234567890999999",
            "9103/s1=unknown");

    @Test
    void theContentIdIsKeptAlikeFromCsvXlsxAndJson() throws Exception {
        Path csv = Files.writeString(dir.resolve("orders.csv"), Fixture.crlf(
                "Order ID,Time Created,Quantity,Payment Amount,Currency,SKU ID,Creator Username,Content Type,Content ID",
                "9101,01/10/2026 10:15:00,1,39.98,GBP,s1,emma,VIDEO,7301234567890123456",
                "9102,01/10/2026 11:00:00,1,20.00,GBP,s1,emma,LIVE,7301234567890999999",
                "9103,01/10/2026 12:00:00,1,12.00,GBP,s1,jack,VIDEO,--"));
        Path vietnamese = Files.writeString(dir.resolve("orders-vi.csv"), Fixture.crlf(
                "ID đơn hàng,Thời gian đã tạo,Số lượng,Payment Amount,Đơn vị tiền tệ,ID SKU,Tên người dùng nhà sáng tạo,ID nội dung",
                "9101,01/10/2026 10:15:00,1,39.98,GBP,s1,emma,7301234567890123456",
                "9102,01/10/2026 11:00:00,1,20.00,GBP,s1,emma,7301234567890999999",
                "9103,01/10/2026 12:00:00,1,12.00,GBP,s1,jack,"));
        Path xlsx = dir.resolve("orders.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Orders");
            String[][] cells = {
                    {"Order ID", "Time Created", "Quantity", "Payment Amount", "Currency", "SKU ID", "内容ID"},
                    {"9101", "01/10/2026 10:15:00", "1", "39.98", "GBP", "s1", "7301234567890123456"},
                    {"9102", "01/10/2026 11:00:00", "1", "20.00", "GBP", "s1", "7301234567890999999"},
                    {"9103", "01/10/2026 12:00:00", "1", "12.00", "GBP", "s1", ""}};
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    if (!cells[r][c].isEmpty()) {
                        ws.value(r, c, cells[r][c]);
                    }
                }
            }
            wb.finish();
        }
        String sku = """
                {"sku_id": "s1", "quantity": 1, "creator_username": "emma", %s
                 "price": {"amount": "%s", "currency": "GBP"}}""";
        Path json = Files.writeString(dir.resolve("orders.json"), """
                {"code": 0, "data": {"orders": [
                  {"id": "9101", "create_time": 1790846100, "skus": [%s]},
                  {"id": "9102", "create_time": 1790848800, "skus": [%s]},
                  {"id": "9103", "create_time": 1790852400, "skus": [%s]}]}}
                """.formatted(sku.formatted("\"content_id\": \"7301234567890123456\",", "39.98"),
                sku.formatted("\"content_id\": 7301234567890999999,", "20.00"), sku.formatted("", "12.00")));

        try (Fixture fx = new Fixture(dir)) {
            assertEquals(EXPECTED, stored(fx, "csv", csv));
            assertEquals(EXPECTED, stored(fx, "vi", vietnamese));
            assertEquals(EXPECTED, stored(fx, "xlsx", xlsx));
            assertEquals(EXPECTED, stored(fx, "json", json), "a string or a number in the JSON");
        }
    }
}
