package dev.sellerworkbench.demo;

import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/// Fills an empty workspace with a deterministic demo data set: creators across six markets with
/// skewed followers, views and GMV, audiences that sum to 100%, WhatsApp numbers (some missing or
/// invalid on purpose), official levels for most; products (some Revoked); plans of each type;
/// applications in every status; three months of orders and monthly statistics.
public final class DemoGenerator {

    /// Creators past this many get one month of history (statistics and official level) instead
    /// of three, which keeps a million-creator workspace quick to build while every creator still
    /// has the month the level engine reads.
    static final int FULL_HISTORY = 100_000;

    public static final int DEFAULT_CREATORS = 20_000;

    private static final Region[] REGIONS = {Region.VN, Region.ID, Region.GB, Region.TH, Region.MY, Region.PH};
    private static final int[] REGION_WEIGHTS = {35, 25, 15, 10, 8, 7};
    static final String[] CATEGORIES = {"Beauty", "Fashion", "Home", "Food", "Electronics", "Mother & Baby", "Sports", "Health"};
    private static final int[] LEVEL_WEIGHTS = {300, 250, 160, 110, 75, 50, 30, 17, 8};
    private static final String[][] FIRST = {
            {"Linh", "Minh", "Trang", "Huy", "Thảo", "Nam", "Ngọc", "Phương", "Tuấn", "Mai", "Hà", "Khoa"},
            {"Siti", "Putri", "Ayu", "Budi", "Dewi", "Rizky", "Intan", "Agus", "Nur", "Rina", "Fajar", "Wulan"},
            {"Emma", "Olivia", "Jack", "Amelia", "Harry", "Sophie", "Tom", "Grace", "Lily", "James", "Chloe", "Ella"},
            {"Nattaya", "Somchai", "Ploy", "Kanya", "Arthit", "Malee", "Pim", "Chaiya", "Fah", "Nok", "Ton", "Mint"},
            {"Aisyah", "Farah", "Hafiz", "Nurul", "Amir", "Mei Ling", "Wei Jie", "Priya", "Irfan", "Syafiq", "Aina", "Jia Hui"},
            {"Maria", "Angel", "Joshua", "Princess", "Mark", "Kristine", "Paolo", "Andrea", "Bea", "Carlo", "Jasmine", "Miguel"}};
    private static final String[][] LAST = {
            {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"},
            {"Lestari", "Wijaya", "Santoso", "Pratama", "Saputra", "Hidayat", "Kusuma", "Sari"},
            {"Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Clarke", "Hughes"},
            {"Srisuk", "Wong", "Chaiyaporn", "Boonmee", "Kaewkla", "Suksawat", "Rattana", "Thong"},
            {"Abdullah", "Tan", "Lim", "Ismail", "Rahman", "Lee", "Ng", "Hassan"},
            {"Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Torres", "Ramos"}};
    private static final BigDecimal[] FX_FROM_VND = {
            BigDecimal.ONE, new BigDecimal("0.62"), new BigDecimal("0.0000305"), new BigDecimal("0.00135"),
            new BigDecimal("0.00018"), new BigDecimal("0.0022")};

    private final Workspace workspace;
    private final Clock clock;
    private final Progress progress;

    public DemoGenerator(Workspace workspace, Clock clock, Progress progress) {
        this.workspace = workspace;
        this.clock = clock;
        this.progress = progress;
    }

    /// Generates the data set with `creatorCount` creators; the seed makes it repeatable.
    public void generate(int creatorCount) {
        try {
            fill(creatorCount);
        } catch (SQLException e) {
            throw new dev.sellerworkbench.store.StoreException(e);
        }
        workspace.checkpoint();
    }

    private void fill(int creatorCount) throws SQLException {
        workspace.jdbi().useHandle(h -> {
            Connection c = h.getConnection();
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                generate(c, creatorCount);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            } finally {
                c.setAutoCommit(auto);
            }
        });
    }

    private void generate(Connection c, int creatorCount) throws SQLException {
        Random random = new Random(20_261_123L);
        YearMonth current = YearMonth.now(clock);
        long totalSteps = creatorCount * 3L + 1_000;
        settings();
        List<String> productIds = products(c, random);
        byte[] levels = creators(c, random, creatorCount, current, totalSteps);
        stats(c, random, creatorCount, levels, current, totalSteps);
        long[] plans = plans(c, random, productIds, creatorCount, levels);
        applications(c, random, productIds, creatorCount, plans);
        orders(c, random, productIds, creatorCount, levels, plans);
        progress.update(totalSteps, totalSteps, "Demo workspace ready");
    }

    private void settings() {
        SettingsRepository settings = workspace.settings();
        settings.put(SettingsRepository.DEMO, "true");
        settings.put(SettingsRepository.SHOP_NAME, SettingsRepository.DEMO_SHOP_NAME);
        settings.put(SettingsRepository.REGION, "VN");
        settings.put(SettingsRepository.CURRENCY, "VND");
        settings.put(SettingsRepository.TIME_ZONE, "Asia/Ho_Chi_Minh");
        settings.put(SettingsRepository.WHATSAPP, "+84 912 000 111");
        settings.put(SettingsRepository.WHATSAPP_HIDDEN, "false");
        settings.put(SettingsRepository.EMAIL, "partners@huong-cosmetics.example");
        settings.put(SettingsRepository.EMAIL_HIDDEN, "true");
        settings.put(SettingsRepository.AFTER_SALES_PREFIX + "ID", "6");
        settings.put(SettingsRepository.AFTER_SALES_PREFIX + "GB", "14");
        settings.put(SettingsRepository.AFTER_SALES_PREFIX + "VN", "7");
        settings.put("target.audience", "female:60,18-24:30");
    }

    private List<String> products(Connection c, Random random) throws SQLException {
        List<String> ids = new ArrayList<>();
        String[] kinds = {"Serum dưỡng ẩm", "Kem chống nắng", "Son lì", "Áo thun", "Váy maxi", "Nồi chiên", "Bình giữ nhiệt",
                "Cà phê rang xay", "Tai nghe", "Sạc nhanh", "Bỉm em bé", "Thảm yoga", "Vitamin C"};
        int[] kindCategory = {0, 0, 0, 1, 1, 2, 2, 3, 4, 4, 5, 6, 7};
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO product (id, title, category, price, currency, status, "
                + "updated_at) VALUES (?,?,?,?,?,?,?)")) {
            for (int i = 0; i < 200; i++) {
                int kind = i % kinds.length;
                String id = String.valueOf(1_729_000_000_000_000_000L + i * 7_919L);
                ids.add(id);
                ps.setString(1, id);
                ps.setString(2, kinds[kind] + " " + (char) ('A' + (i / kinds.length) % 26) + (i / kinds.length + 1));
                ps.setString(3, CATEGORIES[kindCategory[kind]]);
                ps.setBigDecimal(4, BigDecimal.valueOf((49 + random.nextInt(950)) * 1_000L));
                ps.setString(5, "VND");
                ps.setString(6, i % 17 == 5 ? "REVOKED" : "LIVE");
                ps.setObject(7, now());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return ids;
    }

    private byte[] creators(Connection c, Random random, int count, YearMonth current, long totalSteps) throws SQLException {
        byte[] levels = new byte[count];
        String sql = "INSERT INTO creator (id, handle, region, name, followers, videos, avg_views, engagement_bp, gmv_30d, "
                + "currency, items_sold, products_promoted, categories, content_types, whatsapp, email, aud_female_bp, "
                + "aud_male_bp, aud_other_bp, age_18_24_bp, age_25_34_bp, age_35_44_bp, age_45_54_bp, age_55_plus_bp, "
                + "language, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        String shownSql = "INSERT INTO creator_level_shown (creator_id, level, level_kind, declining) VALUES (?,?,?,?)";
        String levelSql = "INSERT INTO creator_level (creator_id, level_month, level_kind, profile, level, diagnosis, computed_at) "
                + "VALUES (?,?,?,?,?,?,?)";
        OffsetDateTime now = now();
        try (PreparedStatement ps = c.prepareStatement(sql); PreparedStatement lv = c.prepareStatement(levelSql);
             PreparedStatement shown = c.prepareStatement(shownSql)) {
            int[] ages = new int[5];
            for (int i = 0; i < count; i++) {
                long id = i + 1L;
                int r = pick(random, REGION_WEIGHTS);
                Region region = REGIONS[r];
                int level = pick(random, LEVEL_WEIGHTS);
                levels[i] = (byte) level;
                String first = FIRST[r][random.nextInt(FIRST[r].length)];
                String last = LAST[r][random.nextInt(LAST[r].length)];
                String name = r == 2 || r == 5 ? first + " " + last : (r == 0 ? last + " " + first : first + " " + last);
                long followers = (long) Math.min(50_000_000, Math.exp(6.5 + level * 0.75 + random.nextGaussian() * 1.1));
                int videos = 5 + (int) Math.min(5_000, Math.exp(3 + random.nextGaussian() + level * 0.2));
                long avgViews = Math.max(50, (long) (followers * (0.05 + random.nextDouble() * 0.4)));
                int engagement = 50 + random.nextInt(1_200);
                long gmvVnd = level == 0 ? random.nextInt(2_000_000) : (long) (Math.exp(14 + level * 0.9 + random.nextGaussian() * 0.6));
                BigDecimal gmv = toCurrency(BigDecimal.valueOf(gmvVnd), r);
                int category = random.nextInt(CATEGORIES.length);
                String categories = CATEGORIES[category] + (random.nextInt(3) == 0 ? "|" + CATEGORIES[random.nextInt(CATEGORIES.length)] : "");
                if (categories.indexOf('|') > 0 && categories.split("\\|")[0].equals(categories.split("\\|")[1])) {
                    categories = CATEGORIES[category];
                }
                int female = category == 0 || category == 5 ? 5_500 + random.nextInt(4_000)
                        : category == 4 ? 1_500 + random.nextInt(3_500) : 2_500 + random.nextInt(5_000);
                int other = random.nextInt(300);
                int male = 10_000 - female - other;
                agesInto(random, ages);
                ps.setLong(1, id);
                ps.setString(2, handle(first, last, id));
                ps.setString(3, region.name());
                ps.setString(4, name);
                ps.setLong(5, followers);
                ps.setInt(6, videos);
                ps.setLong(7, avgViews);
                ps.setInt(8, engagement);
                ps.setBigDecimal(9, gmv);
                ps.setString(10, region.currency());
                ps.setLong(11, gmvVnd / 150_000);
                ps.setInt(12, level == 0 ? random.nextInt(3) : 1 + random.nextInt(5 + level * 6));
                ps.setString(13, categories);
                ps.setString(14, contentTypes(random, level));
                ps.setString(15, whatsapp(random, region));
                ps.setString(16, random.nextInt(3) == 0 ? handle(first, last, id) + "@mail.example" : null);
                ps.setInt(17, female);
                ps.setInt(18, male);
                ps.setInt(19, other);
                for (int a = 0; a < 5; a++) {
                    ps.setInt(20 + a, ages[a]);
                }
                boolean official = random.nextInt(100) < 85;
                int previous = Math.min(8, level + previousDelta(random));
                boolean declining = official && i < FULL_HISTORY && previous - level >= 2;
                if (official) {
                    shown.setLong(1, id);
                    shown.setInt(2, level);
                    shown.setString(3, "OFFICIAL");
                    shown.setBoolean(4, declining);
                    shown.addBatch();
                    addLevel(lv, id, current, level, now);
                    if (i < FULL_HISTORY) {
                        addLevel(lv, id, current.minusMonths(1), previous, now);
                    }
                }
                ps.setString(25, region.creatorLocale().toLanguageTag());
                ps.setObject(26, now);
                ps.addBatch();
                if (i % 5_000 == 4_999) {
                    ps.executeBatch();
                    shown.executeBatch();
                    lv.executeBatch();
                    c.commit();
                    progress.update(i, totalSteps, "Creators");
                    progress.checkCancelled();
                }
            }
            ps.executeBatch();
            shown.executeBatch();
            lv.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE creator ALTER COLUMN id RESTART WITH " + (count + 1L));
        }
        return levels;
    }

    private static int previousDelta(Random random) {
        int roll = random.nextInt(100);
        return roll < 70 ? 0 : roll < 85 ? -1 : roll < 95 ? 1 : 2;
    }

    private static void addLevel(PreparedStatement lv, long id, YearMonth month, int level, OffsetDateTime now) throws SQLException {
        lv.setLong(1, id);
        lv.setString(2, month.toString());
        lv.setString(3, "OFFICIAL");
        lv.setString(4, "tiktok");
        lv.setInt(5, level);
        lv.setNull(6, Types.VARCHAR);
        lv.setObject(7, now);
        lv.addBatch();
    }

    private void stats(Connection c, Random random, int count, byte[] levels, YearMonth current, long totalSteps) throws SQLException {
        String sql = "INSERT INTO creator_month_stats (creator_id, stat_month, gmv, currency, active_days, products_promoted, "
                + "reputation, credit_deducted, good_product_gmv) VALUES (?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                int level = levels[i];
                Region region = regionOf(c, i);
                for (int m = i < FULL_HISTORY ? 3 : 1; m >= 1; m--) {
                    YearMonth month = current.minusMonths(m);
                    long gmvVnd = level == 0 ? random.nextInt(3_000_000)
                            : (long) (Math.exp(14.2 + level * 0.95 + random.nextGaussian() * 0.5));
                    BigDecimal gmv = toCurrency(BigDecimal.valueOf(gmvVnd), regionIndex(region));
                    ps.setLong(1, i + 1L);
                    ps.setString(2, month.toString());
                    ps.setBigDecimal(3, gmv);
                    ps.setString(4, region.currency());
                    ps.setInt(5, Math.min(31, level * 3 + random.nextInt(8)));
                    ps.setInt(6, level == 0 ? random.nextInt(3) : 1 + random.nextInt(4 + level * 5));
                    ps.setBigDecimal(7, BigDecimal.valueOf(380 + random.nextInt(121), 2));
                    ps.setInt(8, random.nextInt(10) == 0 ? 2 + random.nextInt(6) : 0);
                    ps.setBigDecimal(9, gmv.multiply(BigDecimal.valueOf(20 + random.nextInt(81), 2)).setScale(0, java.math.RoundingMode.HALF_EVEN));
                    ps.addBatch();
                }
                if (i % 5_000 == 4_999) {
                    ps.executeBatch();
                    c.commit();
                    progress.update(count + 2L * i, totalSteps, "Monthly statistics");
                    progress.checkCancelled();
                }
            }
            ps.executeBatch();
        }
    }

    private Region[] regionCache;

    /// Regions were drawn when creators were written; read them back in one pass the first time.
    private Region regionOf(Connection c, int index) throws SQLException {
        if (regionCache == null) {
            List<Region> regions = new ArrayList<>();
            try (Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT region FROM creator ORDER BY id")) {
                while (rs.next()) {
                    regions.add(Region.valueOf(rs.getString(1)));
                }
            }
            regionCache = regions.toArray(Region[]::new);
        }
        return regionCache[index];
    }

    private static int regionIndex(Region region) {
        for (int i = 0; i < REGIONS.length; i++) {
            if (REGIONS[i] == region) {
                return i;
            }
        }
        return 0;
    }

    private long[] plans(Connection c, Random random, List<String> productIds, int creatorCount, byte[] levels) throws SQLException {
        OffsetDateTime now = now();
        long[] planIds = new long[7];
        String[] names = {"Tết 2027", "Everyday essentials", "Summer sale", "Ramadan", "Tết KOL", "UK launch", "Shop plan"};
        String[] types = {"OPEN", "OPEN", "OPEN", "TARGETED", "TARGETED", "TARGETED", "SHOP"};
        String[] statuses = {"PUBLISHED", "PUBLISHED", "DRAFT", "PUBLISHED", "PUBLISHED", "DRAFT", "PUBLISHED"};
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan (plan_type, name, description, end_date, status, "
                + "approval_required, shop_rate_bp, base_link, created_at, updated_at, published_at, version) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,0)", new String[] {"id"})) {
            for (int p = 0; p < names.length; p++) {
                ps.setString(1, types[p]);
                ps.setString(2, names[p]);
                ps.setString(3, p == 3 ? "Ramadan bundle for Indonesian creators" : null);
                ps.setObject(4, types[p].equals("TARGETED") ? Date.valueOf(LocalDate.now(clock).plusMonths(2)) : null);
                ps.setString(5, statuses[p]);
                ps.setBoolean(6, p != 1);
                if (p == 6) {
                    ps.setInt(7, 500);
                } else {
                    ps.setNull(7, Types.INTEGER);
                }
                ps.setString(8, types[p].equals("TARGETED") ? "https://affiliate.example/plan/" + (9000 + p) : null);
                ps.setObject(9, now.minusDays(40 - p));
                ps.setObject(10, now.minusDays(10 - p));
                ps.setObject(11, statuses[p].equals("PUBLISHED") ? now.minusDays(30 - p) : null);
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    planIds[p] = keys.getLong(1);
                }
            }
        }
        // Open plans share nothing (one open rate per product, R-PR-2); targeted plans overlap on purpose.
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_item (plan_id, product_id, rate_bp, reason, added_at) "
                + "VALUES (?,?,?,?,?)")) {
            int[][] ranges = {{0, 40}, {40, 80}, {80, 95}, {0, 12}, {5, 20}, {100, 110}};
            for (int p = 0; p < ranges.length; p++) {
                for (int i = ranges[p][0]; i < ranges[p][1]; i++) {
                    if (i % 17 == 5) {
                        continue; // revoked products are never added
                    }
                    ps.setLong(1, planIds[p]);
                    ps.setString(2, productIds.get(i));
                    ps.setInt(3, p < 3 ? 800 + 100 * random.nextInt(8) : 1_200 + 100 * random.nextInt(6));
                    ps.setString(4, "Chất liệu tốt, phù hợp làn da Việt Nam; bán chạy trong mùa lễ.");
                    ps.setObject(5, now.minusDays(30));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        SecureRandom tokens = new SecureRandom();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_creator (plan_id, creator_id, status, invited_at, "
                + "accepted_at, token, token_revoked, sent_at, sent_channel, declined_at) VALUES (?,?,?,?,?,?,FALSE,?,?,?)")) {
            for (int p = 3; p <= 5; p++) {
                int members = Math.min(creatorCount, 12 + 6 * (p - 3));
                java.util.Set<Long> chosen = new java.util.HashSet<>();
                for (int k = 0; k < members; k++) {
                    long creator = 1 + (long) ((k * 7_919L + p * 104_729L) % creatorCount);
                    if (levels[(int) creator - 1] < 2 && k % 3 != 0) {
                        creator = 1 + (creator * 31) % creatorCount;
                    }
                    while (!chosen.add(creator)) {
                        creator = creator % creatorCount + 1;
                    }
                    String status = k % 8 == 0 ? "NOT_SENT" : k % 4 == 0 ? "SENT" : k % 7 == 3 ? "DECLINED" : "ACCEPTED";
                    ps.setLong(1, planIds[p]);
                    ps.setLong(2, creator);
                    ps.setString(3, status);
                    ps.setObject(4, now.minusDays(20));
                    ps.setObject(5, status.equals("ACCEPTED") ? now.minusDays(18 - k % 5) : null);
                    byte[] token = new byte[16];
                    tokens.nextBytes(token);
                    ps.setString(6, HexFormat.of().formatHex(token));
                    boolean sent = !status.equals("NOT_SENT");
                    ps.setObject(7, sent ? now.minusDays(19) : null);
                    ps.setString(8, sent ? "WHATSAPP" : null);
                    ps.setObject(9, status.equals("DECLINED") ? now.minusDays(17) : null);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return planIds;
    }

    private void applications(Connection c, Random random, List<String> productIds, int creatorCount, long[] plans) throws SQLException {
        Instant now = clock.instant();
        int count = Math.min(600, Math.max(20, creatorCount / 10));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO application (external_id, creator_id, product_id, plan_id, "
                + "applied_at, status, decided_at, removed, note, version) VALUES (?,?,?,?,?,?,?,FALSE,NULL,0)")) {
            for (int i = 0; i < count; i++) {
                int roll = random.nextInt(100);
                String status = roll < 40 ? "PENDING" : roll < 75 ? "APPROVED" : roll < 90 ? "REJECTED" : "EXPIRED";
                boolean firstPlan = random.nextInt(3) > 0;
                int product = firstPlan ? random.nextInt(40) : 40 + random.nextInt(40);
                if (product % 17 == 5) {
                    product++;
                }
                long hoursAgo = status.equals("PENDING") ? random.nextInt(6 * 24) : status.equals("EXPIRED")
                        ? 8 * 24 + random.nextInt(20 * 24) : random.nextInt(60 * 24);
                Instant applied = now.minus(hoursAgo, ChronoUnit.HOURS).minus(random.nextInt(60), ChronoUnit.MINUTES);
                ps.setString(1, String.format("APP-%06d", i + 1));
                ps.setLong(2, 1 + random.nextInt(creatorCount));
                ps.setString(3, productIds.get(product));
                ps.setLong(4, firstPlan ? plans[0] : plans[1]);
                ps.setObject(5, applied.atOffset(ZoneOffset.UTC));
                ps.setString(6, status);
                ps.setObject(7, status.equals("PENDING") ? null : applied.plus(1 + random.nextInt(48), ChronoUnit.HOURS)
                        .atOffset(ZoneOffset.UTC));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void orders(Connection c, Random random, List<String> productIds, int creatorCount, byte[] levels, long[] plans)
            throws SQLException {
        Instant now = clock.instant();
        int count = Math.min(30_000, Math.max(200, creatorCount / 4));
        String sql = "INSERT INTO affiliate_order (order_id, sku_id, product_id, creator_handle, region, quantity, amount, "
                + "currency, rate_bp, est_commission, actual_commission, order_status, created_at, delivered_at, refunded, "
                + "refunded_at, commission_paid_at, content_type, plan_id, commission_base, commission, commission_source) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        List<String> handles = new ArrayList<>();
        List<Region> regions = new ArrayList<>();
        try (Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT c.handle, c.region FROM creator c JOIN creator_level_shown s ON s.creator_id = c.id "
                     + "WHERE s.level >= 2 ORDER BY c.id LIMIT 2000")) {
            while (rs.next()) {
                handles.add(rs.getString(1));
                regions.add(Region.valueOf(rs.getString(2)));
            }
        }
        if (handles.isEmpty()) {
            return;
        }
        String[] contentTypes = {"Video", "LIVE", "Showcase"};
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                int who = (int) Math.min(handles.size() - 1, Math.abs(random.nextGaussian()) * handles.size() / 3);
                Region region = regions.get(who);
                int productIndex = random.nextInt(80);
                if (productIndex % 17 == 5) {
                    productIndex++;
                }
                int quantity = 1 + (random.nextInt(10) == 0 ? random.nextInt(3) : 0);
                BigDecimal priceVnd = BigDecimal.valueOf((49 + random.nextInt(950)) * 1_000L * quantity);
                BigDecimal amount = toCurrency(priceVnd, regionIndex(region));
                int rate = 800 + 100 * random.nextInt(8);
                Instant created = now.minus(random.nextInt(92 * 24 * 60), ChronoUnit.MINUTES);
                boolean delivered = created.isBefore(now.minus(3, ChronoUnit.DAYS)) && random.nextInt(20) > 0;
                boolean refunded = delivered && random.nextInt(25) == 0;
                Instant deliveredAt = delivered ? created.plus(2 + random.nextInt(4), ChronoUnit.DAYS) : null;
                BigDecimal commission = amount.multiply(BigDecimal.valueOf(rate)).divide(BigDecimal.valueOf(10_000))
                        .setScale(dev.sellerworkbench.domain.Currencies.minorUnits(region.currency()), java.math.RoundingMode.HALF_EVEN);
                ps.setString(1, String.valueOf(576_000_000_000_000_000L + i * 13L));
                ps.setString(2, String.valueOf(1_729_500_000_000_000_000L + productIndex));
                ps.setString(3, productIds.get(productIndex));
                ps.setString(4, handles.get(who));
                ps.setString(5, region.name());
                ps.setInt(6, quantity);
                ps.setBigDecimal(7, amount);
                ps.setString(8, region.currency());
                ps.setInt(9, rate);
                ps.setBigDecimal(10, commission);
                ps.setBigDecimal(11, refunded ? BigDecimal.ZERO : delivered ? commission : null);
                ps.setString(12, refunded ? "Refunded" : delivered ? "Completed" : "Shipped");
                ps.setObject(13, created.atOffset(ZoneOffset.UTC));
                ps.setObject(14, deliveredAt == null ? null : deliveredAt.atOffset(ZoneOffset.UTC));
                ps.setBoolean(15, refunded);
                ps.setObject(16, refunded ? deliveredAt.plus(2, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC) : null);
                ps.setObject(17, null);
                ps.setString(18, contentTypes[random.nextInt(3)]);
                ps.setLong(19, productIndex < 40 ? plans[0] : plans[1]);
                // the line's one commission (R-ST-5): actual once delivered, else estimated
                ps.setBigDecimal(20, amount);
                ps.setBigDecimal(21, refunded ? BigDecimal.ZERO : commission);
                ps.setString(22, refunded || delivered ? "ACTUAL" : "ESTIMATED");
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static BigDecimal toCurrency(BigDecimal vnd, int regionIndex) {
        int scale = regionIndex <= 1 ? 0 : 2;
        return vnd.multiply(FX_FROM_VND[regionIndex]).setScale(scale, java.math.RoundingMode.HALF_EVEN);
    }

    private static final java.util.Map<String, String> HANDLE_BASES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String handle(String first, String last, long id) {
        return HANDLE_BASES.computeIfAbsent(first + "." + last, DemoGenerator::handleBase) + id;
    }

    private static String handleBase(String firstDotLast) {
        return java.text.Normalizer.normalize(firstDotLast.toLowerCase(java.util.Locale.ROOT),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("đ", "d").replaceAll("[^a-z.]", "");
    }

    private static String contentTypes(Random random, int level) {
        int roll = random.nextInt(10);
        if (level >= 4 && roll < 6) {
            return "live|video";
        }
        return roll < 6 ? "video" : roll < 8 ? "link" : "live";
    }

    /// A phone number as creators type it; about 8% missing and 3% invalid (pre-2018 or too short).
    private static String whatsapp(Random random, Region region) {
        int roll = random.nextInt(100);
        if (roll < 8) {
            return null;
        }
        if (roll < 11) {
            return region == Region.VN ? "016" + digits(random, 8) : "12" + digits(random, 3);
        }
        return switch (region) {
            case VN -> "09" + random.nextInt(10) + " " + digits(random, 3) + " " + digits(random, 3) + " " + digits(random, 1);
            case ID -> "0812-" + digits(random, 4) + "-" + digits(random, 4);
            case GB -> "07" + (400 + random.nextInt(500)) + " " + digits(random, 6);
            case TH -> "08" + random.nextInt(10) + "-" + digits(random, 3) + "-" + digits(random, 4);
            case MY -> "012-" + digits(random, 3) + " " + digits(random, 4);
            case PH -> "0917 " + digits(random, 3) + " " + digits(random, 4);
            default -> "+1 212 555 " + digits(random, 4);
        };
    }

    private static String digits(Random random, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    private static int pick(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static void agesInto(Random random, int[] ages) {
        int[] base = {35, 32, 18, 10, 5};
        int total = 0;
        for (int i = 0; i < 5; i++) {
            ages[i] = base[i] * (50 + random.nextInt(100));
            total += ages[i];
        }
        int sum = 0;
        for (int i = 0; i < 4; i++) {
            ages[i] = ages[i] * 10_000 / total;
            sum += ages[i];
        }
        ages[4] = 10_000 - sum;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
