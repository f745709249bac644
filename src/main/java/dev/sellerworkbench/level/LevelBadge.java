package dev.sellerworkbench.level;

import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;

/// What a level badge shows, for any view (R-CR-4, R-LV-3, R-LV-4): the short text ("L5" or
/// "—"), a colour by level, whether the level is official or projected, the declining marker,
/// a style class list for CSS and a tooltip sentence. Projected levels carry the editable
/// defaults note while the profile's thresholds are defaults.
public record LevelBadge(String text, Integer value, LevelKind kind, boolean declining, String colour,
                         String styleClasses, String tooltip) {

    /// Colours from L0 (grey) through L8 (gold); unrated is a neutral outline.
    static final String[] COLOURS = {"#8a8f98", "#5b8def", "#3f7fd9", "#2aa198", "#3c9a4b", "#8bb431",
            "#e0a800", "#e07b00", "#c9a227"};
    static final String UNRATED = "#b0b4ba";

    public static LevelBadge of(Level level, LevelTexts texts, boolean editableDefaults) {
        if (level == null || level.kind() == null) {
            return new LevelBadge("—", null, null, false, UNRATED, "level-badge level-none", texts.level(level));
        }
        Integer value = level.value();
        String colour = value == null ? UNRATED : COLOURS[Math.max(0, Math.min(COLOURS.length - 1, value))];
        String kind = level.kind() == LevelKind.OFFICIAL ? "official" : "projected";
        String classes = "level-badge " + (value == null ? "level-unrated" : "level-" + value) + " level-" + kind
                + (level.declining() ? " level-declining" : "");
        String text = (value == null ? "—" : "L" + value) + (level.declining() ? " ↓" : "");
        String tooltip = texts.level(level);
        if (level.kind() == LevelKind.PROJECTED && editableDefaults) {
            tooltip = tooltip + "\n" + texts.editableDefaultsNote();
        }
        return new LevelBadge(text, value, level.kind(), level.declining(), colour, classes, tooltip);
    }
}
