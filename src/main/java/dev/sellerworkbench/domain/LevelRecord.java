package dev.sellerworkbench.domain;

import java.time.Instant;
import java.time.YearMonth;

/// A level held by a creator for a month: official (imported) or projected by a profile, with
/// the engine's diagnosis (R-LV-3). `level` is null when the creator is unrated (R-LV-5).
public record LevelRecord(long creatorId, YearMonth month, LevelKind kind, String profile, Integer level,
                          String diagnosis, Instant computedAt) {
}
