package dev.sellerworkbench.ui.applications;

import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.BackgroundTask;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The audit trail (R-AP-4): every decision on one application, or the workspace's latest
/// decisions, with who, when, what, from which status to which and the note; exportable to CSV.
public final class AuditViewModel {

    static final int WORKSPACE_LIMIT = 5_000;

    private final AppContext context;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public AuditViewModel(AppContext context) {
        this.context = context;
    }

    /// Loads the entries of one application, or of the whole workspace when `applicationId` is null.
    public void load(Long applicationId) {
        title.set(applicationId == null ? context.messages().get("audit.title.workspace")
                : context.messages().get("audit.title.application", applicationId));
        BackgroundTask.of(context.messages().get("audit.loading"), progress -> applicationId == null
                        ? context.workspace().audit().recent(WORKSPACE_LIMIT)
                        : context.workspace().audit().forEntity("application", String.valueOf(applicationId)))
                .onSuccess(entries::setAll)
                .runWith(context.tasks());
    }

    public void export(Path target) {
        List<AuditEntry> snapshot = List.copyOf(entries);
        BackgroundTask.of(context.messages().get("audit.exporting"), progress -> {
                    try (OutputStream out = Files.newOutputStream(target)) {
                        return dev.sellerworkbench.exchange.Exporter.audit(snapshot,
                                dev.sellerworkbench.exchange.ExportFormat.CSV, out);
                    }
                })
                .onSuccess(rows -> status.set(context.messages().get("audit.exported", rows, target.getFileName())))
                .runWith(context.tasks());
    }

    public String when(AuditEntry entry) {
        return context.formats().dateTime(entry.at());
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
