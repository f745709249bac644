package dev.sellerworkbench.search;

import java.util.Arrays;

/// The best `capacity` (key, slot) pairs seen: a min-heap whose root is the worst kept.
/// Better means a larger key, then a smaller slot (slots are in id order, so: smaller id).
final class TopK {
    final int capacity;
    private long[] keys;
    private int[] rows;
    private int size;

    TopK(int capacity) {
        this.capacity = capacity;
        int initial = Math.min(capacity, 256);
        keys = new long[initial];
        rows = new int[initial];
    }

    private static boolean worse(long keyA, int rowA, long keyB, int rowB) {
        return keyA < keyB || (keyA == keyB && rowA > rowB);
    }

    void offer(long key, int row) {
        if (size < capacity) {
            if (size == keys.length) {
                int grown = (int) Math.min(capacity, Math.max(16L, keys.length * 2L));
                keys = Arrays.copyOf(keys, grown);
                rows = Arrays.copyOf(rows, grown);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!worse(key, row, keys[parent], rows[parent])) {
                    break;
                }
                keys[i] = keys[parent];
                rows[i] = rows[parent];
                i = parent;
            }
            keys[i] = key;
            rows[i] = row;
        } else if (capacity > 0 && key >= keys[0] && worse(keys[0], rows[0], key, row)) {
            siftDown(key, row);
        }
    }

    private void siftDown(long key, int row) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && worse(keys[right], rows[right], keys[child], rows[child])) {
                child = right;
            }
            if (!worse(keys[child], rows[child], key, row)) {
                break;
            }
            keys[i] = keys[child];
            rows[i] = rows[child];
            i = child;
        }
        keys[i] = key;
        rows[i] = row;
    }

    void addAll(TopK other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.keys[i], other.rows[i]);
        }
    }

    /// Empties the heap into an array, best first.
    int[] drainBestFirst() {
        int[] out = new int[size];
        for (int at = size - 1; at >= 0; at--) {
            out[at] = rows[0];
            size--;
            if (size > 0) {
                siftDown(keys[size], rows[size]);
            }
        }
        return out;
    }
}
