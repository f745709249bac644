package dev.sellerworkbench.search;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.i18n.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/// The creators most like a given one (R-CR-8), ranked from the index's columns by a weighted
/// likeness out of 100:
///
/// | dimension | weight | likeness |
/// |---|---|---|
/// | audience gender | 20 | 1 − the summed difference of the shares both state, over 200 points (100 when one share) |
/// | audience age | 20 | the same over the five age bands |
/// | categories | 25 | shared categories over the categories of either (Jaccard) |
/// | content types | 10 | shared content types over the types of either |
/// | follower scale | 15 | 1 at the same count, falling on a log scale to 0 at 100× apart |
/// | sales shape | 10 | 30-day GMV per follower, same log scale; same currency only (R-ST-6) |
///
/// A dimension either creator does not state (no audience shares, no categories, no content
/// types, no GMV, GMV in another currency) drops out: its weight leaves the sum and the score is
/// the weighted likeness over what both state. Among equal scores the pair that shares more
/// known weight comes first, then the lower id. Reasons never claim a match on an unknown.
///
/// One scan of the index per question, split in as many parts as a search is, each keeping its
/// own bounded top-k; integer arithmetic throughout (a log in 1/256ths of a bit), so a score
/// never wobbles.
public final class SimilarCreators {

    /// How many similar creators the window and the command line show.
    public static final int DEFAULT_LIMIT = 50;

    static final int GENDER_WEIGHT = 20;
    static final int AGE_WEIGHT = 20;
    static final int CATEGORY_WEIGHT = 25;
    static final int CONTENT_WEIGHT = 10;
    static final int FOLLOWER_WEIGHT = 15;
    static final int SALES_WEIGHT = 10;

    /// Likeness of one dimension is out of ONE.
    private static final int ONE = 1 << 10;
    /// log2(100) in 1/256ths: a hundredfold difference is no likeness at all.
    private static final int HUNDREDFOLD = 1701;
    /// ONE · 2^32 / HUNDREDFOLD, rounded up.
    private static final long PER_HUNDREDFOLD = ((long) ONE << 32) / HUNDREDFOLD + 1;
    /// Score resolution inside the ranking key (parts per million).
    private static final long PPM = 1_000_000;

    /// Shared over either, out of ONE, by [shared count][either count] (at most 32 bits each).
    private static final int[][] JACCARD = new int[33][33];
    /// PPM · 2^20 / (weight · ONE), by the weight both state (at most 100): a multiplication instead of a division.
    private static final long[] PER_WEIGHT = new long[101];

    static {
        for (int either = 1; either <= 32; either++) {
            for (int shared = 0; shared <= either; shared++) {
                JACCARD[shared][either] = shared * ONE / either;
            }
        }
        for (int weight = 1; weight <= 100; weight++) {
            PER_WEIGHT[weight] = (PPM << 20) / ((long) weight * ONE) + 1; // rounded up: a full likeness is a full score
        }
    }

    private final CreatorIndex index;

    public SimilarCreators(CreatorIndex index) {
        this.index = index;
    }

    /// A creator like the one asked about: the score out of 100 and why.
    public record Similar(long creatorId, int score, List<Reason> reasons) {

        public Similar {
            reasons = List.copyOf(reasons);
        }

        /// The reasons joined into one line ("same 18–24 female audience; both Beauty LIVE").
        public String text(Messages messages) {
            return reasons.stream().map(r -> r.text(messages))
                    .collect(Collectors.joining(messages.get("search.reason.separator")));
        }
    }

    /// What a reason says.
    public enum Kind {
        /// Same dominant gender and age band; `subjects` = [band, gender].
        AUDIENCE,
        /// Same dominant gender (ages unknown to one of them or different); `subjects` = [gender].
        AUDIENCE_GENDER,
        /// Same dominant age band; `subjects` = [band].
        AUDIENCE_AGE,
        /// Categories and content types both have; `subjects` = the categories, then content type
        /// codes; `value` = how many of the subjects are categories.
        SHARED,
        /// Follower scale; `value` = the similar creator's followers in percent of the other's.
        FOLLOWERS,
        /// GMV per follower within half again of each other, same currency; `subjects` = [currency].
        SALES
    }

    /// One reason, as data and as a sentence.
    public record Reason(Kind kind, List<String> subjects, int value) {

        public Reason {
            subjects = List.copyOf(subjects);
        }

        public String text(Messages m) {
            return switch (kind) {
                case AUDIENCE -> m.get("search.similar.reason.audience", band(subjects.get(0)), gender(m, subjects.get(1)));
                case AUDIENCE_GENDER -> m.get("search.similar.reason.gender", gender(m, subjects.get(0)));
                case AUDIENCE_AGE -> m.get("search.similar.reason.age", band(subjects.get(0)));
                case SHARED -> m.get("search.similar.reason.both", shared(m));
                case FOLLOWERS -> followers(m);
                case SALES -> m.get("search.similar.reason.sales");
            };
        }

        private String shared(Messages m) {
            String separator = m.get("search.reason.listSeparator");
            String categories = subjects.subList(0, value).stream().map(m::category).collect(Collectors.joining(separator));
            String contents = subjects.subList(value, subjects.size()).stream().map(c -> m.get("search.ui.content." + c))
                    .collect(Collectors.joining(separator));
            return categories.isEmpty() ? contents : contents.isEmpty() ? categories : categories + " " + contents;
        }

        private String followers(Messages m) {
            if (value >= 80 && value <= 125) {
                return m.get("search.similar.reason.followersSame");
            }
            if (value >= 40 && value <= 60) {
                return m.get("search.similar.reason.followersHalf");
            }
            if (value >= 170 && value <= 240) {
                return m.get("search.similar.reason.followersTwice");
            }
            if (value < 100) {
                return m.get("search.similar.reason.followersShare", value);
            }
            return m.get("search.similar.reason.followersTimes", Math.round(value / 100.0));
        }

        private static String band(String band) {
            return band.replace('-', '–');
        }

        private static String gender(Messages m, String gender) {
            return m.get("search.gender." + gender);
        }
    }

    /// The `limit` creators most like `creatorId`, most alike first, leaving out the creator
    /// itself and every creator in `excluded` (e.g. those already in the chosen plan). Empty when
    /// the index does not hold the creator.
    public List<Similar> similarTo(long creatorId, Collection<Long> excluded, int limit) {
        List<Similar> out = new ArrayList<>();
        if (limit <= 0) {
            return out;
        }
        index.readLocked(() -> {
            int source = index.rowOf(creatorId);
            if (source < 0) {
                return;
            }
            int slots = index.slotCount();
            long[] skip = new long[(slots + 63) >>> 6];
            skip[source >>> 6] |= 1L << source;
            for (Long id : excluded) {
                int row = id == null ? -1 : index.rowOf(id);
                if (row >= 0) {
                    skip[row >>> 6] |= 1L << row;
                }
            }
            Profile profile = new Profile(index, source);
            int chunks = index.scanChunks();
            int per = (slots + chunks - 1) / chunks;
            TopK merged;
            if (chunks == 1) {
                merged = new TopK(limit);
                scan(profile, skip, 0, slots, merged);
            } else {
                TopK[] heaps = new TopK[chunks];
                IntStream.range(0, chunks).parallel().forEach(c -> {
                    heaps[c] = new TopK(limit);
                    scan(profile, skip, c * per, Math.min(slots, (c + 1) * per), heaps[c]);
                });
                merged = heaps[0];
                for (int c = 1; c < chunks; c++) {
                    merged.addAll(heaps[c]);
                }
            }
            for (int row : merged.drainBestFirst()) {
                out.add(new Similar(index.idAt(row), score(profile, row) / 10_000, reasons(profile, row)));
            }
        });
        return out;
    }

    /// What is compared, read once from the source creator's slot.
    private static final class Profile {
        final int[] gender = new int[3];
        final int[] ages = new int[5];
        final boolean genderKnown;
        final boolean agesKnown;
        final int dominantGender;
        final int dominantBand;
        final int categories;
        final int content;
        final int followers;
        final int followersLog;
        final int currency;
        final boolean gmvKnown;
        final int salesLog;
        final int row;

        Profile(CreatorIndex index, int row) {
            this.row = row;
            for (Gender g : Gender.values()) {
                gender[g.ordinal()] = index.genderPercentAt(row, g);
            }
            for (int band = 0; band < 5; band++) {
                ages[band] = index.agePercentAt(row, band);
            }
            dominantGender = index.dominantGenderAt(row);
            dominantBand = index.dominantBandAt(row);
            genderKnown = dominantGender >= 0;
            agesKnown = dominantBand >= 0;
            categories = index.categoryMaskAt(row);
            content = index.contentBitsAt(row);
            followers = index.followersAt(row);
            followersLog = log2(followers);
            currency = index.currencyCodeAt(row);
            long gmv = index.gmvAt(row);
            gmvKnown = gmv != CreatorIndex.GMV_UNKNOWN;
            salesLog = gmvKnown ? log2(Math.max(0, gmv)) - followersLog : 0;
        }
    }

    private void scan(Profile p, long[] skip, int from, int to, TopK top) {
        CreatorIndex ix = index;
        for (int row = from; row < to; row++) {
            if ((skip[row >>> 6] & 1L << row) != 0 || !ix.liveAt(row)) {
                continue;
            }
            long sum = 0;
            int known = 0;
            if (p.genderKnown && ix.dominantGenderAt(row) >= 0) {
                int like = shareLikeness(p.gender[0], ix.genderPercentAt(row, Gender.FEMALE),
                        p.gender[1], ix.genderPercentAt(row, Gender.MALE), p.gender[2], ix.genderPercentAt(row, Gender.OTHER));
                if (like >= 0) {
                    sum += GENDER_WEIGHT * like;
                    known += GENDER_WEIGHT;
                }
            }
            if (p.agesKnown && ix.dominantBandAt(row) >= 0) {
                int like = ageLikeness(p.ages, ix, row);
                if (like >= 0) {
                    sum += AGE_WEIGHT * like;
                    known += AGE_WEIGHT;
                }
            }
            int cats = ix.categoryMaskAt(row);
            if (p.categories != 0 && cats != 0) {
                sum += CATEGORY_WEIGHT * JACCARD[Integer.bitCount(p.categories & cats)][Integer.bitCount(p.categories | cats)];
                known += CATEGORY_WEIGHT;
            }
            int content = ix.contentBitsAt(row);
            if (p.content != 0 && content != 0) {
                sum += CONTENT_WEIGHT * JACCARD[Integer.bitCount(p.content & content)][Integer.bitCount(p.content | content)];
                known += CONTENT_WEIGHT;
            }
            int followersLog = log2(ix.followersAt(row));
            sum += FOLLOWER_WEIGHT * logLikeness(p.followersLog, followersLog);
            known += FOLLOWER_WEIGHT;
            if (p.gmvKnown && ix.currencyCodeAt(row) == p.currency) {
                long gmv = ix.gmvAt(row);
                if (gmv != CreatorIndex.GMV_UNKNOWN) {
                    sum += SALES_WEIGHT * logLikeness(p.salesLog, log2(Math.max(0, gmv)) - followersLog);
                    known += SALES_WEIGHT;
                }
            }
            // score in parts per million of what both state, then the weight both state
            top.offer(ppm(sum, known) << 7 | known, row);
        }
    }

    /// The score in parts per million for one slot, as [#scan] computes it (the reasons' pass).
    private int score(Profile p, int row) {
        long sum = 0;
        int known = 0;
        int[] parts = parts(p, row);
        for (int i = 0; i < parts.length; i += 2) {
            sum += (long) parts[i] * parts[i + 1];
            known += parts[i];
        }
        return known == 0 ? 0 : (int) ppm(sum, known);
    }

    /// The weighted likeness `sum` over the weight both state, in parts per million.
    private static long ppm(long sum, int known) {
        return Math.min(PPM, sum * PER_WEIGHT[known] >>> 20);
    }

    /// Weight and likeness of each dimension both creators state, as pairs.
    private int[] parts(Profile p, int row) {
        int[] out = new int[12];
        int n = 0;
        if (p.genderKnown && index.dominantGenderAt(row) >= 0) {
            int like = shareLikeness(p.gender[0], index.genderPercentAt(row, Gender.FEMALE),
                    p.gender[1], index.genderPercentAt(row, Gender.MALE), p.gender[2], index.genderPercentAt(row, Gender.OTHER));
            if (like >= 0) {
                out[n++] = GENDER_WEIGHT;
                out[n++] = like;
            }
        }
        if (p.agesKnown && index.dominantBandAt(row) >= 0) {
            int like = ageLikeness(p.ages, index, row);
            if (like >= 0) {
                out[n++] = AGE_WEIGHT;
                out[n++] = like;
            }
        }
        int cats = index.categoryMaskAt(row);
        if (p.categories != 0 && cats != 0) {
            out[n++] = CATEGORY_WEIGHT;
            out[n++] = JACCARD[Integer.bitCount(p.categories & cats)][Integer.bitCount(p.categories | cats)];
        }
        int content = index.contentBitsAt(row);
        if (p.content != 0 && content != 0) {
            out[n++] = CONTENT_WEIGHT;
            out[n++] = JACCARD[Integer.bitCount(p.content & content)][Integer.bitCount(p.content | content)];
        }
        int followersLog = log2(index.followersAt(row));
        out[n++] = FOLLOWER_WEIGHT;
        out[n++] = logLikeness(p.followersLog, followersLog);
        long gmv = index.gmvAt(row);
        if (p.gmvKnown && index.currencyCodeAt(row) == p.currency && gmv != CreatorIndex.GMV_UNKNOWN) {
            out[n++] = SALES_WEIGHT;
            out[n++] = logLikeness(p.salesLog, log2(Math.max(0, gmv)) - followersLog);
        }
        return Arrays.copyOf(out, n);
    }

    /// Likeness of three gender shares over those both state, or -1 when they share none.
    private static int shareLikeness(int a0, int b0, int a1, int b1, int a2, int b2) {
        int stated = 0;
        int diff = 0;
        if (a0 >= 0 && b0 >= 0) {
            stated++;
            diff += Math.abs(a0 - b0);
        }
        if (a1 >= 0 && b1 >= 0) {
            stated++;
            diff += Math.abs(a1 - b1);
        }
        if (a2 >= 0 && b2 >= 0) {
            stated++;
            diff += Math.abs(a2 - b2);
        }
        return stated == 0 ? -1 : likeness(diff, stated);
    }

    private static int ageLikeness(int[] source, CreatorIndex ix, int row) {
        int stated = 0;
        int diff = 0;
        for (int band = 0; band < 5; band++) {
            int a = source[band];
            int b = ix.agePercentAt(row, band);
            if (a >= 0 && b >= 0) {
                stated++;
                diff += Math.abs(a - b);
            }
        }
        return stated == 0 ? -1 : likeness(diff, stated);
    }

    /// Shares of a whole differ by at most 200 points in sum (100 when only one share is stated).
    private static int likeness(int diff, int stated) {
        // ONE · diff / 100 or / 200, as a multiplication: 2^26 / 100 = 671089 (rounded up)
        int off = (int) ((long) diff * ONE * 671_089 >>> (stated == 1 ? 26 : 27));
        return Math.max(0, ONE - off);
    }

    private static int logLikeness(int a, int b) {
        int diff = Math.abs(a - b);
        return diff >= HUNDREDFOLD ? 0 : (int) ((long) (HUNDREDFOLD - diff) * PER_HUNDREDFOLD >>> 32);
    }

    /// log2(1 + x) in 1/256ths, the fraction read linearly from the bits below the top one.
    static int log2(long x) {
        long v = x + 1;
        int top = 63 - Long.numberOfLeadingZeros(v);
        int fraction = (int) ((v << (63 - top)) >>> 55) & 0xff;
        return top << 8 | fraction;
    }

    private List<Reason> reasons(Profile p, int row) {
        List<Reason> out = new ArrayList<>();
        int g = index.dominantGenderAt(row);
        int band = index.dominantBandAt(row);
        boolean sameGender = p.genderKnown && g == p.dominantGender;
        boolean sameBand = p.agesKnown && band == p.dominantBand;
        String genderName = sameGender ? Gender.values()[g].name().toLowerCase(Locale.ROOT) : null;
        String bandName = sameBand ? Audience.AGE_BANDS[band] : null;
        if (sameGender && sameBand) {
            out.add(new Reason(Kind.AUDIENCE, List.of(bandName, genderName), 0));
        } else if (sameGender) {
            out.add(new Reason(Kind.AUDIENCE_GENDER, List.of(genderName), 0));
        } else if (sameBand) {
            out.add(new Reason(Kind.AUDIENCE_AGE, List.of(bandName), 0));
        }
        List<String> shared = new ArrayList<>();
        int[] mine = index.categoriesAt(p.row);
        for (int category : index.categoriesAt(row)) {
            for (int have : mine) {
                if (have == category) {
                    shared.add(index.categoryName(category));
                    break;
                }
            }
        }
        int categories = shared.size();
        int content = p.content & index.contentBitsAt(row);
        for (ContentType type : ContentType.values()) {
            if ((content & 1 << type.ordinal()) != 0) {
                shared.add(type.code());
            }
        }
        if (!shared.isEmpty()) {
            out.add(new Reason(Kind.SHARED, shared, categories));
        }
        long followers = index.followersAt(row);
        if (p.followers > 0 && followers * 10 >= p.followers && followers <= 10L * p.followers) {
            out.add(new Reason(Kind.FOLLOWERS, List.of(), (int) Math.round(100.0 * followers / p.followers)));
        }
        long gmv = index.gmvAt(row);
        if (p.gmvKnown && gmv != CreatorIndex.GMV_UNKNOWN && index.currencyCodeAt(row) == p.currency
                && Math.abs(p.salesLog - (log2(Math.max(0, gmv)) - log2(followers))) <= 150) { // ≈ 1.5×
            out.add(new Reason(Kind.SALES, List.of(index.currencyAt(row)), 0));
        }
        return out;
    }
}
