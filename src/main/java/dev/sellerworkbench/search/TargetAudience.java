package dev.sellerworkbench.search;

import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.search.CreatorQuery.AgeFilter;
import dev.sellerworkbench.search.CreatorQuery.GenderFilter;
import dev.sellerworkbench.store.Workspace;
import java.util.Locale;

/// The audience the seller wants to reach (Settings, `target.audience`), e.g.
/// `female:60,18-24:30`: at least 60% female and at least 30% aged 18–24. A part without
/// `:N` asks for the dominant gender or band. Either part may be missing.
public record TargetAudience(GenderFilter gender, AgeFilter age) {

    /// The setting that holds the seller's target audience.
    public static final String SETTING = "target.audience";
    public static final TargetAudience NONE = new TargetAudience(null, null);

    public boolean isEmpty() {
        return gender == null && age == null;
    }

    /// The form the setting stores, `female:60,18-24:30` (gender first), which [#parse] reads back;
    /// "" for no target.
    public String toSetting() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (gender != null) {
            parts.add(gender.gender().name().toLowerCase(Locale.ROOT)
                    + (gender.minPercent() == null ? "" : ":" + gender.minPercent()));
        }
        if (age != null) {
            parts.add(dev.sellerworkbench.domain.Audience.AGE_BANDS[age.band()]
                    + (age.minPercent() == null ? "" : ":" + age.minPercent()));
        }
        return String.join(",", parts);
    }

    /// Parses `female:60,18-24:30` (parts in any order, either optional).
    ///
    /// @throws IllegalArgumentException on an unknown gender, band or share
    public static TargetAudience parse(String text) {
        GenderFilter gender = null;
        AgeFilter age = null;
        if (text == null) {
            return NONE;
        }
        for (String part : text.split("[,;]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (Character.isDigit(p.charAt(0))) {
                age = parseAge(p);
            } else {
                gender = parseGender(p);
            }
        }
        return new TargetAudience(gender, age);
    }

    /// The workspace's setting; no target when it is missing or unreadable.
    public static TargetAudience of(Workspace workspace) {
        try {
            return parse(workspace.settings().get(SETTING, ""));
        } catch (IllegalArgumentException e) {
            return NONE;
        }
    }

    /// `female:60` (a minimum share) or `female` (the dominant gender).
    public static GenderFilter parseGender(String text) {
        String[] parts = text.strip().split(":", 2);
        Gender gender = switch (parts[0].strip().toLowerCase(Locale.ROOT)) {
            case "female", "f", "women" -> Gender.FEMALE;
            case "male", "m", "men" -> Gender.MALE;
            case "other" -> Gender.OTHER;
            default -> throw new IllegalArgumentException("Unknown gender: " + parts[0]);
        };
        return new GenderFilter(gender, parts.length == 2 ? percent(parts[1]) : null);
    }

    /// `18-24:30` (a minimum share) or `18-24` (the dominant band).
    public static AgeFilter parseAge(String text) {
        String[] parts = text.strip().split(":", 2);
        int band = AgeFilter.band(parts[0]);
        if (band < 0) {
            throw new IllegalArgumentException("Unknown age band: " + parts[0]);
        }
        return new AgeFilter(band, parts.length == 2 ? percent(parts[1]) : null);
    }

    private static int percent(String text) {
        try {
            int value = Integer.parseInt(text.strip().replace("%", ""));
            if (value < 0 || value > 100) {
                throw new IllegalArgumentException("A share is 0..100%, not " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a whole percent: " + text, e);
        }
    }
}
