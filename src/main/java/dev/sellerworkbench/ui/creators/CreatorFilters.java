package dev.sellerworkbench.ui.creators;

import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.search.CreatorQuery;
import dev.sellerworkbench.search.CreatorQuery.AgeFilter;
import dev.sellerworkbench.search.CreatorQuery.Declining;
import dev.sellerworkbench.search.CreatorQuery.GenderFilter;
import dev.sellerworkbench.search.CreatorQuery.Sort;
import dev.sellerworkbench.search.SearchLanguage;
import dev.sellerworkbench.search.SearchLanguage.Key;
import dev.sellerworkbench.search.SearchSyntaxException;
import dev.sellerworkbench.search.SearchSyntaxException.Kind;
import dev.sellerworkbench.ui.Preferences;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The Find Creators filters and sort (R-CR-3) as properties the view binds to, turned into a
/// [CreatorQuery] and remembered in [Preferences] between starts. Number fields are kept as the
/// text the user typed; text that is not a number is left out of the query.
public final class CreatorFilters {

    /// How an audience filter reads: off, "this is the largest share", or "at least N%".
    public enum AudienceMode { ANY, DOMINANT, AT_LEAST }

    /// The contacted filter (R-OUT-2): off, contacted in the last N days, or never contacted.
    public enum ContactedMode { ANY, WITHIN, NEVER }

    /// The level choice that stands for "no level yet" in [#levels()].
    public static final int UNRATED = -1;
    static final int TOP_LEVEL = 8;
    private static final String PREFIX = "creators.filter.";

    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final ObservableList<Integer> levels = FXCollections.observableArrayList();
    private final StringProperty followersMin = new SimpleStringProperty("");
    private final StringProperty followersMax = new SimpleStringProperty("");
    private final ObjectProperty<AudienceMode> genderMode = new SimpleObjectProperty<>(AudienceMode.ANY);
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>(Gender.FEMALE);
    private final IntegerProperty genderPercent = new SimpleIntegerProperty(50);
    private final ObjectProperty<AudienceMode> ageMode = new SimpleObjectProperty<>(AudienceMode.ANY);
    private final IntegerProperty ageBand = new SimpleIntegerProperty(0);
    private final IntegerProperty agePercent = new SimpleIntegerProperty(30);
    private final StringProperty category = new SimpleStringProperty("");
    private final ObjectProperty<ContentType> contentType = new SimpleObjectProperty<>();
    private final StringProperty gmvMin = new SimpleStringProperty("");
    private final StringProperty gmvMax = new SimpleStringProperty("");
    private final StringProperty engagementMin = new SimpleStringProperty("");
    private final StringProperty engagementMax = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Declining> declining = new SimpleObjectProperty<>(Declining.ANY);
    private final ObjectProperty<ContactedMode> contactedMode = new SimpleObjectProperty<>(ContactedMode.ANY);
    private final StringProperty contactedDays = new SimpleStringProperty("30");
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(Sort.FOLLOWERS);
    private final BooleanProperty ascending = new SimpleBooleanProperty(false);

    /// Everything whose change asks for a new search.
    Observable[] observables() {
        return new Observable[] {region, levels, followersMin, followersMax, genderMode, gender, genderPercent, ageMode,
                ageBand, agePercent, category, contentType, gmvMin, gmvMax, engagementMin, engagementMax, text,
                declining, contactedMode, contactedDays, sort, ascending};
    }

    /// The first page's query for the current filters.
    public CreatorQuery toQuery(int limit) {
        CreatorQuery.Builder b = CreatorQuery.builder();
        if (region.get() != null) {
            b.regions(region.get());
        }
        b.levels(levels.stream().filter(l -> l != UNRATED).toList());
        b.unrated(levels.contains(UNRATED));
        Long min = whole(followersMin.get());
        Long max = whole(followersMax.get());
        if (min != null && max != null && min > max) {
            max = null;
        }
        b.followers(min, max);
        b.gender(switch (genderMode.get()) {
            case ANY -> null;
            case DOMINANT -> GenderFilter.dominant(gender.get());
            case AT_LEAST -> GenderFilter.atLeast(gender.get(), clampPercent(genderPercent.get()));
        });
        b.age(switch (ageMode.get()) {
            case ANY -> null;
            case DOMINANT -> AgeFilter.dominant(ageBand.get());
            case AT_LEAST -> AgeFilter.atLeast(ageBand.get(), clampPercent(agePercent.get()));
        });
        if (!category.get().isBlank()) {
            b.categories(category.get().strip());
        }
        if (contentType.get() != null) {
            b.contentTypes(contentType.get());
        }
        String currency = gmvCurrency();
        BigDecimal gmvLow = decimal(gmvMin.get());
        BigDecimal gmvHigh = decimal(gmvMax.get());
        if (currency != null && (gmvLow == null || gmvHigh == null || gmvLow.compareTo(gmvHigh) <= 0)) {
            b.gmv(gmvLow == null ? null : Money.of(gmvLow, currency), gmvHigh == null ? null : Money.of(gmvHigh, currency));
        }
        BigDecimal engLow = decimal(engagementMin.get());
        BigDecimal engHigh = decimal(engagementMax.get());
        if (engLow == null || engHigh == null || engLow.compareTo(engHigh) <= 0) {
            b.engagementPercent(engLow, engHigh);
        }
        b.contacted(contacted());
        return b.text(text.get()).declining(declining.get()).sort(sort.get(), ascending.get()).offset(0).limit(limit)
                .build();
    }

    /// Sets every filter and the sort from a query read from the search box, or, when the controls
    /// cannot hold it (several regions, categories or content types; a level above L8; a GMV range
    /// outside the one region's currency), throws and changes nothing.
    public void apply(SearchLanguage.Parsed parsed) {
        CreatorQuery q = parsed.query();
        if (q.regions().size() > 1) {
            throw new SearchSyntaxException(Kind.ONE_IN_WINDOW, parsed.positionOf(Key.REGION), "region", Key.REGION);
        }
        if (q.categories().size() > 1) {
            throw new SearchSyntaxException(Kind.ONE_IN_WINDOW, parsed.positionOf(Key.CATEGORY), "cat", Key.CATEGORY);
        }
        if (q.contentTypes().size() > 1) {
            throw new SearchSyntaxException(Kind.ONE_IN_WINDOW, parsed.positionOf(Key.CONTENT), "content", Key.CONTENT);
        }
        if (q.levels().stream().anyMatch(l -> l > TOP_LEVEL)) {
            throw new SearchSyntaxException(Kind.BAD_VALUE, parsed.positionOf(Key.LEVEL), "level", Key.LEVEL);
        }
        Region chosen = q.regions().isEmpty() ? null : q.regions().iterator().next();
        if (q.gmvCurrency() != null && (chosen == null || !chosen.currency().equals(q.gmvCurrency()))) {
            throw new SearchSyntaxException(Kind.GMV_CURRENCY, parsed.positionOf(Key.GMV), "gmv", Key.GMV);
        }
        region.set(chosen);
        List<Integer> wanted = new ArrayList<>(q.levels());
        if (q.unrated()) {
            wanted.addFirst(UNRATED);
        }
        if (!wanted.equals(levels)) {
            levels.setAll(wanted);
        }
        followersMin.set(q.followersMin() == null ? "" : String.valueOf(q.followersMin()));
        followersMax.set(q.followersMax() == null ? "" : String.valueOf(q.followersMax()));
        if (q.gender() == null) {
            genderMode.set(AudienceMode.ANY);
        } else {
            gender.set(q.gender().gender());
            if (q.gender().minPercent() != null) {
                genderPercent.set(q.gender().minPercent());
            }
            genderMode.set(q.gender().minPercent() == null ? AudienceMode.DOMINANT : AudienceMode.AT_LEAST);
        }
        if (q.age() == null) {
            ageMode.set(AudienceMode.ANY);
        } else {
            ageBand.set(q.age().band());
            if (q.age().minPercent() != null) {
                agePercent.set(q.age().minPercent());
            }
            ageMode.set(q.age().minPercent() == null ? AudienceMode.DOMINANT : AudienceMode.AT_LEAST);
        }
        category.set(q.categories().isEmpty() ? "" : q.categories().iterator().next());
        contentType.set(q.contentTypes().isEmpty() ? null : q.contentTypes().iterator().next());
        gmvMin.set(q.gmvMin() == null ? "" : q.gmvMin().amount().toPlainString());
        gmvMax.set(q.gmvMax() == null ? "" : q.gmvMax().amount().toPlainString());
        engagementMin.set(percentText(q.engagementMinBp()));
        engagementMax.set(percentText(q.engagementMaxBp()));
        text.set(q.text());
        declining.set(q.declining());
        if (q.contacted() != null && !q.contacted().never()) {
            contactedDays.set(String.valueOf(q.contacted().withinDays()));
        }
        contactedMode.set(q.contacted() == null ? ContactedMode.ANY
                : q.contacted().never() ? ContactedMode.NEVER : ContactedMode.WITHIN);
        sort.set(q.sort());
        ascending.set(q.ascending());
    }

    /// The contacted filter, or null when it is off or its days are not a number from 1 to 3650.
    private CreatorQuery.Contacted contacted() {
        return switch (contactedMode.get()) {
            case ANY -> null;
            case NEVER -> CreatorQuery.Contacted.neverContacted();
            case WITHIN -> {
                Long days = whole(contactedDays.get());
                yield days == null || days < 1 || days > 3_650 ? null : CreatorQuery.Contacted.within(days.intValue());
            }
        };
    }

    private static String percentText(Integer bp) {
        return bp == null ? "" : BigDecimal.valueOf(bp, 2).stripTrailingZeros().toPlainString();
    }

    /// **Decision:** a GMV range is in the chosen region's currency (the workbench holds no
    /// exchange rates), so it applies only once a region is chosen.
    public String gmvCurrency() {
        return region.get() == null ? null : region.get().currency();
    }

    /// Every filter off, most followers first.
    public void clear() {
        region.set(null);
        levels.clear();
        followersMin.set("");
        followersMax.set("");
        genderMode.set(AudienceMode.ANY);
        gender.set(Gender.FEMALE);
        genderPercent.set(50);
        ageMode.set(AudienceMode.ANY);
        ageBand.set(0);
        agePercent.set(30);
        category.set("");
        contentType.set(null);
        gmvMin.set("");
        gmvMax.set("");
        engagementMin.set("");
        engagementMax.set("");
        text.set("");
        declining.set(Declining.ANY);
        contactedMode.set(ContactedMode.ANY);
        contactedDays.set("30");
        sort.set(Sort.FOLLOWERS);
        ascending.set(false);
    }

    /// Remembers the filters for the next start.
    public void save(Preferences preferences) {
        preferences.put(PREFIX + "region", region.get() == null ? "" : region.get().name());
        preferences.put(PREFIX + "levels", String.join(",", levels.stream().map(String::valueOf).toList()));
        preferences.put(PREFIX + "followersMin", followersMin.get());
        preferences.put(PREFIX + "followersMax", followersMax.get());
        preferences.put(PREFIX + "genderMode", genderMode.get().name());
        preferences.put(PREFIX + "gender", gender.get().name());
        preferences.put(PREFIX + "genderPercent", String.valueOf(genderPercent.get()));
        preferences.put(PREFIX + "ageMode", ageMode.get().name());
        preferences.put(PREFIX + "ageBand", String.valueOf(ageBand.get()));
        preferences.put(PREFIX + "agePercent", String.valueOf(agePercent.get()));
        preferences.put(PREFIX + "category", category.get());
        preferences.put(PREFIX + "contentType", contentType.get() == null ? "" : contentType.get().name());
        preferences.put(PREFIX + "gmvMin", gmvMin.get());
        preferences.put(PREFIX + "gmvMax", gmvMax.get());
        preferences.put(PREFIX + "engagementMin", engagementMin.get());
        preferences.put(PREFIX + "engagementMax", engagementMax.get());
        preferences.put(PREFIX + "text", text.get());
        preferences.put(PREFIX + "declining", declining.get().name());
        preferences.put(PREFIX + "contactedMode", contactedMode.get().name());
        preferences.put(PREFIX + "contactedDays", contactedDays.get());
        preferences.put(PREFIX + "sort", sort.get().name());
        preferences.put(PREFIX + "ascending", String.valueOf(ascending.get()));
    }

    /// Brings back what [#save] remembered; anything unreadable stays at its default.
    public void restore(Preferences preferences) {
        Function<String, String> get = key -> preferences.get(PREFIX + key, "");
        region.set(Region.parse(blankToNull(get.apply("region"))));
        List<Integer> restored = new ArrayList<>();
        for (String part : get.apply("levels").split(",")) {
            Integer level = integer(part);
            if (level != null && level >= UNRATED && level <= TOP_LEVEL) {
                restored.add(level);
            }
        }
        levels.setAll(restored);
        followersMin.set(get.apply("followersMin"));
        followersMax.set(get.apply("followersMax"));
        genderMode.set(parse(AudienceMode.class, get.apply("genderMode"), AudienceMode.ANY));
        gender.set(parse(Gender.class, get.apply("gender"), Gender.FEMALE));
        genderPercent.set(clampPercent(orDefault(integer(get.apply("genderPercent")), 50)));
        ageMode.set(parse(AudienceMode.class, get.apply("ageMode"), AudienceMode.ANY));
        Integer band = integer(get.apply("ageBand"));
        ageBand.set(band == null || band < 0 || band > 4 ? 0 : band);
        agePercent.set(clampPercent(orDefault(integer(get.apply("agePercent")), 30)));
        category.set(get.apply("category"));
        contentType.set(parse(ContentType.class, get.apply("contentType"), null));
        gmvMin.set(get.apply("gmvMin"));
        gmvMax.set(get.apply("gmvMax"));
        engagementMin.set(get.apply("engagementMin"));
        engagementMax.set(get.apply("engagementMax"));
        text.set(get.apply("text"));
        declining.set(parse(Declining.class, get.apply("declining"), Declining.ANY));
        contactedMode.set(parse(ContactedMode.class, get.apply("contactedMode"), ContactedMode.ANY));
        String days = get.apply("contactedDays");
        contactedDays.set(days.isBlank() ? "30" : days);
        sort.set(parse(Sort.class, get.apply("sort"), Sort.FOLLOWERS));
        ascending.set(Boolean.parseBoolean(get.apply("ascending")));
    }

    static Long whole(String text) {
        String digits = text == null ? "" : text.replaceAll("[\\s,._]", "");
        try {
            return digits.isEmpty() ? null : Math.max(0, Long.parseLong(digits));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static BigDecimal decimal(String text) {
        String clean = text == null ? "" : text.strip().replace(",", "").replace("%", "");
        try {
            BigDecimal value = clean.isEmpty() ? null : new BigDecimal(clean);
            return value == null || value.signum() < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static int clampPercent(int percent) {
        return Math.max(0, Math.min(100, percent));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, E fallback) {
        try {
            return name == null || name.isBlank() ? fallback : Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    public ObjectProperty<Region> regionProperty() { return region; }
    public ObservableList<Integer> levels() { return levels; }
    public StringProperty followersMinProperty() { return followersMin; }
    public StringProperty followersMaxProperty() { return followersMax; }
    public ObjectProperty<AudienceMode> genderModeProperty() { return genderMode; }
    public ObjectProperty<Gender> genderProperty() { return gender; }
    public IntegerProperty genderPercentProperty() { return genderPercent; }
    public ObjectProperty<AudienceMode> ageModeProperty() { return ageMode; }
    public IntegerProperty ageBandProperty() { return ageBand; }
    public IntegerProperty agePercentProperty() { return agePercent; }
    public StringProperty categoryProperty() { return category; }
    public ObjectProperty<ContentType> contentTypeProperty() { return contentType; }
    public StringProperty gmvMinProperty() { return gmvMin; }
    public StringProperty gmvMaxProperty() { return gmvMax; }
    public StringProperty engagementMinProperty() { return engagementMin; }
    public StringProperty engagementMaxProperty() { return engagementMax; }
    public StringProperty textProperty() { return text; }
    public ObjectProperty<Declining> decliningProperty() { return declining; }
    public ObjectProperty<ContactedMode> contactedModeProperty() { return contactedMode; }
    public StringProperty contactedDaysProperty() { return contactedDays; }
    public ObjectProperty<Sort> sortProperty() { return sort; }
    public BooleanProperty ascendingProperty() { return ascending; }
}
