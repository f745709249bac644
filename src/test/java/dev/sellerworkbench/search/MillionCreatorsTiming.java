package dev.sellerworkbench.search;

import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.search.CreatorQuery.AgeFilter;
import dev.sellerworkbench.search.CreatorQuery.GenderFilter;
import dev.sellerworkbench.search.CreatorQuery.Sort;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/// A manual timing run over a large demo workspace; prints, never asserts (not a test: the
/// numbers depend on the machine). Build the workspace and run it with
/// `java -jar target/seller-workbench.jar --workspace /tmp/s1m demo --creators 1000000`, then
/// `mvn -o -q test-compile` and
/// `java -cp target/classes:target/test-classes:target/lib/* dev.sellerworkbench.search.MillionCreatorsTiming /tmp/s1m`.
final class MillionCreatorsTiming {

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/s1m");
        if (!Files.exists(folder.resolve("workspace.mv.db"))) {
            System.err.println("No workspace at " + folder);
            return;
        }
        try (Workspace workspace = Workspace.open(folder)) {
            CreatorIndex index = CreatorIndex.build(workspace, Progress.NONE);
            System.out.printf("build: %d creators in %d ms, %.1f MB%n", index.size(), index.buildTime().toMillis(),
                    index.memoryBytes() / 1e6);
            Random random = new Random(7);
            List<CreatorQuery> queries = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                queries.add(randomQuery(random));
            }
            for (int warm = 0; warm < 3; warm++) {
                queries.forEach(index::search);
            }
            long[] nanos = new long[queries.size()];
            long matched = 0;
            for (int i = 0; i < queries.size(); i++) {
                long start = System.nanoTime();
                matched += index.search(queries.get(i)).total();
                nanos[i] = System.nanoTime() - start;
            }
            report("first page of 50, all cores", nanos, matched);
            long[] single = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long start = System.nanoTime();
                index.search(queries.get(i), Progress.NONE, 1);
                single[i] = System.nanoTime() - start;
            }
            report("first page of 50, one thread", single, matched);
            Recommender recommender = new Recommender(index);
            long[] recommend = new long[5];
            for (int i = 0; i < recommend.length; i++) {
                long start = System.nanoTime();
                recommender.recommend(List.of("Beauty"), TargetAudience.parse("female:60,18-24:30"), java.util.Set.of(), 20);
                recommend[i] = System.nanoTime() - start;
            }
            report("recommend 20 for Beauty", recommend, 0);
            for (int round = 0; round < 3; round++) {
                timeTextQuery(index, "nguyen linh");
                timeTextQuery(index, "thao");
            }
            int[] bare = new int[index.size()];
            Random fill = new Random(1);
            for (int i = 0; i < bare.length; i++) {
                bare[i] = (int) Math.exp(6.5 + fill.nextGaussian() * 2);
            }
            long[] bareNanos = new long[50];
            long sink = 0;
            for (int round = 0; round < 60; round++) {
                long start = System.nanoTime();
                int threshold = 1_000 + round;
                int count = 0;
                long best = 0;
                for (int value : bare) {
                    if (value >= threshold) {
                        count++;
                        best = Math.max(best, value);
                    }
                }
                sink += count + best;
                if (round >= 10) {
                    bareNanos[round - 10] = System.nanoTime() - start;
                }
            }
            Arrays.sort(bareNanos);
            System.out.printf("bare one-column scan, one thread: median %.2f ms (%d)%n", bareNanos[25] / 1e6, sink % 10);
        }
    }

    private static void report(String what, long[] nanos, long matched) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s over %d runs: median %.2f ms, p95 %.2f ms, max %.2f ms (%d matches)%n", what,
                sorted.length, sorted[sorted.length / 2] / 1e6, sorted[Math.min(sorted.length - 1, sorted.length * 95 / 100)] / 1e6,
                sorted[sorted.length - 1] / 1e6, matched);
    }

    private static void timeTextQuery(CreatorIndex index, String text) {
        long start = System.nanoTime();
        CreatorPage page = index.search(CreatorQuery.builder().text(text).build());
        System.out.printf("text \"%s\": %d matches in %.2f ms%n", text, page.total(), (System.nanoTime() - start) / 1e6);
    }

    static CreatorQuery randomQuery(Random random) {
        CreatorQuery.Builder b = CreatorQuery.builder();
        switch (random.nextInt(5)) {
            case 0 -> b.levels(3, 4);
            case 1 -> b.levels(random.nextInt(9));
            case 2 -> b.levels(5, 6, 7, 8).unrated(true);
            default -> { }
        }
        if (random.nextBoolean()) {
            long min = (long) Math.pow(10, 3 + random.nextInt(4));
            b.followers(min, random.nextBoolean() ? null : min * (5 + random.nextInt(50)));
        }
        if (random.nextInt(3) == 0) {
            b.gender(GenderFilter.atLeast(Gender.FEMALE, 40 + random.nextInt(40)));
        }
        if (random.nextInt(4) == 0) {
            b.age(AgeFilter.atLeast(random.nextInt(3), 20 + random.nextInt(20)));
        }
        if (random.nextInt(3) == 0) {
            b.regions(Region.values()[random.nextInt(6)]);
        }
        if (random.nextInt(3) == 0) {
            b.categories(List.of("Beauty", "Fashion", "Home", "Food", "Electronics").get(random.nextInt(5)));
        }
        if (random.nextInt(6) == 0) {
            b.contentTypes(ContentType.LIVE);
        }
        Sort[] sorts = Sort.values();
        b.sort(sorts[random.nextInt(sorts.length)], random.nextInt(4) == 0);
        return b.build();
    }
}
