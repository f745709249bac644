package dev.sellerworkbench.exchange;

/// The keys seen so far in one import, with the line that first used each, kept as 64-bit hashes
/// in open-addressed primitive arrays: a million keys cost ~24 MB instead of a million strings.
/// Two different keys sharing a 64-bit hash is astronomically unlikely (about 1 in 10^7 for a
/// million rows) and would at worst report a false duplicate, never lose data silently.
final class KeySet {

    private long[] hashes = new long[1 << 12];
    private long[] lines = new long[1 << 12];
    private boolean[] used = new boolean[1 << 12];
    private int size;

    /// Records `key` for `line`; returns the earlier line that used it, or 0 when new.
    long add(String key, long line) {
        if (size * 2 >= hashes.length) {
            grow();
        }
        long h = hash(key);
        int mask = hashes.length - 1;
        int i = (int) (mix(h) & mask);
        while (used[i]) {
            if (hashes[i] == h) {
                return lines[i];
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        hashes[i] = h;
        lines[i] = line;
        size++;
        return 0;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldLines = lines;
        boolean[] oldUsed = used;
        hashes = new long[oldHashes.length * 2];
        lines = new long[oldHashes.length * 2];
        used = new boolean[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            if (oldUsed[j]) {
                int i = (int) (mix(oldHashes[j]) & mask);
                while (used[i]) {
                    i = (i + 1) & mask;
                }
                used[i] = true;
                hashes[i] = oldHashes[j];
                lines[i] = oldLines[j];
            }
        }
    }

    /// FNV-1a 64 over the UTF-16 units.
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
