package dev.sellerworkbench.ui.creators;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.BackgroundTask;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Find Creators: the creators of the workspace, a page at a time, with the total count.
public final class FindCreatorsViewModel {

    static final int PAGE = 100;

    private final AppContext context;
    private final ObservableList<CreatorRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public FindCreatorsViewModel(AppContext context) {
        this.context = context;
    }

    public void load() {
        record Page(long total, List<Creator> creators) {
        }
        BackgroundTask.of(context.messages().get("creators.loading"), progress ->
                        new Page(context.workspace().creators().count(), context.workspace().creators().page(0, PAGE)))
                .onSuccess(page -> {
                    rows.setAll(page.creators().stream().map(c -> CreatorRow.of(c, context.formats())).toList());
                    summary.set(context.messages().get("creators.count", context.formats().count(page.total())));
                })
                .runWith(context.tasks());
    }

    public ObservableList<CreatorRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
