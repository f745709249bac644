package dev.sellerworkbench.ui.samples;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.samples.Samples;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/// A "Sample" column for any table of creators (the approval queue, a plan's creators): "Sample
/// sent" when one of the creator's samples has shipped, "Content posted" once content came
/// (R-SA-1), empty otherwise. The marks are read off the FX thread whenever the rows change.
public final class SampleBadges<R> {

    private static final int CHUNK = 1_000;

    private final Samples samples;
    private final TaskRunner tasks;
    private final Messages messages;
    private final TableView<R> table;
    private final ToLongFunction<R> creatorOf;
    private final Map<Long, Boolean> marks = new HashMap<>();
    private final ListChangeListener<R> onRows = change -> refresh();

    private SampleBadges(Samples samples, TaskRunner tasks, Messages messages, TableView<R> table,
            ToLongFunction<R> creatorOf) {
        this.samples = samples;
        this.tasks = tasks;
        this.messages = messages;
        this.table = table;
        this.creatorOf = creatorOf;
    }

    /// Adds the column to `table` right after its first (the creator's) column, whose rows name
    /// their creator through `creatorOf`.
    public static <R> TableColumn<R, String> addColumn(Samples samples, TaskRunner tasks, Messages messages,
                                                           TableView<R> table, ToLongFunction<R> creatorOf) {
        SampleBadges<R> badges = new SampleBadges<>(samples, tasks, messages, table, creatorOf);
        TableColumn<R, String> column = new TableColumn<>(messages.get("samples.badge.column"));
        column.setId("sampleBadgeColumn");
        column.setPrefWidth(110);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(badges.text(cell.getValue())));
        table.getColumns().add(Math.min(1, table.getColumns().size()), column);
        table.itemsProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(badges.onRows);
            }
            if (now != null) {
                now.addListener(badges.onRows);
            }
            badges.refresh();
        });
        if (table.getItems() != null) {
            table.getItems().addListener(badges.onRows);
        }
        badges.refresh();
        return column;
    }

    private String text(R row) {
        if (row == null) {
            return "";
        }
        Boolean posted = marks.get(creatorOf.applyAsLong(row));
        return posted == null ? "" : messages.get(posted ? "samples.badge.posted" : "samples.badge.sent");
    }

    private void refresh() {
        ObservableList<R> items = table.getItems();
        if (items == null || items.isEmpty()) {
            return;
        }
        List<Long> creators = items.stream().map(creatorOf::applyAsLong).distinct().toList();
        BackgroundTask.of(messages.get("samples.loading"), progress -> {
                    Map<Long, Boolean> found = new HashMap<>();
                    for (int i = 0; i < creators.size(); i += CHUNK) {
                        found.putAll(samples.marks(creators.subList(i, Math.min(creators.size(), i + CHUNK))));
                    }
                    return found;
                })
                .onSuccess(found -> {
                    boolean changed = !found.equals(marks);
                    marks.clear();
                    marks.putAll(found);
                    if (changed) {
                        table.refresh();
                    }
                })
                .runWith(tasks);
    }
}
