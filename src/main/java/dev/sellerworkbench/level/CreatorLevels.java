package dev.sellerworkbench.level;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.LevelRecord;
import dev.sellerworkbench.domain.MonthlyStats;
import dev.sellerworkbench.store.Workspace;
import java.util.List;
import java.util.Optional;

/// One creator's levels for the detail pane and `levels show`: history by month, the latest
/// diagnosis, and the preview of next month (R-LV-10).
public final class CreatorLevels {

    private final Workspace workspace;

    public CreatorLevels(Workspace workspace) {
        this.workspace = workspace;
    }

    /// Newest month first, official and projected side by side.
    public List<MonthLevels> history(long creatorId) {
        return MonthLevels.of(workspace.levels().history(creatorId));
    }

    /// The newest projected row, whose diagnosis says what falls short.
    public Optional<LevelRecord> latestProjected(long creatorId) {
        List<LevelRecord> rows = workspace.levels().history(creatorId);
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).kind() == LevelKind.PROJECTED) {
                return Optional.of(rows.get(i));
            }
        }
        return Optional.empty();
    }

    /// The preview from the creator's newest monthly figures: those of month S project month S+1.
    /// Empty when the workspace holds no figures for the creator.
    public Optional<LevelPreview> preview(Creator creator, LevelProfile profile) {
        Optional<MonthlyStats> latest = workspace.stats().latest(creator.id());
        return latest.map(stats -> LevelPreview.of(creator.level(), stats.month().plusMonths(1),
                profile.evaluate(stats, creator.region()), profile));
    }
}
