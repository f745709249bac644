package dev.sellerworkbench.ui.creators;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.ui.common.Formats;

/// One creator as the table shows it.
public record CreatorRow(Creator creator, String handle, String name, String level, String followers,
                         String avgViews, String videos, String gmv, String engagement, String region) {

    public static CreatorRow of(Creator c, Formats formats) {
        String level = c.level() == null ? "—" : c.level().label()
                + (c.level().kind() == dev.sellerworkbench.domain.LevelKind.PROJECTED ? "*" : "")
                + (c.level().declining() ? " ↓" : "");
        return new CreatorRow(c, c.displayHandle(), c.name(), level, formats.compact(c.followers()),
                formats.compact(c.avgViews()), formats.count(c.videos()), formats.money(c.gmv30d()),
                formats.percentBp(c.engagementBp()), c.region().name());
    }
}
