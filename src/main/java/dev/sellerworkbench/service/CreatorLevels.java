package dev.sellerworkbench.service;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.LevelRecord;
import dev.sellerworkbench.domain.MonthlyStats;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.level.CurrentLevel;
import dev.sellerworkbench.level.Evaluation;
import dev.sellerworkbench.level.LevelPreview;
import dev.sellerworkbench.level.LevelProfile;
import dev.sellerworkbench.level.LevelProfiles;
import dev.sellerworkbench.level.MonthLevels;
import dev.sellerworkbench.store.Workspace;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/// One creator's levels for the detail pane and `levels show`: history by month, the current
/// level, the latest diagnosis, and the preview of next month (R-LV-10, R-LV-11).
public final class CreatorLevels {

    private final Workspace workspace;

    public CreatorLevels(Workspace workspace) {
        this.workspace = workspace;
    }

    /// Newest month first, official and projected side by side.
    public List<MonthLevels> history(long creatorId) {
        return MonthLevels.of(workspace.levels().history(creatorId));
    }

    /// The current level as R-LV-11 reads it from the history: the level of the newest month
    /// that has one, official when the month has one, else the projection of the profile that
    /// rates the creator's region (R-LV-12); declining from that month and the two before (R-LV-4).
    /// An older recompute adds a projection of an older month and so changes nothing here.
    public Optional<CurrentLevel> current(Creator creator) {
        return CurrentLevel.of(history(creator.id()), ownProfile(creator.region()));
    }

    /// Accepts the projections of the profile that rates `region`; a profile that can no longer
    /// be read is accepted, as its projections were all that was kept then.
    public Predicate<String> ownProfile(Region region) {
        Map<String, Boolean> known = new HashMap<>();
        return id -> known.computeIfAbsent(String.valueOf(id), key -> {
            try {
                return new WorkspaceProfiles(workspace).forId(key).rates(region);
            } catch (RuntimeException e) {
                return true;
            }
        });
    }

    /// The newest projection of the creator's own profile, whose diagnosis says what falls short.
    public Optional<LevelRecord> latestProjected(Creator creator) {
        Predicate<String> own = ownProfile(creator.region());
        for (MonthLevels month : history(creator.id())) {
            LevelRecord r = month.projected(own);
            if (r != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /// The newest projected row of any profile.
    public Optional<LevelRecord> latestProjected(long creatorId) {
        List<LevelRecord> rows = workspace.levels().history(creatorId);
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).kind() == LevelKind.PROJECTED) {
                return Optional.of(rows.get(i));
            }
        }
        return Optional.empty();
    }

    /// The preview of R-LV-10 for any creator, judged by the creator's own profile (R-LV-12):
    /// next month is the month after the current level's (R-LV-11), projected from the figures of
    /// the current level's month; without those, the newest older figures say what they reach.
    /// Empty when the workspace holds no figures for the creator.
    public Optional<LevelPreview> preview(Creator creator) {
        return preview(creator, new WorkspaceProfiles(workspace).forRegion(creator.region()));
    }

    /// The preview with a given profile.
    public Optional<LevelPreview> preview(Creator creator, LevelProfile profile) {
        Optional<MonthlyStats> latest = workspace.stats().latest(creator.id());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        CurrentLevel current = current(creator).orElseGet(() -> creator.level() == null || creator.level().kind() == null
                ? null : new CurrentLevel(creator.level(), null, null));
        YearMonth next = current != null && current.month() != null ? current.month().plusMonths(1)
                : latest.get().month().plusMonths(1);
        MonthlyStats stats = latest.get().month().equals(next.minusMonths(1)) ? latest.get()
                : workspace.stats().find(creator.id(), next.minusMonths(1)).orElse(null);
        boolean forNext = stats != null;
        MonthlyStats judged = forNext ? stats : latest.get();
        if (!forNext && judged.month().isAfter(next.minusMonths(1))) {
            // figures newer than the current level's month (a month not recomputed yet) project the month after them
            next = judged.month().plusMonths(1);
            forNext = true;
        }
        Evaluation evaluation = profile.evaluate(judged, creator.region());
        return Optional.of(LevelPreview.of(current, next, judged.month(), evaluation, forNext, profile,
                level -> profile.requirementsFor(level, judged, creator.region())));
    }
}
