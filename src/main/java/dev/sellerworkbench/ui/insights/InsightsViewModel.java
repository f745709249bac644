package dev.sellerworkbench.ui.insights;

import dev.sellerworkbench.exchange.ExportFormat;
import dev.sellerworkbench.exchange.TableExport;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.insights.Insights;
import dev.sellerworkbench.insights.InsightsQuery;
import dev.sellerworkbench.insights.Period;
import dev.sellerworkbench.service.SettlementService;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/// The Insights screen, the seller's data compass (R-ST-4): a period picker in the seller's time
/// zone and four sections that follow it — totals, plan performance, creator ranking and the
/// payout calendar. Every read runs in the background; each table can be exported.
public final class InsightsViewModel {

    private final Workspace workspace;
    private final SettlementService settlement;
    private final Insights insights;
    private final TaskRunner tasks;
    private final Formats formats;
    private final Clock clock;
    private final Preferences preferences;
    private final Messages messages;
    static final String PERIOD_KEY = "insights.period";

    private final ObjectProperty<PeriodChoice> choice = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final TotalsViewModel totals;
    private final PlanPerformanceViewModel plans;
    private final RankingViewModel ranking;
    private final PayoutsViewModel payouts;
    private final BreakdownViewModel breakdown;
    private InsightsQuery query;
    private boolean active;
    /// Counts loads, so that only the answer to the latest choice of period is shown.
    private int requests;

    /// Where export dialogs remember the last folder.
    public dev.sellerworkbench.ui.Preferences preferences() {
        return preferences;
    }

    public InsightsViewModel(Workspace workspace, SettlementService settlement, Insights insights, TaskRunner tasks,
            Messages messages, Formats formats, Clock clock, Preferences preferences) {
        this.workspace = workspace;
        this.settlement = settlement;
        this.insights = insights;
        this.tasks = tasks;
        this.formats = formats;
        this.clock = clock;
        this.preferences = preferences;
        this.messages = messages;
        totals = new TotalsViewModel(messages, formats);
        plans = new PlanPerformanceViewModel(messages, formats);
        ranking = new RankingViewModel(messages, formats, tasks, workspace, insights,
                preferences);
        payouts = new PayoutsViewModel(messages, formats);
        breakdown = new BreakdownViewModel(messages, formats);
        choice.set(remembered(preferences.get(PERIOD_KEY, PeriodChoice.LAST_30_DAYS.name())));
        choice.addListener((obs, old, now) -> {
            if (now != null) {
                preferences.put(PERIOD_KEY, now.name());
            }
            if (now == PeriodChoice.CUSTOM && query != null && (customFrom.get() == null || customTo.get() == null)) {
                // Start a custom period from the one on screen rather than from nothing.
                customFrom.set(query.period().from());
                customTo.set(query.period().to());
            }
            reloadIfActive();
        });
        customFrom.addListener((obs, old, now) -> reloadIfCustom());
        customTo.addListener((obs, old, now) -> reloadIfCustom());
    }

    /// The period chosen last time; a custom one comes back as the last 30 days, since its dates are not kept.
    private static PeriodChoice remembered(String name) {
        try {
            PeriodChoice saved = PeriodChoice.valueOf(name);
            return saved == PeriodChoice.CUSTOM ? PeriodChoice.LAST_30_DAYS : saved;
        } catch (IllegalArgumentException e) {
            return PeriodChoice.LAST_30_DAYS;
        }
    }

    private void reloadIfCustom() {
        if (choice.get() == PeriodChoice.CUSTOM) {
            reloadIfActive();
        }
    }

    private void reloadIfActive() {
        if (active) {
            load();
        }
    }

    /// The totals and payouts of one period, read together in one background task; plan
    /// performance follows in its own, since attributing imported lines to plans takes longest.
    record Loaded(InsightsQuery query, Insights.Totals totals,
                  List<dev.sellerworkbench.commission.SettlementLine> settled,
                  java.util.Optional<Insights.Converted> converted) {
    }

    public void load() {
        active = true;
        PeriodChoice picked = choice.get() == null ? PeriodChoice.LAST_30_DAYS : choice.get();
        LocalDate from = customFrom.get();
        LocalDate to = customTo.get();
        int generation = ++requests;
        BackgroundTask.of(messages.get("insights.loading"), progress -> {
                    ZoneId zone = workspace.settings().timeZone();
                    LocalDate today = LocalDate.now(clock.withZone(zone));
                    InsightsQuery q = new InsightsQuery(picked.resolve(today, from, to), zone);
                    Insights.Totals t = insights.totals(q);
                    return new Loaded(q, t, PayoutsViewModel.read(settlement, q),
                            insights.convert(t.current()));
                })
                .onSuccess(loaded -> {
                    if (generation == requests) {
                        show(loaded);
                        loadPlans(loaded.query(), generation);
                    }
                })
                .onFailure(this::failed)
                .runWith(tasks);
    }

    /// Plan performance, then sales by product and content type, in one background task.
    record Later(Insights.PlanPerformance plans, Insights.Breakdown breakdown) {
    }

    private void loadPlans(InsightsQuery q, int generation) {
        List<String> soldIn = totals.currencies();
        BackgroundTask.of(messages.get("insights.loading"), progress -> {
                    return new Later(insights.plans(q), insights.breakdown(q));
                })
                .onSuccess(result -> {
                    if (generation == requests) {
                        plans.show(result.plans(), soldIn);
                        breakdown.show(result.breakdown(), soldIn);
                    }
                })
                .onFailure(this::failed)
                .runWith(tasks);
    }

    private void failed(Throwable e) {
        status.set(messages.get("insights.failed", String.valueOf(e.getMessage())));
    }

    private void show(Loaded loaded) {
        query = loaded.query();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(formats.locale());
        Period p = query.period();
        periodText.set(messages.get("insights.period.range", format.format(p.from()), format.format(p.to()),
                query.zone().getId(), format.format(p.previous().from()), format.format(p.previous().to())));
        totals.show(loaded.totals());
        totals.showConversion(loaded.converted());
        List<String> soldIn = totals.currencies();
        payouts.show(loaded.settled(), query);
        ranking.show(query, soldIn);
        status.set("");
    }

    /// Writes a section's table to `file`: XLSX when the name ends in .xlsx, CSV otherwise (R-EX-6).
    public void export(ExportTable table, Path file) {
        ExportFormat format = ExportFormat.forFile(file);
        BackgroundTask.of(messages.get("insights.exporting"), progress -> {
                    try (OutputStream out = Files.newOutputStream(file)) {
                        return TableExport.write(format, table.sheet(), table.header(), table.rows(), out);
                    }
                })
                .onSuccess(rows -> status.set(messages.get("insights.exported", rows, file.getFileName().toString())))
                .onFailure(e -> status.set(messages.get("insights.exportFailed", String.valueOf(e.getMessage()))))
                .runWith(tasks);
    }

    public void deactivate() {
        active = false;
    }

    public ObjectProperty<PeriodChoice> choiceProperty() {
        return choice;
    }

    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }

    public ReadOnlyStringProperty periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /// The period the figures on screen are for; null before the first load.
    public InsightsQuery query() {
        return query;
    }

    public TotalsViewModel totals() {
        return totals;
    }

    public PlanPerformanceViewModel plans() {
        return plans;
    }

    public RankingViewModel ranking() {
        return ranking;
    }

    public BreakdownViewModel breakdown() {
        return breakdown;
    }

    public PayoutsViewModel payouts() {
        return payouts;
    }

    public ExportTable totalsTable() {
        return totals.exportTable();
    }

    public ExportTable plansTable() {
        return plans.exportTable();
    }

    public ExportTable rankingTable() {
        return ranking.exportTable();
    }

    public ExportTable payoutsTable() {
        return payouts.exportTable();
    }
}
