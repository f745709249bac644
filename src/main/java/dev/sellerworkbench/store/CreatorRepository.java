package dev.sellerworkbench.store;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Region;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/// Creators (R-CR-1): the store of record behind Find Creators.
public final class CreatorRepository {

    static final String COLUMNS = "c.id, c.handle, c.region, c.name, c.platform_key, c.followers, c.videos, "
            + "c.avg_views, c.engagement_bp, c.gmv_30d, c.currency, c.items_sold, c.products_promoted, c.categories, "
            + "c.content_types, c.whatsapp, c.email, c.aud_female_bp, c.aud_male_bp, c.aud_other_bp, c.age_18_24_bp, "
            + "c.age_25_34_bp, c.age_35_44_bp, c.age_45_54_bp, c.age_55_plus_bp, s.level, s.level_kind, s.declining";

    /// The shown level lives in its own narrow table (V4): the monthly recompute rewrites many of
    /// them, and rewriting wide creator rows made that run six times slower.
    static final String FROM = " FROM creator c LEFT JOIN creator_level_shown s ON s.creator_id = c.id";

    private static final String INSERT = "INSERT INTO creator (handle, region, name, platform_key, followers, videos, "
            + "avg_views, engagement_bp, gmv_30d, currency, items_sold, products_promoted, categories, content_types, "
            + "whatsapp, email, aud_female_bp, aud_male_bp, aud_other_bp, age_18_24_bp, age_25_34_bp, age_35_44_bp, "
            + "age_45_54_bp, age_55_plus_bp, updated_at) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private static final String UPDATE = "UPDATE creator SET handle=?, region=?, name=?, platform_key=?, followers=?, "
            + "videos=?, avg_views=?, engagement_bp=?, gmv_30d=?, currency=?, items_sold=?, products_promoted=?, "
            + "categories=?, content_types=?, whatsapp=?, email=?, aud_female_bp=?, aud_male_bp=?, aud_other_bp=?, "
            + "age_18_24_bp=?, age_25_34_bp=?, age_35_44_bp=?, age_45_54_bp=?, age_55_plus_bp=?, updated_at=? "
            + "WHERE id=?";

    private final Jdbi jdbi;

    CreatorRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /// Inserts creators and returns their new ids, in order.
    public long[] insertAll(List<Creator> creators) {
        return Transactions.inTransaction(jdbi, h -> insertAll(h, creators));
    }

    /// Inserts within a caller's transaction (imports commit all rows or none).
    public static long[] insertAll(Handle handle, List<Creator> creators) {
        long[] ids = new long[creators.size()];
        try (PreparedStatement ps = handle.getConnection().prepareStatement(INSERT, new String[] {"id"})) {
            for (Creator c : creators) {
                bind(ps, c);
                ps.addBatch();
            }
            ps.executeBatch();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                int i = 0;
                while (keys.next() && i < ids.length) {
                    ids[i++] = keys.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
        Map<Long, Level> levels = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (creators.get(i).level() != null) {
                levels.put(ids[i], creators.get(i).level());
            }
        }
        insertLevels(handle, levels);
        return ids;
    }

    public long insert(Creator creator) {
        return insertAll(List.of(creator))[0];
    }

    public void update(Creator creator) {
        Transactions.useTransaction(jdbi, h -> update(h, creator));
    }

    public static void update(Handle handle, Creator creator) {
        try (PreparedStatement ps = handle.getConnection().prepareStatement(UPDATE)) {
            bind(ps, creator);
            ps.setLong(26, creator.id());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
        Map<Long, Level> levels = new LinkedHashMap<>();
        levels.put(creator.id(), creator.level());
        updateLevels(handle, levels);
    }

    /// Updates creators by id in one batch, within a caller's transaction (imports).
    public static void updateAll(Handle handle, List<Creator> creators) {
        if (creators.isEmpty()) {
            return;
        }
        updateRows(handle, creators);
        Map<Long, Level> levels = new LinkedHashMap<>();
        creators.forEach(c -> levels.put(c.id(), c.level()));
        updateLevels(handle, levels);
    }

    /// Rewrites the creator rows by id in one batch, leaving the shown levels as they are (an
    /// import whose rows change figures but not levels writes one table, not two).
    public static void updateRows(Handle handle, List<Creator> creators) {
        if (creators.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = handle.getConnection().prepareStatement(UPDATE)) {
            for (Creator c : creators) {
                bind(ps, c);
                ps.setLong(26, c.id());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }

    /// The creators holding any of these keys, `regions[i]` with `handles[i]` (an import's batch
    /// look-up): one query per batch, the keys joined as a list of values so that each is one
    /// look-up in the (region, handle) index. An IN list on the handle is no index condition on
    /// that index in H2: it read every creator of the region for each batch, so imports into a
    /// full workspace grew slower with every creator it held.
    public static List<Creator> findByHandles(Handle handle, List<Region> regions, List<String> handles) {
        if (handles.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM (VALUES ");
        for (int i = 0; i < handles.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(CAST(? AS VARCHAR(2)), CAST(? AS VARCHAR(100)))");
        }
        sql.append(") AS k (r, h) JOIN creator c ON c.region = k.r AND c.handle = k.h")
                .append(" LEFT JOIN creator_level_shown s ON s.creator_id = c.id");
        List<Creator> found = new ArrayList<>();
        try (PreparedStatement ps = handle.getConnection().prepareStatement(sql.toString())) {
            for (int i = 0; i < handles.size(); i++) {
                ps.setString(2 * i + 1, regions.get(i).name());
                ps.setString(2 * i + 2, handles.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(map(rs));
                }
            }
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
        return found;
    }

    /// The creators holding any of these platform keys (`creator_open_id`).
    public static List<Creator> findByPlatformKeys(Handle handle, Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT " + COLUMNS + FROM + " WHERE c.platform_key IN (<keys>)")
                .bindList("keys", List.copyOf(keys)).map(CreatorRepository::mapRow).list();
    }

    /// The id of the creator with this handle: in `region`, or when `region` is null the first by id.
    public static Optional<Long> findIdByHandle(Handle handle, Region region, String creatorHandle) {
        String sql = region == null
                ? "SELECT id FROM creator WHERE handle = :handle ORDER BY id LIMIT 1"
                : "SELECT id FROM creator WHERE handle = :handle AND region = :region";
        var query = handle.createQuery(sql).bind("handle", stripAt(creatorHandle));
        if (region != null) {
            query.bind("region", region.name());
        }
        return query.mapTo(Long.class).findOne();
    }

    public static long count(Handle handle) {
        return handle.createQuery("SELECT COUNT(*) FROM creator").mapTo(Long.class).one();
    }

    /// A share or rate the source did not state ([Audience#UNSTATED]) is stored as NULL (R-CR-2).
    private static void share(PreparedStatement ps, int index, int bp) throws SQLException {
        if (bp == Audience.UNSTATED) {
            ps.setNull(index, java.sql.Types.INTEGER);
        } else {
            ps.setInt(index, bp);
        }
    }

    private static int share(ResultSet rs, int index) throws SQLException {
        int bp = rs.getInt(index);
        return rs.wasNull() ? Audience.UNSTATED : bp;
    }

    private static int share(ResultSet rs, String column) throws SQLException {
        int bp = rs.getInt(column);
        return rs.wasNull() ? Audience.UNSTATED : bp;
    }

    private static void bind(PreparedStatement ps, Creator c) throws SQLException {
        Audience a = c.audience() == null ? Audience.UNKNOWN : c.audience();
        ps.setString(1, c.handle());
        ps.setString(2, c.region().name());
        ps.setString(3, c.name());
        ps.setString(4, c.platformKey());
        ps.setLong(5, c.followers());
        ps.setInt(6, c.videos());
        ps.setLong(7, c.avgViews());
        share(ps, 8, c.engagementBp());
        ps.setBigDecimal(9, c.gmv30d() == null ? null : c.gmv30d().amount());
        ps.setString(10, c.gmv30d() == null ? c.region().currency() : c.gmv30d().currency());
        ps.setLong(11, c.itemsSold());
        ps.setInt(12, c.productsPromoted());
        ps.setString(13, String.join("|", c.categories()));
        ps.setString(14, c.contentTypes().stream().map(ContentType::code).sorted().collect(Collectors.joining("|")));
        ps.setString(15, c.whatsapp());
        ps.setString(16, c.email());
        share(ps, 17, a.femaleBp());
        share(ps, 18, a.maleBp());
        share(ps, 19, a.otherBp());
        share(ps, 20, a.age18to24Bp());
        share(ps, 21, a.age25to34Bp());
        share(ps, 22, a.age35to44Bp());
        share(ps, 23, a.age45to54Bp());
        share(ps, 24, a.age55PlusBp());
        ps.setObject(25, Sql.ts(Instant.now()));
    }

    public Optional<Creator> findById(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + FROM + " WHERE c.id = :id")
                .bind("id", id).map(CreatorRepository::mapRow).findOne());
    }

    /// Creators by id, in the order of `ids` (missing ids are skipped).
    public List<Creator> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Creator> byId = jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + FROM + " WHERE c.id IN (<ids>)")
                .bindList("ids", List.copyOf(ids)).map(CreatorRepository::mapRow)
                .collect(Collectors.toMap(Creator::id, c -> c)));
        return ids.stream().map(byId::get).filter(c -> c != null).toList();
    }

    public Optional<Creator> findByHandle(Region region, String handle) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + FROM + " WHERE c.region = :region AND c.handle = :handle")
                .bind("region", region.name()).bind("handle", stripAt(handle))
                .map(CreatorRepository::mapRow).findOne());
    }

    /// The creator with this handle in any region (the first by id when several regions share it).
    public Optional<Creator> findByHandle(String handle) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + FROM + " WHERE c.handle = :handle ORDER BY c.id LIMIT 1")
                .bind("handle", stripAt(handle)).map(CreatorRepository::mapRow).findOne());
    }

    public static String stripAt(String handle) {
        String trimmed = handle.trim();
        return trimmed.startsWith("@") ? trimmed.substring(1) : trimmed;
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM creator").mapTo(Long.class).one());
    }

    /// Every category the creators hold, with how many creators hold it (categories are kept
    /// `|`-joined per creator, so the few distinct combinations are grouped here and split after).
    public Map<String, Long> countByCategory() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT categories, COUNT(*) n FROM creator WHERE categories <> '' GROUP BY categories")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> {
                    for (String category : e.getKey().split("\\|")) {
                        if (!category.isBlank()) {
                            counts.merge(category.strip(), e.getValue(), Long::sum);
                        }
                    }
                }));
        return counts;
    }

    public Map<String, Long> countByRegion() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT region, COUNT(*) n FROM creator GROUP BY region ORDER BY region")
                .reduceRows(new LinkedHashMap<String, Long>(), (map, row) -> {
                    map.put(row.getColumn("region", String.class), row.getColumn("n", Long.class));
                    return map;
                }));
    }

    /// A page in id order.
    public List<Creator> page(int offset, int limit) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + FROM + " ORDER BY c.id LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset).map(CreatorRepository::mapRow).list());
    }

    /// Streams every creator in id order without holding them all in memory.
    public void forEach(Consumer<Creator> consumer) {
        jdbi.useHandle(h -> {
            try (var stream = h.createQuery("SELECT " + COLUMNS + FROM + " ORDER BY c.id")
                    .setFetchSize(5_000).map(CreatorRepository::mapRow).stream()) {
                stream.forEach(consumer);
            }
        });
    }

    /// The columns Find Creators filters and sorts on, one creator per row. Audience shares are
    /// hundredths of a percent as stored, [Audience#UNSTATED] where NULL (as is `engagementBp`);
    /// `gmv30d` is null when unknown; `level` is null when unrated, `levelKind` null when no
    /// level was ever set.
    public record SearchRow(long id, String handle, String name, String region, long followers, int videos,
                            long avgViews, int engagementBp, java.math.BigDecimal gmv30d, String currency,
                            String categories, String contentTypes, int femaleBp, int maleBp, int otherBp,
                            int age18to24Bp, int age25to34Bp, int age35to44Bp, int age45to54Bp, int age55PlusBp,
                            Integer level, String levelKind, boolean declining) {
    }

    private static final String SEARCH_COLUMNS = "c.id, c.handle, c.name, c.region, c.followers, c.videos, "
            + "c.avg_views, c.engagement_bp, c.gmv_30d, c.currency, c.categories, c.content_types, c.aud_female_bp, "
            + "c.aud_male_bp, c.aud_other_bp, c.age_18_24_bp, c.age_25_34_bp, c.age_35_44_bp, c.age_45_54_bp, "
            + "c.age_55_plus_bp, s.level, s.level_kind, s.declining";

    /// Streams the search columns of creators with `fromId <= id < toId`, in id order, reading
    /// plain JDBC (no contact columns, no domain objects) so a million rows load in seconds.
    /// Reads in keyset batches: one unbounded ordered query made H2 copy the whole result
    /// to a temporary file first, which was most of the time spent. Stops early when `sink`
    /// returns false.
    public void forEachSearchRow(long fromId, long toId, java.util.function.Predicate<SearchRow> sink) {
        int batch = 10_000;
        jdbi.useHandle(h -> {
            try (PreparedStatement ps = h.getConnection().prepareStatement("SELECT " + SEARCH_COLUMNS
                    + FROM + " WHERE c.id >= ? AND c.id < ? ORDER BY c.id LIMIT " + batch)) {
                long next = fromId;
                while (true) {
                    ps.setLong(1, next);
                    ps.setLong(2, toId);
                    int rows = 0;
                    long last = next;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                            int level = rs.getInt(21);
                            Integer levelOrNull = rs.wasNull() ? null : level;
                            SearchRow row = new SearchRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                                    rs.getString(4), rs.getLong(5), rs.getInt(6), rs.getLong(7), share(rs, 8),
                                    rs.getBigDecimal(9), rs.getString(10), rs.getString(11), rs.getString(12),
                                    share(rs, 13), share(rs, 14), share(rs, 15), share(rs, 16), share(rs, 17),
                                    share(rs, 18), share(rs, 19), share(rs, 20), levelOrNull, rs.getString(22),
                                    rs.getBoolean(23));
                            last = row.id();
                            if (!sink.test(row)) {
                                return;
                            }
                        }
                    }
                    if (rows < batch || last == Long.MAX_VALUE) {
                        return;
                    }
                    next = last + 1;
                }
            } catch (SQLException e) {
                throw Sql.unchecked(e);
            }
        });
    }

    /// `{smallest id, largest id}`, or an empty array when there are no creators.
    public long[] idRange() {
        return jdbi.withHandle(h -> h.createQuery("SELECT MIN(id) lo, MAX(id) hi FROM creator")
                .map((rs, ctx) -> {
                    long lo = rs.getLong("lo");
                    return rs.wasNull() ? new long[0] : new long[] {lo, rs.getLong("hi")};
                }).one());
    }

    public void updateLevel(long id, Level level) {
        Map<Long, Level> levels = new LinkedHashMap<>();
        levels.put(id, level);
        Transactions.useTransaction(jdbi, h -> updateLevels(h, levels));
    }

    /// Receives a creator's id and region.
    public interface RegionVisitor {
        void visit(long id, Region region);
    }

    /// Streams every creator's id and region on the caller's handle: the monthly recompute judges
    /// a creator only by the profile of the creator's region (R-LV-12).
    public static void forEachRegion(Handle handle, RegionVisitor visitor) {
        try (var ps = handle.getConnection().prepareStatement("SELECT id, region FROM creator")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    visitor.visit(rs.getLong(1), Region.parse(rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }

    /// Receives a creator's id and shown level (null when none is known).
    public interface LevelVisitor {
        void visit(long id, Level level);
    }

    /// Streams every creator's id and shown level on the caller's handle (the monthly recompute
    /// compares before it writes, so a second run writes nothing).
    public static void forEachLevel(Handle handle, LevelVisitor visitor) {
        try (var ps = handle.getConnection().prepareStatement(
                "SELECT creator_id, level, level_kind, declining FROM creator_level_shown")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(3);
                    int level = rs.getInt(2);
                    Integer value = rs.wasNull() ? null : level;
                    visitor.visit(rs.getLong(1), kind == null ? null
                            : new Level(value, LevelKind.valueOf(kind), rs.getBoolean(4)));
                }
            }
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }

    /// Sets the shown level, its kind and the declining flag of many creators in one batch; a null
    /// level removes what was shown. Rows that exist are updated, the others inserted.
    public static void updateLevels(Handle handle, Map<Long, Level> levels) {
        if (levels.isEmpty()) {
            return;
        }
        Map<Long, Level> absent = new LinkedHashMap<>();
        try (var update = handle.getConnection().prepareStatement(
                "UPDATE creator_level_shown SET level = ?, level_kind = ?, declining = ? WHERE creator_id = ?");
             var delete = handle.getConnection().prepareStatement("DELETE FROM creator_level_shown WHERE creator_id = ?")) {
            List<Long> updated = new ArrayList<>(levels.size());
            boolean deletes = false;
            for (Map.Entry<Long, Level> e : levels.entrySet()) {
                if (e.getValue() == null) {
                    delete.setLong(1, e.getKey());
                    delete.addBatch();
                    deletes = true;
                    continue;
                }
                bindShown(update, e.getValue());
                update.setLong(4, e.getKey());
                update.addBatch();
                updated.add(e.getKey());
            }
            if (deletes) {
                delete.executeBatch();
            }
            if (!updated.isEmpty()) {
                int[] counts = update.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        absent.put(updated.get(i), levels.get(updated.get(i)));
                    }
                }
            }
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
        insertLevels(handle, absent);
    }

    /// Inserts shown levels for creators that have none yet.
    public static void insertLevels(Handle handle, Map<Long, Level> levels) {
        if (levels.isEmpty()) {
            return;
        }
        try (var insert = handle.getConnection().prepareStatement(
                "INSERT INTO creator_level_shown (level, level_kind, declining, creator_id) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<Long, Level> e : levels.entrySet()) {
                bindShown(insert, e.getValue());
                insert.setLong(4, e.getKey());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }

    private static void bindShown(PreparedStatement ps, Level level) throws SQLException {
        if (level.rated()) {
            ps.setInt(1, level.value());
        } else {
            ps.setNull(1, Types.INTEGER);
        }
        ps.setString(2, level.kind().name());
        ps.setBoolean(3, level.declining());
    }

    public void delete(long id) {
        Transactions.useTransaction(jdbi, h -> {
            h.createUpdate("DELETE FROM creator_level_shown WHERE creator_id = :id").bind("id", id).execute();
            h.createUpdate("DELETE FROM creator WHERE id = :id").bind("id", id).execute();
        });
    }

    static Creator mapRow(ResultSet rs, StatementContext ctx) throws SQLException {
        return map(rs);
    }

    public static Creator map(ResultSet rs) throws SQLException {
        String currency = rs.getString("currency");
        Integer levelValue = Sql.intOrNull(rs, "level");
        String kind = rs.getString("level_kind");
        Level level = kind == null ? null
                : new Level(levelValue, LevelKind.valueOf(kind), rs.getBoolean("declining"));
        String categories = rs.getString("categories");
        String types = rs.getString("content_types");
        Set<ContentType> contentTypes = EnumSet.noneOf(ContentType.class);
        if (types != null && !types.isEmpty()) {
            for (String t : types.split("\\|")) {
                contentTypes.add(ContentType.parse(t));
            }
        }
        return new Creator(rs.getLong("id"), rs.getString("handle"), rs.getString("name"),
                Region.valueOf(rs.getString("region")), rs.getString("platform_key"),
                rs.getLong("followers"), rs.getInt("videos"), rs.getLong("avg_views"), share(rs, "engagement_bp"),
                rs.getBigDecimal("gmv_30d") == null ? null : Money.of(rs.getBigDecimal("gmv_30d"), currency), 0L + rs.getLong("items_sold"),
                rs.getInt("products_promoted"),
                categories == null || categories.isEmpty() ? List.of() : Arrays.asList(categories.split("\\|")),
                contentTypes, rs.getString("whatsapp"), rs.getString("email"),
                new Audience(share(rs, "aud_female_bp"), share(rs, "aud_male_bp"), share(rs, "aud_other_bp"),
                        share(rs, "age_18_24_bp"), share(rs, "age_25_34_bp"), share(rs, "age_35_44_bp"),
                        share(rs, "age_45_54_bp"), share(rs, "age_55_plus_bp")),
                level);
    }
}
