package dev.sellerworkbench.ui.applications;

import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
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

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Formats formats;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    /// What each entry is about, by name ("@handle · Name", a plan's name), keyed by entity and id.
    private final java.util.Map<String, String> subjects = new java.util.HashMap<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public AuditViewModel(Workspace workspace, TaskRunner tasks, Messages messages, Formats formats) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.messages = messages;
        this.formats = formats;
    }

    /// Loads the entries of one application, or of the whole workspace when `applicationId` is null.
    public void load(Long applicationId) {
        title.set(applicationId == null ? messages.get("audit.title.workspace")
                : messages.get("audit.title.application", applicationId));
        BackgroundTask.of(messages.get("audit.loading"), progress -> {
                    List<AuditEntry> found = applicationId == null
                            ? workspace.audit().recent(WORKSPACE_LIMIT)
                            : workspace.audit().forEntity("application", String.valueOf(applicationId));
                    return new Loaded(found, names(found));
                })
                .onSuccess(loaded -> {
                    subjects.clear();
                    subjects.putAll(loaded.subjects());
                    entries.setAll(loaded.entries());
                })
                .runWith(tasks);
    }

    private record Loaded(List<AuditEntry> entries, java.util.Map<String, String> subjects) {
    }

    /// Names, not ids: the creator of each application, each plan's name, a plan's creator.
    private java.util.Map<String, String> names(List<AuditEntry> found) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        java.util.Map<Long, String> creators = new java.util.HashMap<>();
        java.util.Map<Long, String> plans = new java.util.HashMap<>();
        for (AuditEntry entry : found) {
            String key = entry.entity() + ":" + entry.entityId();
            if (names.containsKey(key)) {
                continue;
            }
            try {
                String name = switch (entry.entity()) {
                    case "application" -> workspace.applications().findById(Long.parseLong(entry.entityId()))
                            .map(a -> creator(a.creatorId(), creators)).orElse(null);
                    case "plan" -> plan(Long.parseLong(entry.entityId()), plans);
                    case "plan_creator" -> {
                        String[] ids = entry.entityId().split(":");
                        yield ids.length != 2 ? null : plan(Long.parseLong(ids[0]), plans) + " · "
                                + creator(Long.parseLong(ids[1]), creators);
                    }
                    default -> null;
                };
                if (name != null) {
                    names.put(key, name);
                }
            } catch (NumberFormatException e) {
                // an id the workbench did not write: shown as it is
            }
        }
        return names;
    }

    private String creator(long id, java.util.Map<Long, String> cache) {
        return cache.computeIfAbsent(id, k -> workspace.creators().findById(k)
                .map(c -> c.name() == null || c.name().isBlank() ? "@" + c.handle() : "@" + c.handle() + " · " + c.name())
                .orElse("—"));
    }

    private String plan(long id, java.util.Map<Long, String> cache) {
        return cache.computeIfAbsent(id, k -> workspace.plans().findById(k).map(p -> p.name()).orElse("—"));
    }

    /// What the entry is about, by name; the stored id when it names nothing the workspace holds.
    public String subject(AuditEntry entry) {
        return subjects.getOrDefault(entry.entity() + ":" + entry.entityId(), entry.entityId());
    }

    /// The decision in the user's language ("reject" → "Rejected" in English).
    public String action(AuditEntry entry) {
        return word("audit.action." + entry.action(), entry.action());
    }

    /// A status in the user's language; a status the workbench does not know is shown as stored.
    public String status(String status) {
        return status == null ? "" : word("audit.status." + status, status);
    }

    private String word(String key, String fallback) {
        return messages.has(key) ? messages.get(key) : fallback;
    }

    public void export(Path target) {
        List<AuditEntry> snapshot = List.copyOf(entries);
        BackgroundTask.of(messages.get("audit.exporting"), progress -> {
                    try (OutputStream out = Files.newOutputStream(target)) {
                        return dev.sellerworkbench.exchange.Exporter.audit(snapshot,
                                dev.sellerworkbench.exchange.ExportFormat.CSV, out);
                    }
                })
                .onSuccess(rows -> status.set(messages.get("audit.exported", rows, target.getFileName())))
                .runWith(tasks);
    }

    public String when(AuditEntry entry) {
        return formats.dateTime(entry.at());
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
