package dev.sellerworkbench.store;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/// A digest of every table's rows, to compare two workspaces table by table.
final class TableDigest {

    private TableDigest() {
    }

    static Map<String, String> of(Workspace ws) throws Exception {
        return ws.jdbi().withHandle(h -> {
            List<String> tables = h.createQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME").mapTo(String.class).list();
            Map<String, String> digests = new TreeMap<>();
            for (String table : tables) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                long[] rows = {0};
                h.createQuery("SELECT * FROM \"" + table + "\" ORDER BY 1").map((rs, ctx) -> {
                    int columns = rs.getMetaData().getColumnCount();
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        row.append(rs.getString(c)).append('\u0001');
                    }
                    return row.toString();
                }).forEach(row -> {
                    md.update(row.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    rows[0]++;
                });
                digests.put(table, rows[0] + ":" + HexFormat.of().formatHex(md.digest()));
            }
            return digests;
        });
    }
}
