package dev.sellerworkbench.ui.settings;

import dev.sellerworkbench.i18n.CategoryNames;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.settings.CategoryOverrides;
import dev.sellerworkbench.settings.SettingsService;
import dev.sellerworkbench.store.SettingsRepository.Versioned;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.time.Clock;
import dev.sellerworkbench.ui.common.BackgroundTask;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Settings → Category names (R-EX-1): every platform category id the workspace's creators hold,
/// with its shipped name and the seller's, ids with no shipped name first. The seller names one
/// for every language or for one language; the name is saved at the version it was read at, so a
/// colleague's change made in between is never overwritten, and "Reset" brings the shipped name back.
public final class CategoryNamesViewModel {

    /// One id as the table shows it.
    public record Row(String id, String creators, String shippedName, String ownName, CategoryOverrides.Entry entry) {
    }

    private final Workspace workspace;
    private final CategoryOverrides categories;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    /// The language tag the name is for; [CategoryNames#ALL_LANGUAGES] for every language.
    private final StringProperty language = new SimpleStringProperty(CategoryNames.ALL_LANGUAGES);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSave;
    private Map<String, Versioned> read = Map.of();

    public CategoryNamesViewModel(Workspace workspace, CategoryOverrides categories, TaskRunner tasks, Messages messages,
            Formats formats, Clock clock) {
        this.workspace = workspace;
        this.categories = categories;
        this.tasks = tasks;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        canSave = Bindings.createBooleanBinding(() -> selected.get() != null && name.get() != null && !name.get().isBlank(),
                selected, name);
        selected.addListener((o, was, now) -> fill());
        language.addListener((o, was, now) -> fill());
    }

    /// Reads the ids and names as they stand.
    public void load() {
        BackgroundTask.of(messages.get("categories.loading"), progress -> {
                    Map<String, Versioned> now = workspace.settings().allVersioned();
                    return new Loaded(now, categories.list(messages));
                })
                .onSuccess(this::show)
                .runWith(tasks);
    }

    private record Loaded(Map<String, Versioned> read, List<CategoryOverrides.Entry> entries) {
    }

    private void show(Loaded loaded) {
        String keep = selected.get() == null ? null : selected.get().id();
        read = loaded.read();
        CategoryNames names = CategoryOverrides.names(messages, read);
        rows.setAll(loaded.entries().stream().map(e -> new Row(e.id(), formats.count(e.creators()),
                e.shippedName(), names.own(e.id()).orElse("—"), e)).toList());
        selected.set(rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
    }

    /// The name field shows the seller's name for the chosen language, if there is one.
    private void fill() {
        Row row = selected.get();
        if (row == null) {
            name.set("");
            return;
        }
        Map<String, String> own = row.entry().own();
        String tag = language.get() == null ? CategoryNames.ALL_LANGUAGES : language.get();
        name.set(own.getOrDefault(tag, own.getOrDefault(CategoryNames.ALL_LANGUAGES, "")));
    }

    /// Saves the typed name for the selected id, in the chosen language or in all.
    public void save() {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        String tag = language.get() == null ? CategoryNames.ALL_LANGUAGES : language.get();
        var problem = CategoryOverrides.problem(row.id(), name.get(), tag, messages);
        if (problem.isPresent()) {
            status.set(problem.get());
            return;
        }
        String typed = name.get().strip();
        Map<String, Versioned> readAt = read;
        BackgroundTask.of(messages.get("categories.saving"), progress -> categories
                        .set(row.id(), typed, tag, readAt, workspace.settings().staffName(), clock.instant()))
                .onSuccess(saved -> saved(saved, row.id(), messages.get("categories.saved", row.id(), typed)))
                .runWith(tasks);
    }

    /// Drops the seller's names for the selected id.
    public void reset() {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        Map<String, Versioned> readAt = read;
        BackgroundTask.of(messages.get("categories.saving"), progress -> categories
                        .reset(row.id(), readAt, workspace.settings().staffName(), clock.instant()))
                .onSuccess(saved -> saved(saved, row.id(), messages.get("categories.resetDone", row.id(), row.shippedName())))
                .runWith(tasks);
    }

    private void saved(SettingsService.Saved saved, String id, String done) {
        status.set(saved.ok() ? done : saved.by()
                .map(by -> messages.get("categories.conflict.by", by.actor(), id,
                        formats.dateTime(by.at())))
                .orElseGet(() -> messages.get("categories.conflict.unknown", id)));
        load();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty languageProperty() {
        return language;
    }

    /// The language choices: every language first, then each interface language.
    public List<String> languages() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(CategoryNames.ALL_LANGUAGES),
                CategoryNames.tags().stream()).toList();
    }

    /// A language choice in the user's words.
    public String languageName(String tag) {
        return tag == null || tag.isEmpty() ? messages.get("categories.allLanguages")
                : messages.get("settings.language." + tag);
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
