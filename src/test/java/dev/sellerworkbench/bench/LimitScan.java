package dev.sellerworkbench.bench;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.search.CreatorQuery;
import dev.sellerworkbench.search.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/// The floor for Find Creators: plain arrays scanned once with a primitive top-k heap (no boxing,
/// no locking, no paging structures), on one thread or split across `threads` threads as the
/// product splits its scan. Nothing that scans can be faster; its pages are compared with the
/// index's by ids and order.
final class LimitScan implements AutoCloseable {

    private final int n;
    private final long[] id;
    private final byte[] region;
    private final byte[] level;
    private final byte[] flags;
    private final int[] followers;
    private final byte[] gender;
    private final byte[] ages;
    private final int[] categories;
    private final String[] text;
    private final long[][] values;
    private final byte[] currencyRank;
    private final List<String> categoryNames = new ArrayList<>();
    private final List<String> currenciesByCode;
    private final ExecutorService pool;
    private final int threads;

    private static final int DECLINING = 1 << 3;

    /// `creators` in ascending id order.
    LimitScan(List<Creator> creators, int threads) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads);
        n = creators.size();
        id = new long[n];
        region = new byte[n];
        level = new byte[n];
        flags = new byte[n];
        followers = new int[n];
        gender = new byte[n * 3];
        ages = new byte[n * 5];
        categories = new int[n];
        text = new String[n];
        values = new long[CreatorQuery.Sort.values().length][n];
        currencyRank = new byte[n];
        Map<String, Integer> codes = new TreeMap<>();
        for (Creator c : creators) {
            if (c.gmv30d() != null) {
                codes.putIfAbsent(c.gmv30d().currency(), 0);
            }
        }
        currenciesByCode = List.copyOf(codes.keySet());
        for (int i = 0; i < n; i++) {
            Creator c = creators.get(i);
            id[i] = c.id();
            region[i] = (byte) c.region().ordinal();
            level[i] = (byte) (c.level() == null || !c.level().rated() ? -1 : c.level().value());
            int f = c.level() != null && c.level().declining() ? DECLINING : 0;
            if (c.contentTypes() != null) {
                for (ContentType t : c.contentTypes()) {
                    f |= 1 << t.ordinal();
                }
            }
            flags[i] = (byte) f;
            followers[i] = (int) QuerySpec.saturate(c.followers());
            Audience a = c.audience() == null ? Audience.UNKNOWN : c.audience();
            for (Gender g : Gender.values()) {
                gender[i * 3 + g.ordinal()] = (byte) QuerySpec.percent(a.shareOf(g));
            }
            int[] bands = a.ages();
            for (int b = 0; b < 5; b++) {
                ages[i * 5 + b] = (byte) QuerySpec.percent(bands[b]);
            }
            for (String category : c.categories()) {
                categories[i] |= 1 << categoryBit(category);
            }
            text[i] = QuerySpec.fold(c);
            values[CreatorQuery.Sort.FOLLOWERS.ordinal()][i] = followers[i];
            values[CreatorQuery.Sort.VIDEOS.ordinal()][i] = c.videos() < 0 ? Long.MIN_VALUE : c.videos();
            values[CreatorQuery.Sort.AVG_VIEWS.ordinal()][i] = QuerySpec.saturate(c.avgViews());
            values[CreatorQuery.Sort.ENGAGEMENT.ordinal()][i] = c.engagementBp() < 0 ? Long.MIN_VALUE : c.engagementBp();
            values[CreatorQuery.Sort.LEVEL.ordinal()][i] = level[i] < 0 ? Long.MIN_VALUE : level[i];
            values[CreatorQuery.Sort.GMV.ordinal()][i] = c.gmv30d() == null ? Long.MIN_VALUE : QuerySpec.minorUnits(c);
            currencyRank[i] = (byte) (c.gmv30d() == null ? 0 : currenciesByCode.indexOf(c.gmv30d().currency()));
        }
    }

    private int categoryBit(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        int at = categoryNames.indexOf(key);
        if (at < 0) {
            categoryNames.add(key);
            at = categoryNames.size() - 1;
        }
        if (at > 31) {
            throw new IllegalStateException("The floor scan holds 32 categories, the data has more");
        }
        return at;
    }

    /// The currency codes in alphabetical order, as a GMV sort lists them (R-ST-6).
    List<String> currenciesByCode() {
        return currenciesByCode;
    }

    record Result(long[] ids, int count) {
    }

    /// The query's page and match count, scanned on one thread.
    Result searchOneThread(CreatorQuery q) {
        Filter filter = new Filter(q);
        Heap heap = new Heap(q.offset() + q.limit());
        int count = filter.scan(0, n, heap);
        return filter.page(heap, count, q);
    }

    /// The query's page and match count, the arrays split into `threads` parts scanned at once
    /// and their heaps merged.
    Result search(CreatorQuery q) throws Exception {
        if (threads == 1) {
            return searchOneThread(q);
        }
        Filter filter = new Filter(q);
        int per = (n + threads - 1) / threads;
        List<Future<Integer>> parts = new ArrayList<>();
        Heap[] heaps = new Heap[threads];
        for (int t = 0; t < threads; t++) {
            int from = t * per;
            int to = Math.min(n, from + per);
            Heap heap = heaps[t] = new Heap(q.offset() + q.limit());
            parts.add(pool.submit(() -> filter.scan(from, to, heap)));
        }
        int count = 0;
        for (Future<Integer> part : parts) {
            count += part.get();
        }
        for (int t = 1; t < threads; t++) {
            heaps[0].addAll(heaps[t]);
        }
        return filter.page(heaps[0], count, q);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private final class Filter {
        final int regionMask;
        final boolean byLevel;
        final int levelMask;
        final long followersMin;
        final long followersMax;
        final int genderSlot;
        final int genderMin;
        final int ageSlot;
        final int ageMin;
        final boolean byCategory;
        final int categoryMask;
        final int contentMask;
        final int decliningMode;
        final String[] words;
        final long[] column;
        final boolean gmv;
        final long sign;

        Filter(CreatorQuery q) {
            int regions = 0;
            for (var r : q.regions()) {
                regions |= 1 << r.ordinal();
            }
            regionMask = regions;
            int levels = 0;
            for (int l : q.levels()) {
                levels |= 1 << l;
            }
            if (q.unrated()) {
                levels |= 1 << 31;
            }
            byLevel = levels != 0;
            levelMask = levels;
            followersMin = q.followersMin() == null ? Long.MIN_VALUE : q.followersMin();
            followersMax = q.followersMax() == null ? Long.MAX_VALUE : q.followersMax();
            genderSlot = q.gender() == null ? -1 : q.gender().gender().ordinal();
            genderMin = q.gender() == null ? 0 : q.gender().minPercent();
            ageSlot = q.age() == null ? -1 : q.age().band();
            ageMin = q.age() == null ? 0 : q.age().minPercent();
            byCategory = !q.categories().isEmpty();
            int cats = 0;
            for (String name : q.categories()) {
                int at = categoryNames.indexOf(name.strip().toLowerCase(Locale.ROOT));
                if (at >= 0) {
                    cats |= 1 << at;
                }
            }
            categoryMask = cats;
            int content = 0;
            for (ContentType t : q.contentTypes()) {
                content |= 1 << t.ordinal();
            }
            contentMask = content;
            decliningMode = q.declining().ordinal();
            String folded = TextFold.fold(q.text()).replace("@", " ").strip();
            words = folded.isEmpty() ? new String[0] : folded.split("\\s+");
            column = values[q.sort().ordinal()];
            gmv = q.sort() == CreatorQuery.Sort.GMV;
            sign = q.ascending() ? -1 : 1;
        }

        int scan(int from, int to, Heap heap) {
            int count = 0;
            for (int i = from; i < to; i++) {
                if (regionMask != 0 && (regionMask & 1 << region[i]) == 0) {
                    continue;
                }
                if (byLevel && (levelMask & 1 << (level[i] & 31)) == 0) {
                    continue;
                }
                if (followers[i] < followersMin || followers[i] > followersMax) {
                    continue;
                }
                if (decliningMode != 0 && ((flags[i] & DECLINING) != 0) != (decliningMode == 1)) {
                    continue;
                }
                if (contentMask != 0 && (flags[i] & contentMask) == 0) {
                    continue;
                }
                if (genderSlot >= 0 && gender[i * 3 + genderSlot] < genderMin) {
                    continue;
                }
                if (ageSlot >= 0 && ages[i * 5 + ageSlot] < ageMin) {
                    continue;
                }
                if (byCategory && (categories[i] & categoryMask) == 0) {
                    continue;
                }
                if (words.length > 0 && !textMatches(text[i])) {
                    continue;
                }
                count++;
                long v = column[i];
                long key = v == Long.MIN_VALUE ? Long.MIN_VALUE
                        : gmv ? QuerySpec.gmvKey(sign, v, currencyRank[i]) : sign * v;
                heap.offer(key, i);
            }
            return count;
        }

        private boolean textMatches(String folded) {
            for (String w : words) {
                if (!folded.contains(w)) {
                    return false;
                }
            }
            return true;
        }

        Result page(Heap heap, int count, CreatorQuery q) {
            int[] rows = heap.drainBestFirst();
            int size = Math.max(0, rows.length - q.offset());
            long[] page = new long[size];
            for (int k = 0; k < size; k++) {
                page[k] = id[rows[q.offset() + k]];
            }
            return new Result(page, count);
        }
    }

    /// The best `capacity` (key, row) pairs in two primitive arrays: a binary min-heap whose root
    /// is the worst kept. Better is a larger key, then a smaller row (rows are in id order).
    static final class Heap {
        private final int capacity;
        private final long[] keys;
        private final int[] rows;
        private int size;

        Heap(int capacity) {
            this.capacity = capacity;
            keys = new long[capacity];
            rows = new int[capacity];
        }

        private static boolean worse(long keyA, int rowA, long keyB, int rowB) {
            return keyA < keyB || keyA == keyB && rowA > rowB;
        }

        void offer(long key, int row) {
            if (size < capacity) {
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
            } else if (capacity > 0 && worse(keys[0], rows[0], key, row)) {
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

        void addAll(Heap other) {
            for (int i = 0; i < other.size; i++) {
                offer(other.keys[i], other.rows[i]);
            }
        }

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
}
