package dev.sellerworkbench.search;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.search.CreatorQuery.AgeFilter;
import dev.sellerworkbench.search.CreatorQuery.Declining;
import dev.sellerworkbench.search.CreatorQuery.GenderFilter;
import dev.sellerworkbench.search.CreatorQuery.Sort;
import dev.sellerworkbench.search.SearchSyntaxException.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The Find Creators search language (R-CR-3), shared by the window's search box and
/// `creators search --q`: `level:4-6 followers:50k..500k female:60+ age:18-24:30+ region:VN
/// cat:beauty content:live gmv:>10m declining:no "lan anh"`. Each `key:value` sets one filter of a
/// [CreatorQuery]; every other word, and every quoted phrase, is free text. Nothing is dropped:
/// input that cannot be read throws a [SearchSyntaxException] naming its position and what was
/// expected. The grammar, with the keys' Vietnamese, Indonesian and Chinese words, is in
/// `docs/search-language.md`.
public final class SearchLanguage {

    /// The keys, each with its English word first and the words accepted in the other languages.
    public enum Key {
        REGION("region", "vùng", "wilayah", "地区", "地區"),
        LEVEL("level", "lv", "cấp", "等级", "等級"),
        FOLLOWERS("followers", "fans", "theodõi", "pengikut", "粉丝", "粉絲"),
        GENDER("gender", "giới", "kelamin", "性别", "性別"),
        FEMALE("female", "nữ", "wanita", "女"),
        MALE("male", "nam", "pria", "男"),
        OTHER("other", "khác", "lainnya", "其他"),
        AGE("age", "tuổi", "usia", "年龄", "年齡"),
        CATEGORY("cat", "category", "ngành", "kategori", "类目", "類目"),
        CONTENT("content", "nộidung", "konten", "内容", "內容"),
        GMV("gmv"),
        CURRENCY("currency", "tiền", "matauang", "币种", "幣別"),
        ENGAGEMENT("engagement", "eng", "tươngtác", "interaksi", "互动率", "互動率"),
        DECLINING("declining", "giảm", "menurun", "下滑"),
        CONTACTED("contacted", "liênhệ", "dihubungi", "联系", "聯繫"),
        SORT("sort", "xếp", "urut", "排序");

        private final List<String> words;

        Key(String... words) {
            this.words = List.of(words);
        }

        /// The English word, used when a query is written back.
        public String word() {
            return words.getFirst();
        }

        /// Every word for this key, English first.
        public List<String> words() {
            return words;
        }
    }

    /// A query read from the language, with where each key was given (for messages that point at it).
    public record Parsed(CreatorQuery query, Map<Key, Integer> positions) {
        public Parsed {
            positions = Map.copyOf(positions);
        }

        /// The position of `key` in the text, or 0 when it was not given.
        public int positionOf(Key key) {
            return positions.getOrDefault(key, 0);
        }
    }

    /// Completions for the word at the caret: replace `from..to` of the text with one of `items`.
    public record Suggestions(int from, int to, List<String> items) {
    }

    private static final Map<String, Key> KEYS = new LinkedHashMap<>();
    private static final Set<String> YES = Set.of("yes", "only", "co", "ya", "是");
    private static final Set<String> NO = Set.of("no", "exclude", "khong", "tidak", "否");
    private static final Set<String> ANY = Set.of("any", "all", "tatca", "semua", "全部");
    /// `contacted:never` in each language (folded as [TextFold] folds).
    private static final Set<String> NEVER = Set.of("never", "chua", "belum", "从未", "從未");
    private static final Pattern DAYS = Pattern.compile("(?:<=?)?(\\d{1,4})\\s*(?:d|days?|ngay|hari|天)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)([kmb]?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE = Pattern.compile("(\\d{1,3})(?:\\+|%\\+?)?");

    static {
        for (Key key : Key.values()) {
            for (String word : key.words) {
                KEYS.put(TextFold.fold(word), key);
            }
        }
    }

    private SearchLanguage() {
    }

    /// Reads `text` into a query (first page, most followers first unless `sort:` says otherwise).
    public static Parsed parse(String text) {
        return new Reader(text == null ? "" : text).read();
    }

    // ---------------------------------------------------------------- reading

    private static final class Reader {
        private final String text;
        private final CreatorQuery.Builder b = CreatorQuery.builder();
        private final Map<Key, Integer> positions = new EnumMap<>(Key.class);
        private final List<String> words = new ArrayList<>();
        private final Set<Region> regions = EnumSet.noneOf(Region.class);
        private String currency;
        private BigDecimal[] gmv;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        Parsed read() {
            while (true) {
                while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                    pos++;
                }
                if (pos >= text.length()) {
                    break;
                }
                if (text.charAt(pos) == '"') {
                    words.add(quoted());
                    continue;
                }
                int start = pos;
                int colon = -1;
                while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
                    char ch = text.charAt(pos);
                    if (ch == ':' && colon < 0) {
                        colon = pos;
                        pos++;
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            break;
                        }
                        continue;
                    }
                    if (ch == '"') {
                        break; // a phrase begins: the word so far stands alone
                    }
                    pos++;
                }
                if (colon < 0) {
                    words.add(text.substring(start, pos));
                    continue;
                }
                String word = text.substring(start, colon);
                Key key = KEYS.get(TextFold.fold(word));
                if (key == null) {
                    throw new SearchSyntaxException(Kind.UNKNOWN_KEY, start, word, null);
                }
                if (positions.containsKey(key) || genderTwice(key)) {
                    throw new SearchSyntaxException(Kind.REPEATED, start, word, key);
                }
                positions.put(key, start);
                int valueAt = colon + 1;
                String value = valueAt < text.length() && text.charAt(valueAt) == '"' ? quoted()
                        : text.substring(valueAt, pos);
                if (value.isBlank()) {
                    throw new SearchSyntaxException(Kind.MISSING_VALUE, valueAt, word + ":", key);
                }
                value(key, value, valueAt);
            }
            b.regions(regions);
            b.text(String.join(" ", words));
            if (gmv != null) {
                String in = currency != null ? currency : regions.size() == 1 ? regions.iterator().next().currency() : null;
                if (in == null) {
                    throw new SearchSyntaxException(Kind.GMV_CURRENCY, positions.get(Key.GMV), "gmv", Key.GMV);
                }
                b.gmv(gmv[0] == null ? null : Money.of(gmv[0], in), gmv[1] == null ? null : Money.of(gmv[1], in));
            } else if (currency != null) {
                throw new SearchSyntaxException(Kind.GMV_CURRENCY, positions.get(Key.CURRENCY), currency, Key.GMV);
            }
            return new Parsed(b.build(), positions);
        }

        private boolean genderTwice(Key key) {
            Set<Key> genders = EnumSet.of(Key.GENDER, Key.FEMALE, Key.MALE, Key.OTHER);
            return genders.contains(key) && positions.keySet().stream().anyMatch(genders::contains);
        }

        /// A phrase in double quotes starting at `pos`; `pos` ends after the closing quote.
        private String quoted() {
            int open = pos;
            int close = text.indexOf('"', open + 1);
            if (close < 0) {
                throw new SearchSyntaxException(Kind.UNCLOSED_QUOTE, open, text.substring(open), null);
            }
            pos = close + 1;
            return text.substring(open + 1, close);
        }

        private SearchSyntaxException bad(Key key, String value, int at) {
            return new SearchSyntaxException(Kind.BAD_VALUE, at, value, key);
        }

        private void value(Key key, String value, int at) {
            switch (key) {
                case REGION -> {
                    for (Item item : items(value, at)) {
                        Region region = Region.parse(item.text);
                        if (region == null) {
                            throw bad(key, item.text, item.at);
                        }
                        regions.add(region);
                    }
                }
                case LEVEL -> levels(value, at);
                case FOLLOWERS -> {
                    BigDecimal[] range = range(key, value, at);
                    b.followers(whole(key, range[0], at), whole(key, range[1], at));
                }
                case GENDER -> {
                    Gender gender = gender(value);
                    if (gender == null) {
                        throw bad(key, value, at);
                    }
                    b.gender(GenderFilter.dominant(gender));
                }
                case FEMALE, MALE, OTHER -> {
                    Gender gender = key == Key.FEMALE ? Gender.FEMALE : key == Key.MALE ? Gender.MALE : Gender.OTHER;
                    b.gender(GenderFilter.atLeast(gender, share(key, value, at)));
                }
                case AGE -> {
                    int colon = value.indexOf(':');
                    String bandText = colon < 0 ? value : value.substring(0, colon);
                    int band = AgeFilter.band(bandText);
                    if (band < 0) {
                        throw bad(key, bandText, at);
                    }
                    b.age(colon < 0 ? AgeFilter.dominant(band)
                            : AgeFilter.atLeast(band, share(key, value.substring(colon + 1), at + colon + 1)));
                }
                case CATEGORY -> b.categories(items(value, at).stream().map(i -> i.text).toList());
                case CONTENT -> {
                    Set<ContentType> types = EnumSet.noneOf(ContentType.class);
                    for (Item item : items(value, at)) {
                        try {
                            types.add(ContentType.parse(item.text));
                        } catch (IllegalArgumentException e) {
                            throw bad(key, item.text, item.at);
                        }
                    }
                    b.contentTypes(types);
                }
                case GMV -> gmv = range(key, value, at);
                case CURRENCY -> {
                    if (!value.matches("[A-Za-z]{3}")) {
                        throw bad(key, value, at);
                    }
                    currency = value.toUpperCase(Locale.ROOT);
                }
                case ENGAGEMENT -> {
                    BigDecimal[] range = range(key, value.replace("%", ""), at);
                    b.engagementPercent(range[0], range[1]);
                }
                case DECLINING -> {
                    String v = TextFold.fold(value);
                    if (!YES.contains(v) && !NO.contains(v) && !ANY.contains(v)) {
                        throw bad(key, value, at);
                    }
                    b.declining(YES.contains(v) ? Declining.ONLY : NO.contains(v) ? Declining.EXCLUDE : Declining.ANY);
                }
                case CONTACTED -> {
                    String v = TextFold.fold(value);
                    if (NEVER.contains(v)) {
                        b.contacted(CreatorQuery.Contacted.neverContacted());
                    } else {
                        Matcher m = DAYS.matcher(v);
                        int days = m.matches() ? Integer.parseInt(m.group(1)) : 0;
                        if (days < 1 || days > 3_650) {
                            throw bad(key, value, at);
                        }
                        b.contacted(CreatorQuery.Contacted.within(days));
                    }
                }
                case SORT -> {
                    int colon = value.indexOf(':');
                    String by = colon < 0 ? value : value.substring(0, colon);
                    Sort sort = Sort.parse(by);
                    if (sort == null) {
                        throw bad(key, by, at);
                    }
                    boolean asc = false;
                    if (colon >= 0) {
                        String order = value.substring(colon + 1).toLowerCase(Locale.ROOT);
                        if (!order.equals("asc") && !order.equals("desc")) {
                            throw bad(key, value.substring(colon + 1), at + colon + 1);
                        }
                        asc = order.equals("asc");
                    }
                    b.sort(sort, asc);
                }
            }
        }

        private record Item(String text, int at) {
        }

        /// Comma-separated values; an empty one between commas is an error.
        private List<Item> items(String value, int at) {
            List<Item> items = new ArrayList<>();
            int from = 0;
            for (String part : value.split(",", -1)) {
                if (part.isBlank()) {
                    throw new SearchSyntaxException(Kind.MISSING_VALUE, at + from, value, keyAt(at));
                }
                items.add(new Item(part.strip(), at + from));
                from += part.length() + 1;
            }
            return items;
        }

        private Key keyAt(int valueAt) {
            return positions.entrySet().stream().filter(e -> e.getValue() < valueAt)
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }

        /// `4`, `L4`, `4-6`, `3,5`, `unrated`, or a mix: `4-6,unrated`.
        private void levels(String value, int at) {
            Set<Integer> levels = new TreeSet<>();
            for (Item item : items(value, at)) {
                String t = item.text.toLowerCase(Locale.ROOT);
                if (t.equals("unrated")) {
                    b.unrated(true);
                    continue;
                }
                Matcher m = Pattern.compile("l?(\\d{1,2})(?:-l?(\\d{1,2}))?").matcher(t);
                if (!m.matches()) {
                    throw bad(Key.LEVEL, item.text, item.at);
                }
                int lo = Integer.parseInt(m.group(1));
                int hi = m.group(2) == null ? lo : Integer.parseInt(m.group(2));
                if (hi > CreatorQuery.MAX_LEVEL) {
                    throw bad(Key.LEVEL, item.text, item.at);
                }
                if (lo > hi) {
                    throw new SearchSyntaxException(Kind.REVERSED, item.at, item.text, Key.LEVEL);
                }
                for (int level = lo; level <= hi; level++) {
                    levels.add(level);
                }
            }
            b.levels(levels);
        }

        /// `MIN..MAX`, `MIN..`, `..MAX`, `MIN-MAX`, `>MIN`, `>=MIN`, `<MAX`, `<=MAX`; bounds are
        /// inclusive, so `>` reads as `>=` (documented).
        private BigDecimal[] range(Key key, String value, int at) {
            String v = value.strip();
            if (v.startsWith(">=") || v.startsWith("<=")) {
                BigDecimal n = number(key, v.substring(2), at + 2);
                return v.charAt(0) == '>' ? new BigDecimal[] {n, null} : new BigDecimal[] {null, n};
            }
            if (v.startsWith(">") || v.startsWith("<")) {
                BigDecimal n = number(key, v.substring(1), at + 1);
                return v.charAt(0) == '>' ? new BigDecimal[] {n, null} : new BigDecimal[] {null, n};
            }
            int split = v.indexOf("..");
            int width = 2;
            if (split < 0) {
                split = v.indexOf('-');
                width = 1;
            }
            if (split < 0) {
                throw bad(key, value, at);
            }
            String lo = v.substring(0, split);
            String hi = v.substring(split + width);
            if ((lo.isEmpty() && hi.isEmpty()) || (width == 1 && (lo.isEmpty() || hi.isEmpty()))) {
                throw bad(key, value, at);
            }
            BigDecimal min = lo.isEmpty() ? null : number(key, lo, at);
            BigDecimal max = hi.isEmpty() ? null : number(key, hi, at + split + width);
            if (min != null && max != null && min.compareTo(max) > 0) {
                throw new SearchSyntaxException(Kind.REVERSED, at, value, key);
            }
            return new BigDecimal[] {min, max};
        }

        private BigDecimal number(Key key, String text, int at) {
            Matcher m = NUMBER.matcher(text);
            if (!m.matches()) {
                throw bad(key, text, at);
            }
            BigDecimal n = new BigDecimal(m.group(1)).movePointRight(switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "k" -> 3;
                case "m" -> 6;
                case "b" -> 9;
                default -> 0;
            });
            // 10m is written as 10000000 would be, so both give equal queries (BigDecimal equality counts scale)
            return n.scale() < 0 ? n.setScale(0) : n;
        }

        private Long whole(Key key, BigDecimal value, int at) {
            if (value == null) {
                return null;
            }
            try {
                return value.longValueExact();
            } catch (ArithmeticException e) {
                throw bad(key, value.toPlainString(), at);
            }
        }

        /// `60+`, `60%`, `60` (at least that share, in whole percent).
        private int share(Key key, String value, int at) {
            Matcher m = SHARE.matcher(value);
            if (!m.matches() || Integer.parseInt(m.group(1)) > 100) {
                throw bad(key, value, at);
            }
            return Integer.parseInt(m.group(1));
        }
    }

    private static Gender gender(String value) {
        Key key = KEYS.get(TextFold.fold(value));
        return key == Key.FEMALE ? Gender.FEMALE : key == Key.MALE ? Gender.MALE : key == Key.OTHER ? Gender.OTHER : null;
    }

    // ---------------------------------------------------------------- writing

    /// Writes `query`'s filters and sort in the language, English keys, in a fixed order, so that
    /// [#parse] reads back the same filters. Free text is quoted when it could be taken for a key.
    public static String format(CreatorQuery q) {
        return format(q, java.util.function.UnaryOperator.identity());
    }

    /// [#format(CreatorQuery)] with each category written as `categoryName` names it (the name the
    /// screen shows for a platform category id, which [#parse] callers read back to the id).
    public static String format(CreatorQuery q, java.util.function.UnaryOperator<String> categoryName) {
        List<String> parts = new ArrayList<>();
        if (!q.regions().isEmpty()) {
            parts.add("region:" + String.join(",", q.regions().stream().map(Region::name).sorted().toList()));
        }
        if (!q.levels().isEmpty() || q.unrated()) {
            List<String> levels = new ArrayList<>(runs(q.levels()));
            if (q.unrated()) {
                levels.add("unrated");
            }
            parts.add("level:" + String.join(",", levels));
        }
        if (q.followersMin() != null || q.followersMax() != null) {
            parts.add("followers:" + range(q.followersMin() == null ? null : BigDecimal.valueOf(q.followersMin()),
                    q.followersMax() == null ? null : BigDecimal.valueOf(q.followersMax())));
        }
        if (q.gender() != null) {
            GenderFilter g = q.gender();
            String word = g.gender().name().toLowerCase(Locale.ROOT);
            parts.add(g.minPercent() == null ? "gender:" + word : word + ":" + g.minPercent() + "+");
        }
        if (q.age() != null) {
            AgeFilter a = q.age();
            parts.add("age:" + Audience.AGE_BANDS[a.band()] + (a.minPercent() == null ? "" : ":" + a.minPercent() + "+"));
        }
        if (!q.categories().isEmpty()) {
            parts.add("cat:" + String.join(",", q.categories().stream().map(categoryName).map(SearchLanguage::quoteIfNeeded).toList()));
        }
        if (!q.contentTypes().isEmpty()) {
            parts.add("content:" + String.join(",", q.contentTypes().stream().sorted().map(ContentType::code).toList()));
        }
        if (q.gmvMin() != null || q.gmvMax() != null) {
            parts.add("gmv:" + range(q.gmvMin() == null ? null : q.gmvMin().amount(),
                    q.gmvMax() == null ? null : q.gmvMax().amount()));
            if (q.regions().size() != 1 || !q.regions().iterator().next().currency().equals(q.gmvCurrency())) {
                parts.add("currency:" + q.gmvCurrency());
            }
        }
        if (q.engagementMinBp() != null || q.engagementMaxBp() != null) {
            parts.add("eng:" + plainRange(q.engagementMinBp() == null ? null : BigDecimal.valueOf(q.engagementMinBp(), 2),
                    q.engagementMaxBp() == null ? null : BigDecimal.valueOf(q.engagementMaxBp(), 2)));
        }
        if (q.declining() != Declining.ANY) {
            parts.add("declining:" + (q.declining() == Declining.ONLY ? "yes" : "no"));
        }
        if (q.contacted() != null) {
            parts.add("contacted:" + (q.contacted().never() ? "never" : "<" + q.contacted().withinDays() + "d"));
        }
        if (q.sort() != Sort.FOLLOWERS || q.ascending()) {
            parts.add("sort:" + q.sort().code() + (q.ascending() ? ":asc" : ""));
        }
        if (!q.text().isEmpty()) {
            boolean plain = !q.text().contains(":") && !q.text().contains("\"");
            parts.add(plain ? q.text() : "\"" + q.text().replace("\"", "") + "\"");
        }
        return String.join(" ", parts);
    }

    private static String quoteIfNeeded(String value) {
        return value.matches("[^\\s,\":]+") ? value : "\"" + value.replace("\"", "") + "\"";
    }

    /// 4,5,6,8 → `4-6,8`.
    private static List<String> runs(Collection<Integer> levels) {
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(levels));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            out.add(j > i ? sorted.get(i) + "-" + sorted.get(j) : String.valueOf(sorted.get(i)));
            i = j + 1;
        }
        return out;
    }

    private static String range(BigDecimal min, BigDecimal max) {
        return (min == null ? "" : compact(min)) + ".." + (max == null ? "" : compact(max));
    }

    private static String plainRange(BigDecimal min, BigDecimal max) {
        return (min == null ? "" : min.stripTrailingZeros().toPlainString()) + ".."
                + (max == null ? "" : max.stripTrailingZeros().toPlainString());
    }

    /// 50000 → `50k`, 10000000 → `10m`, 1500000 → `1.5m`; otherwise the plain number.
    static String compact(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.signum() == 0) {
            return "0";
        }
        String[] suffixes = {"b", "m", "k"};
        int[] powers = {9, 6, 3};
        for (int i = 0; i < suffixes.length; i++) {
            BigDecimal scaled = v.movePointLeft(powers[i]).stripTrailingZeros();
            if (scaled.compareTo(BigDecimal.ONE) >= 0 && scaled.scale() <= 2) {
                return scaled.toPlainString() + suffixes[i];
            }
        }
        return v.toPlainString();
    }

    // ---------------------------------------------------------------- completion

    /// Keys (as `key:`) or values for the word at `caret`, given the index's `categories`.
    public static Suggestions suggest(String text, int caret, List<String> categories) {
        int at = Math.max(0, Math.min(caret, text.length()));
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, at);
        int colon = word.indexOf(':');
        if (colon < 0) {
            if (word.isEmpty() || word.startsWith("\"")) {
                return new Suggestions(start, at, List.of());
            }
            String folded = TextFold.fold(word);
            Set<String> items = new LinkedHashSet<>();
            for (Key key : Key.values()) {
                for (String w : key.words) {
                    if (TextFold.fold(w).startsWith(folded)) {
                        items.add(w + ":");
                    }
                }
            }
            return new Suggestions(start, at, List.copyOf(items));
        }
        Key key = KEYS.get(TextFold.fold(word.substring(0, colon)));
        if (key == null) {
            return new Suggestions(start, at, List.of());
        }
        int valueFrom = start + colon + 1;
        int lastComma = word.lastIndexOf(',');
        int from = lastComma > colon ? start + lastComma + 1 : valueFrom;
        if (key == Key.AGE || key == Key.SORT) {
            from = valueFrom;
        }
        String prefix = TextFold.fold(text.substring(from, at));
        List<String> items = new ArrayList<>();
        for (String v : values(key, categories)) {
            if (TextFold.fold(v).startsWith(prefix) && !TextFold.fold(v).equals(prefix)) {
                items.add(v);
            }
        }
        return new Suggestions(from, at, items);
    }

    private static List<String> values(Key key, List<String> categories) {
        return switch (key) {
            case REGION -> java.util.Arrays.stream(Region.values()).map(Region::name).toList();
            case LEVEL -> List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "4-6", "unrated");
            case FOLLOWERS -> List.of("10k..", "50k..500k", "100k..", "1m..");
            case GENDER -> List.of("female", "male", "other");
            case FEMALE, MALE, OTHER -> List.of("50+", "60+", "70+", "80+");
            case AGE -> {
                List<String> ages = new ArrayList<>(List.of(Audience.AGE_BANDS));
                for (String band : Audience.AGE_BANDS) {
                    ages.add(band + ":30+");
                }
                yield ages;
            }
            case CATEGORY -> categories.stream().map(SearchLanguage::quoteIfNeeded).toList();
            case CONTENT -> java.util.Arrays.stream(ContentType.values()).map(ContentType::code).toList();
            case GMV -> List.of(">1m", ">10m", "10m..100m");
            case CURRENCY -> java.util.Arrays.stream(Region.values()).map(Region::currency).distinct().toList();
            case ENGAGEMENT -> List.of(">2", ">5", "2..10");
            case DECLINING -> List.of("yes", "no", "any");
            case CONTACTED -> List.of("<7d", "<30d", "<90d", "never");
            case SORT -> {
                List<String> sorts = new ArrayList<>();
                for (Sort s : Sort.values()) {
                    sorts.add(s.code());
                    sorts.add(s.code() + ":asc");
                }
                yield sorts;
            }
        };
    }
}
