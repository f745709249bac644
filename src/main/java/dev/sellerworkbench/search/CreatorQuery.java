package dev.sellerworkbench.search;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Region;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/// What Find Creators asks for (R-CR-3): filters, one sort, and a page. Every filter is off when
/// empty or null. Build one with [#builder()] or change one with [#toBuilder()].
///
/// - `regions`, `categories`, `contentTypes`: a creator matches when it has any of them.
/// - `levels` and `unrated`: several levels at once; `unrated` adds creators with no level
///   (R-LV-5). Both empty/false: any level.
/// - `followersMin/Max`, `engagementMinBp/MaxBp`: inclusive bounds; engagement in hundredths
///   of a percent.
/// - `gender`, `age`: the audience (R-CR-2), a dominant value or a minimum share in whole percent.
/// - `gmvMin/Max`: 30-day GMV, inclusive, in one currency. **Decision:** regions sell in
///   different currencies and the workbench holds no exchange rates, so a GMV range applies within
///   its currency: a creator whose GMV is in another currency does not match it.
/// - `contacted`: by the outreach log (R-OUT-2), contacted within the last N days (today in the
///   seller's zone included) or never contacted; null: either.
/// - `text`: words that must each occur in the handle or the name, compared as [TextFold] does.
/// - `sort`, `ascending`: ties are always broken by ascending creator id, so pages are stable.
///   **Decision (R-ST-6):** a GMV sort never compares amounts of two currencies: it lists the
///   creators one currency after another (codes in alphabetical order: GBP, IDR, VND …) and ranks
///   by GMV within each; [CreatorPage#gmvCurrencies] names the blocks for the screen and the CLI.
///   Unrated creators sort after every level in both directions.
public record CreatorQuery(Set<Region> regions, Set<Integer> levels, boolean unrated,
                           Long followersMin, Long followersMax,
                           GenderFilter gender, AgeFilter age,
                           Set<String> categories, Set<ContentType> contentTypes,
                           Money gmvMin, Money gmvMax,
                           Integer engagementMinBp, Integer engagementMaxBp,
                           String text, Declining declining, Contacted contacted,
                           Sort sort, boolean ascending, int offset, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    /// Levels run 0..8 (TikTok) or 0..7 (Douyin); the index keeps room up to this.
    public static final int MAX_LEVEL = 30;

    /// The sortable figures: the platform's three (followers, videos, average views) plus GMV,
    /// engagement and level (R-CR-3).
    public enum Sort {
        FOLLOWERS("followers"), VIDEOS("videos"), AVG_VIEWS("views"), GMV("gmv"), ENGAGEMENT("engagement"),
        LEVEL("level");

        private final String code;

        Sort(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /// `followers`, `videos`, `views`, `gmv`, `engagement`, `level` (or the enum name); null when unknown.
        public static Sort parse(String text) {
            for (Sort sort : values()) {
                if (sort.code.equalsIgnoreCase(text.trim()) || sort.name().equalsIgnoreCase(text.trim())) {
                    return sort;
                }
            }
            return null;
        }
    }

    /// The declining flag of R-LV-4: any, only declining creators, or none of them.
    public enum Declining { ANY, ONLY, EXCLUDE }

    /// Contacted within the last `withinDays` days (today included), or `never` contacted (R-OUT-2).
    public record Contacted(Integer withinDays, boolean never) {
        public Contacted {
            if (never == (withinDays != null)) {
                throw new IllegalArgumentException("Contacted: either within some days or never");
            }
            if (withinDays != null && (withinDays < 1 || withinDays > 3_650)) {
                throw new IllegalArgumentException("Contacted within 1..3650 days, not " + withinDays);
            }
        }

        public static Contacted within(int days) {
            return new Contacted(days, false);
        }

        public static Contacted neverContacted() {
            return new Contacted(null, true);
        }
    }

    /// The audience's gender: `minPercent` null means `gender` is the dominant one.
    public record GenderFilter(Gender gender, Integer minPercent) {
        public GenderFilter {
            if (gender == null) {
                throw new IllegalArgumentException("A gender filter needs a gender");
            }
            checkPercent(minPercent);
        }

        public static GenderFilter dominant(Gender gender) {
            return new GenderFilter(gender, null);
        }

        public static GenderFilter atLeast(Gender gender, int percent) {
            return new GenderFilter(gender, percent);
        }
    }

    /// An age band (index into [Audience#AGE_BANDS]): `minPercent` null means the dominant band.
    public record AgeFilter(int band, Integer minPercent) {
        public AgeFilter {
            if (band < 0 || band >= Audience.AGE_BANDS.length) {
                throw new IllegalArgumentException("No age band " + band);
            }
            checkPercent(minPercent);
        }

        public static AgeFilter dominant(int band) {
            return new AgeFilter(band, null);
        }

        public static AgeFilter atLeast(int band, int percent) {
            return new AgeFilter(band, percent);
        }

        /// The band for "18-24", "25-34", "35-44", "45-54" or "55+"; -1 when unknown.
        public static int band(String label) {
            String trimmed = label.trim().replace('–', '-');
            for (int i = 0; i < Audience.AGE_BANDS.length; i++) {
                if (Audience.AGE_BANDS[i].equals(trimmed)) {
                    return i;
                }
            }
            return trimmed.equals("55-") || trimmed.equals("55") ? 4 : -1;
        }
    }

    public CreatorQuery {
        regions = regions == null || regions.isEmpty() ? Set.of() : Set.copyOf(regions);
        levels = levels == null ? Set.of() : Set.copyOf(new TreeSet<>(levels));
        for (int level : levels) {
            if (level < 0 || level > MAX_LEVEL) {
                throw new IllegalArgumentException("No level " + level);
            }
        }
        categories = categories == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(categories));
        contentTypes = contentTypes == null || contentTypes.isEmpty() ? Set.of() : Set.copyOf(contentTypes);
        if (followersMin != null && followersMax != null && followersMin > followersMax) {
            throw new IllegalArgumentException("Followers: minimum " + followersMin + " is above maximum " + followersMax);
        }
        if (engagementMinBp != null && engagementMaxBp != null && engagementMinBp > engagementMaxBp) {
            throw new IllegalArgumentException("Engagement: minimum is above maximum");
        }
        if (gmvMin != null && gmvMax != null) {
            if (!gmvMin.currency().equals(gmvMax.currency())) {
                throw new IllegalArgumentException("GMV range in two currencies: " + gmvMin.currency() + " and "
                        + gmvMax.currency());
            }
            if (gmvMin.compareTo(gmvMax) > 0) {
                throw new IllegalArgumentException("GMV: minimum is above maximum");
            }
        }
        text = text == null ? "" : text.strip();
        declining = declining == null ? Declining.ANY : declining;
        sort = sort == null ? Sort.FOLLOWERS : sort;
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("Offset and limit must not be negative");
        }
    }

    private static void checkPercent(Integer percent) {
        if (percent != null && (percent < 0 || percent > 100)) {
            throw new IllegalArgumentException("A share is 0..100%, not " + percent);
        }
    }

    /// Every creator, most followers first, first page.
    public static CreatorQuery all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.regions.addAll(regions);
        b.levels.addAll(levels);
        b.unrated = unrated;
        b.followersMin = followersMin;
        b.followersMax = followersMax;
        b.gender = gender;
        b.age = age;
        b.categories.addAll(categories);
        b.contentTypes.addAll(contentTypes);
        b.gmvMin = gmvMin;
        b.gmvMax = gmvMax;
        b.engagementMinBp = engagementMinBp;
        b.engagementMaxBp = engagementMaxBp;
        b.text = text;
        b.declining = declining;
        b.contacted = contacted;
        b.sort = sort;
        b.ascending = ascending;
        b.offset = offset;
        b.limit = limit;
        return b;
    }

    /// The same filters and sort, another page.
    public CreatorQuery page(int newOffset, int newLimit) {
        return toBuilder().offset(newOffset).limit(newLimit).build();
    }

    /// The currency a GMV range is in, or null without one.
    public String gmvCurrency() {
        return gmvMin != null ? gmvMin.currency() : gmvMax != null ? gmvMax.currency() : null;
    }

    /// Collects a query; setters return the builder.
    public static final class Builder {
        private final Set<Region> regions = EnumSet.noneOf(Region.class);
        private final Set<Integer> levels = new TreeSet<>();
        private boolean unrated;
        private Long followersMin;
        private Long followersMax;
        private GenderFilter gender;
        private AgeFilter age;
        private final Set<String> categories = new LinkedHashSet<>();
        private final Set<ContentType> contentTypes = EnumSet.noneOf(ContentType.class);
        private Money gmvMin;
        private Money gmvMax;
        private Integer engagementMinBp;
        private Integer engagementMaxBp;
        private String text = "";
        private Declining declining = Declining.ANY;
        private Contacted contacted;
        private Sort sort = Sort.FOLLOWERS;
        private boolean ascending;
        private int offset;
        private int limit = DEFAULT_LIMIT;

        private Builder() {
        }

        public Builder regions(Region... values) {
            return regions(Arrays.asList(values));
        }

        public Builder regions(Collection<Region> values) {
            regions.clear();
            regions.addAll(values);
            return this;
        }

        public Builder levels(Integer... values) {
            return levels(Arrays.asList(values));
        }

        public Builder levels(Collection<Integer> values) {
            levels.clear();
            levels.addAll(values);
            return this;
        }

        /// Includes creators with no level (shown as "unrated", not L0).
        public Builder unrated(boolean include) {
            unrated = include;
            return this;
        }

        public Builder followers(Long min, Long max) {
            followersMin = min;
            followersMax = max;
            return this;
        }

        public Builder gender(GenderFilter filter) {
            gender = filter;
            return this;
        }

        public Builder age(AgeFilter filter) {
            age = filter;
            return this;
        }

        public Builder categories(String... values) {
            return categories(Arrays.asList(values));
        }

        public Builder categories(Collection<String> values) {
            categories.clear();
            categories.addAll(values);
            return this;
        }

        public Builder contentTypes(ContentType... values) {
            return contentTypes(Arrays.asList(values));
        }

        public Builder contentTypes(Collection<ContentType> values) {
            contentTypes.clear();
            contentTypes.addAll(values);
            return this;
        }

        public Builder gmv(Money min, Money max) {
            gmvMin = min;
            gmvMax = max;
            return this;
        }

        /// Engagement bounds in percent, e.g. 2.5 … 10.
        public Builder engagementPercent(BigDecimal min, BigDecimal max) {
            engagementMinBp = min == null ? null : min.movePointRight(2).intValue();
            engagementMaxBp = max == null ? null : max.movePointRight(2).intValue();
            return this;
        }

        public Builder engagementBp(Integer min, Integer max) {
            engagementMinBp = min;
            engagementMaxBp = max;
            return this;
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public Builder declining(Declining value) {
            declining = value;
            return this;
        }

        /// Contacted within some days or never (R-OUT-2); null: either.
        public Builder contacted(Contacted value) {
            contacted = value;
            return this;
        }

        public Builder sort(Sort value, boolean asc) {
            sort = value;
            ascending = asc;
            return this;
        }

        public Builder offset(int value) {
            offset = value;
            return this;
        }

        public Builder limit(int value) {
            limit = value;
            return this;
        }

        public CreatorQuery build() {
            return new CreatorQuery(regions, levels, unrated, followersMin, followersMax, gender, age, categories,
                    contentTypes, gmvMin, gmvMax, engagementMinBp, engagementMaxBp, text, declining, contacted, sort, ascending,
                    offset, limit);
        }
    }
}
