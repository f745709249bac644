package dev.sellerworkbench.ui.applications;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelRecord;
import dev.sellerworkbench.level.LevelPreview;
import dev.sellerworkbench.level.LevelProfiles;
import dev.sellerworkbench.level.LevelTexts;
import dev.sellerworkbench.level.MonthLevels;
import dev.sellerworkbench.service.CreatorLevels;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.BackgroundTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The selected applicant's levels beside the queue (J1 step 5, J5 step 3): the level shown now,
/// the history by month (official or projected), the latest diagnosis, and the preview for next
/// month with benefits gained or lost and the unmet items (R-LV-3, R-LV-4, R-LV-10).
public final class CreatorLevelViewModel {

    private final AppContext context;
    private final LevelTexts texts;
    private final ReadOnlyStringWrapper creator = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Level> level = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper diagnosis = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");

    public CreatorLevelViewModel(AppContext context) {
        this.context = context;
        this.texts = new LevelTexts(context.messages());
    }

    public void show(long creatorId) {
        record Loaded(Creator creator, List<MonthLevels> history, Optional<LevelRecord> projected,
                      Optional<LevelPreview> preview) {
        }
        BackgroundTask.of(context.messages().get("applications.levels.loading"), progress -> {
                    Creator c = context.workspace().creators().findById(creatorId).orElse(null);
                    if (c == null) {
                        return null;
                    }
                    CreatorLevels levels = context.services().levels();
                    return new Loaded(c, levels.history(creatorId), levels.latestProjected(c),
                            levels.preview(c, LevelProfiles.active(context.workspace().settings())));
                })
                .onSuccess(loaded -> {
                    if (loaded == null) {
                        clear();
                        return;
                    }
                    creator.set(loaded.creator().displayHandle() + " · " + loaded.creator().name());
                    level.set(loaded.creator().level());
                    List<String> lines = new ArrayList<>();
                    for (MonthLevels month : loaded.history()) {
                        for (LevelRecord r : month.rows()) {
                            lines.add(texts.historyLine(r));
                        }
                    }
                    history.setAll(lines);
                    // The diagnosis names its month and profile: it may be older than the current level.
                    diagnosis.set(loaded.projected().map(texts::diagnosisOf).orElse(texts.diagnosis(null)));
                    preview.set(loaded.preview().map(this::describe)
                            .orElse(context.messages().get("levels.preview.noFigures")));
                })
                .runWith(context.tasks());
    }

    private String describe(LevelPreview p) {
        List<String> lines = new ArrayList<>();
        lines.add(context.messages().get("levels.preview.current") + ": " + texts.level(p.current()));
        lines.add(context.messages().get("levels.preview.projected", p.projectedMonth()) + ": "
                + texts.value(p.projected().level()));
        if (!p.gained().isEmpty()) {
            lines.add(context.messages().get("levels.preview.gained") + ": "
                    + String.join(", ", p.gained().stream().map(texts::benefit).toList()));
        }
        if (!p.lost().isEmpty()) {
            lines.add(context.messages().get("levels.preview.lost") + ": "
                    + String.join(", ", p.lost().stream().map(texts::benefit).toList()));
        }
        if (!p.unmet().isEmpty()) {
            lines.add(context.messages().get("levels.preview.unmet") + ": "
                    + String.join("; ", p.unmet().stream().map(texts::requirement).toList()));
        }
        if (p.editableDefaults()) {
            lines.add(texts.editableDefaultsNote());
        }
        return String.join("\n", lines);
    }

    public void clear() {
        creator.set("");
        level.set(null);
        history.clear();
        diagnosis.set("");
        preview.set("");
    }

    public ReadOnlyStringProperty creatorProperty() {
        return creator.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Level> levelProperty() {
        return level.getReadOnlyProperty();
    }

    public ObservableList<String> history() {
        return history;
    }

    public ReadOnlyStringProperty diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }
}
