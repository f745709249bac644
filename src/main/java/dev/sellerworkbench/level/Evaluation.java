package dev.sellerworkbench.level;

import java.math.BigDecimal;

/// The engine's verdict on one creator's month: the projected level (null when unrated or not
/// judged), the diagnosis, and for score profiles the scores behind the level (R-LV-6..8).
public record Evaluation(String profileId, Integer level, Diagnosis diagnosis, Integer salesScore,
                         Integer behaviourScore, BigDecimal levelScore) {

    public static Evaluation thresholds(String profileId, Integer level, Diagnosis diagnosis) {
        return new Evaluation(profileId, level, diagnosis, null, null, null);
    }

    public boolean rated() {
        return level != null;
    }
}
