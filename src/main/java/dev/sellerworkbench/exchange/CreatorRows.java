package dev.sellerworkbench.exchange;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Currencies;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.LevelRecord;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.store.CreatorRepository;
import dev.sellerworkbench.store.LevelRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/// Creators (R-EX-1): the workbench CSV, and the platform's marketplace-search JSON flattened into
/// the same fields. Re-import updates by platform key, else by region and handle; a cell left
/// empty keeps what the workspace already knows (a sparse file never erases data).
final class CreatorRows extends RowHandler<CreatorRows.Incoming> {

    static final List<String> FIELDS = List.of("handle", "name", "region", "followers", "videos", "avg_views",
            "engagement_rate", "gmv_30d", "currency", "items_sold", "products_promoted", "categories", "content_types",
            "whatsapp", "email", "audience_female", "audience_male", "audience_other", "age_18_24", "age_25_34",
            "age_35_44", "age_45_54", "age_55_plus", "official_level");

    private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\p{N}._-]{1,100}");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ().-]{0,40}");
    private static final String[] GENDER = {"audience_female", "audience_male", "audience_other"};
    private static final String[] AGES = {"age_18_24", "age_25_34", "age_35_44", "age_45_54", "age_55_plus"};

    /// What a row says, and which of its values are given (the rest keep the stored creator's).
    enum Part { NAME, PLATFORM_KEY, FOLLOWERS, VIDEOS, AVG_VIEWS, ENGAGEMENT, GMV, ITEMS_SOLD, PRODUCTS, CATEGORIES,
        CONTENT_TYPES, WHATSAPP, EMAIL, GENDER, AGES, LEVEL }

    record Incoming(Creator creator, Set<Part> given) {
    }

    private final YearMonth month;
    private final Instant now;
    private boolean tableWasEmpty;

    /// `clock` and `zone` (the seller's) date the official levels a file brings: they are this
    /// month's levels (R-LV-3).
    CreatorRows(Clock clock, ZoneId zone) {
        this.month = YearMonth.now(clock.withZone(zone));
        this.now = clock.instant();
    }

    @Override
    Map<String, List<String>> aliases() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (String field : FIELDS) {
            aliases.put(field, List.of(field));
        }
        aliases.put("handle", List.of("handle", "username", "@handle"));
        aliases.put("platform_key", List.of("platform_key", "creator_open_id"));
        return aliases;
    }

    @Override
    List<String> requiredColumns() {
        return List.of("handle", "region");
    }

    @Override
    String keyField() {
        return "handle";
    }

    @Override
    void begin(Handle h) {
        tableWasEmpty = CreatorRepository.count(h) == 0;
    }

    @Override
    Incoming parse(Row row, Handle h) {
        Set<Part> given = EnumSet.noneOf(Part.class);
        String handle = CreatorRepository.stripAt(CellValues.required(row, "handle")).toLowerCase(Locale.ROOT);
        if (!HANDLE.matcher(handle).matches()) {
            throw new RowRejectedException("handle", "exchange.row.badHandle", row.get("handle"));
        }
        Region region = Region.parse(CellValues.required(row, "region"));
        if (region == null) {
            throw new RowRejectedException("region", "exchange.row.unknownRegion", row.get("region"));
        }
        String name = CellValues.text(row, "name", 200);
        mark(given, Part.NAME, name);
        String platformKey = CellValues.text(row, "platform_key", 100);
        mark(given, Part.PLATFORM_KEY, platformKey);
        long followers = count(row, "followers", Long.MAX_VALUE, given, Part.FOLLOWERS);
        int videos = (int) count(row, "videos", Integer.MAX_VALUE, given, Part.VIDEOS);
        long avgViews = count(row, "avg_views", Long.MAX_VALUE, given, Part.AVG_VIEWS);
        int engagement = Audience.UNSTATED; // unknown, not 0% (R-CR-7)
        if (!row.blank("engagement_rate")) {
            engagement = CellValues.percentBp("engagement_rate", row.get("engagement_rate"), 0, 10_000);
            given.add(Part.ENGAGEMENT);
        }
        String currency = row.get("currency").toUpperCase(Locale.ROOT);
        if (currency.isEmpty()) {
            currency = region.currency();
        } else if (!Currencies.isKnown(currency)) {
            throw new RowRejectedException("currency", "exchange.row.unknownCurrency", row.get("currency"));
        } else if (!currency.equals(region.currency())) {
            // kept as given (a creator may sell abroad), but rarely meant: say so
            warn("currency", "exchange.warn.currencyRegion", currency, region.name(), region.currency());
        }
        BigDecimal gmv = null; // unknown, not zero
        if (!row.blank("gmv_30d")) {
            gmv = CellValues.nonNegativeAmount("gmv_30d", row.get("gmv_30d"), currency);
            given.add(Part.GMV);
        }
        long itemsSold = count(row, "items_sold", Long.MAX_VALUE, given, Part.ITEMS_SOLD);
        int products = (int) count(row, "products_promoted", Integer.MAX_VALUE, given, Part.PRODUCTS);
        List<String> categories = new ArrayList<>();
        for (String c : row.get("categories").split("\\|")) {
            if (!c.isBlank()) {
                categories.add(c.strip());
            }
        }
        if (String.join("|", categories).length() > 500) {
            throw new RowRejectedException("categories", "exchange.row.tooLong", 500);
        }
        mark(given, Part.CATEGORIES, row.get("categories"));
        Set<ContentType> types = EnumSet.noneOf(ContentType.class);
        for (String t : row.get("content_types").split("\\|")) {
            if (!t.isBlank()) {
                try {
                    types.add(ContentType.parse(t));
                } catch (IllegalArgumentException e) {
                    throw new RowRejectedException("content_types", "exchange.row.unknownContentType", t.strip());
                }
            }
        }
        mark(given, Part.CONTENT_TYPES, row.get("content_types"));
        String whatsapp = CellValues.text(row, "whatsapp", 40);
        if (!PHONE.matcher(whatsapp).matches()) {
            throw new RowRejectedException("whatsapp", "exchange.row.badPhone", whatsapp);
        }
        mark(given, Part.WHATSAPP, whatsapp);
        String email = CellValues.text(row, "email", 200);
        if (!email.isEmpty() && (!email.contains("@") || email.contains(" "))) {
            throw new RowRejectedException("email", "exchange.row.badEmail", email);
        }
        mark(given, Part.EMAIL, email);
        int[] gender = shares(row, GENDER, given, Part.GENDER);
        int[] ages = shares(row, AGES, given, Part.AGES);
        Audience audience = new Audience(gender[0], gender[1], gender[2], ages[0], ages[1], ages[2], ages[3], ages[4]);
        Level level = null;
        if (!row.blank("official_level")) {
            level = Level.official((int) CellValues.whole("official_level", row.get("official_level"), 0, 8));
            given.add(Part.LEVEL);
        }
        Creator creator = new Creator(0, handle, name.isEmpty() ? null : name, region,
                platformKey.isEmpty() ? null : platformKey, followers, videos, avgViews, engagement,
                gmv == null ? null : Money.of(gmv, currency), itemsSold, products, categories, types,
                whatsapp.isEmpty() ? null : whatsapp, email.isEmpty() ? null : email, audience, level);
        return new Incoming(creator, given);
    }

    private static void mark(Set<Part> given, Part part, String text) {
        if (!text.isBlank()) {
            given.add(part);
        }
    }

    private static long count(Row row, String field, long max, Set<Part> given, Part part) {
        if (row.blank(field)) {
            return 0;
        }
        given.add(part);
        return CellValues.whole(field, row.get(field), 0, max);
    }

    /// Shares in percent (R-CR-2). An empty share is unknown ([Audience#UNSTATED]), never derived
    /// from the others. When all are given they must sum to 100; a sum off by at most 0.1 point
    /// (rounding in the source) is absorbed by the largest share. When only some are given they
    /// may not exceed 100 together.
    private static int[] shares(Row row, String[] fields, Set<Part> given, Part part) {
        int[] bp = new int[fields.length];
        Arrays.fill(bp, Audience.UNSTATED);
        int stated = 0;
        int sum = 0;
        for (int i = 0; i < fields.length; i++) {
            if (!row.blank(fields[i])) {
                bp[i] = CellValues.percentBp(fields[i], row.get(fields[i]), 0, 10_000);
                sum += bp[i];
                stated++;
            }
        }
        if (stated == 0) {
            return bp;
        }
        if (stated < fields.length) {
            if (sum > 10_000) {
                throw new RowRejectedException(fields[0], "exchange.row.sharesSum",
                        BigDecimal.valueOf(sum, 2).stripTrailingZeros().toPlainString());
            }
            given.add(part);
            return bp;
        }
        if (Math.abs(sum - 10_000) > 10) {
            throw new RowRejectedException(fields[0], "exchange.row.sharesSum",
                    BigDecimal.valueOf(sum, 2).stripTrailingZeros().toPlainString());
        }
        int largest = 0;
        for (int i = 1; i < bp.length; i++) {
            if (bp[i] > bp[largest]) {
                largest = i;
            }
        }
        bp[largest] += 10_000 - sum;
        given.add(part);
        return bp;
    }

    @Override
    List<String> keys(Incoming item) {
        Creator c = item.creator();
        return c.platformKey() == null
                ? List.of("h:" + c.region() + "/" + c.handle())
                : List.of("h:" + c.region() + "/" + c.handle(), "p:" + c.platformKey());
    }

    @Override
    void write(Handle h, List<Incoming> batch) {
        if (tableWasEmpty) {
            // rows of this file are unique by key, so with an empty table everything is new
            long[] ids = CreatorRepository.insertAll(h, batch.stream().map(Incoming::creator).toList());
            List<LevelRecord> levels = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                official(batch.get(i), ids[i], levels);
            }
            LevelRepository.insertOfficial(h, levels);
            return;
        }
        Map<String, Creator> byHandle = new HashMap<>();
        Map<String, Creator> byKey = new HashMap<>();
        List<Region> regions = new ArrayList<>(batch.size());
        List<String> handles = new ArrayList<>(batch.size());
        List<String> keys = new ArrayList<>();
        for (Incoming in : batch) {
            regions.add(in.creator().region());
            handles.add(in.creator().handle());
            if (in.creator().platformKey() != null) {
                keys.add(in.creator().platformKey());
            }
        }
        CreatorRepository.findByHandles(h, regions, handles).forEach(c -> byHandle.put(c.region() + "/" + c.handle(), c));
        CreatorRepository.findByPlatformKeys(h, keys).forEach(c -> byKey.put(c.platformKey(), c));
        List<Creator> inserts = new ArrayList<>();
        List<Incoming> inserted = new ArrayList<>();
        List<Creator> rowUpdates = new ArrayList<>();
        Map<Long, Level> shownUpdates = new LinkedHashMap<>();
        List<LevelRecord> levels = new ArrayList<>();
        List<Incoming> matched = new ArrayList<>();
        List<Creator> existing = new ArrayList<>();
        for (Incoming in : batch) {
            Creator c = in.creator();
            Creator sameHandle = byHandle.get(c.region() + "/" + c.handle());
            Creator sameKey = c.platformKey() == null ? null : byKey.get(c.platformKey());
            Creator old = sameKey != null ? sameKey : sameHandle;
            if (old == null) {
                inserts.add(c);
                inserted.add(in);
            } else {
                matched.add(in);
                existing.add(old);
            }
        }
        Map<Long, LevelRecord> stored = LevelRepository.officialOf(h, month,
                existing.stream().map(Creator::id).toList());
        // two rows of a batch reaching one creator (one by platform key, one by handle) are
        // written in file order as they always were, the later one winning
        Set<Long> seen = new HashSet<>();
        Set<Long> twice = new HashSet<>();
        existing.forEach(c -> (seen.add(c.id()) ? seen : twice).add(c.id()));
        for (int i = 0; i < matched.size(); i++) {
            Incoming in = matched.get(i);
            Creator old = existing.get(i);
            Creator c = in.creator();
            Creator sameHandle = byHandle.get(c.region() + "/" + c.handle());
            // a renamed creator keeps its old handle when the new one is already taken
            boolean keepHandle = old.id() != (sameHandle == null ? old.id() : sameHandle.id());
            Creator merged = merge(old, in, keepHandle);
            // a row that says what the workspace already holds is not written at all: its
            // creator keeps its row, its shown level and its official level record as they are
            boolean always = twice.contains(old.id());
            if (always || !sameFigures(old, merged)) {
                rowUpdates.add(merged);
            }
            if (always || !Objects.equals(old.level(), merged.level())) {
                shownUpdates.put(merged.id(), merged.level());
            }
            if (in.given().contains(Part.LEVEL)) {
                LevelRecord before = stored.get(old.id());
                if (always || before == null || !Objects.equals(before.level(), merged.level().value())
                        || !profile(merged.region()).equals(before.profile())) {
                    official(in, old.id(), levels);
                }
            }
        }
        CreatorRepository.updateRows(h, rowUpdates);
        CreatorRepository.updateLevels(h, shownUpdates);
        if (!levels.isEmpty()) {
            LevelRepository.saveAll(h, levels);
        }
        long[] ids = CreatorRepository.insertAll(h, inserts);
        List<LevelRecord> fresh = new ArrayList<>();
        for (int i = 0; i < inserted.size(); i++) {
            official(inserted.get(i), ids[i], fresh);
        }
        LevelRepository.insertOfficial(h, fresh);
    }

    /// Whether two versions of a creator hold the same figures and contacts in the creator row
    /// (the shown level, in a table of its own, is compared apart). Amounts compare by value: the
    /// store keeps four decimals, a file may write fewer.
    static boolean sameFigures(Creator a, Creator b) {
        return a.handle().equals(b.handle()) && a.region() == b.region() && Objects.equals(a.name(), b.name())
                && Objects.equals(a.platformKey(), b.platformKey()) && a.followers() == b.followers()
                && a.videos() == b.videos() && a.avgViews() == b.avgViews() && a.engagementBp() == b.engagementBp()
                && sameMoney(a.gmv30d(), b.gmv30d()) && a.itemsSold() == b.itemsSold()
                && a.productsPromoted() == b.productsPromoted() && a.categories().equals(b.categories())
                && a.contentTypes().equals(b.contentTypes()) && Objects.equals(a.whatsapp(), b.whatsapp())
                && Objects.equals(a.email(), b.email())
                && Objects.equals(a.audience() == null ? Audience.UNKNOWN : a.audience(),
                        b.audience() == null ? Audience.UNKNOWN : b.audience());
    }

    private static boolean sameMoney(Money a, Money b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0;
    }

    private static String profile(Region region) {
        return region == Region.CN ? "douyin" : "tiktok";
    }

    /// An official level in the file is also this month's OFFICIAL level record, which the level
    /// engine treats as authoritative over its projection (R-LV-3).
    private void official(Incoming in, long creatorId, List<LevelRecord> levels) {
        if (in.given().contains(Part.LEVEL)) {
            levels.add(new LevelRecord(creatorId, month, LevelKind.OFFICIAL, profile(in.creator().region()), in.creator().level().value(),
                    null, now));
        }
    }

    static Creator merge(Creator old, Incoming in, boolean keepHandle) {
        Creator c = in.creator();
        Set<Part> g = in.given();
        Audience oldAud = old.audience() == null ? Audience.UNKNOWN : old.audience();
        Audience newAud = c.audience();
        Audience audience = new Audience(
                g.contains(Part.GENDER) ? newAud.femaleBp() : oldAud.femaleBp(),
                g.contains(Part.GENDER) ? newAud.maleBp() : oldAud.maleBp(),
                g.contains(Part.GENDER) ? newAud.otherBp() : oldAud.otherBp(),
                g.contains(Part.AGES) ? newAud.age18to24Bp() : oldAud.age18to24Bp(),
                g.contains(Part.AGES) ? newAud.age25to34Bp() : oldAud.age25to34Bp(),
                g.contains(Part.AGES) ? newAud.age35to44Bp() : oldAud.age35to44Bp(),
                g.contains(Part.AGES) ? newAud.age45to54Bp() : oldAud.age45to54Bp(),
                g.contains(Part.AGES) ? newAud.age55PlusBp() : oldAud.age55PlusBp());
        Level level = g.contains(Part.LEVEL) ? c.level().withDeclining(old.level() != null && old.level().declining())
                : old.level();
        return new Creator(old.id(), keepHandle ? old.handle() : c.handle(), g.contains(Part.NAME) ? c.name() : old.name(),
                keepHandle ? old.region() : c.region(),
                g.contains(Part.PLATFORM_KEY) ? c.platformKey() : old.platformKey(),
                g.contains(Part.FOLLOWERS) ? c.followers() : old.followers(),
                g.contains(Part.VIDEOS) ? c.videos() : old.videos(),
                g.contains(Part.AVG_VIEWS) ? c.avgViews() : old.avgViews(),
                g.contains(Part.ENGAGEMENT) ? c.engagementBp() : old.engagementBp(),
                g.contains(Part.GMV) ? c.gmv30d() : old.gmv30d(),
                g.contains(Part.ITEMS_SOLD) ? c.itemsSold() : old.itemsSold(),
                g.contains(Part.PRODUCTS) ? c.productsPromoted() : old.productsPromoted(),
                g.contains(Part.CATEGORIES) ? c.categories() : old.categories(),
                g.contains(Part.CONTENT_TYPES) ? c.contentTypes() : old.contentTypes(),
                g.contains(Part.WHATSAPP) ? c.whatsapp() : old.whatsapp(),
                g.contains(Part.EMAIL) ? c.email() : old.email(),
                audience, level);
    }
}
