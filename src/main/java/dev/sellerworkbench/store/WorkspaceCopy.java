package dev.sellerworkbench.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/// Copies a whole workspace into another, empty one of the same schema version: H2 to PostgreSQL
/// when a desktop starts sharing, PostgreSQL to H2 for a laptop copy of the team's workspace. The
/// source is read as one consistent snapshot while colleagues keep working; the target is written
/// in one transaction and committed only after every table's row count and column sums match the
/// source's, so a copy is either complete and verified or not there at all.
public final class WorkspaceCopy {

    private static final String HISTORY = "flyway_schema_history";
    private static final int BATCH = 1_000;

    private WorkspaceCopy() {
    }

    /// One table's check: rows and, per column, a sum both databases compute the same way
    /// (numbers summed, true values counted, text and binary lengths added, dates and times counted).
    public record TableCheck(String table, long sourceRows, long targetRows, Map<String, BigDecimal> sourceSums,
                             Map<String, BigDecimal> targetSums) {
        public boolean matches() {
            return sourceRows == targetRows && sameSums();
        }

        private boolean sameSums() {
            if (!sourceSums.keySet().equals(targetSums.keySet())) {
                return false;
            }
            return sourceSums.entrySet().stream().allMatch(e -> e.getValue().compareTo(targetSums.get(e.getKey())) == 0);
        }
    }

    /// What a copy did, table by table, in the order the tables were written.
    public record Report(String from, String to, int schemaVersion, List<TableCheck> tables, long millis) {
        public boolean verified() {
            return tables.stream().allMatch(TableCheck::matches);
        }

        public long rows() {
            return tables.stream().mapToLong(TableCheck::targetRows).sum();
        }
    }

    /// Copies `source` into `target`.
    ///
    /// @throws WorkspaceException when the target is not empty, the schema versions differ, or the
    ///                            verification fails (then nothing was committed to the target)
    public static Report copy(Workspace source, Workspace target) {
        long started = System.nanoTime();
        int version = source.schemaVersion();
        if (target.schemaVersion() != version) {
            throw new WorkspaceException("The two workspaces have different schema versions (" + version + " and "
                    + target.schemaVersion() + "); open both with this version of the program first", null,
                    "store.copy.versions", String.valueOf(version), String.valueOf(target.schemaVersion()));
        }
        List<TableCheck> checks = new ArrayList<>();
        try (Connection from = source.dataSource().getConnection(); Connection to = target.dataSource().getConnection()) {
            from.setAutoCommit(false);
            from.setReadOnly(true);
            from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            to.setAutoCommit(false);
            try {
                List<String> tables = tablesInWriteOrder(from);
                Set<String> targetTables = new TreeSet<>(tablesInWriteOrder(to));
                if (!targetTables.equals(new TreeSet<>(tables))) {
                    throw new WorkspaceException("The two workspaces have different tables: " + tables + " and "
                            + targetTables, null, "store.copy.tables");
                }
                for (String table : tables) {
                    if (count(to, table) > 0) {
                        throw new WorkspaceException("The target workspace " + target.location() + " is not empty ("
                                + table + " has rows); copy into a new, empty workspace", null,
                                "store.copy.notEmpty", target.location(), table);
                    }
                }
                for (String table : tables) {
                    List<Column> columns = columns(from, table);
                    copyRows(from, to, table, columns);
                    resetIdentity(to, table, columns);
                    Sums a = sums(from, table, columns);
                    Sums b = sums(to, table, columns);
                    checks.add(new TableCheck(table, a.rows(), b.rows(), a.sums(), b.sums()));
                }
                Report report = new Report(source.location(), target.location(), version, List.copyOf(checks),
                        (System.nanoTime() - started) / 1_000_000);
                if (!report.verified()) {
                    to.rollback();
                    throw new CopyMismatchException(report);
                }
                to.commit();
                from.commit();
                target.checkpoint();
                return report;
            } catch (SQLException | RuntimeException e) {
                to.rollback();
                from.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkspaceException("The copy from " + source.location() + " to " + target.location()
                    + " failed; nothing was written: " + e.getMessage(), e,
                    "store.copy.failed", source.location(), target.location());
        }
    }

    /// A copy whose verification failed; the target was rolled back. Carries the table checks.
    public static final class CopyMismatchException extends WorkspaceException {
        private final transient Report report;

        CopyMismatchException(Report report) {
            super("The copy did not verify (" + report.tables().stream().filter(t -> !t.matches())
                    .map(TableCheck::table).toList() + " differ); nothing was written to " + report.to(), null);
            this.report = report;
        }

        public Report report() {
            return report;
        }
    }

    private enum Kind {
        NUMBER, BOOLEAN, TEXT, BINARY, TIMESTAMP, DATE, OTHER
    }

    private record Column(String name, Kind kind) {
    }

    private record Sums(long rows, Map<String, BigDecimal> sums) {
    }

    /// Tables with their parents first (foreign keys), the Flyway history left out: the target has
    /// its own.
    static List<String> tablesInWriteOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Set<String> tables = new TreeSet<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(HISTORY)) {
                    tables.add(name);
                }
            }
        }
        Map<String, Set<String>> parents = new TreeMap<>();
        for (String table : tables) {
            Set<String> p = new TreeSet<>();
            for (String candidate : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = meta.getImportedKeys(null, schema, candidate)) {
                    while (rs.next()) {
                        String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        if (!parent.equals(table)) {
                            p.add(parent);
                        }
                    }
                }
            }
            parents.put(table, p);
        }
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < tables.size()) {
            boolean progress = false;
            for (String table : tables) {
                if (!ordered.contains(table) && ordered.containsAll(parents.get(table))) {
                    ordered.add(table);
                    progress = true;
                }
            }
            if (!progress) {
                throw new SQLException("Circular foreign keys among " + tables);
            }
        }
        return List.copyOf(ordered);
    }

    private static List<Column> columns(Connection c, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            var meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(new Column(meta.getColumnName(i).toLowerCase(Locale.ROOT),
                        kind(meta.getColumnType(i), meta.getColumnTypeName(i))));
            }
        }
        return columns;
    }

    private static Kind kind(int type, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (name.contains("timestamp") || name.equals("timestamptz")) {
            return Kind.TIMESTAMP;
        }
        return switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.NUMERIC, Types.DECIMAL -> Kind.NUMBER;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.CLOB -> Kind.TEXT;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BINARY;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP;
            case Types.DATE -> Kind.DATE;
            default -> Kind.OTHER;
        };
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void copyRows(Connection from, Connection to, String table, List<Column> columns) throws SQLException {
        String names = String.join(", ", columns.stream().map(Column::name).toList());
        String marks = String.join(", ", columns.stream().map(col -> "?").toList());
        try (Statement read = from.createStatement();
             PreparedStatement write = to.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
            read.setFetchSize(BATCH); // PostgreSQL streams with a fetch size inside a transaction
            try (ResultSet rs = read.executeQuery("SELECT " + names + " FROM " + table)) {
                int pending = 0;
                while (rs.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        Object value = switch (columns.get(i).kind()) {
                            case TIMESTAMP -> rs.getObject(i + 1, OffsetDateTime.class);
                            case DATE -> rs.getObject(i + 1, LocalDate.class);
                            default -> rs.getObject(i + 1);
                        };
                        if (value == null) {
                            write.setNull(i + 1, rs.getMetaData().getColumnType(i + 1));
                        } else {
                            write.setObject(i + 1, value);
                        }
                    }
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
    }

    /// Rows came with their ids; the next id a workspace hands out must come after them.
    private static void resetIdentity(Connection to, String table, List<Column> columns)
            throws SQLException {
        if (columns.stream().noneMatch(c -> c.name().equals("id") && c.kind() == Kind.NUMBER)
                || !isIdentity(to, table)) {
            return;
        }
        long next;
        try (Statement st = to.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            next = rs.getLong(1);
        }
        try (Statement st = to.createStatement()) {
            // the same statement on H2 and PostgreSQL (both have SQL-standard identity columns)
            st.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
    }

    private static boolean isIdentity(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String candidate : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getColumns(null, c.getSchema(), candidate, "%")) {
                while (rs.next()) {
                    if (rs.getString("COLUMN_NAME").equalsIgnoreCase("id")) {
                        return "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"));
                    }
                }
            }
        }
        return false;
    }

    /// Row count and one sum per column, computed by the database itself in SQL both accept.
    private static Sums sums(Connection c, String table, List<Column> columns) throws SQLException {
        List<String> exprs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        exprs.add("COUNT(*)");
        for (Column col : columns) {
            String expr = switch (col.kind()) {
                case NUMBER -> "SUM(" + col.name() + ")";
                case BOOLEAN -> "SUM(CASE WHEN " + col.name() + " THEN 1 ELSE 0 END)";
                case TEXT -> "SUM(CHAR_LENGTH(" + col.name() + "))";
                case BINARY -> "SUM(OCTET_LENGTH(" + col.name() + "))";
                default -> "COUNT(" + col.name() + ")";
            };
            exprs.add("COALESCE(" + expr + ", 0)");
            labels.add(col.name() + switch (col.kind()) {
                case NUMBER -> "";
                case BOOLEAN -> " (true)";
                case TEXT -> " (characters)";
                case BINARY -> " (bytes)";
                default -> " (values)";
            });
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + String.join(", ", exprs) + " FROM " + table)) {
            rs.next();
            Map<String, BigDecimal> sums = new LinkedHashMap<>();
            for (int i = 0; i < labels.size(); i++) {
                sums.put(labels.get(i), new BigDecimal(rs.getString(i + 2)));
            }
            return new Sums(rs.getLong(1), sums);
        }
    }
}
