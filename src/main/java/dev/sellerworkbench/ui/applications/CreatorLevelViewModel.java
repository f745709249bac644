package dev.sellerworkbench.ui.applications;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelRecord;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.level.LevelTexts;
import dev.sellerworkbench.level.MonthLevels;
import dev.sellerworkbench.service.CreatorLevels;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The selected applicant's levels beside the queue (J1 step 5, J5 step 3): the level shown now
/// and the history by month (official or projected) (R-LV-3, R-LV-4). The preview beside it is
/// the shared one ([dev.sellerworkbench.ui.common.LevelPreviewViewModel], R-LV-10).
public final class CreatorLevelViewModel {

    private final Workspace workspace;
    private final CreatorLevels levels;
    private final TaskRunner tasks;
    private final Messages messages;
    private final LevelTexts texts;
    private final ReadOnlyStringWrapper creator = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Level> level = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> history = FXCollections.observableArrayList();

    public CreatorLevelViewModel(Workspace workspace, CreatorLevels levels, TaskRunner tasks, Messages messages) {
        this.workspace = workspace;
        this.levels = levels;
        this.tasks = tasks;
        this.messages = messages;
        this.texts = new LevelTexts(messages);
    }

    public void show(long creatorId) {
        record Loaded(Creator creator, List<MonthLevels> history) {
        }
        BackgroundTask.of(messages.get("applications.levels.loading"), progress -> {
                    Creator c = workspace.creators().findById(creatorId).orElse(null);
                    return c == null ? null : new Loaded(c, levels.history(creatorId));
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
                })
                .runWith(tasks);
    }

    public void clear() {
        creator.set("");
        level.set(null);
        history.clear();
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
}
