package dev.sellerworkbench.ui.insights;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.insights.Insights;
import dev.sellerworkbench.store.InsightsRepository.Conversion;
import dev.sellerworkbench.store.InsightsRepository.DayPoint;
import dev.sellerworkbench.store.InsightsRepository.PlanFigures;
import dev.sellerworkbench.ui.common.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Plan performance (R-ST-4): per plan and currency GMV, orders, commission, creators selling and
/// the conversion from invited/approved to selling; and GMV per day and plan for the chart, in one
/// currency at a time.
public final class PlanPerformanceViewModel {

    /// One line of the chart: a plan's GMV per day (amounts as numbers only for plotting).
    public record Series(String name, List<Point> points) {
    }

    public record Point(String day, Number value) {
    }

    private final Messages messages;
    private final Formats formats;
    private final ObservableList<PlanPerformanceRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> currencies = FXCollections.observableArrayList();
    private final ObjectProperty<String> chartCurrency = new SimpleObjectProperty<>();
    private final ObservableList<Series> series = FXCollections.observableArrayList();
    private Insights.PlanPerformance result = Insights.PlanPerformance.NONE;
    private Map<Long, Conversion> conversions = Map.of();

    public PlanPerformanceViewModel(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        chartCurrency.addListener((obs, old, now) -> buildSeries());
    }

    void show(Insights.PlanPerformance loaded, List<String> soldIn) {
        result = loaded;
        conversions = loaded.conversionsByPlan();
        rows.setAll(loaded.plans().stream().map(this::row).toList());
        String keep = chartCurrency.get();
        currencies.setAll(soldIn);
        chartCurrency.set(soldIn.contains(keep) ? keep : soldIn.isEmpty() ? null : soldIn.get(0));
        buildSeries();
    }

    private PlanPerformanceRow row(PlanFigures p) {
        String currency = p.figures().currency();
        Conversion c = p.planId() == null ? null : conversions.get(p.planId());
        return new PlanPerformanceRow(planName(p), p.planType() == null ? "" : messages.get("insights.plan.type." + p.planType()),
                currency, money(p.figures().gmv(), currency), formats.count(p.figures().orders()),
                money(p.figures().commission(), currency), formats.count(p.creatorsSelling()),
                c == null ? "–" : formats.count(c.invited()), c == null ? "–" : formats.count(c.joined()),
                c == null ? "–" : c.conversionBp().map(formats::percentBp).orElse("–"));
    }

    private String planName(PlanFigures p) {
        if (p.planId() == null) {
            return messages.get("insights.plan.none");
        }
        return p.planName() == null ? "#" + p.planId() : p.planName();
    }

    private void buildSeries() {
        String currency = chartCurrency.get();
        Map<Long, String> names = new LinkedHashMap<>();
        result.plans().forEach(p -> names.putIfAbsent(p.planId() == null ? -1L : p.planId(), planName(p)));
        if (currency == null || result.period() == null) {
            series.clear();
            return;
        }
        DateTimeFormatter label = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(formats.locale());
        List<LocalDate> days = result.period().from().datesUntil(result.period().to().plusDays(1)).toList();
        Map<Long, Map<LocalDate, BigDecimal>> byPlan = new LinkedHashMap<>();
        for (DayPoint point : result.days()) {
            if (currency.equals(point.currency())) {
                byPlan.computeIfAbsent(point.planId() == null ? -1L : point.planId(), k -> new LinkedHashMap<>())
                        .merge(point.day(), point.gmv(), BigDecimal::add);
            }
        }
        List<Series> out = new ArrayList<>();
        byPlan.forEach((plan, perDay) -> out.add(new Series(Objects.requireNonNullElse(names.get(plan), "#" + plan),
                days.stream().map(d -> new Point(label.format(d), perDay.getOrDefault(d, BigDecimal.ZERO))).toList())));
        series.setAll(out);
    }

    private String money(BigDecimal amount, String currency) {
        return formats.money(Money.of(amount, currency).rounded());
    }

    public ObservableList<PlanPerformanceRow> rows() {
        return rows;
    }

    public ObservableList<String> currencies() {
        return currencies;
    }

    public ObjectProperty<String> chartCurrencyProperty() {
        return chartCurrency;
    }

    public ObservableList<Series> series() {
        return series;
    }

    ExportTable exportTable() {
        List<String> header = List.of(messages.get("insights.plan.name"), messages.get("insights.plan.type"),
                messages.get("insights.col.currency"), messages.get("insights.totals.gmv"),
                messages.get("insights.totals.orders"), messages.get("insights.totals.items"),
                messages.get("insights.plan.commission"), messages.get("insights.plan.selling"),
                messages.get("insights.plan.invited"), messages.get("insights.plan.joined"),
                messages.get("insights.plan.conversion"));
        List<List<Object>> out = new ArrayList<>();
        for (PlanFigures p : result.plans()) {
            Conversion c = p.planId() == null ? null : conversions.get(p.planId());
            String cur = p.figures().currency();
            out.add(Arrays.asList(planName(p), p.planType(), cur, ExportTable.amount(p.figures().gmv(), cur),
                    p.figures().orders(), p.figures().items(), ExportTable.amount(p.figures().commission(), cur),
                    p.creatorsSelling(),
                    c == null ? null : c.invited(), c == null ? null : c.joined(),
                    c == null ? null : c.conversionBp().map(bp -> BigDecimal.valueOf(bp, 2)).orElse(null)));
        }
        return new ExportTable(messages.get("insights.plan.title"), header, out);
    }
}
