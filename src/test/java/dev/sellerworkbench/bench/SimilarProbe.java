package dev.sellerworkbench.bench;

import dev.sellerworkbench.search.CreatorIndex;
import dev.sellerworkbench.search.CreatorQuery;
import dev.sellerworkbench.search.SimilarCreators;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/// Times similar creators (R-CR-8) on the benchmark's index: 50 creators drawn at random, each
/// asked for its 50 most alike, after a warm-up that runs exactly what is measured.
final class SimilarProbe {

    static final int CREATORS_ASKED = 50;

    private SimilarProbe() {
    }

    /// Milliseconds per question, one sample per creator asked.
    static Stat similarMillis(CreatorIndex index, long seed) {
        List<Long> asked = randomCreators(index, new Random(seed));
        SimilarCreators similar = new SimilarCreators(index);
        for (int warm = 0; warm < 2; warm++) {
            for (long id : asked) {
                similar.similarTo(id, Set.of(), SimilarCreators.DEFAULT_LIMIT);
            }
        }
        Stat stat = new Stat();
        for (long id : asked) {
            long start = System.nanoTime();
            List<SimilarCreators.Similar> found = similar.similarTo(id, Set.of(), SimilarCreators.DEFAULT_LIMIT);
            stat.add((System.nanoTime() - start) / 1e6);
            if (found.isEmpty() && index.size() > 1) {
                throw new IllegalStateException("no similar creators for creator " + id);
            }
        }
        return stat;
    }

    /// Creators picked at random among all the index holds (the ids need not be dense).
    private static List<Long> randomCreators(CreatorIndex index, Random random) {
        long[] all = index.matchingIds(CreatorQuery.all());
        List<Long> ids = new ArrayList<>(CREATORS_ASKED);
        for (int i = 0; i < CREATORS_ASKED && all.length > 0; i++) {
            ids.add(all[random.nextInt(all.length)]);
        }
        return ids;
    }
}
