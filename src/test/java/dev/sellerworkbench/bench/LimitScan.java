package dev.sellerworkbench.bench;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Currencies;
import dev.sellerworkbench.domain.Gender;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/// The floor for Find Creators: the fewest possible arrays scanned once on one thread with a
/// top-k heap, no locking, no text, no paging. Nothing real can be faster than this.
final class LimitScan {

    private final int n;
    private final long[] id;
    private final byte[] region;
    private final byte[] level;
    private final long[] followers;
    private final byte[] gender;
    private final byte[] ages;
    private final int[] categories;
    private final long[][] sortKeys;

    LimitScan(List<Creator> creators) {
        n = creators.size();
        id = new long[n];
        region = new byte[n];
        level = new byte[n];
        followers = new long[n];
        gender = new byte[n * 3];
        ages = new byte[n * 5];
        categories = new int[n];
        sortKeys = new long[6][n];
        for (int i = 0; i < n; i++) {
            Creator c = creators.get(i);
            id[i] = c.id();
            region[i] = (byte) c.region().ordinal();
            level[i] = (byte) (c.level() == null || !c.level().rated() ? -1 : c.level().value());
            followers[i] = c.followers();
            gender[i * 3] = (byte) (c.audience().femaleBp() / 100);
            gender[i * 3 + 1] = (byte) (c.audience().maleBp() / 100);
            gender[i * 3 + 2] = (byte) (c.audience().otherBp() / 100);
            int[] a = c.audience().ages();
            for (int b = 0; b < 5; b++) {
                ages[i * 5 + b] = (byte) (a[b] / 100);
            }
            for (String category : c.categories()) {
                categories[i] |= 1 << Math.max(0, Arrays.asList(QuerySpec.CATEGORIES).indexOf(category));
            }
            sortKeys[0][i] = c.followers();
            sortKeys[1][i] = c.videos();
            sortKeys[2][i] = c.avgViews();
            sortKeys[3][i] = c.gmv30d().amount().movePointRight(Currencies.minorUnits(c.gmv30d().currency())).longValue();
            sortKeys[4][i] = c.engagementBp();
            sortKeys[5][i] = level[i];
        }
    }

    record Result(long[] ids, int count) {
    }

    Result search(QuerySpec q, int limit) {
        int regionWanted = q.region() == null ? -1 : q.region().ordinal();
        int levelMask = 0;
        for (int l : q.levels()) {
            levelMask |= 1 << l;
        }
        int genderColumn = q.gender() == null ? -1 : q.gender() == Gender.FEMALE ? 0 : q.gender() == Gender.MALE ? 1 : 2;
        int categoryMask = q.category() == null ? 0 : 1 << Arrays.asList(QuerySpec.CATEGORIES).indexOf(q.category());
        long[] key = sortKeys[q.sort().ordinal()];
        boolean asc = q.asc();
        // heap of the `limit` best so far, worst on top
        PriorityQueue<Integer> heap = new PriorityQueue<>(limit + 1, (x, y) -> {
            int byKey = Long.compare(key[x], key[y]);
            int better = asc ? -byKey : byKey;
            return better != 0 ? better : Long.compare(id[y], id[x]);
        });
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (regionWanted >= 0 && region[i] != regionWanted) {
                continue;
            }
            if (levelMask != 0 && (level[i] < 0 || (levelMask & 1 << level[i]) == 0)) {
                continue;
            }
            if (followers[i] < q.minFollowers() || followers[i] > q.maxFollowers()) {
                continue;
            }
            if (genderColumn >= 0 && gender[i * 3 + genderColumn] < q.genderPct()) {
                continue;
            }
            if (q.ageBand() >= 0 && ages[i * 5 + q.ageBand()] < q.agePct()) {
                continue;
            }
            if (categoryMask != 0 && (categories[i] & categoryMask) == 0) {
                continue;
            }
            count++;
            heap.add(i);
            if (heap.size() > limit) {
                heap.poll();
            }
        }
        long[] ids = new long[heap.size()];
        for (int k = ids.length - 1; k >= 0; k--) {
            ids[k] = id[heap.poll()];
        }
        return new Result(ids, count);
    }
}
