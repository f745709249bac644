package dev.sellerworkbench.ui.common;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.level.LevelTexts;
import dev.sellerworkbench.service.CreatorLevels;
import dev.sellerworkbench.store.Workspace;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// The level preview of one creator (R-LV-10), read off the FX thread: the same text in Find
/// Creators, beside the approval queue and in the plan editor, from [CreatorLevels#preview] and
/// [LevelTexts#preview].
public final class LevelPreviewViewModel {

    private final Workspace workspace;
    private final CreatorLevels levels;
    private final TaskRunner tasks;
    private final Messages messages;
    private final LevelTexts texts;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper legend = new ReadOnlyStringWrapper("");
    private long shown;

    public LevelPreviewViewModel(Workspace workspace, CreatorLevels levels, TaskRunner tasks, Messages messages) {
        this.workspace = workspace;
        this.levels = levels;
        this.tasks = tasks;
        this.messages = messages;
        this.texts = new LevelTexts(messages);
        legend.set(texts.projectedLegend());
    }

    /// Reads and shows the preview of the creator with this id.
    public void show(long creatorId) {
        long mine = ++shown;
        BackgroundTask.of(messages.get("applications.levels.loading"), progress -> {
                    Creator c = workspace.creators().findById(creatorId).orElse(null);
                    if (c == null) {
                        return List.<String>of();
                    }
                    return texts.preview(levels.preview(c).orElse(null));
                })
                .onSuccess(lines -> {
                    if (mine == shown) {
                        text.set(String.join("\n", lines));
                    }
                })
                .runWith(tasks);
    }

    public void clear() {
        ++shown;
        text.set("");
    }

    /// The preview as lines joined by newlines; empty while nothing is shown.
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /// What the `*` beside a level means.
    public ReadOnlyStringProperty legendProperty() {
        return legend.getReadOnlyProperty();
    }
}
