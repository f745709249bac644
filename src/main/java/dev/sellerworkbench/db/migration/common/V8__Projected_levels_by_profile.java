package dev.sellerworkbench.db.migration.common;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/// Projections of both profiles for one month are kept side by side (R-LV-12): the profile joins
/// the key of `projected_level_block`, so a Douyin run no longer replaces the TikTok Shop
/// projections of the same month. A block that held entries of several profiles is split into one
/// block per profile.
///
/// The block encoding this migration reads and writes (format 1) is copied here on purpose: a
/// released migration must give the same result whatever the live code later becomes.
public class V8__Projected_levels_by_profile extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE projected_level_block_v8 ("
                    + "level_month VARCHAR(7)  NOT NULL, "
                    + "profile     VARCHAR(40) NOT NULL, "
                    + "block_no    BIGINT      NOT NULL, "
                    + "creators    INTEGER     NOT NULL, "
                    + "payload     BYTEA       NOT NULL, "
                    + "PRIMARY KEY (level_month, profile, block_no))");
        }
        copy(c);
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE projected_level_block");
            s.execute("ALTER TABLE projected_level_block_v8 RENAME TO projected_level_block");
            s.execute("CREATE INDEX projected_level_block_no ON projected_level_block (block_no)");
        }
    }

    private static void copy(Connection c) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT level_month, block_no, payload FROM projected_level_block");
             PreparedStatement write = c.prepareStatement("INSERT INTO projected_level_block_v8 "
                     + "(level_month, profile, block_no, creators, payload) VALUES (?,?,?,?,?)")) {
            read.setFetchSize(100);
            int pending = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    Map<String, List<Entry>> byProfile = new LinkedHashMap<>();
                    for (Entry e : decode(rs.getBytes(3))) {
                        byProfile.computeIfAbsent(e.profile, p -> new ArrayList<>()).add(e);
                    }
                    for (Map.Entry<String, List<Entry>> part : byProfile.entrySet()) {
                        write.setString(1, rs.getString(1));
                        write.setString(2, part.getKey());
                        write.setLong(3, rs.getLong(2));
                        write.setInt(4, part.getValue().size());
                        write.setBytes(5, encode(part.getValue()));
                        write.addBatch();
                        if (++pending >= 100) {
                            write.executeBatch();
                            pending = 0;
                        }
                    }
                }
            }
            write.executeBatch();
        }
    }

    private record Entry(long creatorId, String profile, long levelCode, String diagnosis, long seconds, long nanos) {
    }

    // ---- format 1, frozen: entries sorted by creator id, dictionaries in first-use order ----

    static List<Entry> decode(byte[] bytes) {
        int[] pos = {0};
        long format = varLong(bytes, pos);
        if (format != 1) {
            throw new IllegalStateException("Unknown projected level block format " + format);
        }
        String[] profiles = new String[(int) varLong(bytes, pos)];
        for (int i = 0; i < profiles.length; i++) {
            profiles[i] = string(bytes, pos);
        }
        long[][] times = new long[(int) varLong(bytes, pos)][];
        for (int i = 0; i < times.length; i++) {
            times[i] = new long[] {zigZag(bytes, pos), varLong(bytes, pos)};
        }
        int count = (int) varLong(bytes, pos);
        List<Entry> entries = new ArrayList<>(count);
        long id = -1;
        for (int i = 0; i < count; i++) {
            id += zigZag(bytes, pos);
            long level = varLong(bytes, pos);
            String profile = profiles[(int) varLong(bytes, pos)];
            long[] time = times[(int) varLong(bytes, pos)];
            entries.add(new Entry(id, profile, level, string(bytes, pos), time[0], time[1]));
        }
        return entries;
    }

    static byte[] encode(List<Entry> sorted) {
        Map<String, Integer> profiles = new LinkedHashMap<>();
        Map<List<Long>, Integer> times = new LinkedHashMap<>();
        for (Entry e : sorted) {
            profiles.putIfAbsent(e.profile, profiles.size());
            times.putIfAbsent(List.of(e.seconds, e.nanos), times.size());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 + sorted.size() * 40);
        varLong(out, 1);
        varLong(out, profiles.size());
        profiles.keySet().forEach(p -> string(out, p));
        varLong(out, times.size());
        for (List<Long> t : times.keySet()) {
            zigZag(out, t.get(0));
            varLong(out, t.get(1));
        }
        varLong(out, sorted.size());
        long previous = -1;
        for (Entry e : sorted) {
            zigZag(out, e.creatorId - previous);
            previous = e.creatorId;
            varLong(out, e.levelCode);
            varLong(out, profiles.get(e.profile));
            varLong(out, times.get(List.of(e.seconds, e.nanos)));
            string(out, e.diagnosis);
        }
        return out.toByteArray();
    }

    private static long varLong(byte[] buf, int[] pos) {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            if (pos[0] >= buf.length || shift > 63) {
                throw new IllegalStateException("Truncated projected level block");
            }
            byte b = buf[pos[0]++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
        }
    }

    private static long zigZag(byte[] buf, int[] pos) {
        long v = varLong(buf, pos);
        return (v >>> 1) ^ -(v & 1);
    }

    private static String string(byte[] buf, int[] pos) {
        long n = varLong(buf, pos);
        if (n == 0) {
            return null;
        }
        int length = (int) (n - 1);
        String s = new String(buf, pos[0], length, StandardCharsets.UTF_8);
        pos[0] += length;
        return s;
    }

    private static void varLong(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static void zigZag(ByteArrayOutputStream out, long v) {
        varLong(out, (v << 1) ^ (v >> 63));
    }

    private static void string(ByteArrayOutputStream out, String s) {
        if (s == null) {
            varLong(out, 0);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varLong(out, b.length + 1L);
        out.write(b, 0, b.length);
    }
}
