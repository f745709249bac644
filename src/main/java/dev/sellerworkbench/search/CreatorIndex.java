package dev.sellerworkbench.search;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Currencies;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.CreatorRepository;
import dev.sellerworkbench.store.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;

/// The in-memory columnar index behind Find Creators and `creators search` (R-CR-3).
///
/// H2 stays the store of record, but it cannot answer "levels 3 and 4, 100k+ followers, sorted
/// by average views" over a million rows in time (STACK.md: 58 ms median, 4 s p95, and a table
/// scan per count). This index holds the filterable and sortable figures as primitive arrays,
/// one slot per creator in ascending id order, and answers a query by scanning them with a
/// bounded top-k heap per chunk, chunks split across the cores. Only the visible page's rows
/// are then read from H2 by id.
///
/// Compact on purpose (63 bytes per creator plus the folded handle and name, about 90 MB per
/// million demo creators; the 29 MB of STACK.md held fewer columns and no text): followers,
/// videos and average views are held as `int`, saturated at 2,147,483,647, which no account
/// approaches; audience shares as whole percent (floor), which answers whole-percent thresholds
/// exactly, with the dominant gender and age band computed from the exact shares; GMV as a `long`
/// in the minor units of its own currency (see [CreatorQuery] for how ranges treat currencies).
///
/// Thread safety: searches share a read lock; [#upsert], [#remove] and [#refresh] take the write
/// lock, so a write is visible to the next search and never to half of one.
public final class CreatorIndex {

    static final int UNRATED = -1;
    private static final int KIND_MASK = 0b11;
    static final int KIND_OFFICIAL = 1;
    static final int KIND_PROJECTED = 2;
    static final int DECLINING = 1 << 2;
    private static final int DELETED = 1 << 3;
    private static final int CONTENT_SHIFT = 4;
    private static final int OVERFLOW_CATEGORY = 31;
    private static final byte SEPARATOR = 1;
    private static final int PARALLEL_FROM = 40_000;
    private static final int MIN_CHUNK = 1 << 15;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    // one slot per creator, ascending id; a removed creator keeps its slot, flagged DELETED
    private long[] ids;
    private byte[] region;
    private byte[] level;
    private byte[] flags;
    private byte[] dominant;
    private byte[] currency;
    private int[] followers;
    private int[] videos;
    private int[] avgViews;
    /// GMV the source does not state: sorts last either way and passes no GMV filter.
    static final long GMV_UNKNOWN = Long.MIN_VALUE;
    /// A GMV sort key keeps the amount in its low bits and the currency's group above them.
    private static final int GMV_BITS = 56;
    private static final long GMV_LIMIT = (1L << (GMV_BITS - 1)) - 1;
    private static final int MAX_GMV_GROUPS = 64;
    /// Interaction rate (hundredths of a percent) the source does not state ([Audience#UNSTATED]).
    private int[] engagement;
    private long[] gmv;
    private byte[] gender;
    private byte[] ages;
    private int[] categoryMask;
    private int[] textStart;
    private char[] textLength;
    /// Per creator, one bit per hashed pair of adjacent bytes of its folded text: a word whose
    /// pairs are not all present cannot occur, so most rows are ruled out without reading text.
    private long[] textPairs;
    /// Per creator, the minute (since the epoch, plus one) of its latest outreach; 0: never
    /// contacted (R-OUT-2). A whole-minute cutoff answers "in the last N days" exactly.
    private int[] lastContact;
    /// Today and the seller's zone, for the contacted filter.
    private volatile Clock contactClock = Clock.systemDefaultZone();
    private byte[] text;
    private int textEnd;
    private int size;
    private int deleted;
    private long version;
    private Duration buildTime = Duration.ZERO;

    private final List<String> categoryNames = new ArrayList<>();
    private final Map<String, Integer> categoryIndex = new HashMap<>();
    private final Map<Long, int[]> overflowCategories = new HashMap<>();
    private final List<String> currencies = new ArrayList<>();

    private CreatorIndex(int capacity) {
        allocate(Math.max(16, capacity));
    }

    /// An index with no creators, filled later with [#upsert].
    public static CreatorIndex empty() {
        return new CreatorIndex(16);
    }

    /// Reads every creator of the workspace into a new index. Call it off the FX thread: a
    /// million creators take a few seconds. Honours `progress.cancelled()` between batches.
    public static CreatorIndex build(Workspace workspace, Progress progress) {
        long start = System.nanoTime();
        CreatorRepository repository = workspace.creators();
        long total = repository.count();
        CreatorIndex index = new CreatorIndex((int) Math.min(Integer.MAX_VALUE - 16, total + 1024));
        String message = Messages.forLocale(Locale.getDefault(Locale.Category.DISPLAY)).get("search.index.building");
        progress.update(0, total, message);
        long[] range = repository.idRange();
        if (range.length == 2) {
            long[] done = {0};
            repository.forEachSearchRow(range[0], range[1] + 1, row -> {
                index.append(row);
                if (++done[0] % 20_000 == 0) {
                    progress.update(done[0], total, message);
                    progress.checkCancelled();
                }
                return true;
            });
        }
        progress.update(total, total, message);
        index.contactClock = Clock.system(workspace.settings().timeZone());
        workspace.outreach().lastContacted().forEach(index::contacted);
        index.trim();
        index.buildTime = Duration.ofNanos(System.nanoTime() - start);
        return index;
    }

    /// How long [#build] took.
    public Duration buildTime() {
        return buildTime;
    }

    // ---------------------------------------------------------------- writes

    /// Adds the creator or replaces what the index holds for it. Call after the write committed.
    public void upsert(Creator creator) {
        lock.writeLock().lock();
        try {
            int row = slotFor(creator.id());
            Audience audience = creator.audience() == null ? Audience.UNKNOWN : creator.audience();
            Level lv = creator.level();
            int[] ageBp = audience.ages();
            write(row, creator.id(), creator.handle(), creator.name(), creator.region(),
                    creator.followers(), creator.videos(), creator.avgViews(), creator.engagementBp(),
                    creator.gmv30d() == null ? null : creator.gmv30d().amount(),
                    creator.gmv30d() == null ? creator.region().currency() : creator.gmv30d().currency(),
                    creator.categories(), contentBits(creator.contentTypes()),
                    audience.femaleBp(), audience.maleBp(), audience.otherBp(), ageBp,
                    lv == null || !lv.rated() ? null : lv.value(), lv == null ? null : lv.kind(),
                    lv != null && lv.declining());
            version++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /// Records an outreach to the creator at `at` (R-OUT-1); an earlier one than the latest known
    /// changes nothing. A creator the index does not hold is ignored.
    public void contacted(long id, Instant at) {
        lock.writeLock().lock();
        try {
            int row = Arrays.binarySearch(ids, 0, size, id);
            if (row < 0 || at == null) {
                return;
            }
            int minute = contactMinute(at);
            if (minute > lastContact[row]) {
                lastContact[row] = minute;
                version++;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /// The clock whose zone is the seller's and whose day is today, for the contacted filter.
    public void contactClock(Clock clock) {
        contactClock = clock;
    }

    private static int contactMinute(Instant at) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, Math.floorDiv(at.getEpochSecond(), 60) + 1));
    }

    /// Drops the creator; true when the index held it.
    public boolean remove(long id) {
        lock.writeLock().lock();
        try {
            int row = Arrays.binarySearch(ids, 0, size, id);
            if (row < 0 || (flags[row] & DELETED) != 0) {
                return false;
            }
            flags[row] |= DELETED;
            deleted++;
            overflowCategories.remove(id);
            version++;
            if (deleted > 4_096 && deleted > size / 4) {
                compact();
            }
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /// Re-reads these creators from the store after a write the caller did not pass through
    /// [#upsert] (an import, a level run): present ones are updated, missing ones removed.
    public void refresh(CreatorRepository repository, Collection<Long> creatorIds) {
        List<Long> unique = List.copyOf(new HashSet<>(creatorIds));
        for (int from = 0; from < unique.size(); from += 1_000) {
            List<Long> batch = unique.subList(from, Math.min(unique.size(), from + 1_000));
            List<Creator> found = repository.findByIds(batch);
            Set<Long> present = new HashSet<>();
            for (Creator creator : found) {
                upsert(creator);
                present.add(creator.id());
            }
            for (Long id : batch) {
                if (!present.contains(id)) {
                    remove(id);
                }
            }
        }
    }

    private void append(CreatorRepository.SearchRow r) {
        lock.writeLock().lock();
        try {
            int row = slotFor(r.id());
            Region reg = Region.valueOf(r.region());
            List<String> cats = r.categories() == null || r.categories().isEmpty() ? List.of()
                    : Arrays.asList(r.categories().split("\\|"));
            int content = 0;
            if (r.contentTypes() != null && !r.contentTypes().isEmpty()) {
                for (String code : r.contentTypes().split("\\|")) {
                    content |= 1 << ContentType.parse(code).ordinal();
                }
            }
            int[] ageBp = {r.age18to24Bp(), r.age25to34Bp(), r.age35to44Bp(), r.age45to54Bp(), r.age55PlusBp()};
            write(row, r.id(), r.handle(), r.name(), reg, r.followers(), r.videos(), r.avgViews(), r.engagementBp(),
                    r.gmv30d(), r.currency(), cats, content, r.femaleBp(), r.maleBp(), r.otherBp(), ageBp,
                    r.level(), r.levelKind() == null ? null : LevelKind.valueOf(r.levelKind()), r.declining());
            version++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /// The slot for `id`: its own when present, else a new one at its place in id order.
    private int slotFor(long id) {
        if (size > 0 && ids[size - 1] < id) {
            ensureCapacity(size + 1);
            ids[size] = id;
            lastContact[size] = 0; // a slot freed by a compaction may hold another creator's
            return size++;
        }
        int found = Arrays.binarySearch(ids, 0, size, id);
        if (found >= 0) {
            if ((flags[found] & DELETED) != 0) {
                flags[found] &= ~DELETED;
                deleted--;
            }
            return found;
        }
        int at = -found - 1;
        ensureCapacity(size + 1);
        shiftRight(at);
        ids[at] = id;
        size++;
        return at;
    }

    private void write(int row, long id, String handle, String name, Region reg, long followerCount, int videoCount,
                       long views, int engagementBp, BigDecimal gmvAmount, String gmvCurrency, List<String> cats,
                       int contentBits, int femaleBp, int maleBp, int otherBp, int[] ageBp,
                       Integer levelValue, LevelKind kind, boolean declining) {
        ids[row] = id;
        region[row] = (byte) reg.ordinal();
        level[row] = (byte) (levelValue == null ? UNRATED : levelValue);
        int f = kind == null ? 0 : kind == LevelKind.OFFICIAL ? KIND_OFFICIAL : KIND_PROJECTED;
        if (declining) {
            f |= DECLINING;
        }
        flags[row] = (byte) (f | contentBits << CONTENT_SHIFT);
        followers[row] = saturate(followerCount);
        videos[row] = videoCount;
        avgViews[row] = saturate(views);
        engagement[row] = engagementBp;
        currency[row] = (byte) currencyCode(gmvCurrency);
        gmv[row] = gmvAmount == null ? GMV_UNKNOWN : minorUnits(gmvAmount, gmvCurrency);
        gender[row * 3] = percent(femaleBp);
        gender[row * 3 + 1] = percent(maleBp);
        gender[row * 3 + 2] = percent(otherBp);
        for (int band = 0; band < 5; band++) {
            ages[row * 5 + band] = percent(ageBp[band]);
        }
        dominant[row] = (byte) (dominantGender(femaleBp, maleBp, otherBp) | dominantAge(ageBp) << 2);
        categoryMask[row] = categoryBits(id, cats);
        byte[] folded = (TextFold.fold(handle) + (char) SEPARATOR + TextFold.fold(name)).getBytes(StandardCharsets.UTF_8);
        int length = Math.min(folded.length, Character.MAX_VALUE);
        if (textEnd + length > text.length) {
            growText(length);
        }
        System.arraycopy(folded, 0, text, textEnd, length);
        textStart[row] = textEnd;
        textLength[row] = (char) length;
        textPairs[row] = pairBits(folded, 0, length);
        textEnd += length;
    }

    /// A share in whole percent, or -1 when the source does not state it, so that no threshold
    /// (`share < min` with `min >= 0`) lets an unknown share through (R-CR-3).
    private static byte percent(int bp) {
        return bp == Audience.UNSTATED ? -1 : (byte) (bp / 100);
    }

    static long pairBits(byte[] bytes, int from, int to) {
        long bits = 0;
        for (int i = from + 1; i < to; i++) {
            bits |= 1L << pairHash(bytes[i - 1], bytes[i]);
        }
        return bits;
    }

    private static int pairHash(byte a, byte b) {
        return (((a & 0xff) << 8 | (b & 0xff)) * 0x9E3779B1) >>> 26;
    }

    /// 1 + the dominant gender's ordinal (ties: female, then male, as [Audience#dominantGender]),
    /// 0 when the audience is unknown.
    private static int dominantGender(int femaleBp, int maleBp, int otherBp) {
        if (femaleBp <= 0 && maleBp <= 0 && otherBp <= 0) {
            return 0; // unknown: nothing stated (or only zeros)
        }
        if (femaleBp >= maleBp && femaleBp >= otherBp) {
            return 1 + Gender.FEMALE.ordinal();
        }
        return 1 + (maleBp >= otherBp ? Gender.MALE : Gender.OTHER).ordinal();
    }

    /// 1 + the largest band (the first on ties, as [Audience#dominantAgeBand]), 0 when unknown.
    private static int dominantAge(int[] ageBp) {
        int best = -1;
        int bestShare = 0;
        for (int i = 0; i < ageBp.length; i++) {
            if (ageBp[i] > bestShare) {
                best = i;
                bestShare = ageBp[i];
            }
        }
        return best + 1;
    }

    private static int saturate(long value) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, value));
    }

    private static int contentBits(Set<ContentType> types) {
        int bits = 0;
        if (types != null) {
            for (ContentType type : types) {
                bits |= 1 << type.ordinal();
            }
        }
        return bits;
    }

    private int currencyCode(String code) {
        int at = currencies.indexOf(code);
        if (at < 0) {
            currencies.add(code);
            at = currencies.size() - 1;
        }
        return at;
    }

    /// The amount in the currency's minor units (VND whole dong, GBP pence), half-even.
    static long minorUnits(BigDecimal amount, String currencyCode) {
        if (amount == null) {
            return 0;
        }
        int digits;
        try {
            digits = Currencies.minorUnits(currencyCode);
        } catch (IllegalArgumentException e) {
            digits = 2;
        }
        BigDecimal minor = amount.movePointRight(digits).setScale(0, RoundingMode.HALF_EVEN);
        if (minor.unscaledValue().bitLength() > 63) {
            return minor.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE + 1;
        }
        return minor.longValue();
    }

    private int categoryBits(long id, List<String> cats) {
        int bits = 0;
        int[] overflow = null;
        for (String category : cats) {
            String key = category.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            Integer index = categoryIndex.get(key);
            if (index == null) {
                index = categoryNames.size();
                categoryNames.add(category.strip());
                categoryIndex.put(key, index);
            }
            if (index < OVERFLOW_CATEGORY) {
                bits |= 1 << index;
            } else {
                bits |= 1 << OVERFLOW_CATEGORY;
                overflow = overflow == null ? new int[] {index} : appendInt(overflow, index);
            }
        }
        if (overflow != null) {
            overflowCategories.put(id, overflow);
        } else {
            overflowCategories.remove(id);
        }
        return bits;
    }

    private static int[] appendInt(int[] array, int value) {
        int[] longer = Arrays.copyOf(array, array.length + 1);
        longer[array.length] = value;
        return longer;
    }

    // ---------------------------------------------------------------- storage

    private void allocate(int capacity) {
        ids = new long[capacity];
        region = new byte[capacity];
        level = new byte[capacity];
        flags = new byte[capacity];
        dominant = new byte[capacity];
        currency = new byte[capacity];
        followers = new int[capacity];
        videos = new int[capacity];
        avgViews = new int[capacity];
        engagement = new int[capacity];
        gmv = new long[capacity];
        gender = new byte[capacity * 3];
        ages = new byte[capacity * 5];
        categoryMask = new int[capacity];
        textStart = new int[capacity];
        textLength = new char[capacity];
        textPairs = new long[capacity];
        lastContact = new int[capacity];
        text = new byte[capacity * 24];
    }

    private void ensureCapacity(int needed) {
        if (needed <= ids.length) {
            return;
        }
        int capacity = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(needed, ids.length + (ids.length >> 1)));
        ids = Arrays.copyOf(ids, capacity);
        region = Arrays.copyOf(region, capacity);
        level = Arrays.copyOf(level, capacity);
        flags = Arrays.copyOf(flags, capacity);
        dominant = Arrays.copyOf(dominant, capacity);
        currency = Arrays.copyOf(currency, capacity);
        followers = Arrays.copyOf(followers, capacity);
        videos = Arrays.copyOf(videos, capacity);
        avgViews = Arrays.copyOf(avgViews, capacity);
        engagement = Arrays.copyOf(engagement, capacity);
        gmv = Arrays.copyOf(gmv, capacity);
        gender = Arrays.copyOf(gender, capacity * 3);
        ages = Arrays.copyOf(ages, capacity * 5);
        categoryMask = Arrays.copyOf(categoryMask, capacity);
        textStart = Arrays.copyOf(textStart, capacity);
        textLength = Arrays.copyOf(textLength, capacity);
        textPairs = Arrays.copyOf(textPairs, capacity);
        lastContact = Arrays.copyOf(lastContact, capacity);
    }

    private void growText(int extra) {
        if (textEnd > 2 * liveTextBytes() + (1 << 16)) {
            compactText();
            if (textEnd + extra <= text.length) {
                return;
            }
        }
        text = Arrays.copyOf(text, Math.max(textEnd + extra, text.length + (text.length >> 1)));
    }

    private long liveTextBytes() {
        long bytes = 0;
        for (int row = 0; row < size; row++) {
            bytes += textLength[row];
        }
        return bytes;
    }

    private void compactText() {
        byte[] packed = new byte[text.length];
        int end = 0;
        for (int row = 0; row < size; row++) {
            System.arraycopy(text, textStart[row], packed, end, textLength[row]);
            textStart[row] = end;
            end += textLength[row];
        }
        text = packed;
        textEnd = end;
    }

    /// Gives back the spare room a build reserved, keeping a little for new creators.
    private void trim() {
        lock.writeLock().lock();
        try {
            int spare = Math.max(1_024, size / 64);
            if (ids.length > size + 2 * spare) {
                int keep = size + spare;
                ids = Arrays.copyOf(ids, keep);
                region = Arrays.copyOf(region, keep);
                level = Arrays.copyOf(level, keep);
                flags = Arrays.copyOf(flags, keep);
                dominant = Arrays.copyOf(dominant, keep);
                currency = Arrays.copyOf(currency, keep);
                followers = Arrays.copyOf(followers, keep);
                videos = Arrays.copyOf(videos, keep);
                avgViews = Arrays.copyOf(avgViews, keep);
                engagement = Arrays.copyOf(engagement, keep);
                gmv = Arrays.copyOf(gmv, keep);
                gender = Arrays.copyOf(gender, keep * 3);
                ages = Arrays.copyOf(ages, keep * 5);
                categoryMask = Arrays.copyOf(categoryMask, keep);
                textStart = Arrays.copyOf(textStart, keep);
                textLength = Arrays.copyOf(textLength, keep);
                textPairs = Arrays.copyOf(textPairs, keep);
                lastContact = Arrays.copyOf(lastContact, keep);
            }
            if (text.length > textEnd + 64 * spare) {
                text = Arrays.copyOf(text, textEnd + 32 * spare);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /// Opens slot `at` by moving every later slot one up (rare: ids normally arrive ascending).
    private void shiftRight(int at) {
        int n = size - at;
        System.arraycopy(ids, at, ids, at + 1, n);
        System.arraycopy(region, at, region, at + 1, n);
        System.arraycopy(level, at, level, at + 1, n);
        System.arraycopy(flags, at, flags, at + 1, n);
        System.arraycopy(dominant, at, dominant, at + 1, n);
        System.arraycopy(currency, at, currency, at + 1, n);
        System.arraycopy(followers, at, followers, at + 1, n);
        System.arraycopy(videos, at, videos, at + 1, n);
        System.arraycopy(avgViews, at, avgViews, at + 1, n);
        System.arraycopy(engagement, at, engagement, at + 1, n);
        System.arraycopy(gmv, at, gmv, at + 1, n);
        System.arraycopy(gender, at * 3, gender, at * 3 + 3, n * 3);
        System.arraycopy(ages, at * 5, ages, at * 5 + 5, n * 5);
        System.arraycopy(categoryMask, at, categoryMask, at + 1, n);
        System.arraycopy(textStart, at, textStart, at + 1, n);
        System.arraycopy(textLength, at, textLength, at + 1, n);
        System.arraycopy(textPairs, at, textPairs, at + 1, n);
        System.arraycopy(lastContact, at, lastContact, at + 1, n);
        flags[at] = 0;
        lastContact[at] = 0;
    }

    /// Squeezes out removed slots once they are a quarter of the index.
    private void compact() {
        int to = 0;
        for (int from = 0; from < size; from++) {
            if ((flags[from] & DELETED) != 0) {
                continue;
            }
            if (to != from) {
                ids[to] = ids[from];
                region[to] = region[from];
                level[to] = level[from];
                flags[to] = flags[from];
                dominant[to] = dominant[from];
                currency[to] = currency[from];
                followers[to] = followers[from];
                videos[to] = videos[from];
                avgViews[to] = avgViews[from];
                engagement[to] = engagement[from];
                gmv[to] = gmv[from];
                System.arraycopy(gender, from * 3, gender, to * 3, 3);
                System.arraycopy(ages, from * 5, ages, to * 5, 5);
                categoryMask[to] = categoryMask[from];
                textStart[to] = textStart[from];
                textLength[to] = textLength[from];
                textPairs[to] = textPairs[from];
                lastContact[to] = lastContact[from];
            }
            to++;
        }
        size = to;
        deleted = 0;
        compactText();
    }

    // ---------------------------------------------------------------- reads

    /// Creators the index holds.
    public int size() {
        lock.readLock().lock();
        try {
            return size - deleted;
        } finally {
            lock.readLock().unlock();
        }
    }

    /// Grows by one on every write; a view can tell its cached page is stale.
    public long version() {
        lock.readLock().lock();
        try {
            return version;
        } finally {
            lock.readLock().unlock();
        }
    }

    /// Bytes held by the arrays (capacity included), for the benchmark and the status bar.
    public long memoryBytes() {
        lock.readLock().lock();
        try {
            long slots = ids.length;
            return slots * (8 + 1 + 1 + 1 + 1 + 1 + 4 + 4 + 4 + 4 + 8 + 3 + 5 + 4 + 4 + 2 + 8 + 4) + text.length;
        } finally {
            lock.readLock().unlock();
        }
    }

    /// The categories seen, in first-seen spelling, sorted for a filter's choices.
    public List<String> categories() {
        lock.readLock().lock();
        try {
            List<String> names = new ArrayList<>(categoryNames);
            names.sort(String.CASE_INSENSITIVE_ORDER);
            return names;
        } finally {
            lock.readLock().unlock();
        }
    }

    /// True when the index holds this creator.
    public boolean contains(long id) {
        lock.readLock().lock();
        try {
            int row = Arrays.binarySearch(ids, 0, size, id);
            return row >= 0 && (flags[row] & DELETED) == 0;
        } finally {
            lock.readLock().unlock();
        }
    }

    /// Runs a query: the page of ids in order and the total number of matches.
    public CreatorPage search(CreatorQuery query) {
        return search(query, Progress.NONE);
    }

    /// Runs a query that the caller may cancel (a newer query replaces it): throws
    /// [Progress.CancelledException] between chunks once `progress.cancelled()`.
    public CreatorPage search(CreatorQuery query, Progress progress) {
        return search(query, progress, 0);
    }

    /// Runs a query split into `chunkCount` parts run in parallel (1: on the calling thread
    /// only; 0: chosen from the size and the cores, as [#search(CreatorQuery)] does). For
    /// benchmarks and tests that compare the two.
    public CreatorPage search(CreatorQuery query, Progress progress, int chunkCount) {
        lock.readLock().lock();
        try {
            Scan scan = new Scan(query);
            if (scan.impossible) {
                return new CreatorPage(List.of(), 0, query.offset());
            }
            int k = (int) Math.min(Integer.MAX_VALUE - 8L, (long) query.offset() + query.limit());
            int chunks = chunkCount > 0 ? Math.min(chunkCount, Math.max(1, size)) : size < PARALLEL_FROM ? 1
                    : Math.max(1, Math.min(size / MIN_CHUNK, 4 * Runtime.getRuntime().availableProcessors()));
            int per = (size + chunks - 1) / Math.max(1, chunks);
            TopK merged;
            int total;
            if (chunks == 1) {
                merged = new TopK(k);
                total = scan.run(0, size, merged);
            } else {
                TopK[] heaps = new TopK[chunks];
                int[] counts = IntStream.range(0, chunks).parallel().map(c -> {
                    progress.checkCancelled();
                    heaps[c] = new TopK(k);
                    return scan.run(c * per, Math.min(size, (c + 1) * per), heaps[c]);
                }).toArray();
                total = Arrays.stream(counts).sum();
                merged = heaps[0];
                for (int c = 1; c < chunks; c++) {
                    merged.addAll(heaps[c]);
                }
            }
            progress.checkCancelled();
            int[] rows = merged.drainBestFirst();
            List<Long> page = new ArrayList<>(Math.max(0, Math.min(query.limit(), rows.length - query.offset())));
            for (int i = query.offset(); i < rows.length; i++) {
                page.add(ids[rows[i]]);
            }
            return new CreatorPage(page, total, query.offset(), scan.gmvCurrencies());
        } finally {
            lock.readLock().unlock();
        }
    }

    /// Every creator id the query's filters match, ascending (its sort and page do not matter):
    /// what a saved search compares with what it matched before (R-OUT-5).
    public long[] matchingIds(CreatorQuery query) {
        lock.readLock().lock();
        try {
            Scan scan = new Scan(query);
            if (scan.impossible) {
                return new long[0];
            }
            long[] out = new long[64];
            int n = 0;
            for (int row = 0; row < size; row++) {
                if (scan.matches(row)) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = ids[row];
                }
            }
            return Arrays.copyOf(out, n);
        } finally {
            lock.readLock().unlock();
        }
    }

    /// Visits every live slot under the read lock (recommendations rank from the columns).
    void forEachRow(RowVisitor visitor) {
        lock.readLock().lock();
        try {
            for (int row = 0; row < size; row++) {
                if ((flags[row] & DELETED) == 0) {
                    visitor.visit(this, row);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    interface RowVisitor {
        void visit(CreatorIndex index, int row);
    }

    /// Runs package code that reads several columns under one read lock, so no write lands
    /// between its reads.
    void readLocked(Runnable action) {
        lock.readLock().lock();
        try {
            action.run();
        } finally {
            lock.readLock().unlock();
        }
    }

    long idAt(int row) {
        return ids[row];
    }

    int levelAt(int row) {
        return level[row];
    }

    int kindAt(int row) {
        return flags[row] & KIND_MASK;
    }

    boolean decliningAt(int row) {
        return (flags[row] & DECLINING) != 0;
    }

    int dominantGenderAt(int row) {
        return (dominant[row] & 3) - 1;
    }

    int dominantBandAt(int row) {
        return (dominant[row] >> 2 & 7) - 1;
    }

    /// The version, for callers that already hold the read lock.
    long versionLocked() {
        return version;
    }

    int regionAt(int row) {
        return region[row];
    }

    String currencyAt(int row) {
        return currencies.get(currency[row]);
    }

    int currencyCodeAt(int row) {
        return currency[row];
    }

    /// The currencies seen so far; a creator's code indexes this list.
    int currencyCount() {
        return currencies.size();
    }

    int currencyCodeOf(String code) {
        return currencies.indexOf(code);
    }

    /// How many of the wanted categories (bits below 31, plus overflow indices) the creator has.
    int matchedCategories(int row, int wantedBits, int[] wantedOverflow) {
        int bits = categoryMask[row];
        int matched = Integer.bitCount(bits & wantedBits & ~(1 << OVERFLOW_CATEGORY));
        if (wantedOverflow.length > 0 && (bits & 1 << OVERFLOW_CATEGORY) != 0) {
            for (int want : wantedOverflow) {
                for (int have : overflowCategories.get(ids[row])) {
                    if (want == have) {
                        matched++;
                    }
                }
            }
        }
        return matched;
    }

    /// GMV in minor units, or [#GMV_UNKNOWN].
    long gmvAt(int row) {
        return gmv[row];
    }

    int genderPercentAt(int row, Gender g) {
        return gender[row * 3 + g.ordinal()];
    }

    int agePercentAt(int row, int band) {
        return ages[row * 5 + band];
    }

    /// The indices into [#categoryName] of the creator's categories.
    int[] categoriesAt(int row) {
        int bits = categoryMask[row];
        int[] out = new int[Integer.bitCount(bits & ~(1 << OVERFLOW_CATEGORY))];
        int n = 0;
        for (int b = 0; b < OVERFLOW_CATEGORY; b++) {
            if ((bits & 1 << b) != 0) {
                out[n++] = b;
            }
        }
        int[] more = (bits & 1 << OVERFLOW_CATEGORY) != 0 ? overflowCategories.get(ids[row]) : null;
        if (more == null) {
            return out;
        }
        int[] all = Arrays.copyOf(out, out.length + more.length);
        System.arraycopy(more, 0, all, out.length, more.length);
        return all;
    }

    String categoryName(int index) {
        return categoryNames.get(index);
    }

    /// The index of a category name, or -1 when no creator has it.
    int categoryIndexOf(String name) {
        Integer index = categoryIndex.get(name.strip().toLowerCase(Locale.ROOT));
        return index == null ? -1 : index;
    }

    /// One query compiled to primitive bounds and masks, run over a range of slots.
    private final class Scan {
        final boolean impossible;
        final int regionMask;
        final boolean byLevel;
        final int levelMask;
        final long followersMin;
        final long followersMax;
        final boolean byFollowers;
        final int genderSlot;
        final int genderMin;
        final int genderDominant;
        final int ageSlot;
        final int ageMin;
        final int ageDominant;
        final int categoryBits;
        final int[] overflowWanted;
        final boolean byCategory;
        final int contentBits;
        final boolean byGmv;
        final int gmvCurrency;
        final long gmvMin;
        final long gmvMax;
        final boolean byEngagement;
        final int engagementMin;
        final int engagementMax;
        final byte[][] words;
        final long wordPairs;
        final int decliningMode;
        /// 0: either; 1: contacted at or after `contactFrom`; 2: never contacted (R-OUT-2).
        final int contactMode;
        final int contactFrom;
        final CreatorQuery.Sort sort;
        final boolean ascending;
        /// For a GMV sort: each currency code's group, highest first (codes in alphabetical order).
        final long[] gmvGroup;
        /// For a GMV sort: the currency codes seen among the matches with a stated GMV, as bits.
        final AtomicLong gmvSeen = new AtomicLong();

        Scan(CreatorQuery q) {
            boolean none = false;
            int regions = 0;
            for (Region r : q.regions()) {
                regions |= 1 << r.ordinal();
            }
            regionMask = regions;
            int levels = 0;
            for (int lv : q.levels()) {
                levels |= 1 << lv;
            }
            if (q.unrated()) {
                levels |= 1 << 31;
            }
            byLevel = levels != 0;
            levelMask = levels;
            byFollowers = q.followersMin() != null || q.followersMax() != null;
            followersMin = q.followersMin() == null ? Long.MIN_VALUE : q.followersMin();
            followersMax = q.followersMax() == null ? Long.MAX_VALUE : q.followersMax();
            if (q.gender() == null) {
                genderSlot = -1;
                genderMin = 0;
                genderDominant = 0;
            } else if (q.gender().minPercent() == null) {
                genderSlot = -1;
                genderMin = 0;
                genderDominant = 1 + q.gender().gender().ordinal();
            } else {
                genderSlot = q.gender().gender().ordinal();
                genderMin = q.gender().minPercent();
                genderDominant = 0;
            }
            if (q.age() == null) {
                ageSlot = -1;
                ageMin = 0;
                ageDominant = 0;
            } else if (q.age().minPercent() == null) {
                ageSlot = -1;
                ageMin = 0;
                ageDominant = 1 + q.age().band();
            } else {
                ageSlot = q.age().band();
                ageMin = q.age().minPercent();
                ageDominant = 0;
            }
            int cats = 0;
            List<Integer> overflow = new ArrayList<>();
            for (String name : q.categories()) {
                int index = categoryIndexOf(name);
                if (index >= OVERFLOW_CATEGORY) {
                    overflow.add(index);
                } else if (index >= 0) {
                    cats |= 1 << index;
                }
            }
            byCategory = !q.categories().isEmpty();
            if (byCategory && cats == 0 && overflow.isEmpty()) {
                none = true;
            }
            categoryBits = cats;
            overflowWanted = overflow.stream().mapToInt(Integer::intValue).toArray();
            contentBits = contentBits(q.contentTypes()) << CONTENT_SHIFT;
            String gmvCode = q.gmvCurrency();
            byGmv = gmvCode != null;
            gmvCurrency = byGmv ? currencies.indexOf(gmvCode) : -1;
            if (byGmv && gmvCurrency < 0) {
                none = true;
            }
            gmvMin = q.gmvMin() == null ? Long.MIN_VALUE : minorUnits(q.gmvMin().amount(), gmvCode);
            gmvMax = q.gmvMax() == null ? Long.MAX_VALUE : minorUnits(q.gmvMax().amount(), gmvCode);
            byEngagement = q.engagementMinBp() != null || q.engagementMaxBp() != null;
            engagementMin = q.engagementMinBp() == null ? Integer.MIN_VALUE : q.engagementMinBp();
            engagementMax = q.engagementMaxBp() == null ? Integer.MAX_VALUE : q.engagementMaxBp();
            String[] terms = TextFold.fold(q.text()).replace("@", " ").strip().split("\\s+");
            words = Arrays.stream(terms).filter(t -> !t.isEmpty())
                    .map(t -> t.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
            long pairs = 0;
            for (byte[] word : words) {
                pairs |= pairBits(word, 0, word.length);
            }
            wordPairs = pairs;
            decliningMode = q.declining().ordinal();
            CreatorQuery.Contacted contacted = q.contacted();
            if (contacted == null) {
                contactMode = 0;
                contactFrom = 0;
            } else if (contacted.never()) {
                contactMode = 2;
                contactFrom = 0;
            } else {
                Clock clock = contactClock;
                LocalDate first = LocalDate.now(clock).minusDays(contacted.withinDays() - 1L);
                contactMode = 1;
                contactFrom = contactMinute(first.atStartOfDay(clock.getZone()).toInstant());
            }
            sort = q.sort();
            ascending = q.ascending();
            gmvGroup = gmvGroups();
            impossible = none;
        }

        /// R-ST-6: amounts in different currencies are never compared, so a GMV sort lists one
        /// currency after another in alphabetical order of their codes (GBP, IDR, VND), and ranks
        /// by GMV within each, in either direction. A region or GMV range that leaves one currency
        /// leaves one group. The group is the key's top bits, above the GMV in minor units.
        private long[] gmvGroups() {
            List<String> byCode = new ArrayList<>(currencies);
            byCode.sort(null);
            long[] groups = new long[currencies.size()];
            for (int code = 0; code < groups.length; code++) {
                int rank = Math.min(MAX_GMV_GROUPS - 1, byCode.indexOf(currencies.get(code)));
                groups[code] = (long) (MAX_GMV_GROUPS - 1 - rank) << GMV_BITS;
            }
            return groups;
        }

        /// The sort key of a GMV: its currency's group, then the amount in that currency.
        long gmvKey(long sign, int row) {
            long g = gmv[row];
            if (g == GMV_UNKNOWN) {
                return Long.MIN_VALUE;
            }
            long within = Math.max(-GMV_LIMIT, Math.min(GMV_LIMIT, sign * g)) + GMV_LIMIT + 1;
            return gmvGroup[currency[row]] | within;
        }

        /// The currencies of the GMV groups that matched, in the order they are listed.
        List<String> gmvCurrencies() {
            if (sort != CreatorQuery.Sort.GMV) {
                return List.of();
            }
            long seen = gmvSeen.get();
            List<String> out = new ArrayList<>();
            for (int code = 0; code < currencies.size() && code < Long.SIZE; code++) {
                if ((seen & 1L << code) != 0) {
                    out.add(currencies.get(code));
                }
            }
            out.sort(null);
            return out;
        }

        /// Counts the matches in `[from, to)` and offers each to `top`. One loop per kind of
        /// sort column, so the per-row work is a filter and an array read.
        int run(int from, int to, TopK top) {
            int count = 0;
            if (top.capacity == 0) {
                for (int row = from; row < to; row++) {
                    if (matches(row)) {
                        count++;
                    }
                }
                return count;
            }
            long sign = ascending ? -1 : 1;
            switch (sort) {
                case GMV -> {
                    long[] column = gmv;
                    long seen = 0;
                    for (int row = from; row < to; row++) {
                        if (matches(row)) {
                            count++;
                            if (column[row] != GMV_UNKNOWN) {
                                seen |= 1L << currency[row];
                            }
                            top.offer(gmvKey(sign, row), row);
                        }
                    }
                    long found = seen;
                    gmvSeen.accumulateAndGet(found, (a, b) -> a | b);
                }
                case LEVEL -> {
                    byte[] column = level;
                    for (int row = from; row < to; row++) {
                        if (matches(row)) {
                            count++;
                            int lv = column[row];
                            top.offer(lv == UNRATED ? Long.MIN_VALUE : sign * lv, row);
                        }
                    }
                }
                default -> {
                    int[] column = switch (sort) {
                        case VIDEOS -> videos;
                        case AVG_VIEWS -> avgViews;
                        case ENGAGEMENT -> engagement;
                        default -> followers;
                    };
                    for (int row = from; row < to; row++) {
                        if (matches(row)) {
                            count++;
                            int v = column[row];
                            top.offer(v < 0 ? Long.MIN_VALUE : sign * v, row);
                        }
                    }
                }
            }
            return count;
        }

        boolean matches(int row) {
            int f = flags[row];
            if ((f & DELETED) != 0) {
                return false;
            }
            if (regionMask != 0 && (regionMask & 1 << region[row]) == 0) {
                return false;
            }
            if (byLevel && (levelMask & 1 << (level[row] & 31)) == 0) {
                return false;
            }
            if (byFollowers) {
                int n = followers[row];
                if (n < followersMin || n > followersMax) {
                    return false;
                }
            }
            if (decliningMode != 0 && ((f & DECLINING) != 0) != (decliningMode == 1)) {
                return false;
            }
            if (contactMode != 0 && (contactMode == 2 ? lastContact[row] != 0 : lastContact[row] < contactFrom)) {
                return false;
            }
            if (contentBits != 0 && (f & contentBits) == 0) {
                return false;
            }
            if (byEngagement) {
                int e = engagement[row];
                if (e == Audience.UNSTATED || e < engagementMin || e > engagementMax) {
                    return false;
                }
            }
            if (byGmv) {
                long g = gmv[row];
                if (g == GMV_UNKNOWN || currency[row] != gmvCurrency || g < gmvMin || g > gmvMax) {
                    return false;
                }
            }
            if (genderSlot >= 0 && gender[row * 3 + genderSlot] < genderMin) {
                return false;
            }
            if (genderDominant != 0 && (dominant[row] & 3) != genderDominant) {
                return false;
            }
            if (ageSlot >= 0 && ages[row * 5 + ageSlot] < ageMin) {
                return false;
            }
            if (ageDominant != 0 && (dominant[row] >> 2 & 7) != ageDominant) {
                return false;
            }
            if (byCategory && !categoryMatches(row)) {
                return false;
            }
            return words.length == 0 || textMatches(row);
        }

        private boolean categoryMatches(int row) {
            int bits = categoryMask[row];
            if ((bits & categoryBits) != 0) {
                return true;
            }
            if (overflowWanted.length == 0 || (bits & 1 << OVERFLOW_CATEGORY) == 0) {
                return false;
            }
            int[] held = overflowCategories.get(ids[row]);
            for (int want : overflowWanted) {
                for (int have : held) {
                    if (want == have) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean textMatches(int row) {
            if ((textPairs[row] & wordPairs) != wordPairs) {
                return false;
            }
            int start = textStart[row];
            int end = start + textLength[row];
            for (byte[] word : words) {
                if (!contains(start, end, word)) {
                    return false;
                }
            }
            return true;
        }

        private boolean contains(int start, int end, byte[] word) {
            byte first = word[0];
            int last = end - word.length;
            outer:
            for (int i = start; i <= last; i++) {
                if (text[i] != first) {
                    continue;
                }
                for (int j = 1; j < word.length; j++) {
                    if (text[i + j] != word[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }

    // ---------------------------------------------------------------- similar creators
    // Read accessors for [SimilarCreators]; callers hold the read lock (see [#readLocked]).

    /// Slots in use, removed ones included (test [#liveAt]).
    int slotCount() {
        return size;
    }

    boolean liveAt(int row) {
        return (flags[row] & DELETED) == 0;
    }

    /// The slot of a live creator, or -1.
    int rowOf(long id) {
        int row = Arrays.binarySearch(ids, 0, size, id);
        return row >= 0 && (flags[row] & DELETED) == 0 ? row : -1;
    }

    int followersAt(int row) {
        return followers[row];
    }

    /// The creator's content types as bits of [ContentType#ordinal].
    int contentBitsAt(int row) {
        return (flags[row] & 0xff) >>> CONTENT_SHIFT;
    }

    /// The category bits (below 31 the category of that index, bit 31: more in the overflow).
    int categoryMaskAt(int row) {
        return categoryMask[row];
    }

    /// How many parts a scan of the whole index is split into, as [#search] splits it.
    int scanChunks() {
        return size < PARALLEL_FROM ? 1
                : Math.max(1, Math.min(size / MIN_CHUNK, 4 * Runtime.getRuntime().availableProcessors()));
    }
}
