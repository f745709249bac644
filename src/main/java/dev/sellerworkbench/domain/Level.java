package dev.sellerworkbench.domain;

/// A creator's level as shown: the value (null when unrated, R-LV-5), whether it is official or
/// projected (R-LV-3), and whether the creator is declining (R-LV-4).
public record Level(Integer value, LevelKind kind, boolean declining) {

    public static Level official(int value) {
        return new Level(value, LevelKind.OFFICIAL, false);
    }

    public static Level projected(int value) {
        return new Level(value, LevelKind.PROJECTED, false);
    }

    public static Level unrated(LevelKind kind) {
        return new Level(null, kind, false);
    }

    public boolean rated() {
        return value != null;
    }

    public Level withDeclining(boolean flag) {
        return new Level(value, kind, flag);
    }

    public String label() {
        return rated() ? "L" + value : "—";
    }
}
