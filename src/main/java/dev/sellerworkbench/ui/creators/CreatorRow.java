package dev.sellerworkbench.ui.creators;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.i18n.CategoryNames;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.ui.common.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// One creator as the table shows it: the level badge (R-CR-4) with its style classes, the
/// figures formatted, and the dominant audience gender and age (R-CR-2).
public record CreatorRow(Creator creator, String handle, String name, String level, List<String> levelStyles,
                         String followers, String avgViews, String videos, String gmv, String engagement,
                         String audience, String region, String categories) {

    public static CreatorRow of(Creator c, Formats formats, Messages messages) {
        return of(c, formats, messages, CategoryNames.shipped(messages));
    }

    /// The row with each category by the name `names` gives it (R-EX-1).
    public static CreatorRow of(Creator c, Formats formats, Messages messages, CategoryNames names) {
        return new CreatorRow(c, c.displayHandle(), c.name(), badge(c.level(), messages), badgeStyles(c.level()),
                formats.compact(c.followers()), formats.compact(c.avgViews()), formats.count(c.videos()),
                formats.money(c.gmv30d()), formats.percentBp(c.engagementBp()), audience(c.audience(), messages),
                c.region().name(), String.join(", ", c.categories().stream().map(names::name).toList()));
    }

    public long id() {
        return creator.id();
    }

    /// "L5", "L5*" when projected, "L5 ↓" when declining, or "unrated".
    static String badge(Level level, Messages messages) {
        if (level == null || !level.rated()) {
            return messages.get("search.ui.unrated");
        }
        return level.label() + (level.kind() == LevelKind.PROJECTED ? "*" : "") + (level.declining() ? " ↓" : "");
    }

    static List<String> badgeStyles(Level level) {
        List<String> styles = new ArrayList<>(List.of("level-badge"));
        if (level != null && level.rated()) {
            styles.add(level.kind() == LevelKind.PROJECTED ? "projected" : "official");
        }
        if (level != null && level.declining()) {
            styles.add("declining");
        }
        return styles;
    }

    /// "72% female · 18-24", or a dash when the profile is unknown.
    static String audience(Audience audience, Messages messages) {
        if (audience == null || !audience.known()) {
            return "—";
        }
        Gender gender = audience.dominantGender();
        int band = audience.dominantAgeBand();
        String text = messages.get("search.ui.audienceShare", audience.shareOf(gender) / 100,
                messages.get("search.gender." + gender.name().toLowerCase(Locale.ROOT)));
        return band < 0 ? text : text + " · " + Audience.AGE_BANDS[band];
    }
}
