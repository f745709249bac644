package dev.sellerworkbench.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// Projected levels are stored a block of creators per row: the creators whose ids share
/// `id >> SHIFT` for one month and profile in one `projected_level_block` row, one row per profile (R-LV-3, R-LV-12). A projected level is
/// the engine's result, recomputed from the figures every month for every creator; one row per
/// creator made a million-creator month cost a million b-tree inserts and a commit that re-read
/// them all, where a block per 1,024 creators writes about a thousand rows.
///
/// The encoding is canonical (entries sorted by creator id, dictionaries in first-use order), so
/// equal contents give equal bytes and a recompute can skip a block that did not change.
public final class LevelBlocks {

    /// Creators per block: 2^SHIFT.
    public static final int SHIFT = 10;
    private static final int FORMAT = 1;

    private LevelBlocks() {
    }

    /// One creator's projected level in a block.
    public record Entry(long creatorId, String profile, Integer level, String diagnosis, Instant computedAt) {

        public Entry {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(computedAt, "computedAt");
        }

        /// Same judgement (profile, level and diagnosis), whenever it was made.
        public boolean sameAs(Entry other) {
            return other != null && profile.equals(other.profile) && Objects.equals(level, other.level)
                    && Objects.equals(diagnosis, other.diagnosis);
        }
    }

    public static long blockOf(long creatorId) {
        return creatorId >> SHIFT;
    }

    /// Encodes entries of one block; they are sorted by creator id first, and a creator may
    /// appear once.
    public static byte[] encode(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(Entry::creatorId));
        Map<String, Integer> profiles = new LinkedHashMap<>();
        Map<Instant, Integer> times = new LinkedHashMap<>();
        for (Entry e : sorted) {
            profiles.putIfAbsent(e.profile(), profiles.size());
            times.putIfAbsent(e.computedAt(), times.size());
        }
        Out out = new Out(32 + sorted.size() * 40);
        out.varLong(FORMAT);
        out.varLong(profiles.size());
        profiles.keySet().forEach(out::string);
        out.varLong(times.size());
        for (Instant t : times.keySet()) {
            out.zigZag(t.getEpochSecond());
            out.varLong(t.getNano());
        }
        out.varLong(sorted.size());
        long previous = -1;
        for (Entry e : sorted) {
            if (e.creatorId() == previous) {
                throw new IllegalArgumentException("creator " + previous + " twice in one block");
            }
            out.zigZag(e.creatorId() - previous);
            previous = e.creatorId();
            out.varLong(e.level() == null ? 0 : e.level() + 1L);
            out.varLong(profiles.get(e.profile()));
            out.varLong(times.get(e.computedAt()));
            out.string(e.diagnosis());
        }
        return out.bytes();
    }

    /// The entries of an encoded block, by creator id.
    public static List<Entry> decode(byte[] bytes) {
        In in = new In(bytes);
        int format = (int) in.varLong();
        if (format != FORMAT) {
            throw new IllegalStateException("Unknown projected level block format " + format);
        }
        String[] profiles = new String[(int) in.varLong()];
        for (int i = 0; i < profiles.length; i++) {
            profiles[i] = in.string();
        }
        Instant[] times = new Instant[(int) in.varLong()];
        for (int i = 0; i < times.length; i++) {
            times[i] = Instant.ofEpochSecond(in.zigZag(), in.varLong());
        }
        int count = (int) in.varLong();
        List<Entry> entries = new ArrayList<>(count);
        long id = -1;
        for (int i = 0; i < count; i++) {
            id += in.zigZag();
            long level = in.varLong();
            String profile = profiles[(int) in.varLong()];
            Instant time = times[(int) in.varLong()];
            entries.add(new Entry(id, profile, level == 0 ? null : (int) (level - 1), in.string(), time));
        }
        return entries;
    }

    /// Collects one run's judgements of a block in arrival order, compactly (a few dozen bytes
    /// per creator), until the block is written.
    public static final class Pending {
        private final Out out = new Out(256);
        private int size;

        public void add(long creatorId, Integer level, String diagnosis) {
            out.varLong(creatorId);
            out.varLong(level == null ? 0 : level + 1L);
            out.string(diagnosis);
            size++;
        }

        public int size() {
            return size;
        }

        /// The collected judgements as entries of `profile` made at `time`.
        public List<Entry> entries(String profile, Instant time) {
            In in = new In(out.bytes());
            List<Entry> entries = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                long id = in.varLong();
                long level = in.varLong();
                entries.add(new Entry(id, profile, level == 0 ? null : (int) (level - 1), in.string(), time));
            }
            return entries;
        }
    }

    private static final class Out {
        private byte[] buf;
        private int len;

        Out(int capacity) {
            buf = new byte[Math.max(16, capacity)];
        }

        void varLong(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[len++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[len++] = (byte) v;
        }

        void zigZag(long v) {
            varLong((v << 1) ^ (v >> 63));
        }

        /// A string as its UTF-8 length + 1 and bytes; null as 0.
        void string(String s) {
            if (s == null) {
                varLong(0);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varLong(b.length + 1L);
            ensure(b.length);
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }

        private void ensure(int more) {
            if (len + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, len);
        }
    }

    private static final class In {
        private final byte[] buf;
        private int pos;

        In(byte[] buf) {
            this.buf = buf;
        }

        long varLong() {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                if (pos >= buf.length || shift > 63) {
                    throw new IllegalStateException("Truncated projected level block");
                }
                byte b = buf[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
        }

        long zigZag() {
            long v = varLong();
            return (v >>> 1) ^ -(v & 1);
        }

        String string() {
            long n = varLong();
            if (n == 0) {
                return null;
            }
            int length = (int) (n - 1);
            if (pos + length > buf.length) {
                throw new IllegalStateException("Truncated projected level block");
            }
            String s = new String(buf, pos, length, StandardCharsets.UTF_8);
            pos += length;
            return s;
        }
    }
}
