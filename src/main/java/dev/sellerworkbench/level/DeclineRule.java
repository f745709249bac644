package dev.sellerworkbench.level;

/// R-LV-4: a drop of one level is normal variation; a drop of two or more levels in one month,
/// or drops in two consecutive months, marks the creator as declining. A month without a level
/// (unrated or unknown) cannot show a drop, so it never counts.
public final class DeclineRule {

    private DeclineRule() {
    }

    /// @param twoMonthsBefore the level held two months before `now`, or null
    /// @param monthBefore     the level held the month before, or null
    /// @param now             the level for the month being judged, or null
    public static boolean declining(Integer twoMonthsBefore, Integer monthBefore, Integer now) {
        if (monthBefore == null || now == null) {
            return false;
        }
        int drop = monthBefore - now;
        if (drop >= 2) {
            return true;
        }
        return drop >= 1 && twoMonthsBefore != null && twoMonthsBefore - monthBefore >= 1;
    }
}
