package dev.sellerworkbench.ui.insights;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.insights.Insights;
import dev.sellerworkbench.store.InsightsRepository.Figures;
import dev.sellerworkbench.ui.common.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Totals per currency (R-ST-4): affiliate GMV, orders, items, commission due and paid, refunded
/// and the average rate, each beside its change against the previous period of equal length.
public final class TotalsViewModel {

    private final Messages messages;
    private final Formats formats;
    private final ObservableList<TotalsRow> rows = FXCollections.observableArrayList();
    private List<Figures> current = List.of();
    private final javafx.beans.property.ReadOnlyStringWrapper conversion = new javafx.beans.property.ReadOnlyStringWrapper("");
    private Map<String, Figures> previous = Map.of();

    public TotalsViewModel(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    void show(Insights.Totals result) {
        current = result.current();
        previous = result.previous().stream().collect(Collectors.toMap(Figures::currency, Function.identity()));
        PeriodChanges changes = new PeriodChanges(messages, formats.locale());
        rows.setAll(current.stream().map(now -> {
            Figures before = previous.get(now.currency());
            String c = now.currency();
            return new TotalsRow(c,
                    changes.cell(money(now.gmv(), c), changes.of(now.gmv(), before == null ? null : before.gmv())),
                    changes.cell(formats.count(now.orders()), changes.of(now.orders(), before == null ? 0 : before.orders())),
                    changes.cell(formats.count(now.items()), changes.of(now.items(), before == null ? 0 : before.items())),
                    changes.cell(money(now.commissionDue(), c),
                            changes.of(now.commissionDue(), before == null ? null : before.commissionDue())),
                    changes.cell(money(now.commissionPaid(), c),
                            changes.of(now.commissionPaid(), before == null ? null : before.commissionPaid())),
                    changes.cell(money(now.refunded(), c), changes.of(now.refunded(), before == null ? null : before.refunded())),
                    changes.cell(now.averageRateBp().map(formats::percentBp).orElse("–"),
                            changes.points(now.averageRateBp().orElse(null),
                                    before == null ? null : before.averageRateBp().orElse(null))));
        }).toList());
    }

    /// All currencies in the shop's, converted with the dated rates and saying so, or why the
    /// totals stay per currency (R-ST-6); empty when there is one currency only.
    void showConversion(java.util.Optional<Insights.Converted> converted) {
        conversion.set(converted.map(this::conversionText).orElse(""));
    }

    private String conversionText(Insights.Converted c) {
        if (!c.converted()) {
            return messages.get("insights.notConverted", String.join(", ", c.missing()), c.currency());
        }
        String rates = c.rates().stream().map(r -> messages.get("insights.converted.rate", r.currency(),
                        rate(r.rate()), c.currency(), r.asOf().toString()))
                .collect(Collectors.joining("; "));
        return messages.get("insights.converted", c.currency(), money(c.gmv(), c.currency()),
                money(c.commission(), c.currency()), rates);
    }

    private String rate(BigDecimal rate) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(formats.locale());
        format.setMaximumFractionDigits(dev.sellerworkbench.domain.ExchangeRate.MAX_DECIMALS);
        return format.format(rate);
    }

    public javafx.beans.property.ReadOnlyStringProperty conversionProperty() {
        return conversion.getReadOnlyProperty();
    }

    private String money(BigDecimal amount, String currency) {
        return formats.money(Money.of(amount, currency).rounded());
    }

    /// The currencies sold in, most orders first (the ranking and chart offer these).
    List<String> currencies() {
        return current.stream().map(Figures::currency).toList();
    }

    public ObservableList<TotalsRow> rows() {
        return rows;
    }

    ExportTable exportTable() {
        List<String> header = List.of(messages.get("insights.col.currency"), messages.get("insights.totals.gmv"),
                messages.get("insights.totals.gmvPrevious"), messages.get("insights.totals.orders"),
                messages.get("insights.totals.items"), messages.get("insights.totals.due"),
                messages.get("insights.totals.paid"), messages.get("insights.totals.refunded"),
                messages.get("insights.totals.rate"));
        List<List<Object>> out = new ArrayList<>();
        for (Figures f : current) {
            Figures before = previous.get(f.currency());
            String c = f.currency();
            out.add(java.util.Arrays.asList(c, ExportTable.amount(f.gmv(), c),
                    ExportTable.amount(before == null ? BigDecimal.ZERO : before.gmv(), c), f.orders(), f.items(),
                    ExportTable.amount(f.commissionDue(), c), ExportTable.amount(f.commissionPaid(), c),
                    ExportTable.amount(f.refunded(), c),
                    f.averageRateBp().map(bp -> BigDecimal.valueOf(bp, 2)).orElse(null)));
        }
        return new ExportTable(messages.get("insights.totals.title"), header, out);
    }
}
