package dev.sellerworkbench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.search.CreatorQuery.AgeFilter;
import dev.sellerworkbench.search.CreatorQuery.Declining;
import dev.sellerworkbench.search.CreatorQuery.GenderFilter;
import dev.sellerworkbench.search.CreatorQuery.Sort;
import dev.sellerworkbench.store.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// Property: on random creators, the index gives the same page and the same count as an SQL
/// query over H2 that states the filter and sort of [CreatorQuery] directly (R-CR-3). Data is
/// drawn with many ties and with shares exactly on whole percents, so boundaries and the id
/// tie-break are exercised; each seed also runs the scan split into several chunks.
class CreatorIndexMatchesSqlTest {

    private static final Region[] REGIONS = {Region.VN, Region.ID, Region.GB, Region.TH};
    private static final String[] CATEGORIES = {"Beauty", "Fashion", "Home", "Food", "Mother & Baby", "Sports"};
    private static final String[] FIRST = {"Linh", "Thảo", "Minh", "Siti", "Emma", "Ploy", "Đức", "Ngọc", "Tom", "Huy"};
    private static final String[] LAST = {"Nguyễn", "Trần", "Lestari", "Taylor", "Srisuk", "Phạm", "Lê", "Wong"};
    private static final long[] COMMON_FOLLOWERS = {1_000, 10_000, 100_000, 250_000};

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(longs = {11L, 2_026L, 777_001L})
    void indexAnswersEqualSqlAnswersOnRandomData(long seed) throws Exception {
        Random random = new Random(seed);
        try (Workspace workspace = Workspace.open(folder)) {
            List<Creator> creators = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                creators.add(randomCreator(random, i));
            }
            workspace.creators().insertAll(creators);
            CreatorIndex built = CreatorIndex.build(workspace, Progress.NONE);
            CreatorIndex upserted = CreatorIndex.empty();
            workspace.creators().forEach(upserted::upsert);
            List<Creator> stored = new ArrayList<>();
            workspace.creators().forEach(stored::add);
            workspace.jdbi().useHandle(h -> {
                Connection c = h.getConnection();
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE ALIAS IF NOT EXISTS FOLD FOR 'dev.sellerworkbench.search.TextFold.fold'");
                }
                for (int q = 0; q < 250; q++) {
                    CreatorQuery query = randomQuery(random, stored);
                    Expected expected = sql(c, query);
                    String label = "seed " + seed + " query " + q + ": " + query;
                    CreatorPage page = built.search(query);
                    assertEquals(expected.total, page.total(), "count, " + label);
                    assertEquals(expected.ids, page.ids(), "page, " + label);
                    CreatorPage chunked = built.search(query, Progress.NONE, 7);
                    assertEquals(expected.total, chunked.total(), "chunked count, " + label);
                    assertEquals(expected.ids, chunked.ids(), "chunked page, " + label);
                    if (q % 5 == 0) {
                        assertEquals(expected.ids, upserted.search(query).ids(), "upserted index, " + label);
                    }
                }
            });
        }
    }

    private record Expected(List<Long> ids, int total) {
    }

    // ---------------------------------------------------------------- data

    private static Creator randomCreator(Random random, int i) {
        Region region = REGIONS[random.nextInt(REGIONS.length)];
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String handle = TextFold.fold(first).replace(' ', '_') + "." + TextFold.fold(last) + i;
        long followers = random.nextInt(5) == 0 ? COMMON_FOLLOWERS[random.nextInt(COMMON_FOLLOWERS.length)]
                : random.nextInt(5_000_000);
        String currency = region.currency();
        BigDecimal gmv = region == Region.VN || region == Region.ID
                ? BigDecimal.valueOf(random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000))
                : BigDecimal.valueOf(random.nextInt(10_000_000), 2);
        List<String> categories = new ArrayList<>();
        categories.add(CATEGORIES[random.nextInt(CATEGORIES.length)]);
        if (random.nextInt(3) == 0) {
            String second = CATEGORIES[random.nextInt(CATEGORIES.length)];
            if (!second.equals(categories.get(0))) {
                categories.add(second);
            }
        }
        Set<ContentType> types = EnumSet.noneOf(ContentType.class);
        for (ContentType type : ContentType.values()) {
            if (random.nextInt(3) == 0) {
                types.add(type);
            }
        }
        Level level;
        int roll = random.nextInt(100);
        if (roll < 12) {
            level = null;
        } else if (roll < 18) {
            level = Level.unrated(LevelKind.OFFICIAL);
        } else {
            int value = random.nextInt(9);
            level = (random.nextBoolean() ? Level.official(value) : Level.projected(value))
                    .withDeclining(random.nextInt(8) == 0);
        }
        return new Creator(0, handle, first + " " + last, region, null, followers, random.nextInt(400),
                random.nextInt(300_000), random.nextInt(40) * 50, Money.of(gmv, currency), 0, 0, categories, types,
                null, null, randomAudience(random), level);
    }

    private static Audience randomAudience(Random random) {
        if (random.nextInt(10) == 0) {
            return Audience.UNKNOWN;
        }
        int[] gender = split(random, 3);
        int[] ages = split(random, 5);
        return new Audience(gender[0], gender[1], gender[2], ages[0], ages[1], ages[2], ages[3], ages[4]);
    }

    /// Shares summing to 10000, often on whole percents and often tied.
    private static int[] split(Random random, int parts) {
        int[] shares = new int[parts];
        int left = 10_000;
        for (int i = 0; i < parts - 1; i++) {
            int share = random.nextBoolean() ? random.nextInt(left + 1) : random.nextInt(left / 100 + 1) * 100;
            if (random.nextInt(6) == 0) {
                share = left / (parts - i);
            }
            shares[i] = share;
            left -= share;
        }
        shares[parts - 1] = left;
        return shares;
    }

    // ---------------------------------------------------------------- queries

    private static CreatorQuery randomQuery(Random random, List<Creator> creators) {
        CreatorQuery.Builder b = CreatorQuery.builder();
        Creator sample = creators.get(random.nextInt(creators.size()));
        if (random.nextInt(10) < 3) {
            b.regions(REGIONS[random.nextInt(REGIONS.length)], REGIONS[random.nextInt(REGIONS.length)]);
        }
        if (random.nextInt(10) < 4) {
            List<Integer> levels = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                levels.add(random.nextInt(9));
            }
            b.levels(levels);
        }
        if (random.nextInt(7) == 0) {
            b.unrated(true);
        }
        if (random.nextInt(10) < 3) {
            long a = creators.get(random.nextInt(creators.size())).followers();
            long c = creators.get(random.nextInt(creators.size())).followers();
            b.followers(random.nextInt(3) == 0 ? null : Math.min(a, c), random.nextInt(3) == 0 ? null : Math.max(a, c));
        }
        Audience audience = sample.audience();
        if (random.nextInt(4) == 0) {
            Gender g = Gender.values()[random.nextInt(3)];
            int percent = random.nextBoolean() ? audience.shareOf(g) / 100 : random.nextInt(101);
            b.gender(GenderFilter.atLeast(g, percent));
        } else if (random.nextInt(10) == 0) {
            b.gender(GenderFilter.dominant(Gender.values()[random.nextInt(3)]));
        }
        if (random.nextInt(4) == 0) {
            int band = random.nextInt(5);
            int percent = random.nextBoolean() ? audience.ages()[band] / 100 : random.nextInt(60);
            b.age(AgeFilter.atLeast(band, percent));
        } else if (random.nextInt(10) == 0) {
            b.age(AgeFilter.dominant(random.nextInt(5)));
        }
        if (random.nextInt(4) == 0) {
            String name = random.nextInt(8) == 0 ? "Pets" : CATEGORIES[random.nextInt(CATEGORIES.length)];
            b.categories(random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name,
                    CATEGORIES[random.nextInt(CATEGORIES.length)]);
        }
        if (random.nextInt(5) == 0) {
            b.contentTypes(ContentType.values()[random.nextInt(3)], ContentType.values()[random.nextInt(3)]);
        }
        if (random.nextInt(7) == 0) {
            Money a = sample.gmv30d();
            Money c = creators.stream().filter(x -> x.gmv30d().currency().equals(a.currency())).skip(random.nextInt(50))
                    .findFirst().orElse(sample).gmv30d();
            Money lo = a.compareTo(c) <= 0 ? a : c;
            Money hi = a.compareTo(c) <= 0 ? c : a;
            b.gmv(random.nextInt(4) == 0 ? null : lo, random.nextInt(4) == 0 && lo != null ? null : hi);
        }
        if (random.nextInt(5) == 0) {
            int lo = random.nextInt(40) * 50;
            b.engagementBp(lo, random.nextBoolean() ? null : lo + random.nextInt(1_000));
        }
        if (random.nextInt(6) == 0) {
            String source = random.nextBoolean() ? sample.handle() : TextFold.fold(sample.name());
            int from = random.nextInt(Math.max(1, source.length() - 3));
            String word = source.substring(from, Math.min(source.length(), from + 2 + random.nextInt(4)));
            b.text(random.nextBoolean() ? word.toUpperCase(Locale.ROOT) : random.nextInt(4) == 0 ? "@" + word : word);
        }
        if (random.nextInt(5) == 0) {
            b.declining(random.nextBoolean() ? Declining.ONLY : Declining.EXCLUDE);
        }
        Sort[] sorts = Sort.values();
        b.sort(sorts[random.nextInt(sorts.length)], random.nextBoolean());
        b.offset(random.nextInt(3) == 0 ? random.nextInt(80) : 0);
        b.limit(1 + random.nextInt(60));
        return b.build();
    }

    // ---------------------------------------------------------------- the SQL reference

    /// Creators with the level they show, as one relation (the shown level has its own table).
    private static final String CREATORS = "(SELECT c.*, s.level, s.level_kind, COALESCE(s.declining, FALSE) declining "
            + "FROM creator c LEFT JOIN creator_level_shown s ON s.creator_id = c.id) creator";

    private static Expected sql(Connection c, CreatorQuery q) throws Exception {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (!q.regions().isEmpty()) {
            where.add("region IN (" + String.join(",", q.regions().stream().map(r -> "'" + r.name() + "'").toList()) + ")");
        }
        if (!q.levels().isEmpty() || q.unrated()) {
            List<String> any = new ArrayList<>();
            if (!q.levels().isEmpty()) {
                any.add("level IN (" + String.join(",", q.levels().stream().map(String::valueOf).toList()) + ")");
            }
            if (q.unrated()) {
                any.add("level IS NULL");
            }
            where.add("(" + String.join(" OR ", any) + ")");
        }
        if (q.followersMin() != null) {
            where.add("followers >= ?");
            args.add(q.followersMin());
        }
        if (q.followersMax() != null) {
            where.add("followers <= ?");
            args.add(q.followersMax());
        }
        String f = "aud_female_bp";
        String m = "aud_male_bp";
        String o = "aud_other_bp";
        String femaleFirst = "(" + f + " >= " + m + " AND " + f + " >= " + o + ")";
        if (q.gender() != null) {
            Gender g = q.gender().gender();
            String column = g == Gender.FEMALE ? f : g == Gender.MALE ? m : o;
            if (q.gender().minPercent() != null) {
                where.add(column + " >= " + q.gender().minPercent() * 100);
            } else {
                String known = "(" + f + " + " + m + " + " + o + " > 0)";
                where.add(known + " AND " + switch (g) {
                    case FEMALE -> femaleFirst;
                    case MALE -> "NOT " + femaleFirst + " AND " + m + " >= " + o;
                    case OTHER -> "NOT " + femaleFirst + " AND " + m + " < " + o;
                });
            }
        }
        String[] ageColumns = {"age_18_24_bp", "age_25_34_bp", "age_35_44_bp", "age_45_54_bp", "age_55_plus_bp"};
        if (q.age() != null) {
            int band = q.age().band();
            if (q.age().minPercent() != null) {
                where.add(ageColumns[band] + " >= " + q.age().minPercent() * 100);
            } else {
                List<String> parts = new ArrayList<>();
                parts.add(ageColumns[band] + " > 0");
                for (int j = 0; j < 5; j++) {
                    if (j < band) {
                        parts.add(ageColumns[band] + " > " + ageColumns[j]);
                    } else if (j > band) {
                        parts.add(ageColumns[band] + " >= " + ageColumns[j]);
                    }
                }
                where.add(String.join(" AND ", parts));
            }
        }
        if (!q.categories().isEmpty()) {
            List<String> any = new ArrayList<>();
            for (String category : q.categories()) {
                any.add("LOCATE(?, '|' || LOWER(categories) || '|') > 0");
                args.add("|" + category.strip().toLowerCase(Locale.ROOT) + "|");
            }
            where.add("(" + String.join(" OR ", any) + ")");
        }
        if (!q.contentTypes().isEmpty()) {
            List<String> any = new ArrayList<>();
            for (ContentType type : q.contentTypes()) {
                any.add("LOCATE('|" + type.code() + "|', '|' || content_types || '|') > 0");
            }
            where.add("(" + String.join(" OR ", any) + ")");
        }
        if (q.gmvCurrency() != null) {
            where.add("currency = ?");
            args.add(q.gmvCurrency());
            if (q.gmvMin() != null) {
                where.add("gmv_30d >= ?");
                args.add(q.gmvMin().amount());
            }
            if (q.gmvMax() != null) {
                where.add("gmv_30d <= ?");
                args.add(q.gmvMax().amount());
            }
        }
        if (q.engagementMinBp() != null) {
            where.add("engagement_bp >= " + q.engagementMinBp());
        }
        if (q.engagementMaxBp() != null) {
            where.add("engagement_bp <= " + q.engagementMaxBp());
        }
        for (String word : TextFold.fold(q.text()).replace("@", " ").strip().split("\\s+")) {
            if (!word.isEmpty()) {
                where.add("(LOCATE(?, FOLD(handle)) > 0 OR LOCATE(?, FOLD(name)) > 0)");
                args.add(word);
                args.add(word);
            }
        }
        if (q.declining() != Declining.ANY) {
            where.add("declining = " + (q.declining() == Declining.ONLY ? "TRUE" : "FALSE"));
        }
        String whereSql = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        String dir = q.ascending() ? " ASC" : " DESC";
        String order = switch (q.sort()) {
            case FOLLOWERS -> "followers" + dir;
            case VIDEOS -> "videos" + dir;
            case AVG_VIEWS -> "avg_views" + dir;
            case ENGAGEMENT -> "engagement_bp" + dir;
            case GMV -> "CASE WHEN gmv_30d IS NULL THEN 1 ELSE 0 END, currency ASC, gmv_30d" + dir;
            case LEVEL -> "CASE WHEN level IS NULL THEN 1 ELSE 0 END, level" + dir;
        };
        int total;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + CREATORS + whereSql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getInt(1);
            }
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + CREATORS + whereSql + " ORDER BY " + order
                + ", id ASC LIMIT " + q.limit() + " OFFSET " + q.offset())) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return new Expected(ids, total);
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws Exception {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }
}
