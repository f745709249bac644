package dev.sellerworkbench.ui.importing;

import dev.sellerworkbench.exchange.ExportFormat;
import dev.sellerworkbench.exchange.Exporter;
import dev.sellerworkbench.exchange.FileRejectedException;
import dev.sellerworkbench.exchange.ImportKind;
import dev.sellerworkbench.exchange.ImportPreview;
import dev.sellerworkbench.exchange.ImportResult;
import dev.sellerworkbench.exchange.Importer;
import dev.sellerworkbench.exchange.RejectedRow;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.search.CreatorSearch;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Importing a file from the window (R-EX-1 … R-EX-5, issue's "drag a file or File ▸ Import"):
/// the kind is guessed from the content, a preview shows the detected format and how columns map,
/// the import runs in the background with progress and cancel, and rejected rows can be saved.
public final class ImportViewModel {

    static final int PREVIEW_ROWS = 20;

    private final Workspace workspace;
    private final CreatorSearch search;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Formats formats;
    private final Importer importer;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>();
    private final BooleanProperty strict = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RejectedRow> rejected = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private TaskRunner.Handle handle;
    private Runnable onImported = () -> { };

    public ImportViewModel(Workspace workspace, Importer importer, CreatorSearch search, TaskRunner tasks,
            Messages messages, Formats formats) {
        this.workspace = workspace;
        this.search = search;
        this.tasks = tasks;
        this.messages = messages;
        this.formats = formats;
        this.importer = importer;
        kind.addListener((obs, old, now) -> {
            if (now != null && old != null) {
                loadPreview();
            }
        });
    }

    /// Called after rows were committed, so the screens can reload.
    public void setOnImported(Runnable onImported) {
        this.onImported = onImported;
    }

    /// A file was chosen or dropped: guess its kind from the content and preview it.
    public void open(Path chosen) {
        file.set(chosen);
        result.set(null);
        rejected.clear();
        warnings.clear();
        summary.set("");
        BackgroundTask.of(messages.get("import.reading"), progress -> importer.guessKind(chosen).orElse(null))
                .onSuccess(guessed -> {
                    if (guessed == null) {
                        preview.set(null);
                        problem.set(messages.get("import.unknownKind", chosen.getFileName()));
                        if (kind.get() != null) {
                            loadPreview();
                        }
                        return;
                    }
                    if (guessed == kind.get()) {
                        loadPreview();
                    } else {
                        kind.set(guessed);
                        loadPreview();
                    }
                })
                .onFailure(this::failed)
                .runWith(tasks);
    }

    private void loadPreview() {
        Path chosen = file.get();
        ImportKind chosenKind = kind.get();
        if (chosen == null || chosenKind == null) {
            return;
        }
        BackgroundTask.of(messages.get("import.reading"), progress -> importer.preview(chosenKind, chosen,
                PREVIEW_ROWS))
                .onSuccess(p -> {
                    preview.set(p);
                    problem.set("");
                })
                .onFailure(this::failed)
                .runWith(tasks);
    }

    private void failed(Throwable e) {
        preview.set(null);
        problem.set(e instanceof FileRejectedException ? e.getMessage()
                : dev.sellerworkbench.ui.common.ErrorText.describe(messages, e, workspace.location()));
    }

    public void runImport() {
        Path chosen = file.get();
        ImportKind chosenKind = kind.get();
        if (chosen == null || chosenKind == null || running.get()) {
            return;
        }
        boolean strictMode = strict.get();
        running.set(true);
        handle = BackgroundTask.of(messages.get("import.running", chosen.getFileName()), progress -> {
                    ImportResult done = importer.run(chosenKind, chosen, strictMode, progress);
                    if (done.committed() && chosenKind == ImportKind.CREATORS) {
                        // Find Creators answers from its index: read the imported creators into it
                        search.rebuild(dev.sellerworkbench.progress.Progress.NONE);
                    }
                    return done;
                })
                .onSuccess(done -> {
                    running.set(false);
                    result.set(done);
                    rejected.setAll(done.rejected());
                    warnings.setAll(done.warnings().stream().map(w -> w.field() == null
                            ? messages.get("exchange.result.warningLine", String.valueOf(w.line()), w.message())
                            : messages.get("exchange.result.warning", String.valueOf(w.line()), w.field(), w.message()))
                            .toList());
                    summary.set(messages.get(done.committed() ? "import.done" : "import.nothingWritten",
                            formats.count(done.accepted()), formats.count(done.rejectedTotal())));
                    if (done.committed()) {
                        onImported.run();
                    }
                })
                .onCancelled(() -> {
                    running.set(false);
                    summary.set(messages.get("import.cancelled"));
                })
                .onFailure(e -> {
                    running.set(false);
                    failed(e);
                })
                .runWith(tasks);
    }

    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
    }

    /// Writes the rejected rows to `target` as CSV (or XLSX when the name ends in .xlsx).
    public void saveRejected(Path target) {
        ImportResult done = result.get();
        if (done == null) {
            return;
        }
        ExportFormat format = ExportFormat.forFile(target);
        BackgroundTask.of(messages.get("import.savingRejected"), progress -> {
                    try (OutputStream out = Files.newOutputStream(target)) {
                        return Exporter.rejectedRows(done, messages, format, out);
                    }
                })
                .onSuccess(rows -> summary.set(messages.get("import.rejectedSaved", rows, target.getFileName())))
                .onFailure(this::failed)
                .runWith(tasks);
    }

    public List<ImportKind> kinds() {
        return List.of(ImportKind.values());
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    public BooleanProperty strictProperty() {
        return strict;
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<RejectedRow> rejected() {
        return rejected;
    }

    /// The import's warnings, one line each ("Line 1, Handle: warning: …"): rows taken in all the same.
    public ObservableList<String> warnings() {
        return warnings;
    }
}
