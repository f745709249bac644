package dev.sellerworkbench.ui.settings;

import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.level.LevelProfile;
import dev.sellerworkbench.level.LevelProfiles;
import dev.sellerworkbench.level.ProfileException;
import dev.sellerworkbench.level.ScoreProfile;
import dev.sellerworkbench.level.ThresholdProfile;
import dev.sellerworkbench.search.CreatorSearch;
import dev.sellerworkbench.service.RecomputeService;
import dev.sellerworkbench.service.WorkspaceProfiles;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Levels in Settings (R-LV-1 … R-LV-10): which rule profile is used, loading a corrected profile
/// from a file, and the monthly recompute as background work with progress and cancel (J5).
public final class LevelsViewModel {

    private final Workspace workspace;
    private final RecomputeService recompute;
    private final WorkspaceProfiles profiles;
    private final CreatorSearch search;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final ObjectProperty<String> profile = new SimpleObjectProperty<>(LevelProfiles.TIKTOK);
    private final ReadOnlyStringWrapper profileInfo = new ReadOnlyStringWrapper("");
    private final StringProperty month = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Confirmation> confirmation = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding monthValid;
    private final ObservableList<ThresholdRow> thresholds = FXCollections.observableArrayList();
    private final ObservableList<ScoreRow> scores = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper scoreProfile = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.binding.StringBinding summary;
    /// Set by [#cancel()]; the run sees it between batches and rolls back.
    private final java.util.concurrent.atomic.AtomicBoolean cancelRequested = new java.util.concurrent.atomic.AtomicBoolean();
    /// What the running recompute committed; once set, a cancel comes too late and the run is reported.
    private final java.util.concurrent.atomic.AtomicReference<RecomputeService.Result> committed =
            new java.util.concurrent.atomic.AtomicReference<>();

    public LevelsViewModel(Workspace workspace, RecomputeService recompute, WorkspaceProfiles profiles,
            CreatorSearch search, TaskRunner tasks, Messages messages, Formats formats, Clock clock) {
        this.workspace = workspace;
        this.recompute = recompute;
        this.profiles = profiles;
        this.search = search;
        this.tasks = tasks;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        month.set(YearMonth.now(clock.withZone(formats.zone())).toString());
        monthValid = Bindings.createBooleanBinding(() -> parseMonth(month.get()) != null, month);
        summary = Bindings.createStringBinding(() -> {
            YearMonth m = parseMonth(month.get());
            return m == null || profile.get() == null ? ""
                    : messages.get("settings.levels.summary", m.toString(), m.minusMonths(1).toString(),
                    profileName(profile.get()));
        }, month, profile);
    }

    private String profileName(String id) {
        return new dev.sellerworkbench.level.LevelTexts(messages).profileName(id);
    }

    /// "Projects 2026-12 from the figures of 2026-11 with the TikTok Shop profile": which month
    /// and profile the button will recompute.
    public javafx.beans.binding.StringBinding summaryProperty() {
        return summary;
    }

    /// Asks the running recompute to stop. It rolls back: the month keeps the levels it had. A
    /// cancel after the run committed comes too late and the run is reported as done.
    public void cancel() {
        if (running.get() && committed.get() == null) {
            cancelRequested.set(true);
            status.set(messages.get("settings.levels.cancelling"));
        }
    }

    static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    public void load() {
        BackgroundTask.of(messages.get("settings.levels.loading"), progress -> read())
                .onSuccess(this::show)
                .onFailure(this::refused)
                .runWith(tasks);
    }

    /// The active profile as the workspace keeps it, with its thresholds as table rows.
    public record Shown(LevelProfile profile, java.util.Optional<dev.sellerworkbench.store.LevelProfileRepository.Stored> stored) {
    }

    private Shown read() {
        LevelProfile active = profiles.active();
        return new Shown(active, profiles.stored(active.id()));
    }

    private void show(Shown shown) {
        LevelProfile active = shown.profile();
        profile.set(active.id());
        var m = messages;
        // a shipped profile is named and described in the interface language, a seller's own as written
        String name = m.has("levels.profile.name." + active.id()) ? profileName(active.id()) : active.name();
        String source = m.has("levels.profile.source." + active.id()) ? m.get("levels.profile.source." + active.id())
                : active.source();
        String info = m.get(active.editableDefaults() ? "settings.levels.defaults" : "settings.levels.ownThresholds",
                name, source);
        if (shown.stored().isPresent()) {
            var stored = shown.stored().get();
            info = info + " " + m.get("settings.levels.stored", stored.version() + 1,
                    stored.savedBy() == null ? "—" : stored.savedBy(), formats.dateTime(stored.savedAt()));
        }
        profileInfo.set(info);
        List<ThresholdRow> rows = new ArrayList<>();
        if (active instanceof ThresholdProfile t) {
            for (var e : new java.util.TreeMap<>(t.regions()).entrySet()) {
                for (ThresholdProfile.Step step : e.getValue().steps()) {
                    rows.add(new ThresholdRow(e.getKey(), e.getValue().currency(), step.level(),
                            step.gmv().stripTrailingZeros().toPlainString(), String.valueOf(step.activeDays()),
                            String.valueOf(step.products())));
                }
            }
        }
        thresholds.setAll(rows);
        scores.setAll(active instanceof ScoreProfile sp ? scoreRows(sp) : List.of());
        scoreProfile.set(!(active instanceof ThresholdProfile));
    }

    private static final java.math.BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100);

    /// The gate, then one row per band of the sales and the behaviour table (R-LV-5..7). A
    /// behaviour minimum is shown and typed as a percent; the document keeps hundredths of one.
    private List<ScoreRow> scoreRows(ScoreProfile p) {
        var m = messages;
        List<ScoreRow> rows = new ArrayList<>();
        rows.add(new ScoreRow(m.get("settings.levels.score.reputation"), -1, WorkspaceProfiles.ScoreField.MIN_REPUTATION,
                null, p.gate().minReputation().stripTrailingZeros().toPlainString(), "", "—"));
        rows.add(new ScoreRow(m.get("settings.levels.score.credit"), -1, WorkspaceProfiles.ScoreField.MAX_CREDIT_DEDUCTED,
                null, String.valueOf(p.gate().maxCreditDeducted()), "", "—"));
        addBands(rows, p.sales(), "settings.levels.score.sales", WorkspaceProfiles.ScoreField.SALES_MIN,
                WorkspaceProfiles.ScoreField.SALES_SCORE, p.currency());
        addBands(rows, p.behaviour(), "settings.levels.score.behaviour", WorkspaceProfiles.ScoreField.BEHAVIOUR_MIN,
                WorkspaceProfiles.ScoreField.BEHAVIOUR_SCORE, p.currency());
        return rows;
    }

    private void addBands(List<ScoreRow> rows, ScoreProfile.ScoreTable table, String key,
                          WorkspaceProfiles.ScoreField minField, WorkspaceProfiles.ScoreField scoreField, String currency) {
        boolean share = table.metric() == dev.sellerworkbench.level.Metric.GOOD_PRODUCT_SHARE;
        for (int i = 0; i < table.bands().size(); i++) {
            ScoreProfile.Band band = table.bands().get(i);
            java.math.BigDecimal min = share ? band.min().divide(HUNDRED) : band.min();
            rows.add(new ScoreRow(messages.get(key, i), i, minField, scoreField,
                    min.stripTrailingZeros().toPlainString(), share ? "%" : currency, String.valueOf(band.score())));
        }
    }

    /// One editable line of a score profile: a gate condition (`band` −1, no score) or a band of
    /// the sales or behaviour table with its minimum and score.
    public record ScoreRow(String item, int band, WorkspaceProfiles.ScoreField minField,
                           WorkspaceProfiles.ScoreField scoreField, String min, String unit, String score) {
    }

    /// Sets a score row's minimum (`score` false) or score in place, validated with the whole
    /// profile (band minimums rise, scores do not fall, values in range) and stored in the
    /// workspace, audited. A refused value changes nothing: the message names the field.
    public void editScore(ScoreRow row, boolean score, String value) {
        WorkspaceProfiles.ScoreField field = score ? row.scoreField() : row.minField();
        if (field == null) {
            return;
        }
        String id = profile.get();
        String typed = field == WorkspaceProfiles.ScoreField.BEHAVIOUR_MIN ? percentToHundredths(value) : value;
        var m = messages;
        BackgroundTask.of(m.get("settings.levels.loading"), progress -> {
                    profiles.setScore(id, field, row.band(), typed,
                            workspace.settings().staffName(), clock.instant());
                    return read();
                })
                .onSuccess(shown -> {
                    show(shown);
                    status.set(m.get("settings.levels.score.edited", row.item()));
                })
                .onFailure(e -> {
                    refused(e);
                    load();
                })
                .runWith(tasks);
    }

    /// "12.5" (percent) → "1250"; what is not a number is passed on for the profile to refuse by name.
    private static String percentToHundredths(String value) {
        try {
            return new java.math.BigDecimal(value.trim().replace(",", "").replace("%", "").trim())
                    .multiply(HUNDRED).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException | NullPointerException e) {
            return value;
        }
    }

    /// One level of one region of a threshold profile, as the Settings table shows it (R-LV-1).
    public record ThresholdRow(Region region, String currency, int level, String gmv, String activeDays,
                               String products) {
    }

    private void refused(Throwable e) {
        status.set(e instanceof ProfileException p ? p.message(messages)
                : messages.get("error.unexpected", String.valueOf(e.getMessage())));
    }

    /// Sets one threshold in place; the whole profile is validated (thresholds rise with the level,
    /// values in range) and stored in the workspace, audited. A refused value changes nothing: the
    /// message names the field and the table shows the stored values again.
    public void edit(ThresholdRow row, WorkspaceProfiles.Field field, String value) {
        String id = profile.get();
        var m = messages;
        BackgroundTask.of(m.get("settings.levels.loading"), progress -> {
                    profiles.setThreshold(id, row.region(), row.level(), field, value,
                            workspace.settings().staffName(), clock.instant());
                    return read();
                })
                .onSuccess(shown -> {
                    show(shown);
                    status.set(m.get("settings.levels.edited", row.region().name(), row.level()));
                })
                .onFailure(e -> {
                    refused(e);
                    load();
                })
                .runWith(tasks);
    }

    /// Writes the active profile's JSON document (docs/level-profiles.md) to `file`.
    public void export(Path file) {
        String id = profile.get();
        var m = messages;
        BackgroundTask.of(m.get("settings.levels.loading"), progress -> {
                    Files.writeString(file, profiles.json(id), StandardCharsets.UTF_8);
                    return file;
                })
                .onSuccess(f -> status.set(m.get("settings.levels.exported", f.getFileName())))
                .onFailure(this::refused)
                .runWith(tasks);
    }

    /// Back to the shipped thresholds of the active profile.
    public void resetToShipped() {
        String id = profile.get();
        var m = messages;
        BackgroundTask.of(m.get("settings.levels.loading"), progress -> {
                    profiles.reset(id, workspace.settings().staffName(),
                            clock.instant());
                    return read();
                })
                .onSuccess(shown -> {
                    show(shown);
                    status.set(m.get("settings.levels.resetDone"));
                })
                .onFailure(this::refused)
                .runWith(tasks);
    }

    public ObservableList<ThresholdRow> thresholds() {
        return thresholds;
    }

    /// The active score profile's gate and bands; empty for a threshold profile.
    public ObservableList<ScoreRow> scores() {
        return scores;
    }

    /// True when the active profile judges by scores (no threshold table to edit).
    public ReadOnlyBooleanProperty scoreProfileProperty() {
        return scoreProfile.getReadOnlyProperty();
    }

    /// Makes `id` the profile the recompute uses.
    public void choose(String id) {
        BackgroundTask.of(messages.get("settings.levels.loading"), progress -> {
                    workspace.settings().put(LevelProfiles.SETTING_ACTIVE, id);
                    return read();
                })
                .onSuccess(this::show)
                .onFailure(this::refused)
                .runWith(tasks);
    }

    /// Validates a profile file and, if sound, uses it in place of the shipped one of its id; a
    /// refused file changes nothing and the message names the field.
    public void install(Path file) {
        BackgroundTask.of(messages.get("settings.levels.loading"), progress -> {
                    profiles.install(file,
                            workspace.settings().staffName(), clock.instant());
                    return read();
                })
                .onSuccess(installed -> {
                    show(installed);
                    status.set(messages.get("settings.levels.installed", file.getFileName()));
                })
                .onFailure(e -> status.set(e instanceof ProfileException
                        ? messages.get("settings.levels.refused", file.getFileName(),
                        ((ProfileException) e).message(messages))
                        : messages.get("error.unexpected", String.valueOf(e.getMessage()))))
                .runWith(tasks);
    }

    /// A question the view asks before a recompute runs; the answer goes to [#answer(boolean)].
    public record Confirmation(YearMonth month, String title, String text, String ok, String cancel) {
    }

    /// Recomputes the chosen month. A month older than the newest official month is recomputed
    /// only after the user confirms, told what will and will not change (R-LV-11).
    public void recompute() {
        YearMonth target = parseMonth(month.get());
        if (target == null || running.get() || confirmation.get() != null) {
            return;
        }
        running.set(true);
        BackgroundTask.of(messages.get("settings.levels.loading"), progress -> {
                    LevelProfile active = profiles.active();
                    return recompute
                            .plan(target, active);
                })
                .onSuccess(plan -> {
                    if (!plan.needsConfirmation()) {
                        run(target);
                        return;
                    }
                    running.set(false);
                    var m = messages;
                    String profileName = m.get("levels.profile.name." + plan.profile());
                    confirmation.set(new Confirmation(target, m.get("settings.levels.confirm.title"),
                            m.get("settings.levels.confirm.text", target.toString(),
                                    plan.newestOfficial().map(YearMonth::toString).orElse(""), profileName,
                                    plan.creatorsKeptByLater()),
                            m.get("settings.levels.confirm.ok", target.toString()), m.get("settings.levels.confirm.cancel")));
                })
                .onFailure(e -> {
                    running.set(false);
                    status.set(messages.get("error.unexpected", String.valueOf(e.getMessage())));
                })
                .runWith(tasks);
    }

    /// The user's answer to the pending [Confirmation]: runs the recompute or drops it.
    public void answer(boolean proceed) {
        Confirmation asked = confirmation.get();
        confirmation.set(null);
        if (asked != null && proceed && !running.get()) {
            running.set(true);
            run(asked.month());
        }
    }

    private void run(YearMonth target) {
        cancelRequested.set(false);
        committed.set(null);
        var m = messages;
        status.set(m.get("settings.levels.running", target.toString(), target.minusMonths(1).toString(),
                profileName(profile.get())));
        BackgroundTask.of(m.get("settings.levels.recomputing", target), progress -> {
                    LevelProfile active = profiles.active();
                    dev.sellerworkbench.progress.Progress cancellable = new dev.sellerworkbench.progress.Progress() {
                        @Override
                        public void update(long done, long total, String text) {
                            progress.update(done, total, text);
                        }

                        @Override
                        public boolean cancelled() {
                            return committed.get() == null && (cancelRequested.get() || progress.cancelled());
                        }
                    };
                    RecomputeService.Result result = recompute.recompute(target, active, cancellable);
                    committed.set(result);
                    // levels and decline flags are filters in Find Creators: its index reads them again
                    search
                            .rebuild(dev.sellerworkbench.progress.Progress.NONE);
                    return result;
                })
                .onSuccess(this::report)
                .onCancelled(() -> {
                    RecomputeService.Result done = committed.get();
                    if (done != null) {
                        report(done); // cancelled while Find Creators re-read the levels: the run is in
                        return;
                    }
                    running.set(false);
                    status.set(m.get("settings.levels.cancelled"));
                })
                .onFailure(e -> {
                    running.set(false);
                    status.set(m.get("error.unexpected", String.valueOf(e.getMessage())));
                })
                .runWith(tasks);
    }

    /// Month and profile, what was judged, and how many creators changed, went up or down, or
    /// became declining (R-LV-4, R-LV-11).
    private void report(RecomputeService.Result result) {
        running.set(false);
        var m = messages;
        status.set(m.get("settings.levels.report", result.month().toString(), profileName(result.profile()),
                result.creators(), result.rated(), result.unrated(), result.notJudged(), result.millis()) + " "
                + m.get("levels.recompute.changes", result.changed(), result.up(), result.down(),
                result.becameDeclining()));
    }

    /// Non-null while a recompute waits for the user's confirmation.
    public ReadOnlyObjectProperty<Confirmation> confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    public ObjectProperty<String> profileProperty() {
        return profile;
    }

    public ReadOnlyStringProperty profileInfoProperty() {
        return profileInfo.getReadOnlyProperty();
    }

    public StringProperty monthProperty() {
        return month;
    }

    public BooleanBinding monthValidProperty() {
        return monthValid;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
