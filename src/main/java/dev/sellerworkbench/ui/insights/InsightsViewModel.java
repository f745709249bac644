package dev.sellerworkbench.ui.insights;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.BackgroundTask;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Insights: affiliate revenue per currency over the last 90 days in the seller's zone (R-ST-4).
public final class InsightsViewModel {

    static final int DAYS = 90;

    private final AppContext context;
    private final ObservableList<TotalsRow> totals = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper period = new ReadOnlyStringWrapper("");

    public InsightsViewModel(AppContext context) {
        this.context = context;
    }

    public void load() {
        ZoneId zone = context.formats().zone();
        LocalDate today = LocalDate.now(context.clock().withZone(zone));
        Instant from = today.minusDays(DAYS - 1).atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(zone).toInstant();
        period.set(context.messages().get("insights.period.last", DAYS));
        BackgroundTask.of(context.messages().get("insights.loading"),
                        progress -> context.workspace().orders().totalsByCurrency(from, to))
                .onSuccess(list -> totals.setAll(list.stream().map(t -> new TotalsRow(t.currency(),
                        context.formats().count(t.orders()), context.formats().count(t.items()),
                        context.formats().money(Money.of(t.gmv(), t.currency()).rounded()),
                        context.formats().money(Money.of(t.commission(), t.currency()).rounded()),
                        context.formats().count(t.refunded()))).toList()))
                .runWith(context.tasks());
    }

    public ObservableList<TotalsRow> totals() {
        return totals;
    }

    public ReadOnlyStringProperty periodProperty() {
        return period.getReadOnlyProperty();
    }
}
